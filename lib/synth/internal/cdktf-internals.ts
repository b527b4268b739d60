/**
 * The ONE place where kommunal-cdk leans on cdktf internals (cdktf 0.21.0), for fleet-scale
 * synthesis. Everything here is checked by test/synth/cdktf-internals.test.ts, which fails loudly
 * when a cdktf upgrade changes what this module relies on:
 *
 * 1. `cdktf/lib/tokens/private/stack-trace.js` exports `captureStackTrace`, and every token (Lazy,
 *    Intrinsic, dynamic blocks) calls it through the module's export object at construction time.
 *    cdktf 0.21 has no switch for these traces (the `stackTraces: false` App option only covers
 *    annotations); they serve only in error messages, and capturing them costs ~20 % of a synth.
 *    {@link withTokenStackTracesDisabled} swaps the export for a function returning `[]`.
 * 2. `TerraformStack.prepareStack()` resolves every element once with `preparing: true` only to
 *    discover cross-stack references, and `toTerraform()` resolves every element and then the
 *    merged document a second time. A self-contained stack (no reference to another stack's
 *    construct) needs one pass. {@link synthesizeSelfContainedStacks} keeps cdktf's own stack
 *    synthesizer (aspects, validations, annotations, custom synthesis, stable JSON output) and only
 *    replaces the stack's `toTerraform` with a single-pass version. A reference to another stack is
 *    detected during that pass (cdktf's `Reference` token keeps its `originStack`) and raises an
 *    error instead of silently producing a wrong reference.
 * 3. `cdktf/lib/util.js` exports `deepMerge` (used by `toTerraform`), the stack keeps its stack-level
 *    overrides in the private field `rawOverrides` and its version in `cdktfVersion`.
 *
 * 4. `cdktf/lib/synthesize/synthesizer.js` exports `StackSynthesizer` (whose private flags
 *    `continueOnErrorAnnotations` and `hclOutput` are read), `cdktf/lib/errors.js` exports
 *    `encounteredAnnotationWithLevelError`, and `validations/validate-terraform-version.js` exports
 *    `ValidateTerraformVersion`: {@link synthesizeSelfContainedStacks} replicates the synthesizer's
 *    `synthesize` for stacks using it, with one `toTerraform()` per synthesize (shared by the
 *    validations and the write), an own aspect walk and an own stable JSON writer.
 *
 * 5. Resources and data sources keep `rawOverrides`, `provisioners`, `_hasMoved`, `_movedByTarget`,
 *    `_movedById` and `_imported` in fields and expose the protected `synthesizeAttributes()`,
 *    `terraformMetaArguments` and `constructNodeMetadata`; `util.js` exports `keysToSnakeCase` and
 *    `terraform-dynamic-block.js` exports `TerraformDynamicBlock`: {@link plainBlock} renders a
 *    plain resource or data source from them without `toTerraform()`.
 *
 * Output stays byte-identical to `app.synth()` (test/synth/byte-identity.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  AnnotationMetadataEntryType, Annotations, App, Aspects, DefaultTokenResolver, IAspect, IPostProcessor, IResolvable, IResolveContext, ISynthesisSession, StackManifest, StringConcat,
  TerraformDataSource, TerraformElement, TerraformOutput, TerraformResource, TerraformStack, Token, Tokenization,
} from 'cdktf';
import { ConstructOrder, IConstruct, IValidation } from 'constructs';
import { BoundedMemo } from '../../core/memo';
import { stableStringify } from './stable-json';

/** The cdktf version this module was written against (a canary test compares it). */
export const CDKTF_VERSION_RELIED_ON = '0.21.0';

const CDKTF_LIB = path.dirname(require.resolve('cdktf'));

interface StackTraceModule {
  captureStackTrace: (below?: unknown) => string[];
}
interface UtilModule {
  deepMerge: (target: unknown, ...sources: unknown[]) => unknown;
  keysToSnakeCase: (value: unknown) => unknown;
}

/** Loads a cdktf-internal module by file (absolute path: the package's `exports` map does not list them). */
const loaded = new Map<string, unknown>();
function internal<T>(rel: string): T {
  let mod = loaded.get(rel);
  if (mod === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(path.join(CDKTF_LIB, rel)) as unknown;
    loaded.set(rel, mod);
  }
  return mod as T;
}

/** The installed cdktf version. */
export function installedCdktfVersion(): string {
  return (internal<{ version: string }>('../package.json')).version;
}

const stackTraceModule = (): StackTraceModule => internal<StackTraceModule>('tokens/private/stack-trace.js');
const deepMerge = (target: unknown, ...sources: unknown[]): unknown => internal<UtilModule>('util.js').deepMerge(target, ...sources);
const keysToSnakeCase = (value: unknown): unknown => internal<UtilModule>('util.js').keysToSnakeCase(value);

const NO_TRACE = (): string[] => [];
let disabledDepth = 0;
let original: StackTraceModule['captureStackTrace'] | undefined;

/**
 * Runs `fn` with token creation stack traces off (they only decorate error messages). Nests; the
 * original function is restored when the outermost call returns or throws.
 */
export function withTokenStackTracesDisabled<T>(fn: () => T): T {
  const mod = stackTraceModule();
  if (disabledDepth === 0) {
    original = mod.captureStackTrace;
    mod.captureStackTrace = NO_TRACE;
  }
  disabledDepth += 1;
  try {
    return fn();
  } finally {
    disabledDepth -= 1;
    if (disabledDepth === 0 && original) {
      mod.captureStackTrace = original;
      original = undefined;
    }
  }
}

/** True while token stack traces are off (for tests). */
export function tokenStackTracesDisabled(): boolean {
  return stackTraceModule().captureStackTrace === NO_TRACE;
}

/** Thrown when a stack synthesized as self-contained references a construct of another stack. */
export class CrossStackReferenceError extends Error {
  constructor(stack: string, origin: string, identifier: string) {
    super(
      `stack "${stack}" references "${identifier}" of stack "${origin}": the fast fleet synthesis needs self-contained ` +
        'tenant stacks (one state per tenant). Pass platform objects by name (fromAttributes), or synthesize with "app.synth()".',
    );
    this.name = 'CrossStackReferenceError';
  }
}

/** cdktf's `Reference` token (tfExpression.ts) keeps the stack it was created in. */
function originStackOf(t: IResolvable): TerraformStack | undefined {
  const origin = (t as unknown as { originStack?: unknown }).originStack;
  return origin !== undefined && TerraformStack.isStack(origin) ? origin : undefined;
}

/** The default resolver, refusing references to other stacks. */
class SelfContainedResolver extends DefaultTokenResolver {
  constructor(private readonly stack: TerraformStack) {
    super(new StringConcat());
  }

  public resolveToken(t: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    const origin = originStackOf(t);
    if (origin !== undefined && origin !== this.stack) {
      throw new CrossStackReferenceError(this.stack.node.id, origin.node.id, String((t as unknown as { identifier?: unknown }).identifier));
    }
    return super.resolveToken(t, context, postProcessor);
  }
}

/**
 * Token encodings of cdktf (tokens/private/encoding.js): string, list and map tokens embed
 * `TfToken[` in a string; number tokens are doubles with the top 16 bits 0xfdff / 0xfbff (below
 * -1e290); numbers concatenated into strings match NUMBER_TOKEN_REGEX.
 */
export const TOKEN_MARKER = 'TfToken[';
export const NUMBER_TOKEN_BELOW = -1e200;
const NUMBER_IN_STRING = /[-|\d|.\+]+(e[-|\d|.|e|E|\+]+)/;

/** `[-|\d.+]` of NUMBER_IN_STRING (before the `e`). */
function numberHead(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 124 || c === 46 || c === 43;
}
/** `[-|\d.eE+]` of NUMBER_IN_STRING (after the `e`). */
function numberTail(c: number): boolean {
  return numberHead(c) || c === 101 || c === 69;
}
/**
 * `NUMBER_IN_STRING.test(s)` without the regex: the unanchored pattern matches exactly when some
 * `e` has a head character right before it and a tail character right after it (both runs are
 * `+`, so one character each side suffices). test/synth/cdktf-internals.test.ts compares both.
 */
export function hasNumberInString(s: string): boolean {
  for (let i = s.indexOf('e', 1); i > 0 && i < s.length - 1; i = s.indexOf('e', i + 1)) {
    if (numberHead(s.charCodeAt(i - 1)) && numberTail(s.charCodeAt(i + 1))) return true;
  }
  return false;
}
/** The regex cdktf uses for numbers concatenated into strings (for comparison in tests). */
export const NUMBER_IN_STRING_PATTERN: RegExp = NUMBER_IN_STRING;

function suspectString(s: string): boolean {
  return s.includes(TOKEN_MARKER) || hasNumberInString(s) || s === Token.STRING_MAP_TOKEN_VALUE || s === Token.ANY_MAP_TOKEN_VALUE;
}
function suspectNumber(n: number): boolean {
  return n < NUMBER_TOKEN_BELOW || n === Token.NUMBER_MAP_TOKEN_VALUE;
}
function suspectScalar(x: unknown): boolean {
  return (typeof x === 'string' && suspectString(x)) || (typeof x === 'number' && suspectNumber(x));
}

/** {@link suspectString} for object keys, remembered: the same attribute names recur in every stack. */
const KEY_SUSPECT = new BoundedMemo<string, boolean>(20_000);
function suspectKey(k: string): boolean {
  return KEY_SUSPECT.get(k, suspectString);
}

/**
 * Resolves `value` exactly as cdktf's resolve would, but walks token-free parts itself and hands
 * only values that may hold a token (a marker string, an encoded number, an IResolvable, a map
 * token key) to `slow` (cdktf's resolve). A tenant stack has ~15 tokens among ~2,000 values, and
 * cdktf's generic resolve allocates closures per value.
 */
export function resolveMostlyLiteral(value: unknown, slow: (v: unknown) => unknown): unknown {
  switch (typeof value) {
    case 'string':
      return suspectString(value) ? slow(value) : value;
    case 'number':
      return suspectNumber(value) ? slow(value) : value;
    case 'function':
      return slow(value);
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        if (value.some(suspectScalar)) return slow(value);
        const out: unknown[] = [];
        for (const x of value) {
          const r = resolveMostlyLiteral(x, slow);
          if (r !== undefined) out.push(r);
        }
        return out;
      }
      if (value instanceof Date) return value;
      const obj = value as Record<string, unknown>;
      if (typeof obj.resolve === 'function' || (obj._children !== undefined && obj._metadata !== undefined)) return slow(value);
      const keys = Object.keys(obj);
      for (const k of keys) if (suspectKey(k)) return slow(value);
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const r = resolveMostlyLiteral(obj[k], slow);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    default:
      return value;
  }
}

/** The Terraform elements of a stack, in construct order, not descending into nested stacks. */
function terraformElements(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) {
    if (TerraformStack.isStack(child)) continue;
    terraformElements(child, into);
  }
  return into;
}

interface StackPrivates {
  readonly rawOverrides: Record<string, unknown>;
  readonly cdktfVersion: string;
}

/** Top-level keys a plain block's attributes must not have: they collide with what `toTerraform()` merges in. */
const META_KEYS: readonly string[] = ['depends_on', 'count', 'provider', 'lifecycle', 'for_each', 'connection', 'provisioner', '//'];

interface DynamicBlockModule {
  TerraformDynamicBlock: { isTerraformDynamicBlock(x: unknown): boolean };
}
/** cdktf's own test (terraform-dynamic-block.js; the class is not exported from the package root). */
const isDynamicBlock = (x: unknown): boolean => internal<DynamicBlockModule>('terraform-dynamic-block.js').TerraformDynamicBlock.isTerraformDynamicBlock(x);

/** True when `processDynamicAttributes` would move something: a dynamic block in a plain-object path. */
function hasDynamicBlock(attributes: Record<string, unknown>): boolean {
  for (const k in attributes) {
    const v = attributes[k];
    if (v === null || typeof v !== 'object') continue;
    if (isDynamicBlock(v)) return true;
    if ((v as object).constructor === Object && hasDynamicBlock(v as Record<string, unknown>)) return true;
  }
  return false;
}

/** What cdktf's resources and data sources keep in (partly private) fields, read by {@link plainBlock}. */
interface BlockPrivates {
  readonly rawOverrides: Record<string, unknown>;
  readonly terraformResourceType: string;
  readonly terraformMetaArguments: Record<string, unknown>;
  readonly constructNodeMetadata: Record<string, unknown>;
  readonly provisioners?: unknown;
  readonly _hasMoved?: boolean;
  readonly _movedByTarget?: unknown;
  readonly _movedById?: unknown;
  readonly _imported?: unknown;
  synthesizeAttributes(): Record<string, unknown>;
}

/** A resource or data source rendered without `toTerraform()`. */
interface PlainBlock {
  readonly block: 'resource' | 'data';
  readonly type: string;
  readonly id: string;
  readonly attributes: Record<string, unknown>;
}

/**
 * Renders a resource or data source the way `resolve(element.toTerraform())` does, for the plain
 * case only: no overrides, provisioners, moves, imports or dynamic blocks, and no attribute named
 * like a meta-argument. Then `toTerraform()` is `deepMerge(attributes, snake-cased meta-arguments)`
 * plus the `//` metadata, and `toMetadata()` contributes nothing; rendering that directly (one
 * resolve walk, no snake-casing of fixed keys, no intermediate copies) halves the cost of a
 * tenant stack's rendering. Anything else returns undefined and goes through `toTerraform()`.
 * test/synth/cdktf-internals.test.ts compares both on every element of the example stacks.
 */
export function plainBlock(e: TerraformElement, resolve: (v: unknown) => unknown): PlainBlock | undefined {
  const resource = TerraformResource.isTerraformResource(e);
  if (!resource && !TerraformDataSource.isTerraformDataSource(e)) return undefined;
  const p = e as unknown as BlockPrivates;
  for (const _ in p.rawOverrides) return undefined;
  if (resource && (p.provisioners !== undefined || p._hasMoved || p._movedByTarget !== undefined || p._movedById !== undefined || p._imported !== undefined)) {
    return undefined;
  }
  const raw = p.synthesizeAttributes();
  for (const k of META_KEYS) if (k in raw) return undefined;
  if (hasDynamicBlock(raw)) return undefined;
  const meta = p.terraformMetaArguments;
  const attributes = resolve(raw) as Record<string, unknown>;
  const dependsOn = meta.dependsOn === undefined ? undefined : dependsOnAddresses(meta.dependsOn, e.cdktfStack);
  const put = (key: string, value: unknown) => {
    if (value === undefined) return;
    const r = resolve(value);
    if (r !== undefined) attributes[key] = r;
  };
  if (dependsOn !== undefined) attributes.depends_on = dependsOn;
  else put('depends_on', meta.dependsOn);
  put('count', meta.count);
  put('provider', meta.provider);
  put('lifecycle', meta.lifecycle === undefined ? undefined : keysToSnakeCase(meta.lifecycle));
  put('for_each', meta.forEach);
  put('connection', meta.connection === undefined ? undefined : keysToSnakeCase(meta.connection));
  put('//', p.constructNodeMetadata);
  return { block: resource ? 'resource' : 'data', type: p.terraformResourceType, id: e.friendlyUniqueId, attributes };
}

interface TfExpressionModule {
  dependable: (d: unknown) => string;
}
let dependableClass: unknown;
/** The class of the token cdktf's `dependable()` wraps a `dependsOn` entry in (not exported: found with a probe token). */
function dependableTokenClass(): unknown {
  if (dependableClass === undefined) {
    const probe = internal<TfExpressionModule>('tfExpression.js').dependable({ fqn: 'probe' });
    dependableClass = (Object.getPrototypeOf(Tokenization.reverseString(probe).firstToken) as { constructor: unknown }).constructor;
  }
  return dependableClass;
}

/**
 * A resource's `depends_on` list without cdktf's token resolution, when every entry is a
 * `dependable()` token of a resource or data source in the same stack: such an entry resolves to
 * the element's address, `<type>.<logical id>` (`data.<type>.<logical id>`), its `fqn` with the
 * braces suppressed. Anything else (modules, other stacks, literal strings) returns undefined and
 * goes through resolve.
 */
export function dependsOnAddresses(list: unknown, stack: TerraformStack): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const cls = dependableTokenClass();
  const out: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string') return undefined;
    const fragments = Tokenization.reverseString(entry);
    const token = fragments.firstToken as { constructor?: unknown; dependable?: unknown } | undefined;
    if (fragments.length !== 1 || token === undefined || token.constructor !== cls) return undefined;
    const target = token.dependable;
    if (!TerraformResource.isTerraformResource(target) && !TerraformDataSource.isTerraformDataSource(target)) return undefined;
    const element = target as unknown as { cdktfStack: TerraformStack; friendlyUniqueId: string; _elementType?: unknown };
    if (element.cdktfStack !== stack || typeof element._elementType !== 'string') return undefined;
    out.push(`${element._elementType}.${element.friendlyUniqueId}`);
  }
  return out;
}

/** Puts a plain block into the stack document; false when its slot is taken (then deepMerge decides). */
function insertPlainBlock(tf: Record<string, unknown>, b: PlainBlock): boolean {
  const blocks = (tf[b.block] ??= {}) as Record<string, unknown>;
  if (typeof blocks !== 'object' || blocks === null || Array.isArray(blocks)) return false;
  const ofType = (blocks[b.type] ??= {}) as Record<string, unknown>;
  if (typeof ofType !== 'object' || ofType === null || Array.isArray(ofType) || ofType[b.id] !== undefined) return false;
  ofType[b.id] = b.attributes;
  return true;
}

/** `TerraformStack.toTerraform()` with one resolve pass per element and none over the merged document. */
function singlePassToTerraform(stack: TerraformStack): unknown {
  const privates = stack as unknown as StackPrivates;
  const resolver = new SelfContainedResolver(stack);
  const slow = (obj: unknown): unknown => Tokenization.resolve(obj, { scope: stack, preparing: false, resolver });
  const resolve = (obj: unknown): unknown => resolveMostlyLiteral(obj, slow);
  const hasOverrides = Object.keys(privates.rawOverrides).length > 0;
  const metadata: Record<string, unknown> = {
    version: privates.cdktfVersion,
    stackName: stack.node.id,
    backend: 'local',
    ...(hasOverrides ? { overrides: { stack: Object.keys(privates.rawOverrides) } } : {}),
  };
  const elements = terraformElements(stack);
  const plain = elements.map((e) => plainBlock(e, resolve));
  elements.forEach((e, i) => {
    if (plain[i] === undefined) deepMerge(metadata, resolve(e.toMetadata()));
  });
  const outputs: Record<string, unknown> = {};
  for (const e of elements) {
    if (!TerraformOutput.isTerraformOutput(e)) continue;
    const nested = e.node.path.split('/').reduceRight<Record<string, unknown>>(
      (inner, part) => (Object.keys(inner).length === 0 ? { [part]: e.friendlyUniqueId } : { [part]: inner }),
      {},
    );
    deepMerge(outputs, nested);
  }
  const tf: Record<string, unknown> = { '//': { metadata, outputs } };
  elements.forEach((e, i) => {
    const b = plain[i];
    if (b === undefined) deepMerge(tf, resolve(e.toTerraform()));
    else if (!insertPlainBlock(tf, b)) deepMerge(tf, { [b.block]: { [b.type]: { [b.id]: b.attributes } } });
  });
  if (!hasOverrides) return tf;
  // Stack-level overrides may carry tokens: resolve the merged document as cdktf does.
  deepMerge(tf, privates.rawOverrides);
  return resolve(tf);
}

interface SynthesizerModule {
  StackSynthesizer: new (...args: never[]) => unknown;
}
interface ErrorsModule {
  encounteredAnnotationWithLevelError: (message: string) => Error;
  stackValidationFailure: (errorList: string) => Error;
}
interface SynthesizerPrivates {
  readonly continueOnErrorAnnotations?: boolean;
  readonly hclOutput?: boolean;
}

/** True when the stack uses cdktf's own StackSynthesizer for JSON output (what {@link synthesizeStack} replicates). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') deepFreeze(v);
    } else {
      const o = value as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (v !== null && typeof v === 'object') deepFreeze(v);
      }
    }
  }
  return value;
}

export function isPlainStackSynthesizer(stack: TerraformStack): boolean {
  const s = stack.synthesizer as unknown as SynthesizerPrivates;
  return (
    Object.getPrototypeOf(s) === internal<SynthesizerModule>('synthesize/synthesizer.js').StackSynthesizer.prototype &&
    s.continueOnErrorAnnotations === false &&
    s.hclOutput === false
  );
}

const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');
const ANNOTATION_TYPES: readonly string[] = [AnnotationMetadataEntryType.INFO, AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.ERROR];

/**
 * Invokes the aspects of the tree below `root` like cdktf's invokeAspects: every aspect of a
 * construct and its ancestors visits the construct once, parents before children, an aspect added
 * while aspects run is not applied (and warned about once). cdktf keys "already invoked" by
 * construct path, which costs a path computation per construct; within one walk every construct
 * is visited once, so a per-construct set is the same.
 */
function invokeAspectsOnce(root: IConstruct): void {
  let warned = false;
  const recurse = (construct: IConstruct, inherited: readonly IAspect[]): void => {
    const aspects = Aspects.of(construct);
    const own = aspects.all;
    const here = own.length === 0 ? inherited : [...inherited, ...own];
    const count = own.length;
    if (here.length > 0) {
      const invoked = new Set<IAspect>();
      for (const aspect of here) {
        if (invoked.has(aspect)) continue;
        aspect.visit(construct);
        if (!warned && count !== aspects.all.length) {
          Annotations.of(construct).addWarning('We detected an Aspect was added via another Aspect, and will not be applied');
          warned = true;
        }
        invoked.add(aspect);
      }
    }
    for (const child of construct.node.children) recurse(child, here);
  };
  recurse(root, []);
}

/**
 * cdktf's StackSynthesizer.synthesize (JSON output, errors abort) with {@link invokeAspectsOnce}
 * and {@link stableStringify}: aspects, resource-move validation, stack validations, custom
 * synthesis (leaves first), annotations into the manifest, abort on error annotations, write.
 */
function synthesizeStack(stack: TerraformStack, session: ISynthesisSession): void {
  invokeAspectsOnce(stack);
  // The tree is complete after the aspects: one preorder list serves the checks below (cdktf walks
  // it once per check). A nested stack, or custom synthesis that may add constructs, falls back.
  let all = stack.node.findAll();
  const nested = all.some((c) => c !== stack && TerraformStack.isStack(c));
  const moved = nested ? stack.hasResourceMove() : all.some((c) => TerraformResource.isTerraformResource(c) && Boolean(c.hasResourceMove()));
  if (moved) {
    const { ValidateTerraformVersion } = internal<{ ValidateTerraformVersion: new (v: string, m: string) => IValidation }>('validations/validate-terraform-version.js');
    stack.node.addValidation(
      new ValidateTerraformVersion('>=1.5', 'Resource move functionality is only supported for Terraform >=1.5. Please upgrade your Terraform version.'),
    );
  }
  if (!session.skipValidation) {
    // TerraformStack.runAllValidations over the list.
    const failures: string[] = [];
    for (const node of all) for (const message of node.node.validate()) failures.push(`[${node.node.path}] ${message}`);
    if (failures.length > 0) throw internal<ErrorsModule>('errors.js').stackValidationFailure(failures.join('\n  '));
  }
  const stackManifest = session.manifest.forStack(stack);
  const workingDirectory = path.join(session.outdir, stackManifest.workingDirectory);
  if (!fs.existsSync(workingDirectory)) fs.mkdirSync(workingDirectory);
  type Custom = Record<symbol, { onSynthesize(s: ISynthesisSession): void } | undefined>;
  if (all.some((node) => (node as unknown as Custom)[CUSTOM_SYNTHESIS] !== undefined)) {
    for (const node of stack.node.findAll(ConstructOrder.POSTORDER)) (node as unknown as Custom)[CUSTOM_SYNTHESIS]?.onSynthesize(session);
    all = stack.node.findAll();
  }
  const annotations: { constructPath: string; level: AnnotationMetadataEntryType; message: unknown; stacktrace?: string[] }[] = [];
  for (const node of all) {
    for (const m of node.node.metadata) {
      if (!ANNOTATION_TYPES.includes(m.type)) continue;
      annotations.push({ constructPath: node.node.path, level: m.type as AnnotationMetadataEntryType, message: m.data, stacktrace: m.trace });
    }
  }
  (stackManifest as { annotations: unknown }).annotations = annotations;
  const errors = annotations.filter((a) => a.level === AnnotationMetadataEntryType.ERROR);
  if (errors.length > 0) {
    throw internal<ErrorsModule>('errors.js').encounteredAnnotationWithLevelError(errors.map((a) => `[${a.constructPath}] ${String(a.message)}`).join('\n'));
  }
  fs.writeFileSync(path.join(session.outdir, stackManifest.synthesizedStackPath), stableStringify(stack.toTerraform()) as string);
}

/**
 * Synthesizes the given stacks of `app` like `app.synth()` does, for stacks that reference nothing
 * in other stacks (KommuneStack): no cross-stack discovery pass, one resolve pass per element, and
 * no `manifest.json` written (the caller merges the returned entries). Stacks of the app that are
 * not listed are not synthesized (unlike `app.synth()`, which ignores CDKTF_TARGET_STACK_ID).
 * @returns the manifest entry of each synthesized stack, in the given order
 * @throws CrossStackReferenceError when a stack references another stack
 */
export function synthesizeSelfContainedStacks(app: App, stacks: readonly TerraformStack[]): StackManifest[] {
  const session: ISynthesisSession = { outdir: app.outdir, skipValidation: app.skipValidation, manifest: app.manifest };
  for (const stack of stacks) stack.ensureBackendExists();
  for (const stack of stacks) {
    const define = (fn: () => unknown) => Object.defineProperty(stack, 'toTerraform', { value: fn, configurable: true, writable: true });
    if (isPlainStackSynthesizer(stack)) {
      // Within one synthesize, validations (the compliance rule pack evaluates `stack.toTerraform()`)
      // and the write see the same document: compute it once. It is frozen, so a validation that
      // tried to change it would fail loudly instead of altering the output.
      let memo: unknown;
      define(() => (memo ??= deepFreeze(singlePassToTerraform(stack))));
      try {
        synthesizeStack(stack, session);
      } finally {
        define(() => singlePassToTerraform(stack));
      }
    } else {
      define(() => singlePassToTerraform(stack));
      stack.synthesizer.synthesize(session);
    }
  }
  if (!app.skipValidation) {
    const errors = app.node.validate();
    if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
  }
  return stacks.map((s) => app.manifest.stacks[s.node.id]);
}

/** Stable JSON as cdktf writes it (json-stable-stringify bundled with cdktf, two spaces). */
export function stableJson(value: unknown): string {
  return stableStringify(value) as string;
}

/** cdktf's own stable JSON writer (json-stable-stringify bundled with cdktf), for comparison in tests. */
export function cdktfStableJson(value: unknown): string | undefined {
  const stringify = internal<(v: unknown, o: { space: number }) => string | undefined>('../node_modules/json-stable-stringify/index.js');
  return stringify(value, { space: 2 });
}

interface TokenMapPrivates {
  readonly stringTokenMap: Map<string, unknown>;
  readonly numberTokenMap: Map<number, unknown>;
  tokenCounter: number;
}

function tokenMap(): TokenMapPrivates {
  const map = (global as unknown as { __cdktfTokenMap?: TokenMapPrivates }).__cdktfTokenMap;
  if (map === undefined) {
    // Registering any token creates the process-wide map.
    Token.asString({ resolve: () => '' });
    return (global as unknown as { __cdktfTokenMap: TokenMapPrivates }).__cdktfTokenMap;
  }
  return map;
}

/** A mark in cdktf's process-wide token map: tokens registered after it can be released together. */
export interface TokenMark {
  readonly counter: number;
}

/** Marks the current end of cdktf's process-wide token map. */
export function markTokens(): TokenMark {
  return { counter: tokenMap().tokenCounter };
}

/**
 * Drops every token registered after `mark` from cdktf's process-wide token map. cdktf never
 * forgets a token, and each token references its construct, so without this a process that
 * synthesizes batch after batch keeps every App alive. Call it only when nothing created after the
 * mark is used again (the batch's App is done); a later lookup of a released token fails loudly
 * ("Unrecognized token key").
 * @returns the number of tokens released
 */
export function releaseTokensSince(mark: TokenMark): number {
  const map = tokenMap();
  let released = 0;
  for (const key of map.stringTokenMap.keys()) {
    const counter = Number(key.slice(key.lastIndexOf('.') + 1));
    if (counter >= mark.counter) {
      map.stringTokenMap.delete(key);
      released += 1;
    }
  }
  for (const key of map.numberTokenMap.keys()) {
    if (key >= mark.counter) {
      map.numberTokenMap.delete(key);
      released += 1;
    }
  }
  return released;
}

/** Number of tokens cdktf currently keeps (for tests and the benchmark). */
export function liveTokenCount(): number {
  const map = tokenMap();
  return map.stringTokenMap.size + map.numberTokenMap.size;
}
