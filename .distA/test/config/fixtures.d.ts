export declare const FIXTURES: string;
export declare const VALID_FLEET: string;
export declare const REPO: string;
/** A fresh temporary folder (removed by `cleanup`). */
export declare function tempDir(prefix?: string): string;
/** Writes files (relative path -> content) below `dir` and returns `dir`. */
export declare function writeFiles(dir: string, files: Record<string, string>): string;
/** Copies the valid fixture fleet into a temporary folder, then applies `files` on top (null deletes). */
export declare function fleetWith(files?: Record<string, string | null>): string;
export declare function cleanup(dir: string): void;
/** Joins lines into file content (keeps line numbers in tests readable). */
export declare function yaml(...lines: string[]): string;
