/**
 * Sets of ports as sorted, merged, disjoint ranges: the reachability analysis computes with whole
 * ranges (a rule opening 6800:7300 is one interval, never 501 ports).
 */

/** An inclusive port range. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

/** Sorted, merged, disjoint ranges; the empty array is the empty set. */
export type PortSet = readonly PortRange[];

/** Every TCP/UDP destination port. */
export const ALL_PORTS: PortSet = Object.freeze([Object.freeze({ from: 1, to: 65535 })]);
/** The one pseudo-port of ICMP (ICMP has no ports; rules never filter it by dport). */
export const ICMP_PORTS: PortSet = Object.freeze([Object.freeze({ from: 0, to: 0 })]);
/** The empty set. */
export const NO_PORTS: PortSet = Object.freeze([]);

/** Normalizes ranges into a PortSet (sorted, overlapping and adjacent ranges merged). */
export function portSet(ranges: readonly PortRange[]): PortSet {
  const sorted = ranges.filter((r) => r.from <= r.to).map((r) => ({ from: r.from, to: r.to })).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push(r);
  }
  return out;
}

/**
 * Parses a Proxmox port list: comma-separated ports and `a:b` ranges (pve-firewall
 * src/PVE/Firewall.pm parse_port_name_number_or_range; service names are not resolved and make the
 * result undefined). Undefined for anything else.
 */
export function parsePortList(text: string): PortSet | undefined {
  const out: PortRange[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,5})(?:\s*:\s*(\d{1,5}))?\s*$/.exec(part);
    if (m === null) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 0 || to > 65535 || from > to) return undefined;
    out.push({ from, to });
  }
  return portSet(out);
}

/** a ∪ b */
export function union(a: PortSet, b: PortSet): PortSet {
  return portSet([...a, ...b]);
}

/** a ∩ b */
export function intersect(a: PortSet, b: PortSet): PortSet {
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as PortRange;
    const y = b[j] as PortRange;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i += 1;
    else j += 1;
  }
  return out;
}

/** a \ b */
export function subtract(a: PortSet, b: PortSet): PortSet {
  const out: PortRange[] = [];
  for (const r of a) {
    let pieces: PortRange[] = [r];
    for (const s of b) {
      const next: PortRange[] = [];
      for (const p of pieces) {
        if (s.to < p.from || s.from > p.to) next.push(p);
        else {
          if (s.from > p.from) next.push({ from: p.from, to: s.from - 1 });
          if (s.to < p.to) next.push({ from: s.to + 1, to: p.to });
        }
      }
      pieces = next;
    }
    out.push(...pieces);
  }
  return portSet(out);
}

/** True for the empty set. */
export function isEmpty(a: PortSet): boolean {
  return a.length === 0;
}

/** True when every port of `a` is in `b`. */
export function isSubset(a: PortSet, b: PortSet): boolean {
  return isEmpty(subtract(a, b));
}

/** "22", "80,443", "6800:7300"; "any" for every port; "none" for the empty set. */
export function formatPorts(a: PortSet): string {
  if (a.length === 0) return 'none';
  if (a.length === 1 && (a[0] as PortRange).from <= 1 && (a[0] as PortRange).to === 65535) return 'any';
  return a.map((r) => (r.from === r.to ? String(r.from) : `${r.from}:${r.to}`)).join(',');
}
