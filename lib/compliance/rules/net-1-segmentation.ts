import { SEGMENT_NAMES } from '../../model/catalogue';
import type { SegmentName } from '../../model/parameters';
import { cidrsOverlap, parseCidr, type Ipv4Cidr } from '../../core/ipv4';
import { cidrProblemReason } from '../../network/checks';
import { segmentOfVnet } from '../internal/segments';
import { findingAt, literal, proxmoxTypes, resolveRef, resourcesOf, type StackResource } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';

/** Segments every tenant must have. */
export const MANDATORY_SEGMENTS: readonly SegmentName[] = ['management', 'servers', 'clients'];

/**
 * KOM-NET-1: the tenant network is segmented: management, servers and clients (and DMZ when
 * present) are separate SDN vnets, each with its own subnet, and no two subnets overlap.
 */
export const net1Segmentation: ComplianceRule = {
  id: 'KOM-NET-1',
  level: 'error',
  title: { en: 'Network segmentation into separate vnets', de: 'Netzsegmentierung in getrennte VNets' },
  cause: 'The stack lacks a separate SDN vnet with its own subnet for management, servers or clients, or subnets overlap.',
  fix: 'Render the network with NetworkSegments (management, servers and clients are mandatory) and give every segment its own subnet.',
  grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const vnets = resourcesOf(json, ...proxmoxTypes('sdn_vnet'));
    if (vnets.length === 0) {
      return spec === undefined
        ? unknown('the stack declares no SDN vnets; segmentation cannot be checked here (is the network in another stack?)')
        : failIfAny([{ message: `tenant ${spec.key} declares no SDN vnets; expected one per segment (${MANDATORY_SEGMENTS.join(', ')} at least)` }]);
    }
    const findings: Finding[] = [];
    const unclassified: StackResource[] = [];
    const bySegment = new Map<SegmentName, StackResource>();
    for (const v of vnets) {
      const seg = segmentOfVnet(v, spec);
      if (seg === undefined) {
        unclassified.push(v);
        continue;
      }
      const other = bySegment.get(seg);
      if (other !== undefined) findings.push(findingAt(v, `segment ${seg} has two vnets (${other.address} and ${v.address}); a segment is exactly one vnet`));
      else bySegment.set(seg, v);
    }
    const expected = spec === undefined ? MANDATORY_SEGMENTS : SEGMENT_NAMES.filter((s) => spec.network.segments[s] !== undefined);
    const missing = expected.filter((s) => !bySegment.has(s));

    // Subnets per vnet, and overlap across vnets.
    const subnets = resourcesOf(json, ...proxmoxTypes('sdn_subnet'));
    const subnetsOf = new Map<string, { r: StackResource; cidr: Ipv4Cidr; text: string }[]>();
    for (const s of subnets) {
      const ref = resolveRef(json, s.body.vnet);
      const vnet = ref.target ?? vnets.find((v) => literal(v.body.id) !== undefined && literal(v.body.id) === literal(s.body.vnet));
      const parsed = parseCidr(s.body.cidr);
      if (!parsed.ok) {
        findings.push(findingAt(s, `subnet CIDR ${JSON.stringify(s.body.cidr)} is not a literal IPv4 prefix (${cidrProblemReason(parsed.problem)})`));
        continue;
      }
      if (vnet === undefined) {
        findings.push(findingAt(s, `subnet ${String(s.body.cidr)} belongs to no vnet of this stack`));
        continue;
      }
      const list = subnetsOf.get(vnet.address) ?? [];
      list.push({ r: s, cidr: parsed.cidr, text: String(s.body.cidr) });
      subnetsOf.set(vnet.address, list);
    }
    const all = [...subnetsOf.entries()].flatMap(([v, list]) => list.map((x) => ({ ...x, vnet: { address: v } })));
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        if (cidrsOverlap(all[i].cidr, all[j].cidr)) {
          findings.push(findingAt(all[j].r, `subnet ${all[j].text} (${all[j].vnet.address}) overlaps ${all[i].text} (${all[i].vnet.address}); segments need distinct subnets`));
        }
      }
    }
    for (const [seg, v] of bySegment) {
      if ((subnetsOf.get(v.address) ?? []).length === 0) findings.push(findingAt(v, `vnet of segment ${seg} has no subnet`));
      if (spec !== undefined) {
        const want = spec.network.segments[seg]?.cidr;
        const have = (subnetsOf.get(v.address) ?? []).map((x) => x.text);
        if (want !== undefined && !have.includes(want)) findings.push(findingAt(v, `segment ${seg} should have subnet ${want} (TenantSpec), found ${have.join(', ') || 'none'}`));
      }
    }
    if (missing.length > 0 && unclassified.length > 0 && findings.length === 0) {
      return unknown(`segments ${missing.join(', ')} not recognised; vnets ${unclassified.map((v) => v.address).join(', ')} carry no segment name (alias "<tenant> <segment>" or ID ending in a segment code)`);
    }
    for (const s of missing) findings.push({ message: `segment ${s} has no vnet of its own` });
    return failIfAny(findings);
  },
};
