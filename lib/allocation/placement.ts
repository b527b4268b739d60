/**
 * Placement: which cluster of the fleet each tenant runs on (issue #17), recorded in the lock as
 * the tenant entry's `cluster`. Deterministic and stable:
 *
 * - a tenant whose lock entry records a cluster stays there; a pin (`cluster:` in the tenant file)
 *   that names another cluster is an error, never a move (moving is an explicit operation,
 *   `kommunal move-tenant`, lib/allocation/move.ts); while a move is in its first phase (`moveTo`),
 *   a pin may name its target, and the tenant counts on both clusters;
 * - a lock entry without a cluster (written while the fleet had one cluster) belongs to the fleet's
 *   `legacyCluster` and gets it recorded; without `legacyCluster` such entries are refused, also
 *   when the fleet declares a single cluster: that cluster would get its own platform stack
 *   (`platform-<id>`), so the Proxmox part the tenants run on would move out of the state of
 *   `platform` (docs/clusters.md, "Converting a fleet");
 * - new tenants: pinned ones go to their pin; the others, in tenant key order, to the cluster with
 *   the lowest share of its `maxTenants` in use, ties broken by cluster ID. The result depends only
 *   on the lock, the pins and the cluster list, never on the order files were read;
 * - a cluster holding more than its `maxTenants` (pins, lock and moves under way included) is an error.
 *
 * A fleet without `clusters` is not placed at all: its lock entries carry no cluster.
 *
 * Cells (named node groups of a cluster, fleet `clusters.<id>.cells`): once a tenant has its
 * cluster, a cluster with cells places it on one of them, recorded as the entry's `cell`, by the
 * same kind of rule: a recorded cell stays (a pin naming another cell is an error, never a move);
 * new and not yet celled tenants go to their pin, else, in tenant key order, to the cell holding the
 * fewest of the cluster's tenants, ties broken by cell ID. Cells have no capacity of their own: the
 * cluster's maxTenants bounds them, and `kommunal capacity` shows each cell's headroom. A recorded
 * cell the cluster no longer declares, or any cell on a cluster without cells, is an error. Moving
 * between clusters drops the cell at the switch (lib/allocation/move.ts), so the target's cells
 * place it again. A cluster without cells leaves its entries as they are (no `cell`).
 */
import type { LockFile, TenantAllocation } from '../model/parameters';
import { canonicalTenant } from './internal/phases';
import { MSG, type AllocationProblem } from './errors';

/** A cluster as placement sees it. */
export interface PlacementCluster {
  readonly id: string;
  readonly maxTenants: number;
  /** IDs of the cluster's cells; absent or empty when it has none. */
  readonly cells?: readonly string[];
}

/** What placement needs besides the lock. */
export interface PlacementRequest {
  /** The fleet's declared clusters; empty for a fleet without `clusters` (nothing is placed). */
  readonly clusters: readonly PlacementCluster[];
  /**
   * Cluster of lock entries that record none (allocated before the fleet had clusters). Without it,
   * such entries are a problem at `legacyCluster`, even when the fleet declares one cluster.
   */
  readonly legacyCluster?: string;
  /** Every tenant of the fleet (active in the request), with its pin if any. */
  readonly tenants: Readonly<Record<string, { readonly pin?: string; readonly cellPin?: string }>>;
  /**
   * Tenants allocated in this run (AllocationResult.added): their lock entries are new, not written
   * before clusters existed, so they are placed by the rule rather than on the legacy cluster.
   */
  readonly added?: readonly string[];
}

/** The lock with every requested tenant placed, and what placement decided anew. */
export interface PlacementResult {
  readonly lock: LockFile;
  /** Tenants that got a cluster in this run (new or legacy entries), sorted. */
  readonly placed: readonly string[];
  /** Tenants that got a cell in this run, sorted. */
  readonly celled?: readonly string[];
  readonly problems: readonly AllocationProblem[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Places the requested tenants of `lock` onto clusters and cells (see the module comment). Problems
 * carry the path `tenants.<key>.cluster`, `tenants.<key>.cell`, `clusters.<id>.maxTenants`,
 * `clusters.<id>.cells` or `legacyCluster`.
 */
export function placeTenants(request: PlacementRequest, lock: LockFile): PlacementResult {
  const problems: AllocationProblem[] = [];
  const keys = Object.keys(request.tenants).sort(byText);
  if (request.clusters.length === 0) {
    for (const [key, t] of Object.entries(lock.tenants)) {
      if (t.cluster !== undefined && !t.retired) problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterWithoutClusters(key, t.cluster) });
    }
    for (const key of keys) {
      const pin = request.tenants[key].pin;
      if (pin !== undefined) problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterPinUnknown(key, pin, []) });
      const cellPin = request.tenants[key].cellPin;
      if (cellPin !== undefined) problems.push({ path: `tenants.${key}.cell`, tenant: key, message: MSG.cellPinWithoutCells(key, cellPin, undefined) });
    }
    return { lock, placed: [], problems };
  }
  const ids = request.clusters.map((c) => c.id).sort(byText);
  const known = new Set(ids);
  // No default, not even the only cluster: the fleet's `legacyCluster` decides which stack holds
  // that cluster's Proxmox part (lib/blueprint/platform-spec.ts), so guessing it would move the
  // platform the old tenants run on.
  const legacy = request.legacyCluster;
  const placement = new Map<string, string>();
  /** Tenants in phase 1 of a move, by the cluster they move to (they hold a seat on both). */
  const reserved = new Map<string, string>();
  const placed: string[] = [];
  const legacyEntries: string[] = [];
  const added = new Set(request.added ?? []);
  const isFresh = (key: string): boolean => lock.tenants[key] === undefined || (added.has(key) && lock.tenants[key].cluster === undefined);

  // 1. Tenants the lock already places (or places implicitly, without a cluster).
  for (const key of keys) {
    const entry = lock.tenants[key];
    if (isFresh(key)) continue;
    const pin = request.tenants[key].pin;
    let at = entry.cluster;
    if (at === undefined) {
      if (legacy === undefined) {
        legacyEntries.push(key);
        continue;
      }
      at = legacy;
      placed.push(key);
    } else if (!known.has(at)) {
      problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterUnknownInLock(key, at, ids) });
      continue;
    }
    // A move in phase 1 (lib/allocation/move.ts) reserves a seat on its target; a pin may name
    // either end of it while it runs.
    const target = entry.moveTo;
    if (target !== undefined) {
      if (!known.has(target)) problems.push({ path: `tenants.${key}.moveTo`, tenant: key, message: MSG.moveTargetUnknown(key, target, ids) });
      else reserved.set(key, target);
    }
    if (pin !== undefined && pin !== at && pin !== target) problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterPinMoves(key, at, pin) });
    placement.set(key, at);
  }
  if (legacyEntries.length > 0) problems.push({ path: 'legacyCluster', message: MSG.clusterLegacyUnknown(legacyEntries, ids) });

  // 2. New tenants: pins first (they are fixed), then the rest in key order.
  const fresh = keys.filter(isFresh);
  for (const key of fresh) {
    const pin = request.tenants[key].pin;
    if (pin === undefined) continue;
    if (!known.has(pin)) {
      problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterPinUnknown(key, pin, ids) });
      continue;
    }
    placement.set(key, pin);
    placed.push(key);
  }
  const load = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const at of placement.values()) load.set(at, (load.get(at) ?? 0) + 1);
  for (const at of reserved.values()) load.set(at, (load.get(at) ?? 0) + 1);
  const clusters = [...request.clusters].sort((a, b) => byText(a.id, b.id));
  for (const key of fresh) {
    if (request.tenants[key].pin !== undefined) continue;
    let best: PlacementCluster | undefined;
    for (const c of clusters) {
      const n = load.get(c.id) ?? 0;
      if (n >= c.maxTenants) continue;
      // Lowest share in use: n/max < bn/bmax, compared without floating point; ties keep the lower ID.
      if (best === undefined || n * best.maxTenants < (load.get(best.id) ?? 0) * c.maxTenants) best = c;
    }
    if (best === undefined) {
      problems.push({ path: `tenants.${key}.cluster`, tenant: key, message: MSG.clusterNoRoom(key, ids) });
      continue;
    }
    placement.set(key, best.id);
    load.set(best.id, (load.get(best.id) ?? 0) + 1);
    placed.push(key);
  }

  // 3. Limits: pins and the lock may put more on a cluster than it may hold.
  for (const c of clusters) {
    const members = keys.filter((k) => placement.get(k) === c.id || reserved.get(k) === c.id);
    if (members.length > c.maxTenants) problems.push({ path: `clusters.${c.id}.maxTenants`, message: MSG.clusterOverLimit(c.id, members.length, c.maxTenants, members) });
  }

  // 4. Cells of the clusters that have them.
  const cells = placeCells(request, lock, keys, placement, problems);

  const tenants: Record<string, TenantAllocation> = {};
  for (const [key, t] of Object.entries(lock.tenants)) {
    const at = placement.get(key);
    const cell = cells.cellOf.get(key);
    tenants[key] = (at === undefined || t.cluster === at) && (cell === undefined || t.cell === cell) ? t : canonicalTenant({ ...t, ...(at !== undefined ? { cluster: at } : {}), ...(cell !== undefined ? { cell } : {}) });
  }
  return { lock: { ...lock, tenants }, placed: placed.sort(byText), ...(cells.celled.length > 0 ? { celled: cells.celled.sort(byText) } : {}), problems };
}

/**
 * Step 4 of placeTenants: the cell of every requested tenant whose cluster has cells (see the
 * module comment). Returns the cells decided or kept, by tenant, and the tenants celled anew.
 */
function placeCells(
  request: PlacementRequest, lock: LockFile, keys: readonly string[], placement: ReadonlyMap<string, string>, problems: AllocationProblem[],
): { cellOf: Map<string, string>; celled: string[] } {
  const cellsOf = new Map(request.clusters.map((c) => [c.id, [...(c.cells ?? [])].sort(byText)]));
  const cellOf = new Map<string, string>();
  const celled: string[] = [];
  const waiting: string[] = [];
  for (const key of keys) {
    const at = placement.get(key);
    if (at === undefined) continue;
    const cells = cellsOf.get(at) ?? [];
    const recorded = lock.tenants[key]?.cell;
    const pin = request.tenants[key].cellPin;
    if (cells.length === 0) {
      if (recorded !== undefined) problems.push({ path: `clusters.${at}.cells`, message: MSG.cellUnknownInLock(key, at, recorded, cells) });
      if (pin !== undefined) problems.push({ path: `tenants.${key}.cell`, tenant: key, message: MSG.cellPinWithoutCells(key, pin, at) });
      continue;
    }
    if (recorded !== undefined) {
      if (!cells.includes(recorded)) problems.push({ path: `clusters.${at}.cells`, message: MSG.cellUnknownInLock(key, at, recorded, cells) });
      else if (pin !== undefined && pin !== recorded) problems.push({ path: `tenants.${key}.cell`, tenant: key, message: MSG.cellPinMoves(key, at, recorded, pin) });
      else cellOf.set(key, recorded);
      continue;
    }
    if (pin !== undefined) {
      if (!cells.includes(pin)) problems.push({ path: `tenants.${key}.cell`, tenant: key, message: MSG.cellPinUnknown(key, at, pin, cells) });
      else {
        cellOf.set(key, pin);
        celled.push(key);
      }
      continue;
    }
    waiting.push(key);
  }
  // The fewest tenants first, ties by cell ID; loads count every requested tenant already celled.
  const load = new Map<string, number>();
  const slot = (cluster: string, cell: string): string => `${cluster}/${cell}`;
  for (const [key, cell] of cellOf) {
    const s = slot(placement.get(key) as string, cell);
    load.set(s, (load.get(s) ?? 0) + 1);
  }
  for (const key of waiting) {
    const at = placement.get(key) as string;
    let best: string | undefined;
    for (const cell of cellsOf.get(at) ?? []) {
      if (best === undefined || (load.get(slot(at, cell)) ?? 0) < (load.get(slot(at, best)) ?? 0)) best = cell;
    }
    const cell = best as string;
    cellOf.set(key, cell);
    load.set(slot(at, cell), (load.get(slot(at, cell)) ?? 0) + 1);
    celled.push(key);
  }
  return { cellOf, celled };
}
