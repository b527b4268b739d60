/**
 * What a tenant owns and what it grants, read from its synthesized stack (and its TenantSpec when
 * known). Shared by rule KOM-IAM-3 (no grant outside the tenant) and the fleet-wide isolation
 * analysis (./isolation.ts).
 */
import type { TenantSpec } from '../config/spec';
import { type VaultGrant } from '../identity/path-access';
import type { StackJson } from './types';
/** KV v2 operation prefixes a tenant owns below its KV path prefix. */
export declare const KV_OPERATIONS: readonly string[];
/** Resources a tenant owns. Proxmox paths own their subtree; Vault paths ending in `/` own their subtree, others are exact. */
export interface TenantOwnership {
    readonly proxmoxPaths: readonly string[];
    readonly vmIds?: {
        readonly start: number;
        readonly end: number;
    };
    /** Fully qualified Vault paths (namespace included). */
    readonly vaultPaths: readonly string[];
    /** Whether the Vault ownership is known (from the spec or namespaces/mounts in the stack). */
    readonly vaultKnown: boolean;
}
/** A Proxmox ACL entry of the stack. */
export interface ProxmoxGrant {
    readonly path: string;
    readonly propagate: boolean;
    /** Group ID, user ID or token ID (`user@realm!name`). */
    readonly principal: string;
    readonly role?: string;
    readonly address?: string;
    readonly constructPath?: string;
}
/** A Vault policy of the stack, parsed. */
export interface VaultPolicyGrants {
    readonly name: string;
    readonly namespace?: string;
    readonly grants: readonly VaultGrant[];
    readonly address?: string;
    readonly constructPath?: string;
}
/** A login binding (auth role or group) that hands out policies. */
export interface VaultBinding {
    readonly namespace?: string;
    readonly policies: readonly string[];
    readonly address?: string;
}
/** What a tenant grants and to whom. */
export interface TenantGrants {
    readonly acls: readonly ProxmoxGrant[];
    readonly policies: readonly VaultPolicyGrants[];
    readonly bindings: readonly VaultBinding[];
    /** Proxmox principals the stack declares (groups, users, tokens). */
    readonly principals: readonly string[];
}
/** Ownership from the TenantSpec, mirroring the naming the constructs use (tenant-props.ts). */
export declare function ownershipFromSpec(spec: TenantSpec): TenantOwnership;
/** Ownership from a synthesized stack: declared pools, vnets, tenant zones, storages, namespaces, mounts, PKI roles. */
export declare function ownershipFromJson(json: StackJson): TenantOwnership;
/** Union of two ownerships (spec and stack). */
export declare function mergeOwnership(a: TenantOwnership, b: TenantOwnership): TenantOwnership;
/** Ownership of a stack, with the spec when known. */
export declare function tenantOwnership(json: StackJson, spec?: TenantSpec): TenantOwnership;
/** The grants of a stack: ACLs, parsed Vault policies, login bindings and declared principals. */
export declare function grantsFromJson(json: StackJson): TenantGrants;
/** The literal part of a Vault pattern before its first wildcard (`+` segment or trailing `*`). */
export declare function literalPrefix(pattern: string): {
    prefix: string;
    wildcard: boolean;
};
/** Is every path a (qualified) Vault pattern can match owned by the tenant? */
export declare function vaultPatternOwned(qualifiedPattern: string, owned: readonly string[]): boolean;
