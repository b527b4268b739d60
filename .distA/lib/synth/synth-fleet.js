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
exports.UnknownTenantError = void 0;
exports.prestartSynthWorkers = prestartSynthWorkers;
exports.stopPrestartedSynthWorkers = stopPrestartedSynthWorkers;
exports.expectsFullRebuild = expectsFullRebuild;
exports.synthFleet = synthFleet;
/**
 * Fast, incremental synthesis of a whole fleet: the same cdk.tf.json files and manifest.json as
 * `new App(); new Fleet(app, model); app.synth()`, byte for byte, but
 *
 * - only the stacks asked for, and of those only the ones whose inputs changed (input hashes in
 *   `kommunal-synth.json` in the output folder);
 * - in parallel, one worker per core (child processes by default, or worker threads), each taking
 *   batches from a queue; every batch gets a fresh App whose tokens are released afterwards, so a
 *   worker's memory stays flat; workers are also replaced after `recycleAfter` tenants;
 * - with token stack traces off and one resolve pass per element (lib/synth/cdktf-internals.ts).
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const child_process_1 = require("child_process");
const worker_threads_1 = require("worker_threads");
const fleet_1 = require("../blueprint/fleet");
const batch_1 = require("./batch");
const cdktf_internals_1 = require("./cdktf-internals");
const inputs_1 = require("./inputs");
/** Thrown when asked for tenants the fleet does not have. */
class UnknownTenantError extends Error {
    unknown;
    constructor(unknown, fleetSize, suggestions) {
        super(`unknown tenant${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}: the fleet has ${fleetSize} tenants` +
            (suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : '') +
            '; tenant keys are the file names in the tenants folder (see "kommunal explain")');
        this.unknown = unknown;
        this.name = 'UnknownTenantError';
    }
}
exports.UnknownTenantError = UnknownTenantError;
const DEFAULT_BATCH = 100;
const DEFAULT_RECYCLE_AFTER = 6000;
/** Below this many stacks to build, the default runner is inline. */
const MIN_PARALLEL_STACKS = 100;
function suggest(key, known) {
    const prefix = known.filter((k) => k.startsWith(key) || key.startsWith(k));
    return prefix.slice(0, 3);
}
function fleetKeySet(o) {
    return new Set(o.fleetKeys ?? Object.keys(o.model.specs));
}
function stackFile(outdir, name) {
    return path.join(outdir, 'stacks', name, 'cdk.tf.json');
}
function plan(o) {
    const specs = o.model.specs;
    const all = Object.keys(specs).sort();
    const wanted = o.tenants ? [...new Set(o.tenants)].sort() : all;
    const unknown = wanted.filter((k) => specs[k] === undefined);
    if (unknown.length > 0)
        throw new UnknownTenantError(unknown, all.length, unknown.length === 1 ? suggest(unknown[0], all) : []);
    const engine = (0, inputs_1.engineHash)();
    const previous = (0, inputs_1.readSynthManifest)(o.outdir);
    // Every stack hash includes the engine hash: after a code change nothing matches.
    const before = previous?.stacks ?? {};
    const hashes = { ...(previous?.stacks ?? {}) };
    const fresh = (name, hash) => !o.force && before[name] === hash && fs.existsSync(stackFile(o.outdir, name));
    const platformHash = (0, inputs_1.platformInputHash)(engine, o.model.platform);
    const wantPlatform = o.platform ?? o.tenants === undefined;
    const platform = wantPlatform && !fresh(fleet_1.PLATFORM_STACK_NAME, platformHash);
    if (wantPlatform)
        hashes[fleet_1.PLATFORM_STACK_NAME] = platformHash;
    const build = [];
    const unchanged = [];
    for (const key of wanted) {
        const h = (0, inputs_1.tenantInputHash)(engine, platformHash, specs[key], (0, fleet_1.recordedBlueprintFor)(o.model.lock, key));
        hashes[key] = h;
        (fresh(key, h) ? unchanged : build).push(key);
    }
    if (wantPlatform && !platform)
        unchanged.push(fleet_1.PLATFORM_STACK_NAME);
    // Stacks recorded by an earlier run whose tenant left the fleet.
    const inFleet = fleetKeySet(o);
    const removed = Object.keys(previous?.stacks ?? {}).filter((k) => k !== fleet_1.PLATFORM_STACK_NAME && !inFleet.has(k)).sort();
    for (const k of removed)
        delete hashes[k];
    return { build, unchanged: unchanged.sort(), platform, hashes, removed, engine };
}
function batches(o, p, jobs) {
    const size = o.batchSize ?? Math.max(1, Math.min(DEFAULT_BATCH, Math.ceil(p.build.length / (jobs * 4))));
    const out = [];
    if (p.platform)
        out.push({ outdir: o.outdir, platform: o.model.platform, platformStack: true, specs: [] });
    for (let i = 0; i < p.build.length; i += size) {
        const keys = p.build.slice(i, i + size);
        const recordedBlueprint = {};
        for (const k of keys) {
            const v = (0, fleet_1.recordedBlueprintFor)(o.model.lock, k);
            if (v !== undefined)
                recordedBlueprint[k] = v;
        }
        out.push({ outdir: o.outdir, platform: o.model.platform, platformStack: false, specs: keys.map((k) => o.model.specs[k]), recordedBlueprint });
    }
    return out;
}
const WORKER_JS = path.join(__dirname, 'worker.js');
function forkWorker() {
    // A larger young generation halves the time spent in scavenges for this allocation-heavy work.
    return (0, child_process_1.fork)(WORKER_JS, [], { execArgv: ['--max-semi-space-size=32'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}
/** Worker processes started ahead (prestartSynthWorkers), not yet given work. */
const prestarted = [];
/**
 * Starts `count` synthesis worker processes now, so that they load their modules (~0.3 s of CPU
 * each) while this process loads and validates the fleet; the next parallel {@link synthFleet}
 * uses them. They do not keep this process alive, and ones left unused are stopped by
 * {@link synthFleet} or {@link stopPrestartedSynthWorkers}.
 */
function prestartSynthWorkers(count) {
    if (!fs.existsSync(WORKER_JS))
        return;
    while (prestarted.length < count) {
        const child = forkWorker();
        child.unref();
        child.channel?.unref?.();
        prestarted.push(child);
    }
}
/** Stops worker processes started ahead and not used. */
function stopPrestartedSynthWorkers() {
    for (const child of prestarted.splice(0))
        if (child.connected)
            child.disconnect();
}
/** A prestarted worker that is still alive (made to keep this process alive again), or a new one. */
function takeWorker() {
    for (let child = prestarted.shift(); child !== undefined; child = prestarted.shift()) {
        if (child.connected && child.exitCode === null) {
            child.ref();
            child.channel?.ref?.();
            return child;
        }
    }
    return forkWorker();
}
/**
 * Whether a synthesis into `outdir` will rebuild every stack: forced, no earlier run recorded, or
 * an earlier run by other code (the engine hash is part of every stack's input hash). Then starting
 * the workers ahead pays off; for an incremental run it may not.
 */
function expectsFullRebuild(outdir, force = false) {
    if (force)
        return true;
    const previous = (0, inputs_1.readSynthManifest)(outdir);
    return previous === undefined || previous.engine !== (0, inputs_1.engineHash)();
}
function startProcess() {
    const child = takeWorker();
    return {
        send: (m) => child.send(m),
        onMessage: (fn) => child.on('message', (m) => fn(m)),
        onExit: (fn) => child.on('exit', (code) => fn(code)),
        stop: () => {
            if (child.connected)
                child.send({ type: 'exit' });
        },
    };
}
function startThread() {
    const w = new worker_threads_1.Worker(WORKER_JS, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    return {
        send: (m) => w.postMessage(m),
        onMessage: (fn) => w.on('message', (m) => fn(m)),
        onExit: (fn) => w.on('exit', (code) => fn(code)),
        stop: () => w.postMessage({ type: 'exit' }),
    };
}
function runInline(jobs, onBatch) {
    const results = [];
    let stacks = 0;
    for (const job of jobs) {
        const r = (0, batch_1.synthBatch)(job);
        results.push(r);
        stacks += r.stacks.length;
        onBatch(r);
    }
    const u = process.resourceUsage();
    return { results, workers: [{ pid: process.pid, maxRssMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, stacks }] };
}
function runParallel(kind, jobs, parallel, recycleAfter, onBatch) {
    if (!fs.existsSync(WORKER_JS)) {
        return Promise.reject(new Error(`the synthesis worker ${WORKER_JS} is missing: run "npm run build" (or use the inline runner)`));
    }
    return new Promise((resolve, reject) => {
        const queue = jobs.map((job, id) => ({ id, job }));
        const results = new Array(jobs.length);
        const workers = [];
        let finished = 0;
        let failed = false;
        const live = new Set();
        const fail = (e) => {
            if (failed)
                return;
            failed = true;
            for (const r of live)
                r.stop();
            reject(e);
        };
        const spawn = () => {
            const runner = kind === 'process' ? startProcess() : startThread();
            live.add(runner);
            let stacks = 0;
            let last;
            let current;
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
                    fail(new Error(m.message));
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
                if (last)
                    workers.push({ ...last, stacks });
                if (!stopped || current !== undefined) {
                    fail(new Error(`a synthesis worker exited unexpectedly (exit code ${code})`));
                    return;
                }
                if (live.size === 0 && !failed) {
                    if (finished === jobs.length)
                        resolve({ results, workers });
                    else
                        fail(new Error(`synthesis stopped after ${finished} of ${jobs.length} batches`));
                }
            });
            next();
        };
        for (let i = 0; i < Math.min(parallel, jobs.length); i++)
            spawn();
    });
}
/** Rewrites cdktf's manifest.json: entries of this run, earlier entries of stacks still in the fleet. */
function writeCdktfManifest(outdir, inFleet, built) {
    const file = path.join(outdir, 'manifest.json');
    let stacks = {};
    if (fs.existsSync(file)) {
        try {
            stacks = JSON.parse(fs.readFileSync(file, 'utf8')).stacks ?? {};
        }
        catch {
            stacks = {};
        }
    }
    for (const name of Object.keys(stacks))
        if (name !== fleet_1.PLATFORM_STACK_NAME && !inFleet.has(name))
            delete stacks[name];
    for (const s of built)
        stacks[s.name] = s.manifest;
    (0, inputs_1.writeFileAtomic)(file, (0, cdktf_internals_1.stableJson)({ version: (0, cdktf_internals_1.installedCdktfVersion)(), stacks }));
}
/**
 * Synthesizes the fleet (or the requested tenants) into `outdir`, skipping stacks whose inputs are
 * unchanged. Output files are byte-identical to `app.synth()` of `new Fleet(app, model)`.
 * @throws UnknownTenantError when a requested tenant is not in the fleet
 */
async function synthFleet(o) {
    const t0 = Date.now();
    fs.mkdirSync(path.join(o.outdir, 'stacks'), { recursive: true });
    const p = plan(o);
    const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const jobs = Math.max(1, o.jobs ?? available);
    const work = batches(o, p, jobs);
    // Starting a worker costs ~0.3 s (Node, cdktf, provider bindings): small builds run inline.
    const runner = o.runner ?? (jobs > 1 && work.length > 1 && p.build.length >= MIN_PARALLEL_STACKS ? 'process' : 'inline');
    const total = p.build.length + (p.platform ? 1 : 0);
    let done = 0;
    const onBatch = (r) => {
        done += r.stacks.length;
        o.onProgress?.({ done, total });
    };
    o.onProgress?.({ done: 0, total });
    const collected = work.length === 0
        ? { results: [], workers: [] }
        : runner === 'inline'
            ? runInline(work, onBatch)
            : await runParallel(runner, work, jobs, o.recycleAfter ?? DEFAULT_RECYCLE_AFTER, onBatch);
    const built = collected.results.flatMap((r) => r.stacks);
    stopPrestartedSynthWorkers();
    for (const k of p.removed)
        fs.rmSync(path.join(o.outdir, 'stacks', k), { recursive: true, force: true });
    writeCdktfManifest(o.outdir, fleetKeySet(o), built);
    (0, inputs_1.writeSynthManifest)(o.outdir, p.engine, p.hashes);
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
}
