/**
 * Validation of the props of NetworkSegments (the aws-cdk `validate-*-props.ts` pattern): every
 * problem is collected before the construct creates a child.
 */
import { ZONE_TYPES } from '../model/allocation-scheme';
import type { ZoneType } from '../model/parameters';
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity, type TenantIdentity } from '../model/tenant-identity';
import { VLAN_TAG_RULE, VNI_RULE } from '../model/identifier-rules';
import {
  BRIDGE_RULE, MTU_BOUNDS, NODE_NAME_RULE, VNET_ALIAS_RULE,
  checkAddressAt, checkCidrAt, checkIntegerIn, checkMapKeys, checkOneOf, checkRule, checkSdnIdAt,
} from './checks';
import { cidrContains, cidrLast, cidrsOverlap, formatIpv4, isHostAddress, type Ipv4Cidr } from '../core/ipv4';
import type { NetworkSegmentsProps, SegmentZone, ZoneOwner } from './network-segments';

/** What a vnet's `tag` means per zone type, and its allowed range. */
export const SEGMENT_TAG_RULES: Readonly<Record<ZoneType, { readonly min: number; readonly max: number; readonly what: string }>> = {
  vlan: { min: VLAN_TAG_RULE.min, max: VLAN_TAG_RULE.max, what: 'VLAN tag' },
  qinq: { min: VLAN_TAG_RULE.min, max: VLAN_TAG_RULE.max, what: 'customer VLAN tag (C-tag)' },
  vxlan: { min: VNI_RULE.min, max: VNI_RULE.max, what: 'VXLAN VNI' },
  evpn: { min: VNI_RULE.min, max: VNI_RULE.max, what: 'EVPN VNI' },
};

/**
 * Owner of each zone type: QinQ (a service tag per tenant) and EVPN (a VRF per tenant) give every
 * tenant its own zone; VLAN and VXLAN zones are shared, platform-owned objects.
 */
export const ZONE_OWNER_BY_TYPE: Readonly<Record<ZoneType, ZoneOwner>> = { vlan: 'platform', qinq: 'tenant', vxlan: 'platform', evpn: 'tenant' };

/** Default vnet alias: tenant key and segment name. */
export function defaultVnetAlias(tenant: TenantIdentity, segment: string): string {
  return `${tenant.key} ${segment}`;
}

function validateZone(p: ProblemCollector, zone: SegmentZone | undefined): void {
  if (zone === null || typeof zone !== 'object') {
    p.add('zone', `${show(zone)} is not allowed; allowed: an object with type, id and owner`);
    return;
  }
  checkSdnIdAt(p, 'zone.id', zone.id);
  const typeOk = checkOneOf(p, 'zone.type', zone.type, ZONE_TYPES);
  const ownerOk = checkOneOf(p, 'zone.owner', zone.owner, ['tenant', 'platform'] as const);
  if (!typeOk) return;
  const expectedOwner = ZONE_OWNER_BY_TYPE[zone.type];
  if (ownerOk && zone.owner !== expectedOwner) {
    p.add('zone.owner', `${show(zone.owner)} does not fit zone type ${show(zone.type)}; allowed: ${show(expectedOwner)} ` +
      `(qinq and evpn zones are per tenant, vlan and vxlan zones are shared platform objects)`);
  }
  const notFor = (field: keyof SegmentZone, allowedFor: string): void => {
    if (zone[field] !== undefined) {
      p.add(`zone.${field}`, `${show(zone[field])} is not allowed for a ${zone.type} zone; only for ${allowedFor}; remove it`);
    }
  };
  if (zone.type === 'qinq') {
    if (zone.bridge === undefined) p.add('zone.bridge', 'is required for a qinq zone (the Linux bridge carrying the service VLAN)');
    else checkRule(p, 'zone.bridge', BRIDGE_RULE, 'bridge', zone.bridge);
    if (zone.serviceTag === undefined) p.add('zone.serviceTag', 'is required for a qinq zone (the tenant\'s S-tag, 1-4094)');
    else checkIntegerIn(p, 'zone.serviceTag', zone.serviceTag, VLAN_TAG_RULE.min, VLAN_TAG_RULE.max, 'service VLAN tag (S-tag)');
  } else {
    notFor('bridge', 'qinq zones (a shared zone is configured by the platform)');
    notFor('serviceTag', 'qinq zones');
  }
  if (zone.type === 'evpn') {
    if (zone.controller === undefined) p.add('zone.controller', 'is required for an evpn zone (the platform\'s EVPN controller ID)');
    else checkSdnIdAt(p, 'zone.controller', zone.controller);
    if (zone.vrfVni === undefined) p.add('zone.vrfVni', 'is required for an evpn zone (the VNI of the tenant VRF, 1-16777215)');
    else checkIntegerIn(p, 'zone.vrfVni', zone.vrfVni, VNI_RULE.min, VNI_RULE.max, 'VRF VNI');
    if (zone.exitNodes !== undefined) {
      if (!Array.isArray(zone.exitNodes) || zone.exitNodes.length === 0) {
        p.add('zone.exitNodes', `${show(zone.exitNodes)} is not allowed; allowed: a non-empty list of node names, or leave it unset for no route out of the VRF`);
      } else {
        const seen = new Set<string>();
        zone.exitNodes.forEach((node, i) => {
          checkRule(p, `zone.exitNodes[${i}]`, NODE_NAME_RULE, 'node name', node);
          if (seen.has(node)) p.add(`zone.exitNodes[${i}]`, `${show(node)} is listed twice; list each node once`);
          else if (zone.nodes !== undefined && Array.isArray(zone.nodes) && !zone.nodes.includes(node)) p.add(`zone.exitNodes[${i}]`, `${show(node)} is not one of zone.nodes (${zone.nodes.join(', ')}); an exit node must carry the zone`);
          seen.add(node);
        });
      }
    }
  } else {
    notFor('controller', 'evpn zones');
    notFor('vrfVni', 'evpn zones');
    notFor('exitNodes', 'evpn zones');
  }
  if (expectedOwner === 'platform') {
    notFor('nodes', 'tenant-owned zones (qinq, evpn); the platform sets the nodes of a shared zone');
    notFor('mtu', 'tenant-owned zones (qinq, evpn); the platform sets the MTU of a shared zone');
  } else {
    if (zone.nodes !== undefined) {
      if (!Array.isArray(zone.nodes) || zone.nodes.length === 0) {
        p.add('zone.nodes', `${show(zone.nodes)} is not allowed; allowed: a non-empty list of node names, or leave it unset for all nodes`);
      } else {
        const seen = new Set<string>();
        zone.nodes.forEach((node, i) => {
          checkRule(p, `zone.nodes[${i}]`, NODE_NAME_RULE, 'node name', node);
          if (seen.has(node)) p.add(`zone.nodes[${i}]`, `${show(node)} is listed twice; list each node once`);
          seen.add(node);
        });
      }
    }
    if (zone.mtu !== undefined) checkIntegerIn(p, 'zone.mtu', zone.mtu, MTU_BOUNDS.min, MTU_BOUNDS.max, 'MTU');
  }
}

/** Checks every prop; returns the problems and the sorted segment names the constructor renders. */
export function validateNetworkSegmentsProps(props: NetworkSegmentsProps): { problems: ProblemCollector; names: string[] } {
  const p = new ProblemCollector();
  checkTenantIdentity(p, props.tenant, ['key']);
  const keyOk = p.count === 0;
  const zone = props.zone;
  validateZone(p, zone);
  const zoneType = zone && ZONE_TYPES.includes(zone.type) ? zone.type : undefined;

  const block = checkCidrAt(p, 'block', props.block);
  const names = checkMapKeys(p, 'segments', props.segments, 'segment');

  const byVnet = new Map<string, string>();
  const byTag = new Map<number, string>();
  const cidrs: { name: string; cidr: Ipv4Cidr; text: string }[] = [];
  const defaultAliasFor: string[] = [];
  for (const name of names) {
    const at = `segments.${name}`;
    const seg = props.segments[name];
    if (seg === null || typeof seg !== 'object') {
      p.add(at, `${show(seg)} is not allowed; allowed: an object with vnetId, tag, cidr and gateway`);
      continue;
    }
    if (checkSdnIdAt(p, `${at}.vnetId`, seg.vnetId)) {
      const other = byVnet.get(seg.vnetId);
      if (other !== undefined) p.add(`${at}.vnetId`, `${show(seg.vnetId)} is already used by segment ${show(other)}; vnet IDs are cluster-wide unique`);
      else byVnet.set(seg.vnetId, name);
    }
    if (zoneType) {
      const rule = SEGMENT_TAG_RULES[zoneType];
      if (checkIntegerIn(p, `${at}.tag`, seg.tag, rule.min, rule.max, `${rule.what} for a ${zoneType} zone`)) {
        const other = byTag.get(seg.tag);
        if (other !== undefined) p.add(`${at}.tag`, `${show(seg.tag)} is already used by segment ${show(other)}; every segment needs its own tag`);
        else byTag.set(seg.tag, name);
        if (zoneType === 'evpn' && zone.vrfVni === seg.tag) {
          p.add(`${at}.tag`, `${show(seg.tag)} equals zone.vrfVni; the VRF VNI and the vnet VNIs must differ`);
        }
      }
    }
    if (seg.alias !== undefined) checkRule(p, `${at}.alias`, VNET_ALIAS_RULE, 'vnet alias', seg.alias);
    else defaultAliasFor.push(name);

    const cidr = checkCidrAt(p, `${at}.cidr`, seg.cidr);
    if (cidr) {
      if (block && !cidrContains(block, cidr)) {
        p.add(`${at}.cidr`, `${show(seg.cidr)} is not inside the tenant block ${show(props.block)}; allowed: a prefix inside the block`);
      }
      if (cidr.prefixLength > 30) {
        p.add(`${at}.cidr`, `${show(seg.cidr)} has no room for a gateway and guests; allowed: prefix length at most 30`);
      }
      for (const other of cidrs) {
        if (cidrsOverlap(other.cidr, cidr)) {
          p.add(`${at}.cidr`, `${show(seg.cidr)} overlaps segment ${show(other.name)} (${show(other.text)}); segments must not overlap`);
        }
      }
      cidrs.push({ name, cidr, text: seg.cidr });
    }
    const gateway = checkAddressAt(p, `${at}.gateway`, seg.gateway);
    if (cidr && gateway !== undefined && !isHostAddress(cidr, gateway)) {
      p.add(`${at}.gateway`, `${show(seg.gateway)} is not a host address of ${show(seg.cidr)}; allowed: ${hostRange(cidr)}`);
    }
    if (seg.dhcpRange !== undefined) {
      const range = seg.dhcpRange;
      const start = checkAddressAt(p, `${at}.dhcpRange.start`, range?.start);
      const end = checkAddressAt(p, `${at}.dhcpRange.end`, range?.end);
      if (cidr && start !== undefined && !isHostAddress(cidr, start)) {
        p.add(`${at}.dhcpRange.start`, `${show(range.start)} is not a host address of ${show(seg.cidr)}; allowed: ${hostRange(cidr)}`);
      }
      if (cidr && end !== undefined && !isHostAddress(cidr, end)) {
        p.add(`${at}.dhcpRange.end`, `${show(range.end)} is not a host address of ${show(seg.cidr)}; allowed: ${hostRange(cidr)}`);
      }
      if (start !== undefined && end !== undefined && start > end) {
        p.add(`${at}.dhcpRange`, `start ${show(range.start)} is after end ${show(range.end)}; write the lower address first`);
      }
      if (start !== undefined && end !== undefined && gateway !== undefined && gateway >= start && gateway <= end) {
        p.add(`${at}.dhcpRange`, `${show(range.start)}-${show(range.end)} contains the gateway ${show(seg.gateway)}; leave the gateway out of the range`);
      }
    }
  }
  // Segment names are checked above, so only the tenant key can spoil a default alias: report it once,
  // and not when the key itself already failed the tenant-key rule.
  if (defaultAliasFor.length > 0 && keyOk) {
    checkRule(p, 'tenant.key', VNET_ALIAS_RULE, 'default vnet alias', defaultVnetAlias(props.tenant ?? ({} as TenantIdentity), defaultAliasFor[0] as string));
  }
  return { problems: p, names };
}

function hostRange(cidr: Ipv4Cidr): string {
  const last = cidrLast(cidr);
  return last - cidr.network < 2 ? 'none (prefix too small)' : `${formatIpv4(cidr.network + 1)}-${formatIpv4(last - 1)}`;
}
