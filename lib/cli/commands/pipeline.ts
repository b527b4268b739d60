/**
 * `kommunal pipeline [--fleet fleet.yaml] [--changed-since <ref> | --tenant X ...] [--out dir]
 * [--tool terraform|tofu] [--chunk-size N] [--stacks-dir dir] [--image image]`: writes the GitLab CI
 * parent pipeline (`<out>/parent.gitlab-ci.yml`) and one child pipeline per chunk of tenants
 * (`<out>/chunk-NNN.yml`). Without --changed-since or --tenant every tenant is planned.
 * Paths in the pipelines are relative to the working directory (run it from the repository root).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { DEFAULT_CI_JWT_MOUNT, DEFAULT_VAULT_TENANT_ROOT } from '../../model/defaults';
import { didYouMean } from '../../core/did-you-mean';
import { MSG } from '../../config/messages';
import { resolveFleet } from '../../config/resolve';
import { LOCKFILE_NAME, parseLockFile } from '../../allocation/lockfile';
import { selectChangedTenants } from '../../pipeline/changed';
import { platformCiPlanRoleName, platformCiRoleName, tenantCiPlanRoleOf, tenantCiRoleOf } from '../../model/vault-names';
import { changedFilesSince, fileAtRef, gitTopLevel, GitRefError } from '../../pipeline/git';
import { generateGitlabPipelines, PIPELINE_DEFAULTS, PipelineInputError, PipelineTenant, TfTool } from '../../pipeline/gitlab';
import { loadFleetInput } from '../fleet-input';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface PipelineOptions {
  fleet: string;
  lock?: string;
  changedSince?: string;
  tenant?: string[];
  out: string;
  tool: string;
  chunkSize?: string;
  stacksDir?: string;
  image?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const posix = (p: string) => p.split(path.sep).join('/');

export function register(program: Command, ctx: CliContext): void {
  program
    .command('pipeline')
    .description('write GitLab CI pipelines: a parent pipeline and child pipelines with plan and manual apply jobs per tenant')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', `lock file (default: ${LOCKFILE_NAME} next to the fleet file)`)
    .option('--changed-since <ref>', 'plan only tenants changed since this Git ref (see docs/pipelines.md)')
    .option('--tenant <key>', 'plan this tenant (repeatable)', collect)
    .option('--out <dir>', 'folder for the pipeline files', PIPELINE_DEFAULTS.outDir)
    .option('--tool <tool>', 'default of the TF_TOOL variable: tofu or terraform', PIPELINE_DEFAULTS.tool)
    .option('--chunk-size <n>', `tenants per child pipeline (default: ${PIPELINE_DEFAULTS.chunkSize}, or fewer so that every child pipeline stays within GitLab's parsed-YAML limit)`)
    .option('--stacks-dir <dir>', 'folder of the synthesized stacks (default: cdktf.out/stacks next to the fleet file)')
    .option('--image <image>', 'job image (default: the CI/CD variable $KOMMUNAL_CI_IMAGE)')
    .action((opts: PipelineOptions) => {
      const { io } = ctx;
      if (opts.changedSince !== undefined && opts.tenant !== undefined) throw new UsageError('use either --changed-since or --tenant, not both');
      if (opts.tool !== 'tofu' && opts.tool !== 'terraform') throw new UsageError(`--tool ${JSON.stringify(opts.tool)} is not allowed (allowed: tofu, terraform)`);
      if (opts.chunkSize !== undefined && !/^[0-9]+$/.test(opts.chunkSize)) throw new UsageError(`--chunk-size ${JSON.stringify(opts.chunkSize)} is not a positive integer`);
      const { fleet, lock, lockPath } = loadFleetInput(io, opts);
      const resolved = resolveFleet(fleet, lock);
      const keys = Object.keys(resolved.specs).sort();

      let selected: readonly string[] = keys;
      let note = `all ${keys.length} tenant${keys.length === 1 ? '' : 's'}`;
      if (opts.tenant !== undefined) {
        const unknown = opts.tenant.filter((k) => !keys.includes(k));
        if (unknown.length > 0) {
          for (const k of unknown) io.stderr(`kommunal: ${MSG.unknownTenant(k, fleet.file, keys, didYouMean(k, keys))}\n`);
          ctx.exitCode = EXIT.invalid;
          return;
        }
        selected = [...new Set(opts.tenant)].sort();
        note = `${selected.length} tenant${selected.length === 1 ? '' : 's'} given with --tenant`;
      } else if (opts.changedSince !== undefined) {
        const ref = opts.changedSince;
        try {
          const top = gitTopLevel(fleet.dir);
          const rel = (abs: string) => posix(path.relative(top, abs));
          const files = changedFilesSince(top, ref);
          const thenText = fileAtRef(top, ref, rel(lockPath));
          const selection = selectChangedTenants({
            changedFiles: files,
            fleetFile: rel(fleet.path),
            tenantsDir: rel(fleet.tenantsDir),
            lockFile: rel(lockPath),
            tenants: keys,
            ...(lock ? { lockNow: lock } : {}),
            ...(thenText !== undefined ? { lockThen: parseLockFile(thenText, `${ref}:${rel(lockPath)}`) } : {}),
          });
          selected = selection.tenants;
          note = selection.allBecause !== undefined
            ? `all ${keys.length} tenants: ${selection.allBecause}`
            : `${selected.length} tenant${selected.length === 1 ? '' : 's'} changed since ${ref}`;
          for (const k of selection.removed) {
            io.stderr(`warning: the tenant file of "${k}" was removed since ${ref}; it is not planned and its resources stay in its state (offboard with state: decommissioning instead)\n`);
          }
        } catch (e) {
          if (e instanceof GitRefError) {
            io.stderr(`kommunal: ${e.message}\n`);
            ctx.exitCode = EXIT.invalid;
            return;
          }
          throw e;
        }
      }

      const ci = fleet.data.vault.ci;
      const tenants: PipelineTenant[] = keys.map((k) => {
        const spec = resolved.specs[k];
        return { key: k, number: spec.number, ...(ci ? { vaultRole: tenantCiRoleOf(spec), vaultPlanRole: tenantCiPlanRoleOf(spec) } : {}), ...(spec.cluster !== undefined ? { cluster: spec.cluster } : {}) };
      });
      // The platform jobs' own roles exist when the fleet names the platform's project
      // (vault.ci.platformProjectPath, else projectPath; lib/blueprint/platform-stack.ts).
      const tenantRoot = fleet.data.vault.tenantRoot ?? DEFAULT_VAULT_TENANT_ROOT;
      const platformRoles = ci !== undefined && (ci.platformProjectPath ?? ci.projectPath) !== undefined
        ? { platform: { role: platformCiRoleName(tenantRoot), planRole: platformCiPlanRoleName(tenantRoot) } }
        : {};
      const outDir = posix(path.relative(io.cwd, resolvePath(io, opts.out))) || '.';
      if (outDir.startsWith('..') || path.isAbsolute(outDir)) {
        throw new UsageError(`--out ${opts.out} is outside the working directory; run kommunal pipeline from the repository root with an --out folder inside it (job artifacts must be inside the project)`);
      }
      let generated;
      try {
        generated = generateGitlabPipelines({
          tenants,
          ...(fleet.data.clusters !== undefined && fleet.data.legacyCluster !== undefined ? { legacyCluster: fleet.data.legacyCluster } : {}),
          selected,
          fleetFile: posix(path.relative(io.cwd, fleet.path)),
          outDir,
          tool: opts.tool as TfTool,
          ...(opts.chunkSize !== undefined ? { chunkSize: Number(opts.chunkSize) } : {}),
          ...(opts.stacksDir !== undefined ? { stacksDir: posix(path.relative(io.cwd, resolvePath(io, opts.stacksDir))) } : {}),
          ...(opts.image !== undefined ? { image: opts.image } : {}),
          ...(ci ? { vault: { mount: ci.mount ?? DEFAULT_CI_JWT_MOUNT, audience: ci.audience ?? ci.issuer, ...platformRoles } } : {}),
          stateBackend: fleet.data.state?.backend ?? 'local',
        });
      } catch (e) {
        if (e instanceof PipelineInputError) throw new UsageError(e.problems.join('; '));
        throw e;
      }
      const write = (rel: string, text: string) => {
        const abs = resolvePath(io, rel);
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text);
      };
      write(generated.parent.file, generated.parent.text);
      for (const [file, text] of Object.entries(generated.children)) write(file, text);
      const planned = generated.chunks.filter((c) => c.selected.length > 0).length;
      io.stdout(`planning ${note}\n`);
      io.stdout(`wrote ${generated.parent.file} and ${generated.chunks.length} child pipeline${generated.chunks.length === 1 ? '' : 's'} in ${outDir}/ (${planned} with tenants to plan)\n`);
      if (selected.length > 0 && selected.length <= 20) io.stdout(`tenants: ${selected.join(', ')}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
