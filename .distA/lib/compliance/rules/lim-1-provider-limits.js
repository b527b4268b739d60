"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lim1ProviderLimits = void 0;
const rules_1 = require("../../naming/rules");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
const ZONE_KINDS = ['simple', 'vlan', 'qinq', 'vxlan', 'evpn'];
/**
 * KOM-LIM-1: provider identifier limits that Proxmox enforces only at apply time: SDN zone and
 * vnet IDs (pattern, at most 8 characters, unique), VLAN tags 1-4094 (VNIs 1-16777215 in
 * vxlan/evpn zones), security group names (at most 18 characters), VM IDs 100-999999999 (and,
 * with the TenantSpec, inside the tenant's range).
 */
exports.lim1ProviderLimits = {
    id: 'KOM-LIM-1',
    level: 'error',
    title: { en: 'Provider identifier limits respected', de: 'Grenzen der Bezeichner des Providers eingehalten' },
    cause: 'An SDN ID, VLAN tag, VNI, security group name or VM ID violates a Proxmox limit (the apply would fail half-way).',
    fix: 'Take identifiers from the lockfile allocation (lib/allocation) instead of choosing them by hand.',
    grundschutz: ['SYS.1.5.A4'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const findings = [];
        const seen = new Map();
        const zoneTypes = ZONE_KINDS.flatMap((k) => (0, stack_json_1.proxmoxTypes)(`sdn_zone_${k}`));
        for (const z of (0, stack_json_1.resourcesOf)(json, ...zoneTypes)) {
            const p = (0, rules_1.checkSdnId)(z.body.id);
            if (p)
                findings.push((0, stack_json_1.findingAt)(z, p));
            if (z.body.service_vlan !== undefined) {
                const t = (0, rules_1.checkVlanTag)(z.body.service_vlan);
                if (t)
                    findings.push((0, stack_json_1.findingAt)(z, `service_vlan: ${t}`));
            }
            const id = (0, stack_json_1.literal)(z.body.id);
            if (id !== undefined) {
                if (seen.has(id))
                    findings.push((0, stack_json_1.findingAt)(z, `SDN ID ${id} is also used by ${seen.get(id)}`));
                seen.set(id, z.address);
            }
        }
        for (const v of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_vnet'))) {
            const p = (0, rules_1.checkSdnId)(v.body.id);
            if (p)
                findings.push((0, stack_json_1.findingAt)(v, p));
            const id = (0, stack_json_1.literal)(v.body.id);
            if (id !== undefined) {
                if (seen.has(id))
                    findings.push((0, stack_json_1.findingAt)(v, `SDN ID ${id} is also used by ${seen.get(id)}`));
                seen.set(id, v.address);
            }
            if (v.body.tag !== undefined) {
                const zoneType = (0, stack_json_1.resolveRef)(json, v.body.zone).target?.type ?? (spec ? `x_${spec.network.zoneType}` : undefined);
                const vni = zoneType !== undefined && /(vxlan|evpn)$/.test(zoneType);
                const t = vni ? (0, rules_1.checkVni)(v.body.tag) : (0, rules_1.checkVlanTag)(v.body.tag);
                if (t)
                    findings.push((0, stack_json_1.findingAt)(v, t));
            }
        }
        for (const g of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('cluster_firewall_security_group'))) {
            const p = (0, rules_1.checkSecurityGroupName)(g.body.name);
            if (p)
                findings.push((0, stack_json_1.findingAt)(g, p));
        }
        const vmHolders = (0, stack_json_1.resourcesOf)(json, ...['firewall_options', 'firewall_rules', 'firewall_ipset', 'firewall_alias', 'vm', 'container', 'vm2'].flatMap(stack_json_1.proxmoxTypes));
        for (const r of vmHolders) {
            for (const attr of ['vm_id', 'container_id']) {
                const id = r.body[attr];
                if (id === undefined)
                    continue;
                const p = (0, rules_1.checkVmId)(id);
                if (p)
                    findings.push((0, stack_json_1.findingAt)(r, p));
                else if (spec !== undefined && (id < spec.compute.vmIds.start || id > spec.compute.vmIds.end)) {
                    findings.push((0, stack_json_1.findingAt)(r, `${attr} ${String(id)} is outside the tenant's VM ID range ${spec.compute.vmIds.start}-${spec.compute.vmIds.end}`));
                }
            }
        }
        for (const j of (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('backup_job'))) {
            const ids = Array.isArray(j.body.vmid) ? j.body.vmid : [];
            for (const id of ids) {
                const p = (0, rules_1.checkVmId)(typeof id === 'string' ? Number(id) : id);
                if (p)
                    findings.push((0, stack_json_1.findingAt)(j, `vmid: ${p}`));
            }
        }
        return (0, types_1.failIfAny)(findings);
    },
};
