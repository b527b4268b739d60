/**
 * The second copy at the partner site (issue #17, deliverable 4): PBS pull sync jobs, configured on
 * the partner site's PBS, that copy a site's tenant namespaces from the site's PBS.
 *
 * What PBS takes (proxmox/proxmox-backup @ 4940514b0f05d6cd6a5f711edfdd47c1fa41b537, 3.2.4):
 * - `SyncJobConfig` (pbs-api-types/src/jobs.rs L495-588): `id`, `store` (local datastore), `ns`
 *   (local namespace anchor), `remote` + `remote-store` + `remote-ns`, `remove-vanished`,
 *   `max-depth`, `schedule`, `group-filter`, `owner`, `transfer-last`. Job IDs and remote IDs are
 *   safe IDs of 3-32 characters (jobs.rs JOB_ID_SCHEMA L25-29, remote.rs REMOTE_ID_SCHEMA L20-24).
 * - A pull lists the remote namespaces below `remote-ns` down to `max-depth` levels and maps each
 *   onto `ns` by replacing the prefix (src/server/pull.rs `pull_store` L1297-1358,
 *   pbs-api-types/src/datastore.rs `map_prefix` L688-707); anchor depth plus recursion may not
 *   exceed 7 levels (datastore.rs MAX_NAMESPACE_DEPTH L82, pull.rs L558-560 and L1339). So one job
 *   with `ns` = `remote-ns` = the namespace root and `max-depth` 1 copies every tenant namespace
 *   of a site under the same name, including tenants added later: one job per site pair, not one
 *   per tenant.
 * - `remove-vanished` defaults to false (jobs.rs REMOVE_VANISHED_BACKUPS_SCHEMA L61-65, pull.rs
 *   L562); it stays false on purpose: a snapshot deleted or pruned at the first site (by mistake or
 *   by an attacker) is not deleted from the copy. The copy's retention is applied by a prune job of
 *   its own per tenant namespace on the partner's PBS, with the tenant's keep counts (CON.3: same
 *   or longer retention).
 * - No `owner`: the synced groups belong to the job's default owner root@pam (src/api2/config/sync.rs
 *   L57-64); tenants have no user on the partner's PBS.
 * - The remote's user on the source PBS needs to read the namespaces: the role DatastoreReader
 *   (Datastore.Audit, Verify, Read; pbs-api-types/src/acl.rs L117-121) on the namespace root.
 */
import type { PbsPruneJob } from './prune-job';
import { pbsPruneJobCommand } from './prune-job';

/** Prefix of the prune job IDs of the copies; the rest is the tenant code (5 characters). */
export const PBS_COPY_PRUNE_JOB_ID_PREFIX = 'kommunal-copy-';

/** One PBS pull sync job, as `proxmox-backup-manager sync-job create` takes it. */
export interface PbsSyncJob {
  /** Job ID on the target PBS. */
  readonly id: string;
  /** PBS server the job is configured on (the partner site's). */
  readonly server: string;
  /** Local datastore (the copy). */
  readonly store: string;
  /** Local namespace anchor. */
  readonly ns: string;
  /** Remote ID on `server` pointing at `remoteServer`. */
  readonly remote: string;
  /** The source PBS (the tenants' site), for listings. */
  readonly remoteServer: string;
  readonly remoteStore: string;
  readonly remoteNs: string;
  /** Recursion below the anchors: 1, the tenant namespaces. */
  readonly maxDepth: number;
  /** Never delete the copy of a snapshot that vanished at the source. */
  readonly removeVanished: false;
  /** Calendar event (PBS syntax). */
  readonly schedule: string;
  /** Site the job copies from, and the site it runs at. */
  readonly fromSite: string;
  readonly toSite: string;
  /** Tenant keys whose namespaces the job copies today (sorted). */
  readonly tenants: readonly string[];
}

/** The shell command that creates the job on its PBS server (values are safe IDs, host names and calendar events; quoted where they contain spaces or slashes). */
export function pbsSyncJobCommand(job: PbsSyncJob): string {
  return `proxmox-backup-manager sync-job create ${job.id} --store ${job.store} --ns '${job.ns}' --remote ${job.remote} --remote-store ${job.remoteStore} --remote-ns '${job.remoteNs}' --max-depth ${job.maxDepth} --remove-vanished ${job.removeVanished} --schedule '${job.schedule}'`;
}

/** The job as PBS's sync.cfg section properties (kebab-case names of SyncJobConfig). */
export function pbsSyncJobConfig(job: PbsSyncJob): Record<string, string | number | boolean> {
  return {
    store: job.store, ns: job.ns, remote: job.remote, 'remote-store': job.remoteStore, 'remote-ns': job.remoteNs,
    'max-depth': job.maxDepth, 'remove-vanished': job.removeVanished, schedule: job.schedule,
  };
}

const bySyncJob = (a: PbsSyncJob, b: PbsSyncJob) => a.server.localeCompare(b.server) || a.id.localeCompare(b.id);
const byPruneJob = (a: PbsPruneJob, b: PbsPruneJob) => a.server.localeCompare(b.server) || a.store.localeCompare(b.store) || a.ns.localeCompare(b.ns);

/**
 * The platform's listing of the sync jobs and the copies' prune jobs (Markdown, deterministic,
 * sorted): what the platform engineer configures on each site's PBS so every tenant has its second
 * copy at the partner site, with the commands per server.
 */
export function renderPbsSyncJobs(syncJobs: readonly PbsSyncJob[], copyPruneJobs: readonly PbsPruneJob[]): string {
  const jobs = [...syncJobs].sort(bySyncJob);
  const prunes = [...copyPruneJobs].sort(byPruneJob);
  const cell = (v: string) => v.replace(/\|/g, '\\|');
  const servers = [...new Set([...jobs.map((j) => j.server), ...prunes.map((j) => j.server)])].sort();
  const remotes = [...new Map(jobs.map((j) => [`${j.server} ${j.remote}`, j])).values()];
  return [
    '# PBS sync jobs of the fleet (second copy at the partner site)',
    '',
    'Generated by kommunal-cdk from fleet.yaml, the tenant files and fleet.lock.yaml; do not edit.',
    '',
    'Each site\'s backups are pulled by its partner site\'s PBS (`sites.<id>.syncTo`, docs/clusters.md',
    '"Two sites"): one sync job per site, `max-depth` 1 below the namespace root, so every tenant',
    'namespace arrives under the same name, tenants added later included. `remove-vanished` is false:',
    'a snapshot deleted at the first site stays in the copy; the copy\'s retention is applied by the',
    'prune jobs below (the tenant\'s keep counts, at the end of the tenant\'s backup window, before that',
    'night\'s sync: the copy holds at least what the first copy holds). Machine-readable: `pbs-sync-jobs.json`.',
    '',
    `${jobs.length} sync job${jobs.length === 1 ? '' : 's'}, ${prunes.length} prune job${prunes.length === 1 ? '' : 's'} of copies.`,
    '',
    '## Sync jobs',
    '',
    '| job | on server | datastore | namespace | remote | from server | from datastore | remote namespace | max-depth | remove-vanished | schedule | tenants |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...jobs.map((j) => `| ${cell(j.id)} | ${cell(j.server)} | ${cell(j.store)} | ${cell(j.ns)} | ${cell(j.remote)} | ${cell(j.remoteServer)} | ${cell(j.remoteStore)} | ${cell(j.remoteNs)} | ${j.maxDepth} | ${j.removeVanished} | ${cell(j.schedule)} | ${j.tenants.length} |`),
    '',
    '## Remotes',
    '',
    'Each job needs a remote on its server that points at the source PBS, with a user of that PBS that',
    'has the role DatastoreReader on the source namespace (read only; no secrets in this listing):',
    '',
    ...remotes.map((j) => `- on \`${j.server}\`: remote \`${j.remote}\` for host \`${j.remoteServer}\`, role DatastoreReader on \`/datastore/${j.remoteStore}/${j.remoteNs}\` there.`),
    '',
    '## Prune jobs of the copies',
    '',
    '| tenant | job | server | datastore | namespace | schedule | keep |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...prunes.map((j) => `| ${cell(j.tenant)} | ${cell(j.id)} | ${cell(j.server)} | ${cell(j.store)} | ${cell(j.ns)} | ${cell(j.schedule)} | ${Object.entries(j.keep).map(([k, v]) => `${k} ${v}`).join(', ')} |`),
    '',
    ...servers.flatMap((server) => [
      `## Commands on ${server}`,
      '',
      '```sh',
      ...jobs.filter((j) => j.server === server).map(pbsSyncJobCommand),
      ...prunes.filter((j) => j.server === server).map(pbsPruneJobCommand),
      '```',
      '',
    ]),
  ].join('\n');
}

/** The same jobs as JSON (sorted, two-space indent, trailing newline) for tools that configure PBS. */
export function renderPbsSyncJobsJson(syncJobs: readonly PbsSyncJob[], copyPruneJobs: readonly PbsPruneJob[]): string {
  const data = {
    syncJobs: [...syncJobs].sort(bySyncJob).map((j) => ({ id: j.id, server: j.server, fromSite: j.fromSite, toSite: j.toSite, remoteServer: j.remoteServer, config: pbsSyncJobConfig(j), tenants: [...j.tenants] })),
    pruneJobs: [...copyPruneJobs].sort(byPruneJob).map((j) => ({ id: j.id, server: j.server, tenant: j.tenant, config: { store: j.store, ns: j.ns, 'max-depth': j.maxDepth, schedule: j.schedule, ...j.keep } })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
