/**
 * The capacity of a fleet's Proxmox clusters: per cluster, the size of every cluster file, kernel
 * ipsets and storages per node against the cluster's limits, and the headroom in tenants. Measured
 * by synthesizing the fleet's stacks and replaying them into the datacenter model's writers
 * (lib/rehearsal/model/proxmox/replay.ts), not by a per-tenant constant.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PLATFORM_STACK_NAME, type FleetModel } from '../blueprint/fleet';
import type { TenantSpec } from '../model/spec';
import { synthFleet } from '../synth/synth-fleet';
import { CLUSTER_FILES, type ClusterFilePath } from './model/proxmox/cluster-files';
import { DEFAULT_CLUSTER_LIMITS, type ClusterFootprint, type ClusterLimits } from './model/proxmox/limits';
import { replayFootprint, replayStacks, type ReplayRefusal, type ReplayStack } from './model/proxmox/replay';
import { clusterOf } from '../model/clusters';
import { platformStackOfCluster } from '../blueprint/platform-stack';
import { DEFAULT_PROXMOX_SEED, type ProxmoxSeed } from './model/proxmox/seed';

/** One measured quantity against its limit. */
export interface CapacityLine {
  /** A cluster file path, `kernel ipsets`, `storages on <node>` or `all files`. */
  readonly what: string;
  readonly used: number;
  readonly limit: number;
  /** What one tenant adds on average (measured: all tenants minus the platform, divided by the tenants). */
  readonly perTenant: number;
  /** Tenants that still fit before this limit (undefined when a tenant adds nothing). */
  readonly headroom?: number;
}

/**
 * The storage entries of one cell of a cluster (fleet `clusters.<id>.cells`): a tenant of the cell
 * adds its PBS storage entry on every node of the cell and on no other node, so the cell's headroom
 * is counted in tenants of that cell.
 */
export interface CellCapacity {
  readonly cell: string;
  readonly nodes: readonly string[];
  /** Tenants placed on the cell. */
  readonly tenants: number;
  /** Enabled storages on the cell's busiest node. */
  readonly storagesPerNode: number;
  /** The storage budget per node. */
  readonly limit: number;
  /** Tenants that still fit on the cell before its busiest node passes the budget (each adds one entry per node). */
  readonly headroom: number;
}

/** The capacity of one cluster. */
export interface ClusterCapacity {
  readonly cluster: string;
  readonly tenants: number;
  readonly lines: readonly CapacityLine[];
  /** Per cell, when the cluster's tenants are placed on cells (sorted by cell ID). */
  readonly cells?: readonly CellCapacity[];
  /** The smallest headroom of all lines (tenants that still fit), 0 when over a limit. */
  readonly headroom?: number;
  /** The tightest line. */
  readonly binding?: string;
  /** The first write the cluster refuses, when the placed tenants do not fit. */
  readonly refusal?: ReplayRefusal;
}

/** Options of {@link fleetCapacity}. */
export interface FleetCapacityOptions {
  readonly limits?: ClusterLimits;
  /** Synthesis workers (default: synthFleet's default). */
  readonly jobs?: number;
  /** Override the cluster of every tenant (e.g. `() => 'one'` to ask whether the fleet fits one cluster). */
  readonly clusterOf?: (spec: TenantSpec) => string;
}

function linesOf(platform: ClusterFootprint, all: ClusterFootprint, tenants: number, limits: ClusterLimits): CapacityLine[] {
  const line = (what: string, base: number, used: number, limit: number): CapacityLine => {
    const perTenant = tenants === 0 ? 0 : (used - base) / tenants;
    const headroom = perTenant > 0 ? Math.max(0, Math.floor((limit - used) / perTenant)) : undefined;
    return headroom === undefined ? { what, used, limit, perTenant } : { what, used, limit, perTenant, headroom };
  };
  const out: CapacityLine[] = CLUSTER_FILES.map((f: ClusterFilePath) => line(f, platform.files[f], all.files[f], limits.fileBytes));
  out.push(line('all files', platform.totalBytes, all.totalBytes, limits.totalBytes));
  out.push(line('kernel ipsets', platform.kernelIpsets, all.kernelIpsets, limits.kernelIpsets));
  for (const node of Object.keys(all.storagesPerNode).sort()) out.push(line(`storages on ${node}`, platform.storagesPerNode[node] ?? 0, all.storagesPerNode[node], limits.storagesPerNode));
  return out;
}

/** Measures every cluster of the fleet from its synthesized stacks (in a temporary folder, removed afterwards). */
export async function fleetCapacity(model: FleetModel, options: FleetCapacityOptions = {}): Promise<ClusterCapacity[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-capacity-'));
  try {
    await synthFleet({ model, outdir: dir, jobs: options.jobs, force: true });
    return measureClusters(model, dir, options);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures every cluster of the fleet from stacks already synthesized into `outdir` (synthFleet's layout). */
export function measureClusters(model: FleetModel, outdir: string, options: FleetCapacityOptions = {}): ClusterCapacity[] {
  const limits = options.limits ?? DEFAULT_CLUSTER_LIMITS;
  const place = options.clusterOf ?? clusterOf;
  const seedOf = (nodes: readonly string[] | undefined): ProxmoxSeed =>
    nodes !== undefined && nodes.length > 0 ? { ...DEFAULT_PROXMOX_SEED, nodes: [...nodes] } : DEFAULT_PROXMOX_SEED;
  const exists = (name: string): boolean => fs.existsSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'));
  const read = (name: string): ReplayStack => ({ name, resource: (JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')) as { resource?: ReplayStack['resource'] }).resource ?? {} });
  const platform = read(PLATFORM_STACK_NAME);
  const byCluster = new Map<string, string[]>();
  for (const key of Object.keys(model.specs).sort()) {
    const c = place(model.specs[key]);
    byCluster.set(c, [...(byCluster.get(c) ?? []), key]);
  }
  const out: ClusterCapacity[] = [];
  for (const [cluster, keys] of [...byCluster].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // A fleet with clusters has one platform stack per cluster (`platform-<id>`, with the cluster's
    // roles, zones and firewall) next to the fleet-wide `platform` (Vault), which also holds the
    // legacyCluster's Proxmox part; a fleet without clusters has only `platform`, which holds both.
    // Only the stack with the cluster's own Proxmox part is replayed into the cluster's model: the
    // `platform` stack of a fleet with a legacyCluster holds another cluster's objects.
    const clusterSpec = model.platform.clusters?.[cluster];
    const own = platformStackOfCluster(model.platform, clusterSpec !== undefined ? cluster : undefined);
    const platforms = own === PLATFORM_STACK_NAME ? [platform] : exists(own) ? [read(own)] : [];
    const seed = seedOf(clusterSpec?.network.nodes ?? model.platform.network.nodes);
    const stacks = [...platforms, ...keys.map(read)];
    const base = replayFootprint(platforms, { seed, limits });
    const all = replayFootprint(stacks, { seed, limits });
    const lines = linesOf(base, all, keys.length, limits);
    const over = lines.some((l) => l.used > l.limit);
    const refusal = over ? replayStacks(stacks, { seed, limits }).refusal : undefined;
    const tight = lines.filter((l) => l.headroom !== undefined).sort((a, b) => a.headroom! - b.headroom!)[0];
    const cells = cellsOf(keys.map((k) => model.specs[k]), all, limits);
    out.push({
      cluster, tenants: keys.length, lines,
      ...(cells.length > 0 ? { cells } : {}),
      ...(tight !== undefined ? { headroom: tight.headroom, binding: tight.what } : {}),
      ...(refusal !== undefined ? { refusal } : {}),
    });
  }
  return out;
}

/**
 * Per cell of the given tenants (those with a cell): its nodes, tenants, the enabled storages on its
 * busiest node (measured) and the tenants that still fit. Empty when no tenant has a cell.
 */
function cellsOf(specs: readonly TenantSpec[], all: ClusterFootprint, limits: ClusterLimits): CellCapacity[] {
  const byCell = new Map<string, { nodes: readonly string[]; tenants: number }>();
  for (const spec of specs) {
    if (spec.cell === undefined) continue;
    const c = byCell.get(spec.cell.id) ?? { nodes: spec.cell.nodes, tenants: 0 };
    byCell.set(spec.cell.id, { ...c, tenants: c.tenants + 1 });
  }
  return [...byCell.keys()].sort().map((cell) => {
    const { nodes, tenants } = byCell.get(cell)!;
    const used = Math.max(0, ...nodes.map((n) => all.storagesPerNode[n] ?? 0));
    return { cell, nodes, tenants, storagesPerNode: used, limit: limits.storagesPerNode, headroom: Math.max(0, limits.storagesPerNode - used) };
  });
}

/** The capacity as text: one block per cluster, one line per limit. */
export function formatCapacity(clusters: readonly ClusterCapacity[]): string {
  let out = '';
  for (const c of clusters) {
    out += `cluster ${c.cluster}: ${c.tenants} tenant${c.tenants === 1 ? '' : 's'}, headroom ${c.headroom ?? 'unbounded'} tenant${c.headroom === 1 ? '' : 's'}${c.binding !== undefined ? ` (binding: ${c.binding})` : ''}\n`;
    const w = Math.max(...c.lines.map((l) => l.what.length));
    for (const l of c.lines) {
      const pct = l.limit > 0 ? ((100 * l.used) / l.limit).toFixed(1) : '-';
      out += `  ${l.what.padEnd(w)}  ${String(l.used).padStart(10)} / ${String(l.limit).padEnd(10)} ${pct.padStart(6)}%  +${l.perTenant.toFixed(1)}/tenant  headroom ${l.headroom ?? '-'}${l.used > l.limit ? '  OVER' : ''}\n`;
    }
    for (const cell of c.cells ?? []) {
      out += `  cell ${cell.cell} (${cell.nodes.join(', ')}): ${cell.tenants} tenant${cell.tenants === 1 ? '' : 's'}, storages per node ${cell.storagesPerNode} / ${cell.limit}, headroom ${cell.headroom} tenant${cell.headroom === 1 ? '' : 's'} in the cell${cell.storagesPerNode > cell.limit ? '  OVER' : ''}\n`;
    }
    if (c.refusal !== undefined) out += `  refused: ${c.refusal.stack} ${c.refusal.address}: ${c.refusal.error.summary}\n`;
  }
  return out;
}
