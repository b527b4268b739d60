import type { FleetFile, LockFile, SegmentName, SizeProfile, TenantAllocation, ZoneType } from '../config/model';
import { Cidr } from './ipv4';
/** Manual pins for one tenant, e.g. to migrate a Kommune with existing addresses and VLANs. */
export interface TenantPins {
    /** Tenant number (and so code, zone ID, VNIs and VM ID range). */
    readonly number?: number;
    /** The tenant's address block, any prefix length that holds its segments. */
    readonly block?: string;
    /** QinQ service tag (qinq only). */
    readonly zoneTag?: number;
    /** Per segment: its subnet (needs `block`) and/or its tag (vlan: VLAN tag, qinq: customer tag). */
    readonly segments?: Readonly<Partial<Record<SegmentName, {
        readonly cidr?: string;
        readonly tag?: number;
    }>>>;
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
export declare function requestFromFleet(fleet: FleetFile, tenants: Readonly<Record<string, TenantRequest>>): AllocationRequest;
/** Builds a TenantAllocation with fields in canonical order and no undefined values. */
export declare function canonicalTenant(t: TenantAllocation): TenantAllocation;
/**
 * Allocates every tenant of the request, keeping the previous lock's allocations unchanged.
 * @throws AllocationError listing every problem (tenant, field, value, what is allowed)
 */
export declare function allocate(request: AllocationRequest, previous?: LockFile): AllocationResult;
/** First aligned subnet of `prefix` inside `block` that overlaps none of `taken`. */
export declare function fitSubnet(block: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | undefined;
