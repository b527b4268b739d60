/**
 * Validation errors of constructs (STYLE 7): all problems of one construct are collected and thrown
 * together, before any child is created. Each problem names the prop path, the bad value and what
 * is allowed.
 */
/** One problem with a construct's props. */
export interface PropProblem {
    /** Prop path, e.g. `segments.servers.cidr`. */
    readonly path: string;
    /** What is wrong and what is allowed, including the bad value. */
    readonly message: string;
}
/** Thrown by a construct whose props are invalid; lists every problem. */
export declare class PropsValidationError extends Error {
    readonly problems: readonly PropProblem[];
    constructor(constructName: string, constructPath: string, problems: readonly PropProblem[]);
}
/** Collects problems; `throwIfAny` throws one PropsValidationError listing them all. */
export declare class ProblemCollector {
    private readonly problems;
    add(path: string, message: string): void;
    /** Adds a problem when `ok` is false. */
    check(ok: boolean, path: string, message: string): void;
    get count(): number;
    throwIfAny(constructName: string, constructPath: string): void;
}
/** Formats a value for an error message: strings quoted, everything else as JSON. */
export declare function show(value: unknown): string;
