/**
 * Stable JSON exactly as cdktf writes `cdk.tf.json` and `manifest.json` (json-stable-stringify 1.3
 * bundled with cdktf, `{ space: 2 }`), about 5× faster: object keys sorted by UTF-16 code units,
 * `toJSON` honoured, `undefined` and functions dropped from objects and written as `null` in lists,
 * and — a quirk of that library kept on purpose — empty lists and objects written over two lines
 * (`[` newline indent `]`). test/synth/stable-json.test.ts compares it with cdktf's own on random
 * documents.
 */
/** `value` as cdktf's stable JSON with two spaces; undefined when `value` is (like the library). */
export declare function stableStringify(value: unknown): string | undefined;
