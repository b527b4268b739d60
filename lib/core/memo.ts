/**
 * Remembered results of a pure function, bounded: the table is emptied when it reaches `limit`
 * entries, so a long-lived synthesis worker keeps flat memory even when some keys never repeat
 * (tenant names in construct paths, per-tenant addresses). Undefined results are remembered too.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The remembered value for `key`, or `compute(key)` (remembered). */
  get(key: K, compute: (key: K) => V): V {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = compute(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  /** Entries remembered now (for tests). */
  get size(): number {
    return this.values.size;
  }
}
