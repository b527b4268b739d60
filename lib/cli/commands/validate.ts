/**
 * `kommunal validate <files or folders...>`: checks fleet files (with all their tenant files) and
 * Kommune files, prints every problem as `file:line:column path: message`.
 *
 * - a folder with a fleet.yaml: that fleet and its tenants folder;
 * - another folder: every *.yaml / *.yml in it (fleet.yaml as fleet, *.lock.yaml skipped);
 * - a file named fleet.yaml or *.fleet.yaml: that fleet with its tenants; any other file: a Kommune file.
 *
 * A fleet goes through the same checks as `kommunal synth` (lib/cli/fleet-run.ts: its lock,
 * allocation, resolution, every construct and the compliance rule pack) without writing anything,
 * and a failing fleet is reported with the same lines and exit code as `synth` reports it.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { checkKommuneFile } from '../../config/load';
import { isCalendarDate } from '../../core/dates';
import { MSG } from '../../config/messages';
import type { Problem } from '../../config/problems';
import type { SourceFile } from '../../config/source';
import { checkFleetTenants } from '../../config/validate-fleet';
import { reportProblems } from '../report';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

const isFleetName = (name: string) => name === 'fleet.yaml' || name.endsWith('.fleet.yaml');
const isLockName = (name: string) => name.endsWith('.lock.yaml');

interface Plan {
  fleets: string[];
  kommunen: string[];
}

function plan(ctx: CliContext, args: readonly string[]): Plan {
  const out: Plan = { fleets: [], kommunen: [] };
  for (const arg of args) {
    const abs = resolvePath(ctx.io, arg);
    if (!fs.existsSync(abs)) throw new UsageError(MSG.noSuchPath(arg));
    if (fs.statSync(abs).isDirectory()) {
      const fleet = path.join(abs, 'fleet.yaml');
      if (fs.existsSync(fleet)) {
        out.fleets.push(fleet);
        continue;
      }
      const files = fs
        .readdirSync(abs, { withFileTypes: true })
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !isLockName(e.name))
        .map((e) => e.name)
        .sort();
      if (files.length === 0) throw new UsageError(MSG.noParameterFiles(arg));
      for (const f of files) (isFleetName(f) ? out.fleets : out.kommunen).push(path.join(abs, f));
    } else {
      (isFleetName(path.basename(abs)) ? out.fleets : out.kommunen).push(abs);
    }
  }
  return out;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('validate fleet.yaml and Kommune parameter files; prints every problem with file:line:column')
    .argument('<paths...>', 'files or folders (a folder with fleet.yaml validates the whole fleet)')
    .option('--date <YYYY-MM-DD>', 'run date: approvals that expired before it are refused (default: today, UTC)')
    .action(async (paths: string[], opts: { date?: string }) => {
      // The CLI reads the clock; lib/ only takes the date as an input.
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      if (!isCalendarDate(date)) throw new UsageError(`--date ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
      const p = plan(ctx, paths);
      const seen = new Set<string>();
      const problems: Problem[] = [];
      let fleets = 0;
      let parameterFiles = 0;
      for (const f of p.fleets) {
        if (seen.has(f)) continue;
        // Loaded only for fleets: it builds the stacks (cdktf); Kommune files alone do not need it.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { runFleetPipeline } = require('../fleet-run') as typeof import('../fleet-run');
        const run = await runFleetPipeline(ctx.io, { fleetFile: f, dryRun: true, date });
        fleets += 1;
        for (const x of run.files) {
          if (seen.has(x)) continue;
          seen.add(x);
          if (!x.endsWith('.lock.yaml')) parameterFiles += 1;
        }
        problems.push(...run.problems);
      }
      const loose: { src: SourceFile; data: unknown }[] = [];
      for (const f of p.kommunen) {
        if (seen.has(f)) continue;
        seen.add(f);
        parameterFiles += 1;
        const c = checkKommuneFile(f, { displayRoot: ctx.io.cwd, date });
        problems.push(...c.problems);
        if (c.src) loose.push({ src: c.src, data: c.data });
      }
      problems.push(...checkFleetTenants(undefined, loose));
      if (problems.length === 0) {
        const files = parameterFiles;
        ctx.io.stdout(`ok: ${files} file${files === 1 ? '' : 's'} valid (${fleets} fleet${fleets === 1 ? '' : 's'}, ${files - fleets} Kommune file${files - fleets === 1 ? '' : 's'})\n`);
        ctx.exitCode = EXIT.ok;
        return;
      }
      reportProblems(ctx.io, problems, seen.size);
      ctx.exitCode = EXIT.invalid;
    });
}
