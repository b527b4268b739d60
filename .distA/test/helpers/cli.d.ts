export declare const REPO: string;
export declare const BIN: string;
export interface CliRun {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}
/** `node bin/kommunal.js <args>` in `cwd`; fails clearly when dist/ has not been built. */
export declare function runKommunal(args: readonly string[], options?: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
}): CliRun;
