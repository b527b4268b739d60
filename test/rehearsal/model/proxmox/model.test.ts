/**
 * The Proxmox VE model's rules against the cited server behaviour (citations in
 * lib/rehearsal/model/proxmox/calls.ts and model.ts).
 */
import {
  DEFAULT_PROXMOX_SEED,
  PLATFORM_IDENTITY,
  PROXMOX_TYPES as T,
  TENANT_IDENTITY,
  authenticateProxmox,
  identityApiToken,
  pendingSdnChanges,
  proxmoxModel,
  seedProxmox,
} from '../../../../lib/rehearsal/model/proxmox';
import { accessFromView } from '../../../../lib/rehearsal/model/proxmox/access';
import { fleetClusterModels, fleetDatacenterSeed } from '../../../../lib/rehearsal/identities';
import { exampleModel } from '../../../helpers/fleet';
import { MemoryStore, apply, callerOf, seeded, texts } from './helpers';

describe('authenticate (bpg api_token / PROXMOX_VE_API_TOKEN, AccessControl.pm verify_token)', () => {
  it('accepts the seeded tokens from the config or, when the config is null, from the environment', () => {
    const s = seeded();
    const fromConfig = authenticateProxmox({ api_token: identityApiToken(PLATFORM_IDENTITY) }, {}, s);
    expect(fromConfig).toEqual({ caller: { kind: 'proxmox', userId: PLATFORM_IDENTITY.userId, tokenId: `${PLATFORM_IDENTITY.userId}!rehearsal`, ssh: false } });
    const fromEnv = authenticateProxmox({ api_token: null }, { PROXMOX_VE_API_TOKEN: identityApiToken(TENANT_IDENTITY) }, s);
    expect('caller' in fromEnv && fromEnv.caller.tokenId).toBe('terraform-tenants@pve!rehearsal');
  });

  it('refuses a wrong secret, an unknown token, a malformed value, a missing token', () => {
    const s = seeded();
    const err = (config: Record<string, unknown>, env: Record<string, string> = {}): string => {
      const r = authenticateProxmox(config, env, s);
      return 'error' in r ? r.error.summary : 'accepted';
    };
    expect(err({ api_token: 'terraform-tenants@pve!rehearsal=wrong' })).toBe('authentication failure: invalid token value!');
    expect(err({ api_token: 'terraform-tenants@pve!other=x' })).toBe("authentication failure: no such token 'other' for user 'terraform-tenants@pve'");
    expect(err({ api_token: 'nobody@pve!tok=x' })).toBe("authentication failure: no such user ('nobody@pve')");
    expect(err({ api_token: 'no-equals-sign' })).toBe('authentication failure: no tokenid specified');
    expect(err({ api_token: null })).toMatch(/API tokens only/);
  });

  it('accepts a token a stack created (proxmox_user_token.value is "<id>=<secret>") and reports SSH credentials', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(apply(s, root, T.user, 'ci@pve', { user_id: 'ci@pve', enabled: true })).toEqual([]);
    expect(apply(s, root, T.token, 'ci@pve!terraform', { user_id: 'ci@pve', token_name: 'terraform', value: 'ci@pve!terraform=s3cr3t-rehearsal' })).toEqual([]);
    const r = authenticateProxmox({ api_token: 'ci@pve!terraform=s3cr3t-rehearsal', ssh: [{ username: 'root', agent: true }] }, {}, s);
    expect(r).toEqual({ caller: { kind: 'proxmox', userId: 'ci@pve', tokenId: 'ci@pve!terraform', ssh: true } });
    // A disabled user's token no longer authenticates.
    expect(apply(s, root, T.user, 'ci@pve', { user_id: 'ci@pve', enabled: false })).toEqual([]);
    const after = authenticateProxmox({ api_token: 'ci@pve!terraform=s3cr3t-rehearsal' }, {}, s);
    expect('error' in after && after.error.summary).toBe("authentication failure: user 'ci@pve' is disabled");
  });
});

describe('privileges of the seeded identities', () => {
  it('the tenant identity cannot touch the cluster-wide SDN controller or custom roles', () => {
    const s = seeded();
    const tenant = callerOf(s, 'tenant');
    expect(texts(apply(s, tenant, T.controllerEvpn, 'evpn1', { id: 'evpn1', asn: 65000, peers: ['192.0.2.1'] }))).toEqual([
      'Permission check failed (/sdn/controllers, SDN.Allocate) [POST /api2/json/cluster/sdn/controllers: HTTP 403]',
    ]);
    expect(texts(apply(s, tenant, T.role, 'X', { role_id: 'X', privileges: ['VM.Audit'] }))).toEqual(['Permission check failed (/access, Sys.Modify) [POST /api2/json/access/roles: HTTP 403]']);
  });

  it('the platform identity cannot create tenant pools', () => {
    const s = seeded();
    expect(texts(apply(s, callerOf(s, 'platform'), T.pool, 'kom-a', { pool_id: 'kom-a' }))).toEqual(['Permission check failed (/pool/kom-a, Pool.Allocate) [POST /api2/json/pools: HTTP 403]']);
  });

  it('a token created by a stack has only what its own ACLs grant (privilege separation)', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    apply(s, root, T.user, 'ci@pve', { user_id: 'ci@pve', enabled: true });
    apply(s, root, T.token, 'ci@pve!terraform', { user_id: 'ci@pve', token_name: 'terraform', value: 'ci@pve!terraform=x-rehearsal', privileges_separation: true });
    apply(s, root, T.acl, 'u', { path: '/pool', role_id: 'PVEPoolAdmin', propagate: true, user_id: 'ci@pve' });
    const ci = { kind: 'proxmox' as const, userId: 'ci@pve', tokenId: 'ci@pve!terraform' };
    expect(texts(apply(s, ci, T.pool, 'p1', { pool_id: 'p1' }))).toEqual(['Permission check failed (/pool/p1, Pool.Allocate) [POST /api2/json/pools: HTTP 403]']);
    apply(s, root, T.acl, 't', { path: '/pool', role_id: 'PVEPoolAdmin', propagate: true, token_id: 'ci@pve!terraform' });
    expect(apply(s, ci, T.pool, 'p1', { pool_id: 'p1' })).toEqual([]);
  });
});

describe('references and IDs', () => {
  it('an ACL needs its role, group, user and token to exist at that moment', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.acl, 'a', { path: '/pool/p', role_id: 'KommunalAdmin', propagate: true, group_id: 'g' }))).toEqual(["role 'KommunalAdmin' does not exist [PUT /api2/json/access/acl]"]);
    expect(texts(apply(s, root, T.acl, 'a', { path: '/pool/p', role_id: 'PVEAuditor', propagate: true, group_id: 'g' }))).toEqual(["group 'g' does not exist [PUT /api2/json/access/acl]"]);
    expect(texts(apply(s, root, T.acl, 'a', { path: '/pool/p', role_id: 'PVEAuditor', propagate: true, user_id: 'x@pve' }))).toEqual(["user 'x@pve' does not exist [PUT /api2/json/access/acl]"]);
    expect(texts(apply(s, root, T.acl, 'a', { path: '/pool/p', role_id: 'PVEAuditor', propagate: true, token_id: 'root@pam!nope' }))).toEqual(["no such token 'nope' for user 'root@pam' [PUT /api2/json/access/acl]"]);
    expect(texts(apply(s, root, T.acl, 'a', { path: '/nowhere', role_id: 'PVEAuditor', propagate: true, user_id: 'root@pam' }))).toEqual([
      "Parameter verification failed. [path: invalid ACL path '/nowhere'; PUT /api2/json/access/acl]",
    ]);
  });

  it('without Permissions.Modify an ACL may only hand out a role whose privileges the caller holds, propagated', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    apply(s, root, T.group, 'g', { group_id: 'g' });
    apply(s, root, T.role, 'Big', { role_id: 'Big', privileges: ['Sys.Modify', 'Pool.Audit'] });
    const tenant = callerOf(s, 'tenant');
    expect(texts(apply(s, tenant, T.acl, 'a', { path: '/pool/p', role_id: 'Big', propagate: true, group_id: 'g' }))).toEqual([
      "Parameter verification failed. [role: Cannot add role 'Big' - requires 'Permissions.Modify' or superset of privileges.; PUT /api2/json/access/acl]",
    ]);
    expect(apply(s, tenant, T.acl, 'b', { path: '/pool/p', role_id: 'PVEPoolUser', propagate: true, group_id: 'g' })).toEqual([]);
    // On SDN paths perm-modify has no alternative to Permissions.Modify, which the tenant identity holds there.
    expect(apply(s, tenant, T.acl, 'c', { path: '/sdn/zones/z1/v1', role_id: 'PVESDNUser', propagate: true, group_id: 'g' })).toEqual([]);
  });

  it('IDs are unique datacenter-wide, worded as the server does', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(apply(s, root, T.pool, 'stackA:pool', { pool_id: 'kom-a' })).toEqual([]);
    expect(texts(apply(s, root, T.pool, 'stackB:pool', { pool_id: 'kom-a' }))).toEqual(["pool 'kom-a' already exists [POST /api2/json/pools]"]);
    expect(apply(s, root, T.group, 'g1', { group_id: 'admins' })).toEqual([]);
    expect(texts(apply(s, root, T.group, 'g2', { group_id: 'admins' }))).toEqual(["group 'admins' already exists [POST /api2/json/access/groups]"]);
    expect(texts(apply(s, root, T.role, 'r', { role_id: 'PVEAdmin', privileges: [] }))).toEqual(["role 'PVEAdmin' already exists [POST /api2/json/access/roles]"]);
    expect(texts(apply(s, root, T.storagePbs, 'st', { id: 'cephfs', server: 'pbs1.platform.example.org', datastore: 'kommunen' }))).toEqual(["storage ID 'cephfs' already defined [POST /api2/json/storage]"]);
    expect(apply(s, root, T.ipset, 'i1', { name: 'net-a', cidr: [] })).toEqual([]);
    expect(texts(apply(s, root, T.ipset, 'i2', { name: 'net-a', cidr: [] }))).toEqual(["Parameter verification failed. [name: IPSet 'net-a' does already exist; POST /api2/json/cluster/firewall/ipset]"]);
    expect(apply(s, root, T.securityGroup, 'sg1', { name: 'sg-a', rule: [] })).toEqual([]);
    expect(texts(apply(s, root, T.securityGroup, 'sg2', { name: 'sg-a', rule: [] }))).toEqual(["Parameter verification failed. [group: Security group 'sg-a' already exists; POST /api2/json/cluster/firewall/groups]"]);
  });

  it('SDN zone and vnet IDs follow pve-sdn-zone-id / pve-sdn-vnet-id', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.zoneSimple, 'z', { id: 'zone-one' }))).toEqual(['Parameter verification failed. [zone: value does not match the regex pattern; POST /api2/json/cluster/sdn/zones]']);
    expect(texts(apply(s, root, T.zoneSimple, 'z', { id: 'zonenine9' }))).toEqual(['Parameter verification failed. [zone: value may only be 8 characters long; POST /api2/json/cluster/sdn/zones]']);
    expect(apply(s, root, T.zoneSimple, 'z', { id: 'zone1' })).toEqual([]);
    expect(texts(apply(s, root, T.vnet, 'v', { id: 'v', zone: 'zone1' }))).toEqual(['Parameter verification failed. [vnet: value does not match the regex pattern; POST /api2/json/cluster/sdn/vnets]']);
  });

  it('a vnet needs its zone, a subnet its vnet; vxlan tags are unique; used objects cannot be deleted', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.vnet, 'v1', { id: 'vnet1', zone: 'zx', tag: 10 }))[0]).toMatch(/^unknown section type/);
    expect(texts(apply(s, root, T.subnet, 'sn', { vnet: 'vnet1', cidr: '10.0.0.0/24' }))).toEqual(["sdn vnet 'vnet1' does not exist [POST /api2/json/cluster/sdn/vnets/vnet1/subnets]"]);
    expect(apply(s, root, T.zoneVxlan, 'zx', { id: 'zx', peers: ['192.0.2.1'] })).toEqual([]);
    expect(texts(apply(s, root, T.vnet, 'v1', { id: 'vnet1', zone: 'zx' }))).toEqual(['Parameter verification failed. [tag: missing vxlan tag; POST /api2/json/cluster/sdn/vnets]']);
    expect(apply(s, root, T.vnet, 'v1', { id: 'vnet1', zone: 'zx', tag: 10 })).toEqual([]);
    expect(texts(apply(s, root, T.vnet, 'v2', { id: 'vnet2', zone: 'zx', tag: 10 }))).toEqual(['Parameter verification failed. [tag: vxlan tag 10 already exist in vnet vnet1 in zone zx ; POST /api2/json/cluster/sdn/vnets]']);
    expect(apply(s, root, T.subnet, 'sn', { vnet: 'vnet1', cidr: '10.0.0.0/24' })).toEqual([]);
    expect(texts(apply(s, root, T.vnet, 'v1', null))).toEqual(["Parameter verification failed. [vnet: Can't delete vnet if subnets exists; DELETE /api2/json/cluster/sdn/vnets/vnet1]"]);
    expect(texts(apply(s, root, T.zoneVxlan, 'zx', null))).toEqual(['zone zx is used by vnet vnet1 [DELETE /api2/json/cluster/sdn/zones/zx]']);
  });

  it('a security group may not contain group rules', () => {
    const s = seeded();
    expect(texts(apply(s, callerOf(s, 'root'), T.securityGroup, 'sg', { name: 'sg1', rule: [{ type: 'group', action: 'other' }] }))).toEqual([
      'Parameter verification failed. [type: security groups not allowed; POST /api2/json/cluster/firewall/groups/sg1]',
    ]);
  });

  it('a security group rule needs the IP sets it names', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    const rule = [{ type: 'in', action: 'ACCEPT', source: '+net-mg', dport: '22', proto: 'tcp' }];
    expect(texts(apply(s, root, T.securityGroup, 'sg', { name: 'sg1', rule }))).toEqual(["Parameter verification failed. [source: no such ipset 'net-mg'; POST /api2/json/cluster/firewall/groups/sg1]"]);
    apply(s, root, T.ipset, 'i', { name: 'net-mg', cidr: [] });
    expect(apply(s, root, T.securityGroup, 'sg', { name: 'sg1', rule })).toEqual([]);
  });

  it('a pool storage member needs Pool.Allocate on the pool and perm-modify on the storage; pool ACLs then reach the storage', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    apply(s, root, T.pool, 'p', { pool_id: 'kom-a' });
    apply(s, root, T.group, 'g', { group_id: 'kom-a-auditors' });
    apply(s, root, T.user, 'u', { user_id: 'aud@pve', groups: ['kom-a-auditors'] });
    apply(s, root, T.acl, 'acl', { path: '/pool/kom-a', role_id: 'PVEDatastoreUser', propagate: true, group_id: 'kom-a-auditors' });
    expect(texts(apply(s, callerOf(s, 'platform'), T.poolMembership, 'm', { pool_id: 'kom-a', storage_id: 'cephfs' }))).toEqual(['Permission check failed (/pool/kom-a, Pool.Allocate) [PUT /api2/json/pools: HTTP 403]']);
    const probe = { typeName: T.file, action: 'create' as const, prior: null, planned: { content_type: 'iso', datastore_id: 'cephfs', node_name: 'pve1' } };
    const aud = { kind: 'proxmox' as const, userId: 'aud@pve' };
    // Before the membership the auditor has nothing on /storage/cephfs; the iso upload needs Datastore.AllocateTemplate either way.
    expect(texts(proxmoxModel.check(probe, aud, s))).toEqual(['Permission check failed (/storage/cephfs, Datastore.AllocateTemplate) [POST /api2/json/nodes/pve1/storage/cephfs/upload: HTTP 403]']);
    expect(apply(s, callerOf(s, 'tenant'), T.poolMembership, 'm', { pool_id: 'kom-a', storage_id: 'cephfs' })).toEqual([]);
    expect(texts(apply(s, callerOf(s, 'tenant'), T.poolMembership, 'm2', { pool_id: 'kom-a', storage_id: 'cephfs' }))).toEqual(["Storage 'cephfs' is already a pool member [PUT /api2/json/pools]"]);
    const access = accessFromView(s);
    expect([...access.privileges('aud@pve', '/storage/cephfs').keys()].sort()).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit']);
  });

  it('a pool with an existing storage member cannot be deleted; the member must go first (pve-manager Pool.pm L522-525)', () => {
    const s = seeded();
    const tenant = callerOf(s, 'tenant');
    apply(s, tenant, T.pool, 'p', { pool_id: 'kom-a' });
    apply(s, tenant, T.pool, 'p2', { pool_id: 'kom-b' });
    expect(apply(s, tenant, T.poolMembership, 'm', { pool_id: 'kom-a', storage_id: 'local-lvm' })).toEqual([]);
    // One storage may be a member of many pools: only the pool's own members are compared.
    expect(apply(s, tenant, T.poolMembership, 'm2', { pool_id: 'kom-b', storage_id: 'local-lvm' })).toEqual([]);
    expect(texts(apply(s, tenant, T.pool, 'p', null))).toEqual(["pool 'kom-a' is not empty (contains storage 'local-lvm') [DELETE /api2/json/pools?poolid=kom-a]"]);
    expect(apply(s, tenant, T.poolMembership, 'm', null)).toEqual([]);
    expect(apply(s, tenant, T.pool, 'p', null)).toEqual([]);
  });

  it('a backup job needs its pool to exist (worded as check_pool_exist does) and VM.Backup on it', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.backupJob, 'j', { id: 'job1', pool: 'kom-a', storage: 'cephfs', schedule: 'daily' }))).toEqual([
      "Permission check failed (pool 'kom-a' does not exist) [HTTP 403; POST /api2/json/cluster/backup]",
    ]);
    apply(s, root, T.pool, 'p', { pool_id: 'kom-a' });
    expect(apply(s, root, T.backupJob, 'j', { id: 'job1', pool: 'kom-a', storage: 'cephfs', schedule: 'daily' })).toEqual([]);
    // Decommissioning order: the pool goes first, the job is then updated with it -> refused.
    apply(s, root, T.pool, 'p', null);
    expect(texts(apply(s, root, T.backupJob, 'j', { id: 'job1', pool: 'kom-a', storage: 'cephfs', schedule: 'weekly' }))[0]).toBe(
      "Permission check failed (pool 'kom-a' does not exist) [HTTP 403; PUT /api2/json/cluster/backup/job1]",
    );
  });

  it('a realm sync needs its realm; a PBS storage needs the datastore on the PBS', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.realmSync, 'rs', { realm: 't1-ad', scope: 'both' }))).toEqual(['Parameter verification failed. [realm: Realm does not exist.; POST /api2/json/access/domains/t1-ad/sync]']);
    expect(apply(s, root, T.storagePbs, 'pbs', { id: 'pbs-a', server: 'pbs1.platform.example.org', datastore: 'other' })[0]?.summary).toEqual("pbs-a: Cannot find datastore 'other', check permissions and existence!");
  });
});

describe('EVPN controller (pve-network Controllers/EvpnPlugin.pm on_update_hook)', () => {
  it('is refused without peers or fabric, and with both; only one EVPN controller', () => {
    const s = seeded();
    const platform = callerOf(s, 'platform');
    expect(texts(apply(s, platform, T.controllerEvpn, 'c', { id: 'evpn1', asn: 65010, peers: [] }))).toEqual(['must have exactly one of peers / fabric defined [POST /api2/json/cluster/sdn/controllers]']);
    expect(texts(apply(s, platform, T.controllerEvpn, 'c', { id: 'evpn1', asn: 65010, peers: ['192.0.2.1'], fabric: 'f1' }))).toEqual(['must have exactly one of peers / fabric defined [POST /api2/json/cluster/sdn/controllers]']);
    expect(apply(s, platform, T.controllerEvpn, 'c', { id: 'evpn1', asn: 65010, peers: ['192.0.2.1'] })).toEqual([]);
    expect(texts(apply(s, platform, T.controllerEvpn, 'c2', { id: 'evpn2', asn: 65010, peers: ['192.0.2.1'] }))).toEqual(['only 1 global evpn controller can be defined [POST /api2/json/cluster/sdn/controllers]']);
  });

  it('an EVPN zone needs an existing EVPN controller', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    expect(texts(apply(s, root, T.zoneEvpn, 'z', { id: 'z1', controller: 'evpn1', vrf_vxlan: 100 }))).toEqual(["controller evpn1 don't exist [POST /api2/json/cluster/sdn/zones]"]);
  });
});

describe('SDN pending until applied', () => {
  it('creates, updates and deletes stay pending until proxmox_sdn_applier applies them', () => {
    const s = seeded();
    const root = callerOf(s, 'root');
    apply(s, root, T.zoneSimple, 'z', { id: 'zone1' });
    apply(s, root, T.vnet, 'v', { id: 'vnet1', zone: 'zone1' });
    expect(pendingSdnChanges(s)).toEqual([
      { kind: 'vnet', id: 'vnet1', state: 'new' },
      { kind: 'zone', id: 'zone1', state: 'new' },
    ]);
    expect(apply(s, root, T.applier, 'apply', { on_create: true, on_destroy: true })).toEqual([]);
    expect(pendingSdnChanges(s)).toEqual([]);
    apply(s, root, T.vnet, 'v', { id: 'vnet1', zone: 'zone1', alias: 'changed' });
    apply(s, root, T.zoneSimple, 'z2', { id: 'zone2' });
    apply(s, root, T.zoneSimple, 'z2', null); // created and deleted before any apply: nothing pending
    expect(pendingSdnChanges(s)).toEqual([{ kind: 'vnet', id: 'vnet1', state: 'changed' }]);
    // An applier whose on_create is false does not apply.
    apply(s, root, T.applier, 'apply2', { on_create: false });
    expect(pendingSdnChanges(s)).toHaveLength(1);
  });

  it('the apply itself needs SDN.Allocate on /sdn, which the tenant identity holds (not propagated) for its applier pair', () => {
    const without = new MemoryStore();
    seedProxmox(without, { ...DEFAULT_PROXMOX_SEED, tenant: { ...TENANT_IDENTITY, grants: TENANT_IDENTITY.grants.filter((g) => g.path !== '/sdn') } });
    expect(texts(apply(without, callerOf(without, 'tenant'), T.applier, 'a', { on_create: true }))).toEqual(['Permission check failed (/sdn, SDN.Allocate) [PUT /api2/json/cluster/sdn: HTTP 403]']);
    const s = seeded();
    expect(texts(apply(s, callerOf(s, 'tenant'), T.applier, 'a', { on_create: true }))).toEqual([]);
  });
});

describe('files', () => {
  it('a snippet goes over SSH: refused without SSH credentials, accepted with them on an existing storage', () => {
    const s = seeded();
    const file = { content_type: 'snippets', datastore_id: 'cephfs', node_name: 'pve1', source_raw: [{ data: '#cloud-config\n', file_name: 'x.yaml' }] };
    expect(texts(apply(s, callerOf(s, 'tenant'), T.file, 'f', file))[0]).toMatch(/^failed to open SSH client/);
    expect(apply(s, callerOf(s, 'tenant', true), T.file, 'f', file)).toEqual([]);
    expect(texts(apply(s, callerOf(s, 'tenant', true), T.file, 'g', { ...file, datastore_id: 'nfs1' }))).toEqual(["storage 'nfs1' does not exist [GET /api2/json/storage/nfs1]"]);
  });
});

describe('seed', () => {
  it('has three nodes, a shared storage that allows snippets, a PBS datastore, and the two provisioning tokens', () => {
    const s = new MemoryStore();
    expect(() => callerOf(s, 'tenant')).toThrow(/no such user/);
    const full = seeded();
    expect(full.list('_pve_node').map((o) => o.id)).toEqual(['pve1', 'pve2', 'pve3']);
    const shared = DEFAULT_PROXMOX_SEED.storages.filter((x) => x.shared && x.content.includes('snippets'));
    expect(shared.map((x) => x.id)).toEqual(['cephfs']);
    expect(callerOf(full, 'platform').tokenId).toBe('terraform-platform@pve!rehearsal');
    expect(callerOf(full, 'tenant').tokenId).toBe('terraform-tenants@pve!rehearsal');
  });
});

describe('the seed of a fleet', () => {
  it('holds the fleet\'s guest storages: the default seed\'s local-lvm, and others as shared VM storages', () => {
    const m = exampleModel('musterstadt');
    expect(fleetDatacenterSeed(m).storages.map((s) => s.id)).toEqual(['local', 'local-lvm', 'cephfs']);
    const withCeph = { ...m, fleet: { ...m.fleet, data: { ...m.fleet.data, compute: { guestStorages: ['local-lvm', 'ceph-vm'] } } } } as typeof m;
    const seed = fleetDatacenterSeed(withCeph);
    expect(seed.storages.find((s) => s.id === 'ceph-vm')).toEqual({ id: 'ceph-vm', type: 'rbd', content: ['images', 'rootdir'], shared: true });
    expect(seed.storages.filter((s) => s.id === 'local-lvm')).toHaveLength(1);
  });

  it('holds the fleet\'s guest templates (owned by the platform) and grants the tenant identity VM.Clone and VM.Audit on each VM template only', () => {
    const m = exampleModel('musterstadt');
    const templates = { edge: { vmId: 9000 }, directory: { vmId: 9001 }, file: { vmId: 9001 }, container: { file: 'cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst' } };
    const withTemplates = { ...m, fleet: { ...m.fleet, data: { ...m.fleet.data, compute: { ...m.fleet.data.compute, templates } } } } as typeof m;
    const seed = fleetDatacenterSeed(withTemplates);
    // One template per distinct VM ID (two profiles may share one), on the first node and guest storage.
    expect(seed.templates).toEqual([
      { vmid: 9000, node: 'pve1', kind: 'qemu', diskStorages: ['local-lvm'] },
      { vmid: 9001, node: 'pve1', kind: 'qemu', diskStorages: ['local-lvm'] },
    ]);
    expect(seed.templateFiles).toEqual(['cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst']);
    const extra = seed.tenant.grants.filter((g) => !TENANT_IDENTITY.grants.includes(g));
    expect(extra.map((g) => [g.path, g.propagate, [...g.privileges]])).toEqual([
      ['/vms/9000', false, ['VM.Audit', 'VM.Clone']],
      ['/vms/9001', false, ['VM.Audit', 'VM.Clone']],
    ]);
    // As applied: the tenant token may clone the templates, but nothing else under /vms, and it may
    // not change, delete or reconfigure a template (no VM.Allocate, no VM.Config.* there).
    const s = new MemoryStore();
    seedProxmox(s, seed);
    const access = accessFromView(s);
    const token = 'terraform-tenants@pve!rehearsal';
    expect([...access.privileges(token, '/vms/9001').keys()].sort()).toEqual(['VM.Audit', 'VM.Clone']);
    expect(access.privileges(token, '/vms/9002').size).toBe(0);
    expect(access.privileges(token, '/vms').size).toBe(0);
    // Without compute.templates: no templates and no grants on /vms.
    const { templates: _dropped, ...computeWithout } = m.fleet.data.compute ?? {};
    const plain = fleetDatacenterSeed({ ...m, fleet: { ...m.fleet, data: { ...m.fleet.data, compute: computeWithout } } } as typeof m);
    expect(plain.templates).toBeUndefined();
    expect(plain.tenant.grants.filter((g) => g.path.startsWith('/vms'))).toEqual([]);
    const bare = new MemoryStore();
    seedProxmox(bare, { ...plain, templates: seed.templates });
    expect(accessFromView(bare).privileges(token, '/vms/9000').size).toBe(0);
  });

  it('seeds the templates into every cluster of a fleet with clusters, on that cluster\'s first node', () => {
    const m = exampleModel('landkreis-fleet');
    const withTemplates = { ...m, fleet: { ...m.fleet, data: { ...m.fleet.data, compute: { ...m.fleet.data.compute, templates: { edge: { vmId: 9000 } } } } } } as typeof m;
    const clusters = fleetClusterModels(withTemplates) ?? [];
    expect(clusters.length).toBeGreaterThan(1);
    for (const c of clusters) {
      expect({ id: c.id, templates: c.seed.templates }).toEqual({ id: c.id, templates: [{ vmid: 9000, node: c.seed.nodes[0], kind: 'qemu', diskStorages: [expect.any(String)] }] });
      expect(c.seed.tenant.grants.some((g) => g.path === '/vms/9000')).toBe(true);
    }
  });
});
