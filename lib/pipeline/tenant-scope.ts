/**
 * Does a planned change stay inside its tenant? Each resource type the tenant stack renders is
 * identified by a few attributes (pool ID, vnet ID, ACL path, storage ID, Vault path, ...). The
 * values before and after the change must belong to the tenant's TenantSpec; anything else is a
 * change to another tenant or to the platform and is rejected. Unknown values (computed after
 * apply) are not judged; resource types without an identifying attribute are not judged either
 * (they are listed as "not checked" in the guard's JSON output).
 */
import type { TenantSpec } from '../model/spec';
import { cidrContains, parseCidr } from '../core/ipv4';
import { CLUSTER_SINGLETON_REASONS } from '../network/tenant-scope-guard';
import { normalizeProxmoxPath } from '../identity/path-access';
import { DIRECTORY_LOGIN_ROLES, tenantCiRoleOf, tenantDirectoryRoleName, tenantRootOfSpec, tenantVaultPolicyName } from '../model/vault-names';

/** One reason a change is outside its tenant. */
export interface ScopeFinding {
  /** `before` or `after`: which side of the change carries the foreign value. */
  readonly side: 'before' | 'after';
  readonly attribute: string;
  readonly value: string;
  /** What the tenant's value would be. */
  readonly expected: string;
}

/** The outcome for one resource change. */
export interface ScopeResult {
  /** True when at least one identifying attribute was compared. */
  readonly checked: boolean;
  readonly findings: readonly ScopeFinding[];
}

type Values = Record<string, unknown>;
type Check = (v: Values, add: (attribute: string, value: string, expected: string) => void) => boolean;

const s = (v: Values, k: string): string | undefined => (typeof v[k] === 'string' && v[k] !== '' ? (v[k] as string) : undefined);
const n = (v: Values, k: string): number | undefined => (typeof v[k] === 'number' ? (v[k] as number) : undefined);

/** The facts of a tenant the checks compare against, derived once from its spec. */
export interface TenantFacts {
  readonly key: string;
  readonly code: string;
  readonly pool: string;
  readonly zoneId: string;
  readonly zoneOwned: boolean;
  readonly vnets: ReadonlySet<string>;
  readonly block: string;
  readonly storageId: string;
  readonly pbsNamespace: string;
  readonly vmIds: { readonly start: number; readonly end: number };
  /** Storages the fleet lets every tenant pool have as members (compute.guestStorages). */
  readonly guestStorages: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly realm?: string;
  readonly pipelineUser: string;
  readonly vaultNamespace?: string;
  readonly vaultPathPrefix: string;
  readonly policyPrefix: string;
  readonly pkiRole: string;
  /** The platform intermediate's mount (root namespace) that holds the tenant's PKI role. */
  readonly pkiMount: string;
  /**
   * Namespace mode only: the one policy the tenant owns in the root namespace, the issuing policy
   * of its PKI role (lib/identity/tenant-vault.ts renders it there, because the platform
   * intermediate is a root-namespace mount).
   */
  readonly rootPkiPolicy?: string;
  /** The exact names of the tenant's Vault auth roles: its pipeline's JWT role and its directory login roles. */
  readonly authRoles: ReadonlySet<string>;
}

/**
 * The fleet's Vault tenant root with `/` as `-` (e.g. `kommunen`), read off the tenant's admin policy
 * name `<root with / as ->-<key>-admin`. The naming functions of lib/model/vault-names.ts turn `/`
 * into `-`, so they give the same names from this form as from the root itself.
 */
/** Derives the comparison facts from a resolved tenant. */
export function tenantFacts(spec: TenantSpec): TenantFacts {
  const vnets = new Set<string>(Object.values(spec.network.segments).map((seg) => seg!.vnetId));
  const adminPolicy = spec.vault.policies.admin;
  return {
    key: spec.key,
    code: spec.code,
    pool: spec.compute.pool,
    zoneId: spec.network.zone.id,
    zoneOwned: spec.network.zone.owner === 'tenant',
    vnets,
    block: spec.network.block,
    storageId: spec.backup.storageId,
    pbsNamespace: spec.backup.namespace,
    vmIds: spec.compute.vmIds,
    guestStorages: new Set(spec.compute.guestStorages),
    groups: new Set(Object.values(spec.identity.groups)),
    ...(spec.identity.realm.owner === 'tenant' ? { realm: spec.identity.realm.id } : {}),
    pipelineUser: `ci-${spec.key}@pve`,
    ...(spec.vault.namespace !== undefined ? { vaultNamespace: spec.vault.namespace } : {}),
    vaultPathPrefix: spec.vault.pathPrefix,
    policyPrefix: adminPolicy.endsWith('admin') ? adminPolicy.slice(0, -'admin'.length) : `${adminPolicy}-`,
    pkiRole: spec.vault.pkiRole,
    pkiMount: spec.vault.pkiMount,
    authRoles: new Set([tenantCiRoleOf(spec), ...DIRECTORY_LOGIN_ROLES.map((r) => tenantDirectoryRoleName(spec.key, r))]),
    ...(spec.vault.namespace !== undefined ? { rootPkiPolicy: tenantVaultPolicyName(tenantRootOfSpec(spec), spec.key, 'pki') } : {}),
  };
}

/** A vnet of the tenant: one of its segments, or a retired one (vnet IDs are the tenant code plus a 2-letter segment code). */
function ownsVnet(f: TenantFacts, id: string): boolean {
  return f.vnets.has(id) || new RegExp(`^${f.code}[a-z]{2}$`).test(id);
}

function ownsGroup(f: TenantFacts, id: string): boolean {
  return f.groups.has(id) || id.startsWith(`${f.key}-`) || (f.realm !== undefined && id.endsWith(`-${f.realm}`));
}

function ownsUser(f: TenantFacts, id: string): boolean {
  if (id === f.pipelineUser) return true;
  const at = id.lastIndexOf('@');
  return f.realm !== undefined && at >= 0 && id.slice(at + 1) === f.realm;
}

/** The Proxmox ACL paths the tenant may hold permissions on. */
function ownsAclPath(f: TenantFacts, raw: string): boolean {
  const p = normalizeProxmoxPath(raw);
  if (p === `/pool/${f.pool}` || p === `/storage/${f.storageId}`) return true;
  const sdn = /^\/sdn\/zones\/([^/]+)(?:\/([^/]+))?$/.exec(p);
  if (sdn) return sdn[1] === f.zoneId && (sdn[2] === undefined ? f.zoneOwned : ownsVnet(f, sdn[2]));
  const vm = /^\/vms\/([0-9]+)$/.exec(p);
  if (vm) return Number(vm[1]) >= f.vmIds.start && Number(vm[1]) <= f.vmIds.end;
  return false;
}

function insideBlock(f: TenantFacts, cidr: string): boolean {
  const outer = parseCidr(f.block);
  const inner = parseCidr(cidr);
  return outer.ok && inner.ok && cidrContains(outer.cidr, inner.cidr);
}

function vaultNamespaceOk(f: TenantFacts, ns: string | undefined): boolean {
  if (f.vaultNamespace === undefined) return ns === undefined;
  return ns !== undefined && (ns === f.vaultNamespace || ns.startsWith(`${f.vaultNamespace}/`));
}

/** Checks of one resource type; each returns true when it compared at least one attribute. */
function checksFor(type: string, f: TenantFacts): Check | undefined {
  const vmCheck: Check = (v, add) => {
    let c = false;
    const id = n(v, 'vm_id') ?? n(v, 'vmid');
    if (id !== undefined) {
      c = true;
      if (id < f.vmIds.start || id > f.vmIds.end) add('vm_id', String(id), `${f.vmIds.start}-${f.vmIds.end}`);
    }
    const pool = s(v, 'pool_id');
    if (pool !== undefined) {
      c = true;
      if (pool !== f.pool) add('pool_id', pool, f.pool);
    }
    return c;
  };
  const vault: Check = (v, add) => {
    const ns = s(v, 'namespace');
    if (!vaultNamespaceOk(f, ns)) add('namespace', ns ?? '(none)', f.vaultNamespace ?? '(none: path isolation)');
    return true;
  };
  if (/^proxmox_(virtual_environment_)?sdn_zone_/.test(type)) {
    return (v, add) => {
      const id = s(v, 'id');
      if (id === undefined) return false;
      if (!f.zoneOwned || id !== f.zoneId) add('id', id, f.zoneOwned ? f.zoneId : '(none: the zone is platform-owned)');
      return true;
    };
  }
  switch (type) {
    case 'proxmox_virtual_environment_pool':
    case 'proxmox_pool':
      return (v, add) => {
        const id = s(v, 'pool_id');
        if (id === undefined) return false;
        if (id !== f.pool) add('pool_id', id, f.pool);
        return true;
      };
    case 'proxmox_pool_membership':
    case 'proxmox_virtual_environment_pool_membership':
      // A member of the tenant's own pool only: a storage of the fleet's guest storages (a foreign
      // one, such as another tenant's PBS storage, would carry this tenant's pool roles onto it), or
      // a guest of the tenant's VM ID range.
      return (v, add) => {
        const c = vmCheck(v, add);
        const storage = s(v, 'storage_id');
        if (storage === undefined) return c;
        if (!f.guestStorages.has(storage)) add('storage_id', storage, `one of the fleet's guest storages (${[...f.guestStorages].join(', ')})`);
        return true;
      };
    case 'proxmox_sdn_vnet':
    case 'proxmox_virtual_environment_sdn_vnet':
      return (v, add) => {
        let c = false;
        const id = s(v, 'id');
        const zone = s(v, 'zone');
        if (id !== undefined) {
          c = true;
          if (!ownsVnet(f, id)) add('id', id, `${f.code}<segment code>`);
        }
        if (zone !== undefined) {
          c = true;
          if (zone !== f.zoneId) add('zone', zone, f.zoneId);
        }
        return c;
      };
    case 'proxmox_sdn_subnet':
    case 'proxmox_virtual_environment_sdn_subnet':
      return (v, add) => {
        let c = false;
        const vnet = s(v, 'vnet');
        const cidr = s(v, 'cidr');
        if (vnet !== undefined) {
          c = true;
          if (!ownsVnet(f, vnet)) add('vnet', vnet, `${f.code}<segment code>`);
        }
        if (cidr !== undefined) {
          c = true;
          if (!insideBlock(f, cidr)) add('cidr', cidr, `inside ${f.block}`);
        }
        return c;
      };
    case 'proxmox_storage_pbs':
      return (v, add) => {
        let c = false;
        const id = s(v, 'id');
        const ns = s(v, 'namespace');
        if (id !== undefined) {
          c = true;
          if (id !== f.storageId) add('id', id, f.storageId);
        }
        if (ns !== undefined) {
          c = true;
          if (ns !== f.pbsNamespace) add('namespace', ns, f.pbsNamespace);
        }
        return c;
      };
    case 'proxmox_backup_job':
      return (v, add) => {
        let c = false;
        const pool = s(v, 'pool');
        const storage = s(v, 'storage');
        if (pool !== undefined) {
          c = true;
          if (pool !== f.pool) add('pool', pool, f.pool);
        }
        if (storage !== undefined) {
          c = true;
          if (storage !== f.storageId) add('storage', storage, f.storageId);
        }
        if (v.all === true) {
          c = true;
          add('all', 'true', 'false (a tenant job selects its pool only)');
        }
        return c;
      };
    case 'proxmox_acl':
    case 'proxmox_virtual_environment_acl':
      return (v, add) => {
        let c = false;
        const p = s(v, 'path');
        if (p !== undefined) {
          c = true;
          if (!ownsAclPath(f, p)) add('path', p, `/pool/${f.pool}, /storage/${f.storageId}, /sdn/zones/${f.zoneId}/<tenant vnet> or /vms/<tenant VM ID>`);
        }
        const g = s(v, 'group_id');
        if (g !== undefined) {
          c = true;
          if (!ownsGroup(f, g)) add('group_id', g, `a group of ${f.key}`);
        }
        const u = s(v, 'user_id');
        if (u !== undefined) {
          c = true;
          if (!ownsUser(f, u)) add('user_id', u, `a user of ${f.key}`);
        }
        const t = s(v, 'token_id');
        if (t !== undefined) {
          c = true;
          if (!ownsUser(f, t.split('!')[0])) add('token_id', t, `a token of ${f.pipelineUser}`);
        }
        return c;
      };
    case 'proxmox_virtual_environment_group':
    case 'proxmox_group':
      return (v, add) => {
        const g = s(v, 'group_id');
        if (g === undefined) return false;
        if (!ownsGroup(f, g)) add('group_id', g, `a group of ${f.key}`);
        return true;
      };
    case 'proxmox_virtual_environment_user':
    case 'proxmox_user':
    case 'proxmox_user_token':
    case 'proxmox_virtual_environment_user_token':
      return (v, add) => {
        const u = s(v, 'user_id');
        if (u === undefined) return false;
        if (!ownsUser(f, u)) add('user_id', u, `a user of ${f.key}`);
        return true;
      };
    case 'proxmox_realm_ldap':
    case 'proxmox_realm_openid':
    case 'proxmox_realm_sync':
    case 'proxmox_virtual_environment_realm_ldap':
    case 'proxmox_virtual_environment_realm_openid':
    case 'proxmox_virtual_environment_realm_sync':
      return (v, add) => {
        const r = s(v, 'realm');
        if (r === undefined) return false;
        if (r !== f.realm) add('realm', r, f.realm ?? '(none: the tenant uses the platform realm)');
        return true;
      };
    case 'proxmox_virtual_environment_cluster_firewall_security_group':
    case 'proxmox_virtual_environment_firewall_ipset':
      return (v, add) => {
        const name = s(v, 'name');
        if (name === undefined) return false;
        if (!name.startsWith(`${f.code}-`)) add('name', name, `${f.code}-...`);
        return true;
      };
    case 'proxmox_virtual_environment_vm':
    case 'proxmox_vm':
    case 'proxmox_cloned_vm':
    case 'proxmox_virtual_environment_cloned_vm':
    case 'proxmox_virtual_environment_container':
    case 'proxmox_container':
      return vmCheck;
    case 'vault_namespace':
      return (v, add) => {
        const p = s(v, 'path');
        if (p === undefined) return false;
        const parent = s(v, 'namespace');
        const full = parent !== undefined ? `${parent}/${p}` : p;
        if (f.vaultNamespace === undefined || !(full === f.vaultNamespace || full.startsWith(`${f.vaultNamespace}/`))) {
          add('path', full, f.vaultNamespace ?? '(none: path isolation)');
        }
        return true;
      };
    case 'vault_mount':
      return (v, add) => {
        vault(v, add);
        const p = s(v, 'path');
        if (p !== undefined && f.vaultNamespace === undefined && !p.startsWith(`${f.vaultPathPrefix}/`)) {
          add('path', p, `${f.vaultPathPrefix}/...`);
        }
        return true;
      };
    case 'vault_policy':
      return (v, add) => {
        // Namespace mode: the PKI issuing policy is the tenant's only object in the root namespace,
        // and only under its exact name.
        if (f.rootPkiPolicy !== undefined && s(v, 'namespace') === undefined) {
          const name = s(v, 'name');
          if (name !== f.rootPkiPolicy) add('name', name ?? '(none)', `${f.rootPkiPolicy} (the only policy of ${f.key} in the root namespace)`);
          return true;
        }
        vault(v, add);
        const name = s(v, 'name');
        if (name !== undefined && f.vaultNamespace === undefined && !name.startsWith(f.policyPrefix)) add('name', name, `${f.policyPrefix}...`);
        return true;
      };
    case 'vault_jwt_auth_backend_role':
      return (v, add) => {
        vault(v, add);
        const name = s(v, 'role_name');
        if (name !== undefined && f.vaultNamespace === undefined && !f.authRoles.has(name)) add('role_name', name, `one of ${[...f.authRoles].join(', ')}`);
        return true;
      };
    case 'vault_jwt_auth_backend':
    case 'vault_auth_backend':
    case 'vault_ldap_auth_backend':
      // Auth mounts: a tenant owns one only in namespace mode, in exactly its own namespace (its
      // OIDC login, lib/identity/tenant-vault.ts). In path mode every auth mount is in the root
      // namespace and the platform's.
      return (v, add) => {
        const ns = s(v, 'namespace');
        if (f.vaultNamespace === undefined) add('namespace', ns ?? '(none)', '(none: in path isolation every auth mount is the platform\'s)');
        else if (ns !== f.vaultNamespace) add('namespace', ns ?? '(none)', `${f.vaultNamespace} (exactly the tenant's namespace)`);
        return true;
      };
    case 'vault_pki_secret_backend_role':
      return (v, add) => {
        // The role lives on the platform intermediate, a root-namespace mount, in both isolation modes.
        const ns = s(v, 'namespace');
        if (ns !== undefined) add('namespace', ns, '(none: the platform intermediate is in the root namespace)');
        const backend = s(v, 'backend');
        if (backend !== undefined && backend !== f.pkiMount) add('backend', backend, f.pkiMount);
        const name = s(v, 'name');
        if (name !== undefined && name !== f.pkiRole) add('name', name, f.pkiRole);
        return true;
      };
    case 'proxmox_sdn_applier':
    case 'proxmox_virtual_environment_sdn_applier':
      // No attribute names an object (only on_create/on_destroy): it applies the pending SDN
      // configuration, the tenant's own changes included (NetworkSegments).
      return () => true;
    default:
      return type.startsWith('vault_') ? vault : undefined;
  }
}

/** Judges one resource change against the tenant. */
export function checkTenantScope(type: string, before: unknown, after: unknown, facts: TenantFacts): ScopeResult {
  if (type in CLUSTER_SINGLETON_REASONS) {
    return { checked: true, findings: [{ side: 'after', attribute: 'type', value: type, expected: `not in a tenant plan: it ${CLUSTER_SINGLETON_REASONS[type]}` }] };
  }
  const check = checksFor(type, facts);
  if (!check) return { checked: false, findings: [] };
  const findings: ScopeFinding[] = [];
  let checked = false;
  for (const side of ['before', 'after'] as const) {
    const v = side === 'before' ? before : after;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const seen = new Set(findings.map((x) => `${x.attribute}=${x.value}`));
    checked = check(v as Values, (attribute, value, expected) => {
      if (!seen.has(`${attribute}=${value}`)) findings.push({ side, attribute, value, expected });
    }) || checked;
  }
  return { checked, findings };
}
