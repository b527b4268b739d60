/**
 * `node dist/bench/capacity.js [--keep] [--placed-only]`: the Rhineland-Palatinate fleet (2,301 Gemeinden of the
 * municipality register, bench/fleets.ts) synthesized once and replayed into the datacenter model
 * (lib/rehearsal/capacity.ts, lib/rehearsal/model/proxmox/replay.ts):
 *
 * 1. all tenants on one cluster, with the default limits: the first refused write;
 * 2. the same without the storage budget (a judgement, not a Proxmox limit): the cluster file that
 *    overflows first;
 * 3. the same municipalities as a fleet with 7 clusters at two sites (bench/fleets.ts), placed by
 *    the fleet's own placement (lib/allocation/placement.ts) and synthesized with one platform stack
 *    per cluster: every cluster's footprint;
 * 4. candidate reductions (bench/capacity-reductions.ts): bytes per tenant before and after.
 *
 * `--placed-only` runs part 3 alone (one synthesis; the cheapest replay of the placed RLP fleet into
 * the model). The benchmark clusters have 16 nodes in 4 cells of 4 (bench/fleets.ts).
 *
 * How this differs from a terraform rehearsal: see replay.ts (no plan, no provider protocol, no
 * permission checks; every resource a create with its synthesized configuration). Not part of
 * `npm test`: each of the two syntheses takes ~20 s of CPU.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { loadFleetModel, PLATFORM_STACK_NAME } from '../lib/blueprint/fleet';
import { assignTenantKeys } from '../lib/model/tenant-key';
import { formatCapacity, measureClusters } from '../lib/rehearsal/capacity';
import { CLUSTER_FILES } from '../lib/rehearsal/model/proxmox/cluster-files';
import { DEFAULT_CLUSTER_LIMITS } from '../lib/rehearsal/model/proxmox/limits';
import { replayFootprint, type ReplayStack } from '../lib/rehearsal/model/proxmox/replay';
import { REDUCTIONS } from './capacity-reductions';
import { synthFleet } from '../lib/synth/synth-fleet';
import { CELLS_PER_CLUSTER, clusterCountFor, NODES_PER_CLUSTER, register, s, writeFleet } from './fleets';
import type { Municipality } from '../lib/model/tenant-key';

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const placedOnly = process.argv.includes('--placed-only');
  const { rows, real } = register();
  const rlp = rows.filter((g) => g.ags.startsWith('07'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-capacity-'));
  try {
    if (placedOnly) {
      await placedCapacity(dir, rlp, performance.now());
      return;
    }
    const fleetFile = writeFleet(path.join(dir, 'fleet'), rlp, assignTenantKeys(rlp), 'qinq', '07');
    const t0 = performance.now();
    const model = loadFleetModel({ fleetFile });
    const out = path.join(dir, 'out');
    await synthFleet({ model, outdir: out, force: true });
    const t1 = performance.now();
    process.stdout.write(`RLP fleet: ${Object.keys(model.specs).length} tenants (${real ? 'real register' : 'generated stand-in'}), synthesized in ${s(t1 - t0)}\n\n`);
    const one = measureClusters(model, out, { clusterOf: () => 'one' });
    const t2 = performance.now();
    process.stdout.write(`1. one cluster, default limits (${s(t2 - t1)}):\n${formatCapacity(one)}\n`);
    const noBudget = measureClusters(model, out, { clusterOf: () => 'one', limits: { ...DEFAULT_CLUSTER_LIMITS, storagesPerNode: Number.MAX_SAFE_INTEGER } });
    const t3 = performance.now();
    const r = noBudget[0].refusal;
    process.stdout.write(`2. one cluster, no storage budget (${s(t3 - t2)}): ${r === undefined ? 'no refusal' : `refused after ${r.stacksBefore - 1} tenants: ${r.stack} ${r.address}: ${r.error.summary}`}\n\n`);
    const keys = Object.keys(model.specs).sort();
    await placedCapacity(dir, rlp, t3);
    // 4. Candidate reductions (bench/capacity-reductions.ts), per tenant, on the first 200 tenants.
    const read = (name: string): ReplayStack => ({ name, resource: (JSON.parse(fs.readFileSync(path.join(out, 'stacks', name, 'cdk.tf.json'), 'utf8')) as { resource: ReplayStack['resource'] }).resource });
    const sample = keys.slice(0, 200).map(read);
    const platform = [read(PLATFORM_STACK_NAME)];
    const base = replayFootprint(platform);
    const perTenant = (stacks: ReplayStack[]) => {
      const f = replayFootprint([...platform, ...stacks]);
      return Object.fromEntries(CLUSTER_FILES.map((p) => [p, (f.files[p] - base.files[p]) / stacks.length]));
    };
    const before = perTenant(sample);
    process.stdout.write(`4. candidate reductions, bytes per tenant (mean of ${sample.length} tenants), before -> after:\n`);
    for (const red of REDUCTIONS) {
      const after = perTenant(sample.map(red.rewrite));
      const changed = CLUSTER_FILES.filter((p) => Math.abs(after[p] - before[p]) >= 0.05);
      const total = CLUSTER_FILES.reduce((n, p) => n + before[p] - after[p], 0);
      process.stdout.write(`  ${red.name}: ${changed.map((p) => `${p} ${before[p].toFixed(1)} -> ${after[p].toFixed(1)}`).join('; ')} (saves ${total.toFixed(1)} B/tenant; ${red.change})\n`);
    }
  } finally {
    if (keep) process.stdout.write(`kept ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Part 3: the fleet with clusters (and cells), placed, synthesized and measured; prints and returns nothing else. */
async function placedCapacity(dir: string, rlp: readonly Municipality[], t3: number): Promise<void> {
  const placedFile = writeFleet(path.join(dir, 'fleet-placed'), rlp, assignTenantKeys(rlp), 'qinq', '07', clusterCountFor(rlp.length));
  const placedModel = loadFleetModel({ fleetFile: placedFile });
  const placedOut = path.join(dir, 'out-placed');
  await synthFleet({ model: placedModel, outdir: placedOut, force: true });
  const t3b = performance.now();
  const placed = measureClusters(placedModel, placedOut);
  const t4 = performance.now();
  const sizes = placed.map((c) => c.tenants);
  const over = placed.filter((c) => c.refusal !== undefined || c.lines.some((l) => l.used > l.limit));
  process.stdout.write(`3. placed by the fleet's placement on ${placed.length} clusters at two sites (${NODES_PER_CLUSTER} nodes in ${CELLS_PER_CLUSTER} cells each), ${Math.min(...sizes)}-${Math.max(...sizes)} tenants each (written and synthesized in ${s(t3b - t3)}, measured in ${s(t4 - t3b)}):\n${formatCapacity(placed)}`);
  process.stdout.write(`   ${over.length === 0 ? 'every cluster within every limit' : `over a limit: ${over.map((c) => c.cluster).join(', ')}`}\n\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
