import { NetworkSegments, ZONE_OWNER_BY_TYPE, type SegmentZone } from '../../lib/network/network-segments';
import { checkConformance } from '../../lib/verify/conformance';
import { loadProviderFacts } from '../../lib/verify/schema-facts';
import { resourceAddresses, resourcesOf, type SynthJson } from '../helpers/synth';
import { SEGMENTS, TENANT, ZONES, problemAt, problemsOf, segmentsProps, synthTenant, synthesized, tenantStack } from './fixtures';

const ZONE_RESOURCE_TYPES = ['proxmox_sdn_zone_qinq', 'proxmox_sdn_zone_evpn', 'proxmox_sdn_zone_vlan', 'proxmox_sdn_zone_vxlan', 'proxmox_sdn_zone_simple'];

function zoneResources(json: SynthJson): string[] {
  return Object.keys(json.resource ?? {}).filter((t) => t.includes('sdn_zone'));
}

/** A resource without its `depends_on` (every SDN object depends on the finalizer; tested on its own below). */
function withoutDependsOn(r: Record<string, unknown>): Record<string, unknown> {
  const { depends_on: _dependsOn, ...rest } = r;
  return rest;
}

function only(json: SynthJson, type: string): Record<string, unknown> {
  const all = Object.values(resourcesOf(json, type));
  expect(all).toHaveLength(1);
  return withoutDependsOn(all[0] as Record<string, unknown>);
}

function byId(json: SynthJson, type: string, idAttr: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.values(resourcesOf(json, type)).map((r) => [String(r[idAttr]), withoutDependsOn(r)]));
}

describe('NetworkSegments: rendering per zone type', () => {
  it('creates a qinq zone with service_vlan, bridge, nodes and mtu when the tenant owns it', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('qinq', {
      zone: { ...ZONES.qinq, nodes: ['pve1', 'pve2'], mtu: 1500 } as SegmentZone,
    })));
    expect(zoneResources(json)).toEqual(['proxmox_sdn_zone_qinq']);
    expect(only(json, 'proxmox_sdn_zone_qinq')).toEqual({ id: 't0001', bridge: 'vmbr1', service_vlan: 101, nodes: ['pve1', 'pve2'], mtu: 1500 });
  });

  it('creates an evpn zone with controller and vrf_vxlan when the tenant owns it', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('evpn')));
    expect(zoneResources(json)).toEqual(['proxmox_sdn_zone_evpn']);
    expect(only(json, 'proxmox_sdn_zone_evpn')).toEqual({ id: 't0001', controller: 'evpnctl', vrf_vxlan: 4_000_001 });
  });

  it('gives an evpn zone its exit nodes (the route out of the tenant VRF)', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('evpn', {
      zone: { ...ZONES.evpn, nodes: ['pve1', 'pve2', 'pve3'], exitNodes: ['pve2', 'pve3'] } as SegmentZone,
    })));
    expect(only(json, 'proxmox_sdn_zone_evpn')).toEqual({ id: 't0001', controller: 'evpnctl', vrf_vxlan: 4_000_001, nodes: ['pve1', 'pve2', 'pve3'], exit_nodes: ['pve2', 'pve3'] });
    const vnets = byId(json, 'proxmox_sdn_vnet', 'id');
    expect(vnets.t0001sv?.tag).toBe(100_011);
  });

  it.each(['vlan', 'vxlan'] as const)('creates no zone resource for a platform-owned %s zone and references its ID', (type) => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps(type, { zone: NetworkSegments.zoneFromAttributes({ type, id: ZONES[type].id }) })));
    expect(zoneResources(json)).toEqual([]);
    for (const t of ZONE_RESOURCE_TYPES) expect(resourcesOf(json, t)).toEqual({});
    for (const vnet of Object.values(resourcesOf(json, 'proxmox_sdn_vnet'))) expect(vnet.zone).toBe(ZONES[type].id);
  });

  it('renders one vnet per segment with zone reference, tag and alias', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('qinq')));
    const zoneAddress = Object.keys(resourcesOf(json, 'proxmox_sdn_zone_qinq'))[0];
    const zoneRef = `\${proxmox_sdn_zone_qinq.${zoneAddress}.id}`;
    expect(byId(json, 'proxmox_sdn_vnet', 'id')).toEqual({
      t0001mg: { id: 't0001mg', zone: zoneRef, tag: 10, alias: 'musterstadt management' },
      t0001sv: { id: 't0001sv', zone: zoneRef, tag: 20, alias: 'musterstadt servers' },
      t0001cl: { id: 't0001cl', zone: zoneRef, tag: 30, alias: 'Musterstadt Buero-PCs' },
    });
  });

  it('renders one subnet per vnet with gateway, and a DHCP range only where one is given', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('vlan')));
    const vnetAddress = (id: string): string => {
      const hit = Object.entries(resourcesOf(json, 'proxmox_sdn_vnet')).find(([, r]) => r.id === id);
      return `\${proxmox_sdn_vnet.${hit?.[0]}.id}`;
    };
    expect(byId(json, 'proxmox_sdn_subnet', 'cidr')).toEqual({
      '10.20.0.0/26': { cidr: '10.20.0.0/26', vnet: vnetAddress('t0001mg'), gateway: '10.20.0.1' },
      '10.20.0.128/25': { cidr: '10.20.0.128/25', vnet: vnetAddress('t0001sv'), gateway: '10.20.0.129' },
      '10.20.1.0/24': {
        cidr: '10.20.1.0/24', vnet: vnetAddress('t0001cl'), gateway: '10.20.1.1',
        dhcp_range: { start_address: '10.20.1.100', end_address: '10.20.1.250' },
      },
    });
  });

  it('exposes zoneId, zone type, the zone resource and a read-only map of vnet IDs', () => {
    const stack = tenantStack();
    const tenantOwned = new NetworkSegments(stack, 'Network', segmentsProps('qinq'));
    const shared = new NetworkSegments(stack, 'Shared', segmentsProps('vlan', {
      segments: { guests: { vnetId: 'kgast', tag: 99, cidr: '10.20.2.0/24', gateway: '10.20.2.1' } },
    }));
    expect(tenantOwned.zoneId).toBe('t0001');
    expect(tenantOwned.zoneType).toBe('qinq');
    expect(tenantOwned.resource?.node.id).toBe('Resource');
    expect(shared.resource).toBeUndefined();
    expect(Object.fromEntries(Object.entries(tenantOwned.vnets).map(([k, v]) => [k, v.id]))).toEqual({ management: 't0001mg', servers: 't0001sv', clients: 't0001cl' });
    expect(tenantOwned.vnets.servers).toEqual({ id: 't0001sv', segment: 'servers', tag: 20, cidr: '10.20.0.128/25', gateway: '10.20.0.129' });
    expect(Object.isFrozen(tenantOwned.vnets)).toBe(true);
    expect(Object.keys(tenantOwned.vnetResources).sort()).toEqual(['clients', 'management', 'servers']);
  });

  it('zoneFromAttributes yields a platform-owned zone reference', () => {
    expect(NetworkSegments.zoneFromAttributes({ type: 'vxlan', id: 'komvx' })).toEqual({ type: 'vxlan', id: 'komvx', owner: 'platform' });
    expect(ZONE_OWNER_BY_TYPE).toEqual({ vlan: 'platform', qinq: 'tenant', vxlan: 'platform', evpn: 'tenant' });
  });
});

describe('NetworkSegments: applying the SDN changes', () => {
  it.each(['qinq', 'evpn', 'vlan'] as const)('%s: an applier after every SDN object, replaced when one changes, and a finalizer every SDN object depends on', (type) => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps(type)));
    const appliers = resourcesOf(json, 'proxmox_sdn_applier');
    const apply = 'proxmox_sdn_applier.Network_SdnApply_AD836B04';
    const finalizer = 'proxmox_sdn_applier.Network_SdnFinalizer_EAFE8FCF';
    expect(Object.keys(appliers).map((n) => `proxmox_sdn_applier.${n}`).sort()).toEqual([apply, finalizer]);
    const sdn = resourceAddresses(json).filter((a) => /^proxmox_sdn_(zone_|vnet|subnet)/.test(a));
    expect(sdn.length).toBeGreaterThan(0);
    const applyConfig = appliers.Network_SdnApply_AD836B04 as { depends_on: string[]; lifecycle: { replace_triggered_by: string[] } };
    expect([...applyConfig.depends_on].sort()).toEqual(sdn);
    // Plain addresses: terraform refuses "${...}" templates in replace_triggered_by of .tf.json.
    expect([...applyConfig.lifecycle.replace_triggered_by].sort()).toEqual(sdn);
    for (const a of sdn) {
      const [t, n] = a.split('.');
      expect((resourcesOf(json, t!)[n!] as { depends_on?: string[] }).depends_on).toEqual([finalizer]);
    }
    expect(appliers.Network_SdnFinalizer_EAFE8FCF).not.toHaveProperty('depends_on');
  });
});

describe('NetworkSegments: Terraform addresses', () => {
  // The address inventory is a contract (STYLE 10): a change here destroys and recreates networks.
  it('derives stable addresses from the segment names', () => {
    const json = synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('qinq')));
    expect(resourceAddresses(json)).toEqual([
      'proxmox_sdn_applier.Network_SdnApply_AD836B04',
      'proxmox_sdn_applier.Network_SdnFinalizer_EAFE8FCF',
      'proxmox_sdn_subnet.Network_clients_Subnet_A7F6D6A8',
      'proxmox_sdn_subnet.Network_management_Subnet_E2D5A119',
      'proxmox_sdn_subnet.Network_servers_Subnet_01985BB1',
      'proxmox_sdn_vnet.Network_clients_Vnet_BB0D077A',
      'proxmox_sdn_vnet.Network_management_Vnet_DA309F38',
      'proxmox_sdn_vnet.Network_servers_Vnet_36EBB5B3',
      'proxmox_sdn_zone_qinq.Network_1C6012B5',
    ]);
  });

  it('keeps existing addresses when a segment is added or the map is reordered', () => {
    const before = resourceAddresses(synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('qinq'))));
    const reordered = Object.fromEntries(Object.entries(SEGMENTS).reverse());
    const after = resourceAddresses(synthTenant((s) => new NetworkSegments(s, 'Network', segmentsProps('qinq', {
      segments: { ...reordered, dmz: { vnetId: 't0001dz', tag: 40, cidr: '10.20.0.64/27', gateway: '10.20.0.65' } },
    }))));
    for (const address of before) expect(after).toContain(address);
    expect(after.filter((a) => !before.includes(a))).toEqual([
      expect.stringMatching(/^proxmox_sdn_subnet\.Network_dmz_Subnet_/),
      expect.stringMatching(/^proxmox_sdn_vnet\.Network_dmz_Vnet_/),
    ]);
  });
});

describe('NetworkSegments: validation', () => {
  const build = (props: Parameters<typeof segmentsProps>[1], type: SegmentZone['type'] = 'qinq') => () =>
    new NetworkSegments(tenantStack(), 'Network', segmentsProps(type, props));
  const withSegment = (name: string, patch: object, type: SegmentZone['type'] = 'qinq') =>
    build({ segments: { ...segmentsProps(type).segments, [name]: { ...segmentsProps(type).segments[name], ...patch } as never } }, type);

  it('refuses exit nodes outside the zone\'s nodes, an empty list, and exit nodes of a zone type other than evpn', () => {
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.evpn, nodes: ['pve1'], exitNodes: ['pve9'] } }, 'evpn')), 'zone.exitNodes[0]')).toMatch(/"pve9" is not one of zone.nodes \(pve1\)/);
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.evpn, exitNodes: [] } }, 'evpn')), 'zone.exitNodes')).toMatch(/non-empty list/);
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.qinq, exitNodes: ['pve1'] } }, 'qinq')), 'zone.exitNodes')).toMatch(/only for evpn zones/);
  });

  it('fails when the zone ID breaks the SDN ID rule', () => {
    const tooLong = problemsOf(build({ zone: { ...ZONES.qinq, id: 'musterstadt' } }));
    expect(problemAt(tooLong, 'zone.id')).toContain('"musterstadt"');
    expect(problemAt(tooLong, 'zone.id')).toMatch(/11 characters, allowed 2-8/);
    const badChars = problemsOf(build({ zone: { ...ZONES.qinq, id: 't-0001' } }));
    expect(problemAt(badChars, 'zone.id')).toContain('"t-0001"');
  });

  it('fails when a vnet ID breaks the SDN ID rule', () => {
    const problems = problemsOf(withSegment('servers', { vnetId: '1servers' }));
    expect(problemAt(problems, 'segments.servers.vnetId')).toContain('"1servers"');
    expect(problemAt(problems, 'segments.servers.vnetId')).toMatch(/must match/);
  });

  it('fails when a vnet ID is used twice', () => {
    const problems = problemsOf(withSegment('servers', { vnetId: 't0001mg' }));
    expect(problemAt(problems, 'segments.servers.vnetId')).toMatch(/"t0001mg" is already used by segment "management"/);
  });

  it('fails when a VLAN tag is outside 1-4094 in a vlan zone', () => {
    const problems = problemsOf(withSegment('servers', { tag: 4095 }, 'vlan'));
    expect(problemAt(problems, 'segments.servers.tag')).toMatch(/VLAN tag for a vlan zone 4095 .*1 to 4094/);
    expect(problemAt(problemsOf(withSegment('servers', { tag: 0 }, 'vlan')), 'segments.servers.tag')).toContain(' 0 ');
  });

  it('fails when a qinq C-tag or S-tag is outside 1-4094', () => {
    expect(problemAt(problemsOf(withSegment('servers', { tag: 5000 })), 'segments.servers.tag')).toMatch(/C-tag.*5000.*1 to 4094/);
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.qinq, serviceTag: 4095 } })), 'zone.serviceTag')).toMatch(/S-tag.*4095.*1 to 4094/);
  });

  it('fails when a VNI is outside 1-16777215 or not an integer', () => {
    expect(problemAt(problemsOf(withSegment('servers', { tag: 16_777_216 }, 'vxlan')), 'segments.servers.tag')).toMatch(/VNI.*16777216.*1 to 16777215/);
    expect(problemAt(problemsOf(withSegment('servers', { tag: 12.5 }, 'evpn')), 'segments.servers.tag')).toContain('12.5');
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.evpn, vrfVni: 0 } }, 'evpn')), 'zone.vrfVni')).toMatch(/VRF VNI 0/);
  });

  it('fails when two segments share a tag', () => {
    expect(problemAt(problemsOf(withSegment('servers', { tag: 10 })), 'segments.servers.tag')).toMatch(/10 is already used by segment "management"/);
  });

  it('fails when an evpn vnet VNI equals the VRF VNI', () => {
    expect(problemAt(problemsOf(withSegment('servers', { tag: 4_000_001 }, 'evpn')), 'segments.servers.tag')).toMatch(/4000001 equals zone.vrfVni/);
  });

  it('fails when a segment CIDR is not valid or not a network address', () => {
    expect(problemAt(problemsOf(withSegment('servers', { cidr: '10.20.0.128/33' })), 'segments.servers.cidr')).toMatch(/"10.20.0.128\/33" is not in IPv4 CIDR notation/);
    expect(problemAt(problemsOf(withSegment('servers', { cidr: '10.20.0.130/25' })), 'segments.servers.cidr')).toMatch(/"10.20.0.130\/25" is not a network address.*10.20.0.128\/25/);
  });

  it('fails when a segment lies outside the tenant block', () => {
    const problems = problemsOf(withSegment('servers', { cidr: '10.30.0.0/25', gateway: '10.30.0.1' }));
    expect(problemAt(problems, 'segments.servers.cidr')).toMatch(/"10.30.0.0\/25" is not inside the tenant block "10.20.0.0\/22"/);
  });

  it('fails when the tenant block is invalid', () => {
    expect(problemAt(problemsOf(build({ block: '10.20.0.0' })), 'block')).toContain('"10.20.0.0"');
  });

  it('fails when segments overlap', () => {
    const problems = problemsOf(withSegment('servers', { cidr: '10.20.0.0/25', gateway: '10.20.0.100' }));
    expect(problemAt(problems, 'segments.servers.cidr')).toMatch(/"10.20.0.0\/25" overlaps segment "management" \("10.20.0.0\/26"\)/);
  });

  it('fails when a gateway is outside the segment or its network/broadcast address', () => {
    expect(problemAt(problemsOf(withSegment('servers', { gateway: '10.20.1.1' })), 'segments.servers.gateway'))
      .toMatch(/"10.20.1.1" is not a host address of "10.20.0.128\/25"; allowed: 10.20.0.129-10.20.0.254/);
    expect(problemAt(problemsOf(withSegment('servers', { gateway: '10.20.0.128' })), 'segments.servers.gateway')).toContain('"10.20.0.128"');
    expect(problemAt(problemsOf(withSegment('servers', { gateway: '10.20.0.255' })), 'segments.servers.gateway')).toContain('"10.20.0.255"');
    expect(problemAt(problemsOf(withSegment('servers', { gateway: '10.20.0.300' })), 'segments.servers.gateway')).toMatch(/"10.20.0.300" is not an IPv4 address/);
  });

  it('fails when a DHCP range leaves the segment, is reversed or contains the gateway', () => {
    const outside = problemsOf(withSegment('clients', { dhcpRange: { start: '10.20.1.10', end: '10.20.1.255' } }));
    expect(problemAt(outside, 'segments.clients.dhcpRange.end')).toMatch(/"10.20.1.255" is not a host address of "10.20.1.0\/24"/);
    const reversed = problemsOf(withSegment('clients', { dhcpRange: { start: '10.20.1.200', end: '10.20.1.100' } }));
    expect(problemAt(reversed, 'segments.clients.dhcpRange')).toMatch(/start "10.20.1.200" is after end "10.20.1.100"/);
    const withGateway = problemsOf(withSegment('clients', { dhcpRange: { start: '10.20.1.1', end: '10.20.1.50' } }));
    expect(problemAt(withGateway, 'segments.clients.dhcpRange')).toMatch(/contains the gateway "10.20.1.1"/);
    const network = problemsOf(withSegment('clients', { dhcpRange: { start: '10.20.1.0', end: '10.20.1.50' } }));
    expect(problemAt(network, 'segments.clients.dhcpRange.start')).toContain('"10.20.1.0"');
  });

  it('fails when required zone fields of the type are missing', () => {
    const qinq = problemsOf(build({ zone: { type: 'qinq', id: 't0001', owner: 'tenant' } }));
    expect(problemAt(qinq, 'zone.bridge')).toMatch(/required for a qinq zone/);
    expect(problemAt(qinq, 'zone.serviceTag')).toMatch(/required for a qinq zone/);
    const evpn = problemsOf(build({ zone: { type: 'evpn', id: 't0001', owner: 'tenant' } }, 'evpn'));
    expect(problemAt(evpn, 'zone.controller')).toMatch(/required for an evpn zone/);
    expect(problemAt(evpn, 'zone.vrfVni')).toMatch(/required for an evpn zone/);
  });

  it('fails when a zone field does not apply to the zone type instead of ignoring it', () => {
    const problems = problemsOf(build({ zone: { ...ZONES.vlan, serviceTag: 100, bridge: 'vmbr1', mtu: 1500 } }, 'vlan'));
    expect(problemAt(problems, 'zone.serviceTag')).toMatch(/100 is not allowed for a vlan zone/);
    expect(problemAt(problems, 'zone.bridge')).toMatch(/"vmbr1" is not allowed for a vlan zone/);
    expect(problemAt(problems, 'zone.mtu')).toMatch(/1500 is not allowed for a vlan zone/);
  });

  it('fails when the owner does not fit the zone type', () => {
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.vlan, owner: 'tenant' } }, 'vlan')), 'zone.owner'))
      .toMatch(/"tenant" does not fit zone type "vlan"; allowed: "platform"/);
    expect(problemAt(problemsOf(build({ zone: { type: 'geneve', id: 'x1', owner: 'tenant' } as unknown as SegmentZone })), 'zone.type'))
      .toMatch(/"geneve" is not allowed; allowed: "vlan", "qinq", "vxlan", "evpn"/);
  });

  it('fails when zone nodes repeat or the MTU is out of range', () => {
    const problems = problemsOf(build({ zone: { ...ZONES.qinq, nodes: ['pve1', 'pve1'], mtu: 100 } }));
    expect(problemAt(problems, 'zone.nodes[1]')).toMatch(/"pve1" is listed twice/);
    expect(problemAt(problems, 'zone.mtu')).toMatch(/MTU 100 .*576 to 9216/);
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.qinq, nodes: [] } })), 'zone.nodes')).toContain('[]');
  });

  it('fails when the bridge or the EVPN controller ID is malformed', () => {
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.qinq, bridge: 'vmbr 1' } })), 'zone.bridge')).toContain('"vmbr 1"');
    expect(problemAt(problemsOf(build({ zone: { ...ZONES.evpn, controller: 'evpn-ctl' } }, 'evpn')), 'zone.controller')).toContain('"evpn-ctl"');
  });

  it('fails when a vnet alias has characters Proxmox rejects', () => {
    expect(problemAt(problemsOf(withSegment('servers', { alias: 'Server; DROP' })), 'segments.servers.alias')).toContain('"Server; DROP"');
  });

  it('fails when the tenant key breaks the tenant-key rule, once (not again for the default vnet alias)', () => {
    const problems = problemsOf(build({ tenant: { ...TENANT, key: 'muster;stadt' } }));
    expect(problemAt(problems, 'tenant.key')).toContain('"muster;stadt" is not a valid tenant key');
    expect(problems.filter((p) => p.path === 'tenant.key')).toHaveLength(1);
  });

  it('fails when the segment map is empty or a segment name is not a stable key', () => {
    expect(problemAt(problemsOf(build({ segments: {} })), 'segments')).toMatch(/is empty/);
    const problems = problemsOf(build({ segments: { 'Server Netz': SEGMENTS.servers as never } }));
    expect(problemAt(problems, 'segments.Server Netz')).toContain('"Server Netz"');
  });

  it('fails once with every problem listed, before creating any resource', () => {
    const stack = tenantStack();
    let message = '';
    try {
      new NetworkSegments(stack, 'Network', segmentsProps('qinq', {
        zone: { ...ZONES.qinq, id: 'toolongzone' },
        segments: { servers: { vnetId: 'sv', tag: 9999, cidr: '10.99.0.0/24', gateway: '10.99.1.1' } },
      }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^NetworkSegments at musterstadt\/Network has 4 invalid props:/);
    for (const path of ['zone.id', 'segments.servers.tag', 'segments.servers.cidr', 'segments.servers.gateway']) expect(message).toContain(`  - ${path}: `);
    const network = stack.node.tryFindChild('Network');
    expect(network?.node.children ?? []).toEqual([]);
  });
});

describe('NetworkSegments: conformance', () => {
  it('every stack synthesized in this file has zero conformance findings', () => {
    expect(synthesized.length).toBeGreaterThan(5);
    const facts = { proxmox: loadProviderFacts('proxmox') };
    for (const { name, json } of synthesized) {
      expect({ name, findings: checkConformance(json, { facts }) }).toEqual({ name, findings: [] });
    }
  });
});
