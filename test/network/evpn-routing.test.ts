/**
 * Routing of EVPN zones (issue #18, deliverable 2): the exit nodes of the tenants' EVPN zones from
 * the fleet (per cluster, or the fleet of one cluster), their positioned errors, rendering only when
 * set, what the datacenter model writes to sdn/zones.cfg and refuses, and DHCP per zone type.
 */
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import type { Problem } from '../../lib/config/problems';
import { writeClusterFile } from '../../lib/rehearsal/model/proxmox/cluster-files';
import { T } from '../../lib/rehearsal/model/proxmox/access';
import { ZONE_ROUTING } from '../../lib/model/zone-routing';
import { reachabilityOfStack } from '../../lib/compliance/reachability';
import { cleanup, fleetWith, yaml } from '../config/fixtures';
import { guestFleet, PLATFORM_SERVICE_LINES } from '../guests/fixtures';
import { loadProblems, twoClusterFleet } from '../helpers/clusters';
import { synthModel } from '../helpers/fleet';
import { apply, callerOf, seeded, texts } from '../rehearsal/model/proxmox/helpers';

const EVPN = ['  evpnController: evpn1', '  evpnAsn: 65000', '  evpnPeers: [192.0.2.1, 192.0.2.2]'];
const TEMPLATES = ['compute:', '  templates:', '    edge: { vmId: 9000 }', '    file: { vmId: 9002 }', '    directory: { vmId: 9001 }'];

/** A fleet of one cluster (nodes pve1-pve3) with the given zone type and extra `network` lines. */
function oneCluster(zoneType: string, network: string[] = []): string {
  return guestFleet([`  zoneType: ${zoneType}`, '  supernets: [10.0.0.0/16]', '  nodes: [pve1, pve2, pve3]', ...(zoneType === 'evpn' ? EVPN : []), ...(zoneType === 'vxlan' ? ['  vxlanPeers: [192.0.2.1]'] : []), ...network], TEMPLATES);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(cleanup));

function problemsOf(files: Record<string, string>): Problem[] {
  const dir = fleetWith(files);
  dirs.push(dir);
  return loadProblems(dir);
}

function stacksOf(files: Record<string, string>): Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>> {
  const dir = fleetWith(files);
  dirs.push(dir);
  const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  return synthModel(model).stacks as never;
}

const brief = (p: Problem) => `${p.path}: ${p.message}`;

describe('EVPN exit nodes in the fleet file', () => {
  it('a fleet of one cluster: exit nodes must be nodes of network.nodes, the primary one of them', () => {
    const ps = problemsOf({ 'fleet.yaml': oneCluster('evpn', ['  evpnExitNodes: [pve1, pve9]', '  evpnPrimaryExitNode: pve2']) });
    expect(ps.map(brief)).toEqual([
      expect.stringMatching(/^network\.evpnExitNodes\[1\]: exit node "pve9" is not a node of the cluster \(network\.nodes\) \(nodes: .*pve1.*pve2.*pve3/),
      expect.stringMatching(/^network\.evpnPrimaryExitNode: primary exit node "pve2" is not one of the exit nodes \(evpnExitNodes: .*pve1.*pve9/),
    ]);
    // Positioned: the line of the bad list element in fleet.yaml.
    expect(ps[0].file).toMatch(/fleet\.yaml$/);
    expect(ps[0].line).toBeGreaterThan(1);
  });

  it('exit nodes need network.nodes in a fleet of one cluster', () => {
    const text = oneCluster('evpn', ['  evpnExitNodes: [pve1]']).replace('  nodes: [pve1, pve2, pve3]\n', '');
    expect(problemsOf({ 'fleet.yaml': text }).map(brief)).toContainEqual(expect.stringMatching(/^network\.evpnExitNodes: "network\.evpnExitNodes" needs "network\.nodes"/));
  });

  it('exit nodes on a fleet that is not EVPN are refused', () => {
    const ps = problemsOf({ 'fleet.yaml': oneCluster('vlan', ['  evpnExitNodes: [pve1]', '  evpnPrimaryExitNode: pve1']) });
    expect(ps.map(brief)).toEqual([
      'network.evpnExitNodes: "network.evpnExitNodes" is not used by zone type "vlan"; remove it',
      'network.evpnPrimaryExitNode: "network.evpnPrimaryExitNode" is not used by zone type "vlan"; remove it',
    ]);
  });

  it('with clusters: per cluster, checked against that cluster\'s nodes; the fleet-wide field is refused', () => {
    const evpn = (fleet: string) => fleet.replace('  zoneType: vlan', ['  zoneType: evpn', '  evpnController: evpn1', '  evpnAsn: 65000'].join('\n'));
    const ok = problemsOf({ 'fleet.yaml': evpn(twoClusterFleet([], { a: ['evpnPeers: [192.0.2.1]', 'evpnExitNodes: [pve1, pve2]', 'evpnPrimaryExitNode: pve1'], b: ['evpnPeers: [192.0.2.3]'] })) });
    expect(ok).toEqual([]);
    const bad = problemsOf({ 'fleet.yaml': evpn(twoClusterFleet([], { a: ['evpnPeers: [192.0.2.1]', 'evpnExitNodes: [pve3]'], b: ['evpnPeers: [192.0.2.3]', 'evpnPrimaryExitNode: pve3'] })) });
    expect(bad.map(brief)).toEqual([
      expect.stringMatching(/^clusters\.ka\.evpnExitNodes\[0\]: exit node "pve3" is not a node of cluster "ka" \(nodes: .*pve1.*pve2/),
      'clusters.kb.evpnPrimaryExitNode: primary exit node "pve3" needs exit nodes: set evpnExitNodes (the primary is one of them)',
    ]);
    const fleetWide = problemsOf({ 'fleet.yaml': evpn(twoClusterFleet([], { a: ['evpnPeers: [192.0.2.1]'], b: ['evpnPeers: [192.0.2.3]'] })).replace('  evpnAsn: 65000', '  evpnAsn: 65000\n  evpnExitNodes: [pve1]') });
    expect(fleetWide.map(brief)).toContainEqual(expect.stringMatching(/^network\.evpnExitNodes: with "clusters", the EVPN exit nodes are per cluster/));
    const vlanCluster = problemsOf({ 'fleet.yaml': twoClusterFleet([], { a: ['evpnExitNodes: [pve1]'] }) });
    expect(vlanCluster.map(brief)).toEqual(['clusters.ka.evpnExitNodes: "evpnExitNodes" is not used by zone type "vlan"; remove it']);
  });
});

describe('EVPN exit nodes on each tenant zone', () => {
  const zonesOf = (stacks: ReturnType<typeof stacksOf>) => Object.fromEntries(Object.entries(stacks)
    .filter(([, j]) => j.resource?.[T.zoneEvpn] !== undefined)
    .map(([name, j]) => [name, Object.values(j.resource![T.zoneEvpn]!)[0]]));

  it('renders exit_nodes and primary_exit_node on every tenant\'s EVPN zone when set, and changes nothing else', () => {
    const before = stacksOf({ 'fleet.yaml': oneCluster('evpn') });
    const after = stacksOf({ 'fleet.yaml': oneCluster('evpn', ['  evpnExitNodes: [pve2, pve3]', '  evpnPrimaryExitNode: pve2']) });
    const zb = zonesOf(before);
    const za = zonesOf(after);
    expect(Object.keys(za).sort()).toEqual(['alpha', 'beta']);
    for (const key of Object.keys(za)) {
      expect(za[key]).toMatchObject({ exit_nodes: ['pve2', 'pve3'], primary_exit_node: 'pve2' });
      // A fleet without exit nodes renders none (a fleet written before synthesizes as before).
      expect(zb[key]).not.toHaveProperty('exit_nodes');
      expect(zb[key]).not.toHaveProperty('primary_exit_node');
      const { exit_nodes: _e, primary_exit_node: _p, ...rest } = za[key];
      expect(rest).toEqual(zb[key]);
    }
    // Everything but the zones is the same.
    const strip = (s: ReturnType<typeof stacksOf>) => JSON.stringify(s, (k, v) => (k === 'exit_nodes' || k === 'primary_exit_node' ? undefined : v));
    expect(strip(after)).toBe(strip(before));
  });
});

describe('the datacenter model: exit nodes in sdn/zones.cfg', () => {
  function withController() {
    const store = seeded();
    const root = callerOf(store, 'root');
    expect(apply(store, root, T.controllerEvpn, 'evpn1', { id: 'evpn1', asn: 65000, peers: ['192.0.2.1'] })).toEqual([]);
    return { store, root };
  }
  const zone = (extra: Record<string, unknown>) => ({ id: 'z0001', controller: 'evpn1', vrf_vxlan: 100063, ...extra });

  it('writes the exit nodes under the keys of EvpnPlugin.pm (exitnodes, exitnodes-primary)', () => {
    const { store, root } = withController();
    expect(apply(store, root, T.zoneEvpn, 'z0001', zone({ exit_nodes: ['pve2', 'pve3'], primary_exit_node: 'pve2', exit_nodes_local_routing: false }))).toEqual([]);
    const text = writeClusterFile('sdn/zones.cfg', store);
    expect(text).toBe('evpn: z0001\n\tcontroller evpn1\n\texitnodes pve2,pve3\n\texitnodes-local-routing 0\n\texitnodes-primary pve2\n\tvrf-vxlan 100063\n\n');
    expect(JSON.parse(writeClusterFile('sdn/.running-config', store)).zones.ids.z0001).toMatchObject({ exitnodes: 'pve2,pve3', 'exitnodes-primary': 'pve2' });
  });

  it('refuses an exit node that is no node of the cluster, a malformed name, and a primary that is no exit node', () => {
    const { store, root } = withController();
    expect(texts(apply(store, root, T.zoneEvpn, 'z0001', zone({ exit_nodes: ['pve1', 'pve9'] })))[0]).toMatch(/^rehearsal policy: exit node 'pve9' is not a node of the cluster/);
    expect(texts(apply(store, root, T.zoneEvpn, 'z0001', zone({ exit_nodes: ['pve_1'] })))[0]).toMatch(/^Parameter verification failed\. \[exitnodes: value does not look like a valid node name/);
    expect(texts(apply(store, root, T.zoneEvpn, 'z0001', zone({ exit_nodes: ['pve1'], primary_exit_node: 'pve2' })))[0]).toMatch(/^rehearsal policy: primary exit node 'pve2' is not one of the exit nodes \(pve1\)/);
    expect(apply(store, root, T.zoneEvpn, 'z0001', zone({ exit_nodes: ['pve1', 'pve3'], primary_exit_node: 'pve3' }))).toEqual([]);
  });
});

describe('DHCP per zone type', () => {
  const TENANT = (segments: string[]) => yaml('key: alpha', 'name: Alpha (Pfalz)', 'kind: gemeinde', 'ags: "07999011"', ...segments, 'guests:', '  fw: { profile: edge }', '  files: { profile: file }');

  it('Proxmox serves DHCP in none of the fleet zone types; the edge does where it owns the gateways', () => {
    expect(ZONE_ROUTING.evpn).toMatchObject({ gateway: 'nodes', dhcp: 'none' });
    for (const z of ['vlan', 'qinq', 'vxlan'] as const) expect(ZONE_ROUTING[z]).toMatchObject({ gateway: 'edge', dhcp: 'edge' });
  });

  it('refuses a guest NIC on a DHCP segment in an EVPN fleet, naming the segment, the zone type and what is allowed', () => {
    const exits = oneCluster('evpn', ['  evpnExitNodes: [pve1]']);
    const ps = problemsOf({ 'fleet.yaml': exits, 'kommunen/alpha.yaml': TENANT([]) });
    expect(ps.map(brief)).toEqual([
      expect.stringMatching(/^guests\.fw: guest "fw" has a NIC on segment "?clients"?, which serves DHCP \(segments\.clients\.dhcp \(catalogue default true\)\), but in zone type "evpn" nobody serves DHCP: .*allowed: set segments\.clients\.dhcp: false .*or DHCP in zone types .*vlan.*qinq.*vxlan/),
    ]);
    expect(ps[0].file).toMatch(/alpha\.yaml$/);
    // The file server sits in servers (no DHCP): only the edge, with a NIC on every segment, is refused.
    expect(problemsOf({ 'fleet.yaml': exits, 'kommunen/alpha.yaml': TENANT(['segments:', '  clients: { dhcp: false }']) })).toEqual([]);
  });

  it('refuses guests in an EVPN fleet whose tenant may land on a cluster without exit nodes (no route out), positioned at guests', () => {
    const NO_DHCP = ['segments:', '  clients: { dhcp: false }'];
    const one = problemsOf({ 'fleet.yaml': oneCluster('evpn'), 'kommunen/alpha.yaml': TENANT(NO_DHCP) });
    expect(one.map(brief)).toEqual([expect.stringMatching(/^guests: guests in an EVPN fleet need exit nodes: .*not set: "?network\.evpnExitNodes"?; allowed: set it/)]);
    expect(one[0].file).toMatch(/alpha\.yaml$/);
    expect(one[0].line).toBeGreaterThan(1);
    // With clusters: every cluster the tenant may be placed on, or the one it is pinned to.
    const evpn = (fleet: string) => fleet.replace('  zoneType: vlan', ['  zoneType: evpn', '  evpnController: evpn1', '  evpnAsn: 65000'].join('\n'))
      .replace('compute:', ['compute:', '  templates:', '    edge: { vmId: 9000 }', '    file: { vmId: 9002 }'].join('\n'));
    const fleet = evpn(twoClusterFleet(['compute:', ...PLATFORM_SERVICE_LINES], { a: ['evpnPeers: [192.0.2.1]', 'evpnExitNodes: [pve1]'], b: ['evpnPeers: [192.0.2.3]'] }));
    const unpinned = problemsOf({ 'fleet.yaml': fleet, 'kommunen/alpha.yaml': TENANT(NO_DHCP) });
    expect(unpinned.map(brief)).toEqual([expect.stringMatching(/not set: "?clusters\.kb\.evpnExitNodes"?; allowed: set it \(nodes of the cluster\), or pin the tenant \(cluster: <id>\) to a cluster that has exit nodes$/)]);
    expect(problemsOf({ 'fleet.yaml': fleet, 'kommunen/alpha.yaml': TENANT(['cluster: ka', ...NO_DHCP]) })).toEqual([]);
    expect(problemsOf({ 'fleet.yaml': fleet, 'kommunen/alpha.yaml': TENANT(['cluster: kb', ...NO_DHCP]) }).map(brief)).toEqual([expect.stringMatching(/not set: "?clusters\.kb\.evpnExitNodes"?; allowed: set it \(nodes of the cluster\)$/)]);
  });

  it('keeps DHCP segments with guests in vlan fleets (the edge serves them)', () => {
    expect(problemsOf({ 'fleet.yaml': oneCluster('vlan'), 'kommunen/alpha.yaml': TENANT([]) })).toEqual([]);
  });
});

describe('reachability of an EVPN tenant with guests (the nodes route, the guest chains filter)', () => {
  const TENANT = yaml(
    'key: alpha', 'name: Alpha (Pfalz)', 'kind: gemeinde', 'ags: "07999011"',
    'segments:', '  clients: { dhcp: false }', '  dmz: {}',
    'flows:', '  clients-to-servers-smb: {}', '  clients-to-dmz-https: {}', '  management-to-all-ssh: {}',
    'guests:', '  fw: { profile: edge }', '  dc: { profile: directory }', '  files: { profile: file }', '  web: { profile: container, segment: dmz }',
  );
  const FLEET_TEXT = (network: string[]) => oneCluster('evpn', network).replace('    directory: { vmId: 9001 }', '    directory: { vmId: 9001 }\n    container: { file: "cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst" }');
  let model: ReturnType<typeof loadFleetModel>;
  let json: Record<string, unknown>;
  beforeAll(() => {
    const dir = fleetWith({ 'fleet.yaml': FLEET_TEXT(['  evpnExitNodes: [pve1, pve2]']), 'kommunen/alpha.yaml': TENANT });
    dirs.push(dir);
    model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    json = synthModel(model).stacks.alpha as Record<string, unknown>;
  });
  const analyse = (stack: Record<string, unknown>) => {
    // The entry point KOM-FW-1 and `kommunal reachability` use (each guest's profile services).
    return reachabilityOfStack(stack as never, model.specs.alpha, 'alpha').result;
  };

  type Res = Record<string, unknown>;
  const copy = () => JSON.parse(JSON.stringify(json)) as { resource: Record<string, Record<string, Res>> };
  const guestVm = (j: ReturnType<typeof copy>, name: string) => Object.values(j.resource.proxmox_virtual_environment_vm).find((v) => v.vm_id === model.specs.alpha.guests![name].instances[0].vmId)!;

  it('proves every declared flow open, nothing else crossing, and the log collector reachable through the exit nodes', () => {
    const r = analyse(json);
    expect(r.violations).toEqual([]);
    // Exactly the declared flows cross segments: the nodes route everything, the guests' IN chains let only these in.
    expect(r.matrix.filter((c) => c.from !== c.to).map((c) => `${c.from}>${c.to} ${c.proto}/${c.ports.map((p) => (p.from === p.to ? p.from : `${p.from}-${p.to}`)).join(',')}`).sort()).toEqual([
      'clients>dmz tcp/443', 'clients>servers tcp/445', 'management>clients tcp/22', 'management>dmz tcp/22', 'management>servers tcp/22',
    ]);
    expect(r.checked.servicePaths).toBeGreaterThan(0);
  });

  it('without exit nodes no guest reaches the log collector, and the counter-example names the missing parameter', () => {
    const j = copy();
    for (const z of Object.values(j.resource[T.zoneEvpn])) delete z.exit_nodes;
    const v = analyse(j).violations;
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x) => x.kind === 'service-unreachable' && x.rule?.kind === 'no-route' && /evpnExitNodes/.test(x.message))).toBe(true);
  });

  it('a guest whose last rule accepts is a counter-example naming that rule and the filter the nodes lack', () => {
    const j = copy();
    const files = model.specs.alpha.guests!.files.instances[0].vmId;
    const [address, fw] = Object.entries(j.resource.proxmox_virtual_environment_firewall_rules).find(([, o]) => o.vm_id === files)!;
    const rules = fw.rule as Res[];
    // The vetted guest IN chain ends with a logged DROP (the OUT chain's DROP follows it); turned
    // into ACCEPT, only the nodes could still filter.
    const lastIn = rules.map((r) => r.type).lastIndexOf('in');
    expect(rules[lastIn].action).toBe('DROP');
    rules[lastIn].action = 'ACCEPT';
    const v = analyse(j).violations.filter((x) => x.kind === 'undeclared');
    expect(v.length).toBeGreaterThan(0);
    for (const x of v) {
      expect(x.rule).toMatchObject({ kind: 'rule', address: `proxmox_virtual_environment_firewall_rules.${address}`, index: lastIn });
      expect(x.message).toContain('the receiving guest\'s IN chain is the only filter');
    }
    expect(v.map((x) => x.src)).toContain('segment:clients');
  });

  it('a multi-homed guest is reached on the NIC the packet is addressed to (the node routes it there)', () => {
    const j = copy();
    // The edge is an ordinary guest in EVPN with a NIC on every segment; its NIC on servers loses its firewall.
    const edge = guestVm(j, 'fw');
    const serversVnet = model.specs.alpha.network.segments.servers!.vnetId;
    const nics = edge.network_device as Res[];
    const idx = nics.findIndex((n) => n.bridge === serversVnet || String(n.bridge).includes(serversVnet));
    expect(idx).toBeGreaterThan(-1);
    nics[idx].firewall = false;
    const v = analyse(j).violations.filter((x) => x.kind === 'undeclared' && x.dst.endsWith(`#net${idx}`));
    // Clients reach that NIC unfiltered (behind an edge they would hit its firewalled NIC on clients).
    expect(v.some((x) => x.src === 'segment:clients' && x.rule?.kind === 'unfiltered')).toBe(true);
  });
});
