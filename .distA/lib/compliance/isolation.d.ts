import type { FleetFile } from '../config/model';
import type { TenantSpec } from '../config/spec';
import { type TenantGrants, type TenantOwnership } from './ownership';
import type { StackJson } from './types';
/** One tenant as the analysis sees it. */
export interface TenantIsolationInput {
    readonly tenant: string;
    readonly ownership: TenantOwnership;
    readonly grants: TenantGrants;
}
export type IsolationViolationKind = 'proxmox-acl' | 'vault-policy' | 'proxmox-principal' | 'vault-binding' | 'shared-resource';
/** A counter-example: tenant `tenant` has `grant`, which reaches `resource` of `otherTenant`. */
export interface IsolationViolation {
    readonly kind: IsolationViolationKind;
    readonly tenant: string;
    readonly grant: string;
    readonly otherTenant: string;
    readonly resource: string;
    readonly address?: string;
}
export interface IsolationResult {
    readonly ok: boolean;
    readonly tenants: number;
    readonly grantsChecked: number;
    readonly resourcesIndexed: number;
    readonly violations: readonly IsolationViolation[];
}
/** A readable line for a counter-example. */
export declare function formatViolation(v: IsolationViolation): string;
/** Proves isolation for every pair of tenants; returns all counter-examples found. */
export declare function analyseIsolation(inputs: readonly TenantIsolationInput[]): IsolationResult;
/** Isolation input from a synthesized tenant stack (and its spec when known). */
export declare function isolationInputFromJson(tenant: string, json: StackJson, spec?: TenantSpec): TenantIsolationInput;
/**
 * Isolation input from a TenantSpec alone, mirroring what KommuneStack renders (tenant-props.ts,
 * TenantAccess, TenantVault): used at fleet scale, where synthesizing thousands of stacks would
 * dominate. A test pins it against the synthesized reference tenant.
 */
export declare function isolationInputFromSpec(spec: TenantSpec): TenantIsolationInput;
/** Timing figures of {@link benchIsolation}. */
export interface IsolationBench {
    readonly tenants: number;
    readonly resolveMs: number;
    readonly buildMs: number;
    readonly analyseMs: number;
    readonly grantsChecked: number;
    readonly resourcesIndexed: number;
    readonly violations: number;
}
/** The bench fleet's platform settings (documentation addresses, RFC 2606). */
export declare function benchFleetFile(zoneType?: FleetFile['network']['zoneType']): FleetFile;
/** Reads the municipality register (AGS, name, Land) from a CSV with header `ags,name,land,...`. */
export declare function readMunicipalityRegister(csvPath: string): {
    ags: string;
    name: string;
}[];
/**
 * Resolves every Gemeinde of one Land (default 07, Rheinland-Pfalz: 2,301) through the real
 * allocation and resolution (resolveFleet), then analyses isolation from the specs.
 * Returns undefined when the register does not exist (e.g. ../shared not checked out).
 */
export declare function benchIsolation(options: {
    readonly csvPath: string;
    readonly land?: string;
    readonly clock?: () => number;
}): IsolationBench | undefined;
/** Resolves a fleet of Gemeinden (one Kommune file each, in memory) with the bench fleet settings. */
export declare function resolveRegisterFleet(register: readonly {
    ags: string;
    name: string;
}[], fleetFile?: FleetFile): Readonly<Record<string, TenantSpec>>;
