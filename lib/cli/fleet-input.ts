/** Loading the fleet and its lock for CLI commands, with the same usage errors everywhere. */
import * as fs from 'fs';
import * as path from 'path';
import { LOCKFILE_NAME, readLockFile } from '../allocation/lockfile';
import { didYouMean } from '../core/did-you-mean';
import { loadFleet, LoadedFleet } from '../config/load';
import { MSG } from '../config/messages';
import type { LockFile } from '../model/parameters';
import { CliIo, resolvePath, UsageError } from './io';

export interface FleetInput {
  readonly fleet: LoadedFleet;
  /** Absent when there is no lock file yet (allocation then happens in memory). */
  readonly lock?: LockFile;
  readonly lockPath: string;
}

/**
 * Loads `--fleet` (default fleet.yaml) with its tenant files and `--lock` (default fleet.lock.yaml
 * next to the fleet file). A missing fleet file, or a missing lock file that was named explicitly,
 * is a usage error.
 */
export function loadFleetInput(io: CliIo, opts: { readonly fleet: string; readonly lock?: string }): FleetInput {
  const fleetPath = resolvePath(io, opts.fleet);
  if (!fs.existsSync(fleetPath)) throw new UsageError(MSG.noFleetFile(opts.fleet));
  const fleet = loadFleet(fleetPath, { displayRoot: io.cwd });
  const lockPath = opts.lock !== undefined ? resolvePath(io, opts.lock) : path.join(fleet.dir, LOCKFILE_NAME);
  if (fs.existsSync(lockPath)) return { fleet, lock: readLockFile(lockPath), lockPath };
  if (opts.lock !== undefined) throw new UsageError(MSG.noLockFile(opts.lock));
  return { fleet, lockPath };
}

/** The message for a tenant key the fleet does not have (with did-you-mean), or undefined when it has it. */
export function unknownTenantMessage(fleet: LoadedFleet, tenant: string): string | undefined {
  const keys = fleet.tenants.map((t) => t.data.key).sort();
  return keys.includes(tenant) ? undefined : MSG.unknownTenant(tenant, fleet.file, keys, didYouMean(tenant, keys));
}
