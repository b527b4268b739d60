import type { LockFile } from '../config/model';
export interface ChangeInput {
    /** Changed files, relative to the repository root, with `/` separators. */
    readonly changedFiles: readonly string[];
    /** Fleet file relative to the repository root. */
    readonly fleetFile: string;
    /** Tenants folder relative to the repository root. */
    readonly tenantsDir: string;
    /** Lockfile relative to the repository root. */
    readonly lockFile: string;
    /** Current tenant keys. */
    readonly tenants: readonly string[];
    /** The lockfile now and at the ref (undefined when absent). */
    readonly lockNow?: LockFile;
    readonly lockThen?: LockFile;
}
export interface ChangeSelection {
    /** Tenants to plan, sorted. */
    readonly tenants: readonly string[];
    /** Why every tenant is selected, when it is. */
    readonly allBecause?: string;
    /** Tenant files removed since the ref (keys). */
    readonly removed: readonly string[];
}
/** Lock entries that differ between two lockfiles (added, removed or changed), by tenant key. */
export declare function changedLockEntries(now: LockFile | undefined, then: LockFile | undefined): {
    all: boolean;
    keys: string[];
};
/** Selects the tenants a set of changed files touches. */
export declare function selectChangedTenants(input: ChangeInput): ChangeSelection;
