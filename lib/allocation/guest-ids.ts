/**
 * VM IDs of a tenant's guests, allocated from the tenant's VM ID range and recorded in the lock
 * (`guests` of a tenant entry), like every other identifier (docs/adr/0001-id-scheme.md):
 *
 * - a guest keeps its IDs forever: instance i of guest `dc` always has `guests.dc.vmIds[i]`;
 * - a list only grows: lowering `count` keeps the IDs above it reserved for the same guest (raising
 *   it again gives the same IDs back), raising it takes the lowest IDs no guest of the tenant ever
 *   held;
 * - a guest removed from the tenant file is marked `retired` and keeps its IDs; naming it again
 *   un-retires it with the same IDs (as segments retire, lib/allocation/allocate.ts);
 * - new IDs are handed out to guests in name order, so the result does not depend on the order of
 *   the tenant file.
 *
 * A tenant that never had a guest gets no `guests` field: the lock of a fleet without guests stays
 * byte-identical.
 */
import type { GuestAllocation, LockFile, TenantAllocation } from '../model/parameters';
import type { AllocationProblem } from './errors';

/** What a tenant asks for: instances per guest name. */
export type GuestCounts = Readonly<Record<string, number>>;

/** Result of {@link recordGuestVmIds}. */
export interface GuestIdResult {
  /** The lock with the guests' IDs; the same object when nothing changed. */
  readonly lock: LockFile;
  /** Tenants whose range has no free ID left for a requested instance. */
  readonly problems: readonly AllocationProblem[];
}

/**
 * Records the VM IDs of the requested guests of each tenant in `requests` (tenants not listed keep
 * their entry unchanged). Deterministic; see the file comment for the rules.
 */
export function recordGuestVmIds(lock: LockFile, requests: Readonly<Record<string, GuestCounts>>): GuestIdResult {
  const problems: AllocationProblem[] = [];
  let changed = false;
  const tenants: Record<string, TenantAllocation> = {};
  for (const [key, entry] of Object.entries(lock.tenants)) {
    const want = requests[key];
    const next = want === undefined || entry.retired ? entry : tenantGuests(key, entry, want, problems);
    if (next !== entry) changed = true;
    tenants[key] = next;
  }
  return { lock: changed ? { ...lock, tenants } : lock, problems };
}

function tenantGuests(key: string, entry: TenantAllocation, want: GuestCounts, problems: AllocationProblem[]): TenantAllocation {
  const before = entry.guests ?? {};
  if (Object.keys(before).length === 0 && Object.keys(want).length === 0) return entry;
  const used = new Set<number>();
  for (const g of Object.values(before)) for (const id of g.vmIds) used.add(id);
  let next = entry.vmIds.start;
  const freeId = (): number | undefined => {
    while (next <= entry.vmIds.end && used.has(next)) next += 1;
    if (next > entry.vmIds.end) return undefined;
    used.add(next);
    return next;
  };
  const guests: Record<string, GuestAllocation> = {};
  let changed = false;
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(want)])].sort()) {
    const was = before[name];
    const count = want[name];
    if (count === undefined) {
      // Left the tenant file: keep the IDs reserved.
      guests[name] = was!.retired ? was! : { vmIds: was!.vmIds, retired: true };
      if (!was!.retired) changed = true;
      continue;
    }
    const ids = [...(was?.vmIds ?? [])];
    while (ids.length < count) {
      const id = freeId();
      if (id === undefined) {
        problems.push({
          path: `tenants.${key}.guests.${name}`,
          tenant: key,
          message: `no free VM ID left in the tenant's range ${entry.vmIds.start}-${entry.vmIds.end} for instance ${ids.length} of guest "${name}" (IDs of removed guests and lowered counts stay reserved); lower the count or retire fewer IDs`,
        });
        break;
      }
      ids.push(id);
    }
    if (was === undefined || ids.length !== was.vmIds.length || was.retired) changed = true;
    guests[name] = { vmIds: ids };
  }
  return changed ? { ...entry, guests } : entry;
}

/**
 * The VM IDs of a guest's instances, from its lock entry: the first `count` of its list.
 * @throws Error when the lock holds fewer (resolution runs {@link recordGuestVmIds} first)
 */
export function guestVmIds(entry: TenantAllocation, name: string, count: number): number[] {
  const ids = entry.guests?.[name]?.vmIds ?? [];
  if (ids.length < count) throw new Error(`the lock records ${ids.length} VM IDs for guest "${name}" of a tenant, ${count} are needed`);
  return ids.slice(0, count);
}
