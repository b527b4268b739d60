"use strict";
/**
 * Validation errors of constructs (STYLE 7): all problems of one construct are collected and thrown
 * together, before any child is created. Each problem names the prop path, the bad value and what
 * is allowed.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProblemCollector = exports.PropsValidationError = void 0;
exports.show = show;
/** Thrown by a construct whose props are invalid; lists every problem. */
class PropsValidationError extends Error {
    problems;
    constructor(constructName, constructPath, problems) {
        const lines = problems.map((p) => `  - ${p.path}: ${p.message}`);
        super(`${constructName} at ${constructPath} has ${problems.length} invalid prop${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
        this.name = 'PropsValidationError';
        this.problems = problems;
    }
}
exports.PropsValidationError = PropsValidationError;
/** Collects problems; `throwIfAny` throws one PropsValidationError listing them all. */
class ProblemCollector {
    problems = [];
    add(path, message) {
        this.problems.push({ path, message });
    }
    /** Adds a problem when `ok` is false. */
    check(ok, path, message) {
        if (!ok)
            this.add(path, message);
    }
    get count() {
        return this.problems.length;
    }
    throwIfAny(constructName, constructPath) {
        if (this.problems.length > 0)
            throw new PropsValidationError(constructName, constructPath, this.problems);
    }
}
exports.ProblemCollector = ProblemCollector;
/** Formats a value for an error message: strings quoted, everything else as JSON. */
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === undefined)
        return 'undefined';
    try {
        return JSON.stringify(value);
    }
    catch {
        return String(value);
    }
}
