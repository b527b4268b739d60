/**
 * IPv4 helpers for the network constructs' prop checks, on the project's one parser
 * (lib/core/ipv4.ts), with the messages these checks give. Addresses are unsigned 32-bit integers.
 */
import { formatIpv4, parseIpv4Address } from '../core/ipv4';
/** A parsed IPv4 CIDR: `network` is the first address, `last` the broadcast address. */
export interface Ipv4Cidr {
    readonly text: string;
    readonly network: number;
    readonly prefixLength: number;
    readonly last: number;
}
/** Parses a dotted-quad IPv4 address; undefined when it is not one. */
export declare const parseIpv4: typeof parseIpv4Address;
export { formatIpv4 };
/** The result of parsing a CIDR: either the CIDR or a reason it is not acceptable. */
export type CidrParse = {
    readonly ok: true;
    readonly cidr: Ipv4Cidr;
} | {
    readonly ok: false;
    readonly reason: string;
};
/**
 * Parses `a.b.c.d/len`. The address must be the network address of the prefix (canonical form),
 * so that a typo such as 10.0.1.0/22 is reported instead of silently widened.
 */
export declare function parseCidr(text: unknown): CidrParse;
/** True when `inner` lies completely inside `outer`. */
export declare function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean;
/** True when the two prefixes share at least one address. */
export declare function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean;
/** True when `address` is a usable host address of `cidr` (inside, not network, not broadcast). */
export declare function isHostAddress(cidr: Ipv4Cidr, address: number): boolean;
