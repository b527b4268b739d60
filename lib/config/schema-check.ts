/**
 * Structural validation with ajv against the generated JSON Schemas, with every ajv error mapped to
 * a positioned Problem and a message from lib/config/messages.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from '../core/did-you-mean';
import { fleetSchema, JsonSchema, kommuneSchema } from './json-schema';
import { MSG } from './messages';
import { formatPath, Problem } from './problems';
import type { PathSegment, SourceFile } from './source';

export type SchemaKind = 'kommune' | 'fleet';

/** The ajv options of both schemas (shared with scripts/gen-validators.js, which precompiles them). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, useDefaults: false } as const;

/** Registers the schemas' extra keywords on an ajv instance. */
export function configureAjv(ajv: Ajv): Ajv {
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv;
}

/** File name of the validators that `npm run build` precompiles next to this module (dist only). */
export const PRECOMPILED_VALIDATORS = 'validators.generated.js';

let compiled: Record<SchemaKind, ValidateFunction> | undefined;

/**
 * The two validators: precompiled by the build (ajv standalone code, same options, same errors;
 * saves ~0.1 s per CLI run), else compiled now (running from source, as the tests do).
 */
function validators(): Record<SchemaKind, ValidateFunction> {
  if (!compiled) {
    const file = path.join(__dirname, PRECOMPILED_VALIDATORS);
    if (fs.existsSync(file)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require(file) as Record<SchemaKind, ValidateFunction>;
      compiled = { kommune: m.kommune, fleet: m.fleet };
    } else {
      // ajv itself (~20 ms to load) only when the validators are not precompiled.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
      const ajv = configureAjv(new AjvClass(AJV_OPTIONS));
      compiled = {
        kommune: ajv.compile(kommuneSchema() as object),
        fleet: ajv.compile(fleetSchema() as object),
      };
    }
  }
  return compiled;
}

/** Validates `src.data` against the schema and returns one problem per violation. */
export function schemaProblems(src: SourceFile, kind: SchemaKind): Problem[] {
  const validate = validators()[kind];
  if (validate(src.data)) return [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const p = mapError(src, e);
    if (!p) continue;
    const id = `${p.line}:${p.column}:${p.path}:${p.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(p);
    }
  }
  return out;
}

function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function expectedType(t: unknown): string {
  const one = (x: string) =>
    ({ string: 'a text', integer: 'a whole number', number: 'a number', boolean: 'true or false', object: 'a mapping of fields', array: 'a list', null: 'empty' })[x] ?? x;
  return Array.isArray(t) ? t.map((x) => one(String(x))).join(' or ') : one(String(t));
}

function mapError(src: SourceFile, e: ErrorObject): Problem | undefined {
  const base = pointerToPath(e.instancePath, src.data);
  const parent = e.parentSchema as JsonSchema | undefined;
  const value = e.data;
  // propertyNames violations: ajv reports the inner keyword with `propertyName` set, then a wrapper.
  if (e.keyword === 'propertyNames') return undefined;
  if (e.propertyName !== undefined) {
    const hint = parent?.patternErrorMessage ?? `a name matching ${String((e.params as { pattern?: string }).pattern ?? '')}`;
    return src.problem([...base, e.propertyName], MSG.patternMismatch(e.propertyName, hint), 'key');
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = didYouMean(key, allowed);
      const parentName = base[base.length - 1];
      let message: string;
      if (base.length === 1 && parentName === 'flows') message = MSG.unknownFlow(key, suggestion);
      else if (base.length === 1 && parentName === 'segments') message = MSG.unknownSegment(key, allowed, suggestion);
      else message = MSG.unknownKey(key, allowed, suggestion);
      return src.problem([...base, key], message, 'key');
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const p = src.problem(base, MSG.missingField(missing), 'key');
      return { ...p, path: formatPath([...base, missing]) };
    }
    case 'type': {
      const expected = expectedType((e.params as { type: unknown }).type);
      const raw = src.rawScalar(base);
      if (typeof value === 'number' && raw !== undefined && /^[0-9]+$/.test(raw) && expected === 'a text') {
        return src.problem(base, MSG.unquotedDigits(raw));
      }
      return src.problem(base, MSG.wrongType(value, expected));
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
      return src.problem(base, MSG.notOneOf(value, allowed, suggestion));
    }
    case 'maximum':
      return src.problem(base, MSG.aboveMaximum(value, Number((e.params as { limit: number }).limit)));
    case 'minimum':
      return src.problem(base, MSG.belowMinimum(value, Number((e.params as { limit: number }).limit)));
    case 'minLength':
      return src.problem(base, MSG.tooShort(value, Number((e.params as { limit: number }).limit)));
    case 'maxLength':
      return src.problem(base, MSG.tooLong(value, Number((e.params as { limit: number }).limit)));
    case 'minItems':
      return src.problem(base, MSG.tooFewItems(Number((e.params as { limit: number }).limit)));
    case 'maxItems':
      return src.problem(base, MSG.tooManyItems(Number((e.params as { limit: number }).limit)));
    case 'minProperties':
      return src.problem(base, MSG.tooFewProperties(Number((e.params as { limit: number }).limit)));
    case 'uniqueItems': {
      const j = Number((e.params as { j: number }).j);
      const arr = Array.isArray(value) ? value : [];
      return src.problem([...base, j], MSG.duplicateItem(arr[j]));
    }
    case 'pattern': {
      const hint = parent?.patternErrorMessage ?? `text matching ${String((e.params as { pattern: string }).pattern)}`;
      return src.problem(base, MSG.patternMismatch(value, hint));
    }
    default:
      return src.problem(base, MSG.schemaOther(e.message ?? e.keyword));
  }
}
