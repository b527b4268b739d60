/**
 * No Terraform template injection (issue #14, item 3): every string of every construct's props,
 * set to hostile text, is either refused or synthesized as literal text. "Literal" is checked on
 * the synthesized JSON: every `${...}`/`%{...}` Terraform would evaluate is one the blueprint
 * wrote (it is there with harmless props as well).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { BackupPlan } from '../../lib/backup/backup-plan';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { PlatformStack } from '../../lib/blueprint/platform-stack';
import { platformForTenant } from '../../lib/blueprint/resolve-platform';
import { accessProps, backupProps, firewallProps, loggingProps, networkProps, vaultProps } from '../../lib/blueprint/internal/tenant-props';
import { escapeTemplateLiteral } from '../../lib/core/terraform-template';
import { PlatformRoles } from '../../lib/identity/platform-roles';
import { TenantAccess } from '../../lib/identity/tenant-access';
import { TenantVault } from '../../lib/identity/tenant-vault';
import { LoggingBaseline } from '../../lib/logging/logging-baseline';
import { NetworkSegments } from '../../lib/network/network-segments';
import { TenantFirewall } from '../../lib/network/tenant-firewall';
import { exampleModel, LANDKREIS, MUSTERSTADT, VERBANDSGEMEINDE } from '../compliance/fixtures';
import { runKommunal } from '../helpers/cli';
import { synthModel } from '../helpers/fleet';
import { withShallowStackCaptures } from '../helpers/stack-traces';
import { synthJson, testApp } from '../helpers/synth';
import { evaluatedSequences } from '../helpers/templates';

/** The attack of the issue plus the other sequences the template scanner reacts to. */
const ATTACK = '${filebase64("/proc/self/environ")} %{ for x in y }$${ $ %';
const hostileText = fc
  .array(fc.constantFrom('${', '%{', '$${', '%%{', '$', '%', '}', '{', 'x', ' ', '"', 'upper("a")', 'ä', '~'), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

type Path = readonly (string | number)[];
/** A string in the props: its value, or (kind `key`) a map key. */
interface StringSlot {
  readonly path: Path;
  readonly kind: 'value' | 'key';
  readonly original: string;
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Array.isArray(v));

/** Every string value and map key in plain data (class instances are left out). */
function stringSlots(value: unknown, path: Path = []): StringSlot[] {
  if (typeof value === 'string') return [{ path, kind: 'value', original: value }];
  if (!isPlain(value)) return [];
  const out: StringSlot[] = [];
  for (const [k, v] of Object.entries(value)) {
    const key: string | number = Array.isArray(value) ? Number(k) : k;
    if (!Array.isArray(value)) out.push({ path: [...path, k], kind: 'key', original: k });
    out.push(...stringSlots(v, [...path, key]));
  }
  return out;
}

/** A copy of `value` with the slot changed to `text` (copy on write along the path). */
function withSlot(value: unknown, slot: StringSlot, text: string, depth = 0): unknown {
  if (depth === slot.path.length) return text;
  const seg = slot.path[depth];
  if (Array.isArray(value)) return value.map((x, i) => (i === seg ? withSlot(x, slot, text, depth + 1) : x));
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k !== seg) out[k] = v;
    else if (slot.kind === 'key' && depth === slot.path.length - 1) out[text] = v;
    else out[k] = withSlot(v, slot, text, depth + 1);
  }
  return out;
}

interface Case {
  readonly name: string;
  readonly props: unknown;
  /** Synthesizes the case's construct with `props` in a stack of `app` (see {@link synthIn}). */
  readonly synth: (app: App, props: never) => unknown;
}

/**
 * Builds one stack with `id` in `app`, synthesizes it and removes it from the app again, also when
 * building or synthesis throws: each case reuses one app for its many syntheses, and every one of
 * them starts from the same empty app (same construct paths, so the same logical IDs), without a
 * new app and output folder each time.
 */
function synthIn(app: App, id: string, build: (app: App, id: string) => TerraformStack): unknown {
  try {
    return synthJson(build(app, id));
  } finally {
    app.node.tryRemoveChild(id);
  }
}

function l2<P>(name: string, props: P, build: (scope: Construct, props: P) => void): Case {
  return {
    name,
    props,
    synth: (app: App, p: P) =>
      synthIn(app, 'test', (a, id) => {
        const stack = new TerraformStack(a, id);
        build(stack, p);
        return stack;
      }),
  };
}

const cases: Case[] = [];
for (const dir of [MUSTERSTADT, VERBANDSGEMEINDE, LANDKREIS]) {
  const model = exampleModel(dir);
  const spec = Object.values(model.specs)[0];
  // The tenant's cluster's platform (its nodes, zone settings), as KommuneStack takes it: the
  // landkreis tenants' guests need their cluster's nodes.
  const platform = platformForTenant(model.platform, spec);
  const at = `${spec.key}: `;
  cases.push(
    l2(`${at}NetworkSegments`, networkProps(spec, platform), (s, p) => new NetworkSegments(s, 'Network', p)),
    l2(`${at}TenantFirewall`, firewallProps(spec, platform.network.nodes ?? []), (s, p) => new TenantFirewall(s, 'Firewall', p)),
    l2(`${at}TenantAccess`, accessProps(spec, platform), (s, p) => new TenantAccess(s, 'Access', p)),
    l2(`${at}TenantVault`, vaultProps(spec, platform), (s, p) => new TenantVault(s, 'Vault', p)),
    l2(`${at}BackupPlan`, backupProps(spec, platform), (s, p) => new BackupPlan(s, 'Backup', p)),
    l2(`${at}LoggingBaseline`, loggingProps(spec, platform), (s, p) => new LoggingBaseline(s, 'Logging', p)),
    l2(`${at}PlatformRoles`, { roleIds: platform.roles }, (s, p) => new PlatformRoles(s, 'Roles', p)),
  );
  // The stacks take the whole spec; one example keeps the file's run time down (the L2 cases
  // above already cover each example's props).
  if (dir !== MUSTERSTADT) continue;
  cases.push(
    {
      name: `${at}KommuneStack (tenant spec)`,
      props: spec,
      synth: (app: App, p: typeof spec) => synthIn(app, 'k', (a, id) => new KommuneStack(a, id, { spec: p, platform, compliance: false })),
    },
    {
      name: `${at}PlatformStack (platform spec)`,
      props: platform,
      synth: (app: App, p: typeof platform) => synthIn(app, 'platform', (a, id) => new PlatformStack(a, id, { platform: p })),
    },
  );
}

/**
 * Synthesizes, or returns the error the constructs refused the props with. cdktf's token creation
 * stacks stay empty while it runs (test/helpers/stack-traces.ts: cdktf captures one per token, and
 * jest's source-map formatting of them was the larger part of this file's run time).
 */
function attempt(c: Case, app: App, props: unknown): { json?: unknown; error?: Error } {
  return withShallowStackCaptures(() => {
    try {
      return { json: c.synth(app, props as never) };
    } catch (e) {
      return { error: e as Error };
    }
  });
}

/** The template sequences of a synthesized stack that are not among the blueprint's own. */
function foreignSequences(json: unknown, own: ReadonlySet<string>): string[] {
  return evaluatedSequences(json).filter((t) => !own.has(t));
}

describe.each(cases)('$name', (c) => {
  const app = testApp();
  const benign = withShallowStackCaptures(() => c.synth(app, c.props as never));
  const own = new Set(evaluatedSequences(benign));
  const slots = stringSlots(c.props);
  /** Outcome of the attack appended to each string in turn. */
  const sweep = slots.map((slot) => ({ slot, ...attempt(c, app, withSlot(c.props, slot, slot.original + ATTACK)) }));
  const rendered = sweep.filter((r) => r.error === undefined).map((r) => r.slot);
  /** Strings whose text reaches the JSON: the attack shows up there, escaped. */
  const escapedAttack = JSON.stringify(escapeTemplateLiteral(ATTACK)).slice(1, -1);
  const reaching = sweep.filter((r) => r.json !== undefined && JSON.stringify(r.json).includes(escapedAttack)).map((r) => r.slot);

  it('has strings in its props that render, and its own sequences are references only', () => {
    expect(rendered.length).toBeGreaterThan(0);
    for (const t of own) expect(t).toMatch(/^\$\{[a-z_][a-zA-Z0-9_.\-[\]"]*\}$/);
  });

  it('renders the attack in any one string as literal text, or refuses it (every string, appended)', () => {
    for (const r of sweep) {
      if (r.error !== undefined) expect(r.error).toBeInstanceOf(Error);
      else expect({ slot: r.slot.path.join('.'), foreign: foreignSequences(r.json, own) }).toEqual({ slot: r.slot.path.join('.'), foreign: [] });
    }
  });

  // Where no string reaches the JSON as text (IDs, numbers-as-text), the strings that render at all.
  it('renders any hostile text in any string that reaches the JSON as literal text, or refuses it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(reaching.length > 0 ? reaching : rendered)), hostileText, fc.boolean(), (slot, text, append) => {
        const r = attempt(c, app, withSlot(c.props, slot, append ? slot.original + text : text));
        return r.error !== undefined || foreignSequences(r.json, own).length === 0;
      }),
      { numRuns: 25, seed: 14 },
    );
  });
});

describe('the whole fleet path: a tenant file whose name holds a template', () => {
  const hostileName = 'Stadt ${filebase64("/proc/self/environ")}';
  const escapedInJson = JSON.stringify(escapeTemplateLiteral(hostileName)).slice(1, -1);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-inject-'));
    fs.cpSync(MUSTERSTADT, dir, { recursive: true, filter: (src) => !src.includes('cdktf.out') });
    const file = path.join(dir, 'kommunen/musterstadt.yaml');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^name: Musterstadt$/m);
    fs.writeFileSync(file, text.replace(/^name: Musterstadt$/m, `name: '${hostileName}'`));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The template sequences of a stack that the harmless example does not have. */
  function foreign(stack: unknown, reference: unknown): string[] {
    return foreignSequences(stack, new Set(evaluatedSequences(reference)));
  }

  it('validates, resolves and synthesizes (app.synth) to a stack that holds the name as escaped text', () => {
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    expect(model.specs.musterstadt.name).toBe(hostileName);
    const hostile = synthModel(model);
    const reference = synthModel(exampleModel(MUSTERSTADT));
    expect(hostile.texts.musterstadt).toContain(escapedInJson);
    expect(hostile.texts.musterstadt).not.toContain('"Stadt ${');
    expect(foreign(hostile.stacks.musterstadt, reference.stacks.musterstadt)).toEqual([]);
  });

  it('synthesizes the same escaped text with kommunal synth (worker processes, fast path)', () => {
    const r = runKommunal(['synth', '--fleet', path.join(dir, 'fleet.yaml'), '--jobs', '2'], { cwd: dir, env: { ...process.env, CI: 'true' }, timeoutMs: 120000 });
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'cdktf.out/stacks/musterstadt/cdk.tf.json'), 'utf8');
    expect(text).toContain(escapedInJson);
    expect(text).not.toContain('"Stadt ${');
  });
});
