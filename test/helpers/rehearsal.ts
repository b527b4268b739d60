/**
 * Test helpers of the rehearsal: is a terraform binary there (skip with a printed reason on a
 * user's machine, fail in CI), temporary copies of example fleets that a test may edit, and a
 * `Scenario` that synthesizes a fleet into a rehearsal workspace and runs real terraform steps.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel, FleetModel, platformStacksOf } from '../../lib/blueprint/fleet';
import { guardPlan, GuardReport } from '../../lib/pipeline/plan-guard';
import type { ShadowLauncher } from '../../lib/rehearsal/providers';
import { applyStack, planStack, readRawPlan, StackRunResult } from '../../lib/rehearsal/stack-run';
import { fleetCiInputSecrets, fleetClusterModels, fleetDatacenterSeed, pipelineIdentities } from '../../lib/rehearsal/identities';
import { Workspace, type DatacenterModelMode, type StackIdentity } from '../../lib/rehearsal/workspace';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { describeUnless } from './skip';

export const REPO = path.resolve(__dirname, '../..');

function probeTerraform(): string | undefined {
  const r = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) return 'terraform is not on PATH';
  if (!fs.existsSync(path.join(REPO, 'dist/lib/rehearsal/plugin/main.js'))) return 'the shadow providers are not built (run npm run build; npm test does)';
  return undefined;
}

/** Why rehearsal tests cannot run here, or undefined when they can. */
export const REHEARSAL_UNAVAILABLE = probeTerraform();

/**
 * `describe` for suites that need real terraform: skips with a printed reason where terraform is
 * missing (shown by jest's default reporter, see ./skip.ts), except in CI (CI=true), where a missing
 * terraform is a failure.
 */
export function describeRehearsal(name: string, body: () => void): void {
  if (REHEARSAL_UNAVAILABLE === undefined) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs terraform and the built shadow providers in CI', () => {
        throw new Error(`rehearsal tests cannot run: ${REHEARSAL_UNAVAILABLE}`);
      });
    });
  } else {
    describeUnless(REHEARSAL_UNAVAILABLE, name, body);
  }
}

const made: string[] = [];
if (typeof afterAll === 'function') afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Copies an example's fleet.yaml, lock and tenant files into a temporary folder a test may edit. */
export function copyExample(example: string): string {
  const src = path.join(REPO, 'examples', example);
  const dir = tempDir(`kommunal-rehearsal-fleet-${example}-`);
  for (const f of ['fleet.yaml', 'fleet.lock.yaml']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  fs.cpSync(path.join(src, 'kommunen'), path.join(dir, 'kommunen'), { recursive: true });
  return dir;
}

/** Replaces text in a file of a copied fleet; fails when the text is not there. */
export function editFile(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found`);
  fs.writeFileSync(file, next);
}

/** A resource change of terraform's real plan JSON (the parts the tests read). */
export interface RawChange {
  readonly address: string;
  readonly previous_address?: string;
  readonly type: string;
  readonly mode: string;
  readonly change: { readonly actions: readonly string[]; readonly before: Record<string, unknown> | null; readonly after: Record<string, unknown> | null; readonly after_unknown?: Record<string, unknown>; readonly replace_paths?: unknown[][] };
  readonly action_reason?: string;
}

/** Addresses with the given action list in a raw plan. */
export function withActions(changes: readonly RawChange[], actions: string): string[] {
  return changes.filter((c) => c.change.actions.join(',') === actions).map((c) => c.address).sort();
}

/** A fleet in a rehearsal workspace: synthesize, plan (with the guard), apply, read the real plan. */
export class Scenario {
  readonly ws: Workspace;
  model!: FleetModel;
  private round = 0;

  /**
   * `datacenterModel`: the model behind the shadow providers (default off); unless off, each stack
   * runs as its pipeline job's identity (pipelineIdentities of the fleet as last synthesized).
   * `ws.datacenterModel` may be switched between steps.
   */
  constructor(
    readonly fleetDir: string,
    options: {
      launcher?: ShadowLauncher;
      /** The datacenter model's mode. @default 'off' */
      datacenterModel?: DatacenterModelMode;
      /** Who each stack runs as. @default - its pipeline job's identity (pipelineIdentities) */
      identityOf?: (stack: string) => StackIdentity;
      /** KV secrets written with the seed. @default - every tenant's pipeline inputs (fleetCiInputSecrets) */
      vaultSecrets?: Parameters<typeof Workspace.open>[0]['vaultSecrets'];
    } = {},
  ) {
    const initial = loadFleetModel({ fleetFile: path.join(fleetDir, 'fleet.yaml'), displayRoot: fleetDir });
    const clusters = fleetClusterModels(initial);
    this.ws = Workspace.open({
      dir: tempDir('kommunal-rehearsal-ws-'),
      tool: 'terraform',
      launcher: options.launcher,
      datacenterModel: options.datacenterModel ?? 'off',
      identityOf: options.identityOf ?? ((stack) => pipelineIdentities(this.model ?? initial)(stack)),
      proxmoxSeed: fleetDatacenterSeed(initial),
      vaultSecrets: options.vaultSecrets ?? fleetCiInputSecrets(initial),
      // A fleet with clusters: one model Proxmox datacenter per cluster endpoint (lib/rehearsal/endpoints.ts).
      ...(clusters !== undefined ? { proxmoxClusters: clusters } : {}),
    });
  }

  /** The resources in a stack's state (`type.name`), as terraform wrote them. */
  stateAddresses(stack: string): string[] {
    const file = path.join(this.ws.stateDir, `${stack}.tfstate`);
    if (!fs.existsSync(file)) return [];
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as { resources?: { mode: string; type: string; name: string }[] };
    return (state.resources ?? []).filter((r) => r.mode === 'managed').map((r) => `${r.type}.${r.name}`).sort();
  }

  /** Loads the fleet as it is on disk now and synthesizes the platform and the given tenants into the workspace. */
  async synth(tenants: readonly string[]): Promise<void> {
    this.model = loadFleetModel({ fleetFile: path.join(this.fleetDir, 'fleet.yaml'), displayRoot: this.fleetDir });
    this.round += 1;
    const outdir = path.join(this.ws.dir, `synth-${this.round}`);
    await synthFleet({ model: this.model, outdir, tenants, platform: true, force: true, jobs: 1, runner: 'inline', fleetKeys: Object.keys(this.model.specs) });
    for (const s of [...this.platformStacks(), ...tenants]) this.ws.prepareStack(s, path.join(outdir, 'stacks', s));
  }

  /** The platform stacks in apply order: `platform`, then `platform-<id>` per cluster of a fleet with clusters. */
  platformStacks(): string[] {
    return platformStacksOf(this.model.platform).map((p) => p.name);
  }

  /** The guard of a stack on a given run date. */
  guardFor(stack: string, date: string): (plan: Parameters<typeof guardPlan>[0]) => GuardReport {
    const spec = this.model.specs[stack];
    return (plan) => guardPlan(plan, spec, { date });
  }

  /**
   * init, plan, show -json and the guard (run date `date`), as the generated plan job runs them: no
   * separate `terraform validate` (the CLI rehearsal and stack-failures.test.ts cover that step).
   */
  plan(stack: string, options: { date?: string; destroy?: boolean } = {}): Promise<StackRunResult> {
    return planStack(this.ws, stack, { guard: this.guardFor(stack, options.date ?? '2026-12-05'), destroy: options.destroy, validate: false });
  }

  apply(stack: string, destroyed = false): Promise<StackRunResult> {
    return applyStack(this.ws, stack, destroyed);
  }

  /** The resource changes of the stack's last saved plan, as terraform wrote them. */
  changes(stack: string): RawChange[] {
    return ((readRawPlan(this.ws, stack).resource_changes ?? []) as RawChange[]).filter((c) => c.mode === 'managed');
  }

  /** Plan and apply, expecting both to pass; returns the plan's result. */
  async planAndApply(stack: string): Promise<StackRunResult> {
    const p = await this.plan(stack);
    expectOk(p);
    expectOk(await this.apply(stack));
    return p;
  }
}

/** Fails with the stack's failure text (terraform's own) when a step failed. */
export function expectOk(r: StackRunResult): void {
  expect({ stack: r.stack, failure: r.failure }).toEqual({ stack: r.stack, failure: undefined });
}
