import type { LockFile } from '../config/model';
export interface RecordBlueprintResult {
    /** The lock with the new version recorded. */
    readonly lock: LockFile;
    /** Tenants whose recorded version was raised. */
    readonly changed: readonly string[];
    /** Tenants whose recorded version is newer than `version` (this library is older than their state). */
    readonly newer: readonly string[];
}
/**
 * Records `version` as the blueprint version of `keys` in the lock (absent counts as 1). Only raises
 * versions; a tenant recorded with a newer version is reported, never lowered.
 */
export declare function recordBlueprintVersion(lock: LockFile, keys: readonly string[], version: number): RecordBlueprintResult;
