/**
 * Which tenant segment a vnet, IP set or security group of a synthesized stack belongs to: from the
 * TenantSpec when known, else from the naming scheme the constructs use (vnet ID `<code><segment
 * code>`, alias `<key> <segment>`, IP set `<code>-<segment code>-net`, security group
 * `<code>-<segment code>`). Returns undefined when a name does not tell.
 */
import { SEGMENT_CATALOGUE, SEGMENT_NAMES } from '../../model/catalogue';
import type { SegmentName } from '../../model/parameters';
import type { TenantSpec } from '../../model/spec';
import { literal, StackResource } from './stack-json';

const BY_CODE = new Map<string, SegmentName>(SEGMENT_NAMES.map((s) => [SEGMENT_CATALOGUE[s].code, s]));

export function segmentOfVnet(r: StackResource, spec?: TenantSpec): SegmentName | undefined {
  const id = literal(r.body.id);
  if (spec !== undefined) {
    return SEGMENT_NAMES.find((s) => spec.network.segments[s]?.vnetId === id);
  }
  const alias = literal(r.body.alias);
  const last = alias?.trim().split(/\s+/).pop();
  if (last !== undefined && (SEGMENT_NAMES as readonly string[]).includes(last)) return last as SegmentName;
  return id === undefined ? undefined : BY_CODE.get(id.slice(-2));
}

export function segmentOfIpSet(name: string, spec?: TenantSpec): SegmentName | undefined {
  if (spec !== undefined) return SEGMENT_NAMES.find((s) => spec.network.segments[s]?.ipSetName === name);
  const m = /-([a-z]{2})-net$/.exec(name);
  return m === null ? undefined : BY_CODE.get(m[1]);
}

export function segmentOfSecurityGroup(name: string, spec?: TenantSpec): SegmentName | undefined {
  if (spec !== undefined) return SEGMENT_NAMES.find((s) => spec.network.segments[s]?.securityGroup === name);
  const m = /-([a-z]{2})$/.exec(name);
  return m === null ? undefined : BY_CODE.get(m[1]);
}

/** The segment an IP set reference `+name` (or `+dc/name`, `+guest/name`) points at. */
export function segmentOfSource(source: unknown, spec?: TenantSpec): SegmentName | undefined {
  if (typeof source !== 'string' || !source.startsWith('+')) return undefined;
  const name = source.slice(1).replace(/^(dc|guest|sdn)\//, '');
  return segmentOfIpSet(name, spec);
}

/** The security group rules (type `in`/`out`/`group`) of a security-group or firewall-rules resource. */
export function firewallRules(r: StackResource): Record<string, unknown>[] {
  const rules = r.body.rule;
  return Array.isArray(rules) ? rules.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}
