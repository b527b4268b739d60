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
 * Output stays byte-identical to `app.synth()` (test/synth/byte-identity.test.ts).
 */
import * as path from 'path';
import {
  App, DefaultTokenResolver, IPostProcessor, IResolvable, IResolveContext, ISynthesisSession, StackManifest, StringConcat,
  TerraformElement, TerraformOutput, TerraformStack, Token, Tokenization,
} from 'cdktf';
import { IConstruct } from 'constructs';

/** The cdktf version this module was written against (a canary test compares it). */
export const CDKTF_VERSION_RELIED_ON = '0.21.0';

const CDKTF_LIB = path.dirname(require.resolve('cdktf'));

interface StackTraceModule {
  captureStackTrace: (below?: unknown) => string[];
}
interface UtilModule {
  deepMerge: (target: unknown, ...sources: unknown[]) => unknown;
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

function suspectString(s: string): boolean {
  return s.includes(TOKEN_MARKER) || NUMBER_IN_STRING.test(s) || s === Token.STRING_MAP_TOKEN_VALUE || s === Token.ANY_MAP_TOKEN_VALUE;
}
function suspectNumber(n: number): boolean {
  return n < NUMBER_TOKEN_BELOW || n === Token.NUMBER_MAP_TOKEN_VALUE;
}
function suspectScalar(x: unknown): boolean {
  return (typeof x === 'string' && suspectString(x)) || (typeof x === 'number' && suspectNumber(x));
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
      if (keys.some(suspectString)) return slow(value);
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
  for (const e of elements) deepMerge(metadata, resolve(e.toMetadata()));
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
  for (const e of elements) deepMerge(tf, resolve(e.toTerraform()));
  if (!hasOverrides) return tf;
  // Stack-level overrides may carry tokens: resolve the merged document as cdktf does.
  deepMerge(tf, privates.rawOverrides);
  return resolve(tf);
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
    Object.defineProperty(stack, 'toTerraform', { value: () => singlePassToTerraform(stack), configurable: true, writable: true });
    stack.synthesizer.synthesize(session);
  }
  if (!app.skipValidation) {
    const errors = app.node.validate();
    if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
  }
  return stacks.map((s) => app.manifest.stacks[s.node.id]);
}

/** Stable JSON as cdktf writes it (json-stable-stringify bundled with cdktf, two spaces). */
export function stableJson(value: unknown): string {
  const stringify = internal<(v: unknown, o: { space: number }) => string>('../node_modules/json-stable-stringify/index.js');
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
