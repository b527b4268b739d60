/**
 * IPv4 helpers for the network constructs' prop checks, on the project's one parser
 * (lib/core/ipv4.ts), with the messages these checks give. Addresses are unsigned 32-bit integers.
 */
import { formatIpv4, parseIpv4Address, parseIpv4Prefix, prefixSize } from '../core/ipv4';

/** A parsed IPv4 CIDR: `network` is the first address, `last` the broadcast address. */
export interface Ipv4Cidr {
  readonly text: string;
  readonly network: number;
  readonly prefixLength: number;
  readonly last: number;
}

/** Parses a dotted-quad IPv4 address; undefined when it is not one. */
export const parseIpv4 = parseIpv4Address;

export { formatIpv4 };

/** The result of parsing a CIDR: either the CIDR or a reason it is not acceptable. */
export type CidrParse = { readonly ok: true; readonly cidr: Ipv4Cidr } | { readonly ok: false; readonly reason: string };

/**
 * Parses `a.b.c.d/len`. The address must be the network address of the prefix (canonical form),
 * so that a typo such as 10.0.1.0/22 is reported instead of silently widened.
 */
export function parseCidr(text: unknown): CidrParse {
  const r = parseIpv4Prefix(text);
  if (r.ok) return { ok: true, cidr: { text: text as string, network: r.network, prefixLength: r.prefixLength, last: r.network + prefixSize(r.prefixLength) - 1 } };
  switch (r.problem.kind) {
    case 'not-string':
      return { ok: false, reason: 'must be a string in IPv4 CIDR notation (a.b.c.d/len)' };
    case 'host-bits':
      return { ok: false, reason: `is not a network address; the prefix /${r.problem.prefixLength} starts at ${formatIpv4(r.problem.network)}/${r.problem.prefixLength}` };
    default:
      return { ok: false, reason: 'is not in IPv4 CIDR notation (a.b.c.d/len, len 0-32)' };
  }
}

/** True when `inner` lies completely inside `outer`. */
export function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return inner.network >= outer.network && inner.last <= outer.last;
}

/** True when the two prefixes share at least one address. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.network <= b.last && b.network <= a.last;
}

/** True when `address` is a usable host address of `cidr` (inside, not network, not broadcast). */
export function isHostAddress(cidr: Ipv4Cidr, address: number): boolean {
  return address > cidr.network && address < cidr.last;
}
