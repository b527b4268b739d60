/**
 * Constants of the allocation scheme (docs/adr/0001-id-scheme.md, docs/adr/0002-zone-type.md).
 */
import type { ZoneType } from '../config/model';
import { MAX_TENANT_NUMBER } from '../naming/codes';
export declare const ZONE_TYPES: readonly ZoneType[];
/** Tags handed out in a vlan zone (segment tags) or as QinQ service tags; VLAN 1 is left alone. */
export declare const VLAN_POOL: {
    readonly min: 2;
    readonly max: 4094;
};
export declare const VLAN_POOL_SIZE: number;
/** VNI of a segment (vxlan, evpn) = VNI_BASE + number * VNIS_PER_TENANT + catalogue vniSlot. */
export declare const VNI_BASE = 100000;
export declare const VNIS_PER_TENANT = 16;
/** The EVPN VRF VNI of a tenant takes the last slot of its own VNI range, so it never collides. */
export declare const VRF_VNI_SLOT = 15;
export declare const MAX_VNI = 16777215;
/** Largest tenant number whose whole VNI range fits 24 bits (1,042,325). */
export declare const MAX_VNI_TENANT_NUMBER: number;
export declare const MAX_VM_ID = 999999999;
export declare const MIN_VM_ID = 100;
/** Defaults of FleetFile.compute and FleetFile.backup (one source, STYLE 3). */
export declare const DEFAULT_VM_ID_BASE = 100000;
export declare const DEFAULT_VM_IDS_PER_TENANT = 1000;
export declare const DEFAULT_PBS_NAMESPACE_ROOT = "kommunen";
/** First tenant number; 0 is never handed out. */
export declare const FIRST_TENANT_NUMBER = 1;
export { MAX_TENANT_NUMBER };
/** Zone types with one SDN zone per tenant (the others share a platform-wide zone). */
export declare function hasTenantZone(zoneType: ZoneType): boolean;
export declare function segmentVni(tenantNumber: number, vniSlot: number): number;
