/**
 * Small IPv4 helpers for the network constructs' prop checks: strict parsing (dotted quad, no
 * leading zeros) and CIDR containment/overlap. Pure functions over plain numbers; addresses are
 * unsigned 32-bit integers.
 */

/** A parsed IPv4 CIDR: `network` is the first address, `last` the broadcast address. */
export interface Ipv4Cidr {
  readonly text: string;
  readonly network: number;
  readonly prefixLength: number;
  readonly last: number;
}

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ADDRESS_RE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/** Parses a dotted-quad IPv4 address; undefined when it is not one. */
export function parseIpv4(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ADDRESS_RE.exec(text);
  if (!m) return undefined;
  return ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4]);
}

/** Formats an unsigned 32-bit number as a dotted quad. */
export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** The result of parsing a CIDR: either the CIDR or a reason it is not acceptable. */
export type CidrParse = { readonly ok: true; readonly cidr: Ipv4Cidr } | { readonly ok: false; readonly reason: string };

/**
 * Parses `a.b.c.d/len`. The address must be the network address of the prefix (canonical form),
 * so that a typo such as 10.0.1.0/22 is reported instead of silently widened.
 */
export function parseCidr(text: unknown): CidrParse {
  if (typeof text !== 'string') return { ok: false, reason: 'must be a string in IPv4 CIDR notation (a.b.c.d/len)' };
  const slash = text.indexOf('/');
  const addr = slash < 0 ? undefined : parseIpv4(text.slice(0, slash));
  const lenText = slash < 0 ? '' : text.slice(slash + 1);
  if (addr === undefined || !/^(3[0-2]|[12]?[0-9])$/.test(lenText)) {
    return { ok: false, reason: 'is not in IPv4 CIDR notation (a.b.c.d/len, len 0-32)' };
  }
  const prefixLength = Number(lenText);
  const size = 2 ** (32 - prefixLength);
  const network = addr - (addr % size);
  if (network !== addr) {
    return { ok: false, reason: `is not a network address; the prefix /${prefixLength} starts at ${formatIpv4(network)}/${prefixLength}` };
  }
  return { ok: true, cidr: { text, network, prefixLength, last: network + size - 1 } };
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
