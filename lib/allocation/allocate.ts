/**
 * Stable fleet allocation: turns the fleet's tenants into SDN IDs, tags, address blocks, VM ID
 * ranges and PBS namespaces, recorded in fleet.lock.yaml. Deterministic; an allocation once written
 * is never changed by later runs (see docs/adr/0001-id-scheme.md):
 *
 * - tenants in the previous lock keep every value; new tenants follow in sorted key order with
 *   numbers above the highest number ever used (retired numbers are never reused);
 * - a tenant missing from the request is marked `retired` and keeps its reservations; when it comes
 *   back it gets the same allocation again;
 * - a segment removed from a tenant is marked `retired` on the segment and keeps its subnet and tag;
 *   requesting it again un-retires it; a new segment gets the first free aligned subnet of the block;
 * - pins (number, block, zoneTag, segment cidr/tag) are honoured and checked for conflicts.
 *
 * All problems are collected and thrown as one AllocationError.
 */
import type { FleetFile, LockFile, SegmentName, SizeProfile, ZoneType } from '../model/parameters';
import { DEFAULT_PBS_NAMESPACE_ROOT, DEFAULT_VM_ID_BASE, DEFAULT_VM_IDS_PER_TENANT } from '../model/allocation-scheme';
import { AllocationError, MSG } from './errors';
import { checkLockConsistency } from './consistency';
import {
  allocateAddedSegments, allocateNewTenants, assignBlocks, assignNumbers, buildLock, checkTagPools, claimPinsOfNewTenants,
  collectResourcesInUse, keepExistingTenants, startRun, tagAllocator,
} from './internal/phases';
import { validateRequest } from './internal/validate-request';

export { canonicalTenant, fitSubnet } from './internal/phases';

/** Manual pins for one tenant, e.g. to migrate a Kommune with existing addresses and VLANs. */
export interface TenantPins {
  /** Tenant number (and so code, zone ID, VNIs and VM ID range). */
  readonly number?: number;
  /** The tenant's address block, any prefix length that holds its segments. */
  readonly block?: string;
  /** QinQ service tag (qinq only). */
  readonly zoneTag?: number;
  /** Per segment: its subnet (needs `block`) and/or its tag (vlan: VLAN tag, qinq: customer tag). */
  readonly segments?: Readonly<Partial<Record<SegmentName, { readonly cidr?: string; readonly tag?: number }>>>;
}

export interface TenantRequest {
  readonly size: SizeProfile;
  /** Enabled segments with their prefix length. */
  readonly segments: Readonly<Partial<Record<SegmentName, number>>>;
  readonly pins?: TenantPins;
}

export interface AllocationRequest {
  readonly zoneType: ZoneType;
  /** IPv4 supernets in order of use. */
  readonly supernets: readonly string[];
  readonly vmIdBase: number;
  readonly vmIdsPerTenant: number;
  /** PBS namespace under which each tenant gets `<root>/<key>`. */
  readonly pbsNamespaceRoot: string;
  readonly tenants: Readonly<Record<string, TenantRequest>>;
}

export interface AllocationResult {
  readonly lock: LockFile;
  /** Tenants allocated in this run, sorted. */
  readonly added: readonly string[];
  /** Tenants newly marked retired in this run, sorted. */
  readonly retired: readonly string[];
  /** Retired tenants that came back with their old allocation, sorted. */
  readonly restored: readonly string[];
  /** "key.segment" of segments added to existing tenants. */
  readonly segmentsAdded: readonly string[];
  /** "key.segment" of segments newly marked retired. */
  readonly segmentsRetired: readonly string[];
}

/** Builds the request from fleet.yaml, applying the vetted defaults where the fleet left a value unset. */
export function requestFromFleet(fleet: FleetFile, tenants: Readonly<Record<string, TenantRequest>>): AllocationRequest {
  return {
    zoneType: fleet.network.zoneType,
    supernets: fleet.network.supernets,
    vmIdBase: fleet.compute?.vmIdBase ?? DEFAULT_VM_ID_BASE,
    vmIdsPerTenant: fleet.compute?.vmIdsPerTenant ?? DEFAULT_VM_IDS_PER_TENANT,
    pbsNamespaceRoot: fleet.backup.namespaceRoot ?? DEFAULT_PBS_NAMESPACE_ROOT,
    tenants,
  };
}

/**
 * Allocates every tenant of the request, keeping the previous lock's allocations unchanged.
 * @throws AllocationError listing every problem (tenant, field, value, what is allowed)
 */
export function allocate(request: AllocationRequest, previous?: LockFile): AllocationResult {
  const problems = validateRequest(request);
  if (previous && previous.zoneType !== request.zoneType) {
    problems.push({ path: 'zoneType', message: MSG.zoneTypeChanged(previous.zoneType, request.zoneType) });
  }
  if (problems.length > 0) throw new AllocationError(problems);

  const run = startRun(request, previous, problems);
  keepExistingTenants(run);
  checkTagPools(run);
  if (problems.length > 0) throw new AllocationError(problems);
  collectResourcesInUse(run);
  claimPinsOfNewTenants(run);
  assignNumbers(run);
  if (problems.length > 0) throw new AllocationError(problems);
  assignBlocks(run);
  const tags = tagAllocator(run);
  allocateAddedSegments(run, tags);
  allocateNewTenants(run, tags);
  if (problems.length > 0) throw new AllocationError(problems);

  const lock = buildLock(run);
  const consistency = checkLockConsistency(lock);
  if (consistency.length > 0) throw new AllocationError(consistency);
  const { added, retired, restored, segmentsAdded, segmentsRetired } = run;
  return { lock, added, retired, restored, segmentsAdded, segmentsRetired };
}
