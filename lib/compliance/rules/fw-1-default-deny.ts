import { firewallRules } from '../internal/segments';
import { findingAt, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';
import { reachabilityOfStack } from '../reachability';

const DENY = ['DROP', 'REJECT'];
/** Guest resource types of bpg/proxmox (short and long names). */
const GUEST_TYPES = ['proxmox_virtual_environment_vm', 'proxmox_vm', 'proxmox_virtual_environment_container', 'proxmox_container'];

/**
 * KOM-FW-1: inbound default-deny with logging. Guest firewall options enable the firewall with
 * input policy DROP (or REJECT) and a log level for dropped traffic; guest rule lists end in a
 * logged DROP; a datacenter firewall in the stack has input policy DROP. When the stack has
 * guests (VMs, containers), the reachability analysis (lib/compliance/reachability) decides the rest:
 * every guest NIC filtered, nothing but the declared flows crosses a segment, nothing from outside
 * the tenant accepted, every declared flow open end to end and the platform services reachable
 * (the flow and service proofs need the TenantSpec). So a stack with guests passes or fails.
 */
export const fw1DefaultDeny: ComplianceRule = {
  id: 'KOM-FW-1',
  level: 'error',
  title: { en: 'Default-deny inbound, dropped traffic logged', de: 'Standardmäßig eingehend verweigern, verworfene Pakete protokollieren' },
  cause: 'A guest or datacenter firewall is off, does not drop inbound traffic by default, or does not log dropped packets; a guest\'s outbound rules do not end in a DROP; for a stack with guests, the reachability analysis finds traffic beyond the declared flows, a guest that may start undeclared traffic, a declared flow cut or a platform service unreachable.',
  fix: 'Attach guests through TenantFirewall (GUEST_FIREWALL_OPTIONS: enabled, input_policy DROP, log_level_in info); fix the rule a reachability counter-example names (`kommunal reachability`).',
  grundschutz: ['NET.3.2.A2', 'NET.3.2.A9', 'OPS.1.1.5.A3'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const options = resourcesOf(json, ...proxmoxTypes('firewall_options'));
    const cluster = resourcesOf(json, 'proxmox_virtual_environment_cluster_firewall');
    const guestRules = resourcesOf(json, ...proxmoxTypes('firewall_rules')).filter((r) => r.body.vm_id !== undefined || r.body.container_id !== undefined);
    const guests = resourcesOf(json, ...GUEST_TYPES);
    if (options.length === 0 && cluster.length === 0 && guestRules.length === 0 && guests.length === 0) {
      return unknown('the stack manages no guest or datacenter firewall; the default-deny of guests created elsewhere cannot be checked here');
    }
    const findings: Finding[] = [];
    for (const o of options) {
      if (o.body.enabled !== true) findings.push(findingAt(o, `firewall is not enabled (enabled = ${JSON.stringify(o.body.enabled) ?? 'unset'})`));
      if (!DENY.includes(String(o.body.input_policy))) findings.push(findingAt(o, `input_policy is ${JSON.stringify(o.body.input_policy) ?? 'unset (Proxmox default ACCEPT)'}; must be DROP or REJECT`));
      if (o.body.log_level_in === undefined || o.body.log_level_in === 'nolog') findings.push(findingAt(o, `log_level_in is ${JSON.stringify(o.body.log_level_in) ?? 'unset (nolog)'}; dropped inbound traffic must be logged (e.g. info)`));
    }
    for (const c of cluster) {
      if (c.body.enabled !== true) findings.push(findingAt(c, 'datacenter firewall is not enabled'));
      if (!DENY.includes(String(c.body.input_policy))) findings.push(findingAt(c, `datacenter input_policy is ${JSON.stringify(c.body.input_policy) ?? 'unset'}; must be DROP or REJECT`));
    }
    for (const r of guestRules) {
      const rules = firewallRules(r);
      // Inbound and outbound rules are separate chains (pve-firewall builds one per direction), so
      // each direction's last rule counts: inbound must end in an unconditional DROP; outbound,
      // where the guest has outbound rules (default-deny out, TenantFirewall), too.
      const unconditionalDeny = (x: (typeof rules)[number] | undefined): x is (typeof rules)[number] => x !== undefined && x.security_group === undefined && DENY.includes(String(x.action)) && x.source === undefined && x.dest === undefined;
      const last = rules.filter((x) => x.type !== 'out').pop();
      const lastOut = rules.filter((x) => x.type === 'out').pop();
      if (lastOut !== undefined && !unconditionalDeny(lastOut)) findings.push(findingAt(r, 'the guest\'s outbound rules do not end in an unconditional outbound DROP'));
      if (!unconditionalDeny(last)) {
        findings.push(findingAt(r, 'the guest rule list does not end in an unconditional inbound DROP'));
      } else if (last.log === undefined || last.log === 'nolog') {
        findings.push(findingAt(r, `the final DROP rule does not log (log = ${JSON.stringify(last.log) ?? 'unset'})`));
      }
    }
    if (guests.length > 0) {
      const { result } = reachabilityOfStack(json, spec);
      for (const v of result.violations) findings.push({ address: v.rule?.address !== undefined && !v.rule.address.startsWith('(') ? v.rule.address : undefined, message: `reachability (${v.kind}): ${v.message}` });
    }
    return failIfAny(findings);
  },
};
