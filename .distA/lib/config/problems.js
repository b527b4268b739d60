"use strict";
/**
 * Problems found in parameter files, with the position of the offending value, and the error that
 * carries all of them at once.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ValidationError = void 0;
exports.formatProblem = formatProblem;
exports.sortProblems = sortProblems;
exports.isValidationError = isValidationError;
exports.formatPath = formatPath;
/** Formats one problem as `file:line:column path: message`. */
function formatProblem(p) {
    const where = `${p.file}:${p.line}:${p.column}`;
    return p.path === '' ? `${where} ${p.message}` : `${where} ${p.path}: ${p.message}`;
}
/** Sorts problems by file, line, column, path and message (stable, deterministic output). */
function sortProblems(problems) {
    return [...problems].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.path, b.path) || cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Thrown by the loaders when parameter files are invalid; carries every problem found. */
class ValidationError extends Error {
    problems;
    constructor(problems) {
        const sorted = sortProblems(problems);
        const files = new Set(sorted.map((p) => p.file)).size;
        const head = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} parameter file${files === 1 ? '' : 's'}:`;
        super([head, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n'));
        this.name = 'ValidationError';
        this.problems = Object.freeze(sorted);
    }
}
exports.ValidationError = ValidationError;
/** Type guard that also works across module copies (dist vs. lib). */
function isValidationError(e) {
    return e instanceof ValidationError || (e instanceof Error && e.name === 'ValidationError' && Array.isArray(e.problems));
}
/** Formats a field path from segments: `a.b[0]["odd key"]`. */
function formatPath(segments) {
    let out = '';
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${JSON.stringify(s)}]`;
    }
    return out;
}
