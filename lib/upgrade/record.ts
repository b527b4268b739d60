import type { LockFile } from '../model/parameters';

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
export function recordBlueprintVersion(lock: LockFile, keys: readonly string[], version: number): RecordBlueprintResult {
  const tenants = { ...lock.tenants };
  const changed: string[] = [];
  const newer: string[] = [];
  for (const key of [...keys].sort()) {
    const t = tenants[key];
    if (t === undefined) continue;
    const recorded = t.blueprint ?? 1;
    if (recorded > version) newer.push(key);
    else if (recorded < version) {
      tenants[key] = { ...t, blueprint: version };
      changed.push(key);
    }
  }
  return { lock: { ...lock, tenants }, changed, newer };
}
