import type { AllocationRequest, TenantRequest } from '../../lib/allocation/allocate';
import { AllocationError } from '../../lib/allocation/errors';
import { parseLockFile } from '../../lib/allocation/lockfile';
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

/** The problems (`path: message`) parseLockFile reports for a lock text; fails when it reports none. */
export function lockProblemsOf(text: string): string[] {
  try {
    parseLockFile(text, 'fleet.lock.yaml');
  } catch (e) {
    if (e instanceof AllocationError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('expected an AllocationError');
}
