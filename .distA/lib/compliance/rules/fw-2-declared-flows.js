"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fw2DeclaredFlows = void 0;
const catalogue_1 = require("../../config/catalogue");
const ipv4_1 = require("../../network/ipv4");
const segments_1 = require("../segments");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/**
 * KOM-FW-2: security groups accept only declared flows. Every ACCEPT rule names a source (IP set
 * or prefix) and a protocol; with the TenantSpec, each ACCEPT rule must be one of the tenant's
 * flows (origin IP set, target segment, protocol, ports).
 */
exports.fw2DeclaredFlows = {
    id: 'KOM-FW-2',
    level: 'error',
    title: { en: 'Only declared flows accepted', de: 'Nur freigegebene Kommunikationsbeziehungen erlaubt' },
    cause: 'A security group accepts traffic from any source, for any protocol, or a flow that the tenant did not declare.',
    fix: 'Declare the flow in the Kommune file (catalogue flow or reasoned flowExceptions entry) and let TenantFirewall render it.',
    grundschutz: ['NET.3.2.A2', 'NET.1.1.A5'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const groups = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('cluster_firewall_security_group'));
        if (groups.length === 0) {
            return spec === undefined ? (0, types_1.unknown)('the stack declares no firewall security groups') : (0, types_1.failIfAny)([{ message: `tenant ${spec.key} declares no security groups` }]);
        }
        const findings = [];
        const declared = new Set();
        if (spec !== undefined) {
            for (const f of Object.values(spec.network.flows)) {
                for (const t of f.targets)
                    declared.add(`${f.from}>${t}/${f.protocol}/${f.ports ?? ''}`);
            }
        }
        for (const g of groups) {
            const name = (0, stack_json_1.literal)(g.body.name);
            const target = name === undefined ? undefined : (0, segments_1.segmentOfSecurityGroup)(name, spec);
            (0, segments_1.firewallRules)(g).forEach((rule, i) => {
                if (rule.action !== 'ACCEPT')
                    return;
                const src = rule.source;
                const srcOk = typeof src === 'string' && (src.startsWith('+') || (0, ipv4_1.parseCidr)(src).ok);
                if (!srcOk)
                    findings.push((0, stack_json_1.findingAt)(g, `rule ${i} accepts ${src === undefined ? 'any source' : `source ${JSON.stringify(src)}`}; name the origin IP set`));
                if (rule.proto === undefined && rule.macro === undefined)
                    findings.push((0, stack_json_1.findingAt)(g, `rule ${i} accepts every protocol; name proto (and dport)`));
                if (spec !== undefined && srcOk) {
                    const from = (0, segments_1.segmentOfSource)(src, spec);
                    const key = `${from ?? '?'}>${target ?? '?'}/${String(rule.proto)}/${rule.dport === undefined ? '' : String(rule.dport)}`;
                    if (!declared.has(key)) {
                        findings.push((0, stack_json_1.findingAt)(g, `rule ${i} (${String(src)} -> ${name ?? '?'} ${String(rule.proto)}/${String(rule.dport ?? 'any')}) is not a declared flow of tenant ${spec.key}`));
                    }
                }
            });
        }
        if (spec === undefined && findings.length === 0) {
            const segs = groups.map((g) => (0, stack_json_1.literal)(g.body.name)).filter((n) => n !== undefined && catalogue_1.SEGMENT_NAMES.includes((0, segments_1.segmentOfSecurityGroup)(n)));
            return (0, types_1.unknown)(`every ACCEPT rule names a source and protocol, but without the TenantSpec the rules of ${segs.length} security groups cannot be compared with the declared flows`);
        }
        return (0, types_1.failIfAny)(findings, (0, types_1.pass)());
    },
};
