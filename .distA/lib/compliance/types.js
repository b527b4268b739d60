"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unknown = exports.pass = void 0;
exports.failIfAny = failIfAny;
const pass = () => ({ status: 'pass', findings: [] });
exports.pass = pass;
const unknown = (message, more = []) => ({ status: 'unknown', findings: [{ message }, ...more] });
exports.unknown = unknown;
/** Fails with the findings when there are any, else passes (or returns `otherwise`). */
function failIfAny(findings, otherwise = (0, exports.pass)()) {
    return findings.length > 0 ? { status: 'fail', findings } : otherwise;
}
