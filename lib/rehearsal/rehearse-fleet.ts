/**
 * `kommunal rehearse` as a function: synthesize the fleet (or some tenants) into a workspace, then
 * run the platform stack first and each tenant after it through init, validate, plan, show, the
 * plan guard, apply and a second plan — real terraform against the shadow providers. A tenant is
 * only rehearsed when the platform stack passed (tenant stacks reference platform objects by name).
 *
 * A fleet with clusters (docs/clusters.md) is rehearsed in its pipeline's order: `platform` (the
 * fleet-wide Vault part, with the legacyCluster's Proxmox part against that cluster's model), then
 * `platform-<id>` of every other cluster, then the tenants; a tenant only
 * when `platform` and its own cluster's platform passed. Each cluster has its own model Proxmox VE
 * datacenter, served at the cluster's endpoint (lib/rehearsal/endpoints.ts): every stack's provider
 * talks to the model its endpoint names, Vault is one fleet-wide model.
 */
import { tenantFootprint } from '../model/footprint';
import * as path from 'path';
import { FleetModel, PLATFORM_STACK_NAME, platformStackOfCluster, platformStacksOf } from '../blueprint/fleet';
import { clusterOf } from '../model/clusters';
import { guardPlan } from '../pipeline/plan-guard';
import { synthFleet } from '../synth/synth-fleet';
import type { ShadowLauncher } from './providers';
import { runStack, StackRunResult } from './stack-run';
import type { TfTool } from './terraform';
import type { RecordedRefusal } from './engine/provider';
import type { PendingSdnChange } from './model/proxmox';
import { fleetCiInputSecrets, fleetClusterModels, fleetDatacenterSeed, pipelineIdentities } from './identities';
import { Workspace, type DatacenterModelMode } from './workspace';

export interface FleetRehearsalOptions {
  readonly model: FleetModel;
  /** Tenants to rehearse after the platform stack. @default - every tenant of the fleet */
  readonly tenants?: readonly string[];
  /** The rehearsal's folder (synthesized stacks, providers, working folders, states). */
  readonly workDir: string;
  readonly tool: TfTool;
  /** Tenant stacks rehearsed at the same time. @default 1 */
  readonly jobs?: number;
  /** Plan and guard only: no apply, no second plan. @default false */
  readonly planOnly?: boolean;
  /** The run date the plan guard checks approvals against (YYYY-MM-DD). */
  readonly date: string;
  readonly failApplyOf?: readonly string[];
  readonly launcher?: ShadowLauncher;
  /**
   * The datacenter model (see WorkspaceOptions.datacenterModel); each stack runs as its pipeline
   * job's identity (identities.ts). In `record` mode every refusal is returned and makes the run fail.
   * @default 'off'
   */
  readonly datacenterModel?: DatacenterModelMode;
  /** Tenant file names in guard messages are shown relative to this folder. @default - absolute paths */
  readonly displayRoot?: string;
  /** Called after each stack. */
  readonly onStack?: (result: StackRunResult, done: number, total: number) => void;
  /** Called once the stacks are synthesized and the workspace is ready. */
  readonly onReady?: (total: number) => void;
}

export interface FleetRehearsalResult {
  readonly ok: boolean;
  readonly tool: string;
  readonly toolVersion: string;
  readonly workDir: string;
  readonly stacks: readonly StackRunResult[];
  /** Tenants not rehearsed because the platform stack (or their cluster's platform stack) failed. */
  readonly skipped: readonly string[];
  readonly synthMs: number;
  readonly ms: number;
  /** What the datacenter model refused (mode `record`), sorted by stack. */
  readonly refusals: readonly RecordedRefusal[];
  /**
   * SDN objects left pending after every stack ran (the model is on and nothing applied them):
   * the run fails, as the tenants' networks would not exist on the nodes.
   */
  readonly pendingSdn: readonly PendingSdnChange[];
}

/** Rehearses the platform stack and then the tenants; never throws for a failing stack. */
export async function rehearseFleet(o: FleetRehearsalOptions): Promise<FleetRehearsalResult> {
  const t0 = Date.now();
  const clusterModels = fleetClusterModels(o.model);
  const ws = Workspace.open({
    dir: o.workDir,
    tool: o.tool,
    failApplyOf: o.failApplyOf,
    launcher: o.launcher,
    datacenterModel: o.datacenterModel ?? 'off',
    identityOf: pipelineIdentities(o.model),
    proxmoxSeed: fleetDatacenterSeed(o.model),
    vaultSecrets: fleetCiInputSecrets(o.model),
    ...(clusterModels !== undefined ? { proxmoxClusters: clusterModels } : {}),
  });
  const tenants = [...(o.tenants ?? Object.keys(o.model.specs))].sort();
  const outdir = path.join(ws.dir, 'synth');
  await synthFleet({ model: o.model, outdir, tenants, platform: true, force: true, jobs: 1, runner: 'inline', fleetKeys: Object.keys(o.model.specs) });
  const synthMs = Date.now() - t0;
  const platforms = platformStacksOf(o.model.platform);
  const total = tenants.length + platforms.length;
  o.onReady?.(total);
  const results: StackRunResult[] = [];
  let done = 0;
  const record = (r: StackRunResult) => {
    results.push(r);
    done += 1;
    o.onStack?.(r, done, total);
  };

  // The platform stacks one after the other, in the pipeline's order; a cluster's platform only
  // after the fleet-wide one (which holds the legacyCluster's Proxmox part) passed.
  const passed = new Set<string>();
  for (const p of platforms) {
    if (p.name !== PLATFORM_STACK_NAME && !passed.has(PLATFORM_STACK_NAME)) continue;
    ws.prepareStack(p.name, path.join(outdir, 'stacks', p.name));
    const r = await runStack(ws, p.name, { planOnly: o.planOnly, guard: (plan) => guardPlan(plan, undefined, { date: o.date }) });
    record(r);
    if (r.ok) passed.add(p.name);
  }
  const clustered = o.model.platform.clusters !== undefined;
  const ready = (key: string): boolean => passed.has(PLATFORM_STACK_NAME) && (!clustered || passed.has(platformStackOfCluster(o.model.platform, clusterOf(o.model.specs[key]!))));
  const skipped = tenants.filter((k) => !ready(k));
  const queue = tenants.filter(ready);
  const worker = async () => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      const spec = o.model.specs[key]!;
      ws.prepareStack(key, path.join(outdir, 'stacks', key));
      const file = path.join(o.model.fleet.tenantsDir, `${key}.yaml`);
      const tenantFile = o.displayRoot !== undefined ? path.relative(o.displayRoot, file) : file;
      record(await runStack(ws, key, { planOnly: o.planOnly, guard: (plan) => guardPlan(plan, spec, { date: o.date, tenantFile, footprint: tenantFootprint(spec, o.model.lock.tenants[key]?.segments) }) }));
    }
  };
  if (queue.length > 0) await Promise.all(Array.from({ length: Math.max(1, Math.min(o.jobs ?? 1, queue.length)) }, worker));
  const order = [...platforms.map((p) => p.name), ...tenants];
  results.sort((a, b) => order.indexOf(a.stack) - order.indexOf(b.stack));
  const refusals = ws.refusals();
  // Only a run that applied can leave SDN pending on purpose; a plan-only run applies nothing.
  const pendingSdn = ws.datacenterModel !== 'off' && !o.planOnly ? ws.pendingSdn() : [];
  return {
    ok: results.every((r) => r.ok) && skipped.length === 0 && refusals.length === 0 && pendingSdn.length === 0,
    refusals,
    pendingSdn,
    tool: ws.tool.tool,
    toolVersion: ws.tool.version,
    workDir: ws.dir,
    stacks: results,
    skipped,
    synthMs,
    ms: Date.now() - t0,
  };
}
