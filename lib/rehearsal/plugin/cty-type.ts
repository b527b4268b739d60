/**
 * cty types for the plugin protocol: the type tree that directs the value codec, built from the
 * JSON form of cty types (`"string"`, `["list","number"]`, `["object",{...}]`) and from the JSON
 * schema of a resource (blocks, nested blocks with their nesting modes, nested attribute types).
 *
 * Owns only type structure; it knows nothing about gRPC, msgpack or any particular provider.
 */
import type { AttributeJson, BlockJson, SchemaJson } from '../provider-api';

/** A cty type. Primitive types are strings; the others carry their element or attribute types. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: CtyType }
  | { readonly kind: 'tuple'; readonly elements: readonly CtyType[] }
  | { readonly kind: 'object'; readonly attributes: Readonly<Record<string, CtyType>>; readonly optional?: readonly string[] };

/** Thrown when a JSON type expression or a schema cannot be read as a cty type. */
export class CtyTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CtyTypeError';
  }
}

/** A list, set or map type of `element`. */
export function collectionType(kind: 'list' | 'set' | 'map', element: CtyType): CtyType {
  return { kind, element };
}

/** An object type; attribute order does not matter (cty sorts attribute names on the wire). */
export function objectType(attributes: Record<string, CtyType>): CtyType {
  return { kind: 'object', attributes };
}

/**
 * Reads the JSON form of a cty type, as `terraform providers schema -json` and the `type` bytes of
 * the protocol write it (go-cty v1.16.0 cty/json.go:16-150, Type.MarshalJSON/UnmarshalJSON: primitive names as strings, collections
 * as `[kind, element]`, `["object", {attr: type}, [optional names]?]`, `["tuple", [types]]`).
 */
export function parseTypeJson(json: unknown): CtyType {
  if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic') return json;
  if (Array.isArray(json) && json.length >= 2 && typeof json[0] === 'string') {
    const [kind, arg] = json as [string, unknown, unknown?];
    switch (kind) {
      case 'list':
      case 'set':
      case 'map':
        return { kind, element: parseTypeJson(arg) };
      case 'tuple':
        if (!Array.isArray(arg)) throw new CtyTypeError(`tuple type needs an array of element types, got ${JSON.stringify(arg)}`);
        return { kind: 'tuple', elements: arg.map(parseTypeJson) };
      case 'object': {
        if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) {
          throw new CtyTypeError(`object type needs an object of attribute types, got ${JSON.stringify(arg)}`);
        }
        const attributes: Record<string, CtyType> = {};
        for (const name of Object.keys(arg).sort()) attributes[name] = parseTypeJson((arg as Record<string, unknown>)[name]);
        const opt = json[2];
        if (opt !== undefined) {
          if (!Array.isArray(opt) || !opt.every((o) => typeof o === 'string')) {
            throw new CtyTypeError(`optional attributes of an object type must be a list of names, got ${JSON.stringify(opt)}`);
          }
          return { kind: 'object', attributes, optional: [...(opt as string[])].sort() };
        }
        return { kind: 'object', attributes };
      }
      default:
        break;
    }
  }
  throw new CtyTypeError(`not a cty type: ${JSON.stringify(json)}`);
}

/**
 * The JSON form of a cty type (the inverse of `parseTypeJson`), with object attributes in sorted
 * order so that the bytes are stable (go-cty marshals Go maps in key order as well).
 */
export function typeToJson(type: CtyType): unknown {
  if (typeof type === 'string') return type;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return [type.kind, typeToJson(type.element)];
    case 'tuple':
      return ['tuple', type.elements.map(typeToJson)];
    case 'object': {
      const attrs: Record<string, unknown> = {};
      for (const name of Object.keys(type.attributes).sort()) attrs[name] = typeToJson(type.attributes[name]);
      return type.optional && type.optional.length > 0 ? ['object', attrs, [...type.optional]] : ['object', attrs];
    }
  }
}

/** True when `type` is or contains `dynamic` (go-cty `Type.HasDynamicTypes`). */
export function hasDynamicTypes(type: CtyType): boolean {
  if (type === 'dynamic') return true;
  if (typeof type === 'string') return false;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return hasDynamicTypes(type.element);
    case 'tuple':
      return type.elements.some(hasDynamicTypes);
    case 'object':
      return Object.values(type.attributes).some(hasDynamicTypes);
  }
}

/** A readable name for messages: `list of string`, `object`, ... */
export function friendlyTypeName(type: CtyType): string {
  if (typeof type === 'string') return type;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind} of ${friendlyTypeName(type.element)}`;
    case 'tuple':
      return 'tuple';
    case 'object':
      return 'object';
  }
}

/**
 * The type of an attribute: its `type`, or the type implied by its `nested_type` (terraform
 * v1.11.4 internal/configs/configschema/implied_type.go:92-145: an object of the nested attributes,
 * wrapped in list/set/map by the nesting mode; the optional-attribute markers are dropped, as
 * `ImpliedType` does with `WithoutOptionalAttributesDeep`).
 */
export function attributeType(attr: AttributeJson, where = 'attribute'): CtyType {
  if (attr.nested_type) {
    const attributes: Record<string, CtyType> = {};
    const nested = attr.nested_type.attributes ?? {};
    for (const name of Object.keys(nested).sort()) attributes[name] = attributeType(nested[name], `${where}.${name}`);
    const obj: CtyType = { kind: 'object', attributes };
    switch (attr.nested_type.nesting_mode) {
      case 'single':
        return obj;
      case 'list':
      case 'set':
      case 'map':
        return { kind: attr.nested_type.nesting_mode, element: obj };
      default:
        throw new CtyTypeError(`${where}: unknown nesting mode ${JSON.stringify(attr.nested_type.nesting_mode)}`);
    }
  }
  if (attr.type === undefined) throw new CtyTypeError(`${where}: attribute has neither type nor nested_type`);
  return parseTypeJson(attr.type);
}

/**
 * The object type implied by a block: its attributes and nested block types. Nesting modes follow
 * terraform v1.11.4 internal/configs/configschema/decoder_spec.go:107-175 and hcl's hcldec specs:
 * single and group are an object, set a set of objects; list and map are a list or map of objects,
 * but become `dynamic` (hcldec BlockTupleSpec / BlockObjectSpec) when the nested block contains a
 * dynamically typed attribute.
 */
export function blockType(block: BlockJson, where = 'block'): CtyType {
  const attributes: Record<string, CtyType> = {};
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  const names = [...Object.keys(attrs), ...Object.keys(blocks)].sort();
  for (const name of names) {
    if (name in attrs) {
      attributes[name] = attributeType(attrs[name], `${where}.${name}`);
      continue;
    }
    const nb = blocks[name];
    const inner = blockType(nb.block, `${where}.${name}`);
    switch (nb.nesting_mode) {
      case 'single':
      case 'group':
        attributes[name] = inner;
        break;
      case 'set':
        attributes[name] = { kind: 'set', element: inner };
        break;
      case 'list':
      case 'map':
        attributes[name] = hasDynamicTypes(inner) ? 'dynamic' : { kind: nb.nesting_mode, element: inner };
        break;
      default:
        throw new CtyTypeError(`${where}.${name}: unknown nesting mode ${JSON.stringify(nb.nesting_mode)}`);
    }
  }
  return { kind: 'object', attributes };
}

/** The object type of a resource, data source, ephemeral resource or provider schema. */
export function schemaType(schema: SchemaJson, where = 'schema'): CtyType {
  return blockType(schema.block, where);
}
