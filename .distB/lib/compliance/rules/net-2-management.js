"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.net2ManagementIsolation = void 0;
const segments_1 = require("../segments");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/**
 * KOM-NET-2: the management segment is reachable only from the management segment: its security
 * group accepts nothing from another segment (or from anywhere), and no rule elsewhere opens the
 * management IP set as destination to another source.
 */
exports.net2ManagementIsolation = {
    id: 'KOM-NET-2',
    level: 'error',
    title: { en: 'Management reachable only from management', de: 'Management-Netz nur aus dem Management-Netz erreichbar' },
    cause: 'A firewall rule accepts traffic into the management segment from another segment or from any source.',
    fix: 'Remove the flow or flow exception into management; administration starts in the management segment (management-to-all-* catalogue flows).',
    grundschutz: ['SYS.1.5.A11', 'SYS.1.5.A5', 'NET.1.1.A5'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const findings = [];
        if (spec !== undefined) {
            for (const f of Object.values(spec.network.flows)) {
                if (f.from !== 'management' && f.targets.includes('management')) {
                    findings.push({ message: `flow ${f.id} (${f.source}) opens management to ${f.from}` });
                }
            }
        }
        const groups = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('cluster_firewall_security_group'));
        const guestRules = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('firewall_rules'));
        const mgmtGroups = groups.filter((g) => {
            const name = (0, stack_json_1.literal)(g.body.name);
            return name !== undefined && (0, segments_1.segmentOfSecurityGroup)(name, spec) === 'management';
        });
        if (spec === undefined && mgmtGroups.length === 0) {
            return (0, types_1.failIfAny)(findings, (0, types_1.unknown)(groups.length === 0
                ? 'the stack declares no firewall security groups; management isolation cannot be checked here'
                : 'no security group of the management segment recognised (name "<code>-mg")'));
        }
        if (spec !== undefined && spec.network.segments.management !== undefined && mgmtGroups.length === 0) {
            findings.push({ message: `security group ${spec.network.segments.management.securityGroup} of the management segment is missing` });
        }
        for (const g of mgmtGroups) {
            (0, segments_1.firewallRules)(g).forEach((rule, i) => {
                if (rule.action !== 'ACCEPT' || (rule.type !== undefined && rule.type !== 'in'))
                    return;
                const from = (0, segments_1.segmentOfSource)(rule.source, spec);
                if (from !== 'management') {
                    findings.push((0, stack_json_1.findingAt)(g, `rule ${i} accepts ${rule.source === undefined ? 'any source' : `source ${String(rule.source)}`} into management (${String(rule.comment ?? 'no comment')})`));
                }
            });
        }
        for (const r of [...groups, ...guestRules]) {
            (0, segments_1.firewallRules)(r).forEach((rule, i) => {
                if (rule.action !== 'ACCEPT')
                    return;
                const to = (0, segments_1.segmentOfSource)(rule.dest, spec);
                const from = (0, segments_1.segmentOfSource)(rule.source, spec);
                if (to === 'management' && from !== 'management') {
                    findings.push((0, stack_json_1.findingAt)(r, `rule ${i} accepts ${rule.source === undefined ? 'any source' : String(rule.source)} towards the management IP set ${String(rule.dest)}`));
                }
            });
        }
        return (0, types_1.failIfAny)(findings);
    },
};
