/**
 * IPv4 CIDR arithmetic for allocation on plain 32-bit integers (held in JS numbers, 0 .. 2^32-1),
 * on the project's one parser (lib/core/ipv4.ts: dotted quad without leading zeros, prefix 0-32,
 * no host bits set), with the messages allocation gives.
 */
import { formatIpv4, prefixSize } from '../core/ipv4';
export interface Cidr {
    /** Network address as an unsigned 32-bit integer. */
    readonly start: number;
    readonly prefix: number;
}
/** Number of addresses in a prefix. */
export declare const sizeOf: typeof prefixSize;
/** Parses "a.b.c.d/p"; returns an error text instead of throwing. */
export declare function parseCidr(text: unknown): Cidr | string;
/** Parses a CIDR and throws on error (for values already validated). */
export declare function mustParseCidr(text: string): Cidr;
export declare const formatAddress: typeof formatIpv4;
export declare function formatCidr(c: Cidr): string;
/** Exclusive end address. */
export declare function endOf(c: Cidr): number;
export declare function overlaps(a: Cidr, b: Cidr): boolean;
export declare function contains(outer: Cidr, inner: Cidr): boolean;
/** Gateway of a segment: the first host address. */
export declare function gatewayOf(cidr: string): string;
/**
 * DHCP range of a segment: the upper half of the subnet without the broadcast address, e.g.
 * 10.0.0.0/24 -> 10.0.0.128 - 10.0.0.254. The lower half stays for static addresses.
 */
export declare function dhcpRangeOf(cidr: string): {
    readonly start: string;
    readonly end: string;
};
