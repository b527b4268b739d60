import fc from 'fast-check';
import { cdktfStableJson } from '../../lib/synth/internal/cdktf-internals';
import { stableStringify } from '../../lib/synth/internal/stable-json';

describe('stableStringify', () => {
  it('writes exactly what cdktf writes, on random JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (doc) => {
        expect(stableStringify(doc)).toBe(cdktfStableJson(doc));
      }),
      { numRuns: 600 },
    );
  });

  it('writes exactly what cdktf writes, on documents with undefined, functions, dates, unicode keys and empty containers', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.date({ noInvalidDate: true }),
      fc.double(),
      fc.string({ unit: 'binary' }),
      fc.constant([]),
      fc.constant({}),
    );
    const doc = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, value, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 4 }), tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(doc, (d) => {
        expect(stableStringify(d)).toBe(cdktfStableJson(d));
      }),
      { numRuns: 600 },
    );
  });

  it('keeps the library quirk of two-line empty containers', () => {
    expect(stableStringify({ a: [], b: {} })).toBe('{\n  "a": [\n  ],\n  "b": {\n  }\n}');
  });

  it('fails when the document is circular, like cdktf', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => stableStringify(a)).toThrow(/circular/);
    expect(() => cdktfStableJson(a)).toThrow(/circular/);
  });
});
