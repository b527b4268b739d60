import { ValidateFunction } from 'ajv';
export declare const REPO: string;
export declare const PLANS: string;
export declare const GITLAB_SCHEMA: string;
export declare const HAS_GITLAB_SCHEMA: boolean;
/** The GitLab CI schema compiled as ../shared/schemas/README.md prescribes (draft-07 Ajv, strict: false, ajv-formats). */
export declare function gitlabValidator(): ValidateFunction;
export declare function tempDir(prefix?: string): string;
export declare function cleanup(dir: string): void;
/**
 * Copies the musterstadt example fleet (fleet.yaml, lock, tenant file) into a temporary folder;
 * `tenantExtra` is appended to kommunen/musterstadt.yaml (after `state: active` is removed when
 * the extra sets a state). `more` adds tenant files by key with their YAML text.
 */
export declare function musterstadtFleet(tenantExtra?: string, more?: Record<string, string>): string;
/** A second small tenant for fleets with more than one Kommune. */
export declare function simpleTenant(key: string, ags: string): string;
export interface RunResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}
/** Runs `node bin/kommunal.js <args>` (needs a fresh `npm run build`). */
export declare function kommunal(args: readonly string[], cwd?: string): RunResult;
/** Runs git in a folder with a fixed identity; throws on failure. */
export declare function git(cwd: string, args: readonly string[]): string;
/** Runs the CLI in-process through `main()` (same code path, no process start; for the many small cases). */
export declare function kommunalInProcess(args: readonly string[], cwd: string): Promise<RunResult>;
