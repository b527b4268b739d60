"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatIpv4 = exports.parseIpv4 = void 0;
exports.parseCidr = parseCidr;
exports.cidrContains = cidrContains;
exports.cidrsOverlap = cidrsOverlap;
exports.isHostAddress = isHostAddress;
/**
 * IPv4 helpers for the network constructs' prop checks, on the project's one parser
 * (lib/core/ipv4.ts), with the messages these checks give. Addresses are unsigned 32-bit integers.
 */
const ipv4_1 = require("../core/ipv4");
Object.defineProperty(exports, "formatIpv4", { enumerable: true, get: function () { return ipv4_1.formatIpv4; } });
/** Parses a dotted-quad IPv4 address; undefined when it is not one. */
exports.parseIpv4 = ipv4_1.parseIpv4Address;
/**
 * Parses `a.b.c.d/len`. The address must be the network address of the prefix (canonical form),
 * so that a typo such as 10.0.1.0/22 is reported instead of silently widened.
 */
function parseCidr(text) {
    const r = (0, ipv4_1.parseIpv4Prefix)(text);
    if (r.ok)
        return { ok: true, cidr: { text: text, network: r.network, prefixLength: r.prefixLength, last: r.network + (0, ipv4_1.prefixSize)(r.prefixLength) - 1 } };
    switch (r.problem.kind) {
        case 'not-string':
            return { ok: false, reason: 'must be a string in IPv4 CIDR notation (a.b.c.d/len)' };
        case 'host-bits':
            return { ok: false, reason: `is not a network address; the prefix /${r.problem.prefixLength} starts at ${(0, ipv4_1.formatIpv4)(r.problem.network)}/${r.problem.prefixLength}` };
        default:
            return { ok: false, reason: 'is not in IPv4 CIDR notation (a.b.c.d/len, len 0-32)' };
    }
}
/** True when `inner` lies completely inside `outer`. */
function cidrContains(outer, inner) {
    return inner.network >= outer.network && inner.last <= outer.last;
}
/** True when the two prefixes share at least one address. */
function cidrsOverlap(a, b) {
    return a.network <= b.last && b.network <= a.last;
}
/** True when `address` is a usable host address of `cidr` (inside, not network, not broadcast). */
function isHostAddress(cidr, address) {
    return address > cidr.network && address < cidr.last;
}
