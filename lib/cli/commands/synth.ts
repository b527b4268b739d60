/**
 * `kommunal synth [--fleet fleet.yaml] [--tenant <key...>] [--changed-since <ref>] [--out dir]
 * [--jobs N] [--force] [--json]`: synthesizes the fleet's stacks (cdktf.out layout) with the fast
 * path of lib/synth: only what is asked for, only what changed since the last run (input hashes in
 * the output folder), in parallel. Runs the same checks as `kommunal validate` first
 * (lib/cli/fleet-run.ts). Nothing is written unless the whole run succeeds: stacks are staged and
 * moved into the output folder at the end, then fleet.lock.yaml is written (atomically) when
 * allocation changed, and the command says so.
 *
 * A progress bar appears on a terminal; it stays off when stderr is not a TTY, in CI (CI=true) and
 * with --json.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { FleetModel, PLATFORM_STACK_NAME, platformStacksOf, writeLockIfChanged } from '../../blueprint/fleet';
import { MSG } from '../../config/messages';
import { loadFleetModelForTenants } from '../../synth/select';
import { FleetSynthResult, StackSynthesisError, synthFleet, SynthRunner } from '../../synth/synth-fleet';
import { reportStackFailure, runFleetPipeline } from '../fleet-run';
import { reportProblems } from '../report';
import { changedSinceForCommand, loadProgressBar, posix, progressAllowed, reportUnknownTenants, seconds } from '../common';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface SynthOptions {
  fleet: string;
  tenant?: string[];
  changedSince?: string;
  out?: string;
  jobs?: string;
  force?: boolean;
  runner?: string;
  json?: boolean;
}

const RUNNERS: readonly SynthRunner[] = ['process', 'thread', 'inline'];

export function register(program: Command, ctx: CliContext): void {
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
    .action(async (opts: SynthOptions) => {
      const { io } = ctx;
      const fleetPath = resolvePath(io, opts.fleet);
      if (!fs.existsSync(fleetPath)) throw new UsageError(MSG.noFleetFile(opts.fleet));
      let jobs: number | undefined;
      if (opts.jobs !== undefined) {
        jobs = Number(opts.jobs);
        if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, got "${opts.jobs}"`);
      }
      if (opts.runner !== undefined && !RUNNERS.includes(opts.runner as SynthRunner)) {
        throw new UsageError(`--runner must be one of ${RUNNERS.join(', ')}, got "${opts.runner}"`);
      }
      if (opts.tenant !== undefined && opts.changedSince !== undefined) throw new UsageError('use either --tenant or --changed-since, not both');

      const t0 = Date.now();
      const bar = progressAllowed(opts.json)
        ? new (loadProgressBar())({ format: 'synth [{bar}] {value}/{total} stacks | {rate} stacks/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
        : undefined;
      let started = false;
      const onProgress = (p: { done: number; total: number }) => {
        if (!bar || p.total === 0) return;
        const rate = ((p.done / Math.max(1, Date.now() - t0)) * 1000).toFixed(0);
        if (!started) {
          bar.start(p.total, p.done, { rate });
          started = true;
        } else bar.update(p.done, { rate });
      };
      const synthOpts = { force: opts.force, jobs, runner: opts.runner as SynthRunner | undefined, onProgress };

      let model: FleetModel;
      let keys: string[];
      let outdir: string;
      let result: FleetSynthResult;
      let selectionNote: string | undefined;
      if (opts.tenant !== undefined) {
        // Named tenants: the light load reads only their files and lock entries (it falls back to the
        // full load when a tenant is new or anything needs the whole fleet).
        const selected = loadFleetModelForTenants({ fleetFile: fleetPath, displayRoot: io.cwd }, opts.tenant);
        model = selected.model;
        keys = [...selected.fleetKeys].sort();
        outdir = opts.out !== undefined ? resolvePath(io, opts.out) : path.join(model.fleet.dir, 'cdktf.out');
        if (reportUnknownTenants(io, opts.tenant.filter((k) => !keys.includes(k) || model.specs[k] === undefined), keys, model.fleet.file)) {
          ctx.exitCode = EXIT.invalid;
          return;
        }
        try {
          result = await synthFleet({ model, outdir, tenants: opts.tenant, platform: false, fleetKeys: keys, ...synthOpts });
        } catch (e) {
          if (!(e instanceof StackSynthesisError)) throw e;
          reportStackFailure(io, model, e);
          ctx.exitCode = EXIT.invalid;
          return;
        } finally {
          if (started) bar?.stop();
        }
      } else {
        const select =
          opts.changedSince === undefined
            ? undefined
            : (m: FleetModel): readonly string[] => {
                const sel = changedSinceForCommand(opts.changedSince!, fleetPath, m.fleet.tenantsDir, m.lockPath, Object.keys(m.specs).sort());
                selectionNote = sel.note;
                return sel.tenants;
              };
        const run = await runFleetPipeline(io, { fleetFile: fleetPath, outdir: opts.out !== undefined ? resolvePath(io, opts.out) : undefined, dryRun: false, synth: synthOpts, select }).finally(() => {
          if (started) bar?.stop();
        });
        if (run.problems.length > 0 || run.model === undefined || run.result === undefined) {
          reportProblems(io, run.problems, run.files.length);
          ctx.exitCode = EXIT.invalid;
          return;
        }
        model = run.model;
        keys = Object.keys(model.specs).sort();
        outdir = opts.out !== undefined ? resolvePath(io, opts.out) : path.join(model.fleet.dir, 'cdktf.out');
        result = run.result;
      }

      // The lock is written last: only a run whose every stack succeeded records its allocations.
      const lockWritten = writeLockIfChanged(model);
      const shownLock = posix(path.relative(io.cwd, model.lockPath) || model.lockPath);
      if (lockWritten && !opts.json) io.stdout(`allocation changed: wrote ${shownLock} (commit it)\n`);
      if (selectionNote && !opts.json) io.stdout(`${selectionNote}\n`);
      const wallMs = Date.now() - t0;
      const peak = Math.max(0, ...result.workers.map((w) => w.maxRssMiB));
      if (opts.json) {
        io.stdout(
          `${JSON.stringify(
            {
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
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      const platformNames = new Set(platformStacksOf(model.platform).map((s) => s.name));
      const builtTenants = result.built.filter((k) => !platformNames.has(k)).length;
      const builtPlatforms = result.built.filter((k) => platformNames.has(k)).length;
      const platformNote = builtPlatforms === 0 ? '' : builtPlatforms === 1 ? ' and the platform stack' : ` and ${builtPlatforms} platform stacks`;
      const relOut = path.relative(io.cwd, outdir);
      const shownOut = relOut === '' ? '.' : relOut.startsWith('..') ? outdir : posix(relOut);
      io.stdout(
        `synthesized ${builtTenants} tenant stack${builtTenants === 1 ? '' : 's'}${platformNote} into ${shownOut} in ${seconds(wallMs)}` +
          (result.unchanged.length > 0 ? `; ${result.unchanged.length} unchanged (not rebuilt)` : '') +
          (result.removed.length > 0 ? `; removed ${result.removed.length} stack${result.removed.length === 1 ? '' : 's'} of tenants no longer in the fleet` : '') +
          (result.workers.length > 0 ? ` [${result.runner}, ${result.jobs} job${result.jobs === 1 ? '' : 's'}, peak RSS ${peak.toFixed(0)} MiB per ${result.runner === 'thread' ? 'process' : 'worker'}]` : '') +
          '\n',
      );
      ctx.exitCode = EXIT.ok;
    });
}
