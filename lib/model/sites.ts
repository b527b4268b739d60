/**
 * Two sites (issue #17, deliverable 4): each tenant's backups go to the PBS of its cluster's site
 * (the first copy) and are copied by a PBS pull sync job to the PBS of the site's partner site (the
 * second copy of BSI CON.3.A12).
 *
 * Decisions (docs/clusters.md, "Two sites"):
 * - The partner of a site is `sites.<id>.syncTo`; with exactly two sites each is the other's
 *   partner without it, with three or more it is required (a rule such as "the next site in ID
 *   order" would move every copy when a site is added).
 * - The copy keeps the tenant's namespace from the lock (`<namespaceRoot>/<key>`): it is unique
 *   fleet-wide, so the copies of one site and the partner's own tenants share the partner's
 *   datastore without collision, and it names no cluster, so it stays the same when a tenant
 *   moves to another cluster. A restore at the partner site finds the tenant under the same name.
 * - One sync job per source site and namespace parent (normally one per site pair), not one per
 *   tenant: a pull sync job maps the remote namespace subtree below `remote-ns` onto `ns` with
 *   `max-depth` levels of recursion (proxmox/proxmox-backup @ 4940514b (3.2.4)
 *   src/server/pull.rs `pull_store` L1297-1358: namespaces listed recursively, each mapped with
 *   `map_prefix`, pbs-api-types/src/datastore.rs L688-707), so `max-depth` 1 below the namespace
 *   root copies every tenant namespace of the site, including tenants added later.
 * - The job runs daily when the latest allowed backup window has ended
 *   (BACKUP_WINDOW_BOUNDS.latest), so it does not depend on which tenants a site holds.
 * - Without two or more sites, `backup.secondCopy` stays the fleet-wide second copy, as before.
 */
import * as D from './defaults';
import type { ClusterSpec } from './clusters';
import type { FleetFile, PbsTarget } from './parameters';
import type { SecondCopySpec } from './spec';

/** Calendar event of the sync jobs: daily at the end of the latest allowed backup window. */
export const PBS_SYNC_SCHEDULE = `*-*-* ${D.BACKUP_WINDOW_BOUNDS.latest}`;

/** Recursion depth of a sync job below the namespace root: the tenant namespaces directly below it. */
export const PBS_SYNC_MAX_DEPTH = 1;

/** One site of a fleet with its partner site. */
export interface SiteSpec {
  readonly id: string;
  /** Display name (the site ID when the fleet file gives none). */
  readonly name: string;
  readonly pbs: PbsTarget;
  /** The site whose PBS takes the second copy; undefined when it cannot be decided (fleet validation reports it). */
  readonly partner?: string;
}

/** True when the fleet's second copies go to partner sites: it declares clusters and two or more sites. */
export function hasTwoSiteCopy(fleet: FleetFile): boolean {
  return fleet.clusters !== undefined && Object.keys(fleet.clusters).length > 0 && Object.keys(fleet.sites ?? {}).length >= 2;
}

/** The partner site of `site`: its `syncTo`, or with exactly two sites the other one. */
export function partnerSiteOf(fleet: FleetFile, site: string): string | undefined {
  const sites = fleet.sites ?? {};
  const own = sites[site];
  if (own === undefined) return undefined;
  if (own.syncTo !== undefined) return own.syncTo;
  const ids = Object.keys(sites);
  return ids.length === 2 ? ids.find((id) => id !== site) : undefined;
}

/** The sites of a fleet, sorted by ID (empty without `sites`). */
export function fleetSites(fleet: FleetFile): readonly SiteSpec[] {
  const sites = fleet.sites ?? {};
  return Object.keys(sites).sort().map((id) => {
    const partner = partnerSiteOf(fleet, id);
    return { id, name: sites[id].name ?? id, pbs: { server: sites[id].pbs.server, datastore: sites[id].pbs.datastore }, ...(partner !== undefined ? { partner } : {}) };
  });
}

/** The parent of a PBS namespace ("" for a top-level one). */
export function parentNamespace(ns: string): string {
  const i = ns.lastIndexOf('/');
  return i < 0 ? '' : ns.slice(0, i);
}

/** FNV-1a (32 bit) of a string, as 8 hex digits: a short, stable tag for a job ID. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * ID of the sync job that copies the namespaces below `parent` of site `site`: `sync-<site>`, or
 * `sync-<site>-<6 hex digits of the parent>` for a parent other than the fleet's namespace root
 * (tenants allocated under an earlier root). Job IDs are safe IDs of 3-32 characters
 * (pbs-api-types/src/jobs.rs JOB_ID_SCHEMA L25-29); a site ID has at most 20 (CLUSTER_ID_PATTERN).
 */
export function pbsSyncJobId(site: string, parent: string, fleetRoot: string): string {
  return parent === fleetRoot ? `sync-${site}` : `sync-${site}-${fnv1a(parent).slice(0, 6)}`;
}

/**
 * ID of the PBS remote, on the partner's PBS, that points at the PBS of `site`: `kommunal-<site>`
 * (remote IDs are safe IDs of 3-32 characters, pbs-api-types/src/remote.rs REMOTE_ID_SCHEMA L20-24).
 */
export function pbsRemoteId(site: string): string {
  return `kommunal-${site}`;
}

/**
 * The second copy of a tenant's backups. With two or more sites: the partner site's PBS, the same
 * namespace, and the sync job that pulls it from the cluster's site. Otherwise the fleet-wide
 * `backup.secondCopy`. Undefined when neither exists (fleet validation reports it).
 */
export function secondCopyOf(fleet: FleetFile, cluster: ClusterSpec | undefined, namespace: string): SecondCopySpec | undefined {
  if (hasTwoSiteCopy(fleet) && cluster !== undefined && !cluster.implicit) {
    const partner = partnerSiteOf(fleet, cluster.site);
    const target = partner !== undefined ? fleet.sites?.[partner] : undefined;
    if (partner === undefined || target === undefined) return undefined;
    const parent = parentNamespace(namespace);
    const root = fleet.backup.namespaceRoot ?? D.DEFAULT_PBS_NAMESPACE_ROOT;
    return {
      server: target.pbs.server,
      datastore: target.pbs.datastore,
      namespace,
      site: partner,
      sync: {
        jobId: pbsSyncJobId(cluster.site, parent, root),
        fromSite: cluster.site,
        remote: pbsRemoteId(cluster.site),
        namespace: parent,
        schedule: PBS_SYNC_SCHEDULE,
      },
    };
  }
  const copy = fleet.backup.secondCopy;
  return copy !== undefined ? { server: copy.server, datastore: copy.datastore, namespace } : undefined;
}
