/**
 * `npm run bench`: fleet-scale synthesis on real municipality lists.
 *
 *   node dist/bench/run.js [--with-germany-baseline] [--jobs N] [--sizes 500,2301,10793] [--keep]
 *
 * Builds fleets (one kommune.yaml per Gemeinde, keys from assignTenantKeys) from
 * ../shared/data/gemeinden-2021.csv (or a generated stand-in of the same size), then measures, each
 * in its own child process: the fast path (lib/synth), the plain cdktf path (`new App(); new
 * Fleet(app, model); app.synth()`), and the JSON-write floor (JSON.stringify + write of the same
 * documents). Also: one changed tenant re-synthesized by `kommunal synth --tenant`, validate +
 * allocation + resolution of the Germany fleet, and the isolation analysis of lib/compliance when
 * it is there.
 *
 * Fleets above 350 tenants declare ceil(n / 350) clusters at two sites (bench/fleets.ts: RLP 7,
 * Germany 31) and are placed by the fleet's own placement when their lock is written. For them the
 * benchmark also prints, per cluster and in total: tenants, synthesized output, the isolation
 * analysis (lib/compliance) of the cluster's tenants, one cluster synthesized alone, and for the
 * RLP fleet the capacity of every cluster measured by the datacenter model's replay
 * (lib/rehearsal/capacity.ts).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App } from 'cdktf';
import { Fleet, loadFleetModel } from '../lib/blueprint/fleet';
import { assignTenantKeys } from '../lib/model/tenant-key';
import { synthFleet } from '../lib/synth/synth-fleet';
import { loadFleetModelForTenants } from '../lib/synth/select';
import { analyseIsolation, isolationInputFromFootprint } from '../lib/compliance/isolation';
import { clusterPlatformStackName, PLATFORM_STACK_NAME } from '../lib/blueprint/platform-stack';
import { clusterOf } from '../lib/model/clusters';
import { FootprintRegistry } from '../lib/model/footprint';
import type { TenantSpec } from '../lib/model/spec';
import { formatCapacity, measureClusters } from '../lib/rehearsal/capacity';

import { clusterCountFor, CSV, GERMANY, line, mib, REPO, register, RLP, s, writeFleet } from './fleets';

// ---------------------------------------------------------------------------------------------
// Child measurements: each prints one JSON line.
// ---------------------------------------------------------------------------------------------

interface ChildResult {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMiB: number;
  readonly [k: string]: unknown;
}

function own(): { cpuMs: number; maxRssMiB: number } {
  const u = process.resourceUsage();
  return { cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024 };
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const stacks = path.join(dir, 'stacks');
  for (const s of fs.readdirSync(stacks)) {
    const f = path.join(stacks, s, 'cdk.tf.json');
    if (fs.existsSync(f)) {
      files += 1;
      bytes += fs.statSync(f).size;
    }
  }
  return { files, bytes };
}

async function child(mode: string, fleetFile: string, outdir: string, extra: string[]): Promise<void> {
  const t0 = performance.now();
  let result: Record<string, unknown> = {};
  if (mode === 'load') {
    const model = loadFleetModel({ fleetFile });
    result = { tenants: Object.keys(model.specs).length };
  } else if (mode === 'fast') {
    const jobs = extra[0] ? Number(extra[0]) : undefined;
    const runner = (extra[1] || undefined) as 'process' | 'thread' | 'inline' | undefined;
    const model = loadFleetModel({ fleetFile });
    const tLoad = performance.now();
    const r = await synthFleet({ model, outdir, jobs, runner, force: true });
    // Tenant stacks only: the fleet-wide `platform` stack grows with the fleet (every tenant's CI
    // login) and is reported on its own.
    const resources = Object.keys(model.specs).map((k) => r.stacks[k]?.resources ?? 0);
    const platform = r.stacks[PLATFORM_STACK_NAME];
    result = {
      loadMs: tLoad - t0, synthMs: performance.now() - tLoad, stacks: r.built.length, runner: r.runner, jobs: r.jobs,
      workers: r.workers, resourcesPerTenant: Math.max(...resources), platformResources: platform?.resources ?? 0, platformBytes: platform?.bytes ?? 0, ...dirBytes(outdir),
    };
  } else if (mode === 'clusters') {
    // Per cluster of a placed fleet: tenants, synthesized bytes (tenant stacks + platform-<id>), and
    // the isolation analysis of its tenants; then the whole fleet's analysis; with `capacity`, every
    // cluster's footprint from the datacenter model's replay.
    const model = loadFleetModel({ fleetFile });
    const tLoad = performance.now();
    const byCluster = new Map<string, Record<string, TenantSpec>>();
    for (const key of Object.keys(model.specs).sort()) {
      const c = clusterOf(model.specs[key]);
      byCluster.set(c, { ...(byCluster.get(c) ?? {}), [key]: model.specs[key] });
    }
    const isolate = (specs: Readonly<Record<string, TenantSpec>>) => {
      const t = performance.now();
      const registry = FootprintRegistry.fromFleet(specs, { lock: model.lock });
      const inputs = registry.tenants.map((fp) => isolationInputFromFootprint(specs[fp.owner], fp));
      const r = analyseIsolation(inputs, { registry });
      return { ms: performance.now() - t, violations: r.violations.length, grantsChecked: r.grantsChecked };
    };
    const size = (name: string) => {
      const f = path.join(outdir, 'stacks', name, 'cdk.tf.json');
      return fs.existsSync(f) ? fs.statSync(f).size : 0;
    };
    const clusters = [...byCluster].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, specs]) => ({
      id, tenants: Object.keys(specs).length,
      bytes: size(clusterPlatformStackName(id)) + Object.keys(specs).reduce((n, k) => n + size(k), 0),
      isolation: isolate(specs),
    }));
    const total = isolate(model.specs);
    const capacity = extra[0] === 'capacity' ? formatCapacity(measureClusters(model, outdir)) : undefined;
    result = { loadMs: tLoad - t0, clusters, total, ...(capacity !== undefined ? { capacity, capacityMs: performance.now() - tLoad - clusters.reduce((n, c) => n + c.isolation.ms, 0) - total.ms } : {}) };
  } else if (mode === 'cluster-alone') {
    // One cluster's stacks (its platform stacks and tenants) synthesized alone, as a pipeline of
    // that cluster would.
    const model = loadFleetModel({ fleetFile });
    const tLoad = performance.now();
    const keys = Object.keys(model.specs).filter((k) => clusterOf(model.specs[k]) === extra[0]);
    const r = await synthFleet({ model, outdir, tenants: keys, platform: true, force: true });
    result = { loadMs: tLoad - t0, synthMs: performance.now() - tLoad, tenants: keys.length, built: r.built.length, ...dirBytes(outdir) };
  } else if (mode === 'one') {
    // One tenant with the light load (lib/synth/select), into an existing output folder.
    const sel = loadFleetModelForTenants({ fleetFile }, [extra[0]]);
    const tLoad = performance.now();
    const r = await synthFleet({ model: sel.model, fleetKeys: sel.fleetKeys, outdir, tenants: [extra[0]], platform: false });
    result = { loadMs: tLoad - t0, synthMs: performance.now() - tLoad, partial: sel.partial, built: r.built };
  } else if (mode === 'plain') {
    const model = loadFleetModel({ fleetFile });
    const tLoad = performance.now();
    const app = new App({ outdir });
    new Fleet(app, model);
    app.synth();
    result = { loadMs: tLoad - t0, synthMs: performance.now() - tLoad, ...dirBytes(outdir) };
  } else if (mode === 'floor') {
    const docs = fs.readdirSync(path.join(fleetFile, 'stacks')).map((s) => ({ s, doc: JSON.parse(fs.readFileSync(path.join(fleetFile, 'stacks', s, 'cdk.tf.json'), 'utf8')) as unknown }));
    const t1 = performance.now();
    for (const { s, doc } of docs) {
      fs.mkdirSync(path.join(outdir, s), { recursive: true });
      fs.writeFileSync(path.join(outdir, s, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
    }
    result = { floorMs: performance.now() - t1, files: docs.length };
  }
  const r: ChildResult = { wallMs: performance.now() - t0, ...own(), ...result };
  process.stdout.write(`${JSON.stringify(r)}\n`);
}

function runChild(mode: string, fleetFile: string, outdir: string, ...extra: string[]): ChildResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, '--child', mode, fleetFile, outdir, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed (${r.status}):\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop()!;
  return { ...(JSON.parse(line) as ChildResult), processWallMs: performance.now() - t0 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1], args[2], args[3], args.slice(4));
    return;
  }
  const flag = (name: string) => args.includes(name);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const jobs = opt('--jobs') ?? String(typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  const sizes = (opt('--sizes') ?? `500,${RLP},${GERMANY}`).split(',').map(Number);
  const withGermanyBaseline = flag('--with-germany-baseline');
  const repeat = Number(opt('--repeat') ?? '1');
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number of at least 1, got "${opt('--repeat')}"`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';

  process.stdout.write(`kommunal-cdk fleet synthesis benchmark\n`);
  process.stdout.write(`machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const { rows, real } = register();
  process.stdout.write(real ? `data: ${CSV} (${rows.length} Gemeinden)\n` : `data: ${CSV} is absent: using a GENERATED stand-in of ${rows.length} municipalities (same size, synthetic names)\n`);
  process.stdout.write(`jobs: ${jobs}; work folder ${root}\n\n`);
  const keys = assignTenantKeys(rows);
  const rlp = rows.filter((g) => g.ags.startsWith('07'));

  const t0 = performance.now();
  const fleets = new Map<number, string>();
  for (const n of sizes) {
    const pick = n === RLP ? rlp : n === GERMANY ? rows : rlp.slice(0, n);
    const zone = n <= 4093 ? 'qinq' : 'evpn';
    fleets.set(n, writeFleet(path.join(root, `fleet-${n}`), pick, keys, zone, pick.every((g) => g.ags.startsWith('07')) ? '07' : undefined, clusterCountFor(n)));
  }
  process.stdout.write(`fleets written (one kommune.yaml per tenant, lock allocated) in ${s(performance.now() - t0)}\n\n`);

  const summary: string[] = [];
  for (const n of sizes) {
    const fleetFile = fleets.get(n)!;
    const zone = n <= 4093 ? 'qinq' : 'evpn';
    const clusterCount = clusterCountFor(n);
    process.stdout.write(`== ${n.toLocaleString('en-US')} tenants (${zone} zone, full KommuneStack blueprint + ${clusterCount === 0 ? 'platform stack' : `platform stack + ${clusterCount} cluster platform stacks, placed on ${clusterCount} clusters at two sites`})\n`);
    const fastOut = path.join(root, `out-fast-${n}`);
    // With --repeat, the fast path runs several times (each into a fresh folder); the median run is
    // reported, and the speed-up uses it: on a noisy machine one run can be off by 20 % and more.
    const runs: ChildResult[] = [];
    for (let r = 0; r < repeat; r++) {
      const out = r === 0 ? fastOut : path.join(root, `out-fast-${n}-${r}`);
      runs.push(runChild('fast', fleetFile, out, jobs));
      if (r > 0) fs.rmSync(out, { recursive: true, force: true });
    }
    const byWall = [...runs].sort((a, b) => a.wallMs - b.wallMs);
    // The median; of an even number of runs the slower middle one (never the best run by accident).
    const fast = byWall[Math.floor(byWall.length / 2)];
    if (repeat > 1) line(`fast path wall, ${repeat} runs`, `${runs.map((r) => s(r.wallMs)).join(', ')} → median ${s(fast.wallMs)}, min ${s(byWall[0].wallMs)}`);
    const workers = fast.workers as { maxRssMiB: number; cpuMs: number; stacks: number }[];
    const peakWorker = Math.max(0, ...runs.flatMap((r) => (r.workers as { maxRssMiB: number }[]).map((w) => w.maxRssMiB)));
    line(repeat > 1 ? 'fast path wall (median run: load + synth)' : 'fast path wall (load + synth)', `${s(fast.wallMs)}  (load+validate+allocate ${s(fast.loadMs as number)}, synth ${s(fast.synthMs as number)}; process incl. start ${s(fast.processWallMs as number)})`);
    line('fast path peak RSS', `${mib(peakWorker)} per worker${repeat > 1 ? ' (highest of all runs)' : ''} (${workers.length} ${fast.runner} workers), parent ${mib(fast.maxRssMiB)}`);
    line('fast path CPU', `${s(workers.reduce((a, w) => a + w.cpuMs, 0) + fast.cpuMs)} total`);
    line('output', `${fast.files} stacks, ${((fast.bytes as number) / 2 ** 20).toFixed(1)} MiB, ${fast.resourcesPerTenant} resources per tenant (most of any tenant stack); stack ${PLATFORM_STACK_NAME}: ${fast.platformResources as number} resources, ${((fast.platformBytes as number) / 2 ** 20).toFixed(1)} MiB`);

    if (clusterCount > 0) {
      const per = runChild('clusters', fleetFile, fastOut, n === RLP ? 'capacity' : '');
      const cs = per.clusters as { id: string; tenants: number; bytes: number; isolation: { ms: number; violations: number; grantsChecked: number } }[];
      const total = per.total as { ms: number; violations: number; grantsChecked: number };
      for (const c of cs) line(`cluster ${c.id}`, `${c.tenants} tenants, ${(c.bytes / 2 ** 20).toFixed(1)} MiB synthesized, isolation ${s(c.isolation.ms)} (${c.isolation.grantsChecked} grants, ${c.isolation.violations} violations)`);
      line('all clusters', `${cs.reduce((a, c) => a + c.tenants, 0)} tenants, ${(cs.reduce((a, c) => a + c.bytes, 0) / 2 ** 20).toFixed(1)} MiB, isolation of the whole fleet ${s(total.ms)} (${total.grantsChecked} grants, ${total.violations} violations)`);
      const alone = runChild('cluster-alone', fleetFile, path.join(root, `out-cluster-${n}`), cs[0].id);
      line(`cluster ${cs[0].id} synthesized alone`, `${s(alone.synthMs as number)} synth (+ load of the whole fleet ${s(alone.loadMs as number)}), ${alone.built as number} stacks`);
      fs.rmSync(path.join(root, `out-cluster-${n}`), { recursive: true, force: true });
      if (typeof per.capacity === 'string') process.stdout.write(`  capacity per cluster (datacenter model replay, ${s(per.capacityMs as number)}):\n${(per.capacity as string).replace(/^/gm, '    ').trimEnd()}\n`);
    }

    const floor = runChild('floor', fastOut, path.join(root, `out-floor-${n}`));
    line('JSON-write floor (stringify + write)', `${s(floor.floorMs as number)}  → fast synth is ${((fast.synthMs as number) / (floor.floorMs as number)).toFixed(1)}× the floor`);

    if (n < GERMANY || withGermanyBaseline) {
      const plain = runChild('plain', fleetFile, path.join(root, `out-plain-${n}`));
      line('plain cdktf (one App, app.synth())', `${s(plain.wallMs)}, peak RSS ${mib(plain.maxRssMiB)}`);
      const same = spawnSync('diff', ['-rq', '-x', 'kommunal-synth.json', fastOut, path.join(root, `out-plain-${n}`)], { encoding: 'utf8' }).status === 0;
      line('speed-up fast vs plain (same run)', `${(plain.wallMs / fast.wallMs).toFixed(1)}× wall; output ${same ? 'byte-identical' : 'DIFFERENT'}`);
      summary.push(`${n}: fast ${s(fast.wallMs)} / plain ${s(plain.wallMs)} = ${(plain.wallMs / fast.wallMs).toFixed(1)}×, peak ${mib(peakWorker)}/worker vs ${mib(plain.maxRssMiB)}`);
      fs.rmSync(path.join(root, `out-plain-${n}`), { recursive: true, force: true });
    } else {
      line('plain cdktf', 'skipped (minutes and GBs; enable with --with-germany-baseline)');
      summary.push(`${n}: fast ${s(fast.wallMs)}, peak ${mib(peakWorker)}/worker (plain baseline skipped)`);
    }

    if (n === RLP || (n === sizes[sizes.length - 1] && !sizes.includes(RLP))) {
      // One changed tenant, re-synthesized into the existing output by the CLI (whole process).
      const kommunen = path.join(path.dirname(fleetFile), 'kommunen');
      const file = fs.readdirSync(kommunen).sort()[Math.floor(fs.readdirSync(kommunen).length / 2)];
      fs.appendFileSync(path.join(kommunen, file), 'logging:\n  retentionDays: 120\n');
      const key = file.replace(/\.yaml$/, '');
      const t1 = performance.now();
      const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'kommunal.js'), 'synth', '--fleet', fleetFile, '--out', fastOut, '--tenant', key, '--json'], { encoding: 'utf8' });
      const wall = performance.now() - t1;
      const out = JSON.parse(r.stdout) as { built: string[]; wallMs: number };
      line('one changed tenant (kommunal synth --tenant)', `${s(wall)} process wall (command ${s(out.wallMs)}), rebuilt ${JSON.stringify(out.built)}`);
      fs.appendFileSync(path.join(kommunen, file), 'backup:\n  retention:\n    keepDaily: 21\n');
      const one = runChild('one', fleetFile, fastOut, key);
      line('one changed tenant, light load (lib/synth)', `${s(one.processWallMs as number)} process wall (in process ${s(one.wallMs)}: load ${s(one.loadMs as number)}, synth ${s(one.synthMs as number)}), light=${String(one.partial)}, rebuilt ${JSON.stringify(one.built)}`);
      const t2 = performance.now();
      const r2 = spawnSync(process.execPath, [path.join(REPO, 'bin', 'kommunal.js'), 'synth', '--fleet', fleetFile, '--out', fastOut, '--json'], { encoding: 'utf8' });
      const out2 = JSON.parse(r2.stdout) as { built: string[]; unchanged: string[] };
      line('no-op full run (nothing changed)', `${s(performance.now() - t2)} process wall, rebuilt ${out2.built.length}, unchanged ${out2.unchanged.length}`);
    }
    fs.rmSync(path.join(root, `out-floor-${n}`), { recursive: true, force: true });
    process.stdout.write('\n');
  }

  if (fleets.has(GERMANY)) {
    const load = runChild('load', fleets.get(GERMANY)!, '-');
    process.stdout.write(`== validate + allocation + resolution of the Germany fleet (${GERMANY.toLocaleString('en-US')} tenant files + lock)\n`);
    line('loadFleetModel', `${s(load.wallMs)} (process incl. start ${s(load.processWallMs as number)}), peak RSS ${mib(load.maxRssMiB)}`);
    process.stdout.write('\n');
  }

  try {
    // Optional: lib/compliance may export benchIsolation (another engineer's module).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const compliance = require('../lib/compliance/isolation') as { benchIsolation?: (o: { csvPath: string; clock: () => number }) => Record<string, number> | undefined };
    if (typeof compliance.benchIsolation === 'function') {
      const t3 = performance.now();
      const b = compliance.benchIsolation({ csvPath: CSV, clock: () => performance.now() });
      process.stdout.write(`== isolation analysis (lib/compliance benchIsolation)\n`);
      if (b) line(`${b.tenants} tenants`, `${s(performance.now() - t3)} total (resolve ${s(b.resolveMs)}, build ${s(b.buildMs)}, analyse ${s(b.analyseMs)}), ${b.violations} violations`);
      else line('skipped', 'municipality register absent');
      process.stdout.write('\n');
    }
  } catch {
    process.stdout.write('(isolation analysis: lib/compliance has no benchIsolation)\n\n');
  }

  process.stdout.write(`summary (${repeat > 1 ? `median of ${repeat} fast-path runs per size` : 'one run'}, ${os.cpus().length} cores):\n  ${summary.join('\n  ')}\n`);
  if (!flag('--keep')) fs.rmSync(root, { recursive: true, force: true });
  else process.stdout.write(`kept ${root}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
