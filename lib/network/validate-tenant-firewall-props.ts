/**
 * Validation of the props of TenantFirewall (the aws-cdk `validate-*-props.ts` pattern): every
 * problem is collected before the construct creates a child.
 */
import type { FlowProtocol } from '../model/flows';
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity } from '../model/tenant-identity';
import { checkVmId } from '../model/identifier-rules';
import {
  FIREWALL_LOG_LEVELS, IP_SET_RULE, NODE_NAME_RULE,
  checkCidrAt, checkMapKeys, checkOneOf, checkPortsAt, checkRule, checkSecurityGroupAt, checkTextAt,
} from './checks';
import type { FirewallGuest, FlowSource, GuestKind, TenantFirewallProps } from './tenant-firewall';

export const FLOW_PROTOCOLS: readonly FlowProtocol[] = ['tcp', 'udp', 'icmp'];

export const FLOW_SOURCES: readonly FlowSource[] = ['catalogue', 'exception'];

export const GUEST_KINDS: readonly GuestKind[] = ['vm', 'container'];

/** Checks every prop; returns the problems and the sorted keys the constructor renders. */
export function validateTenantFirewallProps(props: TenantFirewallProps): {
  problems: ProblemCollector; segmentNames: string[]; flowIds: string[]; guestNames: string[];
} {
  const p = new ProblemCollector();
  checkTenantIdentity(p, props.tenant, ['key']);
  const segmentNames = checkMapKeys(p, 'segments', props.segments, 'segment');
  const known = new Set(segmentNames);
  const knownText = segmentNames.length > 0 ? segmentNames.map((s) => show(s)).join(', ') : '(none)';

  const groupOwner = new Map<string, string>();
  const ipSetOwner = new Map<string, string>();
  for (const name of segmentNames) {
    const at = `segments.${name}`;
    const seg = props.segments[name];
    if (seg === null || typeof seg !== 'object') {
      p.add(at, `${show(seg)} is not allowed; allowed: an object with cidr, securityGroup and ipSet`);
      continue;
    }
    checkCidrAt(p, `${at}.cidr`, seg.cidr);
    if (checkSecurityGroupAt(p, `${at}.securityGroup`, seg.securityGroup)) {
      const other = groupOwner.get(seg.securityGroup);
      if (other !== undefined) p.add(`${at}.securityGroup`, `${show(seg.securityGroup)} is already used by segment ${show(other)}; names are cluster-wide unique`);
      else groupOwner.set(seg.securityGroup, name);
    }
    if (checkRule(p, `${at}.ipSet`, IP_SET_RULE, 'firewall IP set', seg.ipSet)) {
      const other = ipSetOwner.get(seg.ipSet);
      if (other !== undefined) p.add(`${at}.ipSet`, `${show(seg.ipSet)} is already used by segment ${show(other)}; names are cluster-wide unique`);
      else ipSetOwner.set(seg.ipSet, name);
    }
  }

  const flowIds = checkMapKeys(p, 'flows', props.flows, 'flow', true);
  for (const flowId of flowIds) {
    const at = `flows.${flowId}`;
    const flow = props.flows[flowId];
    if (flow === null || typeof flow !== 'object') {
      p.add(at, `${show(flow)} is not allowed; allowed: an object with from, to, protocol, reason and source`);
      continue;
    }
    for (const end of ['from', 'to'] as const) {
      p.check(typeof flow[end] === 'string' && known.has(flow[end]), `${at}.${end}`,
        `${show(flow[end])} is not a segment of this firewall; known segments: ${knownText}`);
    }
    const protoOk = checkOneOf(p, `${at}.protocol`, flow.protocol, FLOW_PROTOCOLS);
    if (flow.ports !== undefined) {
      if (protoOk && flow.protocol === 'icmp') p.add(`${at}.ports`, `${show(flow.ports)} is not allowed for icmp; remove ports`);
      else checkPortsAt(p, `${at}.ports`, flow.ports);
    }
    checkTextAt(p, `${at}.reason`, flow.reason, 'reason');
    checkOneOf(p, `${at}.source`, flow.source, FLOW_SOURCES);
  }

  const guestNames = props.guests === undefined ? [] : checkMapKeys(p, 'guests', props.guests, 'guest', true);
  const vmIdOwner = new Map<number, string>();
  for (const name of guestNames) {
    const at = `guests.${name}`;
    const guest = (props.guests as Record<string, FirewallGuest>)[name];
    if (guest === null || typeof guest !== 'object') {
      p.add(at, `${show(guest)} is not allowed; allowed: an object with node, vmId and segment`);
      continue;
    }
    checkRule(p, `${at}.node`, NODE_NAME_RULE, 'node name', guest.node);
    const vmProblem = checkVmId(guest.vmId);
    if (vmProblem) p.add(`${at}.vmId`, vmProblem);
    else {
      const other = vmIdOwner.get(guest.vmId);
      if (other !== undefined) p.add(`${at}.vmId`, `${show(guest.vmId)} is already used by guest ${show(other)}; VM IDs are cluster-wide unique`);
      else vmIdOwner.set(guest.vmId, name);
    }
    p.check(typeof guest.segment === 'string' && known.has(guest.segment), `${at}.segment`,
      `${show(guest.segment)} is not a segment of this firewall; known segments: ${knownText}`);
    if (guest.kind !== undefined) checkOneOf(p, `${at}.kind`, guest.kind, GUEST_KINDS);
    if (guest.nic !== undefined) {
      p.check(typeof guest.nic === 'string' && /^net([0-9]|[12][0-9]|3[01])$/.test(guest.nic), `${at}.nic`,
        `${show(guest.nic)} is not allowed; allowed: a guest NIC name net0-net31`);
    }
    if (guest.extraNics !== undefined) {
      const first = guest.nic ?? 'net0';
      for (const [n, segName] of Object.entries(guest.extraNics)) {
        p.check(/^net([0-9]|[12][0-9]|3[01])$/.test(n) && n !== first, `${at}.extraNics.${n}`,
          `${show(n)} is not allowed; allowed: a guest NIC name net0-net31 other than the first NIC ${show(first)}`);
        p.check(typeof segName === 'string' && known.has(segName), `${at}.extraNics.${n}`,
          `${show(segName)} is not a segment of this firewall; known segments: ${knownText}`);
      }
    }
    if (guest.router !== undefined) p.check(typeof guest.router === 'boolean', `${at}.router`, `${show(guest.router)} is not allowed; allowed: true or false`);
  }

  for (const key of ['logLevelIn', 'logLevelOut', 'logLevelAccept'] as const) {
    if (props[key] !== undefined) checkOneOf(p, key, props[key], FIREWALL_LOG_LEVELS);
  }
  return { problems: p, segmentNames, flowIds, guestNames };
}
