"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const network_segments_1 = require("../../lib/network/network-segments");
const ipv4_1 = require("../../lib/network/ipv4");
const conformance_1 = require("../../lib/verify/conformance");
const schema_facts_1 = require("../../lib/verify/schema-facts");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
const BLOCK = '10.64.0.0/16';
/** Random valid segment maps: unique names, vnet IDs and tags; prefixes packed inside BLOCK. */
const segmentMaps = fast_check_1.default.constantFrom('vlan', 'qinq', 'vxlan', 'evpn').chain((type) => {
    const rule = network_segments_1.SEGMENT_TAG_RULES[type];
    const tagMax = type === 'evpn' ? rule.max - 1 : rule.max; // the evpn VRF VNI of the fixture is never drawn below
    return fast_check_1.default.uniqueArray(fast_check_1.default.record({
        name: fast_check_1.default.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
        vnetId: fast_check_1.default.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}[A-Za-z0-9]$/),
        tag: fast_check_1.default.integer({ min: rule.min, max: tagMax }),
        prefixLength: fast_check_1.default.integer({ min: 20, max: 30 }),
        dhcp: fast_check_1.default.boolean(),
    }), { minLength: 1, maxLength: 8, selector: (s) => s.name }).filter((list) => new Set(list.map((s) => s.vnetId)).size === list.length && new Set(list.map((s) => s.tag)).size === list.length)
        .map((list) => {
        // Pack the prefixes largest first, each aligned to its size, so they never overlap.
        const base = (0, ipv4_1.parseCidr)(BLOCK).cidr.network;
        let next = base;
        const segments = {};
        for (const s of [...list].sort((a, b) => a.prefixLength - b.prefixLength)) {
            const size = 2 ** (32 - s.prefixLength);
            const network = Math.ceil(next / size) * size;
            next = network + size;
            segments[s.name] = {
                vnetId: s.vnetId, tag: s.tag, cidr: `${(0, ipv4_1.formatIpv4)(network)}/${s.prefixLength}`, gateway: (0, ipv4_1.formatIpv4)(network + 1),
                ...(s.dhcp ? { dhcpRange: { start: (0, ipv4_1.formatIpv4)(network + 2), end: (0, ipv4_1.formatIpv4)(network + size - 2) } } : {}),
            };
        }
        const zone = type === 'evpn' ? { ...fixtures_1.ZONES.evpn, vrfVni: rule.max } : fixtures_1.ZONES[type];
        return { zone, segments };
    });
});
describe('NetworkSegments: property', () => {
    it('synthesizes one vnet and one subnet per segment for random valid segment maps, and never throws', () => {
        const facts = { proxmox: (0, schema_facts_1.loadProviderFacts)('proxmox') };
        fast_check_1.default.assert(fast_check_1.default.property(segmentMaps, ({ zone, segments }) => {
            const json = (0, fixtures_1.synthTenant)((s) => new network_segments_1.NetworkSegments(s, 'Network', { tenant: fixtures_1.TENANT, zone, block: BLOCK, segments }));
            const vnets = Object.values((0, synth_1.resourcesOf)(json, 'proxmox_sdn_vnet'));
            const subnets = Object.values((0, synth_1.resourcesOf)(json, 'proxmox_sdn_subnet'));
            const names = Object.keys(segments);
            expect(vnets).toHaveLength(names.length);
            expect(subnets).toHaveLength(names.length);
            expect(vnets.map((v) => v.id).sort()).toEqual(names.map((n) => segments[n]?.vnetId).sort());
            expect(subnets.map((s) => s.cidr).sort()).toEqual(names.map((n) => segments[n]?.cidr).sort());
            expect((0, conformance_1.checkConformance)(json, { facts })).toEqual([]);
        }), { numRuns: 60, seed: 20240611 });
    });
});
