/**
 * Does a planned change stay inside its tenant? Each resource type the tenant stack renders is
 * identified by a few attributes (pool ID, vnet ID, ACL path, storage ID, Vault path, ...). The
 * values before and after the change must belong to the tenant's footprint (lib/model/footprint.ts:
 * exact IDs, never a key prefix; the only wholes are the VM ID range, the address block, the Vault
 * namespace subtree and the users of the tenant's own realm); anything else is a change to another
 * tenant or to the platform and is rejected. Unknown values (computed after
 * apply) are not judged; resource types without an identifying attribute are not judged either
 * (they are listed as "not checked" in the guard's JSON output).
 */
import { canonicalTypeName } from '../model/provider-types';
import type { TenantSpec } from '../model/spec';
import { cidrContains, parseCidr } from '../core/ipv4';
import { CLUSTER_SINGLETON_REASONS } from '../network/tenant-scope-guard';
import { normalizeProxmoxPath } from '../identity/path-access';
import { footprintHas, tenantFootprint, type AllocatedSegments, type TenantFootprint } from '../model/footprint';

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

/**
 * The facts of a tenant the checks compare against: its footprint (lib/model/footprint.ts), the
 * one registry of the objects it owns, with exact IDs.
 */
export type TenantFacts = TenantFootprint;

/**
 * Derives the comparison facts from a resolved tenant. `allocated` (the tenant's segments in the
 * lock, retired ones included) lets the guard recognise the vnets of segments the tenant removed;
 * without it only the current segments are the tenant's.
 */
export function tenantFacts(spec: TenantSpec, allocated?: AllocatedSegments): TenantFacts {
  return tenantFootprint(spec, allocated);
}

const has = footprintHas;

/** A vnet of the tenant: one of its segments, current or retired (as the lock records them). */
function ownsVnet(f: TenantFacts, id: string): boolean {
  return has(f, 'pve-vnet', id);
}

/** A Proxmox group of the tenant: its role groups and its directory-mapped groups, exactly. */
function ownsGroup(f: TenantFacts, id: string): boolean {
  return has(f, 'pve-group', id);
}

/** The tenant's pipeline user, or a user of a realm the tenant owns (the realm is exact). */
function ownsUser(f: TenantFacts, id: string): boolean {
  if (has(f, 'pve-user', id)) return true;
  const at = id.lastIndexOf('@');
  return at >= 0 && has(f, 'pve-realm', id.slice(at + 1));
}

/** The Proxmox ACL paths the tenant may hold permissions on. */
function ownsAclPath(f: TenantFacts, raw: string): boolean {
  const p = normalizeProxmoxPath(raw);
  if (has(f, 'pve-acl-path', p)) return true;
  const vm = /^\/vms\/([0-9]+)$/.exec(p);
  return vm !== null && f.vmIds !== undefined && Number(vm[1]) >= f.vmIds.start && Number(vm[1]) <= f.vmIds.end;
}

function insideBlock(f: TenantFacts, cidr: string): boolean {
  if (f.block === undefined) return false;
  const outer = parseCidr(f.block);
  const inner = parseCidr(cidr);
  return outer.ok && inner.ok && cidrContains(outer.cidr, inner.cidr);
}

/** The tenant's namespace or one below it (path segments, not a text prefix). */
function vaultNamespaceOk(f: TenantFacts, ns: string | undefined): boolean {
  if (f.vaultNamespace === undefined) return ns === undefined;
  return ns !== undefined && (ns === f.vaultNamespace || ns.startsWith(`${f.vaultNamespace}/`));
}

const trimSlashes = (p: string): string => p.replace(/^\/+|\/+$/g, '');
const qualify = (ns: string | undefined, name: string): string => (ns === undefined ? name : `${trimSlashes(ns)}/${name}`);
const list = (f: TenantFacts, kind: Parameters<typeof footprintHas>[1]): string => f.ids[kind].join(', ') || '(none)';

/** Checks of one resource type; each returns true when it compared at least one attribute. */
function checksFor(type: string, f: TenantFacts): Check | undefined {
  const vmCheck: Check = (v, add) => {
    let c = false;
    const id = n(v, 'vm_id') ?? n(v, 'vmid');
    if (id !== undefined) {
      c = true;
      if (f.vmIds === undefined || id < f.vmIds.start || id > f.vmIds.end) add('vm_id', String(id), f.vmIds ? `${f.vmIds.start}-${f.vmIds.end}` : '(none)');
    }
    const pool = s(v, 'pool_id');
    if (pool !== undefined) {
      c = true;
      if (!has(f, 'pve-pool', pool)) add('pool_id', pool, list(f, 'pve-pool'));
    }
    return c;
  };
  const inRange = (id: number): boolean => f.vmIds !== undefined && id >= f.vmIds.start && id <= f.vmIds.end;
  const range = (): string => (f.vmIds ? `a guest of the tenant's VM ID range ${f.vmIds.start}-${f.vmIds.end}` : '(none: the tenant has no VM ID range)');
  // A guest's own firewall objects (options, rule list, IP set, alias): bpg addresses them by
  // `vm_id` or `container_id` under /nodes/<node>/{qemu,lxc}/<id>/firewall (schema
  // /work/shared/schemas/bpg-proxmox-0.111.1.json); the guest's VM ID must be the tenant's.
  // Returns undefined when the resource names no guest (then it is a cluster-level object).
  const guestRef = (v: Values, add: Parameters<Check>[1]): boolean | undefined => {
    let named = false;
    for (const k of ['vm_id', 'container_id']) {
      const id = n(v, k);
      if (id === undefined) continue;
      named = true;
      if (!inRange(id)) add(k, String(id), range());
    }
    return named ? true : undefined;
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
        if (!has(f, 'pve-pool', id)) add('pool_id', id, list(f, 'pve-pool'));
        return true;
      };
    case 'proxmox_pool_membership':
      // A member of the tenant's own pool only: a storage of the fleet's guest storages (a foreign
      // one, such as another tenant's PBS storage, would carry this tenant's pool roles onto it), or
      // a guest of the tenant's VM ID range.
      return (v, add) => {
        const c = vmCheck(v, add);
        const storage = s(v, 'storage_id');
        if (storage === undefined) return c;
        if (!f.guestStorages.includes(storage)) add('storage_id', storage, `one of the fleet's guest storages (${f.guestStorages.join(', ')})`);
        return true;
      };
    case 'proxmox_sdn_vnet':
      return (v, add) => {
        let c = false;
        const id = s(v, 'id');
        const zone = s(v, 'zone');
        if (id !== undefined) {
          c = true;
          if (!ownsVnet(f, id)) add('id', id, `one of ${list(f, 'pve-vnet')}`);
        }
        if (zone !== undefined) {
          c = true;
          if (zone !== f.zoneId) add('zone', zone, f.zoneId);
        }
        return c;
      };
    case 'proxmox_sdn_subnet':
      return (v, add) => {
        let c = false;
        const vnet = s(v, 'vnet');
        const cidr = s(v, 'cidr');
        if (vnet !== undefined) {
          c = true;
          if (!ownsVnet(f, vnet)) add('vnet', vnet, `one of ${list(f, 'pve-vnet')}`);
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
          if (!has(f, 'pve-storage', id)) add('id', id, list(f, 'pve-storage'));
        }
        if (ns !== undefined) {
          c = true;
          if (!has(f, 'pbs-namespace', ns)) add('namespace', ns, list(f, 'pbs-namespace'));
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
          if (!has(f, 'pve-pool', pool)) add('pool', pool, list(f, 'pve-pool'));
        }
        if (storage !== undefined) {
          c = true;
          if (!has(f, 'pve-storage', storage)) add('storage', storage, list(f, 'pve-storage'));
        }
        if (v.all === true) {
          c = true;
          add('all', 'true', 'false (a tenant job selects its pool only)');
        }
        return c;
      };
    case 'proxmox_acl':
      return (v, add) => {
        let c = false;
        const p = s(v, 'path');
        if (p !== undefined) {
          c = true;
          if (!ownsAclPath(f, p)) add('path', p, `one of ${list(f, 'pve-acl-path')} or /vms/<tenant VM ID>`);
        }
        const g = s(v, 'group_id');
        if (g !== undefined) {
          c = true;
          if (!ownsGroup(f, g)) add('group_id', g, `one of ${list(f, 'pve-group')}`);
        }
        const u = s(v, 'user_id');
        if (u !== undefined) {
          c = true;
          if (!ownsUser(f, u)) add('user_id', u, `${list(f, 'pve-user')} or a user of the tenant's own realm`);
        }
        const t = s(v, 'token_id');
        if (t !== undefined) {
          c = true;
          if (!ownsUser(f, t.split('!')[0])) add('token_id', t, `a token of ${list(f, 'pve-user')}`);
        }
        return c;
      };
    case 'proxmox_virtual_environment_group':
    case 'proxmox_group':
      return (v, add) => {
        const g = s(v, 'group_id');
        if (g === undefined) return false;
        if (!ownsGroup(f, g)) add('group_id', g, `one of ${list(f, 'pve-group')}`);
        return true;
      };
    case 'proxmox_virtual_environment_user':
    case 'proxmox_user':
    case 'proxmox_user_token':
      return (v, add) => {
        const u = s(v, 'user_id');
        if (u === undefined) return false;
        if (!ownsUser(f, u)) add('user_id', u, `${list(f, 'pve-user')} or a user of the tenant's own realm`);
        return true;
      };
    case 'proxmox_realm_ldap':
    case 'proxmox_realm_openid':
    case 'proxmox_realm_sync':
      return (v, add) => {
        const r = s(v, 'realm');
        if (r === undefined) return false;
        if (!has(f, 'pve-realm', r)) add('realm', r, f.ids['pve-realm'][0] ?? '(none: the tenant uses the platform realm)');
        return true;
      };
    case 'proxmox_virtual_environment_firewall_options':
    case 'proxmox_firewall_options':
    case 'proxmox_virtual_environment_firewall_rules':
    case 'proxmox_firewall_rules':
    case 'proxmox_virtual_environment_firewall_alias':
    case 'proxmox_firewall_alias':
      // Only a guest's: without vm_id and container_id these write the datacenter's (or a node's)
      // firewall, which is the platform's (lib/network/tenant-scope-guard.ts HOST_RULES_REASON).
      return (v, add) => {
        if (guestRef(v, add) === true) return true;
        add('vm_id', '(none)', `${range()}; without vm_id or container_id it is the datacenter's or a node's firewall, the platform's`);
        return true;
      };
    case 'proxmox_haresource':
      // `resource_id` is the HA service ID `<type>:<vmid>` (pve-ha-manager src/PVE/API2/HA/Resources.pm
      // @ 0087839 create: parse_sid; `vm`/`ct`, or a bare VM ID, pve-ha-resource-or-vm-id). The
      // tenant identity holds Sys.Console on / (docs/datacenter.md), so Proxmox would let it manage
      // any HA resource; only the guest's VM ID keeps a tenant's plan to its own.
      return (v, add) => {
        const sid = s(v, 'resource_id');
        if (sid === undefined) return false;
        const m = /^(?:(?:vm|ct):)?([0-9]+)$/.exec(sid);
        if (m === null || !inRange(Number(m[1]))) add('resource_id', sid, `vm:<id> or ct:<id> of ${range()}`);
        return true;
      };
    case 'proxmox_harule':
      // A node-affinity rule of the tenant's cell (lib/compute/tenant-guests.ts): every resource it
      // names must be one of the tenant's guests (same VM ID rule as proxmox_haresource).
      return (v, add) => {
        const list = v.resources;
        if (!Array.isArray(list)) return false;
        for (const sid of list.map(String)) {
          const m = /^(?:vm|ct):([0-9]+)$/.exec(sid);
          if (m === null || !inRange(Number(m[1]))) add('resources', sid, `vm:<id> or ct:<id> of ${range()}`);
        }
        return true;
      };
    case 'proxmox_virtual_environment_cluster_firewall_security_group':
    case 'proxmox_virtual_environment_firewall_ipset': {
      const kind = type.endsWith('_ipset') ? 'pve-ipset' : 'pve-security-group';
      return (v, add) => {
        // A guest's own IP set (vm_id/container_id): its name is local to the guest.
        if (kind === 'pve-ipset' && guestRef(v, add) === true) return true;
        const name = s(v, 'name');
        if (name === undefined) return false;
        if (!has(f, kind, name)) add('name', name, `one of ${list(f, kind)}`);
        return true;
      };
    }
    case 'proxmox_virtual_environment_vm':
    case 'proxmox_vm':
    case 'proxmox_cloned_vm':
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
        // Path isolation: the tenant owns no mount (its secrets are a prefix of the platform's
        // shared KV mount); namespace isolation: every mount inside its namespace.
        const p = s(v, 'path');
        if (p !== undefined && f.vaultNamespace === undefined && !has(f, 'vault-mount', qualify(s(v, 'namespace'), trimSlashes(p)))) {
          add('path', p, `one of ${list(f, 'vault-mount')}`);
        }
        return true;
      };
    case 'vault_policy':
      return (v, add) => {
        // Exact names: in path isolation every policy of the fleet is in the root namespace, and
        // `kommunen-hahn-am-see-admin` is not a policy of `hahn`. In namespace isolation the PKI
        // issuing policy is the tenant's only policy in the root namespace; inside its namespace
        // every policy is the tenant's.
        const ns = s(v, 'namespace');
        const name = s(v, 'name');
        if (f.vaultNamespace !== undefined && ns !== undefined) {
          vault(v, add);
          return true;
        }
        if (ns !== undefined) add('namespace', ns, '(none: path isolation)');
        if (name === undefined || !has(f, 'vault-policy', qualify(ns, name))) add('name', name ?? '(none)', `one of ${list(f, 'vault-policy')}`);
        return true;
      };
    case 'vault_jwt_auth_backend_role':
      return (v, add) => {
        vault(v, add);
        const name = s(v, 'role_name');
        if (name !== undefined && f.vaultNamespace === undefined && !has(f, 'vault-auth-role', name)) add('role_name', name, `one of ${list(f, 'vault-auth-role')}`);
        return true;
      };
    case 'vault_ldap_auth_backend_group':
      // A directory group of the platform's LDAP mount (path isolation): exactly the groups the
      // tenant maps (identity.groups), which fleet resolution keeps unique across tenants.
      return (v, add) => {
        vault(v, add);
        const name = s(v, 'groupname');
        if (name !== undefined && f.vaultNamespace === undefined && !has(f, 'directory-group', name)) add('groupname', name, `one of ${list(f, 'directory-group')}`);
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
        if (backend !== undefined && trimSlashes(backend) !== f.pkiMount) add('backend', backend, f.pkiMount);
        const name = s(v, 'name');
        if (name !== undefined && name !== f.pkiRole) add('name', name, f.pkiRole);
        return true;
      };
    case 'proxmox_sdn_applier':
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
  // The checks are written for the short alias of a long-named type that has one (same schema).
  const check = checksFor(canonicalTypeName(type), facts);
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
