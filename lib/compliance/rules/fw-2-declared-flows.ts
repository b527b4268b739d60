import { SEGMENT_NAMES } from '../../model/catalogue';
import { parseCidr } from '../../core/ipv4';
import { firewallRules, segmentOfSecurityGroup, segmentOfSource } from '../internal/segments';
import { findingAt, literal, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import { failIfAny, pass, type ComplianceRule, type Finding, unknown } from '../types';

/**
 * KOM-FW-2: security groups accept only declared flows. Every ACCEPT rule names a source (IP set
 * or prefix) and a protocol; with the TenantSpec, each ACCEPT rule must be one of the tenant's
 * flows (origin IP set, target segment, protocol, ports).
 */
export const fw2DeclaredFlows: ComplianceRule = {
  id: 'KOM-FW-2',
  level: 'error',
  title: { en: 'Only declared flows accepted', de: 'Nur freigegebene Kommunikationsbeziehungen erlaubt' },
  cause: 'A security group accepts traffic from any source, for any protocol, or a flow that the tenant did not declare.',
  fix: 'Declare the flow in the Kommune file (catalogue flow or reasoned flowExceptions entry) and let TenantFirewall render it.',
  grundschutz: ['NET.3.2.A2', 'NET.1.1.A5'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const groups = resourcesOf(json, ...proxmoxTypes('cluster_firewall_security_group'));
    if (groups.length === 0) {
      return spec === undefined ? unknown('the stack declares no firewall security groups') : failIfAny([{ message: `tenant ${spec.key} declares no security groups` }]);
    }
    const findings: Finding[] = [];
    const declared = new Set<string>();
    if (spec !== undefined) {
      for (const f of Object.values(spec.network.flows)) {
        for (const t of f.targets) declared.add(`${f.from}>${t}/${f.protocol}/${f.ports ?? ''}`);
      }
    }
    for (const g of groups) {
      const name = literal(g.body.name);
      const target = name === undefined ? undefined : segmentOfSecurityGroup(name, spec);
      firewallRules(g).forEach((rule, i) => {
        if (rule.action !== 'ACCEPT') return;
        const src = rule.source;
        const srcOk = typeof src === 'string' && (src.startsWith('+') || parseCidr(src).ok);
        if (!srcOk) findings.push(findingAt(g, `rule ${i} accepts ${src === undefined ? 'any source' : `source ${JSON.stringify(src)}`}; name the origin IP set`));
        if (rule.proto === undefined && rule.macro === undefined) findings.push(findingAt(g, `rule ${i} accepts every protocol; name proto (and dport)`));
        if (spec !== undefined && srcOk) {
          const from = segmentOfSource(src, spec);
          const key = `${from ?? '?'}>${target ?? '?'}/${String(rule.proto)}/${rule.dport === undefined ? '' : String(rule.dport)}`;
          if (!declared.has(key)) {
            findings.push(findingAt(g, `rule ${i} (${String(src)} -> ${name ?? '?'} ${String(rule.proto)}/${String(rule.dport ?? 'any')}) is not a declared flow of tenant ${spec.key}`));
          }
        }
      });
    }
    if (spec === undefined && findings.length === 0) {
      const segs = groups.map((g) => literal(g.body.name)).filter((n): n is string => n !== undefined && SEGMENT_NAMES.includes(segmentOfSecurityGroup(n) as never));
      return unknown(`every ACCEPT rule names a source and protocol, but without the TenantSpec the rules of ${segs.length} security groups cannot be compared with the declared flows`);
    }
    return failIfAny(findings, pass());
  },
};
