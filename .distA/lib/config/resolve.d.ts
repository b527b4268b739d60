import type { LoadedFleet } from './load';
import type { FleetFile, KommuneFile, LockFile, SegmentName, TenantAllocation } from './model';
import { TenantSpec } from './spec';
import { AllocationResult } from '../allocation/allocate';
export interface ResolvedFleet {
    /** Tenant specs by key, in key order. */
    readonly specs: Readonly<Record<string, TenantSpec>>;
    /** The lock after this run (previous allocations unchanged, new tenants added). */
    readonly lock: LockFile;
    /** What allocation changed compared with the previous lock. */
    readonly allocation: AllocationResult;
}
/** Prefix length of every enabled segment (explicit value, else the size profile's default). */
export declare function segmentPrefixes(k: KommuneFile): Partial<Record<SegmentName, number>>;
/**
 * Resolves every tenant of a loaded fleet. Allocates tenants missing from `previousLock` (in
 * memory; write the returned lock to record them).
 * @throws AllocationError when allocation fails (e.g. address space exhausted)
 * @throws Error when a derived name breaks an identifier rule (a bug, not a user error)
 */
export declare function resolveFleet(fleet: LoadedFleet, previousLock?: LockFile): ResolvedFleet;
/** FNV-1a, 32 bit, over the UTF-16 code units of a string: a stable, platform-independent hash. */
export declare function stableHash(text: string): number;
/**
 * The nightly start time of a tenant's backup job: a stable hash of the key picks a minute in the
 * window minus the run reserve, so thousands of tenants do not all start at once.
 */
export declare function backupSchedule(key: string, windowStart: string, windowEnd: string): string;
/** Resolves one tenant against its allocation. */
export declare function resolveTenant(fleet: FleetFile, k: KommuneFile, a: TenantAllocation): TenantSpec;
/** All segment names in catalogue order that a spec has (helper for renderers and the CLI). */
export declare function specSegments(spec: TenantSpec): SegmentName[];
