/**
 * Validation of the props of BackupPlan (the aws-cdk `validate-*-props.ts` pattern): every
 * problem is collected before the construct creates a child.
 */
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity, type KeepPolicy } from '../model/tenant-identity';
import { calendarEventProblem } from './calendar-event';
import type { BackupPlanProps } from './backup-plan';

export const KEEP_KEYS: ReadonlyArray<[keyof KeepPolicy, string]> = [
  ['keepLast', 'keep-last'],
  ['keepHourly', 'keep-hourly'],
  ['keepDaily', 'keep-daily'],
  ['keepWeekly', 'keep-weekly'],
  ['keepMonthly', 'keep-monthly'],
  ['keepYearly', 'keep-yearly'],
];

export function validateBackupPlanProps(props: BackupPlanProps): ProblemCollector {
  const p = new ProblemCollector();
  checkTenantIdentity(p, props.tenant, ['key', 'pool']);
  const s = props.storage;
  if (!s) {
    p.add('storage', 'a backup target is required: every tenant needs a PBS storage');
  } else {
    p.check(/^[A-Za-z][A-Za-z0-9\-_.]{1,62}[A-Za-z0-9]$/.test(s.id), 'storage.id', `${show(s.id)} is not a Proxmox storage ID (letter first, then letters, digits, - _ .; 3-64 characters)`);
    p.check(typeof s.server === 'string' && s.server.length > 0 && !/^https?:/.test(s.server), 'storage.server', `${show(s.server)} must be a host name or address without scheme`);
    p.check(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s.datastore ?? ''), 'storage.datastore', `${show(s.datastore)} is not a PBS datastore name`);
    const parts = (s.namespace ?? '').split('/');
    p.check(parts.length <= 7 && parts.every((c) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(c)), 'storage.namespace', `${show(s.namespace)} is not a PBS namespace (components of letters, digits, . _ -, at most 7 levels)`);
    p.check(/^[^@\s]+@[A-Za-z0-9._-]+(![A-Za-z0-9._-]+)?$/.test(s.username ?? ''), 'storage.username', `${show(s.username)} is not a PBS user ID like name@realm`);
  }
  const problem = typeof props.schedule === 'string' ? calendarEventProblem(props.schedule) : 'must be a string';
  p.check(problem === undefined, 'schedule', `${show(props.schedule)} would be rejected by Proxmox: ${problem}`);
  if (props.pruneSchedule !== undefined) {
    const pruneProblem = typeof props.pruneSchedule === 'string' ? calendarEventProblem(props.pruneSchedule) : 'must be a string';
    p.check(pruneProblem === undefined, 'pruneSchedule', `${show(props.pruneSchedule)} is not a calendar event: ${pruneProblem}`);
  }
  const counts = KEEP_KEYS.map(([k]) => [k, props.retention?.[k]] as const);
  for (const [k, v] of counts) {
    if (v !== undefined) p.check(Number.isInteger(v) && v >= 0 && v <= 10000, `retention.${k}`, `${show(v)} must be a whole number from 0 to 10000`);
  }
  p.check(counts.some(([, v]) => typeof v === 'number' && v > 0), 'retention', 'at least one keep count must be above 0, or every backup would be pruned');
  // PBS never prunes a protected snapshot: compute_prune_info marks it PruneMark::Protected before
  // any keep rule, and Protected counts as kept (proxmox/proxmox-backup pbs-datastore/src/prune.rs,
  // `compute_prune_info` and `PruneMark::keep`). A job that marks every backup protected makes its
  // retention fiction and the namespace grows without bound.
  p.check(props.protected !== true, 'protected', `${show(props.protected)} would keep every backup forever: PBS never prunes protected snapshots, so the retention would never apply; leave it unset (deletion protection belongs to the PBS side, see docs/datacenter.md)`);
  if (!props.secondCopy) {
    p.add('secondCopy', 'a second copy (another PBS or an off-site target) is part of the vetted standard (CON.3)');
  } else {
    p.check(!!props.secondCopy.server && props.secondCopy.server !== s?.server, 'secondCopy.server', `${show(props.secondCopy.server)} must be a different server than the primary PBS ${show(s?.server)}`);
  }
  for (const [i, m] of (props.mailTo ?? []).entries()) {
    p.check(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m), `mailTo.${i}`, `${show(m)} is not a mail address`);
  }
  return p;
}
