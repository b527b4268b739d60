/**
 * Schema-typed value helpers of the shadow-provider engine: the cty type a schema block implies,
 * typed equality (sets compare as sets), conversion between the JSON form of terraform state
 * (`terraform.tfstate` `attributes`, as cty's JSON encoding writes it) and the engine's `Value`s,
 * and the null object of a block.
 *
 * Follows zclconf/go-cty: `cty/json` (dynamic values are `{"value": ..., "type": ...}`) and
 * hashicorp/terraform v1.11.4 `internal/configs/configschema/implied_type.go` (blocks nested as
 * list/set/map of objects, single blocks as objects; nested attribute types likewise).
 */
import { createHash } from 'crypto';
import { AttributeJson, BlockJson, DynamicValue, isUnknown, NestedBlockJson, Value } from '../provider-api';

/** A cty type in the JSON form of the schema files. */
export type CtyType = unknown;

type NestedType = NonNullable<AttributeJson['nested_type']>;

/** The cty object type of a nested attribute type (`nested_type`). */
export function nestedObjectType(nt: NestedType): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [n, a] of Object.entries(nt.attributes)) attrs[n] = attributeType(a);
  return ['object', attrs];
}

/** The cty type of an attribute (its `type`, or the type its `nested_type` implies). */
export function attributeType(a: AttributeJson): CtyType {
  if (a.nested_type) {
    const obj = nestedObjectType(a.nested_type);
    switch (a.nested_type.nesting_mode) {
      case 'single': return obj;
      case 'list': return ['list', obj];
      case 'set': return ['set', obj];
      case 'map': return ['map', obj];
    }
  }
  return a.type ?? 'dynamic';
}

/** The cty type of one nested block as a value of its parent. */
export function nestedBlockType(nb: NestedBlockJson): CtyType {
  const obj = blockType(nb.block);
  switch (nb.nesting_mode) {
    case 'list': return ['list', obj];
    case 'set': return ['set', obj];
    case 'map': return ['map', obj];
    default: return obj;
  }
}

/** The cty object type a block implies. */
export function blockType(b: BlockJson): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [n, a] of Object.entries(b.attributes ?? {})) attrs[n] = attributeType(a);
  for (const [n, nb] of Object.entries(b.block_types ?? {})) attrs[n] = nestedBlockType(nb);
  return ['object', attrs];
}

function kindOf(ty: CtyType): string {
  return Array.isArray(ty) ? String(ty[0]) : String(ty);
}

function objectAttrs(ty: CtyType): Record<string, CtyType> {
  return (ty as [string, Record<string, CtyType>])[1];
}

function elemType(ty: CtyType): CtyType {
  return (ty as [string, CtyType])[1];
}

/** A stable text form of a value (object keys sorted), for set comparison and hashing. */
export function canonical(v: unknown): string {
  if (isUnknown(v)) return '<unknown>';
  if (v instanceof DynamicValue) return `dyn(${canonical(v.type)},${canonical(v.value)})`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

/** Typed equality: sets compare regardless of element order; UNKNOWN equals only UNKNOWN. */
export function equalValues(ty: CtyType, a: Value | undefined, b: Value | undefined): boolean {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (isUnknown(x) || isUnknown(y)) return x === y;
  if (x === null || y === null) return x === y;
  switch (kindOf(ty)) {
    case 'list':
    case 'tuple': {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      const et = kindOf(ty) === 'tuple' ? null : elemType(ty);
      return x.every((e, i) => equalValues(et ?? (elemType(ty) as CtyType[])[i], e, y[i]));
    }
    case 'set': {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      const xs = x.map(canonical).sort();
      const ys = y.map(canonical).sort();
      return xs.every((s, i) => s === ys[i]);
    }
    case 'map': {
      const xo = x as Record<string, Value>;
      const yo = y as Record<string, Value>;
      const keys = Object.keys(xo);
      if (keys.length !== Object.keys(yo).length) return false;
      return keys.every((k) => k in yo && equalValues(elemType(ty), xo[k], yo[k]));
    }
    case 'object': {
      const attrs = objectAttrs(ty);
      const xo = x as Record<string, Value>;
      const yo = y as Record<string, Value>;
      return Object.keys(attrs).every((k) => equalValues(attrs[k], xo[k], yo[k]));
    }
    default:
      return canonical(x) === canonical(y);
  }
}

/** True when the value holds an UNKNOWN anywhere. */
export function containsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (v instanceof DynamicValue) return containsUnknown(v.value);
  if (v === null || typeof v !== 'object') return false;
  return Object.values(v as Record<string, unknown>).some(containsUnknown);
}

/**
 * Converts a JSON value of terraform state to a `Value` of type `ty`: object attributes missing
 * from the JSON become null, attributes the type does not have are dropped (as the SDKs do when
 * they decode old state: terraform-plugin-sdk v2.40.1 `helper/schema/grpc_provider.go:656`
 * `removeAttributes`; terraform-plugin-framework v1.19.0 unmarshals with
 * `IgnoreUndefinedAttributes`), numbers given as strings are parsed, dynamic values are
 * `{"value", "type"}`.
 */
export function fromJson(ty: CtyType, json: unknown): Value {
  if (json === null || json === undefined) return null;
  switch (kindOf(ty)) {
    case 'string':
      return typeof json === 'string' ? json : typeof json === 'number' || typeof json === 'boolean' ? String(json) : JSON.stringify(json);
    case 'number':
      return typeof json === 'number' ? json : Number(json);
    case 'bool':
      return typeof json === 'boolean' ? json : json === 'true' || json === 1;
    case 'list':
    case 'set':
      return Array.isArray(json) ? json.map((e) => fromJson(elemType(ty), e)) : null;
    case 'tuple':
      return Array.isArray(json) ? json.map((e, i) => fromJson((elemType(ty) as CtyType[])[i], e)) : null;
    case 'map': {
      if (typeof json !== 'object') return null;
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) out[k] = fromJson(elemType(ty), v);
      return out;
    }
    case 'object': {
      if (typeof json !== 'object') return null;
      const src = json as Record<string, unknown>;
      const out: Record<string, Value> = {};
      for (const [k, t] of Object.entries(objectAttrs(ty))) out[k] = fromJson(t, src[k]);
      return out;
    }
    case 'dynamic': {
      const d = json as { value?: unknown; type?: unknown };
      if (typeof json === 'object' && 'type' in d && 'value' in d) return new DynamicValue(d.type, fromJson(d.type, d.value));
      return new DynamicValue('string', typeof json === 'string' ? json : JSON.stringify(json));
    }
    default:
      return json as Value;
  }
}

/** The JSON form of a value (the inverse of `fromJson`); UNKNOWN is not allowed. */
export function toJson(v: Value): unknown {
  if (isUnknown(v)) throw new Error('an unknown value has no JSON form');
  if (v instanceof DynamicValue) return { value: toJson(v.value), type: v.type };
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJson);
  const out: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(v as Record<string, Value>)) out[k] = toJson(e);
  return out;
}

/**
 * The object of a block with every attribute null and every nested list/set block empty (how
 * SDKv2 normalizes state: terraform v1.11.4 `internal/plans/objchange/normalize_obj.go`
 * `NormalizeObjectFromLegacySDK`, called by terraform-plugin-sdk v2.40.1 grpc_provider.go:543).
 */
export function nullObject(b: BlockJson): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const n of Object.keys(b.attributes ?? {})) out[n] = null;
  for (const [n, nb] of Object.entries(b.block_types ?? {})) {
    out[n] = nb.nesting_mode === 'list' || nb.nesting_mode === 'set' ? [] : nb.nesting_mode === 'map' ? {} : null;
  }
  return out;
}

/** A short deterministic hex digest of its parts (SHA-256; no randomness involved). */
export function digest(...parts: readonly unknown[]): string {
  return createHash('sha256').update(parts.map((p) => (typeof p === 'string' ? p : canonical(p))).join('\u0000')).digest('hex');
}

/** Reads `obj[step]...` for attribute-name steps; undefined when a step is missing or not an object. */
export function getIn(v: Value, steps: readonly (string | number)[]): Value | undefined {
  let cur: Value | undefined = v;
  for (const s of steps) {
    if (cur === null || cur === undefined || isUnknown(cur) || typeof cur !== 'object' || cur instanceof DynamicValue) return undefined;
    cur = (cur as Record<string | number, Value>)[s as never];
  }
  return cur;
}

