/**
 * Retention on the PBS side: the prune job that enforces a tenant's keep-policy in its namespace.
 *
 * Why not Proxmox VE's prune after each backup job: PVE prunes with the PBS user of the storage
 * entry (pve-storage PBSPlugin.pm prune_backups L409-458 runs `proxmox-backup-client prune`), and
 * PBS allows a prune only with Datastore.Modify, or Datastore.Prune as the owner of the group
 * (proxmox/proxmox-backup @ 4940514b0f05d6cd6a5f711edfdd47c1fa41b537 (3.2.4) src/api2/admin/datastore.rs `prune` L956-985, `delete_snapshot`
 * L385-405). The tenant's PBS user has the role DatastoreBackup, which is Datastore.Backup only
 * (pbs-api-types/src/acl.rs L126-127; DatastorePowerUser adds Datastore.Prune, L132-134), so that
 * the "operator: no deletion" rule holds: anyone allowed to use the PVE storage entry could delete
 * backups through it otherwise (docs/datacenter.md). So PVE keeps everything (`keep-all`) and PBS
 * prunes: one prune job per tenant namespace, `max-depth` 0, with the tenant's keep counts
 * (pbs-api-types/src/jobs.rs PruneJobConfig L750-769 and PruneJobOptions L697-707; job IDs are
 * 3-32 characters, JOB_ID_SCHEMA L25-29). Prune jobs are PBS configuration: Terraform does not
 * reach them, the platform engineer creates them (the generated listing has the commands).
 */
import type { KeepPolicy, TenantIdentity } from '../model/tenant-identity';
import { KEEP_KEYS } from './validate-backup-plan-props';

/** Prefix of the prune job IDs; the rest is the tenant code (stable, 5 characters), within PBS's 32. */
export const PBS_PRUNE_JOB_ID_PREFIX = 'kommunal-';

/**
 * `prune-backups` value that makes Proxmox VE keep every backup (no prune after a job): pve-manager
 * @ 14a22df PVE/VZDump.pm L709-712 ("avoid triggering any remove code path if keep-all is set")
 * and L953-960 (no backup limit with keep-all). A job's own `prune-backups` wins over the storage's
 * (L699: the storage value only fills an unset job value), so both are set.
 */
export const PVE_KEEP_ALL: Readonly<Record<string, string>> = Object.freeze({ 'keep-all': '1' });

/** One PBS prune job, as `proxmox-backup-manager prune-job create` takes it. */
export interface PbsPruneJob {
  /** Job ID, `kommunal-<tenant code>`. */
  readonly id: string;
  /** The tenant, for listings. */
  readonly tenant: string;
  /** PBS server the job is configured on. */
  readonly server: string;
  /** Datastore. */
  readonly store: string;
  /** The tenant's namespace. */
  readonly ns: string;
  /** Recursion depth below the namespace: 0, only the tenant's namespace itself. */
  readonly maxDepth: 0;
  /** Calendar event (PBS syntax, as systemd's). */
  readonly schedule: string;
  /** Keep counts by PBS option name (`keep-daily`: "14", ...), unset counts left out. */
  readonly keep: Readonly<Record<string, string>>;
}

/** The keep-policy as PBS/PVE option names (`keep-daily` = "14", ...), unset counts left out. */
export function keepOptions(retention: KeepPolicy): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, name] of KEEP_KEYS) {
    const v = retention[k];
    if (v !== undefined) out[name] = String(v);
  }
  return out;
}

/** The prune job of one tenant namespace. */
export function pbsPruneJob(args: {
  readonly tenant: Pick<TenantIdentity, 'key' | 'code'>;
  readonly server: string;
  readonly datastore: string;
  readonly namespace: string;
  readonly schedule: string;
  readonly retention: KeepPolicy;
}): PbsPruneJob {
  return {
    id: `${PBS_PRUNE_JOB_ID_PREFIX}${args.tenant.code}`,
    tenant: args.tenant.key,
    server: args.server,
    store: args.datastore,
    ns: args.namespace,
    maxDepth: 0,
    schedule: args.schedule,
    keep: keepOptions(args.retention),
  };
}

/** The shell command that creates the job on the PBS server (values are plain IDs, numbers and calendar events; quoted). */
export function pbsPruneJobCommand(job: PbsPruneJob): string {
  const keep = Object.entries(job.keep).map(([k, v]) => ` --${k} ${v}`).join('');
  return `proxmox-backup-manager prune-job create ${job.id} --store ${job.store} --ns '${job.ns}' --max-depth ${job.maxDepth} --schedule '${job.schedule}'${keep}`;
}

/**
 * The platform's listing of every tenant's prune job (Markdown, deterministic, sorted by server,
 * datastore and namespace): what the platform engineer configures on PBS so the retention of each
 * backup plan is applied, with the command per job.
 */
export function renderPbsPruneJobs(jobs: readonly PbsPruneJob[]): string {
  const sorted = [...jobs].sort((a, b) => a.server.localeCompare(b.server) || a.store.localeCompare(b.store) || a.ns.localeCompare(b.ns));
  const cell = (v: string) => v.replace(/\|/g, '\\|');
  const rows = sorted.map((j) => `| ${cell(j.tenant)} | ${cell(j.id)} | ${cell(j.server)} | ${cell(j.store)} | ${cell(j.ns)} | ${cell(j.schedule)} | ${Object.entries(j.keep).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  const servers = [...new Set(sorted.map((j) => j.server))];
  return [
    '# PBS prune jobs of the fleet',
    '',
    'Generated by kommunal-cdk from the tenant files and fleet.lock.yaml; do not edit.',
    '',
    'Proxmox VE keeps every backup (`keep-all` on each backup job and PBS storage): the tenants\' PBS',
    'users have the role DatastoreBackup and may not prune. The retention of each backup plan is',
    'applied by these prune jobs on the PBS server, one per tenant namespace (`max-depth` 0). Configure',
    'them (and a garbage-collection job per datastore, after the prune jobs) and keep them in step with',
    'this list: a tenant without its prune job keeps every backup forever.',
    '',
    `${sorted.length} job${sorted.length === 1 ? '' : 's'}.`,
    '',
    '| tenant | job | server | datastore | namespace | schedule | keep |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...servers.flatMap((server) => [
      `## Commands on ${server}`,
      '',
      '```sh',
      ...sorted.filter((j) => j.server === server).map(pbsPruneJobCommand),
      '```',
      '',
    ]),
  ].join('\n');
}
