import { analyseTenant, declaredFlowsOf, profileServicesOf, tenantNetworkFromStack } from '../../../lib/compliance/reachability';
import type { StackJson } from '../../../lib/compliance/types';
import type { TenantSpec } from '../../../lib/model/spec';
import { clone, musterstadt } from '../fixtures';

/** The analysis as `kommunal reachability` runs it. */
function analyse(json: StackJson, spec: TenantSpec) {
  return analyseTenant(tenantNetworkFromStack(json, spec), { flows: declaredFlowsOf(spec), servicesOf: (p) => profileServicesOf(spec, p), block: spec.network.block });
}

type Rule = Record<string, unknown>;
/** The rules resource of musterstadt's edge (rendered by the blueprint, not a fixture). */
function edgeRules(json: StackJson): { address: string; rules: Rule[] } {
  const all = (json.resource as Record<string, Record<string, { vm_id?: unknown; rule: Rule[] }>>).proxmox_virtual_environment_firewall_rules!;
  const key = Object.keys(all).find((k) => all[k]!.rule.some((r) => r.sport === '67'))!;
  return { address: `proxmox_virtual_environment_firewall_rules.${key}`, rules: all[key]!.rule };
}

/** Index of the edge's DHCP rule of one direction for the clients segment. */
function clientsDhcp(rules: Rule[], type: 'in' | 'out'): number {
  return rules.findIndex((r) => r.type === type && r.proto === 'udp' && r.dport === (type === 'in' ? '67' : '68') && String(r.comment).includes('clients segment'));
}

describe('reachability: the edge serves DHCP in musterstadt (qinq) clients and iot', () => {
  const base = musterstadt();

  it('renders the DHCP server rules on the edge and the proofs stay free of violations', () => {
    const served = Object.values(base.spec.network.segments).filter((s) => s?.dhcpRange !== undefined).map((s) => s!.name).sort();
    expect(served).toEqual(['clients', 'iot']);
    const { rules } = edgeRules(base.json);
    // One request rule and one reply rule per served segment, each on the edge's NIC there.
    expect(rules.filter((r) => r.sport !== undefined).map((r) => [r.type, r.sport, r.dport, r.iface])).toEqual([
      ['in', '68', '67', 'net2'], ['in', '68', '67', 'net4'], ['out', '67', '68', 'net2'], ['out', '67', '68', 'net4'],
    ]);
    expect(analyse(base.json, base.spec).violations).toEqual([]);
  });

  it('names the DHCP reply rule once it is widened to any destination', () => {
    const json = clone(base.json);
    const { address, rules } = edgeRules(json);
    const index = clientsDhcp(rules, 'out');
    delete rules[index]!.dest;
    const cx = analyse(json, base.spec).violations.filter((v) => v.kind === 'undeclared-out');
    expect(cx.length).toBeGreaterThan(0);
    expect(cx.every((v) => v.proto === 'udp' && v.ports === '68' && v.rule?.address === address && v.rule.index === index)).toBe(true);
    // Other segments and places outside the tenant; never the served segment or its limited broadcast.
    expect(cx.map((v) => v.dst)).toContain('segment servers');
    expect(cx.some((v) => v.dst.startsWith('outside the tenant'))).toBe(true);
    expect(cx.some((v) => v.dst === 'segment clients' || v.dst.startsWith('the limited broadcast'))).toBe(false);
  });

  it('still flags udp/68 to the served segment and its broadcast from a rule that is no DHCP reply rule', () => {
    const json = clone(base.json);
    const { rules } = edgeRules(json);
    const index = clientsDhcp(rules, 'out');
    delete rules[index]!.sport;
    const cx = analyse(json, base.spec).violations.filter((v) => v.kind === 'undeclared-out');
    expect(cx.map((v) => [v.dst, v.ports])).toEqual([['segment clients', '68'], ['the limited broadcast 255.255.255.255 (link-local to clients)', '68']]);
  });

  it('flags the DHCP request rule once its source is widened to any address', () => {
    const json = clone(base.json);
    const { address, rules } = edgeRules(json);
    const index = clientsDhcp(rules, 'in');
    delete rules[index]!.source;
    const cx = analyse(json, base.spec).violations.filter((v) => v.kind === 'outside-source');
    expect(cx.map((v) => [v.proto, v.ports, v.rule?.address, v.rule?.index])).toEqual([['udp', '67', address, index]]);
  });
});
