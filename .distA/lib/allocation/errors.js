"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MSG = exports.AllocationError = void 0;
exports.fmt = fmt;
/** One error for all problems of an allocation run; `problems` holds them one by one. */
class AllocationError extends Error {
    problems;
    constructor(problems, what = 'fleet allocation') {
        super(`${what} failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`
            + problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'));
        this.name = 'AllocationError';
        this.problems = problems;
    }
}
exports.AllocationError = AllocationError;
/** 12345 -> "12,345" (locale-independent). */
function fmt(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
const q = (v) => JSON.stringify(v);
/** The texts. Tests assert on these exactly. */
exports.MSG = {
    zoneTypeInvalid: (v) => `${q(v)} is not a zone type; allowed: vlan, qinq, vxlan, evpn`,
    zoneTypeChanged: (lock, req) => `fleet.lock.yaml was allocated for zoneType "${lock}" but fleet.yaml asks for "${req}"; changing the zone type of an `
        + 'allocated fleet is a migration: plan it and regenerate the lock deliberately',
    supernetsEmpty: () => 'at least one IPv4 supernet is needed, e.g. ["10.64.0.0/12"]',
    supernetInvalid: (reason) => reason,
    supernetsOverlap: (a, b) => `supernet ${a} overlaps supernet ${b}; supernets must be disjoint`,
    integerOutOfRange: (v, min, max) => `${q(v)} is not allowed; use an integer from ${fmt(min)} to ${fmt(max)}`,
    pbsRootInvalid: (reason) => `${reason} (the tenant key is appended as one more level)`,
    tenantKeyInvalid: (problems) => problems.join('; '),
    sizeInvalid: (v) => `${q(v)} is not a size profile; allowed: s, m, l`,
    segmentUnknown: (name, allowed) => `"${name}" is not a catalogue segment; allowed: ${allowed.join(', ')}`,
    segmentMandatory: (name) => `segment "${name}" is mandatory for every tenant and missing`,
    prefixInvalid: (v, min, max) => `prefix length ${q(v)} is not allowed; use an integer from ${min} to ${max} that fits the tenant block`,
    prefixLargerThanBlock: (v, block) => `prefix length /${v} is larger than the tenant block (/${block}); use /${block} or longer`,
    vlanExhausted: (tenants, segments, perTenant, available) => `VLAN tags exhausted: ${fmt(tenants)} tenants × ${perTenant !== undefined ? `${perTenant} segments need ${fmt(segments)}` : `their segments need ${fmt(segments)}`} tags, `
        + `a vlan zone has ${fmt(available)} (2–4094); use zoneType qinq or evpn in fleet.yaml`,
    qinqExhausted: (tenants, available) => `QinQ service tags exhausted: ${fmt(tenants)} tenants need ${fmt(tenants)} service tags, a bridge has ${fmt(available)} (2–4094); `
        + 'use zoneType evpn (or vxlan) in fleet.yaml',
    vniExhausted: (n, max) => `VNIs exhausted: tenant number ${fmt(n)} would need a VNI above 16,777,215; at most ${fmt(max)} tenants fit the 24-bit VNI space`,
    tenantNumbersExhausted: (n, max) => `tenant numbers exhausted: ${fmt(n)} exceeds ${fmt(max)}, the largest number a 4-digit base-36 tenant code can carry`,
    vmIdsExhausted: (n, end) => `VM IDs exhausted: tenant number ${fmt(n)} would get VM IDs up to ${fmt(end)}, above 999,999,999; lower compute.vmIdsPerTenant or compute.vmIdBase in fleet.yaml`,
    addressesExhausted: (count, prefixes, keys, supernets) => `address space exhausted: ${fmt(count)} tenant${count === 1 ? '' : 's'} (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}) found no free ${prefixes} block in `
        + `${supernets.join(', ')}; add a supernet to network.supernets in fleet.yaml`,
    segmentDoesNotFit: (segment, prefix, block) => `segment "${segment}" (/${prefix}) does not fit into the free space of block ${block}; choose a longer prefix length or a larger size profile`,
    segmentResized: (segment, cidr, prefix) => `segment "${segment}" is allocated as ${cidr} but the request asks for /${prefix}; resizing an allocated segment is a migration: keep /${cidr.split('/')[1]} or plan the move`,
    sizeChanged: (size, wanted, block) => `size "${size}" needs a /${wanted} block but the lock holds ${block}; an allocated block is never moved or resized: keep the size or plan a migration`,
    pinMismatch: (field, pin, lock) => `pinned ${field} ${q(pin)} differs from ${q(lock)} in fleet.lock.yaml; allocations are stable: remove the pin or change the lockfile deliberately`,
    pinTaken: (field, value, other) => `pinned ${field} ${q(value)} is already used by tenant "${other}"`,
    pinTagTwice: (segment, tag, other) => `pinned tag ${tag} of segment "${segment}" is also pinned for segment "${other}" of the same tenant`,
    pinBlockOverlap: (block, other, otherBlock) => `pinned block ${block} overlaps block ${otherBlock} of tenant "${other}"`,
    pinSegmentOutsideBlock: (segment, cidr, block) => `pinned cidr ${cidr} of segment "${segment}" is not inside the tenant block ${block}`,
    pinSegmentOverlap: (segment, cidr, other, otherCidr) => `pinned cidr ${cidr} of segment "${segment}" overlaps ${otherCidr} of segment "${other}"`,
    pinSegmentPrefix: (segment, cidr, prefix) => `pinned cidr ${cidr} of segment "${segment}" does not have the requested prefix length /${prefix}`,
    segmentOutsideBlock: (segment, cidr, block) => `cidr ${cidr} of segment "${segment}" is not inside the tenant block ${block}`,
    segmentOverlap: (segment, cidr, other, otherCidr) => `cidr ${cidr} of segment "${segment}" overlaps ${otherCidr} of segment "${other}"`,
    tagTwice: (segment, tag, other) => `tag ${tag} of segment "${segment}" is also used by segment "${other}" of the same tenant`,
    pinNeedsBlock: (segment) => `pinning the cidr of segment "${segment}" needs pins.block as well`,
    pinNotSupported: (field, zoneType, allowed) => `pins.${field} is not supported for zoneType ${zoneType}; only for ${allowed}`,
    pinSegmentNotRequested: (segment) => `segment "${segment}" is pinned but not requested`,
    duplicate: (what, value, a, b) => `${what} ${q(value)} is used by tenants "${a}" and "${b}"`,
    overlap: (what, a, av, b, bv) => `${what} ${av} of tenant "${a}" overlaps ${what} ${bv} of tenant "${b}"`,
    derivedMismatch: (field, value, expected) => `${field} ${q(value)} does not match ${q(expected)} derived from the tenant number; the lockfile was edited inconsistently`,
};
