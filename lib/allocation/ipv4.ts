/**
 * IPv4 CIDR arithmetic for allocation on plain 32-bit integers (held in JS numbers, 0 .. 2^32-1),
 * on the project's one parser (lib/core/ipv4.ts: dotted quad without leading zeros, prefix 0-32,
 * no host bits set), with the messages allocation gives.
 */
import { formatIpv4, parseIpv4Prefix, prefixSize } from '../core/ipv4';

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly start: number;
  readonly prefix: number;
}

/** Number of addresses in a prefix. */
export const sizeOf = prefixSize;

/** Parses "a.b.c.d/p"; returns an error text instead of throwing. */
export function parseCidr(text: unknown): Cidr | string {
  const r = parseIpv4Prefix(text);
  if (r.ok) return { start: r.network, prefix: r.prefixLength };
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
export function mustParseCidr(text: string): Cidr {
  const c = parseCidr(text);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

export const formatAddress = formatIpv4;

export function formatCidr(c: Cidr): string {
  return `${formatAddress(c.start)}/${c.prefix}`;
}

/** Exclusive end address. */
export function endOf(c: Cidr): number {
  return c.start + sizeOf(c.prefix);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start < endOf(b) && b.start < endOf(a);
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && endOf(inner) <= endOf(outer);
}

/** Gateway of a segment: the first host address. */
export function gatewayOf(cidr: string): string {
  const c = mustParseCidr(cidr);
  if (c.prefix > 30) throw new Error(`gatewayOf("${cidr}"): a segment needs at least a /30`);
  return formatAddress(c.start + 1);
}

/**
 * DHCP range of a segment: the upper half of the subnet without the broadcast address, e.g.
 * 10.0.0.0/24 -> 10.0.0.128 - 10.0.0.254. The lower half stays for static addresses.
 */
export function dhcpRangeOf(cidr: string): { readonly start: string; readonly end: string } {
  const c = mustParseCidr(cidr);
  if (c.prefix > 29) throw new Error(`dhcpRangeOf("${cidr}"): a DHCP segment needs at least a /29`);
  const size = sizeOf(c.prefix);
  return { start: formatAddress(c.start + size / 2), end: formatAddress(c.start + size - 2) };
}
