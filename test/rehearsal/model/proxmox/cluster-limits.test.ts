/**
 * The cluster files the datacenter model writes and the per-cluster limits it enforces, on the
 * landkreis-fleet example synthesized here (the real cdk.tf.json of every stack), replayed into the
 * model without terraform (lib/rehearsal/model/proxmox/replay.ts says how that differs from a
 * terraform rehearsal: no plan, no permission checks, every resource a create).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel } from '../../../../lib/blueprint/fleet';
import { synthFleet } from '../../../../lib/synth/synth-fleet';
import { DEFAULT_CLUSTER_LIMITS, limitRefusals } from '../../../../lib/rehearsal/model/proxmox/limits';
import { replayFootprint, replayStacks, replayView, type ReplayStack } from '../../../../lib/rehearsal/model/proxmox/replay';
import { DEFAULT_PROXMOX_SEED } from '../../../../lib/rehearsal/model/proxmox/seed';
import { writeClusterFile } from '../../../../lib/rehearsal/model/proxmox/cluster-files';
import { checkProxmox } from '../../../../lib/rehearsal/model/proxmox/model';

const FLEET = path.join(__dirname, '../../../../examples/landkreis-fleet/fleet.yaml');
const seed = { ...DEFAULT_PROXMOX_SEED, nodes: ['pve1', 'pve2', 'pve3', 'pve4'] };
let dir: string;
let stacks: ReplayStack[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-limits-'));
  const model = loadFleetModel({ fleetFile: FLEET });
  await synthFleet({ model, outdir: dir, runner: 'inline', jobs: 1, force: true });
  // The example's cluster dc1 (its four tenants from before clusters): the platform (which holds
  // the legacy cluster dc1's Proxmox part), then its tenants; dr1 is a model datacenter of its own.
  const names = ['platform', ...Object.keys(model.specs).filter((k) => model.specs[k].cluster === 'dc1').sort()];
  stacks = names.map((name) => ({ name, resource: JSON.parse(fs.readFileSync(path.join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8')).resource }));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The datacenter with the first n stacks created. */
function viewOf(n: number) {
  return replayView(stacks.slice(0, n), { seed });
}

describe('cluster files written as Proxmox writes them', () => {
  it('user.cfg has user/token/group/pool/acl lines in write_user_config order, ACL members grouped per path and role list', () => {
    const text = writeClusterFile('user.cfg', viewOf(stacks.length));
    const kinds = text.split('\n').filter((l) => l !== '').map((l) => l.split(':')[0]);
    // Blocks in the writer's order: users (with their tokens), groups, pools, roles, ACLs.
    const firstOf = (k: string) => kinds.indexOf(k);
    expect(firstOf('user')).toBeLessThan(firstOf('group'));
    expect(firstOf('group')).toBeLessThan(firstOf('pool'));
    expect(firstOf('pool')).toBeLessThan(firstOf('role'));
    expect(firstOf('role')).toBeLessThan(firstOf('acl'));
    expect(text).toMatch(/^user:ci-stadt-musterhausen@pve:1:0::::Musterhausen, Stadt%3A pipeline service account \(Terraform\), API token only::$/m);
    expect(text).toMatch(/^token:ci-stadt-musterhausen@pve!terraform:0:1:/m);
    // The pool's members: the tenant's guests (VM IDs from the lock), then its guest storage.
    expect(text).toMatch(/^pool:kom-stadt-musterhausen:Musterhausen, Stadt \(stadt-musterhausen\):203000,203001:local-lvm:$/m);
    expect(text).toMatch(/^acl:1:\/pool\/kom-stadt-musterhausen:@stadt-musterhausen-admins[^:]*:KommunalAdmin:$/m);
  });

  it('cluster.fw has [IPSET] and [group] sections with rule lines as pve-firewall formats them', () => {
    const text = writeClusterFile('firewall/cluster.fw', viewOf(stacks.length));
    expect(text).toMatch(/^\[IPSET t0003-cl-net\] # stadt-musterhausen clients: segment addresses\n\n10\.96\.10\.0\/23 # stadt-musterhausen clients\n\n/m);
    expect(text).toMatch(/^\[group t0003-cl\] # stadt-musterhausen clients: inbound flows\n\nIN ACCEPT -source \+t0003-mg-net -p icmp -log nolog # /m);
  });

  it('SDN and storage files are section-config text, the running config JSON', () => {
    const v = viewOf(stacks.length);
    // exit_nodes under its attribute name with '-' (PVE calls it `exitnodes`; the file comment's simplification).
    expect(writeClusterFile('sdn/zones.cfg', v)).toMatch(/^evpn: z0003\n\tcontroller evpn1\n\texitnodes pve1,pve2\n\tnodes pve1,pve2,pve3,pve4\n\tvrf-vxlan 100063\n\n/m);
    expect(writeClusterFile('storage.cfg', v)).toMatch(/^pbs: pbs-t0003\n(\t.*\n)*\tnamespace kommunen\/stadt-musterhausen\n(\t.*\n)*\tnodes pve1,pve2,pve3,pve4\n/m);
    expect(writeClusterFile('jobs.cfg', v)).toMatch(/^vzdump: kom-stadt-musterhausen\n/m);
    const running = JSON.parse(writeClusterFile('sdn/.running-config', v));
    expect(Object.keys(running.zones.ids)).toContain('z0003');
    expect(running.vnets.ids.t0003cl).toMatchObject({ type: 'vnet', tag: '100050' });
  });
});

describe('per-cluster limits', () => {
  it('the example fleet fits one cluster; each tenant adds bytes to the shared files', () => {
    const platform = replayFootprint(stacks.slice(0, 1), { seed });
    const r = replayStacks(stacks, { seed });
    expect(r.refusal).toBeUndefined();
    expect(r.applied).toBe(stacks.length);
    for (const f of ['user.cfg', 'firewall/cluster.fw', 'sdn/subnets.cfg', 'storage.cfg', 'jobs.cfg'] as const) expect(r.footprint.files[f]).toBeGreaterThan(platform.files[f]);
    // 2 kernel sets (v4, v6) per cluster IP set, 4 SDN sets × 2 versions per vnet; a guest's own IP
    // sets (ipfilter-net<n>, vm_id/container_id set) are not cluster IP sets (lib/rehearsal/model/proxmox/limits.ts).
    type Res = Record<string, Record<string, unknown>>;
    const count = (t: string, keep: (body: Record<string, unknown>) => boolean = () => true) =>
      stacks.reduce((n, s) => n + Object.values((s.resource[t] ?? {}) as Res).filter(keep).length, 0);
    const clusterScope = (b: Record<string, unknown>) => b.vm_id === undefined && b.container_id === undefined;
    expect(count('proxmox_sdn_vnet')).toBeGreaterThan(0);
    expect(count('proxmox_virtual_environment_firewall_ipset', (b) => !clusterScope(b))).toBeGreaterThan(0);
    expect(r.footprint.kernelIpsets).toBe(2 * count('proxmox_virtual_environment_firewall_ipset', clusterScope) + 8 * count('proxmox_sdn_vnet'));
    expect(r.footprint.storagesPerNode).toEqual({ pve1: 7, pve2: 7, pve3: 7, pve4: 7 });
  });

  it('a write past the per-file limit is refused naming the file, in pmxcfs/file_set_contents words', () => {
    const full = replayFootprint(stacks, { seed });
    const limits = { ...DEFAULT_CLUSTER_LIMITS, fileBytes: full.files['user.cfg'] - 1 };
    const r = replayStacks(stacks, { seed, limits });
    expect(r.refusal?.stack).toBe(stacks[stacks.length - 1].name);
    expect(r.refusal?.error.summary).toBe("unable to write '/etc/pve/user.cfg.tmp.<pid>' - File too large");
    // The last write of user.cfg in the example is a guest joining its tenant pool.
    expect(r.refusal?.address).toMatch(/^proxmox_virtual_environment_(vm|container)\./);
    expect(r.applied).toBe(stacks.length - 1);
  });

  it('the storage budget per node refuses the PBS entry that passes it', () => {
    const r = replayStacks(stacks, { seed, limits: { ...DEFAULT_CLUSTER_LIMITS, storagesPerNode: 5 } });
    // 3 seeded storages + the platform stack's none: the third tenant's PBS entry makes 6.
    expect(r.refusal).toMatchObject({ stacksBefore: 3, address: expect.stringMatching(/^proxmox_storage_pbs\./) });
    expect(r.refusal?.error.summary).toMatch(/^storage budget exceeded: node 'pve1' would poll 6 enabled storages \(budget 5 per node\)$/);
  });

  it('kernel ipsets over the ceiling refuse the IP set or vnet that passes it', () => {
    const r = replayStacks(stacks, { seed, limits: { ...DEFAULT_CLUSTER_LIMITS, kernelIpsets: 100 } });
    expect(r.refusal?.error.summary).toMatch(/maximum number of sets reached/);
    expect(r.refusal?.address).toMatch(/^proxmox_(sdn_vnet|virtual_environment_firewall_ipset)\./);
    expect(limitRefusals('proxmox_virtual_environment_firewall_ipset', 'delete', viewOf(0))).toEqual([]);
  });
});

describe('the model refuses the API write itself (checkProxmox, as in a rehearsal)', () => {
  const root = { kind: 'proxmox' as const, userId: 'root@pam' };
  const group = (name: string, rules: number) => ({
    typeName: 'proxmox_virtual_environment_cluster_firewall_security_group', action: 'create' as const, prior: null,
    planned: { name, comment: 'probe', rule: Array.from({ length: rules }, (_, i) => ({ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: String(1000 + i), comment: 'x'.repeat(60) })) },
  });

  it('a security group that takes cluster.fw past the seeded per-file limit is refused naming the file; one that fits is accepted', () => {
    const base = replayFootprint(stacks, { seed }).files['firewall/cluster.fw'];
    const view = replayView(stacks, { seed: { ...seed, limits: { fileBytes: base + 2000 } } });
    expect(checkProxmox(group('probe1', 5), root, view)).toEqual([]);
    const refused = checkProxmox(group('probe2', 40), root, view);
    expect(refused).toHaveLength(1);
    expect(refused[0].summary).toBe("unable to write '/etc/pve/firewall/cluster.fw.tmp.<pid>' - File too large");
    expect(refused[0].detail).toMatch(new RegExp(`larger than ${base + 2000} bytes with EFBIG .*cluster\\.fw would be \\d+ bytes`));
  });

  it('without seeded limits the defaults apply (1 MiB per file), so the example fleet is accepted', () => {
    const view = replayView(stacks, { seed });
    expect(checkProxmox(group('probe3', 40), root, view)).toEqual([]);
  });
});
