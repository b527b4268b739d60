"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRecord = isRecord;
/** A plain JSON object (not null, not an array). */
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
