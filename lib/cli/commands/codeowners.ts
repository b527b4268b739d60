/**
 * `kommunal codeowners [--fleet fleet.yaml] [--repo-root dir] [--out CODEOWNERS] [--check]`:
 * writes the GitLab CODEOWNERS file of the fleet repository (lib/pipeline/codeowners.ts), so that
 * every tenant file (approvals, suppressions, domain, identity) needs the platform team's approval
 * and, with `codeowners.tenantGroupPrefix`, its tenant group's too. `--check` writes nothing and
 * fails when the file differs from the generated one (a job of the platform's own pipeline).
 * Paths in the file are relative to the repository root (default: the working directory).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { LOCKFILE_NAME } from '../../allocation/lockfile';
import { CODEOWNERS_FILE, generateCodeowners } from '../../pipeline/codeowners';
import { loadFleetInput } from '../fleet-input';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface CodeownersOptions {
  fleet: string;
  repoRoot?: string;
  out?: string;
  check?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('codeowners')
    .description('write the GitLab CODEOWNERS file: tenant files, fleet and lock need the platform team (and the tenant group, when configured)')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--repo-root <dir>', 'repository root the paths are relative to (default: the working directory)')
    .option('--out <file>', `file to write (default: ${CODEOWNERS_FILE} in the repository root)`)
    .option('--check', 'write nothing; fail when the file differs from the generated one')
    .action((opts: CodeownersOptions) => {
      const { io } = ctx;
      const root = opts.repoRoot !== undefined ? resolvePath(io, opts.repoRoot) : io.cwd;
      const { fleet } = loadFleetInput(io, { fleet: opts.fleet });
      const owners = fleet.data.codeowners;
      if (owners === undefined) throw new UsageError(`${fleet.file} has no "codeowners.platformTeam": set the GitLab group of the platform team (e.g. "@kommunal/platform")`);
      const rel = (abs: string) => {
        const r = path.relative(root, abs);
        if (r === '' || r.startsWith('..') || path.isAbsolute(r)) throw new UsageError(`${abs} is outside the repository root ${root} (set --repo-root)`);
        return r.split(path.sep).join('/');
      };
      let text: string;
      try {
        text = generateCodeowners({
          source: rel(fleet.path),
          fleetFile: rel(fleet.path),
          lockFile: rel(path.join(fleet.dir, LOCKFILE_NAME)),
          tenantsDir: rel(fleet.tenantsDir),
          tenantFiles: fleet.tenants.map((t) => ({ key: t.data.key, file: rel(t.path) })),
          platformTeam: owners.platformTeam,
          ...(owners.tenantGroupPrefix !== undefined ? { tenantGroupPrefix: owners.tenantGroupPrefix } : {}),
        });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError((e as Error).message);
      }
      const out = opts.out !== undefined ? resolvePath(io, opts.out) : path.join(root, CODEOWNERS_FILE);
      if (opts.check) {
        const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
        if (current === text) {
          io.stdout(`ok: ${path.relative(io.cwd, out) || out} is up to date (${fleet.tenants.length} tenant files)\n`);
          ctx.exitCode = EXIT.ok;
        } else {
          io.stderr(`kommunal: ${path.relative(io.cwd, out) || out} ${current === undefined ? 'does not exist' : 'differs from the generated file'}; run \`kommunal codeowners\` and commit the result\n`);
          ctx.exitCode = EXIT.invalid;
        }
        return;
      }
      fs.writeFileSync(out, text);
      io.stdout(`wrote ${path.relative(io.cwd, out) || out} (${fleet.tenants.length} tenant files)\n`);
      ctx.exitCode = EXIT.ok;
    });
}
