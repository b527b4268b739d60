"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.net3UntrustedDhcp = void 0;
const catalogue_1 = require("../../config/catalogue");
const segments_1 = require("../segments");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/**
 * KOM-NET-3: segments of untrusted devices (dmz, schools, iot) get no open SDN DHCP range: any
 * device plugged in would receive an address. Addresses there are reserved (IPAM) or handed out
 * by a documented, access-controlled DHCP of the segment's owner.
 */
exports.net3UntrustedDhcp = {
    id: 'KOM-NET-3',
    level: 'warning',
    title: { en: 'No open DHCP in untrusted segments', de: 'Keine offene DHCP-Vergabe in nicht vertrauenswürdigen Segmenten' },
    cause: 'An untrusted segment (dmz, schools, iot) hands out addresses from an SDN DHCP range to any device.',
    fix: 'Set dhcp: false for the segment and reserve addresses, or suppress with a reference to the documented DHCP of the segment owner.',
    grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const vnets = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_vnet'));
        const subnets = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_subnet'));
        if (vnets.length === 0)
            return (0, types_1.unknown)('the stack declares no SDN vnets');
        const findings = [];
        for (const s of subnets) {
            if (s.body.dhcp_range === undefined || s.body.dhcp_range === null)
                continue;
            const vnet = (0, stack_json_1.resolveRef)(json, s.body.vnet).target;
            const seg = vnet === undefined ? undefined : (0, segments_1.segmentOfVnet)(vnet, spec);
            if (seg !== undefined && catalogue_1.SEGMENT_CATALOGUE[seg].trust === 'untrusted') {
                findings.push((0, stack_json_1.findingAt)(s, `segment ${seg} (untrusted) serves DHCP to any device from subnet ${String(s.body.cidr)}`));
            }
        }
        return (0, types_1.failIfAny)(findings);
    },
};
