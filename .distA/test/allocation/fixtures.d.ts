import type { AllocationRequest, TenantRequest } from '../../lib/allocation';
import type { ZoneType } from '../../lib/config/model';
export declare const BASIC: TenantRequest;
export declare function request(zoneType: ZoneType, tenants: Record<string, TenantRequest>, over?: Partial<AllocationRequest>): AllocationRequest;
export declare function tenants(...keys: string[]): Record<string, TenantRequest>;
