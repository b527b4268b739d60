/**
 * Moving a tenant between clusters of a fleet (issue #17, deliverable 5; runbook:
 * docs/moving-a-tenant.md). Placement never moves a tenant by itself (placement.ts); a move is an
 * explicit operation in two phases, recorded in the tenant's lock entry so that every step is
 * resumable and the lock alone says where the tenant is:
 *
 * | step     | lock entry before              | lock entry after                 | next tenant plan                               |
 * |----------|--------------------------------|----------------------------------|------------------------------------------------|
 * | `start`  | `cluster: A`                   | `cluster: A`, `moveTo: B`        | phase 1: destroys the Proxmox objects on A     |
 * | `switch` | `cluster: A`, `moveTo: B`      | `cluster: B`, `movedFrom: A`     | phase 2: creates the Proxmox objects on B      |
 * | `finish` | `cluster: B`, `movedFrom: A`   | `cluster: B`                     | no change                                      |
 * | `cancel` | `cluster: A`, `moveTo: B`      | `cluster: A`                     | re-creates the objects on A (a rollback)       |
 *
 * Repeating a step that is already done changes nothing (the same lock is returned). Every other
 * unexpected state is a problem and the lock is left as it was. Pure: the caller writes the lock.
 */
import type { LockFile, TenantAllocation } from '../model/parameters';
import { canonicalTenant } from './internal/phases';
import type { PlacementCluster } from './placement';

/** One step of a move (see the module comment). */
export type MoveStep = 'start' | 'switch' | 'finish' | 'cancel';

/** What to do with which tenant. */
export interface MoveRequest {
  readonly tenant: string;
  readonly step: MoveStep;
  /** Target cluster (`start` only). */
  readonly to?: string;
  /** The fleet's declared clusters (empty for a fleet without `clusters`: nothing can move). */
  readonly clusters: readonly PlacementCluster[];
}

/** A problem of a move request; `path` is a field path of the lock (`tenants.<key>...`) or of the fleet file (`clusters.<id>...`). */
export interface MoveProblem {
  readonly path: string;
  readonly message: string;
  /** Where the path points: the fleet file or the lock. */
  readonly file: 'fleet' | 'lock';
}

/** The outcome of a move step. */
export interface MoveResult {
  /** The lock after the step (the input lock, unchanged, when `changed` is false). */
  readonly lock: LockFile;
  /** False when the step was already done (or there were problems). */
  readonly changed: boolean;
  /** What the step did or found, one line for the operator. */
  readonly summary: string;
  readonly problems: readonly MoveProblem[];
}

const DOC = 'docs/moving-a-tenant.md';

/**
 * Applies one move step to `lock` (see the module comment). Problems leave the lock untouched.
 * Capacity: a move's target must have room for one more tenant, counting tenants placed there and
 * moves already under way into it (they hold a seat on both clusters until they are switched).
 */
export function moveTenant(lock: LockFile, request: MoveRequest): MoveResult {
  const key = request.tenant;
  const entry = lock.tenants[key];
  const fail = (path: string, message: string, file: 'fleet' | 'lock' = 'lock'): MoveResult => ({ lock, changed: false, summary: `tenant "${key}": not moved`, problems: [{ path, message, file }] });
  const unchanged = (summary: string): MoveResult => ({ lock, changed: false, summary, problems: [] });
  const ids = request.clusters.map((c) => c.id).sort();
  if (entry === undefined) return fail(`tenants.${key}`, `tenant "${key}" has no entry in the lock; only an allocated and placed tenant can move`);
  if (entry.retired) return fail(`tenants.${key}.retired`, `tenant "${key}" is retired; a retired tenant does not move`);
  if (ids.length === 0) return fail('clusters', `the fleet declares no clusters, so tenant "${key}" has nowhere to move (${DOC})`, 'fleet');
  if (entry.cluster === undefined) {
    return fail(`tenants.${key}.cluster`, `tenant "${key}" has no cluster recorded in the lock yet; run \`kommunal synth\` or \`kommunal validate\` once so that placement records it, then move it`);
  }
  const from = entry.cluster;
  const write = (next: TenantAllocation, summary: string): MoveResult =>
    ({ lock: { ...lock, tenants: { ...lock.tenants, [key]: canonicalTenant(next) } }, changed: true, summary, problems: [] });
  // canonicalTenant leaves out fields that are undefined.
  const rest: TenantAllocation = { ...entry, moveTo: undefined, movedFrom: undefined };

  switch (request.step) {
    case 'start': {
      const to = request.to;
      if (to === undefined) return fail(`tenants.${key}.moveTo`, 'starting a move needs the target cluster (--to <cluster>)');
      if (!ids.includes(to)) return fail(`tenants.${key}.moveTo`, `cluster "${to}" is not declared in the fleet (clusters: ${ids.join(', ')})`, 'fleet');
      if (entry.moveTo === to) return unchanged(`tenant "${key}": the move from "${from}" to "${to}" is already recorded (phase 1); apply the phase-1 plan, then switch (${DOC})`);
      if (entry.moveTo !== undefined) return fail(`tenants.${key}.moveTo`, `tenant "${key}" is already moving from "${from}" to "${entry.moveTo}"; cancel that move first (--cancel) before moving it to "${to}"`);
      if (entry.movedFrom !== undefined) {
        if (from === to) return unchanged(`tenant "${key}": already switched to "${to}" (phase 2); apply the phase-2 plan, then finish (${DOC})`);
        return fail(`tenants.${key}.movedFrom`, `tenant "${key}" is still in phase 2 of its move from "${entry.movedFrom}" to "${from}"; finish it (--finish) before moving again`);
      }
      if (from === to) return fail(`tenants.${key}.cluster`, `tenant "${key}" is already on cluster "${to}"`);
      const target = request.clusters.find((c) => c.id === to)!;
      const holding = Object.entries(lock.tenants).filter(([, t]) => !t.retired && (t.cluster === to || t.moveTo === to)).length;
      if (holding + 1 > target.maxTenants) {
        return fail(`clusters.${to}.maxTenants`, `moving tenant "${key}" to cluster "${to}" would put ${holding + 1} tenants there (placed and moving in), above its maxTenants ${target.maxTenants}; move it to another cluster or raise maxTenants within the cluster file limits (docs/clusters.md)`, 'fleet');
      }
      return write({ ...rest, moveTo: to }, `tenant "${key}": move from "${from}" to "${to}" recorded (phase 1: the next plan removes its Proxmox objects from "${from}" and needs a move approval; ${DOC})`);
    }
    case 'switch': {
      if (entry.movedFrom !== undefined && entry.moveTo === undefined) return unchanged(`tenant "${key}": already switched from "${entry.movedFrom}" to "${from}" (phase 2)`);
      if (entry.moveTo === undefined) return fail(`tenants.${key}.moveTo`, `tenant "${key}" has no move under way; start one with --to <cluster>`);
      // The cell belongs to the cluster left behind: placement puts the tenant on a cell of the target.
      return write({ ...rest, cluster: entry.moveTo, movedFrom: from, cell: undefined }, `tenant "${key}": switched from "${from}" to "${entry.moveTo}" (phase 2: the next plan creates its Proxmox objects on "${entry.moveTo}" and needs the move approval; ${DOC})`);
    }
    case 'finish': {
      if (entry.moveTo !== undefined) return fail(`tenants.${key}.moveTo`, `tenant "${key}" is in phase 1 of its move to "${entry.moveTo}"; switch it (--switch) and apply phase 2 before finishing`);
      if (entry.movedFrom === undefined) return unchanged(`tenant "${key}": no move to finish (on cluster "${from}")`);
      return write(rest, `tenant "${key}": move from "${entry.movedFrom}" to "${from}" finished`);
    }
    case 'cancel': {
      if (entry.movedFrom !== undefined) return fail(`tenants.${key}.movedFrom`, `tenant "${key}" has already switched from "${entry.movedFrom}" to "${from}"; to go back, finish this move and start a move to "${entry.movedFrom}" (${DOC}, "Rollback")`);
      if (entry.moveTo === undefined) return unchanged(`tenant "${key}": no move to cancel (on cluster "${from}")`);
      return write(rest, `tenant "${key}": move to "${entry.moveTo}" cancelled; the next plan re-creates its Proxmox objects on "${from}" (${DOC}, "Rollback")`);
    }
  }
}
