/**
 * `kommunal plan-guard <plan.json> [--tenant X] [--fleet fleet.yaml] [--lock file] [--stack cdk.tf.json]
 * [--date YYYY-MM-DD] [--json] [--gitlab-report file]`: checks a plan (`terraform show -json` /
 * `tofu show -json`) before apply. Exit 0: every change allowed or approved; 1: a change rejected
 * (or unknown tenant); 2: the input is not a readable plan or stack, or a bad option.
 *
 * The synthesized stack (`--stack`, default: `cdk.tf.json` next to the plan, where the pipeline's
 * plan jobs write plan.json: lib/pipeline/gitlab.ts) lets the guard see a dropped
 * `prevent_destroy`; without one the report says that it was not checked. The backup hold of a
 * decommissioning tenant counts from the retention the lock records (`backupRetention`).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { resolveFleet } from '../../config/resolve';
import type { RetentionSpec, TenantSpec } from '../../model/spec';
import { isRecord } from '../../core/guards';
import { FootprintRegistry, type TenantFootprint } from '../../model/footprint';
import { LOCKFILE_NAME } from '../../allocation/lockfile';
import { formatGuardReport, guardPlan, isIsoDate, type SynthesizedStack } from '../../pipeline/plan-guard';
import { gitlabTerraformReport, parsePlanJson, PlanInputError } from '../../pipeline/plan-json';
import { loadFleetInput, unknownTenantMessage } from '../fleet-input';
import { fleetCluster } from '../../model/clusters';
import { CliContext, EXIT, readArgumentFile, resolvePath, UsageError } from '../io';

interface PlanGuardOptions {
  tenant?: string;
  fleet: string;
  lock?: string;
  stack?: string;
  date?: string;
  json?: boolean;
  gitlabReport?: string;
}

/** Today's date (UTC) as "YYYY-MM-DD": the CLI's default run date (lib/ never reads the clock). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The synthesized stack: `--stack` (an error when it cannot be read), else `cdk.tf.json` next to
 * the plan when it exists, else undefined (prevent_destroy is then not checked).
 */
function readStack(io: CliContext['io'], stackArg: string | undefined, planPath: string): SynthesizedStack | undefined {
  const file = stackArg !== undefined ? resolvePath(io, stackArg) : path.join(path.dirname(planPath), 'cdk.tf.json');
  if (stackArg === undefined && !fs.existsSync(file)) return undefined;
  const shown = stackArg ?? file;
  const text = readArgumentFile(file, `stack ${shown}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`stack ${shown} is not JSON: ${(e as Error).message}`);
  }
  if (!isRecord(json) || (json.resource !== undefined && !isRecord(json.resource))) {
    throw new UsageError(`stack ${shown} is not a synthesized stack (cdk.tf.json): expected an object with a "resource" object`);
  }
  return json as SynthesizedStack;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('plan-guard')
    .description('check a tenant plan (terraform/tofu show -json) before apply: protected deletes and replaces need an approval, changes outside the tenant and changes to a decommissioning tenant are rejected')
    .argument('<plan>', 'plan JSON file, from `terraform show -json plan.cache > plan.json`')
    .option('--tenant <key>', 'tenant the plan belongs to (without it only protected resources are checked)')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', `lock file (default: ${LOCKFILE_NAME} next to the fleet file)`)
    .option('--stack <file>', 'synthesized stack the plan was made from, to check prevent_destroy (default: cdk.tf.json next to the plan, when present)')
    .option('--date <YYYY-MM-DD>', 'run date that approvals are checked against (default: today, UTC)')
    .option('--json', 'print the report as JSON')
    .option('--gitlab-report <file>', 'also write the create/update/delete counts for GitLab\'s artifacts:reports:terraform')
    .action((planArg: string, opts: PlanGuardOptions) => {
      const { io } = ctx;
      const date = opts.date ?? today();
      if (!isIsoDate(date)) throw new UsageError(`--date ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
      const planPath = resolvePath(io, planArg);
      const text = readArgumentFile(planPath, `plan ${planArg}`);
      let plan;
      try {
        plan = parsePlanJson(text, planArg);
      } catch (e) {
        if (e instanceof PlanInputError) throw new UsageError(e.message);
        throw e;
      }
      if (opts.gitlabReport !== undefined) {
        const out = resolvePath(io, opts.gitlabReport);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, `${JSON.stringify(gitlabTerraformReport(plan))}\n`);
      }

      const stack = readStack(io, opts.stack, planPath);

      let spec: TenantSpec | undefined;
      let tenantFile: string | undefined;
      let footprint: TenantFootprint | undefined;
      let recordedRetention: RetentionSpec | undefined;
      let expectedEndpoint: string | undefined;
      if (opts.tenant !== undefined) {
        const { fleet, lock } = loadFleetInput(io, { fleet: opts.fleet, lock: opts.lock });
        const unknown = unknownTenantMessage(fleet, opts.tenant);
        if (unknown !== undefined) {
          io.stderr(`kommunal: ${unknown}\n`);
          ctx.exitCode = EXIT.invalid;
          return;
        }
        const resolved = resolveFleet(fleet, lock);
        spec = resolved.specs[opts.tenant];
        footprint = FootprintRegistry.fromFleet(resolved.specs, { lock: resolved.lock }).tenant(opts.tenant);
        tenantFile = fleet.tenants.find((t) => t.data.key === opts.tenant)?.file;
        recordedRetention = lock?.tenants[opts.tenant]?.backupRetention;
        // A fleet with clusters: the plan must have been made against the lock's cluster.
        if (spec?.cluster !== undefined) expectedEndpoint = fleetCluster(fleet.data, spec.cluster)?.endpoint;
      }
      const report = guardPlan(plan, spec, {
        date,
        ...(tenantFile ? { tenantFile } : {}),
        ...(footprint ? { footprint } : {}),
        ...(recordedRetention ? { recordedRetention } : {}),
        ...(stack ? { stack } : {}),
        ...(expectedEndpoint !== undefined ? { expectedEndpoint } : {}),
      });
      if (opts.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else io.stdout(formatGuardReport(report));
      ctx.exitCode = report.ok ? EXIT.ok : EXIT.invalid;
    });
}
