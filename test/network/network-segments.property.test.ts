import fc from 'fast-check';
import { NetworkSegments, SEGMENT_TAG_RULES, type SegmentDefinition, type SegmentZone } from '../../lib/network/network-segments';
import { formatIpv4, parseCidr } from '../../lib/core/ipv4';
import { checkConformance } from '../../lib/verify/conformance';
import { loadProviderFacts } from '../../lib/verify/schema-facts';
import { resourcesOf } from '../helpers/synth';
import { TENANT, ZONES, synthTenant } from './fixtures';

const BLOCK = '10.64.0.0/16';

/** Random valid segment maps: unique names, vnet IDs and tags; prefixes packed inside BLOCK. */
const segmentMaps = fc.constantFrom<SegmentZone['type']>('vlan', 'qinq', 'vxlan', 'evpn').chain((type) => {
  const rule = SEGMENT_TAG_RULES[type];
  const tagMax = type === 'evpn' ? rule.max - 1 : rule.max; // the evpn VRF VNI of the fixture is never drawn below
  return fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
      vnetId: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}[A-Za-z0-9]$/),
      tag: fc.integer({ min: rule.min, max: tagMax }),
      prefixLength: fc.integer({ min: 20, max: 30 }),
      dhcp: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8, selector: (s) => s.name },
  ).filter((list) => new Set(list.map((s) => s.vnetId)).size === list.length && new Set(list.map((s) => s.tag)).size === list.length)
    .map((list) => {
      // Pack the prefixes largest first, each aligned to its size, so they never overlap.
      const base = (parseCidr(BLOCK) as { ok: true; cidr: { network: number } }).cidr.network;
      let next = base;
      const segments: Record<string, SegmentDefinition> = {};
      for (const s of [...list].sort((a, b) => a.prefixLength - b.prefixLength)) {
        const size = 2 ** (32 - s.prefixLength);
        const network = Math.ceil(next / size) * size;
        next = network + size;
        segments[s.name] = {
          vnetId: s.vnetId, tag: s.tag, cidr: `${formatIpv4(network)}/${s.prefixLength}`, gateway: formatIpv4(network + 1),
          ...(s.dhcp ? { dhcpRange: { start: formatIpv4(network + 2), end: formatIpv4(network + size - 2) } } : {}),
        };
      }
      const zone: SegmentZone = type === 'evpn' ? { ...ZONES.evpn, vrfVni: rule.max } : ZONES[type];
      return { zone, segments };
    });
});

describe('NetworkSegments: property', () => {
  it('synthesizes one vnet and one subnet per segment for random valid segment maps, and never throws', () => {
    const facts = { proxmox: loadProviderFacts('proxmox') };
    fc.assert(
      fc.property(segmentMaps, ({ zone, segments }) => {
        const json = synthTenant((s) => new NetworkSegments(s, 'Network', { tenant: TENANT, zone, block: BLOCK, segments }));
        const vnets = Object.values(resourcesOf(json, 'proxmox_sdn_vnet'));
        const subnets = Object.values(resourcesOf(json, 'proxmox_sdn_subnet'));
        const names = Object.keys(segments);
        expect(vnets).toHaveLength(names.length);
        expect(subnets).toHaveLength(names.length);
        expect(vnets.map((v) => v.id).sort()).toEqual(names.map((n) => segments[n]?.vnetId).sort());
        expect(subnets.map((s) => s.cidr).sort()).toEqual(names.map((n) => segments[n]?.cidr).sort());
        expect(checkConformance(json, { facts })).toEqual([]);
      }),
      { numRuns: 60, seed: 20240611 },
    );
  });
});
