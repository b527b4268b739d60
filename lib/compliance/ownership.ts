/**
 * What a tenant owns and what it grants, read from its synthesized stack (and its TenantSpec when
 * known). Shared by rule KOM-IAM-3 (no grant outside the tenant) and the fleet-wide isolation
 * analysis (./isolation.ts).
 */
import type { TenantSpec } from '../model/spec';
import { qualifyVaultPath, vaultGrants, type VaultGrant } from '../identity/path-access';
import { KV_OPERATIONS, tenantFootprint, type TenantFootprint } from '../model/footprint';
import { literal, proxmoxTypes, resolveRef, resourcesOf, type StackResource } from './internal/stack-json';
import type { StackJson } from './types';

/** KV v2 operation prefixes a tenant owns below its KV path prefix (defined with the footprint). */
export { KV_OPERATIONS };

/** Resources a tenant owns. Proxmox paths own their subtree; Vault paths ending in `/` own their subtree, others are exact. */
export interface TenantOwnership {
  readonly proxmoxPaths: readonly string[];
  readonly vmIds?: { readonly start: number; readonly end: number };
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

/**
 * Ownership from a tenant's footprint (lib/model/footprint.ts): its Proxmox ACL paths (pool,
 * storage, vnets, its own zone) and its Vault paths (its namespace, or its KV prefix and PKI role).
 */
export function ownershipFromFootprint(fp: TenantFootprint): TenantOwnership {
  return { proxmoxPaths: fp.ids['pve-acl-path'], ...(fp.vmIds ? { vmIds: fp.vmIds } : {}), vaultPaths: fp.ids['vault-path'], vaultKnown: true };
}

/** Ownership from the TenantSpec: the footprint the registry derives from it (no lock: current segments only). */
export function ownershipFromSpec(spec: TenantSpec): TenantOwnership {
  return ownershipFromFootprint(tenantFootprint(spec));
}

/** Ownership from a synthesized stack: declared pools, vnets, tenant zones, storages, namespaces, mounts, PKI roles. */
export function ownershipFromJson(json: StackJson): TenantOwnership {
  const proxmox: string[] = [];
  for (const p of resourcesOf(json, ...proxmoxTypes('pool'))) {
    const id = literal(p.body.pool_id);
    if (id !== undefined) proxmox.push(`/pool/${id}`);
  }
  const zoneTypes = ['simple', 'vlan', 'qinq', 'vxlan', 'evpn'].flatMap((t) => proxmoxTypes(`sdn_zone_${t}`));
  for (const z of resourcesOf(json, ...zoneTypes)) {
    const id = literal(z.body.id);
    if (id !== undefined) proxmox.push(`/sdn/zones/${id}`);
  }
  for (const v of resourcesOf(json, ...proxmoxTypes('sdn_vnet'))) {
    const id = literal(v.body.id);
    const zone = resolveRef(json, v.body.zone).value;
    if (id !== undefined && typeof zone === 'string') proxmox.push(`/sdn/zones/${zone}/${id}`);
  }
  const storageTypes = Object.keys(json.resource ?? {}).filter((t) => /^proxmox_(virtual_environment_)?storage_/.test(t));
  for (const s of resourcesOf(json, ...storageTypes)) {
    const id = literal(s.body.id);
    if (id !== undefined) proxmox.push(`/storage/${id}`);
  }
  const vault: string[] = [];
  for (const n of resourcesOf(json, 'vault_namespace')) {
    const p = literal(n.body.path);
    if (p !== undefined) vault.push(`${qualifyVaultPath(literal(n.body.namespace), p)}/`);
  }
  for (const m of resourcesOf(json, 'vault_mount')) {
    const p = literal(m.body.path);
    if (p !== undefined) vault.push(`${qualifyVaultPath(literal(m.body.namespace), trim(p))}/`);
  }
  for (const r of resourcesOf(json, 'vault_pki_secret_backend_role')) {
    const b = literal(r.body.backend);
    const n = literal(r.body.name);
    if (b === undefined || n === undefined) continue;
    for (const op of ['issue', 'sign', 'roles']) vault.push(qualifyVaultPath(literal(r.body.namespace), `${trim(b)}/${op}/${n}`));
  }
  const vaultKnown = resourcesOf(json, 'vault_namespace', 'vault_mount').length > 0;
  return { proxmoxPaths: proxmox, vaultPaths: vault, vaultKnown };
}

/** Union of two ownerships (spec and stack). */
export function mergeOwnership(a: TenantOwnership, b: TenantOwnership): TenantOwnership {
  return {
    proxmoxPaths: [...new Set([...a.proxmoxPaths, ...b.proxmoxPaths])].sort(),
    vmIds: a.vmIds ?? b.vmIds,
    vaultPaths: [...new Set([...a.vaultPaths, ...b.vaultPaths])].sort(),
    vaultKnown: a.vaultKnown || b.vaultKnown,
  };
}

/** Ownership of a stack, with the spec when known. */
export function tenantOwnership(json: StackJson, spec?: TenantSpec): TenantOwnership {
  const fromJson = ownershipFromJson(json);
  return spec === undefined ? fromJson : mergeOwnership(ownershipFromSpec(spec), fromJson);
}

/** The grants of a stack: ACLs, parsed Vault policies, login bindings and declared principals. */
export function grantsFromJson(json: StackJson): TenantGrants {
  const acls: ProxmoxGrant[] = resourcesOf(json, ...proxmoxTypes('acl')).map((a) => ({
    path: String(a.body.path),
    propagate: a.body.propagate !== false,
    principal: String(literal(a.body.group_id) ?? literal(a.body.user_id) ?? literal(a.body.token_id) ?? '?'),
    role: literal(a.body.role_id),
    address: a.address,
    constructPath: a.constructPath,
  }));
  const policies: VaultPolicyGrants[] = resourcesOf(json, 'vault_policy').map((p) => ({
    name: String(p.body.name),
    namespace: literal(p.body.namespace),
    grants: typeof p.body.policy === 'string' ? vaultGrants(p.body.policy) : [],
    address: p.address,
    constructPath: p.constructPath,
  }));
  const bindingOf = (r: StackResource, field: string): VaultBinding => ({
    namespace: literal(r.body.namespace),
    policies: Array.isArray(r.body[field]) ? (r.body[field] as unknown[]).map(String) : [],
    address: r.address,
  });
  const bindings = [
    ...resourcesOf(json, 'vault_jwt_auth_backend_role', 'vault_approle_auth_backend_role', 'vault_kubernetes_auth_backend_role').map((r) => bindingOf(r, 'token_policies')),
    ...resourcesOf(json, 'vault_ldap_auth_backend_group', 'vault_ldap_auth_backend_user').map((r) => bindingOf(r, 'policies')),
  ];
  const principals: string[] = [];
  for (const g of resourcesOf(json, ...proxmoxTypes('group'))) principals.push(String(g.body.group_id));
  for (const u of resourcesOf(json, ...proxmoxTypes('user'))) principals.push(String(u.body.user_id));
  for (const t of resourcesOf(json, ...proxmoxTypes('user_token'))) principals.push(`${String(t.body.user_id)}!${String(t.body.token_name)}`);
  return { acls, policies, bindings, principals };
}

/** The literal part of a Vault pattern before its first wildcard (`+` segment or trailing `*`). */
export function literalPrefix(pattern: string): { prefix: string; wildcard: boolean } {
  const segs = pattern.split('/');
  const plus = segs.indexOf('+');
  let prefix = plus < 0 ? pattern : `${segs.slice(0, plus).join('/')}/`;
  let wildcard = plus >= 0;
  if (plus < 0 && prefix.endsWith('*')) {
    prefix = prefix.slice(0, -1);
    wildcard = true;
  }
  return { prefix, wildcard };
}

/** Is every path a (qualified) Vault pattern can match owned by the tenant? */
export function vaultPatternOwned(qualifiedPattern: string, owned: readonly string[]): boolean {
  const { prefix, wildcard } = literalPrefix(qualifiedPattern);
  return owned.some((o) => (o.endsWith('/') ? prefix.startsWith(o) : !wildcard && prefix === o));
}

function trim(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}
