"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatAddress = exports.sizeOf = void 0;
exports.parseCidr = parseCidr;
exports.mustParseCidr = mustParseCidr;
exports.formatCidr = formatCidr;
exports.endOf = endOf;
exports.overlaps = overlaps;
exports.contains = contains;
exports.gatewayOf = gatewayOf;
exports.dhcpRangeOf = dhcpRangeOf;
/**
 * IPv4 CIDR arithmetic for allocation on plain 32-bit integers (held in JS numbers, 0 .. 2^32-1),
 * on the project's one parser (lib/core/ipv4.ts: dotted quad without leading zeros, prefix 0-32,
 * no host bits set), with the messages allocation gives.
 */
const ipv4_1 = require("../core/ipv4");
/** Number of addresses in a prefix. */
exports.sizeOf = ipv4_1.prefixSize;
/** Parses "a.b.c.d/p"; returns an error text instead of throwing. */
function parseCidr(text) {
    const r = (0, ipv4_1.parseIpv4Prefix)(text);
    if (r.ok)
        return { start: r.network, prefix: r.prefixLength };
    switch (r.problem.kind) {
        case 'not-string':
            return `must be an IPv4 CIDR string like "10.0.0.0/16", got ${JSON.stringify(text)}`;
        case 'format':
            return `"${text}" is not an IPv4 CIDR like "10.0.0.0/16"`;
        case 'octet':
            return `"${text}" has an octet outside 0-255 or with a leading zero`;
        case 'prefix-length':
            return `"${text}" has a prefix length outside 0-32`;
        case 'host-bits':
            return `"${text}" has host bits set; the network is ${formatCidr({ start: r.problem.network, prefix: r.problem.prefixLength })}`;
    }
}
/** Parses a CIDR and throws on error (for values already validated). */
function mustParseCidr(text) {
    const c = parseCidr(text);
    if (typeof c === 'string')
        throw new Error(c);
    return c;
}
exports.formatAddress = ipv4_1.formatIpv4;
function formatCidr(c) {
    return `${(0, exports.formatAddress)(c.start)}/${c.prefix}`;
}
/** Exclusive end address. */
function endOf(c) {
    return c.start + (0, exports.sizeOf)(c.prefix);
}
function overlaps(a, b) {
    return a.start < endOf(b) && b.start < endOf(a);
}
function contains(outer, inner) {
    return inner.start >= outer.start && endOf(inner) <= endOf(outer);
}
/** Gateway of a segment: the first host address. */
function gatewayOf(cidr) {
    const c = mustParseCidr(cidr);
    if (c.prefix > 30)
        throw new Error(`gatewayOf("${cidr}"): a segment needs at least a /30`);
    return (0, exports.formatAddress)(c.start + 1);
}
/**
 * DHCP range of a segment: the upper half of the subnet without the broadcast address, e.g.
 * 10.0.0.0/24 -> 10.0.0.128 - 10.0.0.254. The lower half stays for static addresses.
 */
function dhcpRangeOf(cidr) {
    const c = mustParseCidr(cidr);
    if (c.prefix > 29)
        throw new Error(`dhcpRangeOf("${cidr}"): a DHCP segment needs at least a /29`);
    const size = (0, exports.sizeOf)(c.prefix);
    return { start: (0, exports.formatAddress)(c.start + size / 2), end: (0, exports.formatAddress)(c.start + size - 2) };
}
