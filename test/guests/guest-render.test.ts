/**
 * Guests rendered into the tenant stack (issue #18 deliverable 1): one assertion per requirement on
 * the synthesized Terraform JSON of a small fleet with every profile.
 */
import * as path from 'path';
import { loadFleetModel, type FleetModel } from '../../lib/blueprint/fleet';
import { classifyResource, protectionWeakening } from '../../lib/pipeline/resource-classes';
import { reachabilityOfStack } from '../../lib/compliance/reachability';
import { cleanup, fleetWith, yaml } from '../config/fixtures';
import { guestFleet } from './fixtures';
import { synthModel } from '../helpers/fleet';
import { checkConformance } from '../../lib/verify/conformance';
import { fw1DefaultDeny } from '../../lib/compliance/rules/fw-1-default-deny';

const FLEET = (zoneType: string) => guestFleet([
  `  zoneType: ${zoneType}`,
  '  supernets: [10.0.0.0/16]',
  '  nodes: [pve1, pve2, pve3]',
  ...(zoneType === 'vxlan' ? ['  vxlanPeers: [192.0.2.1, 192.0.2.2]'] : []),
  ...(zoneType === 'evpn' ? ['  evpnController: evpn1', '  evpnAsn: 65000', '  evpnPeers: [192.0.2.1, 192.0.2.2]'] : []),
], [
  'compute:',
  '  guestStorages: [ceph-vm, local-lvm]',
  '  templates:',
  '    edge: { vmId: 9000 }',
  '    directory: { vmId: 9001 }',
  '    file: { vmId: 9002 }',
  '    app: { vmId: 9003 }',
  '    container: { file: "cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst" }',
]);
const ALPHA = yaml(
  'key: alpha', 'name: Alpha (Pfalz)', 'kind: gemeinde', 'ags: "07999011"',
  'segments:', '  dmz: {}',
  'flows:', '  clients-to-servers-smb: {}', '  clients-to-dmz-https: {}', '  management-to-all-ssh: {}', '  management-to-all-icmp: {}',
  'guests:',
  '  fw: { profile: edge }',
  '  dc: { profile: directory, size: m }',
  '  files: { profile: file }',
  '  fv:',
  '    profile: app',
  '    count: 2',
  '    override: { memoryMiB: 49152, storage: local-lvm, reason: "the procedure vendor requires 48 GiB of memory" }',
  '  web: { profile: container, segment: dmz }',
);

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;
type Res = Record<string, unknown>;

let dir: string;
let model: FleetModel;
let alpha: Json;
let beta: Json;

beforeAll(() => {
  dir = fleetWith({ 'fleet.yaml': FLEET('vlan'), 'kommunen/alpha.yaml': ALPHA });
  model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  const out = synthModel(model);
  alpha = out.stacks.alpha as Json;
  beta = out.stacks.beta as Json;
});
afterAll(() => cleanup(dir));

const of = (json: Json, type: string): Record<string, Res> => json.resource?.[type] ?? {};
const byVmId = (json: Json, type: string, vmId: number): Res => {
  const found = Object.values(of(json, type)).filter((r) => r.vm_id === vmId || r.container_id === vmId);
  expect(found).toHaveLength(1);
  return found[0];
};
const vms = () => Object.values(of(alpha, 'proxmox_virtual_environment_vm'));
const ids = () => model.specs.alpha.guests!;

describe('guests in the tenant stack', () => {
  it('renders one VM per VM instance and one container, with VM IDs from the lock inside the tenant range', () => {
    const range = model.lock.tenants.alpha.vmIds;
    expect(vms().map((v) => v.vm_id).sort()).toEqual([range.start, range.start + 1, range.start + 2, range.start + 3, range.start + 4]);
    expect(model.lock.tenants.alpha.guests).toEqual({
      dc: { vmIds: [range.start] }, files: { vmIds: [range.start + 1] }, fv: { vmIds: [range.start + 2, range.start + 3] },
      fw: { vmIds: [range.start + 4] }, web: { vmIds: [range.start + 5] },
    });
    const ct = Object.values(of(alpha, 'proxmox_virtual_environment_container'));
    expect(ct.map((c) => c.vm_id)).toEqual([range.start + 5]);
  });

  it('puts every guest in the tenant pool and tags it with tenant code and profile', () => {
    const pool = model.specs.alpha.compute.pool;
    for (const g of [...vms(), ...Object.values(of(alpha, 'proxmox_virtual_environment_container'))]) expect(g.pool_id).toBe(pool);
    const fv = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().fv.instances[0].vmId);
    expect(fv.tags).toEqual([model.specs.alpha.code, 'app', 'override'].sort());
    expect(String(fv.description)).toContain('the procedure vendor requires 48 GiB of memory');
  });

  it('puts disks only on storages that are members of the tenant pool', () => {
    const members = Object.values(of(alpha, 'proxmox_pool_membership')).map((m) => m.storage_id);
    expect(members.sort()).toEqual(['ceph-vm', 'local-lvm']);
    for (const v of vms()) {
      for (const d of v.disk as Res[]) expect(members).toContain(d.datastore_id);
      expect(members).toContain((v.clone as Res).datastore_id);
    }
    expect((byVmId(alpha, 'proxmox_virtual_environment_vm', ids().dc.instances[0].vmId).disk as Res[])[0].datastore_id).toBe('ceph-vm');
    expect((byVmId(alpha, 'proxmox_virtual_environment_vm', ids().fv.instances[1].vmId).disk as Res[])[0].datastore_id).toBe('local-lvm');
  });

  it('sizes guests from the catalogue, or from the override', () => {
    const dc = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().dc.instances[0].vmId);
    expect([(dc.cpu as Res).cores, (dc.memory as Res).dedicated, (dc.disk as Res[]).map((d) => d.size)]).toEqual([2, 8192, [32, 32]]);
    const fv = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().fv.instances[0].vmId);
    expect([(fv.cpu as Res).cores, (fv.memory as Res).dedicated]).toEqual([2, 49152]);
  });

  it('clones VMs from the fleet template (full clone) and creates containers from the template volume', () => {
    expect((byVmId(alpha, 'proxmox_virtual_environment_vm', ids().files.instances[0].vmId).clone as Res)).toMatchObject({ vm_id: 9002, full: true });
    const ct = Object.values(of(alpha, 'proxmox_virtual_environment_container'))[0];
    expect(ct.operating_system).toEqual({ template_file_id: 'cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst' });
    expect(ct.unprivileged).toBe(true);
  });

  it('gives cloud-init guests the platform logging vendor data; containers have none', () => {
    const volume = 'cephfs:snippets/';
    for (const v of vms()) expect(String((v.initialization as Res).vendor_data_file_id)).toMatch(new RegExp(`^${volume}kommunal-testfleet-logging`));
    expect(Object.values(of(alpha, 'proxmox_virtual_environment_container'))[0].initialization).not.toHaveProperty('vendor_data_file_id');
  });

  it('attaches every NIC to a segment vnet with the firewall on; the edge has one NIC per segment and owns the gateways', () => {
    const segs = model.specs.alpha.network.segments;
    for (const v of vms()) for (const n of v.network_device as Res[]) expect(n.firewall).toBe(true);
    const fw = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().fw.instances[0].vmId);
    // One NIC per segment, then the uplink on the fleet's edge uplink bridge (default vmbr0).
    expect((fw.network_device as Res[]).map((n) => n.bridge)).toEqual([segs.management!.vnetId, segs.servers!.vnetId, segs.clients!.vnetId, segs.dmz!.vnetId, 'vmbr0']);
    expect(((fw.initialization as Res).ip_config as Res[]).map((c) => (c.ipv4 as Res | undefined)?.address)).toEqual(
      [...[segs.management!, segs.servers!, segs.clients!, segs.dmz!].map((s) => `${s.gateway}/${s.cidr.split('/')[1]}`), undefined]);
    const ct = Object.values(of(alpha, 'proxmox_virtual_environment_container'))[0];
    expect(ct.network_interface).toEqual([{ name: 'eth0', bridge: segs.dmz!.vnetId, firewall: true }]);
    const dc = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().dc.instances[0].vmId);
    expect((dc.network_device as Res[]).map((n) => n.bridge)).toEqual([segs.servers!.vnetId]);
  });

  it('gives each guest firewall options (enabled, input DROP, IP and MAC filter), the segment security group and an ipfilter set', () => {
    const dc = ids().dc.instances[0].vmId;
    const o = byVmId(alpha, 'proxmox_virtual_environment_firewall_options', dc);
    expect(o).toMatchObject({ enabled: true, input_policy: 'DROP', output_policy: 'DROP', ipfilter: true, macfilter: true, dhcp: true });
    const rules = byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', dc).rule as Res[];
    expect(rules[0]).toMatchObject({ security_group: model.specs.alpha.network.segments.servers!.securityGroup });
    expect(rules.filter((r) => r.type !== 'out').pop()).toMatchObject({ type: 'in', action: 'DROP' });
    // Default-deny outbound: the directory server (servers) starts no declared flow of ALPHA, so
    // its outbound ACCEPTs are exactly its profile's platform services, each on net0, then the DROP.
    const out = rules.filter((r) => r.type === 'out');
    expect(out[out.length - 1]).toMatchObject({ action: 'DROP', log: 'info' });
    expect(out.slice(0, -1).map((r) => [r.iface, r.dest, r.proto, r.dport])).toEqual([
      ['net0', '192.0.2.53/32,192.0.2.54/32', 'udp', '53'],
      ['net0', '192.0.2.53/32,192.0.2.54/32', 'tcp', '53'],
      ['net0', '192.0.2.123/32', 'udp', '123'],
      ['net0', '192.0.2.80/32', 'tcp', '80,443'],
      ['net0', '192.0.2.14/32', 'tcp', '6514'],
    ]);
    // The Fachverfahren (app) also reaches Vault.
    const fv = byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', ids().fv.instances[0].vmId).rule as Res[];
    expect(fv.filter((r) => r.type === 'out' && r.dport === '8200').map((r) => r.dest)).toEqual(['192.0.2.82/32']);
    const ipf = byVmId(alpha, 'proxmox_virtual_environment_firewall_ipset', dc);
    expect(ipf).toMatchObject({ name: 'ipfilter-net0', cidr: [{ name: model.specs.alpha.network.segments.servers!.cidr, comment: 'segment servers' }] });
    const web = ids().web.instances[0].vmId;
    expect(byVmId(alpha, 'proxmox_virtual_environment_firewall_options', web)).toMatchObject({ enabled: true, input_policy: 'DROP' });
  });

  it('lets the edge route exactly the declared flows: no IP filter sets, one rule per flow with source and destination sets', () => {
    const fw = ids().fw.instances[0].vmId;
    expect(byVmId(alpha, 'proxmox_virtual_environment_firewall_options', fw)).toMatchObject({ enabled: true, input_policy: 'DROP', ipfilter: false, macfilter: true });
    const sets = Object.values(of(alpha, 'proxmox_virtual_environment_firewall_ipset')).filter((s) => s.vm_id === fw);
    // Every service has addresses (compute.platformServices): no rule uses the `beyond-tenant` set,
    // which stays for the address contract.
    expect(sets.map((s) => s.name)).toEqual(['beyond-tenant']);
    expect(sets[0].cidr).toEqual([
      { name: '0.0.0.0/1', comment: 'outside the tenant' }, { name: '128.0.0.0/1', comment: 'outside the tenant' },
      { name: model.specs.alpha.network.block, nomatch: true, comment: 'the tenant block itself' },
    ]);
    expect((byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', fw).rule as Res[]).filter((r) => r.dest === '+beyond-tenant')).toEqual([]);
    const rules = (byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', fw).rule as Res[]).filter((r) => r.type !== 'out');
    const segs = model.specs.alpha.network.segments;
    const nicOf: Record<string, string> = { management: 'net0', servers: 'net1', clients: 'net2', dmz: 'net3' };
    const ipSetOf = (n: string) => `+${segs[n as keyof typeof segs]!.ipSetName}`;
    // Every ACCEPT names a NIC, a source set and a destination: nothing lets a whole segment reach the router.
    const accepts = rules.filter((r) => r.action === 'ACCEPT');
    for (const r of accepts) expect([typeof r.iface, typeof r.source, typeof r.dest]).toEqual(['string', 'string', 'string']);
    const flows = Object.values(model.specs.alpha.network.flows).flatMap((f) => f.targets.map((t) => [nicOf[f.from], ipSetOf(f.from), ipSetOf(t), f.protocol, f.ports]));
    expect(flows).toHaveLength(2 + 3 + 3);
    expect(accepts.filter((r) => String(r.comment).startsWith('forward ') && String(r.dest).startsWith('+')).map((r) => [r.iface, r.source, r.dest, r.proto, r.dport]).sort())
      .toEqual(flows.sort());
    // Platform services: only from segments whose guests need them (servers: dc, files, fv; dmz: the
    // container web), per service; none from management and clients (no guests there but the edge).
    const forwarded = accepts.filter((r) => String(r.comment).includes("to the platform's"));
    expect([...new Set(forwarded.map((r) => r.iface))].sort()).toEqual(['net1', 'net3']);
    expect(forwarded.filter((r) => r.iface === 'net1').map((r) => [r.proto, r.dport])).toEqual([['udp', '53'], ['tcp', '53'], ['udp', '123'], ['tcp', '8200'], ['tcp', '80,443'], ['tcp', '6514']]);
    // The container needs no NTP (it shares the node's clock) and no Vault.
    expect(forwarded.filter((r) => r.iface === 'net3').map((r) => [r.proto, r.dport])).toEqual([['udp', '53'], ['tcp', '53'], ['tcp', '80,443'], ['tcp', '6514']]);
    // Outbound: the forwarded flows on the target NIC, the forwarded services and its own on the uplink (net4), then the DROP.
    const out = (byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', fw).rule as Res[]).filter((r) => r.type === 'out');
    expect(out.filter((r) => String(r.comment).startsWith('forward ') && String(r.dest).startsWith('+')).map((r) => [r.iface, r.source, r.dest, r.proto, r.dport]).sort())
      .toEqual(Object.values(model.specs.alpha.network.flows).flatMap((f) => f.targets.map((t) => [nicOf[t], ipSetOf(f.from), ipSetOf(t), f.protocol, f.ports])).sort());
    // Besides the edge's DHCP replies on the NIC of each segment it serves (clients), only the uplink sends to literal addresses.
    const dhcpReplies = out.filter((r) => r.sport === '67');
    expect(dhcpReplies.map((r) => [r.iface, r.dport])).toEqual([[nicOf.clients, '68']]);
    expect(out.filter((r) => r.action === 'ACCEPT' && !String(r.dest).startsWith('+') && r.sport === undefined).every((r) => r.iface === 'net4')).toBe(true);
    expect(out.filter((r) => String(r.comment).endsWith('of the router itself')).map((r) => r.dport)).toEqual(['53', '53', '123', '80,443', '6514']);
    expect(out[out.length - 1]).toMatchObject({ action: 'DROP' });
    expect(accepts.filter((r) => String(r.comment).startsWith('management of the router')).map((r) => [r.iface, r.source, r.dest, r.dport]))
      .toEqual([['net0', ipSetOf('management'), segs.management!.gateway, '22,443']]);
    expect(rules[rules.length - 1]).toMatchObject({ type: 'in', action: 'DROP' });
  });

  it('creates the guest firewall after the guest', () => {
    const dc = ids().dc.instances[0].vmId;
    const vmAddress = Object.entries(of(alpha, 'proxmox_virtual_environment_vm')).find(([, v]) => v.vm_id === dc)![0];
    expect(byVmId(alpha, 'proxmox_virtual_environment_firewall_rules', dc).depends_on).toContain(`proxmox_virtual_environment_vm.${vmAddress}`);
    expect(byVmId(alpha, 'proxmox_virtual_environment_firewall_ipset', dc).depends_on).toContain(`proxmox_virtual_environment_vm.${vmAddress}`);
  });

  it('adds an HA resource where the profile asks (VMs), none for the container', () => {
    const ha = Object.values(of(alpha, 'proxmox_haresource'));
    expect(ha.map((h) => h.resource_id).sort()).toEqual(vms().map((v) => `vm:${v.vm_id}`).sort());
    expect(ha.every((h) => h.state === 'started')).toBe(true);
    // No cells in this fleet: no node-affinity rule, and no `group` on the HA resources.
    expect(of(alpha, 'proxmox_harule')).toEqual({});
    expect(ha.some((h) => 'group' in h)).toBe(false);
  });

  it('protects guests with a data disk (protection, prevent_destroy) and not the others', () => {
    const prot = (vmId: number) => byVmId(alpha, 'proxmox_virtual_environment_vm', vmId);
    for (const g of [ids().dc, ids().files, ids().fv]) {
      const v = prot(g.instances[0].vmId);
      expect([v.protection, (v.lifecycle as Res).prevent_destroy, (v.disk as Res[]).length]).toEqual([true, true, 2]);
    }
    const edge = prot(ids().fw.instances[0].vmId);
    expect([edge.protection, (edge.lifecycle as Res).prevent_destroy, (edge.disk as Res[]).length]).toEqual([false, undefined, 1]);
  });

  it('the plan guard classes a guest delete and a data disk removal as data loss', () => {
    expect(classifyResource('proxmox_virtual_environment_vm', {}, null)?.category).toBe('data');
    expect(classifyResource('proxmox_virtual_environment_container', {}, null)?.category).toBe('data');
    const v = byVmId(alpha, 'proxmox_virtual_environment_vm', ids().files.instances[0].vmId);
    const after = { ...v, disk: (v.disk as Res[]).slice(0, 1) };
    expect(protectionWeakening('proxmox_virtual_environment_vm', v, after, true)).toEqual([
      { attribute: 'disk', detail: 'disk scsi1 removed from the guest: its data goes with it', outside: false },
    ]);
  });

  it('includes the guests in the backup: the job selects the tenant pool the guests are in', () => {
    const jobs = Object.values(of(alpha, 'proxmox_backup_job'));
    expect(jobs).toHaveLength(1);
    const poolRef = String(jobs[0].pool);
    expect(poolRef).toMatch(/^\$\{proxmox_virtual_environment_pool\.[^.]+\.pool_id\}$/);
    const pools = Object.values(of(alpha, 'proxmox_virtual_environment_pool'));
    expect(pools.map((p) => p.pool_id)).toEqual([model.specs.alpha.compute.pool]);
    for (const v of vms()) expect(v.pool_id).toBe(pools[0].pool_id);
  });

  it('spreads guests over the cluster nodes by VM ID, on the same node as their firewall', () => {
    for (const v of vms()) {
      expect(v.node_name).toBe(['pve1', 'pve2', 'pve3'][(v.vm_id as number) % 3]);
      expect(byVmId(alpha, 'proxmox_virtual_environment_firewall_options', v.vm_id as number).node_name).toBe(v.node_name);
      expect((v.lifecycle as Res).ignore_changes).toEqual(['node_name']);
    }
  });

  it('uses stable construct paths <tenant>/Guests/<name>/<index>', () => {
    const paths = vms().map((v) => ((v['//'] as Res).metadata as Res).path).sort();
    expect(paths).toEqual(['alpha/Guests/dc/0/Vm', 'alpha/Guests/files/0/Vm', 'alpha/Guests/fv/0/Vm', 'alpha/Guests/fv/1/Vm', 'alpha/Guests/fw/0/Vm']);
  });

  it('conforms to the bpg/proxmox 0.111.1 schema (VMs, container, HA, firewall)', () => {
    expect(checkConformance(alpha)).toEqual([]);
  });

  it('renders nothing for a tenant without guests', () => {
    for (const t of ['proxmox_virtual_environment_vm', 'proxmox_virtual_environment_container', 'proxmox_haresource']) expect(of(beta, t)).toEqual({});
    expect(model.lock.tenants.beta.guests).toBeUndefined();
  });

  it('KOM-FW-1 decides pass (not unknown) for a tenant with guests, and fails when a guest firewall accepts by default', () => {
    expect(fw1DefaultDeny.evaluate({ json: alpha as never }).status).toBe('pass');
    expect(fw1DefaultDeny.evaluate({ json: beta as never }).status).toBe('unknown');
    const opened = JSON.parse(JSON.stringify(alpha)) as Json;
    const dc = ids().dc.instances[0].vmId;
    Object.values(opened.resource.proxmox_virtual_environment_firewall_options).find((o) => o.vm_id === dc)!.input_policy = 'ACCEPT';
    const outcome = fw1DefaultDeny.evaluate({ json: opened as never });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map((f) => f.message)).toEqual([expect.stringContaining('input_policy is "ACCEPT"')]);
  });
});

describe('the edge routes exactly the declared flows (reachability of the rendered stack)', () => {
  let dir2: string;
  let m: FleetModel;
  let json: Json;
  beforeAll(() => {
    dir2 = fleetWith({ 'fleet.yaml': FLEET('vlan'), 'kommunen/alpha.yaml': ALPHA });
    m = loadFleetModel({ fleetFile: path.join(dir2, 'fleet.yaml'), displayRoot: dir2 });
    json = synthModel(m).stacks.alpha as Json;
  });
  afterAll(() => cleanup(dir2));

  // As `kommunal reachability` and KOM-FW-1 run it: each guest against its profile's services, and the outbound proof.
  const analyse = (stack: Json) => reachabilityOfStack(stack as never, m.specs.alpha).result;

  it('proves every declared flow open, nothing else crossing or started, and every platform service reachable', () => {
    const r = analyse(json);
    expect(r.violations).toEqual([]);
    const cell = r.matrix.find((c) => c.from === 'clients' && c.to === 'servers' && c.proto === 'tcp');
    expect(cell?.ports).toEqual([{ from: 445, to: 445 }]);
    expect(r.matrix.find((c) => c.from === 'servers' && c.to === 'clients')).toBeUndefined();
    // dc-0 (directory: 7 paths: DNS udp+tcp at two addresses, NTP, mirror, log), files-0 (7),
    // fv-0 and fv-1 (app: 8, with Vault), web-0 (container: 6, no NTP), fw-0 (edge, from its uplink: 7).
    expect(r.checked.servicePaths).toBe(7 + 7 + 8 + 8 + 6 + 7);
    expect(r.checked.outboundChains).toBeGreaterThan(5);
  });

  it('names the rules of a deliberately opened path (servers -> dmz tcp/3389) as counter-examples, each stage needed', () => {
    const segs = m.specs.alpha.network.segments;
    const sv = `+${segs.servers!.ipSetName}`;
    const dmz = `+${segs.dmz!.ipSetName}`;
    const open = (stages: { dc?: boolean; edgeIn?: boolean; edgeOut?: boolean; group?: boolean }) => {
      const copy = JSON.parse(JSON.stringify(json)) as Json;
      const rulesOf = (vmId: number) => byVmId(copy, 'proxmox_virtual_environment_firewall_rules', vmId).rule as Res[];
      if (stages.dc === true) rulesOf(m.specs.alpha.guests!.dc.instances[0].vmId).unshift({ type: 'out', action: 'ACCEPT', dest: dmz, proto: 'tcp', dport: '3389', comment: 'dc out: opened by mistake' });
      const edge = rulesOf(m.specs.alpha.guests!.fw.instances[0].vmId);
      if (stages.edgeIn === true) edge.unshift({ type: 'in', action: 'ACCEPT', iface: 'net1', source: sv, dest: dmz, proto: 'tcp', dport: '3389', comment: 'edge in: opened by mistake' });
      if (stages.edgeOut === true) edge.unshift({ type: 'out', action: 'ACCEPT', iface: 'net3', source: sv, dest: dmz, proto: 'tcp', dport: '3389', comment: 'edge out: opened by mistake' });
      const group = Object.values(of(copy, 'proxmox_virtual_environment_cluster_firewall_security_group')).find((g) => g.name === segs.dmz!.securityGroup)!;
      if (stages.group === true) (group.rule as Res[]).push({ type: 'in', action: 'ACCEPT', source: sv, proto: 'tcp', dport: '3389', comment: 'dmz: opened by mistake' });
      return analyse(copy).violations;
    };
    const all = open({ dc: true, edgeIn: true, edgeOut: true, group: true });
    const crossing = all.filter((x) => x.kind === 'undeclared');
    expect(crossing.length).toBeGreaterThan(0);
    // To the container in dmz the last stage is its security group; to the edge's own dmz address
    // (it is in the dmz set) the edge's widened inbound rule lets it in.
    expect(crossing.map((x) => [x.src.includes('Guests_dc_0'), x.ports, x.dst.includes('Guests_web_0') ? 'web' : x.dst.includes('Guests_fw_0') ? 'edge' : x.dst, x.rule?.note]).sort()).toEqual([
      [true, '3389', 'edge', 'edge in: opened by mistake'],
      [true, '3389', 'web', 'dmz: opened by mistake'],
    ]);
    expect(crossing[0]!.message).toContain('servers -> dmz tcp/3389');
    // The sender's widened outbound rule is a counter-example of its own: it may start undeclared traffic.
    const started = all.filter((x) => x.kind === 'undeclared-out');
    expect(started.map((x) => [x.dst, x.ports, x.rule?.note])).toEqual([['segment dmz', '3389', 'dc out: opened by mistake']]);
    // Default-deny in both directions: with any one stage closed nothing reaches the container.
    for (const closed of ['dc', 'edgeIn', 'edgeOut', 'group'] as const) {
      const v = open({ dc: true, edgeIn: true, edgeOut: true, group: true, [closed]: false });
      expect(v.filter((x) => x.kind === 'undeclared' && x.dst.includes('Guests_web_0'))).toEqual([]);
    }
  });
});
