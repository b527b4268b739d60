/**
 * Problems found in parameter files, with the position of the offending value, and the error that
 * carries all of them at once.
 */
/** One problem: where it is (file:line:column, field path) and what is wrong. */
export interface Problem {
    /** File as shown to the user (relative to the working directory or a display root). */
    readonly file: string;
    /** 1-based line. */
    readonly line: number;
    /** 1-based column. */
    readonly column: number;
    /** Field path, e.g. `backup.retention.keepDaily`; empty for the whole file. */
    readonly path: string;
    /** What is wrong and what is allowed. */
    readonly message: string;
}
/** Formats one problem as `file:line:column path: message`. */
export declare function formatProblem(p: Problem): string;
/** Sorts problems by file, line, column, path and message (stable, deterministic output). */
export declare function sortProblems(problems: readonly Problem[]): Problem[];
/** Thrown by the loaders when parameter files are invalid; carries every problem found. */
export declare class ValidationError extends Error {
    readonly problems: readonly Problem[];
    constructor(problems: readonly Problem[]);
}
/** Type guard that also works across module copies (dist vs. lib). */
export declare function isValidationError(e: unknown): e is ValidationError;
/** Formats a field path from segments: `a.b[0]["odd key"]`. */
export declare function formatPath(segments: readonly (string | number)[]): string;
