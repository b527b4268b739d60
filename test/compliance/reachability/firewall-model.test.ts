/**
 * One test per modeled firewall semantic, each with its source: proxmox/pve-firewall @ 6f1311f3,
 * src/PVE/Firewall.pm (pfw).
 */
import { addressMatch, evaluateChain, parseAddress, type ChainInput, type ClusterFirewall, type FirewallRule, type GuestFirewallModel } from '../../../lib/compliance/reachability/firewall-model';
import { ALL_PORTS, formatPorts, parsePortList } from '../../../lib/compliance/reachability/port-set';

const A = parseAddress('10.0.1.5')!;
const B = parseAddress('10.0.2.7')!;
const set = (address: string, ...cidrs: string[]) => ({ address, cidrs: cidrs.map((c) => parseAddress(c)!), excluded: [] });
const CLUSTER: ClusterFirewall = {
  ipSets: { net1: set('ipset.net1', '10.0.1.0/24'), shared: set('ipset.dc-shared', '10.0.9.0/24') },
  aliases: { gw: set('alias.gw', '10.0.1.1') },
  groups: {
    web: { address: 'sg.web', rules: [{ type: 'in', action: 'ACCEPT', source: '+net1', proto: 'tcp', dport: '443', comment: 'web in' }, { type: 'out', action: 'DROP', proto: 'tcp', dport: '25', comment: 'no smtp out' }] },
  },
};

function guest(rules: FirewallRule[], over: Partial<GuestFirewallModel> = {}): GuestFirewallModel {
  return { optionsAddress: 'opts', enabled: true, policyIn: 'DROP', policyOut: 'ACCEPT', ipfilter: false, rulesAddress: 'rules', rules, ipSets: {}, aliases: {}, ...over };
}

function run(g: GuestFirewallModel, over: Partial<ChainInput> = {}) {
  return evaluateChain({ guest: g, nic: 'net0', nicFirewall: true, direction: 'in', src: A, dst: B, proto: 'tcp', ports: ALL_PORTS, mode: 'must', ...over }, CLUSTER)
    .map((d) => `${formatPorts(d.ports)}:${d.verdict}:${d.by.kind}:${d.by.note}`);
}

describe('PVE guest firewall semantics', () => {
  it('policies: policy_in defaults to DROP, policy_out to ACCEPT (pfw L2831-2836)', () => {
    expect(run(guest([]))).toEqual(['any:DROP:policy:input policy DROP']);
    expect(run(guest([]), { direction: 'out' })).toEqual(['any:ACCEPT:policy:output policy ACCEPT']);
    expect(run(guest([], { policyIn: 'REJECT' }))).toEqual(['any:REJECT:policy:input policy REJECT']);
  });

  it('rules are evaluated in order, the first match decides, per port range (pfw ruleset_generate_vm_rules L2664-2700)', () => {
    const g = guest([
      { type: 'in', action: 'DROP', proto: 'tcp', dport: '22', comment: 'no ssh' },
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '1:1024', comment: 'low ports' },
    ]);
    expect(run(g)).toEqual(['22:DROP:rule:no ssh', '1:21,23:1024:ACCEPT:rule:low ports', '1025:65535:DROP:policy:input policy DROP']);
  });

  it('disabled rules and rules of another interface are skipped (pfw L2682-2684)', () => {
    const g = guest([
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '80', enabled: false, comment: 'off' },
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '81', iface: 'net1', comment: 'other nic' },
    ]);
    expect(run(g, { ports: parsePortList('80,81')! })).toEqual(['80:81:DROP:policy:input policy DROP']);
    expect(run(g, { nic: 'net1', ports: parsePortList('80,81')! })).toEqual(['81:ACCEPT:rule:other nic', '80:DROP:policy:input policy DROP']);
  });

  it('rules of the other direction do not apply (pfw L2698)', () => {
    expect(run(guest([{ type: 'out', action: 'ACCEPT', proto: 'tcp', comment: 'out' }]))).toEqual(['any:DROP:policy:input policy DROP']);
  });

  it('a security group expands to its rules of the chain direction, in place (pfw ruleset_add_group_rule L2644-2660, generate_group_rules L3098-3135)', () => {
    const g = guest([{ securityGroup: 'web' }]);
    const inbound = evaluateChain({ guest: g, nic: 'net0', nicFirewall: true, direction: 'in', src: A, dst: B, proto: 'tcp', ports: parsePortList('443')!, mode: 'must' }, CLUSTER);
    expect(inbound[0]).toMatchObject({ verdict: 'ACCEPT', by: { address: 'sg.web', index: 0, group: 'web' } });
    expect(run(g, { direction: 'out', ports: parsePortList('25,80')! })).toEqual(['25:DROP:rule:no smtp out', '80:ACCEPT:policy:output policy ACCEPT']);
  });

  it('an unknown security group is an empty chain (pfw generate_group_rules L3102-3105)', () => {
    expect(run(guest([{ securityGroup: 'missing' }]))).toEqual(['any:DROP:policy:input policy DROP']);
  });

  it('+name resolves to the guest IP set first, then the cluster one; guest/ and dc/ force the scope (pfw ruleset_generate_match L2229-2250)', () => {
    const g = guest([], { ipSets: { net1: set('guest.net1', '10.0.2.0/24') } });
    expect(addressMatch('+net1', A, g, CLUSTER)).toBe('none');
    expect(addressMatch('+dc/net1', A, g, CLUSTER)).toBe('all');
    expect(addressMatch('+guest/net1', B, g, CLUSTER)).toBe('all');
    expect(addressMatch('+shared', A, g, CLUSTER)).toBe('none');
  });

  it('aliases resolve like IP sets, guest first, case-insensitive (pfw L2253-2264, resolve_alias L3366-3390, lc L3379)', () => {
    const g = guest([]);
    expect(addressMatch('GW', parseAddress('10.0.1.1'), g, CLUSTER)).toBe('all');
    expect(addressMatch('dc/gw', A, g, CLUSTER)).toBe('none');
  });

  it('IP set entries with nomatch are excluded (pfw L3983-3985)', () => {
    const g = guest([], { ipSets: { s: { address: 'x', cidrs: [parseAddress('10.0.0.0/16')!], excluded: [parseAddress('10.0.1.0/24')!] } } });
    expect(addressMatch('+s', A, g, CLUSTER)).toBe('none');
    expect(addressMatch('+s', B, g, CLUSTER)).toBe('all');
  });

  it('the IP filter drops a source outside ipfilter-net<n> on OUT; with the option and no set every source (pfw L2633-2636, L2796-2799, L4514-4529)', () => {
    const withSet = guest([], { ipSets: { 'ipfilter-net0': set('ipf', '10.0.1.0/24') } });
    expect(run(withSet, { direction: 'out' })).toEqual(['any:ACCEPT:policy:output policy ACCEPT']);
    expect(run(withSet, { direction: 'out', src: B })).toEqual(['any:DROP:ipfilter:source address not in ipfilter-net0 (anti-spoofing)']);
    expect(run(guest([], { ipfilter: true }), { direction: 'out' })).toEqual(['any:DROP:ipfilter:source address not in ipfilter-net0 (anti-spoofing)']);
    // Inbound is not filtered by the IP filter.
    expect(run(withSet, { src: B, direction: 'in' })).toEqual(['any:DROP:policy:input policy DROP']);
  });

  it('a disabled guest firewall or a NIC without firewall=1 filters nothing (pfw L2840-2845, L4381)', () => {
    expect(run(guest([], { enabled: false }))[0]).toMatch(/^any:ACCEPT:unfiltered:/);
    expect(run(guest([]), { nicFirewall: false })[0]).toMatch(/^any:ACCEPT:unfiltered:NIC net0 has firewall off/);
  });

  it('uncertain matches widen in may mode and narrow in must mode (unknown address, macro)', () => {
    const g = guest([{ type: 'in', action: 'ACCEPT', source: '+net1', proto: 'tcp', dport: '443', comment: 'from net1' }]);
    expect(run(g, { src: undefined, ports: parsePortList('443')! })).toEqual(['443:DROP:policy:input policy DROP']);
    expect(run(g, { src: undefined, ports: parsePortList('443')!, mode: 'may' })).toEqual(['443:ACCEPT:rule:from net1']);
    const m = guest([{ type: 'in', action: 'ACCEPT', macro: 'HTTPS', comment: 'macro' }]);
    expect(run(m, { ports: parsePortList('443')! })).toEqual(['443:DROP:policy:input policy DROP']);
    expect(run(m, { ports: parsePortList('443')!, mode: 'may' })).toEqual(['443:ACCEPT:rule:macro']);
  });

  it('ICMP has no ports: a dport never narrows it', () => {
    const g = guest([{ type: 'in', action: 'ACCEPT', proto: 'icmp', comment: 'ping' }]);
    expect(run(g, { proto: 'icmp', ports: parsePortList('0')! })).toEqual(['0:ACCEPT:rule:ping']);
  });
});
