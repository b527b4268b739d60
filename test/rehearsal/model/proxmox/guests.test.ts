/**
 * Guests in the Proxmox VE model: VMs and containers, their firewall, HA resources, and the cluster
 * files they occupy (citations in lib/rehearsal/model/proxmox/guest-calls.ts and guests.ts).
 */
import {
  DEFAULT_PROXMOX_SEED,
  PROXMOX_TYPES as T,
  backupJobGuests,
  clusterFootprint,
  seedProxmox,
  writeClusterFiles,
} from '../../../../lib/rehearsal/model/proxmox';
import { accessFromView } from '../../../../lib/rehearsal/model/proxmox/access';
import { templateSeedGrants } from '../../../../lib/rehearsal/identities';
import { MemoryStore, apply, callerOf, texts } from './helpers';

const TEMPLATE = 9000;
const CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/**
 * A datacenter with one VM template on pve1 (and the tenant identity's clone grant on it, as a
 * fleet naming it as a template grants it: lib/rehearsal/identities.ts templateSeedGrants), one
 * container OS template, a tenant pool and one vnet.
 */
function datacenter(limits?: Record<string, number>): MemoryStore {
  const s = new MemoryStore();
  seedProxmox(s, {
    ...DEFAULT_PROXMOX_SEED,
    tenant: { ...DEFAULT_PROXMOX_SEED.tenant, grants: [...DEFAULT_PROXMOX_SEED.tenant.grants, ...templateSeedGrants({ compute: { templates: { edge: { vmId: TEMPLATE } } } })] },
    templates: [{ vmid: TEMPLATE, node: 'pve1', diskStorages: ['local-lvm'] }],
    templateFiles: [CT_TEMPLATE],
    ...(limits !== undefined ? { limits } : {}),
  });
  const tenant = callerOf(s, 'tenant');
  expect(apply(s, tenant, T.pool, 'pool', { pool_id: 'kom-a' })).toEqual([]);
  expect(apply(s, tenant, T.zoneVlan, 'zone', { id: 'koma', bridge: 'vmbr1' })).toEqual([]);
  expect(apply(s, tenant, T.vnet, 'vnet', { id: 'komaseg1', zone: 'koma', tag: 101 })).toEqual([]);
  return s;
}

/** A VM cloned from the template into the tenant pool, on local-lvm, with one NIC on the vnet. */
function vm(vmid: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vm_id: vmid,
    node_name: 'pve1',
    pool_id: 'kom-a',
    clone: [{ vm_id: TEMPLATE, full: true }],
    cpu: [{ cores: 2 }],
    memory: [{ dedicated: 2048 }],
    disk: [{ datastore_id: 'local-lvm', interface: 'scsi0', size: 20 }],
    network_device: [{ bridge: 'komaseg1', firewall: true }],
    protection: false,
    ...extra,
  };
}

function container(vmid: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vm_id: vmid,
    node_name: 'pve2',
    pool_id: 'kom-a',
    operating_system: [{ template_file_id: CT_TEMPLATE, type: 'debian' }],
    disk: [{ datastore_id: 'local-lvm', size: 8 }],
    network_interface: [{ name: 'eth0', bridge: 'komaseg1' }],
    ...extra,
  };
}

describe('VMs cloned from a template (qemu-server clone_vm, then the config PUT)', () => {
  it('the tenant identity clones the seeded template into its pool; the VM becomes a pool member and carries the pool ACLs', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(texts(apply(s, tenant, T.vm, 'web', vm(100100)))).toEqual([]);
    const access = accessFromView(s);
    expect(access.privileges('terraform-tenants@pve!rehearsal', '/vms/100100').has('VM.Config.Network')).toBe(true);
  });

  it('refuses a VM ID that is taken anywhere in the cluster (check_vmid_unused; a clone onto the same node: "config file already exists")', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.container, 'ct', container(100100))).toEqual([]);
    expect(texts(apply(s, tenant, T.vm, 'web', vm(100100)))).toEqual(["CT 100100 already exists on node 'pve2' [POST /api2/json/nodes/pve1/qemu/9000/clone]"]);
    expect(apply(s, tenant, T.vm, 'a', vm(100101))).toEqual([]);
    expect(texts(apply(s, tenant, T.clonedVm, 'b', { id: 100101, node_name: 'pve1', clone: { source_vm_id: TEMPLATE, pool_id: 'kom-a' } }))).toEqual([
      'unable to create VM 100101: config file already exists [POST /api2/json/nodes/pve1/qemu/9000/clone]',
    ]);
  });

  it('needs VM.Clone on the source: an unknown template is refused before the server looks for it; for root the config file is missing', () => {
    const s = datacenter();
    expect(texts(apply(s, callerOf(s, 'tenant'), T.vm, 'web', vm(100100, { clone: [{ vm_id: 9999 }] })))).toEqual([
      'Permission check failed (/vms/9999, VM.Clone) [POST /api2/json/nodes/pve1/qemu/9999/clone: HTTP 403]',
    ]);
    expect(texts(apply(s, callerOf(s, 'root'), T.vm, 'web', vm(100100, { clone: [{ vm_id: 9999 }] })))).toEqual([
      "Configuration file 'nodes/pve1/qemu-server/9999.conf' does not exist [POST /api2/json/nodes/pve1/qemu/9999/clone]",
    ]);
  });

  it('a pipeline token with a VM admin role on the pool only: no VM.Clone on the template, then no Datastore.AllocateSpace, then no SDN.Use', () => {
    const s = datacenter();
    const root = callerOf(s, 'root');
    apply(s, root, T.user, 'ci', { user_id: 'ci@pve', enabled: true });
    apply(s, root, T.token, 'ci!tf', { user_id: 'ci@pve', token_name: 'tf', value: 'ci@pve!tf=x-rehearsal', privileges_separation: false });
    apply(s, root, T.acl, 'pool', { path: '/pool/kom-a', role_id: 'PVEVMAdmin', propagate: true, user_id: 'ci@pve' });
    const ci = { kind: 'proxmox' as const, userId: 'ci@pve', tokenId: 'ci@pve!tf' };
    expect(texts(apply(s, ci, T.vm, 'web', vm(100100)))).toEqual(['Permission check failed (/vms/9000, VM.Clone) [POST /api2/json/nodes/pve1/qemu/9000/clone: HTTP 403]']);
    apply(s, root, T.acl, 'tpl', { path: `/vms/${TEMPLATE}`, role_id: 'PVEVMAdmin', propagate: false, user_id: 'ci@pve' });
    expect(texts(apply(s, ci, T.vm, 'web', vm(100100)))).toEqual([
      'Permission check failed (/storage/local-lvm, Datastore.AllocateSpace) [HTTP 403; POST /api2/json/nodes/pve1/qemu/9000/clone]',
    ]);
    apply(s, root, T.acl, 'st', { path: '/storage/local-lvm', role_id: 'PVEDatastoreUser', propagate: false, user_id: 'ci@pve' });
    expect(texts(apply(s, ci, T.vm, 'web', vm(100100)))).toEqual([
      'Permission check failed (/sdn/zones/koma/komaseg1, SDN.Use) [HTTP 403; PUT /api2/json/nodes/pve1/qemu/100100/config]',
    ]);
    // A grant on the VLAN below the vnet is enough for a NIC with that tag (check_sdn_bridge L338-360).
    apply(s, root, T.acl, 'vlan', { path: '/sdn/zones/koma/komaseg1/7', role_id: 'PVESDNUser', propagate: false, user_id: 'ci@pve' });
    expect(texts(apply(s, ci, T.vm, 'web', vm(100100, { network_device: [{ bridge: 'komaseg1', vlan_id: 7 }] })))).toEqual([]);
  });

  it('refuses a target storage without content "images", and a pool that does not exist', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(texts(apply(s, tenant, T.vm, 'web', vm(100100, { clone: [{ vm_id: TEMPLATE, datastore_id: 'cephfs' }] })))).toEqual([
      "Parameter verification failed. [storage: storage 'cephfs' does not support vm images; POST /api2/json/nodes/pve1/qemu/9000/clone]",
    ]);
    expect(texts(apply(s, tenant, T.vm, 'web', vm(100100, { pool_id: 'kom-nope' })))).toEqual([
      "Permission check failed (pool 'kom-nope' does not exist) [HTTP 403; POST /api2/json/nodes/pve1/qemu/9000/clone]",
    ]);
    expect(texts(apply(s, tenant, T.vm, 'web', vm(100100, { node_name: 'pve9' })))).toEqual(["no such cluster node 'pve9' [POST /api2/json/nodes/pve9/qemu/9000/clone]"]);
  });

  it('a VM created from scratch checks Datastore.AllocateSpace and content "images" on each disk\'s storage', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    const custom = vm(100100, { clone: undefined, disk: [{ datastore_id: 'local', interface: 'scsi0' }] });
    expect(texts(apply(s, tenant, T.vm, 'web', custom))).toEqual(["Parameter verification failed. [storage: storage 'local' does not support vm images; POST /api2/json/nodes/pve1/qemu]"]);
    expect(texts(apply(s, tenant, T.vm, 'web', { ...custom, disk: [{ datastore_id: 'local-lvm', interface: 'scsi0' }] }))).toEqual([]);
    expect(texts(apply(s, tenant, T.vm, 'web2', { ...custom, disk: [{ datastore_id: 'local-lvm', interface: 'scsi0' }] }))).toEqual([
      "unable to create VM 100100 - VM 100100 already exists on node 'pve1' [POST /api2/json/nodes/pve1/qemu]",
    ]);
  });

  it('updates check the VM.Config.* privilege of each changed option on /vms/<id>', () => {
    const s = datacenter();
    expect(apply(s, callerOf(s, 'tenant'), T.vm, 'web', vm(100100))).toEqual([]);
    expect(texts(apply(s, callerOf(s, 'platform'), T.vm, 'web', vm(100100, { memory: [{ dedicated: 4096 }] })))).toEqual([
      'Permission check failed (/vms/100100, VM.Config.Memory) [HTTP 403; PUT /api2/json/nodes/pve1/qemu/100100/config]',
    ]);
    expect(apply(s, callerOf(s, 'tenant'), T.vm, 'web', vm(100100, { memory: [{ dedicated: 4096 }] }))).toEqual([]);
  });
});

describe('deleting guests and pools', () => {
  it('a protected VM cannot be removed; once unprotected it can', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'db', vm(100100, { protection: true }))).toEqual([]);
    expect(texts(apply(s, tenant, T.vm, 'db', null))).toEqual(["can't remove VM 100100 - protection mode enabled [DELETE /api2/json/nodes/pve1/qemu/100100]"]);
    expect(apply(s, tenant, T.vm, 'db', vm(100100, { protection: false }))).toEqual([]);
    expect(apply(s, tenant, T.vm, 'db', null)).toEqual([]);
  });

  it('a pool with a guest is not empty; without it the pool can go', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.container, 'ct', container(100200))).toEqual([]);
    expect(texts(apply(s, tenant, T.pool, 'pool', null))).toEqual(["pool 'kom-a' is not empty (contains VM 100200) [DELETE /api2/json/pools?poolid=kom-a]"]);
    expect(apply(s, tenant, T.container, 'ct', null)).toEqual([]);
    expect(apply(s, tenant, T.pool, 'pool', null)).toEqual([]);
  });
});

describe('containers (pve-container API2/LXC.pm create)', () => {
  it('need the OS template volume, a storage with content "rootdir", a free VM ID', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(texts(apply(s, tenant, T.container, 'ct', container(100200, { operating_system: [{ template_file_id: 'local:vztmpl/missing.tar.zst' }] })))).toEqual([
      "volume 'local:vztmpl/missing.tar.zst' does not exist [POST /api2/json/nodes/pve2/lxc]",
    ]);
    expect(texts(apply(s, tenant, T.container, 'ct', container(100200, { disk: [{ datastore_id: 'cephfs' }] })))).toEqual([
      "Parameter verification failed. [storage: storage 'cephfs' does not support container directories; POST /api2/json/nodes/pve2/lxc]",
    ]);
    expect(texts(apply(s, tenant, T.container, 'ct', container(TEMPLATE)))).toEqual([`VM ${TEMPLATE} already exists on node 'pve1' [POST /api2/json/nodes/pve2/lxc]`]);
    expect(apply(s, tenant, T.container, 'ct', container(100200))).toEqual([]);
    // A changed NIC needs VM.Config.Network on the container (and SDN.Use on the new vnet).
    expect(texts(apply(s, callerOf(s, 'platform'), T.container, 'ct', container(100200, { network_interface: [{ name: 'eth0', bridge: 'vmbr0' }] })))).toEqual([
      'Permission check failed (/vms/100200, VM.Config.Network) [HTTP 403; PUT /api2/json/nodes/pve2/lxc/100200/config]',
    ]);
  });
});

describe('guest firewall (pve-firewall API2/Firewall/VM.pm, Firewall.pm verify_rule)', () => {
  it('options and rules need VM.Config.Network on /vms/<vmid>; the platform identity has none there', () => {
    const s = datacenter();
    expect(apply(s, callerOf(s, 'tenant'), T.vm, 'web', vm(100100))).toEqual([]);
    const options = { vm_id: 100100, node_name: 'pve1', enabled: true, input_policy: 'DROP', output_policy: 'DROP', ipfilter: true, macfilter: true };
    expect(texts(apply(s, callerOf(s, 'platform'), T.firewallOptions, 'fw', options))).toEqual([
      'Permission check failed (/vms/100100, VM.Config.Network) [PUT /api2/json/nodes/pve1/qemu/100100/firewall/options: HTTP 403]',
    ]);
    expect(apply(s, callerOf(s, 'tenant'), T.firewallOptions, 'fw', options)).toEqual([]);
  });

  it('a guest rule may use the guest\'s own IP sets and the SDN IP sets; a group rule naming a missing security group is a policy refusal', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'web', vm(100100))).toEqual([]);
    expect(apply(s, tenant, T.ipset, 'set', { vm_id: 100100, node_name: 'pve1', name: 'admins', cidr: [{ name: '192.0.2.10' }] })).toEqual([]);
    const rules = (rule: Record<string, unknown>[]) => ({ vm_id: 100100, node_name: 'pve1', rule });
    expect(apply(s, tenant, T.rules, 'r', rules([{ type: 'in', action: 'ACCEPT', source: '+admins', proto: 'tcp', dport: '22' }, { type: 'in', action: 'ACCEPT', source: '+sdn/komaseg1-all' }]))).toEqual([]);
    // The same IP set name on another guest is not "already existing": IP sets are per guest file.
    expect(apply(s, tenant, T.vm, 'db', vm(100101))).toEqual([]);
    expect(apply(s, tenant, T.ipset, 'set2', { vm_id: 100101, node_name: 'pve1', name: 'admins' })).toEqual([]);
    expect(texts(apply(s, tenant, T.ipset, 'set3', { vm_id: 100100, node_name: 'pve1', name: 'admins' }))).toEqual(["Parameter verification failed. [name: IPSet 'admins' does already exist; POST /api2/json/cluster/firewall/ipset]"]);
    const missing = texts(apply(s, tenant, T.rules, 'r', rules([{ type: 'group', security_group: 'koma-seg1' }])));
    expect(missing).toEqual([expect.stringMatching(/^rehearsal policy: no such security group 'koma-seg1' \[Proxmox VE accepts this; pve-firewall only warns/)]);
    expect(apply(s, tenant, T.securityGroup, 'sg', { name: 'koma-seg1', rule: [] })).toEqual([]);
    expect(apply(s, tenant, T.rules, 'r', rules([{ type: 'group', security_group: 'koma-seg1' }]))).toEqual([]);
  });
});

describe('HA resources (pve-ha-manager API2/HA/Resources.pm)', () => {
  it('need Sys.Console on / and an existing guest; an HA-managed VM is not removed without purge', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'app', vm(100100, { purge_on_destroy: false }))).toEqual([]);
    expect(texts(apply(s, callerOf(s, 'platform'), T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started' }))).toEqual([
      'Permission check failed (/, Sys.Console) [POST /api2/json/cluster/ha/resources: HTTP 403]',
    ]);
    expect(texts(apply(s, tenant, T.haResource, 'ha0', { resource_id: 'vm:100999', state: 'started' }))).toEqual(["resource 'vm:100999' does not exist in cluster [POST /api2/json/cluster/ha/resources]"]);
    expect(apply(s, tenant, T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started' })).toEqual([]);
    expect(texts(apply(s, tenant, T.haResource, 'ha2', { resource_id: 'vm:100100', state: 'started' }))).toEqual(["resource ID 'vm:100100' already defined [POST /api2/json/cluster/ha/resources]"]);
    expect(texts(apply(s, tenant, T.vm, 'app', null))).toEqual(['unable to remove VM 100100 - used in HA resources and purge parameter not set. [DELETE /api2/json/nodes/pve1/qemu/100100]']);
  });
});

describe('HA node-affinity rules (pve-ha-manager API2/HA/Rules.pm; PVE 9, HA groups migrated)', () => {
  const rule = (extra: Record<string, unknown> = {}) => ({ rule: 'kom-a-cell', type: 'node-affinity', strict: true, resources: ['vm:100100'], nodes: { pve1: 1, pve2: 1 }, ...extra });

  it('need Sys.Console on / (the platform identity lacks it), HA-managed resources and existing nodes; written to ha/rules.cfg', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'app', vm(100100))).toEqual([]);
    expect(texts(apply(s, tenant, T.haRule, 'r0', rule()))).toEqual(['cannot use unmanaged resource(s) vm:100100. [POST /api2/json/cluster/ha/rules]']);
    expect(apply(s, tenant, T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started' })).toEqual([]);
    expect(texts(apply(s, callerOf(s, 'platform'), T.haRule, 'r1', rule()))).toEqual([
      'Permission check failed (/, Sys.Console) [POST /api2/json/cluster/ha/rules: HTTP 403]',
    ]);
    expect(texts(apply(s, tenant, T.haRule, 'r2', rule({ nodes: { pve1: 1, pve9: 1 } })))).toEqual(['cannot use non-existent node(s) pve9. [POST /api2/json/cluster/ha/rules]']);
    expect(apply(s, tenant, T.haRule, 'r', rule())).toEqual([]);
    expect(texts(apply(s, tenant, T.haRule, 'r3', rule()))).toEqual(["HA rule 'kom-a-cell' already defined [POST /api2/json/cluster/ha/rules]"]);
    expect(writeClusterFiles(s)['ha/rules.cfg']).toBe('node-affinity: kom-a-cell\n\tnodes pve1:1,pve2:1\n\tresources vm:100100\n\tstrict 1\n\n');
  });

  it('refuse an HA resource naming a group: a PVE 9 cluster without HA groups counts as migrated', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'app', vm(100100))).toEqual([]);
    expect(texts(apply(s, tenant, T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started', group: 'cell-a' }))).toEqual([
      "invalid parameter 'group': ha groups have been migrated to rules [POST /api2/json/cluster/ha/resources]",
    ]);
  });

  it('count ha/rules.cfg against the per-file limit', () => {
    const s = datacenter({ fileBytes: 8000 });
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'app', vm(100100))).toEqual([]);
    expect(apply(s, tenant, T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started' })).toEqual([]);
    const errors = texts(apply(s, tenant, T.haRule, 'r', rule({ comment: 'x'.repeat(9000) })));
    expect(errors.join('\n')).toMatch(/ha\/rules\.cfg/);
  });
});

describe('backup job pool selection and cluster files', () => {
  it('a backup job on the tenant pool selects the pool\'s guests (not other pools\' guests); `all` and `vmid` select as vzdump does', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.backupJob, 'job', { id: 'kom-a-daily', pool: 'kom-a', storage: 'local', schedule: 'daily' })).toEqual([]);
    expect(backupJobGuests(s, 'kom-a-daily')).toEqual([]);
    expect(apply(s, tenant, T.vm, 'web', vm(100100))).toEqual([]);
    expect(apply(s, tenant, T.container, 'ct', container(100200))).toEqual([]);
    expect(apply(s, tenant, T.pool, 'pool-b', { pool_id: 'kom-b' })).toEqual([]);
    expect(apply(s, tenant, T.vm, 'other', vm(100300, { pool_id: 'kom-b' }))).toEqual([]);
    expect(backupJobGuests(s, 'kom-a-daily')).toEqual([100100, 100200]);
    // `all` takes every guest (the template too); an explicit list drops unknown IDs.
    expect(apply(s, callerOf(s, 'root'), T.backupJob, 'all', { id: 'all', all: true, storage: 'local', schedule: 'daily' })).toEqual([]);
    expect(backupJobGuests(s, 'all')).toEqual([TEMPLATE, 100100, 100200, 100300]);
    expect(apply(s, callerOf(s, 'root'), T.backupJob, 'list', { id: 'list', vmid: ['100300', '123456'], storage: 'local', schedule: 'daily' })).toEqual([]);
    expect(backupJobGuests(s, 'list')).toEqual([100300]);
  });

  it('guests write their config, firewall and HA files; the pool line of user.cfg lists them', () => {
    const s = datacenter();
    const tenant = callerOf(s, 'tenant');
    const before = clusterFootprint(s);
    expect(apply(s, tenant, T.vm, 'web', vm(100100))).toEqual([]);
    expect(apply(s, tenant, T.firewallOptions, 'fw', { vm_id: 100100, node_name: 'pve1', enabled: true, input_policy: 'DROP', macfilter: true })).toEqual([]);
    expect(apply(s, tenant, T.rules, 'r', { vm_id: 100100, node_name: 'pve1', rule: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '443' }] })).toEqual([]);
    expect(apply(s, tenant, T.haResource, 'ha', { resource_id: 'vm:100100', state: 'started' })).toEqual([]);
    const files = writeClusterFiles(s);
    expect(files['firewall/100100.fw']).toBe('[OPTIONS]\n\nenable: 1\nmacfilter: 1\npolicy_in: DROP\n\n[RULES]\n\nIN ACCEPT -p tcp -dport 443\n\n');
    expect(files['nodes/pve1/qemu-server/100100.conf']).toContain('protection: 0\n');
    expect(files['ha/resources.cfg']).toBe('vm: 100100\n\tstate started\n\n');
    expect(files['user.cfg']).toContain('pool:kom-a::100100::\n');
    // The cluster firewall file does not carry guest objects.
    expect(files['firewall/cluster.fw']).not.toContain('443');
    const after = clusterFootprint(s);
    expect(after.totalBytes - before.totalBytes).toBeGreaterThan(files['firewall/100100.fw'].length);
  });

  it('a guest firewall file over the per-file limit is refused like pmxcfs refuses it', () => {
    const s = datacenter({ fileBytes: 3500 });
    const tenant = callerOf(s, 'tenant');
    expect(apply(s, tenant, T.vm, 'web', vm(100100))).toEqual([]);
    const rule = Array.from({ length: 100 }, (_, i) => ({ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: String(1000 + i), comment: 'a port of the application' }));
    expect(texts(apply(s, tenant, T.rules, 'r', { vm_id: 100100, node_name: 'pve1', rule }))).toEqual([
      expect.stringMatching(/^unable to write '\/etc\/pve\/firewall\/100100\.fw\.tmp\.<pid>' - File too large \[pmxcfs refuses a file larger than 3500 bytes/),
    ]);
  });
});
