import { PBS_PRUNE_JOB_OUTPUT, RETENTION_BOUNDS } from '../../model/defaults';
import type { Retention } from '../../model/parameters';
import { findingAt, literal, proxmoxTypes, resolveRef, resourcesOf } from '../internal/stack-json';
import { failIfAny, type ComplianceRule, type Finding, unknown } from '../types';

/** PBS keep-option names of the keep-policy fields. */
export const PRUNE_KEYS: Readonly<Record<keyof Retention, string>> = {
  keepLast: 'keep-last', keepDaily: 'keep-daily', keepWeekly: 'keep-weekly', keepMonthly: 'keep-monthly', keepYearly: 'keep-yearly',
};

/**
 * KOM-BAK-1: every tenant pool is covered by an enabled, scheduled backup job whose keep-policy lies
 * within RETENTION_BOUNDS: the job's own prune_backups, or, when the job keeps everything on the
 * Proxmox VE side (`keep-all`, the blueprint's way: lib/backup/prune-job.ts), the PBS prune job the
 * stack states in its output `pbs_prune_job`. A keep-all job without that output keeps every backup
 * forever.
 */
export const bak1Coverage: ComplianceRule = {
  id: 'KOM-BAK-1',
  level: 'error',
  title: { en: 'Every pool backed up with bounded retention', de: 'Jeder Pool gesichert, Aufbewahrung in vorgegebenen Grenzen' },
  cause: 'A Proxmox pool of the tenant has no enabled, scheduled backup job, or the keep-policy is outside the vetted bounds.',
  fix: 'Render the backup with BackupPlan (pool-based job) and keep retention within RETENTION_BOUNDS (lib/model/defaults.ts).',
  grundschutz: ['CON.3.A2', 'CON.3.A5'],
  grundschutzPlusPlus: [],
  usesSpec: 'optional',
  evaluate: ({ json, spec }) => {
    const pools = new Set(resourcesOf(json, ...proxmoxTypes('pool')).map((p) => literal(p.body.pool_id)).filter((x): x is string => x !== undefined));
    if (spec !== undefined) pools.add(spec.compute.pool);
    const jobs = resourcesOf(json, ...proxmoxTypes('backup_job'));
    if (pools.size === 0) {
      return unknown(jobs.length === 0 ? 'the stack declares neither pools nor backup jobs' : 'the stack declares backup jobs but no pools; coverage of guests elsewhere cannot be checked');
    }
    const findings: Finding[] = [];
    const covered = new Set<string>();
    for (const j of jobs) {
      const active = j.body.enabled !== false && literal(j.body.schedule) !== undefined;
      if (!active) findings.push(findingAt(j, `backup job is ${j.body.enabled === false ? 'disabled' : 'without a literal schedule'}`));
      const pool = resolveRef(json, j.body.pool).value;
      if (active && typeof pool === 'string') covered.add(pool);
      if (active && j.body.all === true) for (const p of pools) covered.add(p);
      const prune = j.body.prune_backups as Record<string, unknown> | undefined;
      if (prune === undefined || prune === null || typeof prune !== 'object') {
        findings.push(findingAt(j, 'backup job has no keep-policy (prune_backups); retention would fall back to the storage setting'));
        continue;
      }
      let keep: Record<string, unknown> = prune;
      let where = '';
      if (String(prune['keep-all']) === '1' || prune['keep-all'] === true) {
        if (Object.keys(prune).length > 1) findings.push(findingAt(j, `prune_backups sets keep-all together with ${Object.keys(prune).filter((k) => k !== 'keep-all').join(', ')}; Proxmox VE takes keep-all alone`));
        const value = json.output?.[PBS_PRUNE_JOB_OUTPUT]?.value;
        if (value === undefined || value === null || typeof value !== 'object') {
          findings.push(findingAt(j, `backup job keeps every backup on Proxmox VE (keep-all) but the stack states no PBS prune job (output ${PBS_PRUNE_JOB_OUTPUT}); nothing would ever be pruned`));
          continue;
        }
        keep = value as Record<string, unknown>;
        where = ` in the PBS prune job (output ${PBS_PRUNE_JOB_OUTPUT})`;
      }
      for (const [field, key] of Object.entries(PRUNE_KEYS) as [keyof Retention, string][]) {
        const raw = keep[key];
        const n = raw === undefined ? 0 : Number(raw);
        const b = RETENTION_BOUNDS[field];
        if (!Number.isInteger(n) || n < b.min || n > b.max) {
          findings.push(findingAt(j, `${key} = ${raw === undefined ? 'unset (0)' : JSON.stringify(raw)}${where}; allowed ${b.min}-${b.max} (RETENTION_BOUNDS.${field})`));
        }
      }
    }
    for (const p of [...pools].sort()) {
      if (!covered.has(p)) findings.push({ message: `pool ${p} is covered by no enabled backup job` });
    }
    return failIfAny(findings);
  },
};
