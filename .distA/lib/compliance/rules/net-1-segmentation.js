"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.net1Segmentation = exports.MANDATORY_SEGMENTS = void 0;
const catalogue_1 = require("../../config/catalogue");
const ipv4_1 = require("../../network/ipv4");
const segments_1 = require("../segments");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/** Segments every tenant must have. */
exports.MANDATORY_SEGMENTS = ['management', 'servers', 'clients'];
/**
 * KOM-NET-1: the tenant network is segmented: management, servers and clients (and DMZ when
 * present) are separate SDN vnets, each with its own subnet, and no two subnets overlap.
 */
exports.net1Segmentation = {
    id: 'KOM-NET-1',
    level: 'error',
    title: { en: 'Network segmentation into separate vnets', de: 'Netzsegmentierung in getrennte VNets' },
    cause: 'The stack lacks a separate SDN vnet with its own subnet for management, servers or clients, or subnets overlap.',
    fix: 'Render the network with NetworkSegments (management, servers and clients are mandatory) and give every segment its own subnet.',
    grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const vnets = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_vnet'));
        if (vnets.length === 0) {
            return spec === undefined
                ? (0, types_1.unknown)('the stack declares no SDN vnets; segmentation cannot be checked here (is the network in another stack?)')
                : (0, types_1.failIfAny)([{ message: `tenant ${spec.key} declares no SDN vnets; expected one per segment (${exports.MANDATORY_SEGMENTS.join(', ')} at least)` }]);
        }
        const findings = [];
        const unclassified = [];
        const bySegment = new Map();
        for (const v of vnets) {
            const seg = (0, segments_1.segmentOfVnet)(v, spec);
            if (seg === undefined) {
                unclassified.push(v);
                continue;
            }
            const other = bySegment.get(seg);
            if (other !== undefined)
                findings.push((0, stack_json_1.findingAt)(v, `segment ${seg} has two vnets (${other.address} and ${v.address}); a segment is exactly one vnet`));
            else
                bySegment.set(seg, v);
        }
        const expected = spec === undefined ? exports.MANDATORY_SEGMENTS : catalogue_1.SEGMENT_NAMES.filter((s) => spec.network.segments[s] !== undefined);
        const missing = expected.filter((s) => !bySegment.has(s));
        // Subnets per vnet, and overlap across vnets.
        const subnets = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('sdn_subnet'));
        const subnetsOf = new Map();
        for (const s of subnets) {
            const ref = (0, stack_json_1.resolveRef)(json, s.body.vnet);
            const vnet = ref.target ?? vnets.find((v) => (0, stack_json_1.literal)(v.body.id) !== undefined && (0, stack_json_1.literal)(v.body.id) === (0, stack_json_1.literal)(s.body.vnet));
            const parsed = (0, ipv4_1.parseCidr)(s.body.cidr);
            if (!parsed.ok) {
                findings.push((0, stack_json_1.findingAt)(s, `subnet CIDR ${JSON.stringify(s.body.cidr)} is not a literal IPv4 prefix (${parsed.reason})`));
                continue;
            }
            if (vnet === undefined) {
                findings.push((0, stack_json_1.findingAt)(s, `subnet ${String(s.body.cidr)} belongs to no vnet of this stack`));
                continue;
            }
            const list = subnetsOf.get(vnet.address) ?? [];
            list.push({ r: s, cidr: parsed.cidr, text: String(s.body.cidr) });
            subnetsOf.set(vnet.address, list);
        }
        const all = [...subnetsOf.entries()].flatMap(([v, list]) => list.map((x) => ({ ...x, vnet: { address: v } })));
        for (let i = 0; i < all.length; i++) {
            for (let j = i + 1; j < all.length; j++) {
                if ((0, ipv4_1.cidrsOverlap)(all[i].cidr, all[j].cidr)) {
                    findings.push((0, stack_json_1.findingAt)(all[j].r, `subnet ${all[j].text} (${all[j].vnet.address}) overlaps ${all[i].text} (${all[i].vnet.address}); segments need distinct subnets`));
                }
            }
        }
        for (const [seg, v] of bySegment) {
            if ((subnetsOf.get(v.address) ?? []).length === 0)
                findings.push((0, stack_json_1.findingAt)(v, `vnet of segment ${seg} has no subnet`));
            if (spec !== undefined) {
                const want = spec.network.segments[seg]?.cidr;
                const have = (subnetsOf.get(v.address) ?? []).map((x) => x.text);
                if (want !== undefined && !have.includes(want))
                    findings.push((0, stack_json_1.findingAt)(v, `segment ${seg} should have subnet ${want} (TenantSpec), found ${have.join(', ') || 'none'}`));
            }
        }
        if (missing.length > 0 && unclassified.length > 0 && findings.length === 0) {
            return (0, types_1.unknown)(`segments ${missing.join(', ')} not recognised; vnets ${unclassified.map((v) => v.address).join(', ')} carry no segment name (alias "<tenant> <segment>" or ID ending in a segment code)`);
        }
        for (const s of missing)
            findings.push({ message: `segment ${s} has no vnet of its own` });
        return (0, types_1.failIfAny)(findings);
    },
};
