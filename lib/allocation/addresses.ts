/**
 * Addresses as allocation reads and hands them out: CIDR texts of the fleet and lock files turned
 * into networks (lib/core/ipv4.ts does the parsing and arithmetic) with allocation's messages, and
 * the address plan of a segment (gateway, DHCP range).
 */
import { formatCidr, formatIpv4, Ipv4Cidr, parseCidr, prefixSize } from '../core/ipv4';

/** Parses "a.b.c.d/p"; returns the error text instead of throwing. */
export function readCidr(text: unknown): Ipv4Cidr | string {
  const r = parseCidr(text);
  if (r.ok) return r.cidr;
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
      return `"${text}" has host bits set; the network is ${formatCidr({ network: r.problem.network, prefixLength: r.problem.prefixLength })}`;
  }
}

/** Parses a CIDR and throws on error (for values already validated). */
export function mustReadCidr(text: string): Ipv4Cidr {
  const c = readCidr(text);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

/** Gateway of a segment: the first host address. */
export function gatewayOf(cidr: string): string {
  const c = mustReadCidr(cidr);
  if (c.prefixLength > 30) throw new Error(`gatewayOf("${cidr}"): a segment needs at least a /30`);
  return formatIpv4(c.network + 1);
}

/**
 * DHCP range of a segment: the upper half of the subnet without the broadcast address, e.g.
 * 10.0.0.0/24 -> 10.0.0.128 - 10.0.0.254. The lower half stays for static addresses.
 */
export function dhcpRangeOf(cidr: string): { readonly start: string; readonly end: string } {
  const c = mustReadCidr(cidr);
  if (c.prefixLength > 29) throw new Error(`dhcpRangeOf("${cidr}"): a DHCP segment needs at least a /29`);
  const size = prefixSize(c.prefixLength);
  return { start: formatIpv4(c.network + size / 2), end: formatIpv4(c.network + size - 2) };
}
