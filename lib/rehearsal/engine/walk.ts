/**
 * The engine's one traversal: it visits every attribute of an object of a schema block — through
 * nested blocks and nested attributes, element by element — together with the matching config and
 * prior values, and rebuilds the object from what the visitor returns. Planning, apply, validation
 * and the fill of computed values all use it.
 *
 * Elements are matched the way terraform core's `ProposedNew` does (hashicorp/terraform v1.11.4
 * `internal/plans/objchange/objchange.go:31` and following): list elements by index, map elements
 * by key, set elements by their configurable (non-computed) content, since a set has no index.
 */
import { AttributeJson, BlockJson, isUnknown, PathStep, Value } from '../provider-api';
import { AttributeBehaviour } from './behaviour';
import { canonical } from './values';

/** One attribute occurrence seen by a visitor. */
export interface AttrSite {
  /** Dotted path through blocks and nested attributes, without indexes (the behaviour-file key). */
  readonly schemaPath: string;
  /** Path of the value, with list indexes and map keys; inside a set it is the set's path (set elements have no index). */
  readonly path: readonly PathStep[];
  /** Like `path`, but with the position of set elements too (SDKv2 validates sets like lists). */
  readonly flatPath: readonly PathStep[];
  readonly name: string;
  readonly attr: AttributeJson;
  readonly behaviour: AttributeBehaviour | undefined;
  /** The value being rebuilt (proposed or planned value). */
  readonly value: Value;
  /** The config value; `undefined` when no config element corresponds (e.g. no config given). */
  readonly config: Value | undefined;
  /** The prior value; `undefined` when there is no prior object. */
  readonly prior: Value | undefined;
  /** The object holding the attribute (config side), for relations between siblings. */
  readonly configParent: Readonly<Record<string, Value>> | undefined;
  readonly insideSet: boolean;
}

export type Visitor = (site: AttrSite) => Value;

interface Ctx {
  readonly behaviours: Readonly<Record<string, AttributeBehaviour>>;
  readonly visit: Visitor;
}

type Obj = Readonly<Record<string, Value>>;

function asObj(v: Value | undefined): Obj | undefined {
  return v !== null && v !== undefined && !isUnknown(v) && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

function asArr(v: Value | undefined): readonly Value[] | undefined {
  return Array.isArray(v) ? (v as readonly Value[]) : undefined;
}

/** The key by which set elements are matched: their non-computed attributes and nested blocks. */
function setElementKey(block: BlockJson, el: Value | undefined): string {
  const o = asObj(el);
  if (!o) return canonical(el ?? null);
  const parts: Record<string, unknown> = {};
  for (const [n, a] of Object.entries(block.attributes ?? {})) if (!a.computed) parts[n] = o[n];
  for (const n of Object.keys(block.block_types ?? {})) parts[n] = o[n];
  return canonical(parts);
}

function matchSet(block: BlockJson, el: Value, candidates: readonly Value[] | undefined): Value | undefined {
  if (!candidates) return undefined;
  const k = setElementKey(block, el);
  return candidates.find((c) => setElementKey(block, c) === k);
}

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

function mapCollection(
  mode: string,
  block: BlockJson,
  value: Value,
  config: Value | undefined,
  prior: Value | undefined,
  ctx: Ctx,
  schemaPath: string,
  path: readonly PathStep[],
  insideSet: boolean,
  flatPath: readonly PathStep[],
): Value {
  if (value === null || isUnknown(value)) return value;
  switch (mode) {
    case 'list': {
      const arr = asArr(value) ?? [];
      const c = asArr(config);
      const p = asArr(prior);
      return arr.map((el, i) => mapObject(block, el, c ? c[i] : config === undefined ? undefined : null, p ? p[i] : prior === undefined ? undefined : null, ctx, schemaPath, [...path, i], insideSet, [...flatPath, i]));
    }
    case 'set': {
      const arr = asArr(value) ?? [];
      const c = asArr(config);
      const p = asArr(prior);
      return arr.map((el, i) => mapObject(block, el, config === undefined ? undefined : matchSet(block, el, c) ?? null, prior === undefined ? undefined : matchSet(block, el, p) ?? null, ctx, schemaPath, path, true, [...flatPath, i]));
    }
    case 'map': {
      const o = asObj(value) ?? {};
      const c = asObj(config);
      const p = asObj(prior);
      const out: Record<string, Value> = {};
      for (const [k, el] of Object.entries(o)) {
        out[k] = mapObject(block, el, c ? c[k] ?? null : config === undefined ? undefined : null, p ? p[k] ?? null : prior === undefined ? undefined : null, ctx, schemaPath, [...path, { key: k }], insideSet, [...flatPath, { key: k }]);
      }
      return out;
    }
    default:
      return mapObject(block, value, config, prior, ctx, schemaPath, path, insideSet, flatPath);
  }
}

/** Visits the attributes of one object of `block` and returns the rebuilt object. */
export function mapObject(
  block: BlockJson,
  value: Value,
  config: Value | undefined,
  prior: Value | undefined,
  ctx: Ctx,
  schemaPath = '',
  path: readonly PathStep[] = [],
  insideSet = false,
  flatPath: readonly PathStep[] = path,
): Value {
  const obj = asObj(value);
  if (!obj) return value;
  const cfg = asObj(config);
  const pri = asObj(prior);
  const out: Record<string, Value> = { ...obj };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const sp = join(schemaPath, name);
    const site: AttrSite = {
      schemaPath: sp,
      path: insideSet ? path : [...path, name],
      flatPath: [...flatPath, name],
      name,
      attr,
      behaviour: ctx.behaviours[sp],
      value: obj[name] ?? null,
      config: cfg ? cfg[name] ?? null : config === undefined ? undefined : null,
      prior: pri ? pri[name] ?? null : prior === undefined ? undefined : null,
      configParent: cfg,
      insideSet,
    };
    let v = ctx.visit(site);
    if (attr.nested_type) {
      const nb: BlockJson = { attributes: attr.nested_type.attributes };
      v = mapCollection(attr.nested_type.nesting_mode, nb, v, site.config, site.prior, ctx, sp, site.path, insideSet, site.flatPath);
    }
    out[name] = v;
  }
  for (const [name, nb] of Object.entries(block.block_types ?? {})) {
    const sp = join(schemaPath, name);
    out[name] = mapCollection(
      nb.nesting_mode,
      nb.block,
      obj[name] ?? null,
      cfg ? cfg[name] ?? null : config === undefined ? undefined : null,
      pri ? pri[name] ?? null : prior === undefined ? undefined : null,
      ctx,
      sp,
      insideSet ? path : [...path, name],
      insideSet,
      [...flatPath, name],
    );
  }
  return out;
}

/** Runs `visit` over every attribute of a top-level object and returns the rebuilt object. */
export function mapAttributes(
  block: BlockJson,
  behaviours: Readonly<Record<string, AttributeBehaviour>>,
  value: Value,
  config: Value | undefined,
  prior: Value | undefined,
  visit: Visitor,
): Value {
  return mapObject(block, value, config, prior, { behaviours, visit });
}

/** Visits every attribute for its side effects only (the values stay as they are). */
export function forEachAttribute(
  block: BlockJson,
  behaviours: Readonly<Record<string, AttributeBehaviour>>,
  value: Value,
  visit: (site: AttrSite) => void,
): void {
  mapObject(block, value, value, undefined, {
    behaviours,
    visit: (s) => {
      visit(s);
      return s.value;
    },
  });
}

/** Finds the schema of the attribute at a dotted path (through blocks and nested attributes). */
export function attributeAt(block: BlockJson, schemaPath: string): AttributeJson | undefined {
  const steps = schemaPath.split('.');
  let b: BlockJson | undefined = block;
  for (let i = 0; i < steps.length; i++) {
    if (!b) return undefined;
    const a: AttributeJson | undefined = b.attributes?.[steps[i]];
    if (i === steps.length - 1) return a;
    if (a?.nested_type) b = { attributes: a.nested_type.attributes };
    else b = b.block_types?.[steps[i]]?.block;
  }
  return undefined;
}
