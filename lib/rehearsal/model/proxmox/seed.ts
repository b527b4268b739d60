/**
 * The Proxmox VE (+ PBS) datacenter as it exists before any terraform runs: nodes, storages,
 * root@pam, the PBS datastore, and the provisioning identities a platform engineer creates by hand
 * (one user + API token for the platform stack, one for the tenant stacks), each with custom roles
 * holding exactly the privileges their stacks need on the paths they need (derived from the API
 * table in calls.ts; the reasons are next to each grant).
 *
 * Seeded objects live under types starting with `_pve_` (bookkeeping the engine never serves as a
 * terraform resource). The token secrets below are rehearsal-only values: obviously fake, never a
 * credential of any real system.
 */
import type { DatacenterStore } from '../api';
import { TEMPLATE_CLONE_ROLE_ID } from '../../../identity/template-access';

/** Seeded types (all start with `_`, see DatacenterStore). */
export const SEED_TYPES = {
  node: '_pve_node',
  storage: '_pve_storage',
  user: '_pve_user',
  group: '_pve_group',
  token: '_pve_token',
  role: '_pve_role',
  acl: '_pve_acl',
  realm: '_pve_realm',
  pbsDatastore: '_pbs_datastore',
} as const;

/**
 * The rehearsal's fixed clock (epoch seconds, 2026-01-01T00:00:00Z): user and token expiry are
 * evaluated against it, so the model never reads the wall clock.
 */
export const REHEARSAL_NOW = 1767225600;

/** One grant of a provisioning identity: a custom role with these privileges on a path, for the user and (privilege-separated) its token. */
export interface SeedGrant {
  readonly path: string;
  readonly propagate: boolean;
  readonly roleId: string;
  readonly privileges: readonly string[];
  /** Why: which API calls need it (for the reader; see calls.ts for the citations). */
  readonly reason: string;
}

/** A provisioning identity: a `@pve` user with one privilege-separated API token. */
export interface SeedIdentity {
  readonly userId: string;
  readonly tokenName: string;
  /** The token secret (rehearsal-only). */
  readonly secret: string;
  readonly grants: readonly SeedGrant[];
}

/** A storage as storage.cfg holds it. */
export interface SeedStorage {
  readonly id: string;
  readonly type: string;
  readonly content: readonly string[];
  /** Shared storages are the same on every node (storage.cfg `shared`, or inherently shared types). */
  readonly shared: boolean;
  /** Mount path for file-based storages (what bpg's SSH upload writes under). */
  readonly path?: string;
}

/** A datastore of a Proxmox Backup Server, with the namespaces that exist in it. */
export interface SeedPbsDatastore {
  readonly server: string;
  readonly datastore: string;
  readonly namespaces: readonly string[];
}

/** A template guest that exists before terraform runs (built by the platform's image pipeline), which tenant guests clone from. */
export interface SeedGuestTemplate {
  readonly vmid: number;
  readonly node: string;
  /** `qemu` (default) or `lxc`. */
  readonly kind?: 'qemu' | 'lxc';
  /** The storage of each of its disks (a full clone allocates one disk per entry on the target storage). */
  readonly diskStorages: readonly string[];
  /** The bridges/vnets of its NICs (a clone keeps them: SDN.Use is checked on each). */
  readonly bridges?: readonly string[];
}

/** What `seedProxmox` writes. */
export interface ProxmoxSeed {
  readonly nodes: readonly string[];
  readonly storages: readonly SeedStorage[];
  readonly realms: readonly string[];
  readonly pbs: readonly SeedPbsDatastore[];
  readonly platform: SeedIdentity;
  readonly tenant: SeedIdentity;
  /**
   * The cluster's limits (limits.ts), where they differ from the defaults (e.g. a cluster's own
   * storage budget). Written as one `_pve_cluster_limits` object.
   * @default - DEFAULT_CLUSTER_LIMITS
   */
  readonly limits?: Readonly<Record<string, number>>;
  /**
   * Template guests tenant stacks clone from, owned by the platform (in no tenant pool). The seed
   * grants nothing on them: the tenant identity may clone a template only when its `grants` say so
   * (`fleetDatacenterSeed` adds lib/identity/template-access.ts `templateCloneGrants`: VM.Clone
   * and VM.Audit on /vms/<vmid>, qemu-server API2/Qemu.pm clone_vm L4337-4346).
   * @default - none
   */
  readonly templates?: readonly SeedGuestTemplate[];
  /**
   * Volumes that exist on storages before terraform runs, e.g. container OS templates
   * (`local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`).
   * @default - none
   */
  readonly templateFiles?: readonly string[];
}

/** The platform stack's identity (token ID `terraform-platform@pve!rehearsal`). */
export const PLATFORM_IDENTITY: SeedIdentity = {
  userId: 'terraform-platform@pve',
  tokenName: 'rehearsal',
  secret: '00000000-0000-4000-8000-rehearsal-platform',
  grants: [
    {
      path: '/',
      propagate: false,
      roleId: 'ProvisionPlatformCluster',
      privileges: ['Sys.Audit', 'Sys.Modify'],
      reason:
        'cluster firewall options (PUT/GET /cluster/firewall/options) and metric servers (POST/GET /cluster/metrics/server) check Sys.Modify / Sys.Audit on "/" exactly; PVE has no narrower path for them',
    },
    {
      path: '/access',
      propagate: false,
      roleId: 'ProvisionPlatformRoles',
      privileges: ['Sys.Modify'],
      reason: 'custom roles (POST/PUT/DELETE /access/roles) check Sys.Modify on /access',
    },
    {
      path: '/access/realm',
      propagate: false,
      roleId: 'ProvisionPlatformRealms',
      privileges: ['Realm.Allocate'],
      reason: 'the shared OpenID realm (POST/GET /access/domains) checks Realm.Allocate on /access/realm',
    },
    {
      path: '/access/realm',
      propagate: true,
      roleId: 'ProvisionPlatformRealmSync',
      privileges: ['Realm.AllocateUser'],
      reason:
        'CLUSTER-WIDE for realms: `kommunal realm-sync-jobs` creates and updates the scheduled sync job of every tenant LDAP realm; POST and PUT /cluster/jobs/realm-sync/<id> check Realm.AllocateUser on /access/realm/{realm} (pve-access-control API2/Jobs/RealmSync.pm L158-166, L213-221), and a PUT carries no realm (fixed option), so the path is /access/realm/- (pve-common Tools.pm template_replace L334-345): only a propagated grant on /access/realm covers it',
    },
    {
      path: '/access/groups',
      propagate: false,
      roleId: 'ProvisionPlatformRealmSyncGroups',
      privileges: ['User.Modify'],
      reason:
        'CLUSTER-WIDE for all groups: the same realm-sync job calls check User.Modify on /access/groups (pve-access-control API2/Jobs/RealmSync.pm L164, L219); listing the jobs needs Sys.Audit on / and deleting one Sys.Modify on / (L40, L265), which the platform holds already',
    },
    {
      path: '/sdn',
      propagate: true,
      roleId: 'ProvisionPlatformSdn',
      privileges: ['SDN.Allocate'],
      reason:
        'SDN apply (PUT /cluster/sdn) on /sdn, the EVPN controller on /sdn/controllers, a shared zone on /sdn/zones and its read-back on /sdn/zones/<zone>',
    },
  ],
};

/**
 * The privileges of the platform roles a tenant stack hands out on its pool (KommunalAdmin is the
 * union of KommunalAdmin, KommunalAuditor, KommunalOperator and KommunalPipeline as the blueprint
 * synthesizes them today). PUT /access/acl without Permissions.Modify only lets the caller grant a
 * role whose privileges it holds itself, propagated (pve-access-control API2/ACL.pm L190-213).
 */
const POOL_ROLE_PRIVILEGES: readonly string[] = [
  'Datastore.AllocateSpace',
  'Datastore.Audit',
  'Pool.Audit',
  'SDN.Audit',
  'SDN.Use',
  'VM.Allocate',
  'VM.Audit',
  'VM.Backup',
  'VM.Clone',
  'VM.Config.CDROM',
  'VM.Config.CPU',
  'VM.Config.Cloudinit',
  'VM.Config.Disk',
  'VM.Config.HWType',
  'VM.Config.Memory',
  'VM.Config.Network',
  'VM.Config.Options',
  'VM.Console',
  'VM.PowerMgmt',
  'VM.Snapshot',
  'VM.Snapshot.Rollback',
];

/**
 * The identity of every tenant stack (token ID `terraform-tenants@pve!rehearsal`), as narrow as PVE
 * allows. Where PVE only offers a cluster-wide privilege the grant says so.
 */
export const TENANT_IDENTITY: SeedIdentity = {
  userId: 'terraform-tenants@pve',
  tokenName: 'rehearsal',
  secret: '00000000-0000-4000-8000-rehearsal-tenants',
  grants: [
    {
      path: '/',
      propagate: false,
      roleId: 'ProvisionTenantCluster',
      privileges: ['Sys.Audit', 'Sys.Console', 'Sys.Modify'],
      reason:
        'CLUSTER-WIDE, PVE offers nothing narrower: backup jobs (POST/PUT/DELETE /cluster/backup, pve-manager API2/Backup.pm L250-251, L487-488, L416-418) and cluster firewall security groups, their rules and IP sets (pve-firewall Firewall.pm L1962-1965) check Sys.Modify on "/"; their read-back Sys.Audit on "/"; HA resources of tenant guests (POST/PUT/DELETE /cluster/ha/resources) check Sys.Console on "/" (pve-ha-manager API2/HA/Resources.pm L180-183, L236-240, L284-288). Not propagated, so it does not reach /nodes (node consoles) or /access.',
    },
    {
      path: '/access/groups',
      propagate: false,
      roleId: 'ProvisionTenantGroups',
      privileges: ['Group.Allocate', 'Sys.Audit', 'User.Modify'],
      reason:
        'CLUSTER-WIDE for all groups: groups (POST/GET/PUT/DELETE /access/groups) check Group.Allocate / Sys.Audit on /access/groups (not per group); users, tokens and realm sync check User.Modify on /access/groups (userid-group, RPCEnvironment.pm L497-533)',
    },
    {
      path: '/access/realm',
      propagate: true,
      roleId: 'ProvisionTenantRealms',
      privileges: ['Realm.Allocate', 'Realm.AllocateUser'],
      reason:
        'CLUSTER-WIDE for realms: a tenant directory realm (POST /access/domains) checks Realm.Allocate on /access/realm; users of realm pve and realm sync check Realm.AllocateUser on /access/realm/<realm>',
    },
    {
      path: '/pool',
      propagate: true,
      roleId: 'ProvisionTenantPools',
      privileges: ['Pool.Allocate', ...POOL_ROLE_PRIVILEGES].sort(),
      reason:
        'pools (POST /pools) check Pool.Allocate on /pool/<id> (pool IDs are not known in advance, so on /pool); ACLs on /pool/<id> need Pool.Allocate (perm-modify) and every privilege of the granted roles, propagated; backup jobs need VM.Backup on /pool/<id>',
    },
    {
      path: '/storage',
      propagate: true,
      roleId: 'ProvisionTenantStorage',
      privileges: ['Datastore.Allocate', 'Datastore.AllocateSpace', 'Datastore.Audit'],
      reason:
        'PBS storages (POST /storage checks Datastore.Allocate on /storage, read-back on /storage/<id>); backup jobs and bpg file uploads check Datastore.Allocate on /storage/<id>; ACLs on /storage/<id> hand out KommunalBackupUser (Datastore.AllocateSpace, Datastore.Audit); adding a guest storage to the tenant pool (PUT /pools storage=<id>) checks Permissions.Modify or Datastore.Allocate on /storage/<id> (pve-manager API2/Pool.pm L361, pac RPCEnvironment.pm check_perm_modify L442-457)',
    },
    {
      path: '/sdn',
      propagate: false,
      roleId: 'ProvisionTenantSdnApply',
      privileges: ['SDN.Allocate'],
      reason:
        'CLUSTER-WIDE, PVE offers nothing narrower: each tenant stack applies its own SDN changes (NetworkSegments applier pair), and PUT /cluster/sdn checks SDN.Allocate on /sdn (pve-network API2/Network/SDN.pm L267-269); it applies every pending SDN change of the cluster. Not propagated: the zones are granted below',
    },
    {
      path: '/sdn/zones',
      propagate: true,
      roleId: 'ProvisionTenantSdn',
      privileges: ['Permissions.Modify', 'SDN.Allocate', 'SDN.Use'],
      reason:
        'zones, vnets, subnets check SDN.Allocate on /sdn/zones[/<zone>[/<vnet>]]; ACLs on /sdn/zones/<zone>/<vnet> need Permissions.Modify (perm-modify has no alternative privilege for SDN paths, RPCEnvironment.pm L442-457); a guest NIC on a vnet checks SDN.Use on /sdn/zones/<zone>/<vnet> (qemu-server QemuServer.pm check_bridge_access L6417-6430, pve-container API2/LXC.pm L443)',
    },
  ],
};

/** The default datacenter: three nodes, local + local-lvm + a shared CephFS that allows snippets, one PBS datastore. */
export const DEFAULT_PROXMOX_SEED: ProxmoxSeed = {
  nodes: ['pve1', 'pve2', 'pve3'],
  storages: [
    { id: 'local', type: 'dir', content: ['backup', 'iso', 'vztmpl'], shared: false, path: '/var/lib/vz' },
    { id: 'local-lvm', type: 'lvmthin', content: ['images', 'rootdir'], shared: false },
    { id: 'cephfs', type: 'cephfs', content: ['backup', 'iso', 'snippets', 'vztmpl'], shared: true, path: '/mnt/pve/cephfs' },
  ],
  realms: ['pam', 'pve'],
  pbs: [{ server: 'pbs1.platform.example.org', datastore: 'kommunen', namespaces: [] }],
  platform: PLATFORM_IDENTITY,
  tenant: TENANT_IDENTITY,
};

/** The role a fleet's seed grants the tenant identity on each template guest (VM.Clone, VM.Audit; lib/identity/template-access.ts). */
export const TEMPLATE_CLONE_ROLE = TEMPLATE_CLONE_ROLE_ID;

/** The full token ID of an identity (`user@realm!token`). */
export function identityTokenId(identity: SeedIdentity): string {
  return `${identity.userId}!${identity.tokenName}`;
}

/** The value of the provider's `api_token` (or PROXMOX_VE_API_TOKEN) for an identity. */
export function identityApiToken(identity: SeedIdentity): string {
  return `${identityTokenId(identity)}=${identity.secret}`;
}

/** Writes the seed into a datacenter store (idempotent: the same seed writes the same objects). */
export function seedProxmox(store: DatacenterStore, seed: ProxmoxSeed = DEFAULT_PROXMOX_SEED): void {
  const put = (typeName: string, id: string, attributes: Record<string, unknown>): void => store.put({ typeName, id, schemaVersion: 0, attributes });
  for (const n of seed.nodes) put(SEED_TYPES.node, n, { node: n });
  for (const s of seed.storages) put(SEED_TYPES.storage, s.id, { id: s.id, type: s.type, content: [...s.content], shared: s.shared, path: s.path ?? null });
  for (const r of seed.realms) put(SEED_TYPES.realm, r, { realm: r });
  if (seed.limits !== undefined) put('_pve_cluster_limits', 'limits', { ...seed.limits });
  for (const t of seed.templates ?? []) {
    // Written in the shape guests.ts reads (`_pve_guest_template`); who may clone it is up to the grants.
    put('_pve_guest_template', String(t.vmid), { vmid: t.vmid, node: t.node, kind: t.kind ?? 'qemu', disk_storages: [...t.diskStorages], bridges: [...(t.bridges ?? [])] });
  }
  for (const v of seed.templateFiles ?? []) put('_pve_template_file', v, { volid: v });
  for (const d of seed.pbs) put(SEED_TYPES.pbsDatastore, `${d.server}:${d.datastore}`, { server: d.server, datastore: d.datastore, namespaces: [...d.namespaces] });
  // AccessControl.pm userconfig_force_defaults (L1386-1402): root@pam always exists and is enabled.
  put(SEED_TYPES.user, 'root@pam', { user_id: 'root@pam', enabled: true, expire: 0, groups: [] });
  for (const identity of [seed.platform, seed.tenant]) {
    put(SEED_TYPES.user, identity.userId, { user_id: identity.userId, enabled: true, expire: 0, groups: [] });
    const tokenId = identityTokenId(identity);
    put(SEED_TYPES.token, tokenId, { token_id: tokenId, user_id: identity.userId, privsep: true, expire: 0, secret: identity.secret });
    for (const g of identity.grants) {
      put(SEED_TYPES.role, g.roleId, { role_id: g.roleId, privileges: [...g.privileges] });
      for (const [kind, ugid] of [
        ['user_id', identity.userId],
        ['token_id', tokenId],
      ] as const) {
        put(SEED_TYPES.acl, `${g.path}|${kind}=${ugid}|${g.roleId}`, { path: g.path, propagate: g.propagate, role_id: g.roleId, [kind]: ugid });
      }
    }
  }
}
