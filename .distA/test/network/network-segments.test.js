"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const network_segments_1 = require("../../lib/network/network-segments");
const conformance_1 = require("../../lib/verify/conformance");
const schema_facts_1 = require("../../lib/verify/schema-facts");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
const ZONE_RESOURCE_TYPES = ['proxmox_sdn_zone_qinq', 'proxmox_sdn_zone_evpn', 'proxmox_sdn_zone_vlan', 'proxmox_sdn_zone_vxlan', 'proxmox_sdn_zone_simple'];
function zoneResources(json) {
    return Object.keys(json.resource ?? {}).filter((t) => t.includes('sdn_zone'));
}
function only(json, type) {
    const all = Object.values((0, synth_1.resourcesOf)(json, type));
    expect(all).toHaveLength(1);
    return all[0];
}
function byId(json, type, idAttr) {
    return Object.fromEntries(Object.values((0, synth_1.resourcesOf)(json, type)).map((r) => [String(r[idAttr]), r]));
}
describe('NetworkSegments: rendering per zone type', () => {
    it('creates a qinq zone with service_vlan, bridge, nodes and mtu when the tenant owns it', () => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('qinq', {
            zone: { ...fixtures_1.ZONES.qinq, nodes: ['pve1', 'pve2'], mtu: 1500 },
        })));
        expect(zoneResources(json)).toEqual(['proxmox_sdn_zone_qinq']);
        expect(only(json, 'proxmox_sdn_zone_qinq')).toEqual({ id: 't0001', bridge: 'vmbr1', service_vlan: 101, nodes: ['pve1', 'pve2'], mtu: 1500 });
    });
    it('creates an evpn zone with controller and vrf_vxlan when the tenant owns it', () => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('evpn')));
        expect(zoneResources(json)).toEqual(['proxmox_sdn_zone_evpn']);
        expect(only(json, 'proxmox_sdn_zone_evpn')).toEqual({ id: 't0001', controller: 'evpnctl', vrf_vxlan: 4_000_001 });
        const vnets = byId(json, 'proxmox_sdn_vnet', 'id');
        expect(vnets.t0001sv?.tag).toBe(100_011);
    });
    it.each(['vlan', 'vxlan'])('creates no zone resource for a platform-owned %s zone and references its ID', (type) => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)(type, { zone: network_segments_1.NetworkSegments.zoneFromAttributes({ type, id: fixtures_1.ZONES[type].id }) })));
        expect(zoneResources(json)).toEqual([]);
        for (const t of ZONE_RESOURCE_TYPES)
            expect((0, synth_1.resourcesOf)(json, t)).toEqual({});
        for (const vnet of Object.values((0, synth_1.resourcesOf)(json, 'proxmox_sdn_vnet')))
            expect(vnet.zone).toBe(fixtures_1.ZONES[type].id);
    });
    it('renders one vnet per segment with zone reference, tag and alias', () => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('qinq')));
        const zoneAddress = Object.keys((0, synth_1.resourcesOf)(json, 'proxmox_sdn_zone_qinq'))[0];
        const zoneRef = `\${proxmox_sdn_zone_qinq.${zoneAddress}.id}`;
        expect(byId(json, 'proxmox_sdn_vnet', 'id')).toEqual({
            t0001mg: { id: 't0001mg', zone: zoneRef, tag: 10, alias: 'musterstadt management' },
            t0001sv: { id: 't0001sv', zone: zoneRef, tag: 20, alias: 'musterstadt servers' },
            t0001cl: { id: 't0001cl', zone: zoneRef, tag: 30, alias: 'Musterstadt Buero-PCs' },
        });
    });
    it('renders one subnet per vnet with gateway, and a DHCP range only where one is given', () => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('vlan')));
        const vnetAddress = (id) => {
            const hit = Object.entries((0, synth_1.resourcesOf)(json, 'proxmox_sdn_vnet')).find(([, r]) => r.id === id);
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
        const stack = (0, fixtures_1.tenantStack)();
        const tenantOwned = new network_segments_1.NetworkSegments(stack, 'Network', (0, fixtures_1.segmentsProps)('qinq'));
        const shared = new network_segments_1.NetworkSegments(stack, 'Shared', (0, fixtures_1.segmentsProps)('vlan', {
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
        expect(network_segments_1.NetworkSegments.zoneFromAttributes({ type: 'vxlan', id: 'komvx' })).toEqual({ type: 'vxlan', id: 'komvx', owner: 'platform' });
        expect(network_segments_1.ZONE_OWNER_BY_TYPE).toEqual({ vlan: 'platform', qinq: 'tenant', vxlan: 'platform', evpn: 'tenant' });
    });
});
describe('NetworkSegments: Terraform addresses', () => {
    // The address inventory is a contract (STYLE 10): a change here destroys and recreates networks.
    it('derives stable addresses from the segment names', () => {
        const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('qinq')));
        expect((0, synth_1.resourceAddresses)(json)).toEqual([
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
        const before = (0, synth_1.resourceAddresses)((0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('qinq'))));
        const reordered = Object.fromEntries(Object.entries(fixtures_1.SEGMENTS).reverse());
        const after = (0, synth_1.resourceAddresses)((0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', (0, fixtures_1.segmentsProps)('qinq', {
            segments: { ...reordered, dmz: { vnetId: 't0001dz', tag: 40, cidr: '10.20.0.64/27', gateway: '10.20.0.65' } },
        }))));
        for (const address of before)
            expect(after).toContain(address);
        expect(after.filter((a) => !before.includes(a))).toEqual([
            expect.stringMatching(/^proxmox_sdn_subnet\.Network_dmz_Subnet_/),
            expect.stringMatching(/^proxmox_sdn_vnet\.Network_dmz_Vnet_/),
        ]);
    });
});
describe('NetworkSegments: validation', () => {
    const build = (props, type = 'qinq') => () => new network_segments_1.NetworkSegments((0, fixtures_1.tenantStack)(), 'Network', (0, fixtures_1.segmentsProps)(type, props));
    const withSegment = (name, patch, type = 'qinq') => build({ segments: { ...(0, fixtures_1.segmentsProps)(type).segments, [name]: { ...(0, fixtures_1.segmentsProps)(type).segments[name], ...patch } } }, type);
    it('fails when the zone ID breaks the SDN ID rule', () => {
        const tooLong = (0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, id: 'musterstadt' } }));
        expect((0, fixtures_1.problemAt)(tooLong, 'zone.id')).toContain('"musterstadt"');
        expect((0, fixtures_1.problemAt)(tooLong, 'zone.id')).toMatch(/11 characters, allowed 2-8/);
        const badChars = (0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, id: 't-0001' } }));
        expect((0, fixtures_1.problemAt)(badChars, 'zone.id')).toContain('"t-0001"');
    });
    it('fails when a vnet ID breaks the SDN ID rule', () => {
        const problems = (0, fixtures_1.problemsOf)(withSegment('servers', { vnetId: '1servers' }));
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.vnetId')).toContain('"1servers"');
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.vnetId')).toMatch(/must match/);
    });
    it('fails when a vnet ID is used twice', () => {
        const problems = (0, fixtures_1.problemsOf)(withSegment('servers', { vnetId: 't0001mg' }));
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.vnetId')).toMatch(/"t0001mg" is already used by segment "management"/);
    });
    it('fails when a VLAN tag is outside 1-4094 in a vlan zone', () => {
        const problems = (0, fixtures_1.problemsOf)(withSegment('servers', { tag: 4095 }, 'vlan'));
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.tag')).toMatch(/VLAN tag for a vlan zone 4095 .*1 to 4094/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 0 }, 'vlan')), 'segments.servers.tag')).toContain(' 0 ');
    });
    it('fails when a qinq C-tag or S-tag is outside 1-4094', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 5000 })), 'segments.servers.tag')).toMatch(/C-tag.*5000.*1 to 4094/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, serviceTag: 4095 } })), 'zone.serviceTag')).toMatch(/S-tag.*4095.*1 to 4094/);
    });
    it('fails when a VNI is outside 1-16777215 or not an integer', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 16_777_216 }, 'vxlan')), 'segments.servers.tag')).toMatch(/VNI.*16777216.*1 to 16777215/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 12.5 }, 'evpn')), 'segments.servers.tag')).toContain('12.5');
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.evpn, vrfVni: 0 } }, 'evpn')), 'zone.vrfVni')).toMatch(/VRF VNI 0/);
    });
    it('fails when two segments share a tag', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 10 })), 'segments.servers.tag')).toMatch(/10 is already used by segment "management"/);
    });
    it('fails when an evpn vnet VNI equals the VRF VNI', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { tag: 4_000_001 }, 'evpn')), 'segments.servers.tag')).toMatch(/4000001 equals zone.vrfVni/);
    });
    it('fails when a segment CIDR is not valid or not a network address', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { cidr: '10.20.0.128/33' })), 'segments.servers.cidr')).toMatch(/"10.20.0.128\/33" is not in IPv4 CIDR notation/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { cidr: '10.20.0.130/25' })), 'segments.servers.cidr')).toMatch(/"10.20.0.130\/25" is not a network address.*10.20.0.128\/25/);
    });
    it('fails when a segment lies outside the tenant block', () => {
        const problems = (0, fixtures_1.problemsOf)(withSegment('servers', { cidr: '10.30.0.0/25', gateway: '10.30.0.1' }));
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.cidr')).toMatch(/"10.30.0.0\/25" is not inside the tenant block "10.20.0.0\/22"/);
    });
    it('fails when the tenant block is invalid', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ block: '10.20.0.0' })), 'block')).toContain('"10.20.0.0"');
    });
    it('fails when segments overlap', () => {
        const problems = (0, fixtures_1.problemsOf)(withSegment('servers', { cidr: '10.20.0.0/25', gateway: '10.20.0.100' }));
        expect((0, fixtures_1.problemAt)(problems, 'segments.servers.cidr')).toMatch(/"10.20.0.0\/25" overlaps segment "management" \("10.20.0.0\/26"\)/);
    });
    it('fails when a gateway is outside the segment or its network/broadcast address', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { gateway: '10.20.1.1' })), 'segments.servers.gateway'))
            .toMatch(/"10.20.1.1" is not a host address of "10.20.0.128\/25"; allowed: 10.20.0.129-10.20.0.254/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { gateway: '10.20.0.128' })), 'segments.servers.gateway')).toContain('"10.20.0.128"');
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { gateway: '10.20.0.255' })), 'segments.servers.gateway')).toContain('"10.20.0.255"');
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { gateway: '10.20.0.300' })), 'segments.servers.gateway')).toMatch(/"10.20.0.300" is not an IPv4 address/);
    });
    it('fails when a DHCP range leaves the segment, is reversed or contains the gateway', () => {
        const outside = (0, fixtures_1.problemsOf)(withSegment('clients', { dhcpRange: { start: '10.20.1.10', end: '10.20.1.255' } }));
        expect((0, fixtures_1.problemAt)(outside, 'segments.clients.dhcpRange.end')).toMatch(/"10.20.1.255" is not a host address of "10.20.1.0\/24"/);
        const reversed = (0, fixtures_1.problemsOf)(withSegment('clients', { dhcpRange: { start: '10.20.1.200', end: '10.20.1.100' } }));
        expect((0, fixtures_1.problemAt)(reversed, 'segments.clients.dhcpRange')).toMatch(/start "10.20.1.200" is after end "10.20.1.100"/);
        const withGateway = (0, fixtures_1.problemsOf)(withSegment('clients', { dhcpRange: { start: '10.20.1.1', end: '10.20.1.50' } }));
        expect((0, fixtures_1.problemAt)(withGateway, 'segments.clients.dhcpRange')).toMatch(/contains the gateway "10.20.1.1"/);
        const network = (0, fixtures_1.problemsOf)(withSegment('clients', { dhcpRange: { start: '10.20.1.0', end: '10.20.1.50' } }));
        expect((0, fixtures_1.problemAt)(network, 'segments.clients.dhcpRange.start')).toContain('"10.20.1.0"');
    });
    it('fails when required zone fields of the type are missing', () => {
        const qinq = (0, fixtures_1.problemsOf)(build({ zone: { type: 'qinq', id: 't0001', owner: 'tenant' } }));
        expect((0, fixtures_1.problemAt)(qinq, 'zone.bridge')).toMatch(/required for a qinq zone/);
        expect((0, fixtures_1.problemAt)(qinq, 'zone.serviceTag')).toMatch(/required for a qinq zone/);
        const evpn = (0, fixtures_1.problemsOf)(build({ zone: { type: 'evpn', id: 't0001', owner: 'tenant' } }, 'evpn'));
        expect((0, fixtures_1.problemAt)(evpn, 'zone.controller')).toMatch(/required for an evpn zone/);
        expect((0, fixtures_1.problemAt)(evpn, 'zone.vrfVni')).toMatch(/required for an evpn zone/);
    });
    it('fails when a zone field does not apply to the zone type instead of ignoring it', () => {
        const problems = (0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.vlan, serviceTag: 100, bridge: 'vmbr1', mtu: 1500 } }, 'vlan'));
        expect((0, fixtures_1.problemAt)(problems, 'zone.serviceTag')).toMatch(/100 is not allowed for a vlan zone/);
        expect((0, fixtures_1.problemAt)(problems, 'zone.bridge')).toMatch(/"vmbr1" is not allowed for a vlan zone/);
        expect((0, fixtures_1.problemAt)(problems, 'zone.mtu')).toMatch(/1500 is not allowed for a vlan zone/);
    });
    it('fails when the owner does not fit the zone type', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.vlan, owner: 'tenant' } }, 'vlan')), 'zone.owner'))
            .toMatch(/"tenant" does not fit zone type "vlan"; allowed: "platform"/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { type: 'geneve', id: 'x1', owner: 'tenant' } })), 'zone.type'))
            .toMatch(/"geneve" is not allowed; allowed: "vlan", "qinq", "vxlan", "evpn"/);
    });
    it('fails when zone nodes repeat or the MTU is out of range', () => {
        const problems = (0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, nodes: ['pve1', 'pve1'], mtu: 100 } }));
        expect((0, fixtures_1.problemAt)(problems, 'zone.nodes[1]')).toMatch(/"pve1" is listed twice/);
        expect((0, fixtures_1.problemAt)(problems, 'zone.mtu')).toMatch(/MTU 100 .*576 to 9216/);
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, nodes: [] } })), 'zone.nodes')).toContain('[]');
    });
    it('fails when the bridge or the EVPN controller ID is malformed', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.qinq, bridge: 'vmbr 1' } })), 'zone.bridge')).toContain('"vmbr 1"');
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ zone: { ...fixtures_1.ZONES.evpn, controller: 'evpn-ctl' } }, 'evpn')), 'zone.controller')).toContain('"evpn-ctl"');
    });
    it('fails when a vnet alias has characters Proxmox rejects', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(withSegment('servers', { alias: 'Server; DROP' })), 'segments.servers.alias')).toContain('"Server; DROP"');
    });
    it('fails when the tenant key would make the default vnet alias invalid', () => {
        const problems = (0, fixtures_1.problemsOf)(build({ tenant: { ...fixtures_1.TENANT, key: 'muster;stadt' } }));
        expect((0, fixtures_1.problemAt)(problems, 'tenant.key')).toContain('"muster;stadt management"');
        expect(problems.filter((p) => p.path === 'tenant.key')).toHaveLength(1);
    });
    it('fails when the segment map is empty or a segment name is not a stable key', () => {
        expect((0, fixtures_1.problemAt)((0, fixtures_1.problemsOf)(build({ segments: {} })), 'segments')).toMatch(/is empty/);
        const problems = (0, fixtures_1.problemsOf)(build({ segments: { 'Server Netz': fixtures_1.SEGMENTS.servers } }));
        expect((0, fixtures_1.problemAt)(problems, 'segments.Server Netz')).toContain('"Server Netz"');
    });
    it('fails once with every problem listed, before creating any resource', () => {
        const stack = (0, fixtures_1.tenantStack)();
        let message = '';
        try {
            new network_segments_1.NetworkSegments(stack, 'Network', (0, fixtures_1.segmentsProps)('qinq', {
                zone: { ...fixtures_1.ZONES.qinq, id: 'toolongzone' },
                segments: { servers: { vnetId: 'sv', tag: 9999, cidr: '10.99.0.0/24', gateway: '10.99.1.1' } },
            }));
        }
        catch (e) {
            message = e.message;
        }
        expect(message).toMatch(/^NetworkSegments at musterstadt\/Network has 4 invalid props:/);
        for (const path of ['zone.id', 'segments.servers.tag', 'segments.servers.cidr', 'segments.servers.gateway'])
            expect(message).toContain(`  - ${path}: `);
        const network = stack.node.tryFindChild('Network');
        expect(network?.node.children ?? []).toEqual([]);
    });
});
describe('NetworkSegments: conformance', () => {
    it('every stack synthesized in this file has zero conformance findings', () => {
        expect(fixtures_1.synthesized.length).toBeGreaterThan(5);
        const facts = { proxmox: (0, schema_facts_1.loadProviderFacts)('proxmox') };
        for (const { name, json } of fixtures_1.synthesized) {
            expect({ name, findings: (0, conformance_1.checkConformance)(json, { facts }) }).toEqual({ name, findings: [] });
        }
    });
});
