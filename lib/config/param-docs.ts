/**
 * Generates the parameter tables of docs/parameters.md from the JSON Schemas (which read the
 * catalogue and defaults constants), so bounds and defaults appear in the docs exactly as enforced.
 * `writeParameterDocs()` rewrites the generated blocks between the markers; a test fails when the
 * committed file differs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FLOW_CATALOGUE, FLOW_IDS } from '../model/flows';
import { fleetSchema, JsonSchema, kommuneSchema, packageRoot } from './json-schema';

export const PARAMETER_DOCS_FILE = 'docs/parameters.md';

function esc(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(v: unknown): string {
  return `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return 'string';
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') return 'map';
  return Array.isArray(s.type) ? s.type.join(' \\| ') : s.type ?? 'any';
}

function bounds(s: JsonSchema): string {
  const parts: string[] = [];
  if (s.enum) parts.push(s.enum.map((v) => code(v)).join(', '));
  if (s.minimum !== undefined && s.maximum !== undefined) parts.push(`${s.minimum}..${s.maximum}`);
  else if (s.minimum !== undefined) parts.push(`>= ${s.minimum}`);
  else if (s.maximum !== undefined) parts.push(`<= ${s.maximum}`);
  if (s.patternErrorMessage) parts.push(s.patternErrorMessage);
  if (s.minLength !== undefined && s.minLength > 1) parts.push(`at least ${s.minLength} characters`);
  if (s.minItems !== undefined) parts.push(`at least ${s.minItems} entr${s.minItems === 1 ? 'y' : 'ies'}`);
  if (s.minProperties !== undefined) parts.push(`at least ${s.minProperties} entr${s.minProperties === 1 ? 'y' : 'ies'}`);
  if (s.type === 'object' && s.propertyNames?.patternErrorMessage) parts.push(`keys: ${s.propertyNames.patternErrorMessage}`);
  return parts.join('; ');
}

interface Row {
  readonly name: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
}

function rows(schema: JsonSchema, prefix: string, out: Row[], skip: (name: string) => boolean): Row[] {
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (skip(name)) continue;
    out.push({ name, required: required.has(key), schema: child });
    if (child.properties) rows(child, name, out, skip);
    else if (child.type === 'object' && child.additionalProperties && typeof child.additionalProperties === 'object' && child.additionalProperties.properties) {
      rows(child.additionalProperties, `${name}.<id>`, out, skip);
    }
  }
  return out;
}

/** Markdown table of a schema's fields: name, type, required, default, bounds, description. */
export function parameterTable(schema: JsonSchema, skip: (name: string) => boolean = () => false): string {
  const lines = ['| field | type | required | default | allowed | description |', '|---|---|---|---|---|---|'];
  for (const r of rows(schema, '', [], skip)) {
    const s = r.schema;
    lines.push(
      `| \`${r.name}\` | ${esc(typeOf(s))} | ${r.required ? 'yes' : ''} | ${s.default !== undefined ? esc(code(s.default)) : ''} | ${esc(bounds(s))} | ${esc(s.description ?? '')} |`,
    );
  }
  return lines.join('\n');
}

/** Markdown table of the vetted flow catalogue. */
export function flowCatalogueTable(): string {
  const lines = ['| flow ID | from | to | protocol | ports | description |', '|---|---|---|---|---|---|'];
  for (const id of FLOW_IDS) {
    const f = FLOW_CATALOGUE[id];
    lines.push(`| \`${id}\` | ${f.from} | ${f.to} | ${f.protocol} | ${f.ports ?? ''} | ${esc(f.description)} |`);
  }
  return lines.join('\n');
}

/** The generated blocks of docs/parameters.md, by marker name. */
export function generatedBlocks(): Record<string, string> {
  return {
    // flows.<id> rows repeat the flow catalogue table; list them once there.
    kommune: parameterTable(kommuneSchema(), (n) => n.startsWith('flows.') && !n.startsWith('flows.<')),
    fleet: parameterTable(fleetSchema()),
    flows: flowCatalogueTable(),
  };
}

const BEGIN = (name: string) => `<!-- BEGIN GENERATED ${name}: do not edit, run writeParameterDocs() -->`;
const END = (name: string) => `<!-- END GENERATED ${name} -->`;

/** Replaces every generated block of `text`; throws when a marker is missing. */
export function renderParameterDocs(text: string): string {
  let out = text;
  for (const [name, body] of Object.entries(generatedBlocks())) {
    const begin = BEGIN(name);
    const end = END(name);
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`${PARAMETER_DOCS_FILE}: markers for the generated block "${name}" are missing:\n${begin}\n${end}`);
    out = `${out.slice(0, i + begin.length)}\n${body}\n${out.slice(j)}`;
  }
  return out;
}

/** Markers to paste into docs/parameters.md for a block. */
export function blockMarkers(name: string): string {
  return `${BEGIN(name)}\n${END(name)}`;
}

/** Regenerates the tables in docs/parameters.md below `root` (the package root). */
export function writeParameterDocs(root: string = packageRoot()): string {
  const file = path.join(root, PARAMETER_DOCS_FILE);
  fs.writeFileSync(file, renderParameterDocs(fs.readFileSync(file, 'utf8')));
  return file;
}
