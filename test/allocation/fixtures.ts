import type { AllocationRequest, TenantRequest } from '../../lib/allocation/allocate';
import type { ZoneType } from '../../lib/model/parameters';

export const BASIC: TenantRequest = { size: 's', segments: { management: 26, servers: 25, clients: 24 } };

export function request(zoneType: ZoneType, tenants: Record<string, TenantRequest>, over: Partial<AllocationRequest> = {}): AllocationRequest {
  return {
    zoneType, supernets: ['10.64.0.0/16'], vmIdBase: 100_000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen', tenants, ...over,
  };
}

export function tenants(...keys: string[]): Record<string, TenantRequest> {
  return Object.fromEntries(keys.map((k) => [k, BASIC]));
}
