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
/**
 * Canary for lib/synth/cdktf-internals.ts: every cdktf internal the fast synthesis relies on is
 * checked here, so a cdktf upgrade that changes one fails this file with a message saying what.
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const fc = __importStar(require("fast-check"));
const cdktf_1 = require("cdktf");
const acl_1 = require("../../lib/providers/proxmox/acl");
const proxmox_connection_1 = require("../../lib/providers/proxmox-connection");
const data_proxmox_virtual_environment_version_1 = require("../../lib/providers/proxmox/data-proxmox-virtual-environment-version");
const virtual_environment_pool_1 = require("../../lib/providers/proxmox/virtual-environment-pool");
const cdktf_2 = require("cdktf");
const kommune_stack_1 = require("../../lib/blueprint/kommune-stack");
const fleet_1 = require("../helpers/fleet");
const cdktf_internals_1 = require("../../lib/synth/cdktf-internals");
const cdktfResolve = (scope, v) => cdktf_1.Tokenization.resolve(v, { scope, preparing: false, resolver: new cdktf_1.DefaultTokenResolver(new cdktf_1.StringConcat()) });
const tmpDirs = [];
afterAll(() => {
    for (const d of tmpDirs)
        fs.rmSync(d, { recursive: true, force: true });
});
function tmpApp() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-internals-'));
    tmpDirs.push(dir);
    return { app: new cdktf_1.App({ outdir: dir, stackTraces: false }), dir };
}
describe('cdktf internals relied on by the fast synthesis', () => {
    it('runs against the cdktf version it was written for (re-check every item of cdktf-internals.ts on upgrade)', () => {
        expect((0, cdktf_internals_1.installedCdktfVersion)()).toBe(cdktf_internals_1.CDKTF_VERSION_RELIED_ON);
    });
    it('turns token creation stack traces off through the stack-trace module export, and back on', () => {
        const traced = cdktf_1.Lazy.anyValue({ produce: () => 1 });
        expect(traced.creationStack.length).toBeGreaterThan(0);
        const untraced = (0, cdktf_internals_1.withTokenStackTracesDisabled)(() => {
            expect((0, cdktf_internals_1.tokenStackTracesDisabled)()).toBe(true);
            return cdktf_1.Lazy.anyValue({ produce: () => 1 });
        });
        expect(untraced.creationStack).toEqual([]);
        expect((0, cdktf_internals_1.tokenStackTracesDisabled)()).toBe(false);
    });
    it('knows how cdktf encodes string, list, map and number tokens', () => {
        const r = { resolve: () => 'x' };
        expect(cdktf_1.Token.asString(r)).toContain(cdktf_internals_1.TOKEN_MARKER);
        expect(cdktf_1.Token.asList(r)[0]).toContain(cdktf_internals_1.TOKEN_MARKER);
        expect(Object.keys(cdktf_1.Token.asStringMap(r))[0]).toContain(cdktf_internals_1.TOKEN_MARKER);
        expect(cdktf_1.Token.asNumber(r)).toBeLessThan(cdktf_internals_1.NUMBER_TOKEN_BELOW);
        expect(cdktf_1.Token.asNumberList(r)[0]).toBeLessThan(cdktf_internals_1.NUMBER_TOKEN_BELOW);
    });
    it('detects numbers in strings exactly like the regex it replaces (property and edge cases)', () => {
        expect(cdktf_internals_1.NUMBER_IN_STRING_PATTERN.source).toBe('[-|\\d|.\\+]+(e[-|\\d|.|e|E|\\+]+)');
        const edge = ['1e5', 'e5', '1e', 'x-e-', 'a|e|b', '.eE', '+ee', 'kommune-eins', 're-eeg', 'Lee', '9eX', '', 'e', 'ee', '1e1e1'];
        for (const s of edge)
            expect([s, (0, cdktf_internals_1.hasNumberInString)(s)]).toEqual([s, cdktf_internals_1.NUMBER_IN_STRING_PATTERN.test(s)]);
        const chars = fc.constantFrom('e', 'E', '1', '0', '-', '|', '.', '+', 'a', '_', ' ', '/');
        fc.assert(fc.property(fc.oneof(fc.string(), fc.array(chars, { maxLength: 12 }).map((a) => a.join(''))), (s) => {
            expect((0, cdktf_internals_1.hasNumberInString)(s)).toBe(cdktf_internals_1.NUMBER_IN_STRING_PATTERN.test(s));
        }), { numRuns: 2000 });
    });
    it('resolves like cdktf for any mix of literals and tokens (property)', () => {
        const { app } = tmpApp();
        const stack = new cdktf_1.TerraformStack(app, 's');
        const tokens = fc.constantFrom(cdktf_1.Token.asString({ resolve: () => 'str' }), `prefix-${cdktf_1.Token.asString({ resolve: () => 'mid' })}-suffix`, `n=${cdktf_1.Token.asNumber({ resolve: () => 42 })}`, cdktf_1.Token.asNumber({ resolve: () => 7 }), cdktf_1.Token.asList({ resolve: () => ['a', 'b'] }), cdktf_1.Token.asStringMap({ resolve: () => ({ k: 'v' }) }), cdktf_1.Lazy.anyValue({ produce: () => ({ nested: cdktf_1.Token.asString({ resolve: () => 'deep' }), gone: undefined }) }), '1e5 and 2e+300', undefined);
        const value = fc.letrec((tie) => ({
            leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tokens),
            node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
        })).node;
        fc.assert(fc.property(value, (v) => {
            expect((0, cdktf_internals_1.resolveMostlyLiteral)(v, (x) => cdktfResolve(stack, x))).toEqual(cdktfResolve(stack, v));
        }), { numRuns: 300 });
    });
    it('keeps the private stack fields and internal modules it reads', () => {
        const { app } = tmpApp();
        const stack = new cdktf_1.TerraformStack(app, 's');
        expect(stack.rawOverrides).toEqual({});
        expect(stack.cdktfVersion).toBe(cdktf_internals_1.CDKTF_VERSION_RELIED_ON);
        const map = global.__cdktfTokenMap;
        expect(map.stringTokenMap).toBeInstanceOf(Map);
        expect(map.numberTokenMap).toBeInstanceOf(Map);
        expect(typeof map.tokenCounter).toBe('number');
    });
    it('releases exactly the tokens registered after a mark', () => {
        const keep = cdktf_1.Token.asString({ resolve: () => 'keep' });
        const keepNumber = cdktf_1.Token.asNumber({ resolve: () => 1 });
        const mark = (0, cdktf_internals_1.markTokens)();
        const before = (0, cdktf_internals_1.liveTokenCount)();
        cdktf_1.Token.asString({ resolve: () => 'a' });
        cdktf_1.Token.asNumber({ resolve: () => 2 });
        cdktf_1.Token.asList({ resolve: () => ['b'] });
        expect((0, cdktf_internals_1.liveTokenCount)()).toBe(before + 3);
        expect((0, cdktf_internals_1.releaseTokensSince)(mark)).toBe(3);
        expect((0, cdktf_internals_1.liveTokenCount)()).toBe(before);
        const { app } = tmpApp();
        const stack = new cdktf_1.TerraformStack(app, 's');
        expect(cdktfResolve(stack, { keep, keepNumber })).toEqual({ keep: 'keep', keepNumber: 1 });
    });
    it('renders plain resources and data sources exactly like resolve(element.toTerraform()), and leaves every other case to toTerraform', () => {
        const model = (0, fleet_1.exampleModel)('musterstadt');
        const { app } = tmpApp();
        const elements = (stack) => stack.node.findAll().filter((c) => cdktf_2.TerraformElement.isTerraformElement(c));
        const tenant = new kommune_stack_1.KommuneStack(app, 'musterstadt', { spec: model.specs.musterstadt, platform: model.platform });
        const edge = new cdktf_1.TerraformStack(app, 'edge');
        new proxmox_connection_1.ProxmoxConnection(edge, 'Proxmox');
        const pool = new virtual_environment_pool_1.VirtualEnvironmentPool(edge, 'Pool', { poolId: 'p', lifecycle: { preventDestroy: true, ignoreChanges: ['comment'] } });
        const acl = new acl_1.Acl(edge, 'Acl', { path: '/pool/p', roleId: 'PVEAuditor', groupId: cdktf_1.Token.asString(cdktf_1.Lazy.stringValue({ produce: () => 'g' })), dependsOn: [pool] });
        const version = new data_proxmox_virtual_environment_version_1.DataProxmoxVirtualEnvironmentVersion(edge, 'Version', { dependsOn: [acl] });
        new virtual_environment_pool_1.VirtualEnvironmentPool(edge, 'AfterVersion', { poolId: 'v', dependsOn: [version, pool] });
        // Cases the plain path must refuse: an override, a move, a dynamic block.
        new virtual_environment_pool_1.VirtualEnvironmentPool(edge, 'Overridden', { poolId: 'o' }).addOverride('comment', 'x');
        new virtual_environment_pool_1.VirtualEnvironmentPool(edge, 'Moved', { poolId: 'm' }).moveFromId('proxmox_virtual_environment_pool.old');
        const dyn = new virtual_environment_pool_1.VirtualEnvironmentPool(edge, 'Dynamic', { poolId: 'd' });
        // What a binding's listMapper makes of `iterator.dynamic(...)` on a block attribute (the class is not exported from the package root).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { TerraformDynamicBlock } = require(path.join(path.dirname(require.resolve('cdktf')), 'terraform-dynamic-block.js'));
        const block = new TerraformDynamicBlock({ forEach: cdktf_2.TerraformIterator.fromList(['a']), content: { name: 'a' } });
        const attrs = dyn.synthesizeAttributes.bind(dyn);
        dyn.synthesizeAttributes = () => ({ ...attrs(), nested: { member: block } });
        let fast = 0;
        for (const stack of [tenant, edge]) {
            const resolve = (v) => cdktfResolve(stack, v);
            for (const e of elements(stack)) {
                const b = (0, cdktf_internals_1.plainBlock)(e, resolve);
                const expected = resolve(e.toTerraform());
                if (b === undefined)
                    continue;
                fast += 1;
                expect([e.node.path, { [b.block]: { [b.type]: { [b.id]: b.attributes } } }]).toEqual([e.node.path, expected]);
                expect(Object.keys(b.attributes)).toEqual(Object.keys(expected[b.block][b.type][b.id]));
                expect(resolve(e.toMetadata())).toEqual({});
            }
        }
        // depends_on entries are addresses computed without resolving the dependable tokens.
        let lists = 0;
        for (const stack of [tenant, edge]) {
            for (const e of elements(stack)) {
                const list = e.dependsOn;
                if (list === undefined)
                    continue;
                lists += 1;
                expect((0, cdktf_internals_1.dependsOnAddresses)(list, stack)).toEqual(cdktfResolve(stack, list));
            }
        }
        expect(lists).toBeGreaterThan(20);
        expect((0, cdktf_internals_1.dependsOnAddresses)(['proxmox_virtual_environment_pool.literal'], edge)).toBeUndefined();
        const other = new cdktf_1.TerraformStack(app, 'other');
        const crossing = new virtual_environment_pool_1.VirtualEnvironmentPool(other, 'Crossing', { poolId: 'c', dependsOn: [acl] });
        expect((0, cdktf_internals_1.dependsOnAddresses)(crossing.dependsOn, other)).toBeUndefined(); // an element of another stack: left to resolve
        expect((0, cdktf_internals_1.dependsOnAddresses)(crossing.dependsOn, edge)).toEqual(['proxmox_acl.Acl']);
        const blocks = [tenant, edge].flatMap(elements).filter((e) => cdktf_2.TerraformResource.isTerraformResource(e) || cdktf_2.TerraformDataSource.isTerraformDataSource(e)).length;
        const refused = ['Overridden', 'Moved', 'Dynamic'].map((id) => (0, cdktf_internals_1.plainBlock)(edge.node.findChild(id), (v) => cdktfResolve(edge, v)));
        expect(refused).toEqual([undefined, undefined, undefined]);
        expect(fast).toBe(blocks - 3); // every resource and data source but the three refused ones
        expect(fast).toBeGreaterThan(60);
    });
    it('synthesizes through the stack synthesizer with the single-pass toTerraform (outputs, overrides)', () => {
        const { app, dir } = tmpApp();
        const stack = new cdktf_1.TerraformStack(app, 'tenant');
        new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
        const acl = new acl_1.Acl(stack, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
        new cdktf_1.TerraformOutput(stack, 'out', { value: acl.id });
        stack.addOverride('terraform.required_version', cdktf_1.Lazy.stringValue({ produce: () => '>= 1.6' }));
        const [entry] = (0, cdktf_internals_1.synthesizeSelfContainedStacks)(app, [stack]);
        expect(entry.synthesizedStackPath).toBe(path.join('stacks', 'tenant', 'cdk.tf.json'));
        const json = JSON.parse(fs.readFileSync(path.join(dir, entry.synthesizedStackPath), 'utf8'));
        expect(Object.values(json.output)[0].value).toMatch(/^\$\{proxmox_acl\.Acl\.id\}$/);
        expect(json.terraform.required_version).toBe('>= 1.6');
        expect(json['//'].metadata.overrides).toEqual({ stack: ['terraform'] });
        expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(false);
    });
    it('fails when a stack references a construct of another stack (cdktf Reference keeps originStack)', () => {
        const { app } = tmpApp();
        const a = new cdktf_1.TerraformStack(app, 'a');
        new proxmox_connection_1.ProxmoxConnection(a, 'Proxmox');
        const acl = new acl_1.Acl(a, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
        const b = new cdktf_1.TerraformStack(app, 'b');
        new proxmox_connection_1.ProxmoxConnection(b, 'Proxmox');
        new cdktf_1.TerraformOutput(b, 'leak', { value: acl.id });
        expect(() => (0, cdktf_internals_1.synthesizeSelfContainedStacks)(app, [b])).toThrow(cdktf_internals_1.CrossStackReferenceError);
        expect(() => (0, cdktf_internals_1.synthesizeSelfContainedStacks)(app, [b])).toThrow(/stack "b" references "proxmox_acl\.Acl\.id" of stack "a"/);
    });
    it('recognizes cdktf\'s own StackSynthesizer (synthesizer.js, its private flags) so the replicated synthesize runs', () => {
        const { app } = tmpApp();
        expect((0, cdktf_internals_1.isPlainStackSynthesizer)(new cdktf_1.TerraformStack(app, 'plain'))).toBe(true);
    });
    it('runs aspects, annotations and error aborts like app.synth() (same manifest annotations, same error message)', () => {
        const build = (app) => {
            const stack = new cdktf_1.TerraformStack(app, 'tenant');
            new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
            new acl_1.Acl(stack, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
            const visited = [];
            const aspect = { visit: (c) => visited.push(c.node.path) };
            cdktf_1.Aspects.of(stack).add(aspect);
            cdktf_1.Aspects.of(stack.node.findChild('Acl')).add(aspect); // inherited and own: visits once
            cdktf_1.Annotations.of(stack.node.findChild('Acl')).addWarning('careful');
            return { stack, visited };
        };
        const fast = tmpApp();
        const f = build(fast.app);
        (0, cdktf_internals_1.synthesizeSelfContainedStacks)(fast.app, [f.stack]);
        const plain = tmpApp();
        const p = build(plain.app);
        plain.app.synth();
        expect(f.visited).toEqual(p.visited);
        expect(f.visited.filter((x) => x === 'tenant/Acl')).toHaveLength(1);
        expect(fast.app.manifest.stacks.tenant.annotations).toEqual(plain.app.manifest.stacks.tenant.annotations);
        expect(fs.readFileSync(path.join(fast.dir, 'stacks/tenant/cdk.tf.json'), 'utf8')).toBe(fs.readFileSync(path.join(plain.dir, 'stacks/tenant/cdk.tf.json'), 'utf8'));
        const errFast = tmpApp();
        const ef = build(errFast.app);
        cdktf_1.Annotations.of(ef.stack).addError('broken');
        const errPlain = tmpApp();
        const ep = build(errPlain.app);
        cdktf_1.Annotations.of(ep.stack).addError('broken');
        let plainMessage = '';
        try {
            errPlain.app.synth();
        }
        catch (e) {
            plainMessage = e.message;
        }
        expect(plainMessage).toMatch(/broken/);
        expect(() => (0, cdktf_internals_1.synthesizeSelfContainedStacks)(errFast.app, [ef.stack])).toThrow(plainMessage);
    });
});
