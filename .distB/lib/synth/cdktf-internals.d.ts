import { App, StackManifest, TerraformElement, TerraformStack } from 'cdktf';
/** The cdktf version this module was written against (a canary test compares it). */
export declare const CDKTF_VERSION_RELIED_ON = "0.21.0";
/** The installed cdktf version. */
export declare function installedCdktfVersion(): string;
/**
 * Runs `fn` with token creation stack traces off (they only decorate error messages). Nests; the
 * original function is restored when the outermost call returns or throws.
 */
export declare function withTokenStackTracesDisabled<T>(fn: () => T): T;
/** True while token stack traces are off (for tests). */
export declare function tokenStackTracesDisabled(): boolean;
/** Thrown when a stack synthesized as self-contained references a construct of another stack. */
export declare class CrossStackReferenceError extends Error {
    constructor(stack: string, origin: string, identifier: string);
}
/**
 * Token encodings of cdktf (tokens/private/encoding.js): string, list and map tokens embed
 * `TfToken[` in a string; number tokens are doubles with the top 16 bits 0xfdff / 0xfbff (below
 * -1e290); numbers concatenated into strings match NUMBER_TOKEN_REGEX.
 */
export declare const TOKEN_MARKER = "TfToken[";
export declare const NUMBER_TOKEN_BELOW = -1e+200;
/**
 * `NUMBER_IN_STRING.test(s)` without the regex: the unanchored pattern matches exactly when some
 * `e` has a head character right before it and a tail character right after it (both runs are
 * `+`, so one character each side suffices). test/synth/cdktf-internals.test.ts compares both.
 */
export declare function hasNumberInString(s: string): boolean;
/** The regex cdktf uses for numbers concatenated into strings (for comparison in tests). */
export declare const NUMBER_IN_STRING_PATTERN: RegExp;
/**
 * Resolves `value` exactly as cdktf's resolve would, but walks token-free parts itself and hands
 * only values that may hold a token (a marker string, an encoded number, an IResolvable, a map
 * token key) to `slow` (cdktf's resolve). A tenant stack has ~15 tokens among ~2,000 values, and
 * cdktf's generic resolve allocates closures per value.
 */
export declare function resolveMostlyLiteral(value: unknown, slow: (v: unknown) => unknown): unknown;
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
export declare function plainBlock(e: TerraformElement, resolve: (v: unknown) => unknown): PlainBlock | undefined;
/**
 * A resource's `depends_on` list without cdktf's token resolution, when every entry is a
 * `dependable()` token of a resource or data source in the same stack: such an entry resolves to
 * the element's address, `<type>.<logical id>` (`data.<type>.<logical id>`), its `fqn` with the
 * braces suppressed. Anything else (modules, other stacks, literal strings) returns undefined and
 * goes through resolve.
 */
export declare function dependsOnAddresses(list: unknown, stack: TerraformStack): string[] | undefined;
export declare function isPlainStackSynthesizer(stack: TerraformStack): boolean;
/**
 * Synthesizes the given stacks of `app` like `app.synth()` does, for stacks that reference nothing
 * in other stacks (KommuneStack): no cross-stack discovery pass, one resolve pass per element, and
 * no `manifest.json` written (the caller merges the returned entries). Stacks of the app that are
 * not listed are not synthesized (unlike `app.synth()`, which ignores CDKTF_TARGET_STACK_ID).
 * @returns the manifest entry of each synthesized stack, in the given order
 * @throws CrossStackReferenceError when a stack references another stack
 */
export declare function synthesizeSelfContainedStacks(app: App, stacks: readonly TerraformStack[]): StackManifest[];
/** Stable JSON as cdktf writes it (json-stable-stringify bundled with cdktf, two spaces). */
export declare function stableJson(value: unknown): string;
/** cdktf's own stable JSON writer (json-stable-stringify bundled with cdktf), for comparison in tests. */
export declare function cdktfStableJson(value: unknown): string | undefined;
/** A mark in cdktf's process-wide token map: tokens registered after it can be released together. */
export interface TokenMark {
    readonly counter: number;
}
/** Marks the current end of cdktf's process-wide token map. */
export declare function markTokens(): TokenMark;
/**
 * Drops every token registered after `mark` from cdktf's process-wide token map. cdktf never
 * forgets a token, and each token references its construct, so without this a process that
 * synthesizes batch after batch keeps every App alive. Call it only when nothing created after the
 * mark is used again (the batch's App is done); a later lookup of a released token fails loudly
 * ("Unrecognized token key").
 * @returns the number of tokens released
 */
export declare function releaseTokensSince(mark: TokenMark): number;
/** Number of tokens cdktf currently keeps (for tests and the benchmark). */
export declare function liveTokenCount(): number;
export {};
