/**
 * The platform's documents of a fleet with two or more sites (issue #17, deliverable 4): the PBS
 * sync jobs that make every tenant's second copy at the partner site, the prune jobs of the copies,
 * and the site-failure document (what runs at each site, where its copies are, what restores where
 * and in which order, what is lost). Deterministic (sorted, no dates); free text escaped.
 */
import { markdownCode, markdownText } from '../core/markdown';
import { pbsPruneJob, type PbsPruneJob } from '../backup/prune-job';
import { PBS_COPY_PRUNE_JOB_ID_PREFIX, type PbsSyncJob } from '../backup/sync-job';
import { clusterOf, fleetClusters, type ClusterSpec } from '../model/clusters';
import type { FleetFile } from '../model/parameters';
import { fleetSites, PBS_SYNC_MAX_DEPTH, PBS_SYNC_SCHEDULE, type SiteSpec } from '../model/sites';
import type { TenantSpec } from '../model/spec';

/**
 * The prune job of a tenant's second copy, on the partner's PBS: the tenant's keep counts in its
 * namespace there, at the end of its backup window (before the next sync; the sync never deletes,
 * so the copy keeps at least what the first copy keeps). Undefined without a two-site copy.
 */
export function pbsCopyPruneJobOfSpec(spec: TenantSpec): PbsPruneJob | undefined {
  const b = spec.backup;
  if (b.secondCopy.sync === undefined) return undefined;
  const job = pbsPruneJob({ tenant: spec, server: b.secondCopy.server, datastore: b.secondCopy.datastore, namespace: b.secondCopy.namespace, schedule: `*-*-* ${b.window.end}`, retention: b.retention });
  return { ...job, id: `${PBS_COPY_PRUNE_JOB_ID_PREFIX}${spec.code}` };
}

/** The sync jobs that copy the tenants' namespaces to their partner sites, one per job ID and server. */
export function pbsSyncJobsOf(specs: readonly TenantSpec[]): PbsSyncJob[] {
  const jobs = new Map<string, { job: Omit<PbsSyncJob, 'tenants'>; tenants: string[] }>();
  for (const spec of specs) {
    const b = spec.backup;
    const s = b.secondCopy.sync;
    if (s === undefined || b.secondCopy.site === undefined) continue;
    const key = `${b.secondCopy.server}\u0000${s.jobId}`;
    let entry = jobs.get(key);
    if (entry === undefined) {
      entry = {
        job: {
          id: s.jobId, server: b.secondCopy.server, store: b.secondCopy.datastore, ns: s.namespace, remote: s.remote,
          remoteServer: b.pbsServer, remoteStore: b.datastore, remoteNs: s.namespace, maxDepth: PBS_SYNC_MAX_DEPTH,
          removeVanished: false, schedule: s.schedule, fromSite: s.fromSite, toSite: b.secondCopy.site,
        },
        tenants: [],
      };
      jobs.set(key, entry);
    }
    entry.tenants.push(spec.key);
  }
  return [...jobs.values()].map((e) => ({ ...e.job, tenants: [...e.tenants].sort() }));
}

/** Where a failed site's tenant is restored: a cluster at the partner site, or none with room. */
export interface RestoreTarget {
  readonly tenant: string;
  readonly cluster?: string;
}

/**
 * Restore targets for the tenants of a failed site: in tenant key order, each goes to the cluster of
 * the partner site with the lowest share of its `maxTenants` in use (the tenants it holds already
 * plus those restored onto it so far), ties to the lower cluster ID, as placement places new
 * tenants (lib/allocation/placement.ts); none when every cluster there is full.
 */
export function restoreTargets(tenants: readonly string[], targets: readonly ClusterSpec[], inUse: Readonly<Record<string, number>>): RestoreTarget[] {
  const used = new Map(targets.map((c) => [c.id, inUse[c.id] ?? 0]));
  return [...tenants].sort().map((tenant) => {
    let best: ClusterSpec | undefined;
    for (const c of [...targets].sort((a, b) => a.id.localeCompare(b.id))) {
      const n = used.get(c.id) ?? 0;
      if (n >= c.maxTenants) continue;
      if (best === undefined || n / c.maxTenants < (used.get(best.id) ?? 0) / best.maxTenants) best = c;
    }
    if (best === undefined) return { tenant };
    used.set(best.id, (used.get(best.id) ?? 0) + 1);
    return { tenant, cluster: best.id };
  });
}

/**
 * The site-failure document: one section per site, saying which clusters and tenants run there,
 * where their second copies are, onto which cluster of the partner site each tenant is restored
 * (by the clusters' `maxTenants` and today's placement), in which order, and what is lost.
 */
export function renderSiteFailure(fleet: FleetFile, specs: readonly TenantSpec[]): string {
  const sites = fleetSites(fleet);
  const clusters = fleetClusters(fleet);
  const sorted = [...specs].sort((a, b) => a.key.localeCompare(b.key));
  const inUse: Record<string, number> = {};
  for (const s of sorted) inUse[clusterOf(s)] = (inUse[clusterOf(s)] ?? 0) + 1;
  const siteName = (s: SiteSpec) => (s.name === s.id ? `\`${s.id}\`` : `\`${s.id}\` (${markdownText(s.name)})`);
  const cell = (v: string) => v.replace(/\|/g, '\\|');

  const section = (site: SiteSpec): string[] => {
    const here = clusters.filter((c) => c.site === site.id);
    const tenants = sorted.filter((s) => here.some((c) => c.id === clusterOf(s)));
    const partner = sites.find((s) => s.id === site.partner);
    const partnerClusters = clusters.filter((c) => c.site === site.partner);
    const targets = new Map(restoreTargets(tenants.map((t) => t.key), partnerClusters, inUse).map((r) => [r.tenant, r.cluster]));
    const copiedHere = sites.filter((s) => s.partner === site.id && s.id !== site.id);
    const unplaced = tenants.filter((t) => targets.get(t.key) === undefined);
    const lines: string[] = [
      `## Site ${siteName(site)}`,
      '',
      `PBS \`${site.pbs.server}\`, datastore \`${site.pbs.datastore}\`. Partner site (second copies): ${partner !== undefined ? `${siteName(partner)}, PBS \`${partner.pbs.server}\`, datastore \`${partner.pbs.datastore}\`` : 'none'}.`,
      '',
      '### What runs here',
      '',
      here.length === 0
        ? '_No cluster stands at this site: its PBS only takes second copies._'
        : here.map((c) => `- cluster \`${c.id}\` (${c.nodes.length} node${c.nodes.length === 1 ? '' : 's'}): ${inUse[c.id] ?? 0} of ${c.maxTenants} tenants`).join('\n'),
      '',
    ];
    if (tenants.length > 0) {
      lines.push(
        '| tenant | name | cluster | namespace | second copy | sync job | restore onto |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...tenants.map((t) => {
          const c = t.backup.secondCopy;
          const target = targets.get(t.key);
          return `| ${cell(t.key)} | ${markdownText(t.name)} | ${cell(clusterOf(t))} | ${cell(t.backup.namespace)} | ${cell(`${c.server}:${c.datastore}`)} | ${cell(c.sync?.jobId ?? '—')} | ${target !== undefined ? cell(target) : '**no room**'} |`;
        }),
        '',
      );
    }
    lines.push('### If this site fails', '');
    if (tenants.length === 0) {
      lines.push('No tenant runs here: nothing to restore.', '');
    } else {
      // The stack with each cluster's Proxmox part: `platform` for the legacyCluster (docs/clusters.md).
      const order = partnerClusters.filter((c) => [...targets.values()].includes(c.id)).map((c) => `\`${c.id === fleet.legacyCluster ? 'platform' : `platform-${c.id}`}\``);
      lines.push(
        `The tenants' backups are restored from the second copies on \`${partner?.pbs.server ?? '—'}\` onto ${partnerClusters.length === 0 ? 'no cluster: **the partner site has no cluster**; a cluster must be set up there (or the copies read from another site) before anything can be restored' : `the clusters of ${partner !== undefined ? siteName(partner) : 'the partner site'} (column "restore onto": the cluster with the lowest share of its \`maxTenants\` in use, in tenant key order, as placement does)`}.`,
        '',
        'Order:',
        '',
        '1. **Vault/OpenBao** (the fleet-wide `platform` state): it must answer before any stack is applied; if it ran at this site, restore it first from its own backup (outside this library).',
        `2. **Cluster platforms** at the partner site: ${order.length > 0 ? `${order.join(', ')} applied and their plans empty` : 'none with room'}.`,
        `3. **Tenants**, in tenant key order (the table above): move each to its restore cluster (its \`cluster\` in fleet.lock.yaml; docs/clusters.md, "Moving a tenant"), apply its stack, which creates its pool, network and PBS storage there (its addresses, VM IDs and namespace stay the same), point its PBS storage at the copy (the partner's PBS, namespace unchanged), and restore its guests with its encryption key from escrow.`,
        '',
      );
      if (unplaced.length > 0) {
        lines.push(`**No room** at the partner site for ${unplaced.length} tenant${unplaced.length === 1 ? '' : 's'} (${unplaced.map((t) => markdownCode(t.key)).join(', ')}): raise \`maxTenants\` within the cluster limits or add a cluster there.`, '');
      }
      lines.push(
        `What is lost: everything after the last backup the last sync copied. The sync runs daily at \`${PBS_SYNC_SCHEDULE}\`, after every backup window, so the recovery point is the last nightly backup before the last sync: up to about 24 hours plus the backup window (more if a sync failed; check the sync job's last run on \`${partner?.pbs.server ?? '—'}\`).`,
        '',
      );
    }
    if (copiedHere.length > 0) {
      lines.push(`The second copies of ${copiedHere.map(siteName).join(', ')} are kept here: while this site is down those sites run without a second copy (BSI CON.3.A12); their first copies are unaffected.`, '');
    }
    return lines;
  };

  return [
    '# Site failure: what runs where and what restores where',
    '',
    'Generated by kommunal-cdk from fleet.yaml, the tenant files and fleet.lock.yaml; do not edit.',
    '',
    `Each site's backups are copied daily to its partner site's PBS (\`pbs-sync-jobs.md\`). ${sites.length} sites, ${clusters.length} clusters, ${sorted.length} tenants.`,
    '',
    ...sites.flatMap(section),
  ].join('\n');
}
