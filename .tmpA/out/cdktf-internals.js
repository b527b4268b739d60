"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.NUMBER_IN_STRING_PATTERN = exports.NUMBER_TOKEN_BELOW = exports.TOKEN_MARKER = exports.CrossStackReferenceError = exports.CDKTF_VERSION_RELIED_ON = void 0;
exports.installedCdktfVersion = installedCdktfVersion;
exports.withTokenStackTracesDisabled = withTokenStackTracesDisabled;
exports.tokenStackTracesDisabled = tokenStackTracesDisabled;
exports.hasNumberInString = hasNumberInString;
exports.resolveMostlyLiteral = resolveMostlyLiteral;
exports.plainBlock = plainBlock;
exports.dependsOnAddresses = dependsOnAddresses;
exports.isPlainStackSynthesizer = isPlainStackSynthesizer;
exports.synthesizeSelfContainedStacks = synthesizeSelfContainedStacks;
exports.stableJson = stableJson;
exports.cdktfStableJson = cdktfStableJson;
exports.markTokens = markTokens;
exports.releaseTokensSince = releaseTokensSince;
exports.liveTokenCount = liveTokenCount;
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const stable_json_1 = require("./stable-json");
/** The cdktf version this module was written against (a canary test compares it). */
exports.CDKTF_VERSION_RELIED_ON = '0.21.0';
const CDKTF_LIB = path.dirname(require.resolve('cdktf'));
/** Loads a cdktf-internal module by file (absolute path: the package's `exports` map does not list them). */
const loaded = new Map();
function internal(rel) {
    let mod = loaded.get(rel);
    if (mod === undefined) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require(path.join(CDKTF_LIB, rel));
        loaded.set(rel, mod);
    }
    return mod;
}
/** The installed cdktf version. */
function installedCdktfVersion() {
    return (internal('../package.json')).version;
}
const stackTraceModule = () => internal('tokens/private/stack-trace.js');
const deepMerge = (target, ...sources) => internal('util.js').deepMerge(target, ...sources);
const keysToSnakeCase = (value) => internal('util.js').keysToSnakeCase(value);
const NO_TRACE = () => [];
let disabledDepth = 0;
let original;
/**
 * Runs `fn` with token creation stack traces off (they only decorate error messages). Nests; the
 * original function is restored when the outermost call returns or throws.
 */
function withTokenStackTracesDisabled(fn) {
    const mod = stackTraceModule();
    if (disabledDepth === 0) {
        original = mod.captureStackTrace;
        mod.captureStackTrace = NO_TRACE;
    }
    disabledDepth += 1;
    try {
        return fn();
    }
    finally {
        disabledDepth -= 1;
        if (disabledDepth === 0 && original) {
            mod.captureStackTrace = original;
            original = undefined;
        }
    }
}
/** True while token stack traces are off (for tests). */
function tokenStackTracesDisabled() {
    return stackTraceModule().captureStackTrace === NO_TRACE;
}
/** Thrown when a stack synthesized as self-contained references a construct of another stack. */
class CrossStackReferenceError extends Error {
    constructor(stack, origin, identifier) {
        super(`stack "${stack}" references "${identifier}" of stack "${origin}": the fast fleet synthesis needs self-contained ` +
            'tenant stacks (one state per tenant). Pass platform objects by name (fromAttributes), or synthesize with "app.synth()".');
        this.name = 'CrossStackReferenceError';
    }
}
exports.CrossStackReferenceError = CrossStackReferenceError;
/** cdktf's `Reference` token (tfExpression.ts) keeps the stack it was created in. */
function originStackOf(t) {
    const origin = t.originStack;
    return origin !== undefined && cdktf_1.TerraformStack.isStack(origin) ? origin : undefined;
}
/** The default resolver, refusing references to other stacks. */
class SelfContainedResolver extends cdktf_1.DefaultTokenResolver {
    stack;
    constructor(stack) {
        super(new cdktf_1.StringConcat());
        this.stack = stack;
    }
    resolveToken(t, context, postProcessor) {
        const origin = originStackOf(t);
        if (origin !== undefined && origin !== this.stack) {
            throw new CrossStackReferenceError(this.stack.node.id, origin.node.id, String(t.identifier));
        }
        return super.resolveToken(t, context, postProcessor);
    }
}
/**
 * Token encodings of cdktf (tokens/private/encoding.js): string, list and map tokens embed
 * `TfToken[` in a string; number tokens are doubles with the top 16 bits 0xfdff / 0xfbff (below
 * -1e290); numbers concatenated into strings match NUMBER_TOKEN_REGEX.
 */
exports.TOKEN_MARKER = 'TfToken[';
exports.NUMBER_TOKEN_BELOW = -1e200;
const NUMBER_IN_STRING = /[-|\d|.\+]+(e[-|\d|.|e|E|\+]+)/;
/** `[-|\d.+]` of NUMBER_IN_STRING (before the `e`). */
function numberHead(c) {
    return (c >= 48 && c <= 57) || c === 45 || c === 124 || c === 46 || c === 43;
}
/** `[-|\d.eE+]` of NUMBER_IN_STRING (after the `e`). */
function numberTail(c) {
    return numberHead(c) || c === 101 || c === 69;
}
/**
 * `NUMBER_IN_STRING.test(s)` without the regex: the unanchored pattern matches exactly when some
 * `e` has a head character right before it and a tail character right after it (both runs are
 * `+`, so one character each side suffices). test/synth/cdktf-internals.test.ts compares both.
 */
function hasNumberInString(s) {
    for (let i = s.indexOf('e', 1); i > 0 && i < s.length - 1; i = s.indexOf('e', i + 1)) {
        if (numberHead(s.charCodeAt(i - 1)) && numberTail(s.charCodeAt(i + 1)))
            return true;
    }
    return false;
}
/** The regex cdktf uses for numbers concatenated into strings (for comparison in tests). */
exports.NUMBER_IN_STRING_PATTERN = NUMBER_IN_STRING;
function suspectString(s) {
    return s.includes(exports.TOKEN_MARKER) || hasNumberInString(s) || s === cdktf_1.Token.STRING_MAP_TOKEN_VALUE || s === cdktf_1.Token.ANY_MAP_TOKEN_VALUE;
}
function suspectNumber(n) {
    return n < exports.NUMBER_TOKEN_BELOW || n === cdktf_1.Token.NUMBER_MAP_TOKEN_VALUE;
}
function suspectScalar(x) {
    return (typeof x === 'string' && suspectString(x)) || (typeof x === 'number' && suspectNumber(x));
}
/**
 * Resolves `value` exactly as cdktf's resolve would, but walks token-free parts itself and hands
 * only values that may hold a token (a marker string, an encoded number, an IResolvable, a map
 * token key) to `slow` (cdktf's resolve). A tenant stack has ~15 tokens among ~2,000 values, and
 * cdktf's generic resolve allocates closures per value.
 */
function resolveMostlyLiteral(value, slow) {
    switch (typeof value) {
        case 'string':
            return suspectString(value) ? slow(value) : value;
        case 'number':
            return suspectNumber(value) ? slow(value) : value;
        case 'function':
            return slow(value);
        case 'object': {
            if (value === null)
                return null;
            if (Array.isArray(value)) {
                if (value.some(suspectScalar))
                    return slow(value);
                const out = [];
                for (const x of value) {
                    const r = resolveMostlyLiteral(x, slow);
                    if (r !== undefined)
                        out.push(r);
                }
                return out;
            }
            if (value instanceof Date)
                return value;
            const obj = value;
            if (typeof obj.resolve === 'function' || (obj._children !== undefined && obj._metadata !== undefined))
                return slow(value);
            const keys = Object.keys(obj);
            if (keys.some(suspectString))
                return slow(value);
            const out = {};
            for (const k of keys) {
                const r = resolveMostlyLiteral(obj[k], slow);
                if (r !== undefined)
                    out[k] = r;
            }
            return out;
        }
        default:
            return value;
    }
}
/** The Terraform elements of a stack, in construct order, not descending into nested stacks. */
function terraformElements(node, into = []) {
    if (cdktf_1.TerraformElement.isTerraformElement(node))
        into.push(node);
    for (const child of node.node.children) {
        if (cdktf_1.TerraformStack.isStack(child))
            continue;
        terraformElements(child, into);
    }
    return into;
}
/** Top-level keys a plain block's attributes must not have: they collide with what `toTerraform()` merges in. */
const META_KEYS = ['depends_on', 'count', 'provider', 'lifecycle', 'for_each', 'connection', 'provisioner', '//'];
/** cdktf's own test (terraform-dynamic-block.js; the class is not exported from the package root). */
const isDynamicBlock = (x) => internal('terraform-dynamic-block.js').TerraformDynamicBlock.isTerraformDynamicBlock(x);
/** True when `processDynamicAttributes` would move something: a dynamic block in a plain-object path. */
function hasDynamicBlock(attributes) {
    for (const k in attributes) {
        const v = attributes[k];
        if (v === null || typeof v !== 'object')
            continue;
        if (isDynamicBlock(v))
            return true;
        if (v.constructor === Object && hasDynamicBlock(v))
            return true;
    }
    return false;
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
function plainBlock(e, resolve) {
    const resource = cdktf_1.TerraformResource.isTerraformResource(e);
    if (!resource && !cdktf_1.TerraformDataSource.isTerraformDataSource(e))
        return undefined;
    const p = e;
    for (const _ in p.rawOverrides)
        return undefined;
    if (resource && (p.provisioners !== undefined || p._hasMoved || p._movedByTarget !== undefined || p._movedById !== undefined || p._imported !== undefined)) {
        return undefined;
    }
    const raw = p.synthesizeAttributes();
    for (const k of META_KEYS)
        if (k in raw)
            return undefined;
    if (hasDynamicBlock(raw))
        return undefined;
    const meta = p.terraformMetaArguments;
    const attributes = resolve(raw);
    const dependsOn = meta.dependsOn === undefined ? undefined : dependsOnAddresses(meta.dependsOn, e.cdktfStack);
    const put = (key, value) => {
        if (value === undefined)
            return;
        const r = resolve(value);
        if (r !== undefined)
            attributes[key] = r;
    };
    if (dependsOn !== undefined)
        attributes.depends_on = dependsOn;
    else
        put('depends_on', meta.dependsOn);
    put('count', meta.count);
    put('provider', meta.provider);
    put('lifecycle', meta.lifecycle === undefined ? undefined : keysToSnakeCase(meta.lifecycle));
    put('for_each', meta.forEach);
    put('connection', meta.connection === undefined ? undefined : keysToSnakeCase(meta.connection));
    put('//', p.constructNodeMetadata);
    return { block: resource ? 'resource' : 'data', type: p.terraformResourceType, id: e.friendlyUniqueId, attributes };
}
let dependableClass;
/** The class of the token cdktf's `dependable()` wraps a `dependsOn` entry in (not exported: found with a probe token). */
function dependableTokenClass() {
    if (dependableClass === undefined) {
        const probe = internal('tfExpression.js').dependable({ fqn: 'probe' });
        dependableClass = Object.getPrototypeOf(cdktf_1.Tokenization.reverseString(probe).firstToken).constructor;
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
function dependsOnAddresses(list, stack) {
    if (!Array.isArray(list))
        return undefined;
    const cls = dependableTokenClass();
    const out = [];
    for (const entry of list) {
        if (typeof entry !== 'string')
            return undefined;
        const fragments = cdktf_1.Tokenization.reverseString(entry);
        const token = fragments.firstToken;
        if (fragments.length !== 1 || token === undefined || token.constructor !== cls)
            return undefined;
        const target = token.dependable;
        if (!cdktf_1.TerraformResource.isTerraformResource(target) && !cdktf_1.TerraformDataSource.isTerraformDataSource(target))
            return undefined;
        const element = target;
        if (element.cdktfStack !== stack || typeof element._elementType !== 'string')
            return undefined;
        out.push(`${element._elementType}.${element.friendlyUniqueId}`);
    }
    return out;
}
/** Puts a plain block into the stack document; false when its slot is taken (then deepMerge decides). */
function insertPlainBlock(tf, b) {
    const blocks = (tf[b.block] ??= {});
    if (typeof blocks !== 'object' || blocks === null || Array.isArray(blocks))
        return false;
    const ofType = (blocks[b.type] ??= {});
    if (typeof ofType !== 'object' || ofType === null || Array.isArray(ofType) || ofType[b.id] !== undefined)
        return false;
    ofType[b.id] = b.attributes;
    return true;
}
/** `TerraformStack.toTerraform()` with one resolve pass per element and none over the merged document. */
function singlePassToTerraform(stack) {
    const privates = stack;
    const resolver = new SelfContainedResolver(stack);
    const slow = (obj) => cdktf_1.Tokenization.resolve(obj, { scope: stack, preparing: false, resolver });
    const resolve = (obj) => resolveMostlyLiteral(obj, slow);
    const hasOverrides = Object.keys(privates.rawOverrides).length > 0;
    const metadata = {
        version: privates.cdktfVersion,
        stackName: stack.node.id,
        backend: 'local',
        ...(hasOverrides ? { overrides: { stack: Object.keys(privates.rawOverrides) } } : {}),
    };
    const elements = terraformElements(stack);
    const plain = elements.map((e) => plainBlock(e, resolve));
    elements.forEach((e, i) => {
        if (plain[i] === undefined)
            deepMerge(metadata, resolve(e.toMetadata()));
    });
    const outputs = {};
    for (const e of elements) {
        if (!cdktf_1.TerraformOutput.isTerraformOutput(e))
            continue;
        const nested = e.node.path.split('/').reduceRight((inner, part) => (Object.keys(inner).length === 0 ? { [part]: e.friendlyUniqueId } : { [part]: inner }), {});
        deepMerge(outputs, nested);
    }
    const tf = { '//': { metadata, outputs } };
    elements.forEach((e, i) => {
        const b = plain[i];
        if (b === undefined)
            deepMerge(tf, resolve(e.toTerraform()));
        else if (!insertPlainBlock(tf, b))
            deepMerge(tf, { [b.block]: { [b.type]: { [b.id]: b.attributes } } });
    });
    if (!hasOverrides)
        return tf;
    // Stack-level overrides may carry tokens: resolve the merged document as cdktf does.
    deepMerge(tf, privates.rawOverrides);
    return resolve(tf);
}
/** True when the stack uses cdktf's own StackSynthesizer for JSON output (what {@link synthesizeStack} replicates). */
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
function isPlainStackSynthesizer(stack) {
    const s = stack.synthesizer;
    return (Object.getPrototypeOf(s) === internal('synthesize/synthesizer.js').StackSynthesizer.prototype &&
        s.continueOnErrorAnnotations === false &&
        s.hclOutput === false);
}
const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');
const ANNOTATION_TYPES = [cdktf_1.AnnotationMetadataEntryType.INFO, cdktf_1.AnnotationMetadataEntryType.WARN, cdktf_1.AnnotationMetadataEntryType.ERROR];
/**
 * Invokes the aspects of the tree below `root` like cdktf's invokeAspects: every aspect of a
 * construct and its ancestors visits the construct once, parents before children, an aspect added
 * while aspects run is not applied (and warned about once). cdktf keys "already invoked" by
 * construct path, which costs a path computation per construct; within one walk every construct
 * is visited once, so a per-construct set is the same.
 */
function invokeAspectsOnce(root) {
    let warned = false;
    const recurse = (construct, inherited) => {
        const aspects = cdktf_1.Aspects.of(construct);
        const own = aspects.all;
        const here = own.length === 0 ? inherited : [...inherited, ...own];
        const count = own.length;
        if (here.length > 0) {
            const invoked = new Set();
            for (const aspect of here) {
                if (invoked.has(aspect))
                    continue;
                aspect.visit(construct);
                if (!warned && count !== aspects.all.length) {
                    cdktf_1.Annotations.of(construct).addWarning('We detected an Aspect was added via another Aspect, and will not be applied');
                    warned = true;
                }
                invoked.add(aspect);
            }
        }
        for (const child of construct.node.children)
            recurse(child, here);
    };
    recurse(root, []);
}
/**
 * cdktf's StackSynthesizer.synthesize (JSON output, errors abort) with {@link invokeAspectsOnce}
 * and {@link stableStringify}: aspects, resource-move validation, stack validations, custom
 * synthesis (leaves first), annotations into the manifest, abort on error annotations, write.
 */
function synthesizeStack(stack, session) {
    invokeAspectsOnce(stack);
    if (stack.hasResourceMove()) {
        const { ValidateTerraformVersion } = internal('validations/validate-terraform-version.js');
        stack.node.addValidation(new ValidateTerraformVersion('>=1.5', 'Resource move functionality is only supported for Terraform >=1.5. Please upgrade your Terraform version.'));
    }
    if (!session.skipValidation)
        stack.runAllValidations();
    const stackManifest = session.manifest.forStack(stack);
    const workingDirectory = path.join(session.outdir, stackManifest.workingDirectory);
    if (!fs.existsSync(workingDirectory))
        fs.mkdirSync(workingDirectory);
    const all = stack.node.findAll(constructs_1.ConstructOrder.POSTORDER);
    for (const node of all)
        node[CUSTOM_SYNTHESIS]?.onSynthesize(session);
    const annotations = [];
    for (const node of stack.node.findAll()) {
        for (const m of node.node.metadata) {
            if (!ANNOTATION_TYPES.includes(m.type))
                continue;
            annotations.push({ constructPath: node.node.path, level: m.type, message: m.data, stacktrace: m.trace });
        }
    }
    stackManifest.annotations = annotations;
    const errors = annotations.filter((a) => a.level === cdktf_1.AnnotationMetadataEntryType.ERROR);
    if (errors.length > 0) {
        throw internal('errors.js').encounteredAnnotationWithLevelError(errors.map((a) => `[${a.constructPath}] ${String(a.message)}`).join('\n'));
    }
    fs.writeFileSync(path.join(session.outdir, stackManifest.synthesizedStackPath), (0, stable_json_1.stableStringify)(stack.toTerraform()));
}
/**
 * Synthesizes the given stacks of `app` like `app.synth()` does, for stacks that reference nothing
 * in other stacks (KommuneStack): no cross-stack discovery pass, one resolve pass per element, and
 * no `manifest.json` written (the caller merges the returned entries). Stacks of the app that are
 * not listed are not synthesized (unlike `app.synth()`, which ignores CDKTF_TARGET_STACK_ID).
 * @returns the manifest entry of each synthesized stack, in the given order
 * @throws CrossStackReferenceError when a stack references another stack
 */
function synthesizeSelfContainedStacks(app, stacks) {
    const session = { outdir: app.outdir, skipValidation: app.skipValidation, manifest: app.manifest };
    for (const stack of stacks)
        stack.ensureBackendExists();
    for (const stack of stacks) {
        const define = (fn) => Object.defineProperty(stack, 'toTerraform', { value: fn, configurable: true, writable: true });
        if (isPlainStackSynthesizer(stack)) {
            // Within one synthesize, validations (the compliance rule pack evaluates `stack.toTerraform()`)
            // and the write see the same document: compute it once. It is frozen, so a validation that
            // tried to change it would fail loudly instead of altering the output.
            let memo;
            define(() => (memo ??= deepFreeze(singlePassToTerraform(stack))));
            try {
                synthesizeStack(stack, session);
            }
            finally {
                define(() => singlePassToTerraform(stack));
            }
        }
        else {
            define(() => singlePassToTerraform(stack));
            stack.synthesizer.synthesize(session);
        }
    }
    if (!app.skipValidation) {
        const errors = app.node.validate();
        if (errors.length > 0)
            throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
    }
    return stacks.map((s) => app.manifest.stacks[s.node.id]);
}
/** Stable JSON as cdktf writes it (json-stable-stringify bundled with cdktf, two spaces). */
function stableJson(value) {
    return (0, stable_json_1.stableStringify)(value);
}
/** cdktf's own stable JSON writer (json-stable-stringify bundled with cdktf), for comparison in tests. */
function cdktfStableJson(value) {
    const stringify = internal('../node_modules/json-stable-stringify/index.js');
    return stringify(value, { space: 2 });
}
function tokenMap() {
    const map = global.__cdktfTokenMap;
    if (map === undefined) {
        // Registering any token creates the process-wide map.
        cdktf_1.Token.asString({ resolve: () => '' });
        return global.__cdktfTokenMap;
    }
    return map;
}
/** Marks the current end of cdktf's process-wide token map. */
function markTokens() {
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
function releaseTokensSince(mark) {
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
function liveTokenCount() {
    const map = tokenMap();
    return map.stringTokenMap.size + map.numberTokenMap.size;
}
