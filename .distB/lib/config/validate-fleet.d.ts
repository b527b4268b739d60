import type { Problem } from './problems';
import type { SourceFile } from './source';
export declare function checkFleet(src: SourceFile, data: unknown): Problem[];
/** "host:port" with a host name or IPv4 address and a port 1-65535. */
export declare function isHostPort(value: string): boolean;
/** A tenant file of a fleet, as the cross-file checks see it. */
export interface TenantSource {
    readonly src: SourceFile;
    readonly data: unknown;
}
/**
 * Checks across the fleet and its tenant files: duplicate keys and AGS, Land, shared realm. With
 * `fleetData` undefined (tenant files validated without their fleet) only the duplicate checks run.
 */
export declare function checkFleetTenants(fleetData: unknown, tenants: readonly TenantSource[]): Problem[];
