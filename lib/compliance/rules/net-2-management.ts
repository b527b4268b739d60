import { firewallRules, segmentOfSecurityGroup, segmentOfSource } from '../internal/segments';
import { findingAt, literal, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';

/**
 * KOM-NET-2: the management segment is reachable only from the management segment: its security
 * group accepts nothing from another segment (or from anywhere), and no rule elsewhere opens the
 * management IP set as destination to another source.
 */
export const net2ManagementIsolation: ComplianceRule = {
  id: 'KOM-NET-2',
  level: 'error',
  title: { en: 'Management reachable only from management', de: 'Management-Netz nur aus dem Management-Netz erreichbar' },
  cause: 'A firewall rule accepts traffic into the management segment from another segment or from any source.',
  fix: 'Remove the flow or flow exception into management; administration starts in the management segment (management-to-all-* catalogue flows).',
  grundschutz: ['SYS.1.5.A11', 'SYS.1.5.A5', 'NET.1.1.A5'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const findings: Finding[] = [];
    if (spec !== undefined) {
      for (const f of Object.values(spec.network.flows)) {
        if (f.from !== 'management' && f.targets.includes('management')) {
          findings.push({ message: `flow ${f.id} (${f.source}) opens management to ${f.from}` });
        }
      }
    }
    const groups = resourcesOf(json, ...proxmoxTypes('cluster_firewall_security_group'));
    const guestRules = resourcesOf(json, ...proxmoxTypes('firewall_rules'));
    const mgmtGroups = groups.filter((g) => {
      const name = literal(g.body.name);
      return name !== undefined && segmentOfSecurityGroup(name, spec) === 'management';
    });
    if (spec === undefined && mgmtGroups.length === 0) {
      return failIfAny(findings, unknown(groups.length === 0
        ? 'the stack declares no firewall security groups; management isolation cannot be checked here'
        : 'no security group of the management segment recognised (name "<code>-mg")'));
    }
    if (spec !== undefined && spec.network.segments.management !== undefined && mgmtGroups.length === 0) {
      findings.push({ message: `security group ${spec.network.segments.management.securityGroup} of the management segment is missing` });
    }
    for (const g of mgmtGroups) {
      firewallRules(g).forEach((rule, i) => {
        if (rule.action !== 'ACCEPT' || (rule.type !== undefined && rule.type !== 'in')) return;
        const from = segmentOfSource(rule.source, spec);
        if (from !== 'management') {
          findings.push(findingAt(g, `rule ${i} accepts ${rule.source === undefined ? 'any source' : `source ${String(rule.source)}`} into management (${String(rule.comment ?? 'no comment')})`));
        }
      });
    }
    for (const r of [...groups, ...guestRules]) {
      firewallRules(r).forEach((rule, i) => {
        if (rule.action !== 'ACCEPT') return;
        const to = segmentOfSource(rule.dest, spec);
        const from = segmentOfSource(rule.source, spec);
        if (to === 'management' && from !== 'management') {
          findings.push(findingAt(r, `rule ${i} accepts ${rule.source === undefined ? 'any source' : String(rule.source)} towards the management IP set ${String(rule.dest)}`));
        }
      });
    }
    return failIfAny(findings);
  },
};
