/**
 * The one IPv4 module of the project: parsing and CIDR arithmetic. Addresses are validated by the
 * `ip-address` package (dotted quad, octets 0-255, no leading zeros); prefix arithmetic is done on
 * unsigned 32-bit integers held in JS numbers. Callers turn a `PrefixProblem` into their own
 * message (allocation: lib/allocation/addresses.ts; construct props: lib/network/checks.ts).
 */
import { Address4 } from 'ip-address';
import { BoundedMemo } from './memo';

/** Why a text is not a canonical IPv4 prefix. */
export type PrefixProblem =
  | { readonly kind: 'not-string' }
  | { readonly kind: 'format' }
  | { readonly kind: 'octet' }
  | { readonly kind: 'prefix-length' }
  | { readonly kind: 'host-bits'; readonly network: number; readonly prefixLength: number };

/** An IPv4 network in CIDR notation, parsed: the first address and the prefix length. */
export interface Ipv4Cidr {
  /** Network (first) address as an unsigned 32-bit integer. */
  readonly network: number;
  /** Prefix length, 0-32. */
  readonly prefixLength: number;
}

/** The result of parsing a CIDR: the network, or why the text is not one. */
export type CidrParse = { readonly ok: true; readonly cidr: Ipv4Cidr } | { readonly ok: false; readonly problem: PrefixProblem };

const DOTTED_QUAD_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const PREFIX_LENGTH = /^(3[0-2]|[12]?[0-9])$/;

/** Number of addresses in a prefix of this length. */
export function prefixSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

/**
 * Parsed addresses by text. The same address is parsed several times per tenant (resolution,
 * construct checks, compliance rules, documents) and `ip-address` builds two objects per parse; the
 * result is a number, so remembering it is safe. Bounded: cleared when it grows past the limit.
 */
const PARSED = new BoundedMemo<string, number | undefined>(10_000);

function parseUncached(text: string): number | undefined {
  return DOTTED_QUAD_SHAPE.test(text) && Address4.isValid(text) ? Number(new Address4(text).bigInt()) : undefined;
}

/** Parses a dotted-quad address; undefined when it is not a valid IPv4 address. */
export function parseIpv4Address(text: unknown): number | undefined {
  return typeof text === 'string' ? PARSED.get(text, parseUncached) : undefined;
}

/** Formats an unsigned 32-bit number as a dotted quad. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
}

/**
 * Parses `a.b.c.d/len` in canonical form: the address must be the network address of the prefix,
 * so that a typo such as 10.0.1.0/22 is reported instead of silently widened.
 */
export function parseCidr(text: unknown): CidrParse {
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'not-string' } };
  const slash = text.indexOf('/');
  if (slash < 0 || !DOTTED_QUAD_SHAPE.test(text.slice(0, slash)) || !/^\d{1,2}$/.test(text.slice(slash + 1))) {
    return { ok: false, problem: { kind: 'format' } };
  }
  const address = parseIpv4Address(text.slice(0, slash));
  if (address === undefined) return { ok: false, problem: { kind: 'octet' } };
  const lengthText = text.slice(slash + 1);
  if (!PREFIX_LENGTH.test(lengthText)) return { ok: false, problem: { kind: 'prefix-length' } };
  const prefixLength = Number(lengthText);
  const network = address - (address % prefixSize(prefixLength));
  if (network !== address) return { ok: false, problem: { kind: 'host-bits', network, prefixLength } };
  return { ok: true, cidr: { network, prefixLength } };
}

/** Exclusive end: the first address after the network. */
export function cidrEnd(c: Ipv4Cidr): number {
  return c.network + prefixSize(c.prefixLength);
}

/** The last (broadcast) address of the network. */
export function cidrLast(c: Ipv4Cidr): number {
  return cidrEnd(c) - 1;
}

/** True when the two networks share at least one address. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.network < cidrEnd(b) && b.network < cidrEnd(a);
}

/** True when `inner` lies completely inside `outer`. */
export function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return inner.network >= outer.network && cidrEnd(inner) <= cidrEnd(outer);
}

/** True when `address` is a usable host address of `cidr` (inside, not network, not broadcast). */
export function isHostAddress(cidr: Ipv4Cidr, address: number): boolean {
  return address > cidr.network && address < cidrLast(cidr);
}

/** `a.b.c.d/len`. */
export function formatCidr(c: Ipv4Cidr): string {
  return `${formatIpv4(c.network)}/${c.prefixLength}`;
}
