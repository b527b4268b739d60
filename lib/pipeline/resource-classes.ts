/**
 * Which resource types the plan guard treats specially, and why. One table, used by the guard,
 * its output and docs/pipelines.md.
 *
 * - `data`: destroying it destroys data (secrets, certificates, guests' disks). Delete or replace
 *   always needs an approval, also during offboarding.
 * - `backup`: the tenant's backups (PBS storage, backup job). Delete or replace needs an approval;
 *   during offboarding, an approval given after the backup retention has passed.
 * - `network`, `tenancy`: the tenant's SDN objects and resource pool. Delete or replace needs an
 *   approval while the tenant is active (a replace renumbers or cuts off every guest); during
 *   offboarding they may be deleted.
 * - `identity`: realms, groups, ACLs, users, tokens, Vault policies and auth roles. Not protected;
 *   listed so that offboarding output can say "revokes access".
 */
import { canonicalTypeName } from '../model/provider-types';
import { isDataMountType } from '../model/vault-mounts';
import { parseVaultPolicyText } from '../identity/vault-acl';

export type ResourceCategory = 'data' | 'backup' | 'network' | 'tenancy' | 'identity';

/** The categories whose delete or replace needs an approval while the tenant is active. */
export const PROTECTED_CATEGORIES: readonly ResourceCategory[] = ['data', 'backup', 'network', 'tenancy'];

export interface ResourceClass {
  readonly category: ResourceCategory;
  /** Why the class is special, shown next to a rejected change. */
  readonly reason: string;
}

// Keyed by the names canonicalTypeName gives: a long-named type with a short alias
// (`proxmox_virtual_environment_sdn_vnet`) is judged under its short name; long names without an
// alias (pool, vm, container, group, user, role) are listed as they are.
const EXACT: Readonly<Record<string, ResourceClass>> = {
  proxmox_storage_pbs: { category: 'backup', reason: 'PBS storage: the tenant\'s access to its backups' },
  proxmox_backup_job: { category: 'backup', reason: 'backup job: the nightly backup of every guest in the pool' },
  vault_namespace: { category: 'data', reason: 'Vault namespace: deleting it deletes every mount and secret inside' },
  vault_kv_secret_v2: { category: 'data', reason: 'KV secret: deleting it deletes the secret' },
  vault_kv_secret: { category: 'data', reason: 'KV secret: deleting it deletes the secret' },
  vault_pki_secret_backend_root_cert: { category: 'data', reason: 'PKI CA certificate: deleting it invalidates every issued certificate' },
  vault_pki_secret_backend_intermediate_set_signed: { category: 'data', reason: 'PKI CA certificate: deleting it invalidates every issued certificate' },
  proxmox_sdn_vnet: { category: 'network', reason: 'SDN vnet: every guest NIC of the segment is attached to it' },
  proxmox_sdn_subnet: { category: 'network', reason: 'SDN subnet: addresses, gateway and DHCP of a segment' },
  proxmox_virtual_environment_pool: { category: 'tenancy', reason: 'resource pool: holds every guest of the tenant and carries its permissions' },
  proxmox_pool: { category: 'tenancy', reason: 'resource pool: holds every guest of the tenant and carries its permissions' },
  proxmox_virtual_environment_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_cloned_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_virtual_environment_container: { category: 'data', reason: 'container: deleting it deletes its volumes' },
  proxmox_container: { category: 'data', reason: 'container: deleting it deletes its volumes' },
};

const IDENTITY_EXACT = new Set([
  'proxmox_acl', 'proxmox_virtual_environment_group', 'proxmox_group', 'proxmox_virtual_environment_user', 'proxmox_user',
  'proxmox_user_token', 'proxmox_realm_ldap', 'proxmox_realm_openid', 'proxmox_realm_sync', 'proxmox_virtual_environment_role',
  'vault_policy', 'vault_pki_secret_backend_role', 'vault_token', 'vault_approle_auth_backend_role_secret_id',
]);


function str(values: unknown, key: string): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  const v = (values as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The class of a resource, judged from its type and (for vault_mount) its mount type in the
 * values before the change (or after, for a create).
 */
export function classifyResource(longOrShort: string, before: unknown, after: unknown): ResourceClass | undefined {
  const type = canonicalTypeName(longOrShort);
  const exact = EXACT[type];
  if (exact) return exact;
  if (/^proxmox_(virtual_environment_)?sdn_zone_/.test(type)) {
    return { category: 'network', reason: 'SDN zone: every vnet of the tenant lives in it' };
  }
  if (type === 'vault_mount') {
    const mountType = str(before, 'type') ?? str(after, 'type');
    if (mountType !== undefined && isDataMountType(mountType)) {
      return { category: 'data', reason: `Vault ${mountType} mount: deleting it deletes every secret or certificate in it` };
    }
    return undefined;
  }
  if (IDENTITY_EXACT.has(type) || /^vault_.*auth_backend_(role|group|user)$/.test(type) || /^vault_identity_/.test(type)) {
    return { category: 'identity', reason: 'access: revoking it removes a login, group or permission' };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Updates compared attribute by attribute: identity that widens, protection that weakens.
// ---------------------------------------------------------------------------------------------

/** One attribute of an update that widens access or weakens protection. */
export interface ChangeFinding {
  /** The attribute (dotted for nested values, e.g. `prune_backups.keep-daily`). */
  readonly attribute: string;
  /** What changed, one line, e.g. `role_id "PVEAuditor" → "Administrator"`. */
  readonly detail: string;
  /**
   * True when the widened grant reaches outside the tenant (a Vault policy path outside its
   * paths): refused, no approval can pass it. False: needs an approval with action `update`.
   */
  readonly outside: boolean;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const asJson = (v: unknown): string => JSON.stringify(v ?? null);
/** A list or set value as strings (a missing value is the empty list). */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : []);
/** Elements of `after` that `before` does not have. */
const added = (before: unknown, after: unknown): string[] => {
  const b = new Set(strings(before));
  return strings(after).filter((x) => !b.has(x));
};
const becameTrue = (b: Rec, a: Rec, k: string): boolean => a[k] === true && b[k] !== true;
const changedScalar = (b: Rec, a: Rec, k: string): boolean => k in a && a[k] !== undefined && asJson(b[k]) !== asJson(a[k]);

/** The Proxmox ACL resources (one grant: path, role, one principal, propagate). */
const ACL_TYPES = new Set(['proxmox_acl']);
/** The ACL-entry sets (`acl` blocks) of bpg's user and group resources, as comparable strings. */
const aclEntries = (v: unknown): string[] =>
  (Array.isArray(v) ? v : []).map((e) => {
    const r = rec(e);
    return `${String(r.path)} ${String(r.role_id)}${r.propagate === true ? ' (propagate)' : ''}`;
  });

/** Capabilities per path of a Vault policy text (duplicate path blocks merged, as Vault does). */
function policyGrants(text: unknown): Map<string, Set<string>> | undefined {
  if (typeof text !== 'string') return undefined;
  let parsed;
  try {
    parsed = parseVaultPolicyText(text);
  } catch {
    return undefined;
  }
  const out = new Map<string, Set<string>>();
  for (const p of parsed) {
    const caps = out.get(p.path) ?? new Set<string>();
    for (const c of p.capabilities) caps.add(c);
    out.set(p.path, caps);
  }
  return out;
}

/** What the tenant's Vault policies may address; `undefined` fields: not judged (no tenant). */
export interface PolicyScope {
  /** Path isolation: the tenant's path prefix (e.g. `kommunen/musterstadt`); namespace mode: undefined. */
  readonly pathPrefix?: string;
}

/**
 * Widened Vault policy text: a path the policy did not grant before, a capability added to a
 * path, or a `deny` lifted. A widened path outside the tenant's prefix (path isolation) is
 * `outside`. Policy text that does not parse counts as widened (fail closed).
 */
function policyWidening(before: unknown, after: unknown, scope: PolicyScope): ChangeFinding[] {
  const b = policyGrants(before);
  const a = policyGrants(after);
  if (a === undefined || b === undefined) {
    return asJson(before) === asJson(after) ? [] : [{ attribute: 'policy', detail: 'policy text the guard cannot parse (HCL or JSON policy expected)', outside: false }];
  }
  const out: ChangeFinding[] = [];
  for (const [path, caps] of a) {
    const was = b.get(path);
    const inside = scope.pathPrefix === undefined || path === scope.pathPrefix || path.startsWith(`${scope.pathPrefix}/`);
    if (caps.has('deny')) continue;
    if (was === undefined) {
      out.push({ attribute: 'policy', detail: `new path "${path}" with ${[...caps].join(', ')}${inside ? '' : ` (outside the tenant's paths ${scope.pathPrefix}/...)`}`, outside: !inside });
      continue;
    }
    const more = was.has('deny') ? [...caps] : [...caps].filter((c) => !was.has(c));
    if (more.length > 0) out.push({ attribute: 'policy', detail: `path "${path}" gains ${more.join(', ')}${was.has('deny') ? ' (its deny is lifted)' : ''}${inside ? '' : ` (outside the tenant's paths ${scope.pathPrefix}/...)`}`, outside: !inside });
  }
  return out;
}

/** JWT `bound_claims`: a claim no longer bound, or a claim that accepts a value it did not. Values are comma-separated lists. */
function boundClaimsWidening(before: unknown, after: unknown): ChangeFinding[] {
  const b = rec(before);
  const a = rec(after);
  const out: ChangeFinding[] = [];
  const values = (v: unknown) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()) : Array.isArray(v) ? strings(v) : [JSON.stringify(v)]);
  for (const k of Object.keys(b)) {
    if (!(k in a)) out.push({ attribute: `bound_claims.${k}`, detail: `claim "${k}" is no longer bound (was ${asJson(b[k])})`, outside: false });
    else {
      const more = values(a[k]).filter((x) => !values(b[k]).includes(x));
      if (more.length > 0) out.push({ attribute: `bound_claims.${k}`, detail: `claim "${k}" also accepts ${more.map((x) => JSON.stringify(x)).join(', ')}`, outside: false });
    }
  }
  return out;
}

/**
 * The attributes of an identity-bearing update that widen access (more principals, roles, paths,
 * policies, claims or domains than before). Narrowing changes are not findings. Only updates are
 * compared: creates are the blueprint's rendering, checked by the tenant scope.
 */
export function identityWidening(longOrShort: string, before: unknown, after: unknown, scope: PolicyScope = {}): ChangeFinding[] {
  const type = canonicalTypeName(longOrShort);
  const b = rec(before);
  const a = rec(after);
  const out: ChangeFinding[] = [];
  const f = (attribute: string, detail: string, outside = false) => out.push({ attribute, detail, outside });
  const addedTo = (k: string) => {
    const more = added(b[k], a[k]);
    if (more.length > 0) f(k, `adds ${more.map((x) => JSON.stringify(x)).join(', ')}`);
  };
  if (ACL_TYPES.has(type)) {
    // bpg/terraform-provider-proxmox: proxmox_virtual_environment_acl (proxmox/access/acl) and
    // proxmox_acl carry one grant each: path, role_id, one of user_id/group_id/token_id, propagate.
    for (const k of ['path', 'role_id', 'user_id', 'group_id', 'token_id']) {
      if (changedScalar(b, a, k)) f(k, `${k} ${asJson(b[k])} → ${asJson(a[k])} grants a role it did not`);
    }
    if (becameTrue(b, a, 'propagate')) f('propagate', 'propagate false → true extends the grant to every object below the path');
    return out;
  }
  switch (type) {
    case 'proxmox_virtual_environment_user':
    case 'proxmox_user': {
      addedTo('groups');
      const more = added(aclEntries(b.acl), aclEntries(a.acl));
      if (more.length > 0) f('acl', `adds ${more.join('; ')}`);
      if (b.enabled === false && a.enabled !== false && 'enabled' in a) f('enabled', 'a disabled user is enabled');
      return out;
    }
    case 'proxmox_virtual_environment_group':
    case 'proxmox_group': {
      const more = added(aclEntries(b.acl), aclEntries(a.acl));
      if (more.length > 0) f('acl', `adds ${more.join('; ')}`);
      addedTo('members');
      return out;
    }
    case 'proxmox_user_token':
      if (b.privileges_separation === true && a.privileges_separation === false) f('privileges_separation', 'true → false: the token gets every privilege of its user');
      return out;
    case 'vault_policy':
      return policyWidening(b.policy, a.policy, scope);
    case 'vault_jwt_auth_backend_role':
      out.push(...boundClaimsWidening(b.bound_claims, a.bound_claims));
      addedTo('token_policies');
      addedTo('bound_audiences');
      if (strings(b.bound_audiences).length > 0 && strings(a.bound_audiences).length === 0 && 'bound_audiences' in a) f('bound_audiences', 'no audience is bound any more');
      if (typeof b.bound_subject === 'string' && b.bound_subject !== '' && changedScalar(b, a, 'bound_subject')) f('bound_subject', `${asJson(b.bound_subject)} → ${asJson(a.bound_subject)}`);
      return out;
    case 'vault_pki_secret_backend_role':
      addedTo('allowed_domains');
      for (const k of ['allow_any_name', 'allow_subdomains', 'allow_glob_domains', 'allow_bare_domains']) {
        if (becameTrue(b, a, k)) f(k, `${k} false → true`);
      }
      return out;
    default:
      if (/^vault_.*auth_backend_(role|group|user)$/.test(type) || /^vault_identity_/.test(type)) {
        for (const k of ['policies', 'token_policies', 'member_entity_ids', 'member_group_ids']) addedTo(k);
      }
      return out;
  }
}

/**
 * Keep counts of a prune setting: bpg's `prune_backups` map of the backup job (`keep-daily`: "30",
 * `keep-all`: "1") or the `backups` block of the PBS storage (`keep_daily`: 30, `keep_all`: true).
 * `all` is true when every backup is kept: keep-all set, or no keep option at all (then Proxmox VE
 * keeps every backup; our reading of pve-storage's prune defaults, not checked against its source).
 */
function keepPolicy(v: unknown): { all: boolean; counts: Map<string, number> } {
  const r = rec(v);
  const counts = new Map<string, number>();
  let all = false;
  for (const [k, raw] of Object.entries(r)) {
    const name = k.replace(/_/g, '-');
    if (name === 'keep-all') {
      all = raw === true || raw === '1' || raw === 1;
      continue;
    }
    if (!name.startsWith('keep-')) continue;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[0-9]+$/.test(raw) ? Number(raw) : undefined;
    if (n !== undefined && n > 0) counts.set(name, n);
  }
  return { all: all || counts.size === 0, counts };
}

/**
 * True when a keep policy keeps fewer backups after the change: keep-all dropped, a count lowered
 * or removed. Switching to keep-all (session 5: Proxmox VE keeps everything, the PBS prune job
 * prunes) keeps more and is not a lowering; nor is a new or raised count.
 */
export function retentionLowered(before: unknown, after: unknown): string[] {
  const b = keepPolicy(before);
  const a = keepPolicy(after);
  if (a.all) return [];
  if (b.all) return [`keep-all → ${[...a.counts].map(([k, n]) => `${k} ${n}`).join(', ')}: backups beyond these counts are pruned`];
  const out: string[] = [];
  for (const [k, n] of b.counts) {
    const m = a.counts.get(k);
    if (m === undefined) out.push(`${k} ${n} removed`);
    else if (m < n) out.push(`${k} ${n} → ${m}`);
  }
  return out;
}

/** Disk slots of a VM (`disk[].interface`) or volumes of a container (`mount_point[].path`, `disk`). */
function storageSlots(type: string, v: Rec): string[] {
  if (/container$/.test(type)) return (Array.isArray(v.mount_point) ? v.mount_point : []).map((m) => `mount_point ${String(rec(m).path ?? rec(m).volume)}`);
  return (Array.isArray(v.disk) ? v.disk : []).map((d) => `disk ${String(rec(d).interface)}`);
}

/**
 * The attributes of an update that weaken protection: retention lowered (backup job, PBS
 * storage), a backup job switched off while the tenant is active, a disk or mount point removed
 * from a guest, the type of a data-holding Vault mount changed. Each needs an approval with
 * action `update`, like a delete of a protected resource.
 */
export function protectionWeakening(longOrShort: string, before: unknown, after: unknown, tenantActive: boolean): ChangeFinding[] {
  const type = canonicalTypeName(longOrShort);
  const b = rec(before);
  const a = rec(after);
  const out: ChangeFinding[] = [];
  const f = (attribute: string, detail: string) => out.push({ attribute, detail, outside: false });
  switch (type) {
    case 'proxmox_backup_job':
      if ('prune_backups' in a) for (const d of retentionLowered(b.prune_backups, a.prune_backups)) f('prune_backups', `retention lowered: ${d}`);
      if (tenantActive && b.enabled !== false && a.enabled === false) f('enabled', 'the backup job of an active tenant is switched off');
      return out;
    case 'proxmox_storage_pbs':
      if ('backups' in a) for (const d of retentionLowered(b.backups, a.backups)) f('backups', `retention lowered: ${d}`);
      return out;
    case 'vault_mount': {
      const was = str(b, 'type');
      const now = str(a, 'type');
      if (was !== undefined && now !== undefined && was !== now && isDataMountType(was)) f('type', `mount type ${was} → ${now}: the data of the ${was} mount is no longer served`);
      return out;
    }
    default:
      if (CLASS_OF_GUEST.test(type)) {
        const gone = storageSlots(type, b).filter((s) => !storageSlots(type, a).includes(s));
        for (const s of gone) f(s.split(' ')[0], `${s} removed from the guest: its data goes with it`);
      }
      return out;
  }
}

const CLASS_OF_GUEST = /^proxmox_(virtual_environment_)?(vm|cloned_vm|container)$/;

/**
 * Lowered retention of the PBS prune job, the tenant stack output `pbs_prune_job`
 * (lib/backup/prune-job.ts): the job is configured on PBS outside terraform, so the plan shows
 * its keep counts only as this output's change.
 */
export function pruneJobOutputLowered(before: unknown, after: unknown): string[] {
  if (before === null || after === null || before === undefined || after === undefined) return [];
  return retentionLowered(before, after);
}
