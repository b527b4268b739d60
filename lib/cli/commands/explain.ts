/**
 * `kommunal explain <tenant> [--fleet fleet.yaml] [--lock fleet.lock.yaml] [--json]`: prints the
 * fully resolved TenantSpec of one tenant. Without a lock file the fleet is allocated in memory
 * (and the output says so): the numbers are then not yet recorded anywhere.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { MSG } from '../../config/messages';
import { resolveFleet } from '../../config/resolve';
import { LOCKFILE_NAME } from '../../allocation/lockfile';
import { formatSpec } from '../format-spec';
import { loadFleetInput, unknownTenantMessage } from '../fleet-input';
import { CliContext, EXIT } from '../io';

interface ExplainOptions {
  fleet: string;
  lock?: string;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description('print the resolved configuration of one tenant: names, IDs, CIDRs, segments, flows, schedule, retention')
    .argument('<tenant>', 'tenant key, e.g. musterstadt')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', `lock file (default: ${LOCKFILE_NAME} next to the fleet file)`)
    .option('--json', 'print the spec as JSON (for scripts)')
    .action((tenant: string, opts: ExplainOptions) => {
      const { io } = ctx;
      const { fleet, lock, lockPath } = loadFleetInput(io, opts);
      const unknown = unknownTenantMessage(fleet, tenant);
      if (unknown !== undefined) {
        io.stderr(`kommunal: ${unknown}\n`);
        ctx.exitCode = EXIT.invalid;
        return;
      }
      const resolved = resolveFleet(fleet, lock);
      const spec = resolved.specs[tenant];
      const shownLock = path.relative(io.cwd, lockPath) || lockPath;
      let note: string | undefined;
      if (!lock) note = MSG.allocatedInMemory(shownLock);
      else if (resolved.allocation.added.includes(tenant)) note = MSG.notInLockYet(tenant, shownLock);
      if (opts.json) {
        if (note) io.stderr(`${note}\n`);
        io.stdout(`${JSON.stringify(spec, null, 2)}\n`);
      } else {
        if (note) io.stdout(`${note}\n\n`);
        io.stdout(formatSpec(spec));
      }
      ctx.exitCode = EXIT.ok;
    });
}
