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
exports.register = register;
/**
 * `kommunal synth [--fleet fleet.yaml] [--tenant <key...>] [--changed-since <ref>] [--out dir]
 * [--jobs N] [--force] [--json]`: synthesizes the fleet's stacks (cdktf.out layout) with the fast
 * path of lib/synth: only what is asked for, only what changed since the last run (input hashes in
 * the output folder), in parallel. Writes fleet.lock.yaml when allocation changed, and says so.
 *
 * A progress bar appears on a terminal; it stays off when stderr is not a TTY, in CI (CI=true) and
 * with --json.
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cli_progress_1 = require("cli-progress");
const fleet_1 = require("../../blueprint/fleet");
const did_you_mean_1 = require("../../config/did-you-mean");
const messages_1 = require("../../config/messages");
const lockfile_1 = require("../../allocation/lockfile");
const changed_1 = require("../../pipeline/changed");
const git_1 = require("../../pipeline/git");
const select_1 = require("../../synth/select");
const synth_fleet_1 = require("../../synth/synth-fleet");
const io_1 = require("../io");
const RUNNERS = ['process', 'thread', 'inline'];
function progressAllowed(json) {
    return !json && process.stderr.isTTY === true && process.env.CI !== 'true';
}
function posix(p) {
    return p.split(path.sep).join('/');
}
/** Tenants touched by the Git changes since `ref` (lib/pipeline), restricted to the fleet. */
function changedSince(ref, fleetFile, tenantsDir, lockPath, tenants) {
    const top = (0, git_1.gitTopLevel)(path.dirname(fleetFile));
    const changedFiles = (0, git_1.changedFilesSince)(top, ref);
    const rel = (p) => posix(path.relative(top, p));
    const lockThenText = (0, git_1.fileAtRef)(top, ref, rel(lockPath));
    const lockNow = fs.existsSync(lockPath) ? (0, lockfile_1.parseLockFile)(fs.readFileSync(lockPath, 'utf8'), lockPath) : undefined;
    const lockThen = lockThenText !== undefined ? (0, lockfile_1.parseLockFile)(lockThenText, `${ref}:${rel(lockPath)}`) : undefined;
    const sel = (0, changed_1.selectChangedTenants)({ changedFiles, fleetFile: rel(fleetFile), tenantsDir: rel(tenantsDir), lockFile: rel(lockPath), tenants, lockNow, lockThen });
    const note = sel.allBecause !== undefined ? `every tenant: ${sel.allBecause}` : `${sel.tenants.length} tenant${sel.tenants.length === 1 ? '' : 's'} changed since ${ref}`;
    return { tenants: [...sel.tenants], note };
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function register(program, ctx) {
    program
        .command('synth')
        .description('synthesize the fleet (or some tenants) into cdktf.out: in parallel, only stacks whose inputs changed')
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--tenant <key...>', 'only these tenants (repeatable); without it, every tenant and the platform stack')
        .option('--changed-since <ref>', 'only tenants whose parameter files changed since this Git ref')
        .option('--out <dir>', 'output folder (default: cdktf.out next to the fleet file)')
        .option('--jobs <n>', 'parallel workers (default: the number of cores)')
        .option('--force', 'rebuild stacks even when their inputs are unchanged')
        .option('--runner <kind>', `how batches run: ${RUNNERS.join(', ')} (default: process when parallel)`)
        .option('--json', 'print the result as JSON (no progress display)')
        .action(async (opts) => {
        const { io } = ctx;
        const fleetPath = (0, io_1.resolvePath)(io, opts.fleet);
        if (!fs.existsSync(fleetPath))
            throw new io_1.UsageError(messages_1.MSG.noFleetFile(opts.fleet));
        let jobs;
        if (opts.jobs !== undefined) {
            jobs = Number(opts.jobs);
            if (!Number.isInteger(jobs) || jobs < 1)
                throw new io_1.UsageError(`--jobs must be a whole number of at least 1, got "${opts.jobs}"`);
        }
        if (opts.runner !== undefined && !RUNNERS.includes(opts.runner)) {
            throw new io_1.UsageError(`--runner must be one of ${RUNNERS.join(', ')}, got "${opts.runner}"`);
        }
        if (opts.tenant !== undefined && opts.changedSince !== undefined)
            throw new io_1.UsageError('use either --tenant or --changed-since, not both');
        const t0 = Date.now();
        // A run that rebuilds everything starts its workers now: they load their modules while this
        // process loads and validates the fleet.
        const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
        const everyStack = opts.tenant === undefined && opts.changedSince === undefined && (opts.runner === undefined || opts.runner === 'process');
        const outGuess = opts.out !== undefined ? (0, io_1.resolvePath)(io, opts.out) : path.join(path.dirname(fleetPath), 'cdktf.out');
        if (everyStack && (jobs ?? cores) > 1 && (0, synth_fleet_1.expectsFullRebuild)(outGuess, opts.force))
            (0, synth_fleet_1.prestartSynthWorkers)(jobs ?? cores);
        // Named tenants: the light load reads only their files and lock entries (it falls back to the
        // full load when a tenant is new or anything needs the whole fleet).
        let selected;
        let model;
        try {
            selected = opts.tenant !== undefined ? (0, select_1.loadFleetModelForTenants)({ fleetFile: fleetPath, displayRoot: io.cwd }, opts.tenant) : undefined;
            model = selected?.model ?? (0, fleet_1.loadFleetModel)({ fleetFile: fleetPath, displayRoot: io.cwd });
        }
        catch (e) {
            (0, synth_fleet_1.stopPrestartedSynthWorkers)();
            throw e;
        }
        const keys = [...(selected?.fleetKeys ?? Object.keys(model.specs))].sort();
        const outdir = opts.out !== undefined ? (0, io_1.resolvePath)(io, opts.out) : path.join(model.fleet.dir, 'cdktf.out');
        let tenants;
        let selectionNote;
        if (opts.tenant !== undefined) {
            const unknown = opts.tenant.filter((k) => !keys.includes(k) || model.specs[k] === undefined);
            if (unknown.length > 0) {
                for (const k of unknown)
                    io.stderr(`kommunal: ${messages_1.MSG.unknownTenant(k, model.fleet.file, keys, (0, did_you_mean_1.didYouMean)(k, keys))}\n`);
                ctx.exitCode = io_1.EXIT.invalid;
                return;
            }
            tenants = opts.tenant;
        }
        else if (opts.changedSince !== undefined) {
            try {
                const sel = changedSince(opts.changedSince, fleetPath, model.fleet.tenantsDir, model.lockPath, keys);
                tenants = sel.tenants;
                selectionNote = sel.note;
            }
            catch (e) {
                if (e instanceof git_1.GitRefError)
                    throw new io_1.UsageError(e.message);
                throw e;
            }
        }
        const lockWritten = (0, fleet_1.writeLockIfChanged)(model);
        const shownLock = posix(path.relative(io.cwd, model.lockPath) || model.lockPath);
        if (lockWritten && !opts.json)
            io.stdout(`allocation changed: wrote ${shownLock} (commit it)\n`);
        if (selectionNote && !opts.json)
            io.stdout(`${selectionNote}\n`);
        const bar = progressAllowed(opts.json)
            ? new cli_progress_1.SingleBar({ format: 'synth [{bar}] {value}/{total} stacks | {rate} stacks/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
            : undefined;
        let started = false;
        const result = await (0, synth_fleet_1.synthFleet)({
            model,
            outdir,
            tenants,
            platform: tenants === undefined ? true : false,
            force: opts.force,
            fleetKeys: keys,
            jobs,
            runner: opts.runner,
            onProgress: (p) => {
                if (!bar || p.total === 0)
                    return;
                const rate = ((p.done / Math.max(1, Date.now() - t0)) * 1000).toFixed(0);
                if (!started) {
                    bar.start(p.total, p.done, { rate });
                    started = true;
                }
                else
                    bar.update(p.done, { rate });
            },
        }).finally(() => {
            if (started)
                bar?.stop();
        });
        const wallMs = Date.now() - t0;
        const peak = Math.max(0, ...result.workers.map((w) => w.maxRssMiB));
        if (opts.json) {
            io.stdout(`${JSON.stringify({
                outdir,
                built: result.built,
                unchanged: result.unchanged,
                removed: result.removed,
                lockWritten,
                lockFile: model.lockPath,
                selection: selectionNote,
                runner: result.runner,
                jobs: result.jobs,
                wallMs,
                workers: result.workers,
                resources: Object.values(result.stacks).reduce((n, s) => n + s.resources, 0),
            }, null, 2)}\n`);
            return;
        }
        const builtTenants = result.built.filter((k) => k !== fleet_1.PLATFORM_STACK_NAME).length;
        const platformNote = result.built.includes(fleet_1.PLATFORM_STACK_NAME) ? ' and the platform stack' : '';
        const relOut = path.relative(io.cwd, outdir);
        const shownOut = relOut === '' ? '.' : relOut.startsWith('..') ? outdir : posix(relOut);
        io.stdout(`synthesized ${builtTenants} tenant stack${builtTenants === 1 ? '' : 's'}${platformNote} into ${shownOut} in ${seconds(wallMs)}` +
            (result.unchanged.length > 0 ? `; ${result.unchanged.length} unchanged (not rebuilt)` : '') +
            (result.removed.length > 0 ? `; removed ${result.removed.length} stack${result.removed.length === 1 ? '' : 's'} of tenants no longer in the fleet` : '') +
            (result.workers.length > 0 ? ` [${result.runner}, ${result.jobs} job${result.jobs === 1 ? '' : 's'}, peak RSS ${peak.toFixed(0)} MiB per ${result.runner === 'thread' ? 'process' : 'worker'}]` : '') +
            '\n');
        ctx.exitCode = io_1.EXIT.ok;
    });
}
