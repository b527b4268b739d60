import { GUEST_FIREWALL_OPTIONS, TenantFirewall, type FirewallFlow } from '../../lib/network/tenant-firewall';
import { checkConformance } from '../../lib/verify/conformance';
import { loadProviderFacts } from '../../lib/verify/schema-facts';
import { resourceAddresses, resourcesOf, type SynthJson } from '../helpers/synth';
import { firewallProps, problemAt, problemsOf, synthTenant, synthesized, tenantStack } from './fixtures';

const SG = 'proxmox_virtual_environment_cluster_firewall_security_group';
const IPSET = 'proxmox_virtual_environment_firewall_ipset';
const OPTIONS = 'proxmox_virtual_environment_firewall_options';
const RULES = 'proxmox_virtual_environment_firewall_rules';

function byName(json: SynthJson, type: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.values(resourcesOf(json, type)).map((r) => [String(r.name), r]));
}

function byVmId(json: SynthJson, type: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.values(resourcesOf(json, type)).map((r) => [String(r.vm_id ?? r.container_id), r]));
}

function addressOf(json: SynthJson, type: string, match: (r: Record<string, unknown>) => boolean): string {
  const hit = Object.entries(resourcesOf(json, type)).find(([, r]) => match(r));
  if (!hit) throw new Error(`no ${type} matches`);
  return `${type}.${hit[0]}`;
}

describe('TenantFirewall: segments', () => {
  it('renders one cluster IP set per segment holding its CIDR', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({ guests: {} })));
    expect(byName(json, IPSET)).toEqual({
      't0001-mg-net': { name: 't0001-mg-net', comment: 'musterstadt management: segment addresses', cidr: [{ name: '10.20.0.0/26', comment: 'musterstadt management' }] },
      't0001-sv-net': { name: 't0001-sv-net', comment: 'musterstadt servers: segment addresses', cidr: [{ name: '10.20.0.128/25', comment: 'musterstadt servers' }] },
      't0001-cl-net': { name: 't0001-cl-net', comment: 'musterstadt clients: segment addresses', cidr: [{ name: '10.20.1.0/24', comment: 'musterstadt clients' }] },
    });
  });

  it('puts the inbound ACCEPT rules of every flow into the target segment\'s group, sorted by flow ID', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    const groups = byName(json, SG);
    expect(Object.keys(groups).sort()).toEqual(['t0001-cl', 't0001-mg', 't0001-sv']);
    expect(groups['t0001-sv']?.rule).toEqual([
      { type: 'in', action: 'ACCEPT', source: '+t0001-cl-net', proto: 'udp', dport: '53', comment: 'clients-to-servers-dns (catalogue): Name resolution', log: 'nolog' },
      { type: 'in', action: 'ACCEPT', source: '+t0001-cl-net', proto: 'tcp', dport: '80,443', comment: 'clients-to-servers-web (catalogue): Web front ends of Fachverfahren', log: 'nolog' },
      { type: 'in', action: 'ACCEPT', source: '+t0001-mg-net', proto: 'icmp', comment: 'management-to-servers-icmp (catalogue): Reachability checks', log: 'nolog' },
      { type: 'in', action: 'ACCEPT', source: '+t0001-mg-net', proto: 'tcp', dport: '22', comment: 'management-to-servers-ssh (catalogue): Administration over SSH', log: 'nolog' },
    ]);
    expect(groups['t0001-cl']?.rule).toEqual([
      { type: 'in', action: 'ACCEPT', source: '+t0001-sv-net', proto: 'tcp', dport: '8000:8010', comment: 'servers-to-clients-agent (exception): Software distribution agent on the PCs', log: 'nolog' },
    ]);
    // No flow ends in management: its group exists (guests attach it) but accepts nothing.
    expect(groups['t0001-mg']).toEqual({ name: 't0001-mg', comment: 'musterstadt management: inbound flows' });
  });

  it('orders a group after the IP sets its rules reference', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    const servers = byName(json, SG)['t0001-sv'];
    expect(servers?.depends_on).toEqual([
      addressOf(json, IPSET, (r) => r.name === 't0001-cl-net'),
      addressOf(json, IPSET, (r) => r.name === 't0001-mg-net'),
    ]);
  });

  it('writes the accept log level into every rule when set', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({ logLevelAccept: 'notice' })));
    const rules = Object.values(byName(json, SG)).flatMap((g) => (g.rule as Array<Record<string, unknown>> | undefined) ?? []);
    expect(rules).toHaveLength(5);
    expect(new Set(rules.map((r) => r.log))).toEqual(new Set(['notice']));
  });
});

describe('TenantFirewall: guests', () => {
  it('sets default-deny firewall options that log dropped traffic', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    const options = byVmId(json, OPTIONS);
    expect(options['100101']).toEqual({
      node_name: 'pve1', vm_id: 100_101,
      enabled: true, input_policy: 'DROP', output_policy: 'DROP', log_level_in: 'info', log_level_out: 'nolog',
      dhcp: true, ndp: true, radv: false, macfilter: true, ipfilter: true,
      depends_on: [
        addressOf(json, RULES, (r) => r.vm_id === 100_101),
        addressOf(json, IPSET, (r) => r.vm_id === 100_101),
      ],
    });
    expect(GUEST_FIREWALL_OPTIONS.inputPolicy).toBe('DROP');
    expect(GUEST_FIREWALL_OPTIONS.outputPolicy).toBe('DROP');
  });

  it('uses container_id for containers and vm_id for virtual machines', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    for (const type of [OPTIONS, RULES]) {
      const container = byVmId(json, type)['100102'];
      expect(container?.container_id).toBe(100_102);
      expect(container).not.toHaveProperty('vm_id');
      expect(byVmId(json, type)['100101']).not.toHaveProperty('container_id');
    }
  });

  it('attaches the segment\'s security group followed by an explicit logged DROP', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    const rules = byVmId(json, RULES);
    expect(rules['100101']?.rule).toEqual([
      { security_group: 't0001-sv', comment: 'inbound flows of segment servers' },
      { type: 'in', action: 'DROP', log: 'info', comment: 'default deny: drop and log all other inbound traffic' },
      // Default-deny outbound: the one declared flow out of servers, then the logged DROP.
      { type: 'out', action: 'ACCEPT', iface: 'net0', dest: '+t0001-cl-net', proto: 'tcp', dport: '8000:8010', comment: 'servers-to-clients-agent (exception) servers -> clients: Software distribution agent on the PCs', log: 'nolog' },
      { type: 'out', action: 'DROP', log: 'info', comment: 'default deny: drop and log all other outbound traffic' },
    ]);
    expect((rules['100102']?.rule as Array<Record<string, unknown>>)[0]).toEqual({ security_group: 't0001-mg', comment: 'inbound flows of segment management' });
    expect(rules['100101']?.depends_on).toEqual([addressOf(json, SG, (r) => r.name === 't0001-sv')]);
  });

  it('opens outbound exactly the declared flows of the guest\'s segment and its platform services, on its NIC', () => {
    const dns = [{ name: 'dns', protocol: 'udp', ports: '53', address: '192.0.2.53/32,192.0.2.54/32' }, { name: 'ntp', protocol: 'udp', ports: '123', address: '192.0.2.123/32' }] as const;
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({
      guests: { pc: { node: 'pve1', vmId: 100_103, segment: 'clients', nic: 'net1', services: dns } },
    })));
    const out = (byVmId(json, RULES)['100103']?.rule as Array<Record<string, unknown>>).filter((r) => r.type === 'out');
    expect(out.map((r) => [r.action, r.iface, r.dest, r.proto, r.dport ?? null])).toEqual([
      ['ACCEPT', 'net1', '+t0001-sv-net', 'udp', '53'],
      ['ACCEPT', 'net1', '+t0001-sv-net', 'tcp', '80,443'],
      ['ACCEPT', 'net1', '192.0.2.53/32,192.0.2.54/32', 'udp', '53'],
      ['ACCEPT', 'net1', '192.0.2.123/32', 'udp', '123'],
      ['DROP', undefined, undefined, undefined, null],
    ]);
  });

  it('refuses a platform service without an address on an ordinary guest (an outbound rule cannot match a host name)', () => {
    expect(() => synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({
      guests: { pc: { node: 'pve1', vmId: 100_103, segment: 'clients', services: [{ name: 'ntp', protocol: 'udp', ports: '123' }] } },
    })))).toThrow(/platform service ntp of guest 100103 has no address/);
  });

  it('restricts the guest NIC to its segment with an ipfilter IP set', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({
      guests: { dc01: { node: 'pve1', vmId: 100_101, segment: 'servers', nic: 'net1' } },
    })));
    const guestSets = Object.values(resourcesOf(json, IPSET)).filter((r) => r.vm_id !== undefined);
    expect(guestSets).toEqual([{
      node_name: 'pve1', vm_id: 100_101, name: 'ipfilter-net1',
      comment: 'musterstadt dc01: source addresses allowed on net1 (anti-spoofing)',
      cidr: [{ name: '10.20.0.128/25', comment: 'segment servers' }],
    }]);
  });

  it('passes logLevelIn and logLevelOut to the options and the final DROP', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps({ logLevelIn: 'warning', logLevelOut: 'debug' })));
    for (const options of Object.values(resourcesOf(json, OPTIONS))) {
      expect(options.log_level_in).toBe('warning');
      expect(options.log_level_out).toBe('debug');
    }
    for (const rules of Object.values(resourcesOf(json, RULES))) {
      expect((rules.rule as Array<Record<string, unknown>>)[1]).toMatchObject({ action: 'DROP', log: 'warning' });
    }
  });

  it('renders only IP sets and security groups without guests', () => {
    const { guests: _guests, ...withoutGuests } = firewallProps();
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', withoutGuests));
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([SG, IPSET]);
    expect(Object.keys(resourcesOf(json, IPSET))).toHaveLength(3);
  });
});

describe('TenantFirewall: Terraform addresses', () => {
  // The address inventory is a contract (STYLE 10).
  it('derives stable addresses from segment and guest names', () => {
    const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', firewallProps()));
    const addresses = resourceAddresses(json);
    expect(addresses).toEqual([
      `${SG}.Firewall_clients_SecurityGroup_6CF2731E`,
      `${SG}.Firewall_management_SecurityGroup_2044AB9D`,
      `${SG}.Firewall_servers_SecurityGroup_029647ED`,
      `${IPSET}.Firewall_Guests_dc01_IpFilter_19F1525C`,
      `${IPSET}.Firewall_Guests_proxy_IpFilter_BFA13ADC`,
      `${IPSET}.Firewall_clients_IpSet_B41C33DB`,
      `${IPSET}.Firewall_management_IpSet_041B978F`,
      `${IPSET}.Firewall_servers_IpSet_9A3F70B0`,
      `${OPTIONS}.Firewall_Guests_dc01_Options_FC95F595`,
      `${OPTIONS}.Firewall_Guests_proxy_Options_7149A775`,
      `${RULES}.Firewall_Guests_dc01_Rules_75E89B7B`,
      `${RULES}.Firewall_Guests_proxy_Rules_0643CD79`,
    ]);
    // Same names, same addresses: a second synth with guests and flows in another order is identical.
    const p = firewallProps();
    const reordered = firewallProps({
      flows: Object.fromEntries(Object.entries(p.flows).reverse()),
      guests: Object.fromEntries(Object.entries(p.guests ?? {}).reverse()),
    });
    const again = synthTenant((s) => new TenantFirewall(s, 'Firewall', reordered));
    expect(resourceAddresses(again)).toEqual(addresses);
    expect(JSON.stringify(again.resource)).toBe(JSON.stringify(json.resource));
  });
});

describe('TenantFirewall: validation', () => {
  const build = (overrides: Parameters<typeof firewallProps>[0]) => () => new TenantFirewall(tenantStack(), 'Firewall', firewallProps(overrides));
  const withFlow = (patch: Partial<FirewallFlow> & Record<string, unknown>) => build({
    flows: { 'clients-to-servers-web': { ...(firewallProps().flows['clients-to-servers-web'] as FirewallFlow), ...patch } as FirewallFlow },
  });
  const withGuest = (patch: Record<string, unknown>) => build({
    guests: { dc01: { ...(firewallProps().guests?.dc01 as object), ...patch } as never },
  });

  it('fails when a flow names an unknown segment, listing the known ones', () => {
    const problems = problemsOf(withFlow({ from: 'dmz', to: 'server' }));
    expect(problemAt(problems, 'flows.clients-to-servers-web.from')).toBe('"dmz" is not a segment of this firewall; known segments: "clients", "management", "servers"');
    expect(problemAt(problems, 'flows.clients-to-servers-web.to')).toContain('"server" is not a segment');
  });

  it('fails when a security group name is longer than 18 characters or has bad characters', () => {
    const seg = firewallProps().segments;
    const long = problemsOf(build({ segments: { ...seg, servers: { ...seg.servers!, securityGroup: 'musterstadt-servers' } } }));
    expect(problemAt(long, 'segments.servers.securityGroup')).toMatch(/"musterstadt-servers": has 19 characters, allowed 2-18/);
    const chars = problemsOf(build({ segments: { ...seg, servers: { ...seg.servers!, securityGroup: 't0001.sv' } } }));
    expect(problemAt(chars, 'segments.servers.securityGroup')).toContain('"t0001.sv"');
  });

  it('fails when an IP set name breaks the rule', () => {
    const seg = firewallProps().segments;
    const problems = problemsOf(build({ segments: { ...seg, clients: { ...seg.clients!, ipSet: '1clients' } } }));
    expect(problemAt(problems, 'segments.clients.ipSet')).toMatch(/firewall IP set "1clients": must match/);
  });

  it('fails when two segments use the same security group or IP set', () => {
    const seg = firewallProps().segments;
    const problems = problemsOf(build({ segments: { ...seg, servers: { ...seg.servers!, securityGroup: 't0001-cl', ipSet: 't0001-cl-net' } } }));
    expect(problemAt(problems, 'segments.servers.securityGroup')).toMatch(/"t0001-cl" is already used by segment "clients"/);
    expect(problemAt(problems, 'segments.servers.ipSet')).toMatch(/"t0001-cl-net" is already used by segment "clients"/);
  });

  it('fails when a segment CIDR is invalid', () => {
    const seg = firewallProps().segments;
    const problems = problemsOf(build({ segments: { ...seg, servers: { ...seg.servers!, cidr: '10.20.0.0/99' } } }));
    expect(problemAt(problems, 'segments.servers.cidr')).toContain('"10.20.0.0/99"');
  });

  it('fails when ports have bad syntax, leave 1-65535 or a range is reversed', () => {
    expect(problemAt(problemsOf(withFlow({ ports: '80-90' })), 'flows.clients-to-servers-web.ports')).toMatch(/"80-90" is not a port expression/);
    expect(problemAt(problemsOf(withFlow({ ports: '443,70000' })), 'flows.clients-to-servers-web.ports')).toMatch(/"443,70000": port "70000" is out of range/);
    expect(problemAt(problemsOf(withFlow({ ports: '0' })), 'flows.clients-to-servers-web.ports')).toMatch(/port "0" is out of range/);
    expect(problemAt(problemsOf(withFlow({ ports: '9000:8000' })), 'flows.clients-to-servers-web.ports')).toMatch(/range "9000:8000" is reversed/);
  });

  it('fails when an icmp flow has ports', () => {
    expect(problemAt(problemsOf(withFlow({ protocol: 'icmp', ports: '8' })), 'flows.clients-to-servers-web.ports')).toBe('"8" is not allowed for icmp; remove ports');
  });

  it('fails when protocol, source or reason are not allowed', () => {
    const problems = problemsOf(withFlow({ protocol: 'sctp' as never, source: 'manual' as never, reason: 'line one\nline two' }));
    expect(problemAt(problems, 'flows.clients-to-servers-web.protocol')).toMatch(/"sctp" is not allowed; allowed: "tcp", "udp", "icmp"/);
    expect(problemAt(problems, 'flows.clients-to-servers-web.source')).toMatch(/"manual" is not allowed; allowed: "catalogue", "exception"/);
    expect(problemAt(problems, 'flows.clients-to-servers-web.reason')).toContain('"line one\\nline two"');
    expect(problemAt(problemsOf(withFlow({ reason: '  ' })), 'flows.clients-to-servers-web.reason')).toContain('"  "');
  });

  it('fails when a guest names an unknown segment', () => {
    expect(problemAt(problemsOf(withGuest({ segment: 'dmz' })), 'guests.dc01.segment')).toBe('"dmz" is not a segment of this firewall; known segments: "clients", "management", "servers"');
  });

  it('fails when a guest VM ID is outside 100-999999999 or not an integer', () => {
    expect(problemAt(problemsOf(withGuest({ vmId: 99 })), 'guests.dc01.vmId')).toMatch(/VM ID 99: must be an integer from 100 to 999999999/);
    expect(problemAt(problemsOf(withGuest({ vmId: 1_000_000_000 })), 'guests.dc01.vmId')).toContain('1000000000');
    expect(problemAt(problemsOf(withGuest({ vmId: 100.5 })), 'guests.dc01.vmId')).toContain('100.5');
  });

  it('fails when two guests share a VM ID', () => {
    const problems = problemsOf(build({ guests: { a: { node: 'pve1', vmId: 100_200, segment: 'servers' }, b: { node: 'pve2', vmId: 100_200, segment: 'clients', kind: 'container' } } }));
    expect(problemAt(problems, 'guests.b.vmId')).toBe('100200 is already used by guest "a"; VM IDs are cluster-wide unique');
  });

  it('fails when a guest node, kind or NIC is malformed', () => {
    const problems = problemsOf(withGuest({ node: 'pve_1', kind: 'lxc', nic: 'eth0' }));
    expect(problemAt(problems, 'guests.dc01.node')).toContain('"pve_1"');
    expect(problemAt(problems, 'guests.dc01.kind')).toMatch(/"lxc" is not allowed; allowed: "vm", "container"/);
    expect(problemAt(problems, 'guests.dc01.nic')).toMatch(/"eth0" is not allowed; allowed: a guest NIC name net0-net31/);
  });

  it('fails when a log level is unknown', () => {
    const problems = problemsOf(build({ logLevelIn: 'verbose' as never, logLevelAccept: 'all' as never }));
    expect(problemAt(problems, 'logLevelIn')).toMatch(/"verbose" is not allowed; allowed: "emerg", .*"nolog"/);
    expect(problemAt(problems, 'logLevelAccept')).toContain('"all"');
  });

  it('fails when the segment map is empty or a key is not a stable name', () => {
    const problems = problemsOf(build({ segments: {}, flows: {}, guests: {} }));
    expect(problemAt(problems, 'segments')).toMatch(/is empty/);
    const keys = problemsOf(build({ flows: { 'Flow 1': firewallProps().flows['clients-to-servers-dns'] as FirewallFlow } }));
    expect(problemAt(keys, 'flows.Flow 1')).toContain('"Flow 1"');
  });

  it('fails once with every problem listed and creates no resources', () => {
    const stack = tenantStack();
    expect(() => new TenantFirewall(stack, 'Firewall', firewallProps({ logLevelOut: 'loud' as never, guests: { dc01: { node: 'pve1', vmId: 5, segment: 'x' } } })))
      .toThrow(/^TenantFirewall at musterstadt\/Firewall has 3 invalid props:\n  - guests.dc01.vmId: [^\n]+\n  - guests.dc01.segment: [^\n]+\n  - logLevelOut: /);
    expect(stack.node.tryFindChild('Firewall')?.node.children ?? []).toEqual([]);
  });
});

describe('TenantFirewall: conformance', () => {
  it('every stack synthesized in this file has zero conformance findings', () => {
    expect(synthesized.length).toBeGreaterThan(5);
    const facts = { proxmox: loadProviderFacts('proxmox') };
    for (const { name, json } of synthesized) {
      expect({ name, findings: checkConformance(json, { facts }) }).toEqual({ name, findings: [] });
    }
  });
});
