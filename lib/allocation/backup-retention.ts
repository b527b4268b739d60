/**
 * The backup retention a tenant's backups were taken under, recorded in the lock
 * (`backupRetention` of a tenant entry).
 *
 * Why the lock and not the tenant file: the backup hold of a decommissioning tenant
 * (lib/pipeline/plan-guard.ts) must last as long as the oldest backup may be kept. A tenant that
 * lowers `keepDaily` from 90 to 7 shortly before offboarding still has backups taken under the
 * 90-day policy; a hold computed from the current file would let the approval to delete them come
 * 83 days early.
 *
 * The rule (a decision of this project, not a rule of Proxmox or PBS): the record only grows, field
 * by field. Raising a keep count in the tenant file raises the record (the lock changes and must be
 * committed); lowering one leaves the record as it is, for good. A longer hold than strictly needed
 * is safe (it delays a deletion that needs an approval anyway), and the rule needs no date of the
 * change, so synthesis reads no clock. keep-last counts backups, not time, and is not recorded.
 *
 * Backwards compatibility: an entry without a record is read as before (the guard then uses the
 * tenant file's retention and says so). Synthesizing an unchanged fleet does not rewrite its lock:
 * missing records are filled only when the lock is written anyway (a tenant added, a segment
 * allocated, a retention raised), and then for every tenant of the fleet.
 */
import type { LockFile, RecordedRetention, TenantAllocation } from '../model/parameters';
import type { RetentionSpec } from '../model/spec';
import { longerRetention, recordedRetentionOf } from '../model/retention';

const sameRetention = (a: RecordedRetention, b: RecordedRetention): boolean =>
  a.keepDaily === b.keepDaily && a.keepWeekly === b.keepWeekly && a.keepMonthly === b.keepMonthly && a.keepYearly === b.keepYearly;

/**
 * Updates the recorded retentions of a lock from the tenants' current retentions: an existing
 * record grows to the field-by-field maximum; with `fillMissing`, a tenant without a record gets
 * its current retention. Tenants not in `current` (retired, or not loaded) keep their entry.
 * Returns the same lock object when nothing changed.
 */
export function recordBackupRetention(lock: LockFile, current: Readonly<Record<string, RetentionSpec>>, fillMissing: boolean): LockFile {
  let changed = false;
  const tenants: Record<string, TenantAllocation> = {};
  for (const [key, entry] of Object.entries(lock.tenants)) {
    const now = current[key];
    let next = entry;
    if (now !== undefined && !entry.retired) {
      const was = entry.backupRetention;
      const want = was === undefined ? (fillMissing ? recordedRetentionOf(now) : undefined) : longerRetention(was, recordedRetentionOf(now));
      if (want !== undefined && (was === undefined || !sameRetention(was, want))) {
        next = { ...entry, backupRetention: want };
        changed = true;
      }
    }
    tenants[key] = next;
  }
  return changed ? { ...lock, tenants } : lock;
}
