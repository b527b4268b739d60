/**
 * Conversions between the provider-api.ts shapes and tfplugin6 messages: the JSON schema format
 * (`terraform providers schema -json`) to `tfplugin6.Schema`, and `Diagnostic`s with attribute
 * paths to `tfplugin6.Diagnostic`. Key order is deterministic: attributes and nested block types
 * sorted by name, so two conversions of one schema give identical messages.
 */
import type { AttributeJson, BlockJson, Diagnostic, NestedBlockJson, PathStep, SchemaJson } from '../provider-api';
import { parseTypeJson, typeToJson } from './cty-type';

/** `tfplugin6.StringKind`. */
const PLAIN = 0;
const MARKDOWN = 1;

/** `tfplugin6.Schema.NestedBlock.NestingMode` numbers (tfplugin6.proto). */
const BLOCK_NESTING: Readonly<Record<NestedBlockJson['nesting_mode'], number>> = { single: 1, list: 2, set: 3, map: 4, group: 5 };
/** `tfplugin6.Schema.Object.NestingMode` numbers (tfplugin6.proto). */
const OBJECT_NESTING: Readonly<Record<string, number>> = { single: 1, list: 2, set: 3, map: 4 };

/** `tfplugin6.Diagnostic.Severity` numbers. */
const SEVERITY: Readonly<Record<Diagnostic['severity'], number>> = { error: 1, warning: 2 };

/** The proto object shapes produced here (field names as in tfplugin6.proto, keepCase). */
export interface ProtoAttribute {
  name: string;
  type: Buffer;
  nested_type: ProtoObject | null;
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  description_kind: number;
  deprecated: boolean;
  write_only: boolean;
}
export interface ProtoObject {
  attributes: ProtoAttribute[];
  nesting: number;
}
export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: number;
  deprecated: boolean;
}
export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: number;
  min_items: number;
  max_items: number;
}
export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}
export interface ProtoAttributePath {
  steps: ({ attribute_name: string } | { element_key_string: string } | { element_key_int: number })[];
}
export interface ProtoDiagnostic {
  severity: number;
  summary: string;
  detail: string;
  attribute?: ProtoAttributePath;
}

function descriptionKind(x: { readonly description_kind?: unknown }): number {
  return x.description_kind === 'markdown' ? MARKDOWN : PLAIN;
}

function convertAttribute(name: string, attr: AttributeJson): ProtoAttribute {
  let nested: ProtoObject | null = null;
  let type = Buffer.alloc(0);
  if (attr.nested_type) {
    const mode = OBJECT_NESTING[attr.nested_type.nesting_mode];
    if (mode === undefined) throw new Error(`attribute ${name}: unknown nesting mode ${JSON.stringify(attr.nested_type.nesting_mode)}`);
    const attrs = attr.nested_type.attributes ?? {};
    nested = { attributes: Object.keys(attrs).sort().map((n) => convertAttribute(n, attrs[n])), nesting: mode };
  } else {
    type = Buffer.from(JSON.stringify(typeToJson(parseTypeJson(attr.type))));
  }
  return {
    name,
    type,
    nested_type: nested,
    description: attr.description ?? '',
    required: attr.required === true,
    optional: attr.optional === true,
    computed: attr.computed === true,
    sensitive: attr.sensitive === true,
    description_kind: descriptionKind(attr as { description_kind?: unknown }),
    deprecated: attr.deprecated === true,
    write_only: attr.write_only === true,
  };
}

function convertBlock(block: BlockJson, version: number): ProtoBlock {
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  return {
    version,
    attributes: Object.keys(attrs).sort().map((n) => convertAttribute(n, attrs[n])),
    block_types: Object.keys(blocks)
      .sort()
      .map((n) => {
        const nb = blocks[n];
        const mode = BLOCK_NESTING[nb.nesting_mode];
        if (mode === undefined) throw new Error(`block ${n}: unknown nesting mode ${JSON.stringify(nb.nesting_mode)}`);
        return { type_name: n, block: convertBlock(nb.block, 0), nesting: mode, min_items: nb.min_items ?? 0, max_items: nb.max_items ?? 0 };
      }),
    description: block.description ?? '',
    description_kind: descriptionKind(block as { description_kind?: unknown }),
    deprecated: block.deprecated === true,
  };
}

/** Converts one schema of the JSON format to a `tfplugin6.Schema` message object. */
export function toProtoSchema(schema: SchemaJson): ProtoSchema {
  const version = schema.version ?? 0;
  return { version, block: convertBlock(schema.block, version) };
}

/** Converts a map of schemas, keys in sorted order. */
export function toProtoSchemaMap(schemas: Readonly<Record<string, SchemaJson>> | undefined): Record<string, ProtoSchema> {
  const out: Record<string, ProtoSchema> = {};
  for (const name of Object.keys(schemas ?? {}).sort()) out[name] = toProtoSchema((schemas as Record<string, SchemaJson>)[name]);
  return out;
}

/**
 * An attribute path as `tfplugin6.AttributePath`: names are `attribute_name`, numbers
 * `element_key_int` (list/tuple index), `{key}` `element_key_string` (map key).
 */
export function toProtoPath(path: readonly PathStep[]): ProtoAttributePath {
  return {
    steps: path.map((s) =>
      typeof s === 'string' ? { attribute_name: s } : typeof s === 'number' ? { element_key_int: s } : { element_key_string: s.key },
    ),
  };
}

/** The inverse of `toProtoPath` (for tests and for paths terraform sends). */
export function fromProtoPath(path: { steps?: readonly Record<string, unknown>[] } | null | undefined): PathStep[] {
  return (path?.steps ?? []).map((s) => {
    if (typeof s.attribute_name === 'string') return s.attribute_name;
    if (typeof s.element_key_string === 'string') return { key: s.element_key_string };
    return Number(s.element_key_int);
  });
}

/** Converts diagnostics, keeping their order; a diagnostic without a path has no `attribute`. */
export function toProtoDiagnostics(diags: readonly Diagnostic[]): ProtoDiagnostic[] {
  return diags.map((d) => {
    const out: ProtoDiagnostic = { severity: SEVERITY[d.severity] ?? 1, summary: d.summary, detail: d.detail ?? '' };
    if (d.path && d.path.length > 0) out.attribute = toProtoPath(d.path);
    return out;
  });
}
