/**
 * `kommunal capacity [--fleet fleet.yaml] [--json] [--one-cluster] [--storage-budget N]`: per Proxmox
 * cluster of the fleet, the projected size of every cluster file, the kernel ipsets and the storages
 * each node polls, against their limits, and the headroom in tenants. Measured by synthesizing the
 * fleet and replaying its stacks into the rehearsal's datacenter model (lib/rehearsal/capacity.ts).
 * Exits 1 when a cluster is over a limit.
 */
import * as fs from 'fs';
import type { Command } from 'commander';
import { loadFleetModel } from '../../blueprint/fleet';
import { MSG } from '../../config/messages';
import { fleetCapacity, formatCapacity } from '../../rehearsal/capacity';
import { DEFAULT_CLUSTER_LIMITS } from '../../rehearsal/model/proxmox/limits';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';

interface CapacityOptions {
  fleet: string;
  json?: boolean;
  oneCluster?: boolean;
  storageBudget?: string;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('capacity')
    .description('per Proxmox cluster: projected size of every cluster file, kernel ipsets and storages per node against their limits, and the headroom in tenants (measured from the synthesized fleet with the datacenter model)')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--json', 'print the result as JSON')
    .option('--one-cluster', 'place every tenant on one cluster (does the fleet fit one cluster?)')
    .option('--storage-budget <n>', `enabled storages a node may poll (a judgement, default ${DEFAULT_CLUSTER_LIMITS.storagesPerNode})`)
    .action(async (opts: CapacityOptions) => {
      const fleetFile = resolvePath(ctx.io, opts.fleet);
      if (!fs.existsSync(fleetFile)) throw new UsageError(MSG.noFleetFile(opts.fleet));
      let limits = DEFAULT_CLUSTER_LIMITS;
      if (opts.storageBudget !== undefined) {
        const n = Number(opts.storageBudget);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--storage-budget must be a whole number of at least 1, got "${opts.storageBudget}"`);
        limits = { ...limits, storagesPerNode: n };
      }
      const model = loadFleetModel({ fleetFile, displayRoot: ctx.io.cwd });
      const clusters = await fleetCapacity(model, { limits, ...(opts.oneCluster === true ? { clusterOf: () => 'one' } : {}) });
      ctx.io.stdout(opts.json === true ? `${JSON.stringify({ limits, clusters }, null, 2)}\n` : formatCapacity(clusters));
      const over = clusters.some((c) => c.lines.some((l) => l.used > l.limit));
      ctx.exitCode = over ? EXIT.invalid : EXIT.ok;
    });
}
