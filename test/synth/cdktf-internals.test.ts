/**
 * Canary for lib/synth/cdktf-internals.ts: every cdktf internal the fast synthesis relies on is
 * checked here, so a cdktf upgrade that changes one fails this file with a message saying what.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { Annotations, App, Aspects, IAspect, Lazy, TerraformOutput, TerraformStack, Token, Tokenization, DefaultTokenResolver, StringConcat } from 'cdktf';
import { Acl } from '../../lib/providers/proxmox/acl';
import { ProxmoxConnection } from '../../lib/providers/proxmox-connection';
import { DataProxmoxVirtualEnvironmentVersion } from '../../lib/providers/proxmox/data-proxmox-virtual-environment-version';
import { VirtualEnvironmentPool as Pool } from '../../lib/providers/proxmox/virtual-environment-pool';
import { TerraformDataSource, TerraformElement, TerraformIterator, TerraformResource } from 'cdktf';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { exampleModel } from '../helpers/fleet';
import {
  CDKTF_VERSION_RELIED_ON, CrossStackReferenceError, hasNumberInString, isPlainStackSynthesizer, installedCdktfVersion, liveTokenCount, markTokens, NUMBER_TOKEN_BELOW,
  NUMBER_IN_STRING_PATTERN, dependsOnAddresses, plainBlock, releaseTokensSince, resolveMostlyLiteral, synthesizeSelfContainedStacks, TOKEN_MARKER, tokenStackTracesDisabled,
  withTokenStackTracesDisabled,
} from '../../lib/synth/internal/cdktf-internals';

const cdktfResolve = (scope: TerraformStack, v: unknown) =>
  Tokenization.resolve(v, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});
function tmpApp(): { app: App; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-internals-'));
  tmpDirs.push(dir);
  return { app: new App({ outdir: dir, stackTraces: false }), dir };
}

describe('cdktf internals relied on by the fast synthesis', () => {
  it('runs against the cdktf version it was written for (re-check every item of cdktf-internals.ts on upgrade)', () => {
    expect(installedCdktfVersion()).toBe(CDKTF_VERSION_RELIED_ON);
  });

  it('turns token creation stack traces off through the stack-trace module export, and back on', () => {
    const traced = Lazy.anyValue({ produce: () => 1 }) as unknown as { creationStack: string[] };
    expect(traced.creationStack.length).toBeGreaterThan(0);
    const untraced = withTokenStackTracesDisabled(() => {
      expect(tokenStackTracesDisabled()).toBe(true);
      return Lazy.anyValue({ produce: () => 1 }) as unknown as { creationStack: string[] };
    });
    expect(untraced.creationStack).toEqual([]);
    expect(tokenStackTracesDisabled()).toBe(false);
  });

  it('knows how cdktf encodes string, list, map and number tokens', () => {
    const r = { resolve: () => 'x' };
    expect(Token.asString(r)).toContain(TOKEN_MARKER);
    expect(Token.asList(r)[0]).toContain(TOKEN_MARKER);
    expect(Object.keys(Token.asStringMap(r))[0]).toContain(TOKEN_MARKER);
    expect(Token.asNumber(r)).toBeLessThan(NUMBER_TOKEN_BELOW);
    expect(Token.asNumberList(r)[0]).toBeLessThan(NUMBER_TOKEN_BELOW);
  });

  it('detects numbers in strings exactly like the regex it replaces (property and edge cases)', () => {
    expect(NUMBER_IN_STRING_PATTERN.source).toBe('[-|\\d|.\\+]+(e[-|\\d|.|e|E|\\+]+)');
    const edge = ['1e5', 'e5', '1e', 'x-e-', 'a|e|b', '.eE', '+ee', 'kommune-eins', 're-eeg', 'Lee', '9eX', '', 'e', 'ee', '1e1e1'];
    for (const s of edge) expect([s, hasNumberInString(s)]).toEqual([s, NUMBER_IN_STRING_PATTERN.test(s)]);
    const chars = fc.constantFrom('e', 'E', '1', '0', '-', '|', '.', '+', 'a', '_', ' ', '/');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(chars, { maxLength: 12 }).map((a) => a.join(''))), (s) => {
        expect(hasNumberInString(s)).toBe(NUMBER_IN_STRING_PATTERN.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves like cdktf for any mix of literals and tokens (property)', () => {
    const { app } = tmpApp();
    const stack = new TerraformStack(app, 's');
    const tokens = fc.constantFrom<unknown>(
      Token.asString({ resolve: () => 'str' }),
      `prefix-${Token.asString({ resolve: () => 'mid' })}-suffix`,
      `n=${Token.asNumber({ resolve: () => 42 })}`,
      Token.asNumber({ resolve: () => 7 }),
      Token.asList({ resolve: () => ['a', 'b'] }),
      Token.asStringMap({ resolve: () => ({ k: 'v' }) }),
      Lazy.anyValue({ produce: () => ({ nested: Token.asString({ resolve: () => 'deep' }), gone: undefined }) }),
      '1e5 and 2e+300',
      undefined,
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tokens),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(resolveMostlyLiteral(v, (x) => cdktfResolve(stack, x))).toEqual(cdktfResolve(stack, v));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the private stack fields and internal modules it reads', () => {
    const { app } = tmpApp();
    const stack = new TerraformStack(app, 's') as unknown as { rawOverrides: unknown; cdktfVersion: unknown };
    expect(stack.rawOverrides).toEqual({});
    expect(stack.cdktfVersion).toBe(CDKTF_VERSION_RELIED_ON);
    const map = (global as unknown as { __cdktfTokenMap: { stringTokenMap: unknown; numberTokenMap: unknown; tokenCounter: unknown } }).__cdktfTokenMap;
    expect(map.stringTokenMap).toBeInstanceOf(Map);
    expect(map.numberTokenMap).toBeInstanceOf(Map);
    expect(typeof map.tokenCounter).toBe('number');
  });

  it('releases exactly the tokens registered after a mark', () => {
    const keep = Token.asString({ resolve: () => 'keep' });
    const keepNumber = Token.asNumber({ resolve: () => 1 });
    const mark = markTokens();
    const before = liveTokenCount();
    Token.asString({ resolve: () => 'a' });
    Token.asNumber({ resolve: () => 2 });
    Token.asList({ resolve: () => ['b'] });
    expect(liveTokenCount()).toBe(before + 3);
    expect(releaseTokensSince(mark)).toBe(3);
    expect(liveTokenCount()).toBe(before);
    const { app } = tmpApp();
    const stack = new TerraformStack(app, 's');
    expect(cdktfResolve(stack, { keep, keepNumber })).toEqual({ keep: 'keep', keepNumber: 1 });
  });

  it('renders plain resources and data sources exactly like resolve(element.toTerraform()), and leaves every other case to toTerraform', () => {
    const model = exampleModel('musterstadt');
    const { app } = tmpApp();
    const elements = (stack: TerraformStack): TerraformElement[] => stack.node.findAll().filter((c): c is TerraformElement => TerraformElement.isTerraformElement(c));
    const tenant = new KommuneStack(app, 'musterstadt', { spec: model.specs.musterstadt, platform: model.platform });
    const edge = new TerraformStack(app, 'edge');
    new ProxmoxConnection(edge, 'Proxmox');
    const pool = new Pool(edge, 'Pool', { poolId: 'p', lifecycle: { preventDestroy: true, ignoreChanges: ['comment'] } });
    const acl = new Acl(edge, 'Acl', { path: '/pool/p', roleId: 'PVEAuditor', groupId: Token.asString(Lazy.stringValue({ produce: () => 'g' })), dependsOn: [pool] });
    const version = new DataProxmoxVirtualEnvironmentVersion(edge, 'Version', { dependsOn: [acl] });
    new Pool(edge, 'AfterVersion', { poolId: 'v', dependsOn: [version, pool] });
    // Cases the plain path must refuse: an override, a move, a dynamic block.
    new Pool(edge, 'Overridden', { poolId: 'o' }).addOverride('comment', 'x');
    new Pool(edge, 'Moved', { poolId: 'm' }).moveFromId('proxmox_virtual_environment_pool.old');
    const dyn = new Pool(edge, 'Dynamic', { poolId: 'd' }) as unknown as { synthesizeAttributes(): Record<string, unknown> };
    // What a binding's listMapper makes of `iterator.dynamic(...)` on a block attribute (the class is not exported from the package root).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { TerraformDynamicBlock } = require(path.join(path.dirname(require.resolve('cdktf')), 'terraform-dynamic-block.js')) as {
      TerraformDynamicBlock: new (args: { forEach: TerraformIterator; content: unknown }) => object;
    };
    const block = new TerraformDynamicBlock({ forEach: TerraformIterator.fromList(['a']), content: { name: 'a' } });
    const attrs = dyn.synthesizeAttributes.bind(dyn);
    dyn.synthesizeAttributes = () => ({ ...attrs(), nested: { member: block } });

    let fast = 0;
    for (const stack of [tenant, edge]) {
      const resolve = (v: unknown) => cdktfResolve(stack, v);
      for (const e of elements(stack)) {
        const b = plainBlock(e, resolve);
        const expected = resolve(e.toTerraform());
        if (b === undefined) continue;
        fast += 1;
        expect([e.node.path, { [b.block]: { [b.type]: { [b.id]: b.attributes } } }]).toEqual([e.node.path, expected]);
        expect(Object.keys(b.attributes)).toEqual(Object.keys((expected as Record<string, Record<string, Record<string, object>>>)[b.block][b.type][b.id]));
        expect(resolve(e.toMetadata())).toEqual({});
      }
    }
    // depends_on entries are addresses computed without resolving the dependable tokens.
    let lists = 0;
    for (const stack of [tenant, edge]) {
      for (const e of elements(stack)) {
        const list = (e as unknown as { dependsOn?: string[] }).dependsOn;
        if (list === undefined) continue;
        lists += 1;
        expect(dependsOnAddresses(list, stack)).toEqual(cdktfResolve(stack, list));
      }
    }
    expect(lists).toBeGreaterThan(20);
    expect(dependsOnAddresses(['proxmox_virtual_environment_pool.literal'], edge)).toBeUndefined();
    const other = new TerraformStack(app, 'other');
    const crossing = new Pool(other, 'Crossing', { poolId: 'c', dependsOn: [acl] }) as unknown as { dependsOn: string[] };
    expect(dependsOnAddresses(crossing.dependsOn, other)).toBeUndefined(); // an element of another stack: left to resolve
    expect(dependsOnAddresses(crossing.dependsOn, edge)).toEqual(['proxmox_acl.Acl']);
    const blocks = [tenant, edge].flatMap(elements).filter((e) => TerraformResource.isTerraformResource(e) || TerraformDataSource.isTerraformDataSource(e)).length;
    const refused = ['Overridden', 'Moved', 'Dynamic'].map((id) => plainBlock(edge.node.findChild(id) as TerraformElement, (v) => cdktfResolve(edge, v)));
    expect(refused).toEqual([undefined, undefined, undefined]);
    expect(fast).toBe(blocks - 3); // every resource and data source but the three refused ones
    expect(fast).toBeGreaterThan(60);
  });

  it('synthesizes through the stack synthesizer with the single-pass toTerraform (outputs, overrides)', () => {
    const { app, dir } = tmpApp();
    const stack = new TerraformStack(app, 'tenant');
    new ProxmoxConnection(stack, 'Proxmox');
    const acl = new Acl(stack, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
    new TerraformOutput(stack, 'out', { value: acl.id });
    stack.addOverride('terraform.required_version', Lazy.stringValue({ produce: () => '>= 1.6' }));
    const [entry] = synthesizeSelfContainedStacks(app, [stack]);
    expect(entry.synthesizedStackPath).toBe(path.join('stacks', 'tenant', 'cdk.tf.json'));
    const json = JSON.parse(fs.readFileSync(path.join(dir, entry.synthesizedStackPath), 'utf8')) as {
      output: Record<string, { value: string }>;
      terraform: { required_version: string };
      '//': { metadata: { overrides: unknown } };
    };
    expect(Object.values(json.output)[0].value).toMatch(/^\$\{proxmox_acl\.Acl\.id\}$/);
    expect(json.terraform.required_version).toBe('>= 1.6');
    expect(json['//'].metadata.overrides).toEqual({ stack: ['terraform'] });
    expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(false);
  });

  it('fails when a stack references a construct of another stack (cdktf Reference keeps originStack)', () => {
    const { app } = tmpApp();
    const a = new TerraformStack(app, 'a');
    new ProxmoxConnection(a, 'Proxmox');
    const acl = new Acl(a, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
    const b = new TerraformStack(app, 'b');
    new ProxmoxConnection(b, 'Proxmox');
    new TerraformOutput(b, 'leak', { value: acl.id });
    expect(() => synthesizeSelfContainedStacks(app, [b])).toThrow(CrossStackReferenceError);
    expect(() => synthesizeSelfContainedStacks(app, [b])).toThrow(/stack "b" references "proxmox_acl\.Acl\.id" of stack "a"/);
  });

  it('recognizes cdktf\'s own StackSynthesizer (synthesizer.js, its private flags) so the replicated synthesize runs', () => {
    const { app } = tmpApp();
    expect(isPlainStackSynthesizer(new TerraformStack(app, 'plain'))).toBe(true);
  });

  it('runs aspects, annotations and error aborts like app.synth() (same manifest annotations, same error message)', () => {
    const build = (app: App) => {
      const stack = new TerraformStack(app, 'tenant');
      new ProxmoxConnection(stack, 'Proxmox');
      new Acl(stack, 'Acl', { path: '/pool/x', roleId: 'PVEAuditor', groupId: 'g' });
      const visited: string[] = [];
      const aspect: IAspect = { visit: (c) => visited.push(c.node.path) };
      Aspects.of(stack).add(aspect);
      Aspects.of(stack.node.findChild('Acl')).add(aspect); // inherited and own: visits once
      Annotations.of(stack.node.findChild('Acl')).addWarning('careful');
      return { stack, visited };
    };
    const fast = tmpApp();
    const f = build(fast.app);
    synthesizeSelfContainedStacks(fast.app, [f.stack]);
    const plain = tmpApp();
    const p = build(plain.app);
    plain.app.synth();
    expect(f.visited).toEqual(p.visited);
    expect(f.visited.filter((x) => x === 'tenant/Acl')).toHaveLength(1);
    expect(fast.app.manifest.stacks.tenant.annotations).toEqual(plain.app.manifest.stacks.tenant.annotations);
    expect(fs.readFileSync(path.join(fast.dir, 'stacks/tenant/cdk.tf.json'), 'utf8')).toBe(fs.readFileSync(path.join(plain.dir, 'stacks/tenant/cdk.tf.json'), 'utf8'));

    const errFast = tmpApp();
    const ef = build(errFast.app);
    Annotations.of(ef.stack).addError('broken');
    const errPlain = tmpApp();
    const ep = build(errPlain.app);
    Annotations.of(ep.stack).addError('broken');
    let plainMessage = '';
    try {
      errPlain.app.synth();
    } catch (e) {
      plainMessage = (e as Error).message;
    }
    expect(plainMessage).toMatch(/broken/);
    expect(() => synthesizeSelfContainedStacks(errFast.app, [ef.stack])).toThrow(plainMessage);

    // A failing construct validation: the same message as TerraformStack.runAllValidations.
    const invalid = (app: App) => {
      const { stack } = build(app);
      stack.node.findChild('Acl').node.addValidation({ validate: () => ['acl says no', 'and no again'] });
      return stack;
    };
    const vFast = tmpApp();
    const vPlain = tmpApp();
    let validationMessage = '';
    try {
      invalid(vPlain.app);
      vPlain.app.synth();
    } catch (e) {
      validationMessage = (e as Error).message;
    }
    expect(validationMessage).toMatch(/\[tenant\/Acl\] acl says no\n  \[tenant\/Acl\] and no again/);
    expect(() => synthesizeSelfContainedStacks(vFast.app, [invalid(vFast.app)])).toThrow(validationMessage);
  });
});
