/**
 * Backup retention as the lock records it (`backupRetention`, lib/allocation/backup-retention.ts):
 * the time-based keep counts, and the field-by-field longer of two. Shared by the lock writer and
 * the plan guard's backup hold (lib/pipeline/plan-guard.ts).
 */
import type { RecordedRetention } from './parameters';
import type { RetentionSpec } from './spec';

/** The time-based keep counts of a tenant's retention, as the lock records them. */
export function recordedRetentionOf(r: RetentionSpec): RecordedRetention {
  return { keepDaily: r.keepDaily, keepWeekly: r.keepWeekly, keepMonthly: r.keepMonthly, keepYearly: r.keepYearly };
}

/** Field-by-field maximum of two retentions: the longer hold of both. */
export function longerRetention(a: RecordedRetention, b: RecordedRetention): RecordedRetention {
  return {
    keepDaily: Math.max(a.keepDaily, b.keepDaily),
    keepWeekly: Math.max(a.keepWeekly, b.keepWeekly),
    keepMonthly: Math.max(a.keepMonthly, b.keepMonthly),
    keepYearly: Math.max(a.keepYearly, b.keepYearly),
  };
}

