/**
 * Constants of the allocation scheme (docs/adr/0001-id-scheme.md, docs/adr/0002-zone-type.md).
 */
import type { ZoneType } from './parameters';
import { MAX_TENANT_NUMBER } from './codes';

export const ZONE_TYPES: readonly ZoneType[] = ['vlan', 'qinq', 'vxlan', 'evpn'];

/** Tags handed out in a vlan zone (segment tags) or as QinQ service tags; VLAN 1 is left alone. */
export const VLAN_POOL = { min: 2, max: 4094 } as const;
export const VLAN_POOL_SIZE = VLAN_POOL.max - VLAN_POOL.min + 1;

/** VNI of a segment (vxlan, evpn) = VNI_BASE + number * VNIS_PER_TENANT + catalogue vniSlot. */
export const VNI_BASE = 100_000;
export const VNIS_PER_TENANT = 16;
/** The EVPN VRF VNI of a tenant takes the last slot of its own VNI range, so it never collides. */
export const VRF_VNI_SLOT = 15;
export const MAX_VNI = 16_777_215;
/** Largest tenant number whose whole VNI range fits 24 bits (1,042,325). */
export const MAX_VNI_TENANT_NUMBER = Math.floor((MAX_VNI - VNI_BASE - (VNIS_PER_TENANT - 1)) / VNIS_PER_TENANT);

export const MAX_VM_ID = 999_999_999;
export const MIN_VM_ID = 100;

/** Defaults of FleetFile.compute and FleetFile.backup (one source, STYLE 3). */
export const DEFAULT_VM_ID_BASE = 100_000;
export const DEFAULT_VM_IDS_PER_TENANT = 1000;
export const DEFAULT_PBS_NAMESPACE_ROOT = 'kommunen';

/** First tenant number; 0 is never handed out. */
export const FIRST_TENANT_NUMBER = 1;
export { MAX_TENANT_NUMBER };

/** Zone types with one SDN zone per tenant (the others share a platform-wide zone). */
export function hasTenantZone(zoneType: ZoneType): boolean {
  return zoneType === 'qinq' || zoneType === 'evpn';
}

export function segmentVni(tenantNumber: number, vniSlot: number): number {
  return VNI_BASE + tenantNumber * VNIS_PER_TENANT + vniSlot;
}
