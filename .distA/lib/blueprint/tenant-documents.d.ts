/**
 * The documents an auditor (ISB) asks for, generated per tenant from its resolved TenantSpec:
 * network plan, backup plan (backup concept per CON.3) and access matrix. Plain Markdown,
 * deterministic (no dates), so that a diff of the documents shows exactly what changed.
 */
import type { TenantSpec } from '../config/spec';
import type { AclEntry } from '../identity/tenant-access';
import type { TenantVaultPolicy } from '../identity/tenant-vault';
/** Network plan: zone, segments with CIDRs and tags, allowed flows with their reasons. */
export declare function renderNetworkPlan(spec: TenantSpec): string;
/** Backup plan (Datensicherungskonzept per CON.3): what, when, retention, second copy, restore tests. */
export declare function renderBackupPlan(spec: TenantSpec): string;
/**
 * Access matrix: principals × roles × paths, from the ACL entries TenantAccess renders and the
 * policies TenantVault renders (so the document shows what is deployed, not a second copy of it).
 */
export declare function renderAccessMatrix(spec: TenantSpec, acls: readonly AclEntry[], policies: readonly TenantVaultPolicy[]): string;
