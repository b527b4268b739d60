/**
 * Free address ranges of the supernets (in supernet order, each in address order), with first-fit
 * allocation of aligned blocks. Amortised O(n) per block size over a whole run: for each size a hint
 * remembers the first range that may still hold a block of that size (ranges only shrink).
 */
import { cidrEnd, Ipv4Cidr } from '../../core/ipv4';

export class FreeList {
  /** [start, end) pairs. */
  private readonly ranges: Array<[number, number]>;
  private readonly hints = new Map<number, number>();

  private constructor(ranges: Array<[number, number]>) {
    this.ranges = ranges;
  }

  /** Supernets minus the used blocks (which may lie anywhere, also outside the supernets). */
  static fromSupernets(supernets: readonly Ipv4Cidr[], used: readonly Ipv4Cidr[]): FreeList {
    const usedSorted = used.map((c) => [c.network, cidrEnd(c)] as [number, number]).sort((a, b) => a[0] - b[0]);
    const ranges: Array<[number, number]> = [];
    for (const net of supernets) {
      let cursor = net.network;
      const end = cidrEnd(net);
      for (const [s, e] of usedSorted) {
        if (e <= cursor) continue;
        if (s >= end) break;
        if (s > cursor) ranges.push([cursor, s]);
        cursor = Math.max(cursor, e);
        if (cursor >= end) break;
      }
      if (cursor < end) ranges.push([cursor, end]);
    }
    return new FreeList(ranges);
  }

  /** Takes the first free block of `size` addresses aligned to `size`; undefined when none is left. */
  take(size: number): number | undefined {
    for (let i = this.hints.get(size) ?? 0; i < this.ranges.length; i++) {
      const [s, e] = this.ranges[i];
      const a = Math.ceil(s / size) * size;
      if (a + size > e) continue;
      const pieces: Array<[number, number]> = [];
      if (a > s) pieces.push([s, a]);
      if (a + size < e) pieces.push([a + size, e]);
      this.ranges.splice(i, 1, ...pieces);
      const shift = pieces.length - 1;
      for (const [k, h] of this.hints) if (h > i) this.hints.set(k, h + shift);
      this.hints.set(size, i);
      return a;
    }
    this.hints.set(size, this.ranges.length);
    return undefined;
  }
}
