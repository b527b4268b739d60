/**
 * Config validation of the shadow providers: what the provider SDKs check that terraform core does
 * not — required attributes that are a known null, values set on read-only attributes, the
 * validators and attribute relations of the behaviour files — with the diagnostics worded as the
 * SDK that implements the type words them.
 *
 * Sources (wording and order):
 * - SDKv2: hashicorp/terraform-plugin-sdk v2.40.1 `helper/schema/schema.go:1824-2063`
 *   (`schemaMap.validate`: ExactlyOneOf, AtLeastOneOf, Required, read-only, RequiredWith, unknown
 *   values skipped, ConflictsWith, then the ValidateFunc), `schema.go:611` (`validateFunc`: each
 *   error becomes a diagnostic whose summary is the error text), `helper/validation/strings.go`,
 *   `int.go`, `float.go` (texts), `helper/validation/meta.go:96` (`ToDiagFunc` passes the last
 *   attribute name as the key; a plain `ValidateFunc` gets the flatmap key such as `tune.0.token_type`).
 * - Framework: hashicorp/terraform-plugin-framework v1.19.0
 *   `internal/fwserver/attribute_validation.go:127-149` (read-only and required checks);
 *   hashicorp/terraform-plugin-framework-validators v0.19.0 `helpers/validatordiag/diag.go`
 *   (summaries and "Attribute <path> <description>, got: <value>"), `stringvalidator/*.go`,
 *   `int64validator/*.go`, `float64validator/between.go`, `setvalidator/*.go`, `mapvalidator/*.go`,
 *   `internal/schemavalidator/{conflicts_with,also_requires,exactly_one_of,at_least_one_of}.go`.
 *   Every validator skips null and unknown values.
 *
 * Validators whose function the behaviour file could not read (its `unresolved` list) are not run;
 * neither are resource-level `ConfigValidators` or `ValidateConfig` functions. Go regular
 * expressions are run as JavaScript ones (the syntax the providers use is common to both); a pattern
 * JavaScript cannot compile is skipped.
 */
import { BlockJson, Diagnostic, DynamicValue, isUnknown, NestedBlockJson, PathStep, Value } from '../provider-api';
import { AttributeBehaviour, Origin, ValidatorFact } from './behaviour';
import { containsUnknown } from './values';
import { AttrSite, forEachAttribute } from './walk';

/** How an SDKv2 provider passes the key to its validation functions (see module comment). */
export type SdkKeyStyle = 'last-name' | 'flatmap';

export interface ValidationContext {
  readonly origin: Origin;
  readonly sdkKeyStyle: SdkKeyStyle;
}

type Presence = 'set' | 'unset' | 'unknown';

/** The framework's text form of a path (`a.b[0]["k"]`; terraform-plugin-framework v1.19.0 `path/`). */
export function frameworkPathString(path: readonly PathStep[]): string {
  let s = '';
  for (const step of path) {
    if (typeof step === 'string') s += s === '' ? step : `.${step}`;
    else if (typeof step === 'number') s += `[${step}]`;
    else s += `[${JSON.stringify(step.key)}]`;
  }
  return s;
}

/** SDKv2's flatmap key of a path (`a.0.b`, map keys as `.key`). */
export function flatmapKey(path: readonly PathStep[]): string {
  return path.map((s) => (typeof s === 'object' ? s.key : String(s))).join('.');
}

/** Go's `%q` of a string list (`["a" "b"]`); JSON quoting matches Go's for printable text. */
function goQuotedList(values: readonly unknown[]): string {
  return `[${values.map((v) => JSON.stringify(String(v))).join(' ')}]`;
}

/** Go's `%f` (six decimals). */
function goFloat(n: number): string {
  return n.toFixed(6);
}

function compileGoRegex(pattern: string): RegExp | undefined {
  let flags = '';
  let src = pattern;
  if (src.startsWith('(?i)')) {
    flags = 'i';
    src = src.slice(4);
  }
  try {
    return new RegExp(src, flags);
  } catch {
    return undefined;
  }
}

function regexOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { regex?: unknown }).regex === 'string') return (arg as { regex: string }).regex;
  return undefined;
}

/** Variadic Go arguments arrive either spread (`["a","b"]`) or as one slice (`[["a","b"]]`). */
function listArg(args: readonly unknown[] | undefined): readonly unknown[] {
  if (!args) return [];
  if (args.length >= 1 && Array.isArray(args[0])) return args[0] as unknown[];
  return args;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function isValidatorFact(v: unknown): v is ValidatorFact {
  return !!v && typeof v === 'object' && typeof (v as { func?: unknown }).func === 'string';
}

interface Target {
  readonly path: readonly PathStep[];
  readonly key: string;
}

function fwError(t: Target, summary: string, detail: string): Diagnostic {
  return { severity: 'error', summary, detail, path: t.path };
}

/** Runs one framework validator (terraform-plugin-framework-validators v0.19.0) on a known, non-null value. */
function runFrameworkValidator(v: ValidatorFact, value: Value, t: Target): Diagnostic[] {
  const p = frameworkPathString(t.path);
  const fn = v.func.slice(v.func.indexOf('.') + 1);
  const family = v.func.slice(0, v.func.indexOf('.'));
  const args = v.args ?? [];
  const out: Diagnostic[] = [];
  const valueText = typeof value === 'string' ? JSON.stringify(value) : String(value);
  switch (fn) {
    case 'OneOf':
    case 'OneOfCaseInsensitive': {
      const allowed = v.one_of ?? listArg(args);
      const ci = fn === 'OneOfCaseInsensitive' || v.ignore_case === true;
      const ok = allowed.some((a) => (ci && typeof a === 'string' && typeof value === 'string' ? a.toLowerCase() === value.toLowerCase() : a === value));
      if (!ok) {
        const list = family === 'stringvalidator' ? goQuotedList(allowed) : `[${allowed.join(' ')}]`;
        out.push(fwError(t, 'Invalid Attribute Value Match', `Attribute ${p} value must be one of: ${list}, got: ${valueText}`));
      }
      return out;
    }
    case 'NoneOf':
    case 'NoneOfCaseInsensitive': {
      const banned = v.none_of ?? listArg(args);
      if (banned.some((a) => a === value)) {
        const list = family === 'stringvalidator' ? goQuotedList(banned) : `[${banned.join(' ')}]`;
        out.push(fwError(t, 'Invalid Attribute Value Match', `Attribute ${p} value must be none of: ${list}, got: ${valueText}`));
      }
      return out;
    }
    case 'LengthAtMost':
    case 'LengthAtLeast':
    case 'LengthBetween':
    case 'UTF8LengthAtMost':
    case 'UTF8LengthAtLeast':
    case 'UTF8LengthBetween': {
      if (typeof value !== 'string') return out;
      const utf8 = fn.startsWith('UTF8');
      const l = utf8 ? [...value].length : Buffer.byteLength(value, 'utf8');
      const what = utf8 ? 'UTF-8 character count' : 'string length';
      const min = fn.endsWith('AtMost') ? undefined : num(args[0]);
      const max = fn.endsWith('AtMost') ? num(args[0]) : fn.endsWith('Between') ? num(args[1]) : undefined;
      const desc = fn.endsWith('AtMost') ? `${what} must be at most ${max}` : fn.endsWith('AtLeast') ? `${what} must be at least ${min}` : `${what} must be between ${min} and ${max}`;
      if ((min !== undefined && l < min) || (max !== undefined && l > max)) {
        out.push(fwError(t, 'Invalid Attribute Value Length', `Attribute ${p} ${desc}, got: ${l}`));
      }
      return out;
    }
    case 'RegexMatches': {
      if (typeof value !== 'string') return out;
      const src = v.regex ?? regexOf(args[0]);
      const re = src === undefined ? undefined : compileGoRegex(src);
      if (re && !re.test(value)) {
        const message = typeof args[1] === 'string' && args[1] !== '' ? args[1] : `value must match regular expression '${src}'`;
        out.push(fwError(t, 'Invalid Attribute Value Match', `Attribute ${p} ${message}, got: ${value}`));
      }
      return out;
    }
    case 'Between':
    case 'AtLeast':
    case 'AtMost': {
      if (typeof value !== 'number') return out;
      const isFloat = family.startsWith('float');
      const f = (n: number | undefined) => (n === undefined ? '' : isFloat ? goFloat(n) : String(n));
      const min = fn === 'AtMost' ? undefined : num(v.range?.min ?? args[0]);
      const max = fn === 'AtMost' ? num(v.range?.max ?? args[0]) : fn === 'Between' ? num(v.range?.max ?? args[1]) : undefined;
      const desc = fn === 'Between' ? `value must be between ${f(min)} and ${f(max)}` : fn === 'AtLeast' ? `value must be at least ${f(min)}` : `value must be at most ${f(max)}`;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        out.push(fwError(t, 'Invalid Attribute Value', `Attribute ${p} ${desc}, got: ${f(value)}`));
      }
      return out;
    }
    case 'SizeAtLeast':
    case 'SizeAtMost':
    case 'SizeBetween': {
      const n = Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : undefined;
      if (n === undefined) return out;
      const kind = family.replace('validator', '');
      const min = fn === 'SizeAtMost' ? undefined : num(v.size?.min ?? args[0]);
      const max = fn === 'SizeAtMost' ? num(v.size?.max ?? args[0]) : fn === 'SizeBetween' ? num(v.size?.max ?? args[1]) : undefined;
      const desc = fn === 'SizeAtLeast' ? `${kind} must contain at least ${min} elements` : fn === 'SizeAtMost' ? `${kind} must contain at most ${max} elements` : `${kind} must contain at least ${min} elements and at most ${max} elements`;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        out.push(fwError(t, 'Invalid Attribute Value', `Attribute ${p} ${desc}, got: ${n}`));
      }
      return out;
    }
    case 'ValueStringsAre':
    case 'ValueInt64sAre':
    case 'ValueFloat64sAre':
    case 'ValueBoolsAre': {
      const inner = args.filter(isValidatorFact);
      const elems: [Value, readonly PathStep[]][] = Array.isArray(value)
        ? (value as Value[]).map((e, i) => [e, family === 'setvalidator' ? t.path : [...t.path, i]])
        : value && typeof value === 'object'
          ? Object.entries(value as Record<string, Value>).map(([k, e]) => [e, [...t.path, { key: k }]])
          : [];
      for (const [e, ep] of elems) {
        if (e === null || isUnknown(e)) continue;
        for (const iv of inner) out.push(...runFrameworkValidator(iv, e, { path: ep, key: t.key }));
      }
      return out;
    }
    case 'KeysAre': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
      const inner = args.filter(isValidatorFact);
      for (const k of Object.keys(value as Record<string, Value>)) {
        for (const iv of inner) out.push(...runFrameworkValidator(iv, k, { path: [...t.path, { key: k }], key: t.key }));
      }
      return out;
    }
    case 'All': {
      for (const iv of args.filter(isValidatorFact)) out.push(...runFrameworkValidator(iv, value, t));
      return out;
    }
    case 'Any': {
      const results = args.filter(isValidatorFact).map((iv) => runFrameworkValidator(iv, value, t));
      return results.some((r) => r.length === 0) ? [] : results.flat();
    }
    default:
      return out; // a validator this engine does not model: not run (see module comment)
  }
}

/** Runs one SDKv2 `helper/validation` function (terraform-plugin-sdk v2.40.1) on a known, non-null value. */
function runSdkValidator(v: ValidatorFact, value: Value, t: Target): Diagnostic[] {
  const k = t.key;
  const args = v.args ?? [];
  const err = (summary: string): Diagnostic => ({ severity: 'error', summary, path: t.path });
  const fn = v.func.slice(v.func.indexOf('.') + 1);
  switch (fn) {
    case 'StringInSlice': {
      if (typeof value !== 'string') return [];
      const valid = (v.one_of ?? listArg(args)) as unknown[];
      const ci = v.ignore_case === true || args[1] === true;
      const ok = valid.some((a) => (ci ? String(a).toLowerCase() === value.toLowerCase() : a === value));
      return ok ? [] : [err(`expected ${k} to be one of ${goQuotedList(valid)}, got ${value}`)];
    }
    case 'StringNotInSlice': {
      if (typeof value !== 'string') return [];
      const invalid = listArg(args);
      return invalid.includes(value) ? [err(`expected ${k} to not be any of [${invalid.join(' ')}], got ${value}`)] : [];
    }
    case 'StringMatch':
    case 'StringDoesNotMatch': {
      if (typeof value !== 'string') return [];
      const src = (fn === 'StringMatch' ? v.regex : v.not_regex) ?? regexOf(args[0]);
      const re = src === undefined ? undefined : compileGoRegex(src);
      if (!re) return [];
      const matches = re.test(value);
      if (fn === 'StringMatch' ? matches : !matches) return [];
      const message = typeof args[1] === 'string' ? args[1] : '';
      if (message !== '') return [err(`invalid value for ${k} (${message})`)];
      return [err(fn === 'StringMatch' ? `expected value of ${k} to match regular expression ${JSON.stringify(src)}, got ${value}` : `expected value of ${k} to not match regular expression ${JSON.stringify(src)}, got ${value}`)];
    }
    case 'StringLenBetween': {
      if (typeof value !== 'string') return [];
      const min = num(v.length?.min ?? args[0]) ?? 0;
      const max = num(v.length?.max ?? args[1]) ?? Infinity;
      return value.length < min || value.length > max ? [err(`expected length of ${k} to be in the range (${min} - ${max}), got ${value}`)] : [];
    }
    case 'IntBetween':
    case 'IntAtLeast':
    case 'IntAtMost':
    case 'FloatBetween':
    case 'FloatAtLeast':
    case 'FloatAtMost': {
      if (typeof value !== 'number') return [];
      const isFloat = fn.startsWith('Float');
      const f = (n: number) => (isFloat ? goFloat(n) : String(n));
      const atMost = fn.endsWith('AtMost');
      const min = atMost ? undefined : num(v.range?.min ?? args[0]);
      const max = atMost ? num(v.range?.max ?? args[0]) : fn.endsWith('Between') ? num(v.range?.max ?? args[1]) : undefined;
      if (fn.endsWith('Between') && min !== undefined && max !== undefined && (value < min || value > max)) return [err(`expected ${k} to be in the range (${f(min)} - ${f(max)}), got ${f(value)}`)];
      if (fn.endsWith('AtLeast') && min !== undefined && value < min) return [err(`expected ${k} to be at least (${f(min)}), got ${f(value)}`)];
      if (atMost && max !== undefined && value > max) return [err(`expected ${k} to be at most (${f(max)}), got ${f(value)}`)];
      return [];
    }
    case 'IntInSlice': {
      if (typeof value !== 'number') return [];
      const valid = listArg(args);
      return valid.includes(value) ? [] : [err(`expected ${k} to be one of [${valid.join(' ')}], got ${value}`)];
    }
    case 'Any': {
      const results = args.filter(isValidatorFact).map((iv) => runSdkValidator(iv, value, t));
      return results.some((r) => r.length === 0) ? [] : results.flat();
    }
    case 'All': {
      return args.filter(isValidatorFact).flatMap((iv) => runSdkValidator(iv, value, t));
    }
    default:
      return [];
  }
}

function presenceOf(v: Value | undefined, isBlockCollection: boolean): Presence {
  if (v === undefined || v === null) return 'unset';
  if (isUnknown(v)) return 'unknown';
  if (isBlockCollection && Array.isArray(v) && v.length === 0) return 'unset';
  return 'set';
}

/** Resolves a relation key of the behaviour file to a config value. */
function lookupRelation(root: Readonly<Record<string, Value>>, block: BlockJson, site: AttrSite, key: string): Presence {
  const steps = key.split('.');
  // A bare name next to a nested attribute names a sibling (framework relative expressions).
  if (steps.length === 1 && site.configParent && site.path.length > 1 && key in site.configParent) {
    return presenceOf(site.configParent[key], false);
  }
  let cur: Value | undefined = root;
  let b: BlockJson | undefined = block;
  let blockCollection = false;
  for (const s of steps) {
    if (cur === null || cur === undefined) return 'unset';
    if (isUnknown(cur)) return 'unknown';
    if (/^\d+$/.test(s)) {
      cur = Array.isArray(cur) ? (cur as Value[])[Number(s)] : undefined;
      blockCollection = false;
      continue;
    }
    if (Array.isArray(cur)) cur = (cur as Value[])[0]; // `block.attr` without an index: the first element
    if (cur === null || cur === undefined || typeof cur !== 'object' || cur instanceof DynamicValue) return 'unset';
    cur = (cur as Record<string, Value>)[s];
    const nextBlock: NestedBlockJson | undefined = b?.block_types?.[s];
    blockCollection = !!nextBlock && (nextBlock.nesting_mode === 'list' || nextBlock.nesting_mode === 'set');
    b = nextBlock?.block ?? (b?.attributes?.[s]?.nested_type ? { attributes: b.attributes[s].nested_type!.attributes } : undefined);
  }
  return presenceOf(cur, blockCollection);
}

function relationDiagnostics(ctx: ValidationContext, root: Readonly<Record<string, Value>>, block: BlockJson, site: AttrSite, b: AttributeBehaviour, self: Presence): { before: Diagnostic[]; afterRequired: Diagnostic[]; conflicts: Diagnostic[] } {
  const before: Diagnostic[] = [];
  const afterRequired: Diagnostic[] = [];
  const conflicts: Diagnostic[] = [];
  const p = site.path;
  if (ctx.origin === 'sdkv2') {
    const k = flatmapKey(site.flatPath);
    const all = (list: readonly string[]) => [...new Set([...list, k])].sort();
    if (b.exactly_one_of?.length) {
      const keys = all(b.exactly_one_of);
      const states = keys.map((x) => (x === k ? self : lookupRelation(root, block, site, x)));
      const specified = keys.filter((_, i) => states[i] === 'set');
      const unknown = states.filter((s) => s === 'unknown').length;
      if (specified.length === 0 && unknown === 0) before.push({ severity: 'error', summary: 'Invalid combination of arguments', detail: `"${k}": one of \`${keys.join(',')}\` must be specified`, path: p });
      else if (specified.length > 1) before.push({ severity: 'error', summary: 'Invalid combination of arguments', detail: `"${k}": only one of \`${keys.join(',')}\` can be specified, but \`${specified.join(',')}\` were specified.`, path: p });
    }
    if (b.at_least_one_of?.length && before.length === 0) {
      const keys = all(b.at_least_one_of);
      if (!keys.some((x) => (x === k ? self : lookupRelation(root, block, site, x)) !== 'unset')) {
        before.push({ severity: 'error', summary: 'Missing required argument', detail: `"${k}": one of \`${keys.join(',')}\` must be specified`, path: p });
      }
    }
    if (self !== 'unset' && b.required_with?.length) {
      const keys = all(b.required_with);
      if (keys.some((x) => (x === k ? self : lookupRelation(root, block, site, x)) === 'unset')) {
        afterRequired.push({ severity: 'error', summary: 'Missing required argument', detail: `"${k}": all of \`${keys.join(',')}\` must be specified`, path: p });
      }
    }
    if (self === 'set' && b.conflicts_with?.length) {
      for (const x of b.conflicts_with) {
        if (lookupRelation(root, block, site, x) === 'set') {
          conflicts.push({ severity: 'error', summary: 'Conflicting configuration arguments', detail: `"${k}": conflicts with ${x}`, path: p });
          break;
        }
      }
    }
    return { before, afterRequired, conflicts };
  }
  const ps = frameworkPathString(p);
  const combo = (detail: string): Diagnostic => ({ severity: 'error', summary: 'Invalid Attribute Combination', detail, path: p });
  if (self === 'set') {
    for (const x of b.conflicts_with ?? []) {
      const st = lookupRelation(root, block, site, x);
      if (st === 'unknown') break;
      if (st === 'set') conflicts.push(combo(`Attribute "${x}" cannot be specified when "${ps}" is specified`));
    }
    for (const x of b.required_with ?? []) {
      const st = lookupRelation(root, block, site, x);
      if (st === 'unknown') break;
      if (st === 'unset') conflicts.push(combo(`Attribute "${x}" must be specified when "${ps}" is specified`));
    }
  }
  if (b.exactly_one_of?.length && self !== 'unknown') {
    const others = b.exactly_one_of.filter((x) => x !== site.name && x !== ps);
    const states = others.map((x) => lookupRelation(root, block, site, x));
    if (!states.includes('unknown')) {
      const count = (self === 'set' ? 1 : 0) + states.filter((s) => s === 'set').length;
      const expr = `[${b.exactly_one_of.join(',')}]`;
      if (count === 0) conflicts.push(combo(`No attribute specified when one (and only one) of ${expr} is required`));
      if (count > 1) conflicts.push(combo(`${count} attributes specified when one (and only one) of ${expr} is required`));
    }
  }
  if (b.at_least_one_of?.length && self === 'unset') {
    const states = b.at_least_one_of.map((x) => lookupRelation(root, block, site, x));
    if (!states.includes('unknown') && !states.includes('set')) {
      conflicts.push(combo(`At least one attribute out of [${b.at_least_one_of.join(',')}] must be specified`));
    }
  }
  return { before, afterRequired, conflicts };
}

/**
 * Validates one config object of a resource, data source or ephemeral resource type. Returns the
 * diagnostics in the order the SDK would produce them for each attribute.
 */
export function validateConfig(ctx: ValidationContext, block: BlockJson, behaviours: Readonly<Record<string, AttributeBehaviour>>, config: Value): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (config === null || isUnknown(config) || typeof config !== 'object') return out;
  const root = config as Readonly<Record<string, Value>>;
  forEachAttribute(block, behaviours, config, (site) => {
    const value = site.value;
    const self: Presence = presenceOf(value, false);
    const b = site.behaviour ?? {};
    const rel = relationDiagnostics(ctx, root, block, site, b, self);
    const readOnly = site.attr.computed && !site.attr.optional && !site.attr.required;
    if (ctx.origin === 'sdkv2') {
      const k = flatmapKey(site.flatPath);
      if (rel.before.length) {
        out.push(...rel.before);
        return;
      }
      if (self === 'unset') {
        if (site.attr.required) out.push({ severity: 'error', summary: 'Missing required argument', detail: `The argument "${k}" is required, but no definition was found.`, path: site.path });
        return;
      }
      if (readOnly) {
        out.push({ severity: 'error', summary: 'Value for unconfigurable attribute', detail: `Can't configure a value for "${k}": its value will be decided automatically based on the result of applying this configuration.`, path: site.path });
        return;
      }
      if (rel.afterRequired.length) {
        out.push(...rel.afterRequired);
        return;
      }
      if (containsUnknown(value)) return;
      if (rel.conflicts.length) {
        out.push(...rel.conflicts);
        return;
      }
      const key = ctx.sdkKeyStyle === 'last-name' ? site.name : k;
      for (const v of b.validators ?? []) out.push(...runSdkValidator(v, value, { path: site.path, key }));
      return;
    }
    const ps = frameworkPathString(site.path);
    if (readOnly && self !== 'unset') {
      out.push({
        severity: 'error',
        summary: 'Invalid Configuration for Read-Only Attribute',
        detail: 'Cannot set value for this attribute as the provider has marked it as read-only. Remove the configuration line setting the value.\n\nRefer to the provider documentation or contact the provider developers for additional information about configurable and read-only attributes that are supported.',
        path: site.path,
      });
    }
    if (site.attr.required && value === null) {
      out.push({
        severity: 'error',
        summary: 'Missing Configuration for Required Attribute',
        detail: `Must set a configuration value for the ${ps} attribute as the provider has marked it as required.\n\nRefer to the provider documentation or contact the provider developers for additional information about configurable attributes that are required.`,
        path: site.path,
      });
    }
    if (self === 'set') {
      for (const v of b.validators ?? []) out.push(...runFrameworkValidator(v, value, { path: site.path, key: site.name }));
    }
    out.push(...rel.conflicts);
  });
  return out;
}
