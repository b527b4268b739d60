/** What a CLI command may touch: output streams and the working directory (injectable for tests). */
export interface CliIo {
    /** Writes to standard output (text includes its own newlines). */
    readonly stdout: (text: string) => void;
    /** Writes to standard error. */
    readonly stderr: (text: string) => void;
    /** Working directory that relative paths are resolved against. */
    readonly cwd: string;
}
/** Exit codes of `kommunal`. */
export declare const EXIT: {
    readonly ok: 0;
    /** Invalid parameter files, unknown tenant, allocation failure. */
    readonly invalid: 1;
    /** Wrong command line: unknown command or option, missing argument, path that does not exist. */
    readonly usage: 2;
};
/** A wrong command line: reported as `kommunal: <message>` with exit code 2, without a stack trace. */
export declare class UsageError extends Error {
    constructor(message: string);
}
/** Shared state of one CLI run, handed to every command. */
export interface CliContext {
    readonly io: CliIo;
    exitCode: number;
}
/** Resolves a command-line path against the run's working directory. */
export declare function resolvePath(io: CliIo, p: string): string;
