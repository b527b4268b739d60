/**
 * Tests of the cty value codec (msgpack and JSON) and of the type tree built from schema JSON.
 */
import { encode, ExtData } from '@msgpack/msgpack';
import { DynamicValue, UNKNOWN, type Value } from '../../../lib/rehearsal/provider-api';
import { blockType, parseTypeJson, typeToJson, type CtyType } from '../../../lib/rehearsal/plugin/cty-type';
import {
  CodecError,
  decodeDynamicValue,
  decodeJsonValue,
  decodeMsgpack,
  encodeJsonValue,
  encodeMsgpack,
} from '../../../lib/rehearsal/plugin/codec';
import { TEST_RESOURCE_SCHEMA } from './fixtures/test-provider';

function roundTrip(value: Value, type: CtyType): Value {
  return decodeMsgpack(encodeMsgpack(value, type), type);
}

describe('msgpack codec', () => {
  it('round-trips primitives, null and unknown', () => {
    for (const [v, t] of [
      ['hello', 'string'],
      ['', 'string'],
      [42, 'number'],
      [-7, 'number'],
      [1.5, 'number'],
      [2 ** 60, 'number'],
      [Infinity, 'number'],
      [true, 'bool'],
      [false, 'bool'],
      [null, 'string'],
      [UNKNOWN, 'number'],
    ] as [Value, CtyType][]) {
      expect(roundTrip(v, t)).toBe(v);
    }
  });

  it('writes unknown as extension 0 and integers compactly, floats as float64 (go-cty marshal.go)', () => {
    expect([...encodeMsgpack(UNKNOWN, 'string')]).toEqual([0xd4, 0x00, 0x00]);
    expect([...encodeMsgpack(5, 'number')]).toEqual([0x05]);
    expect(encodeMsgpack(1.5, 'number')[0]).toBe(0xcb);
    expect([...encodeMsgpack(null, 'bool')]).toEqual([0xc0]);
  });

  it('decodes a refined unknown (extension 12) as UNKNOWN', () => {
    // A refined unknown string: not null, prefix "ab" ({1: false, 2: "ab"}) as go-cty writes it.
    const payload = encode(new Map<number, unknown>([[1, false], [2, 'ab']]));
    const bytes = encode(new ExtData(12, payload));
    expect(decodeMsgpack(bytes, 'string')).toBe(UNKNOWN);
    expect(decodeMsgpack(bytes, { kind: 'list', element: 'string' })).toBe(UNKNOWN);
  });

  it('decodes numbers written as decimal strings (too large or too precise for int64/float64)', () => {
    expect(decodeMsgpack(encode('12345678901234567890123'), 'number')).toBeCloseTo(1.2345678901234568e22);
  });

  it('round-trips lists, sets, maps, tuples and objects, sorting object and map keys on the wire', () => {
    const t = parseTypeJson([
      'object',
      { s: ['set', 'string'], l: ['list', 'number'], m: ['map', 'bool'], t: ['tuple', ['string', 'number']] },
    ]);
    const v = { s: ['b', 'a'], l: [1, 2, 3], m: { z: true, a: false }, t: ['x', 1] };
    expect(roundTrip(v, t)).toEqual(v);
    const bytes = encodeMsgpack(v, t);
    // fixmap of 4, first key "l" (sorted), not "s" (insertion order).
    expect(bytes[0]).toBe(0x84);
    expect(bytes.subarray(1, 3).toString('latin1')).toBe('\xa1l');
  });

  it('fills missing object attributes with null on encode and decode', () => {
    const t = parseTypeJson(['object', { a: 'string', b: 'number' }]);
    expect(roundTrip({ a: 'x' }, t)).toEqual({ a: 'x', b: null });
    expect(decodeMsgpack(encode({ b: 1 }), t)).toEqual({ a: null, b: 1 });
  });

  it('round-trips dynamic values with their own type, and infers the type of plain values', () => {
    const t: CtyType = 'dynamic';
    const dv = new DynamicValue(['list', 'string'], ['a', 'b']);
    const back = roundTrip(dv, t) as DynamicValue;
    expect(back).toBeInstanceOf(DynamicValue);
    expect(back.type).toEqual(['list', 'string']);
    expect(back.value).toEqual(['a', 'b']);
    // A plain object in a dynamic slot travels as an object type (keys sorted).
    const inferred = roundTrip({ n: 1, s: 'x' }, t) as DynamicValue;
    expect(inferred.type).toEqual(['object', { n: 'number', s: 'string' }]);
    expect(roundTrip(null, t)).toBeNull();
    expect(roundTrip(UNKNOWN, t)).toBe(UNKNOWN);
    // The wire form is [type JSON as bin, value].
    const bytes = encodeMsgpack(new DynamicValue('string', 'x'), t);
    expect([...bytes.subarray(0, 3)]).toEqual([0x92, 0xc4, 8]);
    expect(bytes.subarray(3, 11).toString()).toBe('"string"');
  });

  it('round-trips nested blocks in every nesting mode and null objects', () => {
    const t = blockType(TEST_RESOURCE_SCHEMA.block);
    const value = {
      id: UNKNOWN,
      name: 'web',
      size: 2,
      tags: ['a'],
      labels: { env: 'prod' },
      extra: new DynamicValue('number', 3),
      endpoints: [{ host: 'h', port: 80 }],
      settings: null,
      disk: [{ size: 8, slot: 'scsi0' }],
      network: [{ bridge: 'vmbr0' }],
      volume: { data: { path: '/d' } },
      options: { boot: true },
      group: { note: null },
    };
    const back = roundTrip(value, t) as Record<string, Value>;
    expect(back).toEqual({ ...value, extra: expect.any(DynamicValue) });
    expect((back.extra as DynamicValue).value).toBe(3);
    expect(roundTrip(null, t)).toBeNull();
  });

  it('fails when a value does not fit its type, naming the path', () => {
    const t = blockType(TEST_RESOURCE_SCHEMA.block);
    expect(() => encodeMsgpack({ name: 3 }, t)).toThrow(CodecError);
    expect(() => encodeMsgpack({ name: 3 }, t)).toThrow('.name: string required, got number 3');
    expect(() => encodeMsgpack({ disk: [{ size: 'big' }] }, t)).toThrow('.disk[0].size: number required');
    expect(() => encodeMsgpack({ labels: { a: 1 } }, t)).toThrow('.labels["a"]: string required');
    expect(() => encodeMsgpack({ nope: 1 }, t)).toThrow('.nope: unsupported attribute');
    expect(() => decodeMsgpack(encode({ name: true }), t)).toThrow('.name: string required, got boolean true');
    expect(() => encodeMsgpack(new DynamicValue('string', 'x'), 'string')).toThrow('only allowed where the schema type is dynamic');
  });
});

describe('JSON codec', () => {
  it('decodes the JSON form with dynamic values as {value, type} and lenient primitives', () => {
    const t = parseTypeJson(['object', { d: 'dynamic', n: 'number', s: 'string', b: 'bool' }]);
    const v = decodeJsonValue({ d: { value: ['a'], type: ['list', 'string'] }, n: '12', s: 5, b: 'true' }, t) as Record<string, Value>;
    expect(v.n).toBe(12);
    expect(v.s).toBe('5');
    expect(v.b).toBe(true);
    expect(v.d).toEqual(new DynamicValue(['list', 'string'], ['a']));
  });

  it('round-trips through JSON and agrees with msgpack', () => {
    const t = blockType(TEST_RESOURCE_SCHEMA.block);
    const value = { id: 'vm-1', name: 'web', extra: new DynamicValue(['map', 'string'], { a: 'b' }), disk: [{ size: 8, slot: 'scsi0' }] };
    const json = encodeJsonValue(value, t);
    const back = decodeJsonValue(JSON.parse(JSON.stringify(json)), t);
    expect(back).toEqual(roundTrip(value, t));
    expect(decodeDynamicValue({ json: Buffer.from(JSON.stringify(json)) }, t)).toEqual(back);
  });

  it('fails when JSON does not fit, and refuses unknowns', () => {
    const t = parseTypeJson(['object', { n: 'number' }]);
    expect(() => decodeJsonValue({ n: 'x' }, t)).toThrow('.n: number required');
    expect(() => decodeJsonValue({ n: 1, m: 2 }, t)).toThrow('.m: unsupported attribute');
    expect(() => encodeJsonValue(UNKNOWN, t)).toThrow('unknown values cannot be encoded as JSON');
  });
});

describe('type tree', () => {
  it('builds the object type of a block with every nesting mode', () => {
    const t = typeToJson(blockType(TEST_RESOURCE_SCHEMA.block)) as [string, Record<string, unknown>];
    expect(t[0]).toBe('object');
    expect(t[1].disk).toEqual(['list', ['object', { size: 'number', slot: 'string' }]]);
    expect(t[1].network).toEqual(['set', ['object', { bridge: 'string' }]]);
    expect(t[1].volume).toEqual(['map', ['object', { path: 'string' }]]);
    expect(t[1].options).toEqual(['object', { boot: 'bool' }]);
    expect(t[1].group).toEqual(['object', { note: 'string' }]);
    expect(t[1].endpoints).toEqual(['list', ['object', { host: 'string', port: 'number' }]]);
    expect(t[1].settings).toEqual(['object', { mode: 'string' }]);
    expect(Object.keys(t[1])).toEqual([...Object.keys(t[1])].sort());
  });

  it('makes a list block with a dynamic attribute dynamic (hcldec BlockTupleSpec)', () => {
    const t = blockType({ block_types: { b: { nesting_mode: 'list', block: { attributes: { d: { type: 'dynamic', optional: true } } } } } });
    expect(typeToJson(t)).toEqual(['object', { b: 'dynamic' }]);
  });

  it('fails on an unknown type expression', () => {
    expect(() => parseTypeJson(['list'])).toThrow('not a cty type');
    expect(() => parseTypeJson('int')).toThrow('not a cty type');
  });
});
