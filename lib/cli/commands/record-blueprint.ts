/**
 * `kommunal record-blueprint [--fleet fleet.yaml] [--tenant X …]`: after a tenant's pipeline has
 * applied the current blueprint version, record that version in its lock entry (`blueprint: N`),
 * so its stack no longer carries the upgrade's moved blocks. Commit the lock afterwards. The lock is
 * generated; this command is the way to change the field without editing it by hand.
 */
import type { Command } from 'commander';
import { writeLockFile } from '../../allocation/lockfile';
import { BLUEPRINT_VERSION } from '../../upgrade/address-map';
import { recordBlueprintVersion } from '../../upgrade/record';
import { loadFleetInput, unknownTenantMessage } from '../fleet-input';
import { CliContext, EXIT, UsageError } from '../io';

interface RecordOptions {
  fleet: string;
  lock?: string;
  tenant?: string[];
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('record-blueprint')
    .description(`after an upgrade was applied, record blueprint version ${BLUEPRINT_VERSION} in the lock entries of the given tenants (all without --tenant)`)
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', 'lock file (default: fleet.lock.yaml next to the fleet file)')
    .option('--tenant <key...>', 'only these tenants (default: every tenant in the lock that is not retired)')
    .action((opts: RecordOptions) => {
      const { io } = ctx;
      const { fleet, lock, lockPath } = loadFleetInput(io, opts);
      if (!lock) throw new UsageError(`no lock file at ${lockPath}: nothing was allocated yet, so there is no version to record`);
      for (const key of opts.tenant ?? []) {
        const unknown = unknownTenantMessage(fleet, key) ?? (lock.tenants[key] === undefined ? `tenant "${key}" has no lock entry yet (run kommunal synth first)` : undefined);
        if (unknown !== undefined) {
          io.stderr(`kommunal: ${unknown}\n`);
          ctx.exitCode = EXIT.invalid;
          return;
        }
      }
      const keys = opts.tenant ?? Object.keys(lock.tenants).filter((k) => !lock.tenants[k].retired);
      const result = recordBlueprintVersion(lock, keys, BLUEPRINT_VERSION);
      if (result.newer.length > 0) {
        io.stderr(`kommunal: ${result.newer.join(', ')} recorded a blueprint version newer than ${BLUEPRINT_VERSION}, this library's: upgrade kommunal-cdk before planning them\n`);
        ctx.exitCode = EXIT.invalid;
        return;
      }
      if (result.changed.length === 0) {
        io.stdout(`nothing to record: ${keys.length} tenant${keys.length === 1 ? '' : 's'} already at blueprint ${BLUEPRINT_VERSION}\n`);
        ctx.exitCode = EXIT.ok;
        return;
      }
      writeLockFile(lockPath, result.lock);
      io.stdout(`recorded blueprint ${BLUEPRINT_VERSION} for ${result.changed.length} tenant${result.changed.length === 1 ? '' : 's'} (${result.changed.join(', ')}); commit ${lockPath}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
