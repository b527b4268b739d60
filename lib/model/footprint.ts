/**
 * The footprint registry: every object each tenant and the platform own, by exact ID, derived once
 * from the resolved fleet (one TenantSpec per tenant, the lock, the platform settings). The plan
 * guard (lib/pipeline/tenant-scope.ts), the ownership rules (lib/compliance/ownership.ts) and the
 * isolation proof (lib/compliance/isolation.ts) read it instead of each deriving the tenant's
 * objects again; names come from the same naming functions the constructs use (./vault-names.ts,
 * ./pve-names.ts, ./codes.ts) or from the spec fields the constructs render.
 *
 * Ownership is exact: `hahn` owns `kommunen-hahn-admin`, never `kommunen-hahn-am-see-admin`. The
 * only non-enumerated ownerships are ranges and subtrees that a tenant holds as a whole: its VM ID
 * range, its address block, its Vault namespace (namespace isolation) and the users of a realm the
 * tenant owns.
 */
import type { LockFile, SegmentName } from './parameters';
import type { TenantSpec } from './spec';
import { SEGMENT_NAMES } from './catalogue';
import { segmentIpSetName, segmentSecurityGroupName } from './codes';
import { pveDirectoryGroupId, tenantPipelineTokenId, tenantPipelineUserId } from './pve-names';
import { DIRECTORY_LOGIN_ROLES, tenantCiRoleOf, tenantDirectoryRoleName, tenantRootOfSpec, tenantVaultPolicyName, VAULT_POLICY_ROLES } from './vault-names';

/**
 * The kinds of objects the registry knows. Vault IDs are qualified with their namespace
 * (`<namespace>/<name>`, no namespace: the root namespace).
 */
export type FootprintKind =
  | 'pve-pool'
  | 'pve-zone'
  | 'pve-vnet'
  | 'pve-subnet'
  | 'pve-storage'
  | 'pbs-namespace'
  | 'pve-group'
  | 'pve-realm'
  | 'pve-user'
  | 'pve-token'
  | 'pve-acl-path'
  | 'pve-security-group'
  | 'pve-ipset'
  | 'vault-namespace'
  | 'vault-mount'
  | 'vault-path'
  | 'vault-policy'
  | 'vault-auth-role'
  | 'vault-pki-role'
  | 'pki-domain'
  | 'directory-group'
  | 'state-key';

/** Every kind, in a fixed order. */
export const FOOTPRINT_KINDS: readonly FootprintKind[] = [
  'pve-pool', 'pve-zone', 'pve-vnet', 'pve-subnet', 'pve-storage', 'pbs-namespace', 'pve-group', 'pve-realm', 'pve-user', 'pve-token',
  'pve-acl-path', 'pve-security-group', 'pve-ipset', 'vault-namespace', 'vault-mount', 'vault-path', 'vault-policy', 'vault-auth-role',
  'vault-pki-role', 'pki-domain', 'directory-group', 'state-key',
];

/** The owner `ownerOf` reports for objects of the platform stack. */
export const PLATFORM_OWNER = 'platform';

/** What one owner (a tenant or the platform) holds. Plain data, IDs sorted. */
export interface Footprint {
  /** Tenant key, or `platform`. */
  readonly owner: string;
  /** Exact IDs per kind. */
  readonly ids: Readonly<Record<FootprintKind, readonly string[]>>;
  /** The tenant's VM ID range (every ID inside it is the tenant's). */
  readonly vmIds?: { readonly start: number; readonly end: number };
  /** The tenant's address block (every subnet inside it is the tenant's). */
  readonly block?: string;
  /** The tenant's Vault namespace (namespace isolation): the whole subtree is the tenant's. */
  readonly vaultNamespace?: string;
}

/** A tenant's footprint, with the tenant facts the guard needs beyond ownership. */
export interface TenantFootprint extends Footprint {
  readonly code: string;
  readonly zoneId: string;
  readonly zoneOwned: boolean;
  /** Storages the fleet lets every tenant pool have as members (compute.guestStorages): shared, owned by nobody. */
  readonly guestStorages: readonly string[];
  /** The platform intermediate's mount (root namespace) that holds the tenant's PKI role. */
  readonly pkiMount: string;
  readonly pkiRole: string;
}

/** Segments the lock ever allocated to a tenant (retired ones included), by segment name. */
export type AllocatedSegments = Readonly<Partial<Record<SegmentName, { readonly vnet: string; readonly cidr: string }>>>;

const qualify = (namespace: string | undefined, name: string): string => (namespace === undefined || namespace === '' ? name : `${namespace.replace(/^\/+|\/+$/g, '')}/${name}`);
const trim = (s: string): string => s.replace(/^\/+|\/+$/g, '');

/** KV v2 operation prefixes a tenant owns below its KV path prefix (path isolation). */
export const KV_OPERATIONS: readonly string[] = ['data', 'metadata', 'delete', 'undelete', 'destroy'];

function emptyIds(): Record<FootprintKind, string[]> {
  return Object.fromEntries(FOOTPRINT_KINDS.map((k) => [k, []])) as unknown as Record<FootprintKind, string[]>;
}

function sealIds(ids: Record<FootprintKind, string[]>): Readonly<Record<FootprintKind, readonly string[]>> {
  for (const k of FOOTPRINT_KINDS) ids[k] = [...new Set(ids[k])].sort();
  return ids;
}

/**
 * The footprint of one tenant. `allocated` (from the lock) adds the segments the tenant had
 * before and no longer renders: their vnets, subnets, security groups and IP sets stay the
 * tenant's, so a plan that deletes a retired segment is recognised as the tenant's own change.
 */
export function tenantFootprint(spec: TenantSpec, allocated?: AllocatedSegments): TenantFootprint {
  const ids = emptyIds();
  const zone = spec.network.zone;
  const zoneOwned = zone.owner === 'tenant';
  ids['pve-pool'].push(spec.compute.pool);
  ids['pve-acl-path'].push(`/pool/${spec.compute.pool}`, `/storage/${spec.backup.storageId}`);
  if (zoneOwned) {
    ids['pve-zone'].push(zone.id);
    ids['pve-acl-path'].push(`/sdn/zones/${zone.id}`);
  }
  const segments = new Map<SegmentName, { vnet: string; cidr: string }>();
  for (const name of SEGMENT_NAMES) {
    const a = allocated?.[name];
    if (a !== undefined) segments.set(name, { vnet: a.vnet, cidr: a.cidr });
    const s = spec.network.segments[name];
    if (s !== undefined) segments.set(name, { vnet: s.vnetId, cidr: s.cidr });
  }
  for (const [name, s] of segments) {
    ids['pve-vnet'].push(s.vnet);
    ids['pve-subnet'].push(s.cidr);
    ids['pve-acl-path'].push(`/sdn/zones/${zone.id}/${s.vnet}`);
    ids['pve-security-group'].push(spec.network.segments[name]?.securityGroup ?? segmentSecurityGroupName(spec.code, name));
    ids['pve-ipset'].push(spec.network.segments[name]?.ipSetName ?? segmentIpSetName(spec.code, name));
  }
  ids['pve-storage'].push(spec.backup.storageId);
  ids['pbs-namespace'].push(spec.backup.namespace);
  const realm = spec.identity.realm;
  if (realm.owner === 'tenant') ids['pve-realm'].push(realm.id);
  for (const g of Object.values(spec.identity.groups)) ids['pve-group'].push(g);
  // TenantAccess renders one group per mapped directory group (lib/identity/tenant-access.ts).
  for (const d of Object.values(spec.identity.directoryGroups)) ids['pve-group'].push(pveDirectoryGroupId(d, realm.id));
  ids['pve-user'].push(tenantPipelineUserId(spec.key));
  ids['pve-token'].push(tenantPipelineTokenId(spec.key));

  const v = spec.vault;
  const ns = v.isolation === 'namespace' ? v.namespace : undefined;
  const root = tenantRootOfSpec(spec);
  if (ns !== undefined) {
    ids['vault-namespace'].push(trim(ns));
    ids['vault-mount'].push(qualify(ns, trim(v.kvMount)));
    ids['vault-path'].push(`${trim(ns)}/`);
    // The PKI issuing policy lives in the root namespace (the platform intermediate is a root mount).
    ids['vault-policy'].push(tenantVaultPolicyName(root, spec.key, 'pki'));
  } else {
    for (const op of KV_OPERATIONS) ids['vault-path'].push(`${trim(v.kvMount)}/${op}/${trim(v.pathPrefix)}/`);
  }
  ids['vault-path'].push(`${trim(v.pkiMount)}/issue/${v.pkiRole}`, `${trim(v.pkiMount)}/roles/${v.pkiRole}`);
  for (const role of VAULT_POLICY_ROLES) ids['vault-policy'].push(qualify(ns, v.policies[role]));
  // The CI role is in the platform's CI mount (root namespace); the directory login roles are in
  // the tenant's namespace (namespace isolation) or the platform's directory mount (root).
  ids['vault-auth-role'].push(tenantCiRoleOf(spec));
  for (const role of DIRECTORY_LOGIN_ROLES) ids['vault-auth-role'].push(qualify(ns, tenantDirectoryRoleName(spec.key, role)));
  ids['vault-pki-role'].push(`${trim(v.pkiMount)}/${v.pkiRole}`);
  ids['pki-domain'].push(v.allowedDomain.toLowerCase());
  // Directory groups of the platform directory (shared by every tenant of source `platform`); a
  // tenant with its own directory names groups of its own realm, which no other tenant shares.
  if (spec.identity.source === 'platform') for (const d of Object.values(spec.identity.directoryGroups)) ids['directory-group'].push(d);
  ids['state-key'].push(spec.key);
  return {
    owner: spec.key,
    ids: sealIds(ids),
    vmIds: { start: spec.compute.vmIds.start, end: spec.compute.vmIds.end },
    block: spec.network.block,
    ...(ns !== undefined ? { vaultNamespace: trim(ns) } : {}),
    code: spec.code,
    zoneId: zone.id,
    zoneOwned,
    guestStorages: [...spec.compute.guestStorages].sort(),
    pkiMount: trim(v.pkiMount),
    pkiRole: v.pkiRole,
  };
}

/**
 * The platform settings the registry reads (a structural subset of the PlatformSpec of
 * lib/blueprint/platform-spec.ts, which satisfies it).
 */
export interface PlatformFootprintInput {
  readonly network: { readonly zoneType: string; readonly zoneId: string };
  readonly metrics: { readonly name: string };
  readonly vault: {
    readonly isolation: string;
    readonly tenantRoot: string;
    readonly sharedKvMount: string;
    readonly pkiIntermediatePath: string;
    readonly ciJwt?: { readonly path: string };
    readonly directoryAuth?: { readonly path: string };
  };
  readonly sharedRealm?: { readonly id: string };
}

/** Zone types with one zone per tenant (lib/model/allocation-scheme.ts hasTenantZone). */
const TENANT_ZONE_TYPES: readonly string[] = ['qinq', 'evpn'];

/** The platform stack's own objects that a tenant plan must never touch. */
export function platformFootprint(platform: PlatformFootprintInput): Footprint {
  const ids = emptyIds();
  if (!TENANT_ZONE_TYPES.includes(platform.network.zoneType) && platform.network.zoneId !== '') {
    ids['pve-zone'].push(platform.network.zoneId);
    ids['pve-acl-path'].push(`/sdn/zones/${platform.network.zoneId}`);
  }
  if (platform.sharedRealm !== undefined) ids['pve-realm'].push(platform.sharedRealm.id);
  const v = platform.vault;
  if (v.isolation === 'path') ids['vault-mount'].push(trim(v.sharedKvMount));
  ids['vault-mount'].push(trim(v.pkiIntermediatePath));
  if (v.ciJwt !== undefined) ids['vault-mount'].push(`auth/${trim(v.ciJwt.path)}`);
  if (v.directoryAuth !== undefined) ids['vault-mount'].push(`auth/${trim(v.directoryAuth.path)}`);
  ids['state-key'].push(PLATFORM_OWNER);
  return { owner: PLATFORM_OWNER, ids: sealIds(ids) };
}

const SET_CACHE = new WeakMap<Footprint, Map<FootprintKind, ReadonlySet<string>>>();

/** True when `id` of `kind` is in the footprint's exact IDs (ranges and subtrees not considered). */
export function footprintHas(fp: Footprint, kind: FootprintKind, id: string): boolean {
  let sets = SET_CACHE.get(fp);
  if (sets === undefined) {
    sets = new Map();
    SET_CACHE.set(fp, sets);
  }
  let set = sets.get(kind);
  if (set === undefined) {
    set = new Set(fp.ids[kind]);
    sets.set(kind, set);
  }
  return set.has(id);
}

/** Options of {@link FootprintRegistry.fromFleet}. */
export interface FootprintRegistryOptions {
  /** The lock: adds every segment ever allocated to a tenant (retired ones included). */
  readonly lock?: LockFile;
  /** The platform settings: adds the platform stack's objects (owner `platform`). */
  readonly platform?: PlatformFootprintInput;
}

/** Every owner's footprint, with exact reverse lookups. */
export class FootprintRegistry {
  /** Builds the registry of a resolved fleet. */
  public static fromFleet(specs: Readonly<Record<string, TenantSpec>>, options: FootprintRegistryOptions = {}): FootprintRegistry {
    const tenants = Object.keys(specs).sort().map((key) => {
      const a = options.lock?.tenants[key];
      return tenantFootprint(specs[key], a?.segments);
    });
    return new FootprintRegistry(tenants, options.platform !== undefined ? platformFootprint(options.platform) : undefined);
  }

  private readonly byKind = new Map<FootprintKind, Map<string, string>>();
  private readonly tenantsByKey = new Map<string, TenantFootprint>();
  private readonly ranges: { start: number; end: number; owner: string }[] = [];
  private readonly realmOwner = new Map<string, string>();
  private readonly namespaceOwner = new Map<string, string>();

  private constructor(tenants: readonly TenantFootprint[], public readonly platform?: Footprint) {
    for (const fp of [...(platform ? [platform] : []), ...tenants]) {
      for (const kind of FOOTPRINT_KINDS) {
        let m = this.byKind.get(kind);
        if (m === undefined) this.byKind.set(kind, (m = new Map()));
        for (const id of fp.ids[kind]) if (!m.has(id)) m.set(id, fp.owner);
      }
      for (const r of fp.ids['pve-realm']) if (!this.realmOwner.has(r)) this.realmOwner.set(r, fp.owner);
      if (fp.vaultNamespace !== undefined) this.namespaceOwner.set(fp.vaultNamespace, fp.owner);
    }
    for (const t of tenants) {
      this.tenantsByKey.set(t.owner, t);
      if (t.vmIds) this.ranges.push({ ...t.vmIds, owner: t.owner });
    }
    this.ranges.sort((a, b) => a.start - b.start);
  }

  /** The tenants' footprints, in key order. */
  public get tenants(): readonly TenantFootprint[] {
    return [...this.tenantsByKey.values()];
  }

  /** One tenant's footprint. */
  public tenant(key: string): TenantFootprint | undefined {
    return this.tenantsByKey.get(key);
  }

  /**
   * Who owns the object: a tenant key, `platform`, or undefined (nobody in this fleet). Exact IDs;
   * in addition a VM ID (kind `pve-acl-path` `/vms/<id>`) is owned through the VM ID ranges, a
   * Proxmox user through the realm it belongs to (`pve-user` `name@realm`), and a qualified Vault
   * ID (`vault-path`, `vault-policy`, `vault-auth-role`, `vault-mount`) through the tenant
   * namespace it lies in.
   */
  public ownerOf(kind: FootprintKind, id: string): string | undefined {
    const exact = this.byKind.get(kind)?.get(id);
    if (exact !== undefined) return exact;
    if (kind === 'pve-acl-path') {
      const vm = /^\/vms\/([0-9]+)$/.exec(id);
      if (vm) return this.vmOwner(Number(vm[1]));
    }
    if (kind === 'pve-user' || kind === 'pve-token') {
      const user = id.split('!')[0];
      const at = user.lastIndexOf('@');
      if (at >= 0) return this.realmOwner.get(user.slice(at + 1));
    }
    if (kind === 'vault-path' || kind === 'vault-policy' || kind === 'vault-auth-role' || kind === 'vault-mount' || kind === 'vault-namespace') {
      const segs = trim(id).split('/');
      for (let i = segs.length; i >= 1; i--) {
        const owner = this.namespaceOwner.get(segs.slice(0, i).join('/'));
        if (owner !== undefined) return owner;
      }
    }
    return undefined;
  }

  /** The tenant whose VM ID range holds `id`. */
  public vmOwner(id: number): string | undefined {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (id < this.ranges[mid].start) hi = mid - 1;
      else if (id > this.ranges[mid].end) lo = mid + 1;
      else return this.ranges[mid].owner;
    }
    return undefined;
  }
}
