/**
 * Fast, incremental synthesis of a whole fleet: the same cdk.tf.json files and manifest.json as
 * `new App(); new Fleet(app, model); app.synth()`, byte for byte, but
 *
 * - only the stacks asked for, and of those only the ones whose inputs changed (input hashes in
 *   `kommunal-synth.json` in the output folder);
 * - in parallel, one worker per core (child processes by default, or worker threads), each taking
 *   batches from a queue; every batch gets a fresh App in which one tenant stack at a time is
 *   built, synthesized and removed (its tokens released), so a worker's memory stays flat; workers
 *   are also replaced after `recycleAfter` tenants;
 * - with token stack traces off, one resolve pass per element and plain resources rendered
 *   directly (lib/synth/cdktf-internals.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fork, ChildProcess } from 'child_process';
import { Worker } from 'worker_threads';
import type { StackManifest } from 'cdktf';
import { PLATFORM_STACK_NAME, FleetModel, recordedBlueprintFor } from '../blueprint/fleet';
import { BatchJob, BatchResult, StackResult, StackSynthesisError, synthBatch } from './internal/batch';
export { StackSynthesisError } from './internal/batch';
import { installedCdktfVersion, stableJson } from './internal/cdktf-internals';
import { engineHash, platformInputHash, readSynthManifest, tenantInputHash, writeFileAtomic, writeSynthManifest } from './inputs';
import type { FromWorker, ToWorker, WorkerUsage } from './worker';

/** How batches run: child processes, worker threads, or in this process one after the other. */
export type SynthRunner = 'process' | 'thread' | 'inline';

export interface SynthProgress {
  /** Stacks synthesized so far in this run. */
  readonly done: number;
  /** Stacks this run synthesizes. */
  readonly total: number;
}

export interface FleetSynthOptions {
  /** The loaded and resolved fleet (loadFleetModel). */
  readonly model: FleetModel;
  /** Output folder (cdktf.out layout: manifest.json, stacks/<name>/cdk.tf.json). */
  readonly outdir: string;
  /**
   * Tenants to synthesize.
   * @default - every tenant of the fleet
   */
  readonly tenants?: readonly string[];
  /**
   * Also synthesize the platform stack.
   * @default - true when `tenants` is not given
   */
  readonly platform?: boolean;
  /**
   * Rebuild even when the inputs hash the same as last time.
   * @default false
   */
  readonly force?: boolean;
  /**
   * Parallel workers.
   * @default - the number of available cores
   */
  readonly jobs?: number;
  /**
   * Tenants per batch (one App each; its stacks are built and synthesized one at a time).
   * @default - up to 100, smaller for small fleets so every worker gets several batches
   */
  readonly batchSize?: number;
  /**
   * A worker is replaced by a fresh process after this many tenants (memory only returns to the
   * system when a process exits). A safety net: each tenant stack is removed from its App and its
   * tokens released after synthesis, and a worker's peak RSS measured the same (~200–220 MiB) after
   * 600 and after 1,200 tenants; every replacement costs a worker start (~0.3 s of CPU).
   * @default 6000
   */
  readonly recycleAfter?: number;
  /**
   * @default - 'process' with more than one job and at least 100 stacks to build, else 'inline'
   */
  readonly runner?: SynthRunner;
  /**
   * Every tenant key of the fleet, when `model` holds only some tenants (loadFleetModelForTenants):
   * stacks of these keys are kept in the output even though the model has no spec for them.
   * @default - the keys of `model.specs`
   */
  readonly fleetKeys?: readonly string[];
  /** Called after each batch. */
  readonly onProgress?: (p: SynthProgress) => void;
  /**
   * Check only: build and synthesize every stack that would be built (every construct's props
   * validation and the compliance rule pack run) into a temporary folder that is removed again;
   * `outdir` is only read (its input hashes), never written.
   * @default false
   */
  readonly dryRun?: boolean;
}

/** Resource usage of one worker (process or thread). */
export interface WorkerReport extends WorkerUsage {
  /** Tenants the worker synthesized. */
  readonly stacks: number;
}

export interface FleetSynthResult {
  /** Stacks synthesized in this run (tenant keys, and `platform` when it was rebuilt), sorted. */
  readonly built: readonly string[];
  /** Requested stacks whose inputs had not changed (not rebuilt), sorted. */
  readonly unchanged: readonly string[];
  /** Stacks of tenants no longer in the fleet whose output was removed, sorted. */
  readonly removed: readonly string[];
  /** Per built stack: resources and bytes. */
  readonly stacks: Readonly<Record<string, { readonly resources: number; readonly bytes: number }>>;
  /** Per worker (process runner: one entry per process that ran). */
  readonly workers: readonly WorkerReport[];
  readonly runner: SynthRunner;
  readonly jobs: number;
}

/** Thrown when asked for tenants the fleet does not have. */
export class UnknownTenantError extends Error {
  constructor(public readonly unknown: readonly string[], fleetSize: number, suggestions: readonly string[]) {
    super(
      `unknown tenant${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}: the fleet has ${fleetSize} tenants` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : '') +
        '; tenant keys are the file names in the tenants folder (see "kommunal explain")',
    );
    this.name = 'UnknownTenantError';
  }
}

const DEFAULT_BATCH = 100;
const DEFAULT_RECYCLE_AFTER = 6000;
/** Below this many stacks to build, the default runner is inline. */
const MIN_PARALLEL_STACKS = 100;

function suggest(key: string, known: readonly string[]): string[] {
  const prefix = known.filter((k) => k.startsWith(key) || key.startsWith(k));
  return prefix.slice(0, 3);
}

function fleetKeySet(o: FleetSynthOptions): Set<string> {
  return new Set(o.fleetKeys ?? Object.keys(o.model.specs));
}

/** Which stacks to build, and the input hashes after this run. */
interface Plan {
  readonly build: readonly string[];
  readonly unchanged: readonly string[];
  readonly platform: boolean;
  readonly hashes: Record<string, string>;
  readonly removed: readonly string[];
  readonly engine: string;
}

function stackFile(outdir: string, name: string): string {
  return path.join(outdir, 'stacks', name, 'cdk.tf.json');
}

function plan(o: FleetSynthOptions): Plan {
  const specs = o.model.specs;
  const all = Object.keys(specs).sort();
  const wanted = o.tenants ? [...new Set(o.tenants)].sort() : all;
  const unknown = wanted.filter((k) => specs[k] === undefined);
  if (unknown.length > 0) throw new UnknownTenantError(unknown, all.length, unknown.length === 1 ? suggest(unknown[0], all) : []);
  const engine = engineHash();
  const previous = readSynthManifest(o.outdir);
  // Every stack hash includes the engine hash: after a code change nothing matches.
  const before = previous?.stacks ?? {};
  const hashes: Record<string, string> = { ...(previous?.stacks ?? {}) };
  const fresh = (name: string, hash: string): boolean => !o.force && before[name] === hash && fs.existsSync(stackFile(o.outdir, name));

  const platformHash = platformInputHash(engine, o.model.platform);
  const wantPlatform = o.platform ?? o.tenants === undefined;
  const platform = wantPlatform && !fresh(PLATFORM_STACK_NAME, platformHash);
  if (wantPlatform) hashes[PLATFORM_STACK_NAME] = platformHash;
  const build: string[] = [];
  const unchanged: string[] = [];
  // Tenant stacks do not render the fleet's CI logins (PlatformSpec.tenantPipelines, the platform
  // stack's): hash the platform without them, so that one tenant's change does not rebuild every
  // tenant and the light load of lib/synth/select.ts (no other tenants) gives the same hashes.
  const { tenantPipelines: _logins, ...tenantPlatform } = o.model.platform;
  void _logins;
  const tenantPlatformHash = platformInputHash(engine, tenantPlatform);
  for (const key of wanted) {
    const h = tenantInputHash(engine, tenantPlatformHash, specs[key], recordedBlueprintFor(o.model.lock, key));
    hashes[key] = h;
    (fresh(key, h) ? unchanged : build).push(key);
  }
  if (wantPlatform && !platform) unchanged.push(PLATFORM_STACK_NAME);
  // Stacks recorded by an earlier run whose tenant left the fleet.
  const inFleet = fleetKeySet(o);
  const removed = Object.keys(previous?.stacks ?? {}).filter((k) => k !== PLATFORM_STACK_NAME && !inFleet.has(k)).sort();
  for (const k of removed) delete hashes[k];
  return { build, unchanged: unchanged.sort(), platform, hashes, removed, engine };
}

function batches(o: FleetSynthOptions, p: Plan, jobs: number): BatchJob[] {
  const size = o.batchSize ?? Math.max(1, Math.min(DEFAULT_BATCH, Math.ceil(p.build.length / (jobs * 4))));
  const out: BatchJob[] = [];
  if (p.platform) out.push({ outdir: o.outdir, platform: o.model.platform, platformStack: true, specs: [] });
  for (let i = 0; i < p.build.length; i += size) {
    const keys = p.build.slice(i, i + size);
    const recordedBlueprint: Record<string, number> = {};
    for (const k of keys) {
      const v = recordedBlueprintFor(o.model.lock, k);
      if (v !== undefined) recordedBlueprint[k] = v;
    }
    out.push({ outdir: o.outdir, platform: o.model.platform, platformStack: false, specs: keys.map((k) => o.model.specs[k]), recordedBlueprint });
  }
  return out;
}

/** A running worker: a child process or a thread. */
interface Runner {
  send(m: ToWorker): void;
  onMessage(fn: (m: FromWorker) => void): void;
  onExit(fn: (code: number | null) => void): void;
  stop(): void;
}

const WORKER_JS = path.join(__dirname, 'worker.js');

function forkWorker(): ChildProcess {
  // A young generation larger than the default makes scavenges of this allocation-heavy work rarer;
  // 16 MiB semi-spaces measured as fast as 32 or 64 (3 alternating 2,301-tenant runs each, now that a
  // tenant's objects die young) with 170–200 MiB per worker instead of 220–240 (32) or 285–315 (64).
  return fork(WORKER_JS, [], { execArgv: ['--max-semi-space-size=16'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function startProcess(): Runner {
  const child = forkWorker();
  // A send to a worker that is exiting fails with EPIPE even while `connected` is still true. Without
  // a callback, Node emits that failure as an 'error' event on the ChildProcess, which nothing
  // handles, so the whole CLI process crashed (seen once in CI, when a failing synthesis stopped its
  // workers). With a callback the failure is passed to it instead (Node.js docs, child_process,
  // `subprocess.send(message[, sendHandle[, options]][, callback])`). The worker's exit is handled
  // by `onExit`, so the failed send itself needs nothing more.
  const ignoreGone = (): void => undefined;
  return {
    send: (m) => {
      child.send(m, ignoreGone);
    },
    onMessage: (fn) => child.on('message', (m) => fn(m as FromWorker)),
    onExit: (fn) => child.on('exit', (code) => fn(code)),
    stop: () => {
      if (child.connected) child.send({ type: 'exit' } satisfies ToWorker, ignoreGone);
    },
  };
}

function startThread(): Runner {
  const w = new Worker(WORKER_JS, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  return {
    send: (m) => w.postMessage(m),
    onMessage: (fn) => w.on('message', (m: FromWorker) => fn(m)),
    onExit: (fn) => w.on('exit', (code) => fn(code)),
    stop: () => w.postMessage({ type: 'exit' } satisfies ToWorker),
  };
}

interface Collected {
  readonly results: BatchResult[];
  readonly workers: WorkerReport[];
}

function runInline(jobs: readonly BatchJob[], onBatch: (r: BatchResult) => void): Collected {
  const results: BatchResult[] = [];
  let stacks = 0;
  for (const job of jobs) {
    const r = synthBatch(job);
    results.push(r);
    stacks += r.stacks.length;
    onBatch(r);
  }
  const u = process.resourceUsage();
  return { results, workers: [{ pid: process.pid, maxRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, stacks }] };
}

function runParallel(kind: 'process' | 'thread', jobs: readonly BatchJob[], parallel: number, recycleAfter: number, onBatch: (r: BatchResult) => void): Promise<Collected> {
  if (!fs.existsSync(WORKER_JS)) {
    return Promise.reject(new Error(`the synthesis worker ${WORKER_JS} is missing: run "npm run build" (or use the inline runner)`));
  }
  return new Promise((resolve, reject) => {
    const queue = jobs.map((job, id) => ({ id, job }));
    const results: BatchResult[] = new Array(jobs.length);
    const workers: WorkerReport[] = [];
    let finished = 0;
    let failed = false;
    let failure: Error | undefined;
    const live = new Set<Runner>();

    // A failed run settles only when every worker has exited: `stop` asks a worker to exit after its
    // current batch, which still writes into the staging folder. Rejecting at once let the caller
    // remove the staging folder while a worker was writing, and the worker's write made it again
    // (a `.cdktf.out.staging-<pid>` folder left next to the output, seen under load).
    const settleFailure = () => {
      if (failure !== undefined && live.size === 0) reject(failure);
    };
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      failure = e;
      for (const r of live) r.stop();
      settleFailure();
    };

    const spawn = () => {
      const runner = kind === 'process' ? startProcess() : startThread();
      live.add(runner);
      let stacks = 0;
      let last: WorkerUsage | undefined;
      let current: number | undefined;
      let stopped = false;
      const next = () => {
        const item = queue.shift();
        if (item === undefined || failed) {
          stopped = true;
          runner.stop();
          return;
        }
        current = item.id;
        runner.send({ type: 'batch', id: item.id, job: item.job });
      };
      runner.onMessage((m) => {
        if (m.type === 'failed') {
          fail(m.stackName !== undefined ? new StackSynthesisError(m.stackName, m.message, m.detail) : new Error(m.message));
          return;
        }
        results[m.id] = m.result;
        current = undefined;
        stacks += m.result.stacks.length;
        last = m.usage;
        finished += 1;
        onBatch(m.result);
        if (finished === jobs.length) {
          stopped = true;
          runner.stop();
          return;
        }
        if (stacks >= recycleAfter && queue.length > 0) {
          stopped = true;
          runner.stop();
          spawn();
          return;
        }
        next();
      });
      runner.onExit((code) => {
        live.delete(runner);
        if (last) workers.push({ ...last, stacks });
        if (failed) {
          settleFailure();
          return;
        }
        if (!stopped || current !== undefined) {
          fail(new Error(`a synthesis worker exited unexpectedly (exit code ${code})`));
          return;
        }
        if (live.size === 0 && !failed) {
          if (finished === jobs.length) resolve({ results, workers });
          else fail(new Error(`synthesis stopped after ${finished} of ${jobs.length} batches`));
        }
      });
      next();
    };
    for (let i = 0; i < Math.min(parallel, jobs.length); i++) spawn();
  });
}

/** Rewrites cdktf's manifest.json: entries of this run, earlier entries of stacks still in the fleet. */
function writeCdktfManifest(outdir: string, inFleet: ReadonlySet<string>, built: readonly StackResult[]): void {
  const file = path.join(outdir, 'manifest.json');
  let stacks: Record<string, StackManifest> = {};
  if (fs.existsSync(file)) {
    try {
      stacks = (JSON.parse(fs.readFileSync(file, 'utf8')) as { stacks?: Record<string, StackManifest> }).stacks ?? {};
    } catch {
      stacks = {};
    }
  }
  for (const name of Object.keys(stacks)) if (name !== PLATFORM_STACK_NAME && !inFleet.has(name)) delete stacks[name];
  for (const s of built) stacks[s.name] = s.manifest;
  writeFileAtomic(file, stableJson({ version: installedCdktfVersion(), stacks }));
}

/**
 * Moves the stacks of a successful run from the staging folder into `outdir` (one rename per file,
 * so each cdk.tf.json is replaced atomically), removes the stacks of tenants that left the fleet and
 * writes both manifests atomically. Runs only after every stack synthesized.
 */
function commit(o: FleetSynthOptions, p: Plan, staging: string, built: readonly StackResult[]): void {
  fs.mkdirSync(path.join(o.outdir, 'stacks'), { recursive: true });
  for (const s of built) {
    const to = path.join(o.outdir, s.manifest.synthesizedStackPath);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(path.join(staging, s.manifest.synthesizedStackPath), to);
  }
  for (const k of p.removed) fs.rmSync(path.join(o.outdir, 'stacks', k), { recursive: true, force: true });
  writeCdktfManifest(o.outdir, fleetKeySet(o), built);
  writeSynthManifest(o.outdir, p.engine, p.hashes);
}

/**
 * Synthesizes the fleet (or the requested tenants) into `outdir`, skipping stacks whose inputs are
 * unchanged. Output files are byte-identical to `app.synth()` of `new Fleet(app, model)`.
 *
 * Stacks are synthesized into a staging folder next to `outdir` first; `outdir` is changed only
 * after every stack succeeded, so a failed run leaves it byte-identical. With `dryRun` the staging
 * folder lives in the system's temporary folder and `outdir` is never written.
 * @throws UnknownTenantError when a requested tenant is not in the fleet
 * @throws StackSynthesisError when a stack fails (props validation, compliance rule pack)
 */
export async function synthFleet(o: FleetSynthOptions): Promise<FleetSynthResult & { readonly wallMs: number }> {
  const t0 = Date.now();
  const p = plan(o);
  const staging = o.dryRun
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-check-'))
    : path.join(path.dirname(path.resolve(o.outdir)), `.${path.basename(o.outdir)}.staging-${process.pid}`);
  try {
    fs.mkdirSync(path.join(staging, 'stacks'), { recursive: true });
    const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const jobs = Math.max(1, o.jobs ?? available);
    const work = batches({ ...o, outdir: staging }, p, jobs);
    // Starting a worker costs ~0.3 s (Node, cdktf, provider bindings): small builds run inline.
    const runner: SynthRunner = o.runner ?? (jobs > 1 && work.length > 1 && p.build.length >= MIN_PARALLEL_STACKS ? 'process' : 'inline');
    const total = p.build.length + (p.platform ? 1 : 0);
    let done = 0;
    const onBatch = (r: BatchResult) => {
      done += r.stacks.length;
      o.onProgress?.({ done, total });
    };
    o.onProgress?.({ done: 0, total });
    const collected =
      work.length === 0
        ? { results: [], workers: [] }
        : runner === 'inline'
          ? runInline(work, onBatch)
          : await runParallel(runner, work, jobs, o.recycleAfter ?? DEFAULT_RECYCLE_AFTER, onBatch);
    const built = collected.results.flatMap((r) => r.stacks);
    if (!o.dryRun) commit(o, p, staging, built);
    return {
      built: built.map((s) => s.name).sort(),
      unchanged: p.unchanged,
      removed: p.removed,
      stacks: Object.fromEntries(built.map((s) => [s.name, { resources: s.resources, bytes: s.bytes }])),
      workers: collected.workers,
      runner,
      jobs,
      wallMs: Date.now() - t0,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
