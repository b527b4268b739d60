import { show } from '../../lib/core/display';

describe('show (the one value display)', () => {
  it('quotes strings and writes other values as JSON', () => {
    expect(show('a"b')).toBe('"a\\"b"');
    expect(show(42)).toBe('42');
    expect(show({ a: [1, null] })).toBe('{"a":[1,null]}');
    expect(show(undefined)).toBe('undefined');
  });

  it('falls back to String() where JSON has no text', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('[object Object]');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
    expect(show(10n)).toBe('10');
  });

  it('shortens to maxLength and names a missing value as asked', () => {
    const long = 'x'.repeat(100);
    expect(show(long, { maxLength: 60 })).toBe(`"${'x'.repeat(56)}...`);
    expect(show(long, { maxLength: 60 })).toHaveLength(60);
    expect(show('short', { maxLength: 60 })).toBe('"short"');
    expect(show(undefined, { undefinedAs: 'nothing' })).toBe('nothing');
  });
});
