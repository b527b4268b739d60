import { BoundedMemo } from '../../lib/core/memo';

describe('BoundedMemo', () => {
  it('computes a key once, undefined results included', () => {
    const memo = new BoundedMemo<string, number | undefined>(10);
    const calls: string[] = [];
    const compute = (k: string) => {
      calls.push(k);
      return k === 'none' ? undefined : k.length;
    };
    expect([memo.get('abc', compute), memo.get('abc', compute), memo.get('none', compute), memo.get('none', compute)]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('empties itself when it reaches the limit, and stays correct', () => {
    const memo = new BoundedMemo<number, number>(3);
    const square = (n: number) => n * n;
    for (let i = 0; i < 3; i++) memo.get(i, square);
    expect(memo.size).toBe(3);
    expect(memo.get(7, square)).toBe(49);
    expect(memo.size).toBe(1); // cleared, then the new entry
    for (let i = 0; i < 20; i++) expect(memo.get(i % 5, square)).toBe((i % 5) ** 2);
    expect(memo.size).toBeLessThanOrEqual(3);
  });
});
