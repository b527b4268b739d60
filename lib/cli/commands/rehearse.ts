/**
 * `kommunal rehearse [--fleet fleet.yaml] [--tenant <key...> | --changed-since <ref>] [--keep]
 * [--work dir] [--jobs N] [--plan-only] [--fail-apply <type...>] [--json]`: synthesizes the fleet
 * into a rehearsal folder and runs real terraform (TF_TOOL: terraform or tofu) on the platform stack
 * and then each tenant stack, offline, against this package's shadow providers: init, validate,
 * plan, show -json, the plan guard, apply, and a second plan that must be empty.
 *
 * A rehearsal proves what terraform, the providers' schemas and declared behaviour accept; it does
 * not touch a Proxmox or Vault server (README: "What the rehearsal proves").
 *
 * Exit codes: 0 every stack passed; 1 a stack failed (named, with terraform's own error text) or the
 * fleet is invalid; 2 usage error, or no usable terraform/tofu binary.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Command } from 'commander';
import { loadFleetModel, PLATFORM_STACK_NAME } from '../../blueprint/fleet';
import { MSG } from '../../config/messages';
import { rehearseFleet } from '../../rehearsal/rehearse-fleet';
import { StackSynthesisError } from '../../synth/synth-fleet';
import { reportStackFailure } from '../fleet-run';
import type { StackRunResult } from '../../rehearsal/stack-run';
import { toolFromEnv, ToolError } from '../../rehearsal/terraform';
import { changedSinceForCommand, loadProgressBar, posix, progressAllowed, reportUnknownTenants, seconds } from '../common';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface RehearseOptions {
  fleet: string;
  tenant?: string[];
  changedSince?: string;
  keep?: boolean;
  work?: string;
  jobs?: string;
  planOnly?: boolean;
  failApply?: string[];
  json?: boolean;
  datacenterModel: string;
}

/** The modes of --datacenter-model. */
const MODEL_MODES = ['record', 'enforce', 'off'] as const;

/** One line per stack: outcome, plan counts, guard, apply and second plan, time. */
export function formatStackLine(r: StackRunResult, width: number): string {
  const c = r.counts;
  const counts = `+${c.create} ~${c.update} -${c.delete} ±${c.replace}`;
  const time = `${seconds(r.ms)} (terraform ${seconds(r.terraformMs)})`;
  if (r.ok) {
    const tail = r.applied ? 'applied, second plan empty' : 'planned (no apply)';
    return `${r.stack.padEnd(width)}  ok      ${counts.padEnd(18)} guard ok  ${tail}  ${time}`;
  }
  const first = r.failure!.detail.split('\n').find((l) => l.trim() !== '' && !/^[╷│╵]\s*$/.test(l)) ?? '';
  return `${r.stack.padEnd(width)}  FAILED  at ${r.failure!.step}: ${first.replace(/^│\s*/, '').trim()}  ${time}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('rehearse')
    .description('run real terraform on the platform stack and then each tenant stack, offline, against the shadow providers: init, validate, plan, guard, apply, second plan')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--tenant <key...>', 'only these tenants (the platform stack is always rehearsed first)')
    .option('--changed-since <ref>', 'only tenants whose parameter files changed since this Git ref')
    .option('--work <dir>', 'rehearsal folder (kept); default: a temporary folder, removed unless --keep')
    .option('--keep', 'keep the temporary rehearsal folder (stacks, plans, states) and print where it is')
    .option('--jobs <n>', 'tenant stacks rehearsed at the same time', '1')
    .option('--plan-only', 'stop after plan and guard (no apply, no second plan)')
    .option('--fail-apply <type...>', 'let the shadow providers fail the apply of these resource types (rehearses a failed partial apply)')
    .option('--json', 'print the result as JSON (no progress display)')
    .option(
      '--datacenter-model <mode>',
      'check every API call against the model of Proxmox VE, PBS and Vault/OpenBao as the identity the pipeline job uses: record (list every refusal, then fail), enforce (fail at the first refused apply, as the server would) or off (schema conformance only)',
      'record',
    )
    .action(async (opts: RehearseOptions) => {
      const { io } = ctx;
      const fleetPath = resolvePath(io, opts.fleet);
      if (!fs.existsSync(fleetPath)) throw new UsageError(MSG.noFleetFile(opts.fleet));
      if (opts.tenant !== undefined && opts.changedSince !== undefined) throw new UsageError('use either --tenant or --changed-since, not both');
      if (!(MODEL_MODES as readonly string[]).includes(opts.datacenterModel)) {
        throw new UsageError(`--datacenter-model ${JSON.stringify(opts.datacenterModel)} is not one of ${MODEL_MODES.join(', ')}`);
      }
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, got "${opts.jobs}"`);
      let tool;
      try {
        tool = toolFromEnv(process.env);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }

      const model = loadFleetModel({ fleetFile: fleetPath, displayRoot: io.cwd });
      const keys = Object.keys(model.specs).sort();
      let tenants: string[] | undefined;
      let note: string | undefined;
      if (opts.tenant !== undefined) {
        if (reportUnknownTenants(io, opts.tenant.filter((k) => !keys.includes(k)), keys, model.fleet.file)) {
          ctx.exitCode = EXIT.invalid;
          return;
        }
        tenants = [...new Set(opts.tenant)];
      } else if (opts.changedSince !== undefined) {
        const sel = changedSinceForCommand(opts.changedSince, fleetPath, model.fleet.tenantsDir, model.lockPath, keys);
        tenants = sel.tenants;
        note = sel.note;
      }

      const temporary = opts.work === undefined;
      const workDir = opts.work !== undefined ? resolvePath(io, opts.work) : fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-rehearsal-'));
      const width = Math.max(PLATFORM_STACK_NAME.length, ...(tenants ?? keys).map((k) => k.length));
      if (note && !opts.json) io.stdout(`${note}\n`);
      const bar = progressAllowed(opts.json)
        ? new (loadProgressBar())({ format: 'rehearse [{bar}] {value}/{total} stacks | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
        : undefined;
      let result;
      try {
        result = await rehearseFleet({
          model,
          tenants,
          workDir,
          tool,
          jobs,
          planOnly: opts.planOnly,
          failApplyOf: opts.failApply,
          datacenterModel: opts.datacenterModel as (typeof MODEL_MODES)[number],
          date: today(),
          displayRoot: io.cwd,
          onReady: (total) => bar?.start(total, 0),
          onStack: (r, done) => {
            if (bar) bar.update(done);
            if (!opts.json) {
              if (bar) process.stderr.write('\r\x1b[K');
              io.stdout(`${formatStackLine(r, width)}\n`);
            }
          },
        });
      } catch (e) {
        if (e instanceof ToolError) {
          io.stderr(`kommunal: ${e.message}\n`);
          ctx.exitCode = EXIT.usage;
          return;
        }
        if (e instanceof StackSynthesisError) {
          // A stack that fails synthesis (construct props, compliance) is the user's input, not a bug.
          reportStackFailure(io, model, e);
          ctx.exitCode = EXIT.invalid;
          return;
        }
        throw e;
      } finally {
        bar?.stop();
        if (temporary && !opts.keep && (result === undefined || result.ok)) fs.rmSync(workDir, { recursive: true, force: true });
      }
      const kept = !temporary || opts.keep || !result.ok;
      if (opts.json) {
        const stacks = result.stacks.map((r) => ({
          stack: r.stack,
          ok: r.ok,
          counts: r.counts,
          guard: r.guard ? { ok: r.guard.ok, rejected: r.guard.rejected } : undefined,
          applied: r.applied,
          secondPlanChanges: r.drift,
          ms: r.ms,
          terraformMs: r.terraformMs,
          steps: r.steps,
          failure: r.failure,
        }));
        io.stdout(`${JSON.stringify({ ok: result.ok, tool: result.tool, toolVersion: result.toolVersion, workDir: kept ? result.workDir : undefined, synthMs: result.synthMs, ms: result.ms, skipped: result.skipped, stacks, refusals: result.refusals, pendingSdn: result.pendingSdn }, null, 2)}\n`);
      } else {
        for (const r of result.stacks.filter((x) => !x.ok)) {
          io.stderr(`\n${r.stack}: ${r.failure!.step} failed:\n${r.failure!.detail}\n`);
        }
        if (result.skipped.length > 0) io.stderr(`not rehearsed because the platform stack failed: ${result.skipped.join(', ')}\n`);
        if (result.refusals.length > 0) {
          io.stderr(`\nthe datacenter model refused ${result.refusals.length} API call${result.refusals.length === 1 ? '' : 's'} (the run went on, mode record):\n`);
          for (const f of result.refusals) {
            io.stderr(`  ${f.stack}: ${f.action} ${f.typeName}${f.objectId !== null ? ` ${f.objectId}` : ''}: ${f.summary}${f.detail ? `\n      ${f.detail.split('\n').join('\n      ')}` : ''}\n`);
          }
        }
        if (result.pendingSdn.length > 0) {
          const list = result.pendingSdn.map((p) => `${p.kind} ${p.id} (${p.state})`).join(', ');
          io.stderr(`\nSDN configuration left pending after every stack (nothing applied it; the nodes do not have it): ${list}\n`);
        }
        const failed = [...new Set([...(result.pendingSdn.length > 0 ? ['sdn'] : []), ...result.stacks.filter((r) => !r.ok).map((r) => r.stack), ...result.refusals.map((f) => f.stack)])];
        io.stdout(
          `${result.ok ? 'rehearsal passed' : `rehearsal FAILED (${failed.join(', ')})`}: ${result.stacks.length} stack${result.stacks.length === 1 ? '' : 's'} with ${result.tool} ${result.toolVersion} and the shadow providers in ${seconds(result.ms)} (synthesis ${seconds(result.synthMs)})\n`,
        );
        if (kept) io.stdout(`rehearsal folder: ${posix(path.relative(io.cwd, result.workDir)) || '.'}\n`);
      }
      ctx.exitCode = result.ok ? EXIT.ok : EXIT.invalid;
    });
}
