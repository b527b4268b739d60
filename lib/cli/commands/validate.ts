/**
 * `kommunal validate <files or folders...>`: checks fleet files (with all their tenant files) and
 * Kommune files, prints every problem as `file:line:column path: message`.
 *
 * - a folder with a fleet.yaml: that fleet and its tenants folder;
 * - another folder: every *.yaml / *.yml in it (fleet.yaml as fleet, *.lock.yaml skipped);
 * - a file named fleet.yaml or *.fleet.yaml: that fleet with its tenants; any other file: a Kommune file.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { checkFleetWithTenants, checkKommuneFile } from '../../config/load';
import { MSG } from '../../config/messages';
import { formatProblem, Problem, sortProblems } from '../../config/problems';
import type { SourceFile } from '../../config/source';
import { checkFleetTenants } from '../../config/validate-fleet';
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
    .action((paths: string[]) => {
      const p = plan(ctx, paths);
      const seen = new Set<string>();
      const problems: Problem[] = [];
      const opts = { displayRoot: ctx.io.cwd };
      let fleets = 0;
      for (const f of p.fleets) {
        if (seen.has(f)) continue;
        const c = checkFleetWithTenants(f, opts);
        fleets += 1;
        c.files.forEach((x) => seen.add(x));
        problems.push(...c.problems);
      }
      const loose: { src: SourceFile; data: unknown }[] = [];
      for (const f of p.kommunen) {
        if (seen.has(f)) continue;
        seen.add(f);
        const c = checkKommuneFile(f, opts);
        problems.push(...c.problems);
        if (c.src) loose.push({ src: c.src, data: c.data });
      }
      problems.push(...checkFleetTenants(undefined, loose));
      const files = seen.size;
      if (problems.length === 0) {
        ctx.io.stdout(`ok: ${files} file${files === 1 ? '' : 's'} valid (${fleets} fleet${fleets === 1 ? '' : 's'}, ${files - fleets} Kommune file${files - fleets === 1 ? '' : 's'})\n`);
        ctx.exitCode = EXIT.ok;
        return;
      }
      const sorted = sortProblems(problems);
      for (const pr of sorted) ctx.io.stderr(`${formatProblem(pr)}\n`);
      const bad = new Set(sorted.map((x) => x.file)).size;
      ctx.io.stderr(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${bad} of ${files} file${files === 1 ? '' : 's'}\n`);
      ctx.exitCode = EXIT.invalid;
    });
}
