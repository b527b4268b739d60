/**
 * IPv4 CIDR arithmetic on plain 32-bit integers (held in JS numbers, 0 .. 2^32-1). Parsing is
 * strict: dotted quad without leading zeros, prefix 0-32, no host bits set.
 */

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly start: number;
  readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Number of addresses in a prefix. */
export function sizeOf(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Parses "a.b.c.d/p"; returns an error text instead of throwing. */
export function parseCidr(text: unknown): Cidr | string {
  if (typeof text !== 'string') return `must be an IPv4 CIDR string like "10.0.0.0/16", got ${JSON.stringify(text)}`;
  const m = CIDR_RE.exec(text);
  if (!m) return `"${text}" is not an IPv4 CIDR like "10.0.0.0/16"`;
  const octets = m.slice(1, 5);
  if (octets.some((o) => (o.length > 1 && o.startsWith('0')) || Number(o) > 255)) {
    return `"${text}" has an octet outside 0-255 or with a leading zero`;
  }
  const prefix = Number(m[5]);
  if (prefix > 32 || (m[5].length > 1 && m[5].startsWith('0'))) return `"${text}" has a prefix length outside 0-32`;
  const start = octets.reduce((acc, o) => acc * 256 + Number(o), 0);
  if (start % sizeOf(prefix) !== 0) {
    return `"${text}" has host bits set; the network is ${formatCidr({ start: start - (start % sizeOf(prefix)), prefix })}`;
  }
  return { start, prefix };
}

/** Parses a CIDR and throws on error (for values already validated). */
export function mustParseCidr(text: string): Cidr {
  const c = parseCidr(text);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

export function formatAddress(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

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
