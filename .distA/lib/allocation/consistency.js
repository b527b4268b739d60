"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkLockConsistency = checkLockConsistency;
/**
 * Whole-lock consistency: what must hold across all tenants (retired ones included) whatever the
 * lock's history. Used after every allocation and when a lockfile is read. O(n log n).
 */
const catalogue_1 = require("../config/catalogue");
const codes_1 = require("../naming/codes");
const constants_1 = require("./constants");
const errors_1 = require("./errors");
const ipv4_1 = require("./ipv4");
function sweepOverlaps(what, items, problems, path) {
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    let reach;
    for (const it of items) {
        if (reach && it.start < reach.end) {
            problems.push({ path: path(it.key), tenant: it.key, message: errors_1.MSG.overlap(what, reach.key, reach.text, it.key, it.text) });
        }
        if (!reach || it.end > reach.end)
            reach = it;
    }
}
/** Problems of a lock as a whole; empty when consistent. Paths are `tenants.<key>.<field>`. */
function checkLockConsistency(lock) {
    const problems = [];
    const keys = Object.keys(lock.tenants).sort();
    const numbers = new Map();
    const globalTags = new Map();
    const blocks = [];
    const vmRanges = [];
    const perZone = (0, constants_1.hasTenantZone)(lock.zoneType);
    const add = (key, field, message) => problems.push({ path: `tenants.${key}.${field}`, tenant: key, message });
    const claimTag = (key, field, what, tag) => {
        const other = globalTags.get(tag);
        if (other !== undefined)
            add(key, field, errors_1.MSG.duplicate(what, tag, other, key));
        else
            globalTags.set(tag, key);
    };
    for (const key of keys) {
        const t = lock.tenants[key];
        const other = numbers.get(t.number);
        if (other !== undefined)
            add(key, 'number', errors_1.MSG.duplicate('number', t.number, other, key));
        numbers.set(t.number, key);
        if (t.code !== (0, codes_1.tenantCode)(t.number))
            add(key, 'code', errors_1.MSG.derivedMismatch('code', t.code, (0, codes_1.tenantCode)(t.number)));
        if (perZone && t.zone !== (0, codes_1.zoneId)(t.number))
            add(key, 'zone', errors_1.MSG.derivedMismatch('zone', t.zone, (0, codes_1.zoneId)(t.number)));
        if (!perZone && t.zone !== undefined)
            add(key, 'zone', errors_1.MSG.derivedMismatch('zone', t.zone, undefined));
        if (lock.zoneType === 'qinq') {
            if (t.zoneTag === undefined)
                add(key, 'zoneTag', errors_1.MSG.derivedMismatch('zoneTag', undefined, 'a service tag 2-4094'));
            else
                claimTag(key, 'zoneTag', 'service tag', t.zoneTag);
        }
        if (lock.zoneType === 'evpn') {
            if (t.zoneTag === undefined)
                add(key, 'zoneTag', errors_1.MSG.derivedMismatch('zoneTag', undefined, 'a VRF VNI'));
            else
                claimTag(key, 'zoneTag', 'VNI', t.zoneTag);
        }
        const block = (0, ipv4_1.mustParseCidr)(t.block);
        blocks.push({ start: block.start, end: (0, ipv4_1.endOf)(block), key, text: t.block });
        vmRanges.push({ start: t.vmIds.start, end: t.vmIds.end + 1, key, text: `${t.vmIds.start}-${t.vmIds.end}` });
        const tenantTags = new Map();
        const segs = [];
        for (const seg of catalogue_1.SEGMENT_NAMES) {
            const s = t.segments[seg];
            if (!s)
                continue;
            const field = `segments.${seg}`;
            if (s.vnet !== (0, codes_1.vnetId)(t.code, seg))
                add(key, `${field}.vnet`, errors_1.MSG.derivedMismatch('vnet', s.vnet, (0, codes_1.vnetId)(t.code, seg)));
            const c = (0, ipv4_1.mustParseCidr)(s.cidr);
            if (!(0, ipv4_1.contains)(block, c))
                add(key, `${field}.cidr`, errors_1.MSG.segmentOutsideBlock(seg, s.cidr, t.block));
            const clash = segs.find((o) => (0, ipv4_1.overlaps)(o.c, c));
            if (clash)
                add(key, `${field}.cidr`, errors_1.MSG.segmentOverlap(seg, s.cidr, clash.seg, clash.text));
            segs.push({ seg, c, text: s.cidr });
            if (lock.zoneType === 'qinq') {
                const same = tenantTags.get(s.tag);
                if (same !== undefined)
                    add(key, `${field}.tag`, errors_1.MSG.tagTwice(seg, s.tag, same));
                tenantTags.set(s.tag, seg);
            }
            else {
                claimTag(key, `${field}.tag`, lock.zoneType === 'vlan' ? 'VLAN tag' : 'VNI', s.tag);
            }
        }
    }
    sweepOverlaps('block', blocks, problems, (k) => `tenants.${k}.block`);
    sweepOverlaps('VM ID range', vmRanges, problems, (k) => `tenants.${k}.vmIds`);
    return problems;
}
