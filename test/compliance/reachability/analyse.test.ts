import { analyseTenant, declaredFlowsOf, profileServicesOf, reachabilityOfStack, tenantNetworkFromStack, type ServiceTarget, matrixAllows, parsePortList } from '../../../lib/compliance/reachability';
import type { StackJson } from '../../../lib/compliance/types';
import type { TenantSpec } from '../../../lib/model/spec';
import { addGuests, evpnTenantCopy, musterstadtCopy, musterstadtGuests, type GuestFixture } from './fixtures';

const COLLECTOR: ServiceTarget = { name: 'log collector', host: 'logs.platform.example.org', address: '192.0.2.10', proto: 'tcp', ports: parsePortList('6514')! };

/** The analysis as `kommunal reachability` runs it (services by profile), or with one service list for every guest. */
function analyse(json: StackJson, spec: TenantSpec, services?: ServiceTarget[]) {
  const svc = services !== undefined ? { services } : { servicesOf: (p: string | undefined) => profileServicesOf(spec, p) };
  return analyseTenant(tenantNetworkFromStack(json, spec), { flows: declaredFlowsOf(spec), ...svc, block: spec.network.block });
}

type Rules = { rule: Record<string, unknown>[] };
function guestRules(json: StackJson, name: string): { address: string; body: Rules } {
  const all = (json.resource as Record<string, Record<string, Rules>>).proxmox_virtual_environment_firewall_rules!;
  return { address: `proxmox_virtual_environment_firewall_rules.${name}_rules`, body: all[`${name}_rules`]! };
}

function withGuests(edge: Partial<GuestFixture> = {}, more: GuestFixture[] = []) {
  const { json, spec } = musterstadtCopy();
  addGuests(json, spec, [...musterstadtGuests(json, spec, edge), ...more]);
  return { json, spec };
}

type Sg = { rule: Record<string, unknown>[] };
function securityGroup(json: StackJson, name: string): { address: string; body: Sg } {
  const groups = (json.resource as Record<string, Record<string, Sg & { name: string }>>).proxmox_virtual_environment_cluster_firewall_security_group!;
  const key = Object.keys(groups).find((k) => groups[k]!.name === name)!;
  return { address: `proxmox_virtual_environment_cluster_firewall_security_group.${key}`, body: groups[key]! };
}

describe('reachability of a tenant', () => {
  it('proves the vetted small-town set: declared flows open, nothing else crosses, the collector reachable', () => {
    const { json, spec } = withGuests();
    const r = analyse(json, spec);
    expect(r.violations.map((v) => v.message)).toEqual([]);
    expect(r.guests).toBe(3);
    expect(r.checked.declaredFlows).toBeGreaterThan(10);
    expect(r.checked.servicePaths).toBeGreaterThan(0);
    expect(matrixAllows(r, 'clients', 'servers', 'tcp', parsePortList('445')!)).toBe(true);
    expect(matrixAllows(r, 'servers', 'clients', 'tcp', parsePortList('445')!)).toBe(false);
  });

  it('finds a deliberately opened flow and names the rule that lets it through', () => {
    const { json, spec } = withGuests();
    const sv = securityGroup(json, spec.network.segments.servers!.securityGroup);
    sv.body.rule.push({ type: 'in', action: 'ACCEPT', source: `+${spec.network.segments.clients!.ipSetName}`, proto: 'tcp', dport: '3306', comment: 'opened by mistake' });
    // The edge forwards it too (an operator widened both).
    const edge = guestRules(json, 'edge').body;
    edge.rule.unshift({ type: 'in', action: 'ACCEPT', source: `+${spec.network.segments.clients!.ipSetName}`, proto: 'tcp', dport: '3306', comment: 'edge: opened by mistake' });
    // Default-deny outbound: the client's and the edge's OUT chains had to be widened as well.
    edge.rule.unshift({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '3306', comment: 'edge out: opened by mistake' });
    guestRules(json, 'client').body.rule.unshift({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '3306', comment: 'client out: opened by mistake' });
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'undeclared' && v.ports === '3306');
    expect(cx.length).toBeGreaterThan(0);
    const toFiles = cx.find((v) => v.dst.includes('files'))!;
    expect(toFiles.rule).toMatchObject({ address: sv.address, index: sv.body.rule.length - 1, note: 'opened by mistake' });
    expect(toFiles.message).toContain('clients -> servers tcp/3306');
  });

  it('proves every platform service of each guest profile reachable end to end (guest OUT, edge IN and OUT)', () => {
    const { json, spec } = withGuests();
    const r = analyse(json, spec);
    // files (profile file): DNS udp and tcp at two addresses (4), NTP, mirror, log collector = 7
    // paths; the edge's own (the same list) from its uplink = 7; the client has no profile.
    expect(r.checked.servicePaths).toBe(14);
    expect(r.violations).toEqual([]);
  });

  it('names the rule that drops a platform service when its outbound rule is removed', () => {
    const { json, spec } = withGuests();
    const files = guestRules(json, 'files').body;
    files.rule = files.rule.filter((x) => x.comment !== 'platform service ntp');
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'service-unreachable');
    expect(cx.map((v) => [v.src, v.subject, v.ports])).toEqual([['proxmox_virtual_environment_vm.files#net0', 'ntp (udp)', '123']]);
    expect(cx[0]!.rule).toMatchObject({ address: 'proxmox_virtual_environment_firewall_rules.files_rules', kind: 'rule', note: 'default deny outbound' });
    expect(cx[0]!.message).toContain('cannot reach the ntp (udp)');
  });

  it('names the edge rule when the edge no longer forwards a service of a segment', () => {
    const { json, spec } = withGuests();
    const edge = guestRules(json, 'edge').body;
    edge.rule = edge.rule.filter((x) => !(x.type === 'in' && x.comment === 'platform service mirror'));
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'service-unreachable');
    expect(cx.map((v) => v.subject)).toEqual(['mirror (tcp)']);
    expect(cx[0]!.rule).toMatchObject({ address: 'proxmox_virtual_environment_firewall_rules.edge_rules', note: 'default deny' });
  });

  it('finds an extra outbound rule: a guest may start traffic to an undeclared place, naming the rule', () => {
    const { json, spec } = withGuests();
    const files = guestRules(json, 'files').body;
    files.rule.splice(2, 0, { type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '25', comment: 'mail out, opened by mistake' });
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'undeclared-out');
    expect(cx.length).toBeGreaterThan(0);
    expect(cx.every((v) => v.src === 'proxmox_virtual_environment_vm.files#net0' && v.ports === '25')).toBe(true);
    expect(cx.map((v) => v.dst)).toContain('segment clients');
    expect(cx.some((v) => v.dst.startsWith('outside the tenant'))).toBe(true);
    expect(cx[0]!.rule).toMatchObject({ address: 'proxmox_virtual_environment_firewall_rules.files_rules', index: 2, note: 'mail out, opened by mistake' });
    // The receivers' inbound chains still drop it, so no segment crossing appears: only the outbound proof sees it.
    expect(r.violations.filter((v) => v.kind === 'undeclared')).toEqual([]);
  });

  it('finds a declared flow blocked by a missing rule and names what blocks it', () => {
    const { json, spec } = withGuests();
    const sv = securityGroup(json, spec.network.segments.servers!.securityGroup);
    sv.body.rule = sv.body.rule.filter((x) => !String(x.comment).startsWith('clients-to-servers-smb'));
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'declared-blocked');
    expect(cx.map((v) => v.subject)).toEqual(['clients-to-servers-smb']);
    // The file server's final DROP decides (its rules: the group, then the logged DROP).
    expect(cx[0]!.rule).toMatchObject({ address: 'proxmox_virtual_environment_firewall_rules.files_rules', index: 1, note: 'default deny' });
  });

  it('without an edge guest a qinq tenant has no route between segments or to the platform', () => {
    const { json, spec } = musterstadtCopy();
    addGuests(json, spec, musterstadtGuests(json, spec).filter((g) => g.name !== 'edge'));
    const r = analyse(json, spec);
    const blocked = r.violations.find((v) => v.kind === 'declared-blocked' && v.subject === 'clients-to-servers-smb')!;
    expect(blocked.rule?.kind).toBe('no-route');
    expect(r.violations.filter((v) => v.kind === 'service-unreachable').every((v) => v.rule?.kind === 'no-route')).toBe(true);
    expect(r.violations.some((v) => v.kind === 'service-unreachable')).toBe(true);
  });

  it('an edge with the IP filter on drops the packets it forwards (anti-spoofing)', () => {
    const { json, spec } = withGuests({ ipfilter: true });
    const r = analyse(json, spec);
    const blocked = r.violations.find((v) => v.kind === 'declared-blocked' && v.subject === 'clients-to-servers-smb')!;
    expect(blocked.rule?.kind).toBe('ipfilter');
  });

  it('finds a rule that accepts sources outside the tenant', () => {
    const { json, spec } = withGuests({}, [{ name: 'web', vmId: spec0().compute.vmIds.start + 3, nics: [{ segment: 'dmz', ip: '10.64.0.70' }], extraRules: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '443', comment: 'portal for everybody' }] }]);
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.kind === 'outside-source');
    expect(cx).toHaveLength(1);
    expect(cx[0]).toMatchObject({ dst: 'proxmox_virtual_environment_vm.web#net0', proto: 'tcp', ports: '443', rule: { address: 'proxmox_virtual_environment_firewall_rules.web_rules', index: 1 } });
  });

  it('a guest without firewall options is unfiltered: everything from everywhere reaches it', () => {
    const { json, spec } = withGuests({}, [{ name: 'bare', vmId: spec0().compute.vmIds.start + 3, nics: [{ segment: 'servers', ip: '10.64.1.50' }], noOptions: true }]);
    const r = analyse(json, spec);
    const cx = r.violations.filter((v) => v.dst === 'proxmox_virtual_environment_vm.bare#net0');
    expect(cx.some((v) => v.kind === 'outside-source' && v.rule?.kind === 'unfiltered')).toBe(true);
  });

  it('EVPN: the zone routes between the vnets, only the guest chains filter', () => {
    const { json, spec } = evpnTenantCopy();
    const sv = spec.network.segments.servers!;
    const cl = spec.network.segments.clients!;
    addGuests(json, spec, [
      // Hosts inside the subnets (gateway + 9): the outbound rules match the target's IP set.
      { name: 'files', vmId: spec.compute.vmIds.start, nics: [{ segment: 'servers', ip: sv.gateway.replace(/\d+$/, (m) => String(Number(m) + 9)) }] },
      { name: 'client', vmId: spec.compute.vmIds.start + 1, nics: [{ segment: 'clients', ip: cl.gateway.replace(/\d+$/, (m) => String(Number(m) + 9)) }] },
    ]);
    const r = analyse(json, spec, []);
    expect(r.violations).toEqual([]);
    expect(matrixAllows(r, 'clients', 'servers', 'tcp', parsePortList('445')!)).toBe(true);
    // Out of the VRF only with exit nodes: the example's clusters name them (clusters.<id>.evpnExitNodes),
    // so the log collector is reachable; a zone without them has no route out.
    const zones = (json as { resource: Record<string, Record<string, Record<string, unknown>>> }).resource.proxmox_sdn_zone_evpn;
    expect(Object.values(zones).map((z) => z.exit_nodes)).toEqual([['pve1', 'pve2']]);
    // With them the route exists: what stops these hand-made guests (no service rules) is their own
    // outbound DROP, not the routing.
    const routed = analyse(json, spec, [COLLECTOR]).violations;
    expect(routed.map((v) => `${v.kind} ${v.rule?.kind} ${v.rule?.note}`)).toEqual(['service-unreachable rule default deny outbound', 'service-unreachable rule default deny outbound']);
    for (const z of Object.values(zones)) delete z.exit_nodes;
    const withService = analyse(json, spec, [COLLECTOR]);
    expect(withService.violations.filter((v) => v.kind === 'service-unreachable').map((v) => v.rule?.kind)).toEqual(['no-route', 'no-route']);
  });

  it('a tenant without guests gets stand-in endpoints with the vetted guest firewall', () => {
    const { json, spec } = musterstadtCopy();
    const { network, result } = reachabilityOfStack(json, spec);
    expect(network.hasGuests).toBe(false);
    expect(network.endpoints.every((e) => e.kind === 'segment')).toBe(true);
    expect(result.violations).toEqual([]);
    expect(matrixAllows(result, 'management', 'servers', 'tcp', parsePortList('22')!)).toBe(true);
  });

  it('is deterministic', () => {
    const a = withGuests();
    const b = withGuests();
    expect(JSON.stringify(analyse(a.json, a.spec))).toBe(JSON.stringify(analyse(b.json, b.spec)));
  });
});

function spec0(): TenantSpec {
  return musterstadtCopy().spec;
}
