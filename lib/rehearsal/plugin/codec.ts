/**
 * The value codec of the plugin protocol: cty's msgpack and JSON encodings of a `DynamicValue`
 * <-> the plain `Value`s of provider-api.ts, directed by a `CtyType`.
 *
 * Wire rules, from hashicorp/terraform's docs/plugin-protocol/object-wire-format.md (v1.11.4) and
 * zclconf/go-cty v1.16.0 (the version terraform v1.11.4 pins in go.mod), cty/msgpack/:
 * - marshal.go:59-70: an unknown is written by marshalUnknownValue, null is msgpack nil;
 * - unknown.go:26: a wholly unknown value is the fixext1 of extension type 0 (`d4 00 00`);
 *   unknown.go:32: a refined unknown is extension type 12 (`unknownWithRefinementsExt = 0x0c`)
 *   whose payload is a map of refinements; unmarshal.go:30-34 treats every extension as unknown,
 *   so do we (refinements are dropped: the engine sees `UNKNOWN`);
 * - marshal.go:81-101: a number is an int when it is an exact int64, else a float64 (infinities
 *   too), else its decimal string; unmarshal.go:65-121 accepts all three;
 * - marshal.go:111-166: lists, sets and tuples are arrays, maps are maps; marshal.go:167-195:
 *   objects are maps of every attribute, names sorted; unmarshal.go:264-305 rejects a different
 *   number of attributes and unknown names (we fill missing ones with null when decoding, to be
 *   lenient with what we receive, and always write all of them);
 * - marshal.go:53-57 and dynamic.go: a value in a `dynamic` slot whose own type is known travels
 *   as a two-element array `[type JSON as bytes, value]`; unmarshal.go:307-335 reads nil there as null.
 * JSON form (go-cty cty/json/marshal.go, unmarshal.go): the natural JSON value, a `dynamic` slot as
 * `{"value": ..., "type": ...}` (marshal.go:181-193); no unknowns.
 */
import { decode, encode, ExtData } from '@msgpack/msgpack';
import { DynamicValue, UNKNOWN, isUnknown, type PathStep, type Value } from '../provider-api';
import { friendlyTypeName, parseTypeJson, typeToJson, type CtyType } from './cty-type';

/** A value that does not fit its type; `path` names where. */
export class CodecError extends Error {
  constructor(
    readonly path: readonly PathStep[],
    readonly reason: string,
  ) {
    super(`${formatPath(path)}: ${reason}`);
    this.name = 'CodecError';
  }
}

/** `.a[0]["k"]`-style rendering of a path, or `(root)` for an empty one. */
export function formatPath(path: readonly PathStep[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((s) => (typeof s === 'string' ? `.${s}` : typeof s === 'number' ? `[${s}]` : `[${JSON.stringify(s.key)}]`))
    .join('');
}

/** msgpack extension type of a wholly unknown value (go-cty cty/msgpack/unknown.go). */
export const UNKNOWN_EXT_TYPE = 0;
/** msgpack extension type of a refined unknown value (go-cty cty/msgpack/unknown.go, 0x0c). */
export const REFINED_UNKNOWN_EXT_TYPE = 12;

type Wire = null | boolean | number | string | Uint8Array | ExtData | Wire[] | { [k: string]: Wire };

const UNKNOWN_WIRE = new ExtData(UNKNOWN_EXT_TYPE, new Uint8Array([0]));

function isPlainObject(v: unknown): v is { readonly [k: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof DynamicValue) && !isUnknown(v);
}

/**
 * The type cty would infer for a plain value in a `dynamic` slot (as go-cty v1.16.0 cty/json/type_implied.go infers a type from JSON:
 * arrays are tuples, objects are objects). Null and unknown stay `dynamic`.
 */
export function impliedType(value: Value): CtyType {
  if (value === null || isUnknown(value)) return 'dynamic';
  if (value instanceof DynamicValue) return parseTypeJson(value.type);
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return { kind: 'tuple', elements: (value as readonly Value[]).map(impliedType) };
  const attributes: Record<string, CtyType> = {};
  for (const k of Object.keys(value).sort()) attributes[k] = impliedType((value as Record<string, Value>)[k]);
  return { kind: 'object', attributes };
}

// ---------------------------------------------------------------------------------------------
// msgpack

/** Encodes `value` as cty msgpack of `type`. Throws `CodecError` when the value does not fit. */
export function encodeMsgpack(value: Value, type: CtyType): Buffer {
  const wire = toWire(value, type, []);
  const bytes = encode(wire, { ignoreUndefined: false, forceFloat32: false, sortKeys: false });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes cty msgpack of `type`. Throws `CodecError` when the bytes do not fit the type. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  let wire: unknown;
  try {
    wire = decode(bytes);
  } catch (e) {
    throw new CodecError([], `invalid msgpack: ${(e as Error).message}`);
  }
  return fromWire(wire, type, []);
}

function toWire(value: Value, type: CtyType, path: PathStep[]): Wire {
  if (type === 'dynamic') {
    if (value === null) return null;
    if (isUnknown(value)) return UNKNOWN_WIRE;
    const dv = value instanceof DynamicValue ? value : new DynamicValue(typeToJson(impliedType(value)), value);
    const concrete = parseTypeJson(dv.type);
    return [new TextEncoder().encode(JSON.stringify(typeToJson(concrete))), toWire(dv.value, concrete, path)];
  }
  if (value === null) return null;
  if (isUnknown(value)) return UNKNOWN_WIRE;
  if (value instanceof DynamicValue) throw new CodecError(path, `a dynamic value is only allowed where the schema type is dynamic, not ${friendlyTypeName(type)}`);
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof value !== 'string') throw new CodecError(path, `string required, got ${describe(value)}`);
        return value;
      case 'number':
        if (typeof value !== 'number' || Number.isNaN(value)) throw new CodecError(path, `number required, got ${describe(value)}`);
        return value;
      case 'bool':
        if (typeof value !== 'boolean') throw new CodecError(path, `bool required, got ${describe(value)}`);
        return value;
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw new CodecError(path, `${type.kind} required, got ${describe(value)}`);
      return (value as readonly Value[]).map((v, i) => toWire(v, type.element, [...path, i]));
    }
    case 'tuple': {
      if (!Array.isArray(value)) throw new CodecError(path, `tuple required, got ${describe(value)}`);
      const arr = value as readonly Value[];
      if (arr.length !== type.elements.length) throw new CodecError(path, `tuple of ${type.elements.length} elements required, got ${arr.length}`);
      return arr.map((v, i) => toWire(v, type.elements[i], [...path, i]));
    }
    case 'map': {
      if (!isPlainObject(value)) throw new CodecError(path, `map required, got ${describe(value)}`);
      const out: { [k: string]: Wire } = {};
      for (const k of Object.keys(value).sort()) out[k] = toWire(value[k], type.element, [...path, { key: k }]);
      return out;
    }
    case 'object': {
      if (!isPlainObject(value)) throw new CodecError(path, `object required, got ${describe(value)}`);
      for (const k of Object.keys(value)) {
        if (!(k in type.attributes)) throw new CodecError([...path, k], 'unsupported attribute');
      }
      const out: { [k: string]: Wire } = {};
      for (const k of Object.keys(type.attributes).sort()) {
        const v = value[k];
        out[k] = toWire(v === undefined ? null : v, type.attributes[k], [...path, k]);
      }
      return out;
    }
  }
}

function fromWire(wire: unknown, type: CtyType, path: PathStep[]): Value {
  if (wire instanceof ExtData) return UNKNOWN;
  if (type === 'dynamic') {
    if (wire === null) return null;
    if (!Array.isArray(wire) || wire.length !== 2) throw new CodecError(path, 'dynamic value array must have exactly two elements');
    const [typeBytes, inner] = wire as [unknown, unknown];
    let typeJson: unknown;
    try {
      typeJson = JSON.parse(typeof typeBytes === 'string' ? typeBytes : new TextDecoder().decode(typeBytes as Uint8Array));
    } catch (e) {
      throw new CodecError(path, `dynamic value carries an unreadable type: ${(e as Error).message}`);
    }
    const concrete = parseTypeJson(typeJson);
    return new DynamicValue(typeToJson(concrete), fromWire(inner, concrete, path));
  }
  if (wire === null || wire === undefined) return null;
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof wire !== 'string') throw new CodecError(path, `string required, got ${describeWire(wire)}`);
        return wire;
      case 'number':
        if (typeof wire === 'number') return wire;
        if (typeof wire === 'bigint') return Number(wire);
        if (typeof wire === 'string' && wire.trim() !== '' && !Number.isNaN(Number(wire))) return Number(wire);
        throw new CodecError(path, `number required, got ${describeWire(wire)}`);
      case 'bool':
        if (typeof wire !== 'boolean') throw new CodecError(path, `bool required, got ${describeWire(wire)}`);
        return wire;
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(wire)) throw new CodecError(path, `${type.kind} required, got ${describeWire(wire)}`);
      return wire.map((w, i) => fromWire(w, type.element, [...path, i]));
    case 'tuple':
      if (!Array.isArray(wire) || wire.length !== type.elements.length) {
        throw new CodecError(path, `tuple of ${type.elements.length} elements required, got ${describeWire(wire)}`);
      }
      return wire.map((w, i) => fromWire(w, type.elements[i], [...path, i]));
    case 'map': {
      if (!isWireMap(wire)) throw new CodecError(path, `map required, got ${describeWire(wire)}`);
      const out: Record<string, Value> = {};
      for (const k of Object.keys(wire).sort()) out[k] = fromWire(wire[k], type.element, [...path, { key: k }]);
      return out;
    }
    case 'object': {
      if (!isWireMap(wire)) throw new CodecError(path, `object required, got ${describeWire(wire)}`);
      for (const k of Object.keys(wire)) {
        if (!(k in type.attributes)) throw new CodecError([...path, k], 'unsupported attribute');
      }
      const out: Record<string, Value> = {};
      for (const k of Object.keys(type.attributes).sort()) out[k] = k in wire ? fromWire(wire[k], type.attributes[k], [...path, k]) : null;
      return out;
    }
  }
}

function isWireMap(w: unknown): w is Record<string, unknown> {
  return typeof w === 'object' && w !== null && !Array.isArray(w) && !(w instanceof Uint8Array) && !(w instanceof ExtData);
}

function describe(v: Value): string {
  if (Array.isArray(v)) return 'an array';
  if (v instanceof DynamicValue) return 'a dynamic value';
  if (typeof v === 'object' && v !== null) return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function describeWire(w: unknown): string {
  if (Array.isArray(w)) return 'an array';
  if (w instanceof Uint8Array) return 'bytes';
  if (typeof w === 'object' && w !== null) return 'a map';
  return `${typeof w} ${JSON.stringify(w)}`;
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Decodes cty's JSON form (already parsed) of `type`. JSON has no unknowns. */
export function decodeJsonValue(json: unknown, type: CtyType, path: PathStep[] = []): Value {
  if (type === 'dynamic') {
    if (json === null || json === undefined) return null;
    if (!isJsonObject(json) || !('type' in json) || !('value' in json)) {
      throw new CodecError(path, 'dynamic value in JSON must be an object with "value" and "type"');
    }
    const concrete = parseTypeJson(json.type);
    return new DynamicValue(typeToJson(concrete), decodeJsonValue(json.value, concrete, path));
  }
  if (json === null || json === undefined) return null;
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        // go-cty v1.16.0 cty/json/unmarshal.go:83-95 turns JSON numbers and bools into strings.
        if (typeof json === 'string') return json;
        if (typeof json === 'number' || typeof json === 'boolean') return String(json);
        throw new CodecError(path, `string required, got ${describeWire(json)}`);
      case 'number':
        // unmarshal.go:69-82: a JSON number or a string holding one.
        if (typeof json === 'number') return json;
        if (typeof json === 'string' && json.trim() !== '' && !Number.isNaN(Number(json))) return Number(json);
        throw new CodecError(path, `number required, got ${describeWire(json)}`);
      case 'bool':
        // unmarshal.go:56-68: a JSON bool, or a string that cty converts ("true"/"false").
        if (typeof json === 'boolean') return json;
        if (json === 'true' || json === 'false') return json === 'true';
        throw new CodecError(path, `bool required, got ${describeWire(json)}`);
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(json)) throw new CodecError(path, `${type.kind} required, got ${describeWire(json)}`);
      return json.map((j, i) => decodeJsonValue(j, type.element, [...path, i]));
    case 'tuple':
      if (!Array.isArray(json) || json.length !== type.elements.length) {
        throw new CodecError(path, `tuple of ${type.elements.length} elements required, got ${describeWire(json)}`);
      }
      return json.map((j, i) => decodeJsonValue(j, type.elements[i], [...path, i]));
    case 'map': {
      if (!isJsonObject(json)) throw new CodecError(path, `map required, got ${describeWire(json)}`);
      const out: Record<string, Value> = {};
      for (const k of Object.keys(json).sort()) out[k] = decodeJsonValue(json[k], type.element, [...path, { key: k }]);
      return out;
    }
    case 'object': {
      if (!isJsonObject(json)) throw new CodecError(path, `object required, got ${describeWire(json)}`);
      for (const k of Object.keys(json)) {
        if (!(k in type.attributes)) throw new CodecError([...path, k], 'unsupported attribute');
      }
      const out: Record<string, Value> = {};
      for (const k of Object.keys(type.attributes).sort()) out[k] = decodeJsonValue(json[k], type.attributes[k], [...path, k]);
      return out;
    }
  }
}

/** Encodes a known value in cty's JSON form of `type` (parsed JSON; `JSON.stringify` it for bytes). */
export function encodeJsonValue(value: Value, type: CtyType, path: PathStep[] = []): unknown {
  if (isUnknown(value)) throw new CodecError(path, 'unknown values cannot be encoded as JSON');
  if (type === 'dynamic') {
    if (value === null) return null;
    const dv = value instanceof DynamicValue ? value : new DynamicValue(typeToJson(impliedType(value)), value);
    const concrete = parseTypeJson(dv.type);
    return { value: encodeJsonValue(dv.value, concrete, path), type: typeToJson(concrete) };
  }
  if (value === null) return null;
  // The msgpack walker checks the same shapes; reuse it for the type check, then build JSON.
  const wire = toWire(value, type, path);
  return wireToJson(wire, type);
}

function wireToJson(wire: Wire, type: CtyType): unknown {
  if (wire === null) return null;
  if (type === 'dynamic') {
    const [typeBytes, inner] = wire as [Uint8Array, Wire];
    const t = JSON.parse(new TextDecoder().decode(typeBytes));
    return { value: wireToJson(inner, parseTypeJson(t)), type: t };
  }
  if (typeof type === 'string') return wire;
  switch (type.kind) {
    case 'list':
    case 'set':
      return (wire as Wire[]).map((w) => wireToJson(w, type.element));
    case 'tuple':
      return (wire as Wire[]).map((w, i) => wireToJson(w, type.elements[i]));
    case 'map': {
      const m = wire as { [k: string]: Wire };
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(m)) out[k] = wireToJson(m[k], type.element);
      return out;
    }
    case 'object': {
      const m = wire as { [k: string]: Wire };
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(m)) out[k] = wireToJson(m[k], type.attributes[k]);
      return out;
    }
  }
}

function isJsonObject(j: unknown): j is Record<string, unknown> {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}

// ---------------------------------------------------------------------------------------------
// The protocol's DynamicValue message

/** The `tfplugin6.DynamicValue` message as the gRPC layer hands it over. */
export interface WireDynamicValue {
  readonly msgpack?: Uint8Array | null;
  readonly json?: Uint8Array | null;
}

/**
 * Decodes a `DynamicValue` message: msgpack when present, else JSON (terraform's plugin6 client
 * sends msgpack; JSON is allowed by the protocol). An absent or empty message is null.
 */
export function decodeDynamicValue(dv: WireDynamicValue | null | undefined, type: CtyType): Value {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv.json && dv.json.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(dv.json).toString('utf8'));
    } catch (e) {
      throw new CodecError([], `invalid JSON: ${(e as Error).message}`);
    }
    return decodeJsonValue(parsed, type);
  }
  return null;
}

/** Encodes a value as a `DynamicValue` message in msgpack. */
export function encodeDynamicValue(value: Value, type: CtyType): { msgpack: Buffer } {
  return { msgpack: encodeMsgpack(value, type) };
}
