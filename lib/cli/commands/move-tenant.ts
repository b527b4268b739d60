/**
 * `kommunal move-tenant <key> (--to <cluster> | --switch | --finish | --cancel) [--fleet fleet.yaml]
 * [--lock fleet.lock.yaml]`: one step of moving a tenant between the clusters of a fleet
 * (lib/allocation/move.ts; runbook docs/moving-a-tenant.md). The step is recorded in the lock; the
 * plans it leads to need a `move` approval in the tenant file (the plan guard checks it).
 *
 * A run that finds a problem writes nothing: every check (the step itself, then placement of the
 * whole fleet against the new lock: pins, capacity) runs before the lock is written, and the write
 * is atomic (writeLockFile). A step that is already done leaves the lock byte-identical.
 */
import * as fs from 'fs';
import type { Command } from 'commander';
import { placeTenants } from '../../allocation/placement';
import { writeLockFile } from '../../allocation/lockfile';
import { moveTenant, MoveProblem, MoveStep } from '../../allocation/move';
import { AllocationError } from '../../allocation/errors';
import { placementClustersOf, placementPinsOf } from '../../model/clusters';
import { ValidationError, type Problem } from '../../config/problems';
import { displayPath } from '../../config/allocation-problems';
import { loadFleetInput, unknownTenantMessage } from '../fleet-input';
import { CliContext, EXIT, UsageError } from '../io';

interface MoveOptions {
  fleet: string;
  lock?: string;
  to?: string;
  switch?: boolean;
  finish?: boolean;
  cancel?: boolean;
}

/**
 * 1-based line of a field of a tenant's entry in a generated lock (the tenant's key line when the
 * field is absent), for positioned messages; line 1 when the tenant has no entry.
 */
export function lockLine(text: string, tenant: string, field?: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `  ${tenant}:` || l === `  ${JSON.stringify(tenant)}:`);
  if (start < 0) return 1;
  if (field !== undefined) {
    for (let i = start + 1; i < lines.length && lines[i].startsWith('    '); i++) {
      if (lines[i].startsWith(`    ${field}:`)) return i + 1;
    }
  }
  return start + 1;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('move-tenant')
    .description('move a tenant to another cluster of the fleet, one recorded step at a time (docs/moving-a-tenant.md): --to starts (phase 1), --switch flips the lock to the new cluster (phase 2), --finish ends the move, --cancel undoes phase 1')
    .argument('<tenant>', 'tenant key')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', 'lock file (default: fleet.lock.yaml next to the fleet file)')
    .option('--to <cluster>', 'start: record the move to this cluster (phase 1)')
    .option('--switch', 'phase 2: the lock places the tenant on the target cluster (after the phase-1 plan is applied)')
    .option('--finish', 'end the move (after the phase-2 plan is applied)')
    .option('--cancel', 'undo phase 1: the tenant stays where it is (the next plan re-creates its objects there)')
    .action((tenant: string, opts: MoveOptions) => {
      const { io } = ctx;
      const steps: MoveStep[] = [];
      if (opts.to !== undefined) steps.push('start');
      if (opts.switch === true) steps.push('switch');
      if (opts.finish === true) steps.push('finish');
      if (opts.cancel === true) steps.push('cancel');
      if (steps.length !== 1) throw new UsageError('give exactly one of --to <cluster>, --switch, --finish, --cancel (docs/moving-a-tenant.md)');
      const step = steps[0];
      const input = loadFleetInput(io, { fleet: opts.fleet, ...(opts.lock !== undefined ? { lock: opts.lock } : {}) });
      const { fleet } = input;
      const unknown = unknownTenantMessage(fleet, tenant);
      if (unknown !== undefined) throw new UsageError(unknown);
      if (input.lock === undefined || !fs.existsSync(input.lockPath)) throw new UsageError(`no lock file at ${displayPath(input.lockPath, io.cwd)}; a tenant is placed on a cluster by \`kommunal synth\` before it can move`);
      const lockText = fs.readFileSync(input.lockPath, 'utf8');
      const lockFile = displayPath(input.lockPath, io.cwd);
      const tenantFile = fleet.tenants.find((t) => t.data.key === tenant)!;
      if (step === 'start' && tenantFile.data.state === 'decommissioning') {
        throw new ValidationError([{ ...tenantFile.position(['state']), path: 'state', message: `tenant "${tenant}" is decommissioning; a decommissioning tenant is not moved (docs/pipelines.md, "Offboarding")` }]);
      }
      const clusters = placementClustersOf(fleet.data);
      const result = moveTenant(input.lock, { tenant, step, ...(opts.to !== undefined ? { to: opts.to } : {}), clusters });
      const positioned = (p: MoveProblem): Problem => {
        if (p.file === 'lock') {
          const [, , field] = p.path.split('.');
          return { file: lockFile, line: lockLine(lockText, tenant, field), column: 1, path: p.path, message: p.message };
        }
        const at = fleet.position(p.path.split('.'));
        return { file: fleet.file, line: at.line, column: at.column, path: p.path, message: p.message };
      };
      if (result.problems.length > 0) throw new ValidationError(result.problems.map(positioned));
      if (result.changed) {
        // The whole fleet is placed against the new lock: a pin that names neither end of the move,
        // or a cluster over its limit, is refused before anything is written.
        const placement = placeTenants({
          clusters,
          ...(fleet.data.legacyCluster !== undefined ? { legacyCluster: fleet.data.legacyCluster } : {}),
          tenants: Object.fromEntries(fleet.tenants.filter((t) => result.lock.tenants[t.data.key] !== undefined).map((t) => [t.data.key, placementPinsOf(t.data)])),
        }, result.lock);
        if (placement.problems.length > 0) throw new AllocationError(placement.problems, `moving tenant "${tenant}"`);
        writeLockFile(input.lockPath, result.lock);
      }
      io.stdout(`${result.summary}${result.changed ? `\nwrote ${lockFile}` : ''}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
