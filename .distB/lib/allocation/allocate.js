"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestFromFleet = requestFromFleet;
exports.canonicalTenant = canonicalTenant;
exports.allocate = allocate;
exports.fitSubnet = fitSubnet;
/**
 * Stable fleet allocation: turns the fleet's tenants into SDN IDs, tags, address blocks, VM ID
 * ranges and PBS namespaces, recorded in fleet.lock.yaml. Deterministic; an allocation once written
 * is never changed by later runs (see docs/adr/0001-id-scheme.md):
 *
 * - tenants in the previous lock keep every value; new tenants follow in sorted key order with
 *   numbers above the highest number ever used (retired numbers are never reused);
 * - a tenant missing from the request is marked `retired` and keeps its reservations; when it comes
 *   back it gets the same allocation again;
 * - a segment removed from a tenant is marked `retired` on the segment and keeps its subnet and tag;
 *   requesting it again un-retires it; a new segment gets the first free aligned subnet of the block;
 * - pins (number, block, zoneTag, segment cidr/tag) are honoured and checked for conflicts.
 *
 * All problems are collected and thrown as one AllocationError.
 */
const catalogue_1 = require("../config/catalogue");
const codes_1 = require("../naming/codes");
const rules_1 = require("../naming/rules");
const tenant_key_1 = require("../naming/tenant-key");
const constants_1 = require("./constants");
const errors_1 = require("./errors");
const ipv4_1 = require("./ipv4");
const consistency_1 = require("./consistency");
const free_list_1 = require("./free-list");
/** Builds the request from fleet.yaml, applying the vetted defaults where the fleet left a value unset. */
function requestFromFleet(fleet, tenants) {
    return {
        zoneType: fleet.network.zoneType,
        supernets: fleet.network.supernets,
        vmIdBase: fleet.compute?.vmIdBase ?? constants_1.DEFAULT_VM_ID_BASE,
        vmIdsPerTenant: fleet.compute?.vmIdsPerTenant ?? constants_1.DEFAULT_VM_IDS_PER_TENANT,
        pbsNamespaceRoot: fleet.backup.namespaceRoot ?? constants_1.DEFAULT_PBS_NAMESPACE_ROOT,
        tenants,
    };
}
/** Builds a TenantAllocation with fields in canonical order and no undefined values. */
function canonicalTenant(t) {
    const segments = {};
    for (const name of catalogue_1.SEGMENT_NAMES) {
        const s = t.segments[name];
        if (s)
            segments[name] = { vnet: s.vnet, tag: s.tag, cidr: s.cidr, ...(s.retired ? { retired: true } : {}) };
    }
    return {
        number: t.number,
        code: t.code,
        ...(t.zone !== undefined ? { zone: t.zone } : {}),
        ...(t.zoneTag !== undefined ? { zoneTag: t.zoneTag } : {}),
        block: t.block,
        segments,
        vmIds: { start: t.vmIds.start, end: t.vmIds.end },
        pbsNamespace: t.pbsNamespace,
        ...(t.retired ? { retired: true } : {}),
        ...(t.pinned && t.pinned.length > 0 ? { pinned: [...t.pinned] } : {}),
        ...(t.blueprint !== undefined ? { blueprint: t.blueprint } : {}),
    };
}
/** Names of the pinned fields, in a fixed order. */
function pinnedFields(pins) {
    if (!pins)
        return [];
    const out = [];
    if (pins.number !== undefined)
        out.push('number');
    if (pins.block !== undefined)
        out.push('block');
    if (pins.zoneTag !== undefined)
        out.push('zoneTag');
    for (const seg of catalogue_1.SEGMENT_NAMES) {
        const p = pins.segments?.[seg];
        if (p?.cidr !== undefined)
            out.push(`segments.${seg}.cidr`);
        if (p?.tag !== undefined)
            out.push(`segments.${seg}.tag`);
    }
    return out;
}
const prefixOf = (cidr) => Number(cidr.split('/')[1]);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
const sorted = (keys) => [...keys].sort();
// ---------------------------------------------------------------------------------------------
// Request validation
// ---------------------------------------------------------------------------------------------
function validateRequest(req) {
    const problems = [];
    const add = (path, message, tenant) => problems.push({ path, message, ...(tenant ? { tenant } : {}) });
    if (!constants_1.ZONE_TYPES.includes(req.zoneType))
        add('zoneType', errors_1.MSG.zoneTypeInvalid(req.zoneType));
    if (!Array.isArray(req.supernets) || req.supernets.length === 0)
        add('supernets', errors_1.MSG.supernetsEmpty());
    const nets = [];
    (req.supernets ?? []).forEach((text, i) => {
        const c = (0, ipv4_1.parseCidr)(text);
        if (typeof c === 'string')
            add(`supernets[${i}]`, errors_1.MSG.supernetInvalid(c));
        else
            nets.push({ c, text });
    });
    const byStart = [...nets].sort((a, b) => a.c.start - b.c.start);
    for (let i = 1; i < byStart.length; i++) {
        if ((0, ipv4_1.overlaps)(byStart[i - 1].c, byStart[i].c))
            add('supernets', errors_1.MSG.supernetsOverlap(byStart[i - 1].text, byStart[i].text));
    }
    if (!isInt(req.vmIdBase) || req.vmIdBase < constants_1.MIN_VM_ID || req.vmIdBase > constants_1.MAX_VM_ID) {
        add('vmIdBase', errors_1.MSG.integerOutOfRange(req.vmIdBase, constants_1.MIN_VM_ID, constants_1.MAX_VM_ID));
    }
    if (!isInt(req.vmIdsPerTenant) || req.vmIdsPerTenant < 1 || req.vmIdsPerTenant > constants_1.MAX_VM_ID) {
        add('vmIdsPerTenant', errors_1.MSG.integerOutOfRange(req.vmIdsPerTenant, 1, constants_1.MAX_VM_ID));
    }
    const rootProblem = (0, rules_1.checkPbsNamespace)(req.pbsNamespaceRoot)
        ?? (typeof req.pbsNamespaceRoot === 'string' && req.pbsNamespaceRoot.split('/').length >= rules_1.PBS_NAMESPACE_MAX_DEPTH
            ? `PBS namespace "${req.pbsNamespaceRoot}": is ${req.pbsNamespaceRoot.split('/').length} levels deep, at most ${rules_1.PBS_NAMESPACE_MAX_DEPTH - 1} allowed for the root`
            : undefined);
    if (rootProblem)
        add('pbsNamespaceRoot', errors_1.MSG.pbsRootInvalid(rootProblem));
    for (const key of sorted(Object.keys(req.tenants ?? {}))) {
        const t = req.tenants[key];
        const base = `tenants.${key}`;
        const keyProblems = (0, tenant_key_1.validateTenantKey)(key);
        if (keyProblems.length > 0)
            add(base, errors_1.MSG.tenantKeyInvalid(keyProblems), key);
        const sizeOk = t.size === 's' || t.size === 'm' || t.size === 'l';
        if (!sizeOk)
            add(`${base}.size`, errors_1.MSG.sizeInvalid(t.size), key);
        const pinnedBlock = t.pins?.block !== undefined ? (0, ipv4_1.parseCidr)(t.pins.block) : undefined;
        if (typeof pinnedBlock === 'string')
            add(`${base}.pins.block`, pinnedBlock, key);
        const blockPrefix = typeof pinnedBlock === 'object' ? pinnedBlock.prefix : sizeOk ? catalogue_1.TENANT_BLOCK_PREFIX[t.size] : 0;
        for (const name of Object.keys(t.segments ?? {})) {
            if (!(name in catalogue_1.SEGMENT_CATALOGUE)) {
                add(`${base}.segments.${name}`, errors_1.MSG.segmentUnknown(name, catalogue_1.SEGMENT_NAMES), key);
                continue;
            }
            const p = t.segments[name];
            if (!isInt(p) || p < catalogue_1.SEGMENT_PREFIX_BOUNDS.min || p > catalogue_1.SEGMENT_PREFIX_BOUNDS.max) {
                add(`${base}.segments.${name}`, errors_1.MSG.prefixInvalid(p, catalogue_1.SEGMENT_PREFIX_BOUNDS.min, catalogue_1.SEGMENT_PREFIX_BOUNDS.max), key);
            }
            else if (p < blockPrefix) {
                add(`${base}.segments.${name}`, errors_1.MSG.prefixLargerThanBlock(p, blockPrefix), key);
            }
        }
        for (const name of catalogue_1.SEGMENT_NAMES) {
            if (catalogue_1.SEGMENT_CATALOGUE[name].mandatory && t.segments?.[name] === undefined) {
                add(`${base}.segments`, errors_1.MSG.segmentMandatory(name), key);
            }
        }
        const pins = t.pins;
        if (!pins)
            continue;
        if (pins.number !== undefined && (!isInt(pins.number) || pins.number < constants_1.FIRST_TENANT_NUMBER || pins.number > codes_1.MAX_TENANT_NUMBER)) {
            add(`${base}.pins.number`, errors_1.MSG.integerOutOfRange(pins.number, constants_1.FIRST_TENANT_NUMBER, codes_1.MAX_TENANT_NUMBER), key);
        }
        if (pins.zoneTag !== undefined) {
            if (req.zoneType !== 'qinq')
                add(`${base}.pins.zoneTag`, errors_1.MSG.pinNotSupported('zoneTag', req.zoneType, 'qinq'), key);
            else if (!isInt(pins.zoneTag) || pins.zoneTag < constants_1.VLAN_POOL.min || pins.zoneTag > constants_1.VLAN_POOL.max) {
                add(`${base}.pins.zoneTag`, errors_1.MSG.integerOutOfRange(pins.zoneTag, constants_1.VLAN_POOL.min, constants_1.VLAN_POOL.max), key);
            }
        }
        for (const [name, p] of Object.entries(pins.segments ?? {})) {
            const path = `${base}.pins.segments.${name}`;
            if (!(name in catalogue_1.SEGMENT_CATALOGUE)) {
                add(path, errors_1.MSG.segmentUnknown(name, catalogue_1.SEGMENT_NAMES), key);
                continue;
            }
            const seg = name;
            if (t.segments?.[seg] === undefined)
                add(path, errors_1.MSG.pinSegmentNotRequested(seg), key);
            if (p?.tag !== undefined) {
                if (req.zoneType !== 'vlan' && req.zoneType !== 'qinq') {
                    add(`${path}.tag`, errors_1.MSG.pinNotSupported(`segments.${seg}.tag`, req.zoneType, 'vlan and qinq'), key);
                }
                else if (!isInt(p.tag) || p.tag < constants_1.VLAN_POOL.min || p.tag > constants_1.VLAN_POOL.max) {
                    add(`${path}.tag`, errors_1.MSG.integerOutOfRange(p.tag, constants_1.VLAN_POOL.min, constants_1.VLAN_POOL.max), key);
                }
            }
            if (p?.cidr !== undefined) {
                const c = (0, ipv4_1.parseCidr)(p.cidr);
                const requested = t.segments?.[seg];
                if (typeof c === 'string')
                    add(`${path}.cidr`, c, key);
                else if (pins.block === undefined)
                    add(`${path}.cidr`, errors_1.MSG.pinNeedsBlock(seg), key);
                else if (typeof pinnedBlock === 'object' && !(0, ipv4_1.contains)(pinnedBlock, c)) {
                    add(`${path}.cidr`, errors_1.MSG.pinSegmentOutsideBlock(seg, p.cidr, pins.block), key);
                }
                else if (requested !== undefined && c.prefix !== requested) {
                    add(`${path}.cidr`, errors_1.MSG.pinSegmentPrefix(seg, p.cidr, requested), key);
                }
            }
        }
    }
    return problems;
}
/**
 * Allocates every tenant of the request, keeping the previous lock's allocations unchanged.
 * @throws AllocationError listing every problem (tenant, field, value, what is allowed)
 */
function allocate(request, previous) {
    const problems = validateRequest(request);
    if (previous && previous.zoneType !== request.zoneType) {
        problems.push({ path: 'zoneType', message: errors_1.MSG.zoneTypeChanged(previous.zoneType, request.zoneType) });
    }
    if (problems.length > 0)
        throw new errors_1.AllocationError(problems);
    const zt = request.zoneType;
    const prev = previous?.tenants ?? {};
    const req = request.tenants;
    const add = (path, message, tenant) => problems.push({ path, message, ...(tenant ? { tenant } : {}) });
    const out = new Map();
    const mutable = new Map();
    const added = [];
    const retired = [];
    const restored = [];
    const segmentsAdded = [];
    const segmentsRetired = [];
    /** Segments to allocate inside existing blocks, in key then catalogue order. */
    const pending = [];
    // 1. Existing tenants: keep, retire, restore, add or retire segments.
    for (const key of sorted(Object.keys(prev))) {
        const a = prev[key];
        const r = req[key];
        if (!r) {
            if (a.retired)
                out.set(key, a);
            else {
                out.set(key, canonicalTenant({ ...a, retired: true }));
                retired.push(key);
            }
            continue;
        }
        let changed = false;
        if (a.retired) {
            restored.push(key);
            changed = true;
        }
        const base = `tenants.${key}`;
        const pins = r.pins;
        if (pins?.number !== undefined && pins.number !== a.number)
            add(`${base}.pins.number`, errors_1.MSG.pinMismatch('number', pins.number, a.number), key);
        if (pins?.block !== undefined && pins.block !== a.block)
            add(`${base}.pins.block`, errors_1.MSG.pinMismatch('block', pins.block, a.block), key);
        if (pins?.zoneTag !== undefined && pins.zoneTag !== a.zoneTag)
            add(`${base}.pins.zoneTag`, errors_1.MSG.pinMismatch('zoneTag', pins.zoneTag, a.zoneTag), key);
        if (pins?.block === undefined && !(a.pinned ?? []).includes('block') && prefixOf(a.block) !== catalogue_1.TENANT_BLOCK_PREFIX[r.size]) {
            add(`${base}.size`, errors_1.MSG.sizeChanged(r.size, catalogue_1.TENANT_BLOCK_PREFIX[r.size], a.block), key);
        }
        const segments = { ...a.segments };
        for (const seg of catalogue_1.SEGMENT_NAMES) {
            const has = a.segments[seg];
            const want = r.segments[seg];
            const pin = pins?.segments?.[seg];
            if (has && want !== undefined) {
                if (prefixOf(has.cidr) !== want)
                    add(`${base}.segments.${seg}`, errors_1.MSG.segmentResized(seg, has.cidr, want), key);
                if (pin?.cidr !== undefined && pin.cidr !== has.cidr)
                    add(`${base}.pins.segments.${seg}.cidr`, errors_1.MSG.pinMismatch(`segments.${seg}.cidr`, pin.cidr, has.cidr), key);
                if (pin?.tag !== undefined && pin.tag !== has.tag)
                    add(`${base}.pins.segments.${seg}.tag`, errors_1.MSG.pinMismatch(`segments.${seg}.tag`, pin.tag, has.tag), key);
                if (has.retired) {
                    segments[seg] = { vnet: has.vnet, tag: has.tag, cidr: has.cidr };
                    changed = true;
                }
            }
            else if (has && want === undefined) {
                if (!has.retired) {
                    segments[seg] = { ...has, retired: true };
                    segmentsRetired.push(`${key}.${seg}`);
                    changed = true;
                }
            }
            else if (!has && want !== undefined) {
                pending.push({ key, seg, prefix: want });
                segmentsAdded.push(`${key}.${seg}`);
                changed = true;
            }
        }
        const pinned = pinnedFields(pins);
        if (pinned.join(',') !== (a.pinned ?? []).join(','))
            changed = true;
        if (changed) {
            mutable.set(key, { ...a, segments, vmIds: { ...a.vmIds }, retired: undefined, pinned });
        }
        else {
            out.set(key, a);
        }
    }
    const newKeys = sorted(Object.keys(req).filter((k) => !(k in prev)));
    // 2. Exhaustion of tag pools, checked up front with the totals.
    const allSegmentCounts = [];
    for (const key of Object.keys(prev)) {
        const m = mutable.get(key);
        const segs = m ? m.segments : prev[key].segments;
        allSegmentCounts.push(Object.keys(segs).length + pending.filter((p) => p.key === key).length);
    }
    for (const key of newKeys)
        allSegmentCounts.push(Object.keys(req[key].segments).length);
    const tenantTotal = allSegmentCounts.length;
    if (zt === 'vlan') {
        const total = allSegmentCounts.reduce((s, n) => s + n, 0);
        if (total > constants_1.VLAN_POOL_SIZE) {
            const same = allSegmentCounts.every((n) => n === allSegmentCounts[0]) ? allSegmentCounts[0] : undefined;
            add('zoneType', errors_1.MSG.vlanExhausted(tenantTotal, total, same, constants_1.VLAN_POOL_SIZE));
        }
    }
    else if (zt === 'qinq' && tenantTotal > constants_1.VLAN_POOL_SIZE) {
        add('zoneType', errors_1.MSG.qinqExhausted(tenantTotal, constants_1.VLAN_POOL_SIZE));
    }
    if (problems.length > 0)
        throw new errors_1.AllocationError(problems);
    // 3. Resources in use (existing tenants, retired ones included).
    const numberOwner = new Map();
    const blocks = [];
    const tagOwner = new Map(); // vlan: segment tags; qinq: service tags
    const current = (key) => mutable.get(key) ?? out.get(key);
    for (const key of sorted(Object.keys(prev))) {
        const t = current(key);
        numberOwner.set(t.number, key);
        blocks.push({ c: (0, ipv4_1.mustParseCidr)(t.block), key, text: t.block });
        if (zt === 'vlan')
            for (const s of Object.values(t.segments))
                if (s)
                    tagOwner.set(s.tag, key);
        if (zt === 'qinq' && t.zoneTag !== undefined)
            tagOwner.set(t.zoneTag, key);
    }
    // 4. Pins of new tenants.
    const newNumber = new Map();
    const newBlock = new Map();
    const newZoneTag = new Map();
    for (const key of newKeys) {
        const pins = req[key].pins;
        if (!pins)
            continue;
        const base = `tenants.${key}.pins`;
        if (pins.number !== undefined) {
            const other = numberOwner.get(pins.number);
            if (other !== undefined)
                add(`${base}.number`, errors_1.MSG.pinTaken('number', pins.number, other), key);
            else {
                numberOwner.set(pins.number, key);
                newNumber.set(key, pins.number);
            }
        }
        if (pins.block !== undefined) {
            const c = (0, ipv4_1.mustParseCidr)(pins.block);
            const clash = blocks.find((b) => (0, ipv4_1.overlaps)(b.c, c));
            if (clash)
                add(`${base}.block`, errors_1.MSG.pinBlockOverlap(pins.block, clash.key, clash.text), key);
            else {
                blocks.push({ c, key, text: pins.block });
                newBlock.set(key, c);
            }
        }
        if (pins.zoneTag !== undefined) {
            const other = tagOwner.get(pins.zoneTag);
            if (other !== undefined)
                add(`${base}.zoneTag`, errors_1.MSG.pinTaken('zoneTag', pins.zoneTag, other), key);
            else {
                tagOwner.set(pins.zoneTag, key);
                newZoneTag.set(key, pins.zoneTag);
            }
        }
        const segPins = pins.segments ?? {};
        const pinnedCidrs = [];
        const pinnedTags = new Map();
        for (const seg of catalogue_1.SEGMENT_NAMES) {
            const p = segPins[seg];
            if (p?.tag !== undefined) {
                const other = zt === 'vlan' ? tagOwner.get(p.tag) : undefined;
                const sameTenant = pinnedTags.get(p.tag);
                if (other !== undefined)
                    add(`${base}.segments.${seg}.tag`, errors_1.MSG.pinTaken(`segments.${seg}.tag`, p.tag, other), key);
                else if (sameTenant !== undefined)
                    add(`${base}.segments.${seg}.tag`, errors_1.MSG.pinTagTwice(seg, p.tag, sameTenant), key);
                else {
                    pinnedTags.set(p.tag, seg);
                    if (zt === 'vlan')
                        tagOwner.set(p.tag, key);
                }
            }
            if (p?.cidr !== undefined) {
                const c = (0, ipv4_1.mustParseCidr)(p.cidr);
                const clash = pinnedCidrs.find((o) => (0, ipv4_1.overlaps)(o.c, c));
                if (clash)
                    add(`${base}.segments.${seg}.cidr`, errors_1.MSG.pinSegmentOverlap(seg, p.cidr, clash.seg, clash.text), key);
                else
                    pinnedCidrs.push({ seg, c, text: p.cidr });
            }
        }
    }
    // 5. Numbers: above the highest number ever used, in sorted key order.
    let next = Math.max(constants_1.FIRST_TENANT_NUMBER - 1, ...numberOwner.keys()) + 1;
    for (const key of newKeys) {
        if (newNumber.has(key) || req[key].pins?.number !== undefined)
            continue;
        newNumber.set(key, next);
        numberOwner.set(next, key);
        next++;
    }
    // Limits of the number space; each kind is reported once, for the highest number.
    const highest = Math.max(0, ...newNumber.values());
    if (highest > codes_1.MAX_TENANT_NUMBER)
        add('tenants', errors_1.MSG.tenantNumbersExhausted(highest, codes_1.MAX_TENANT_NUMBER));
    if ((zt === 'vxlan' || zt === 'evpn') && highest > constants_1.MAX_VNI_TENANT_NUMBER)
        add('tenants', errors_1.MSG.vniExhausted(highest, constants_1.MAX_VNI_TENANT_NUMBER));
    const highestEnd = request.vmIdBase + (highest + 1) * request.vmIdsPerTenant - 1;
    if (newNumber.size > 0 && highestEnd > constants_1.MAX_VM_ID)
        add('compute', errors_1.MSG.vmIdsExhausted(highest, highestEnd));
    if (problems.length > 0)
        throw new errors_1.AllocationError(problems);
    // 6. Blocks: first free aligned block across the supernets, in order.
    const free = free_list_1.FreeList.fromSupernets(request.supernets.map(ipv4_1.mustParseCidr), blocks.map((b) => b.c));
    const unplaced = [];
    const unplacedPrefixes = new Set();
    for (const key of newKeys) {
        if (newBlock.has(key) || req[key].pins?.block !== undefined)
            continue;
        const prefix = catalogue_1.TENANT_BLOCK_PREFIX[req[key].size];
        const start = free.take((0, ipv4_1.sizeOf)(prefix));
        if (start === undefined) {
            unplaced.push(key);
            unplacedPrefixes.add(prefix);
        }
        else
            newBlock.set(key, { start, prefix });
    }
    if (unplaced.length > 0) {
        const prefixes = [...unplacedPrefixes].sort((x, y) => y - x).map((p) => `/${p}`).join(' or ');
        add('supernets', errors_1.MSG.addressesExhausted(unplaced.length, prefixes, unplaced, request.supernets));
    }
    // 7. Tags.
    let vlanCursor = constants_1.VLAN_POOL.min;
    const nextVlan = (key) => {
        while (tagOwner.has(vlanCursor))
            vlanCursor++;
        tagOwner.set(vlanCursor, key);
        return vlanCursor;
    };
    const segmentTag = (key, n, seg, pinnedTag) => {
        if (pinnedTag !== undefined)
            return pinnedTag;
        switch (zt) {
            case 'vlan': return nextVlan(key);
            case 'qinq': return catalogue_1.SEGMENT_CATALOGUE[seg].customerTag;
            default: return (0, constants_1.segmentVni)(n, catalogue_1.SEGMENT_CATALOGUE[seg].vniSlot);
        }
    };
    // 7a. Segments added to existing tenants.
    for (const { key, seg, prefix } of pending) {
        const t = mutable.get(key);
        const block = (0, ipv4_1.mustParseCidr)(t.block);
        const taken = Object.values(t.segments).filter((s) => !!s).map((s) => (0, ipv4_1.mustParseCidr)(s.cidr));
        const pin = req[key].pins?.segments?.[seg];
        let cidr;
        if (pin?.cidr !== undefined) {
            const c = (0, ipv4_1.mustParseCidr)(pin.cidr);
            const clash = Object.entries(t.segments).find(([, s]) => s && (0, ipv4_1.overlaps)((0, ipv4_1.mustParseCidr)(s.cidr), c));
            if (!(0, ipv4_1.contains)(block, c))
                add(`tenants.${key}.pins.segments.${seg}.cidr`, errors_1.MSG.pinSegmentOutsideBlock(seg, pin.cidr, t.block), key);
            else if (clash)
                add(`tenants.${key}.pins.segments.${seg}.cidr`, errors_1.MSG.pinSegmentOverlap(seg, pin.cidr, clash[0], clash[1].cidr), key);
            else
                cidr = c;
        }
        else {
            cidr = fitSubnet(block, prefix, taken);
            if (!cidr)
                add(`tenants.${key}.segments.${seg}`, errors_1.MSG.segmentDoesNotFit(seg, prefix, t.block), key);
        }
        if (!cidr)
            continue;
        if (pin?.tag !== undefined && zt === 'vlan') {
            const other = tagOwner.get(pin.tag);
            if (other !== undefined) {
                add(`tenants.${key}.pins.segments.${seg}.tag`, errors_1.MSG.pinTaken(`segments.${seg}.tag`, pin.tag, other), key);
                continue;
            }
            tagOwner.set(pin.tag, key);
        }
        t.segments[seg] = { vnet: (0, codes_1.vnetId)(t.code, seg), tag: segmentTag(key, t.number, seg, pin?.tag), cidr: (0, ipv4_1.formatCidr)(cidr) };
    }
    // 7b. New tenants.
    for (const key of newKeys) {
        const r = req[key];
        const n = newNumber.get(key);
        const block = newBlock.get(key);
        if (n === undefined || block === undefined)
            continue;
        const code = (0, codes_1.tenantCode)(n);
        const taken = [];
        const segPins = r.pins?.segments ?? {};
        for (const seg of catalogue_1.SEGMENT_NAMES)
            if (segPins[seg]?.cidr !== undefined)
                taken.push((0, ipv4_1.mustParseCidr)(segPins[seg].cidr));
        const segments = {};
        for (const seg of catalogue_1.SEGMENT_NAMES) {
            const prefix = r.segments[seg];
            if (prefix === undefined)
                continue;
            let cidr;
            const pinnedCidr = segPins[seg]?.cidr;
            if (pinnedCidr !== undefined)
                cidr = (0, ipv4_1.mustParseCidr)(pinnedCidr);
            else {
                cidr = fitSubnet(block, prefix, taken);
                if (!cidr) {
                    add(`tenants.${key}.segments.${seg}`, errors_1.MSG.segmentDoesNotFit(seg, prefix, (0, ipv4_1.formatCidr)(block)), key);
                    continue;
                }
                taken.push(cidr);
            }
            segments[seg] = { vnet: (0, codes_1.vnetId)(code, seg), tag: segmentTag(key, n, seg, segPins[seg]?.tag), cidr: (0, ipv4_1.formatCidr)(cidr) };
        }
        let zoneTag;
        if (zt === 'qinq')
            zoneTag = newZoneTag.get(key) ?? nextVlan(key);
        if (zt === 'evpn')
            zoneTag = (0, constants_1.segmentVni)(n, constants_1.VRF_VNI_SLOT);
        const start = request.vmIdBase + n * request.vmIdsPerTenant;
        mutable.set(key, {
            number: n,
            code,
            zone: (0, constants_1.hasTenantZone)(zt) ? (0, codes_1.zoneId)(n) : undefined,
            zoneTag,
            block: (0, ipv4_1.formatCidr)(block),
            segments,
            vmIds: { start, end: start + request.vmIdsPerTenant - 1 },
            pbsNamespace: `${request.pbsNamespaceRoot}/${key}`,
            pinned: pinnedFields(r.pins),
        });
        added.push(key);
    }
    if (problems.length > 0)
        throw new errors_1.AllocationError(problems);
    for (const [key, t] of mutable)
        out.set(key, canonicalTenant(t));
    const tenants = {};
    for (const key of sorted(out.keys()))
        tenants[key] = out.get(key);
    const lock = { version: 1, zoneType: zt, tenants };
    const consistency = (0, consistency_1.checkLockConsistency)(lock);
    if (consistency.length > 0)
        throw new errors_1.AllocationError(consistency);
    return { lock, added, retired, restored, segmentsAdded, segmentsRetired };
}
/** First aligned subnet of `prefix` inside `block` that overlaps none of `taken`. */
function fitSubnet(block, prefix, taken) {
    if (prefix < block.prefix)
        return undefined;
    const size = (0, ipv4_1.sizeOf)(prefix);
    for (let s = block.start; s + size <= (0, ipv4_1.endOf)(block); s += size) {
        const c = { start: s, prefix };
        if (!taken.some((t) => (0, ipv4_1.overlaps)(t, c)))
            return c;
    }
    return undefined;
}
