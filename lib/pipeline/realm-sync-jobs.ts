/**
 * Recurring directory sync: one Proxmox VE realm-sync job per tenant LDAP/AD realm.
 *
 * Why not terraform: bpg/terraform-provider-proxmox v0.111.1 has `proxmox_realm_sync`, which syncs
 * only when it is created or updated (fwprovider/access/resource_realm_sync.go L126-150 Create and
 * L187-210 Update call SyncRealm; Read, L152-185, keeps the state), and no resource for PVE's scheduled sync jobs. So joiners
 * and leavers of a tenant directory never reached Proxmox. PVE itself runs scheduled syncs from
 * jobs.cfg (pve-access-control src/PVE/Jobs/RealmSync.pm); this module manages those jobs through
 * the API (`/cluster/jobs/realm-sync/{id}`, src/PVE/API2/Jobs/RealmSync.pm), idempotently:
 * `kommunal realm-sync-jobs` (lib/cli/commands/realm-sync-jobs.ts) runs it from the platform
 * pipeline.
 *
 * Sources (pac = proxmox/pve-access-control @ 5ccd07d9302562b73374d331b63d25b04b86766c,
 * pcm = proxmox/pve-common @ f665029eac78022e81810ab2e44eace57ade13fb):
 * - pac API2/Jobs/RealmSync.pm L34-117: GET lists the jobs of type realm-sync (Sys.Audit on /);
 *   L152-205: POST `{id}` creates (Realm.AllocateUser on /access/realm/{realm} and User.Modify on
 *   /access/groups; "Job '<id>' already exists"; the realm must exist and be ldap or ad);
 *   L207-257: PUT `{id}` updates (same privileges; "no such realm-sync job"); L259-305: DELETE
 *   (Sys.Modify on /).
 * - pac Jobs/RealmSync.pm L25-53: the options are enabled, schedule, comment, scope and the realm
 *   sync options (realm, remove-vanished, enable-new; not the legacy full/purge); `realm` is
 *   fixed: it cannot be changed and is not a parameter of the update (pcm SectionConfig.pm
 *   updateSchema L642-697 leaves fixed options out). A PUT therefore checks Realm.AllocateUser on
 *   `/access/realm/-` (pcm Tools.pm template_replace L334-345 puts `-` for a missing parameter),
 *   which only a grant on /access/realm with propagation (or above) satisfies.
 * - pcm Job/Registry.pm L18-56: `id` is a pve-configid (pcm JSONSchema.pm L30, L252-262:
 *   `[a-z][a-z0-9_-]+`, case-insensitive) of at most 64 characters; `schedule` a calendar event of
 *   at most 128; `comment` at most 512; `enabled` defaults to 1 (parse_config L76). Job IDs share
 *   jobs.cfg with the other job types (vzdump backup jobs among them).
 * - pac Auth/Plugin.pm L62-87: scope is users, groups or both; remove-vanished a `;`-list of acl,
 *   properties, entry, or `none`.
 */
import type { TenantSpec } from '../model/spec';
import { DEFAULT_SYNC_REMOVE_VANISHED } from '../identity/tenant-access-props';

/** Prefix of the IDs of the jobs this module manages: jobs with other IDs are never touched. */
export const REALM_SYNC_JOB_PREFIX = 'kommunal-sync-';

/** pcm JSONSchema.pm L30 ($CONFIGID_RE) and Job/Registry.pm L27 (maxLength 64). */
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
const MAX_JOB_ID_LENGTH = 64;

/**
 * The vetted sync: hourly (a joiner can log in, a leaver is locked out, within the hour), users and
 * groups, removing vanished entries with their ACLs and properties (as the one-time sync of the
 * tenant stack does), new users enabled.
 */
export const DEFAULT_REALM_SYNC = { scope: 'both', removeVanished: DEFAULT_SYNC_REMOVE_VANISHED, enableNew: true } as const;

/** One realm-sync job as this module wants it. */
export interface RealmSyncJobSpec {
  readonly id: string;
  readonly realm: string;
  /** A PVE calendar event, `*:<minute>`: hourly, at the minute `tenant number mod 60`. */
  readonly schedule: string;
  readonly scope: 'users' | 'groups' | 'both';
  readonly removeVanished: string;
  readonly enableNew: boolean;
  readonly comment: string;
}

/** The job ID of a realm: the prefix and the realm ID (realm IDs may hold `.`, job IDs may not). */
export function realmSyncJobId(realm: string): string {
  return `${REALM_SYNC_JOB_PREFIX}${realm.replace(/\./g, '_')}`;
}

/**
 * The jobs the fleet needs: one per active tenant whose people log in through its own LDAP or AD
 * realm (OpenID realms need no sync, the shared realm is the platform's). Sorted by job ID.
 * Throws when a job ID would not be a valid PVE job ID or two realms would share one.
 */
export function desiredRealmSyncJobs(specs: readonly TenantSpec[]): RealmSyncJobSpec[] {
  const jobs = new Map<string, RealmSyncJobSpec>();
  for (const spec of specs) {
    if (spec.state === 'decommissioning' || spec.identity.source !== 'ldap' || spec.identity.realm.owner !== 'tenant') continue;
    const realm = spec.identity.realm.id;
    const id = realmSyncJobId(realm);
    if (!CONFIG_ID.test(id) || id.length > MAX_JOB_ID_LENGTH) throw new Error(`realm ${realm} of tenant ${spec.key}: job ID "${id}" is not a Proxmox job ID (pve-configid, at most ${MAX_JOB_ID_LENGTH} characters)`);
    const other = jobs.get(id);
    if (other !== undefined) throw new Error(`realms ${other.realm} and ${realm} would share the realm-sync job ID "${id}"`);
    jobs.set(id, {
      id,
      realm,
      // Tenant numbers are allocated in order and never reused: consecutive tenants sync in
      // consecutive minutes, so a fleet's syncs spread over the hour.
      schedule: `*:${String(spec.number % 60).padStart(2, '0')}`,
      scope: DEFAULT_REALM_SYNC.scope,
      removeVanished: DEFAULT_REALM_SYNC.removeVanished,
      enableNew: DEFAULT_REALM_SYNC.enableNew,
      comment: `kommunal-cdk: directory sync of ${spec.key} (managed by kommunal realm-sync-jobs)`,
    });
  }
  return [...jobs.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A job as GET /cluster/jobs/realm-sync returns it (PVE writes booleans as 0/1). */
export interface ExistingRealmSyncJob {
  readonly id: string;
  readonly realm?: string;
  readonly schedule?: string;
  readonly scope?: string;
  readonly 'remove-vanished'?: string;
  readonly 'enable-new'?: boolean | number;
  readonly enabled?: boolean | number;
  readonly comment?: string;
}

/** One API call of a reconciliation. `body` holds the form parameters (booleans as 0/1). */
export type RealmSyncJobAction =
  | { readonly kind: 'create'; readonly id: string; readonly realm: string; readonly body: Readonly<Record<string, string>> }
  | { readonly kind: 'update'; readonly id: string; readonly realm: string; readonly body: Readonly<Record<string, string>> }
  | { readonly kind: 'delete'; readonly id: string; readonly realm?: string; readonly reason: string };

/** What a reconciliation would do (or did). */
export interface RealmSyncJobPlan {
  readonly actions: readonly RealmSyncJobAction[];
  /** Jobs that cannot be created yet because their realm does not exist (the tenant stack creates it). */
  readonly waiting: readonly { readonly id: string; readonly realm: string }[];
  /** Jobs that already match. */
  readonly unchanged: readonly string[];
}

const flag = (v: boolean | number | string | undefined, dflt: boolean): boolean => (v === undefined ? dflt : v === true || v === 1 || v === '1');
const bit = (b: boolean): string => (b ? '1' : '0');

/** The parameters a job should have, as PVE names them (`realm` only on create: it is fixed). */
function wanted(job: RealmSyncJobSpec): Record<string, string> {
  return {
    schedule: job.schedule,
    scope: job.scope,
    'remove-vanished': job.removeVanished,
    'enable-new': bit(job.enableNew),
    enabled: '1',
    comment: job.comment,
  };
}

/** The value a job holds for a parameter, in the form `wanted` writes it (defaults as PVE applies them). */
function held(job: ExistingRealmSyncJob, key: string): string | undefined {
  switch (key) {
    case 'enable-new':
      return bit(flag(job['enable-new'], true)); // pac Auth/Plugin.pm L103-108: default 1
    case 'enabled':
      return bit(flag(job.enabled, true)); // pcm Job/Registry.pm L29-34 and L76: default 1
    case 'remove-vanished':
      return job['remove-vanished'] ?? 'none'; // pac Auth/Plugin.pm L82: default none
    default: {
      const v = (job as unknown as Record<string, unknown>)[key];
      return typeof v === 'string' ? v : undefined;
    }
  }
}

/**
 * Compares the jobs the fleet needs with those PVE has and the realms that exist: creates missing
 * jobs (when their realm exists), updates the parameters that differ, deletes managed jobs
 * (ID prefix {@link REALM_SYNC_JOB_PREFIX}) that no tenant needs any more, and replaces a managed
 * job whose realm differs (the realm is fixed). Jobs with other IDs are left alone.
 */
export function planRealmSyncJobs(desired: readonly RealmSyncJobSpec[], existing: readonly ExistingRealmSyncJob[], realms: ReadonlySet<string>): RealmSyncJobPlan {
  const actions: RealmSyncJobAction[] = [];
  const waiting: { id: string; realm: string }[] = [];
  const unchanged: string[] = [];
  const byId = new Map(existing.map((j) => [j.id, j]));
  const desiredIds = new Set(desired.map((j) => j.id));
  for (const job of [...existing].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!job.id.startsWith(REALM_SYNC_JOB_PREFIX) || desiredIds.has(job.id)) continue;
    actions.push({ kind: 'delete', id: job.id, ...(job.realm !== undefined ? { realm: job.realm } : {}), reason: 'no active tenant syncs this realm any more' });
  }
  for (const job of desired) {
    const have = byId.get(job.id);
    const want = wanted(job);
    if (have !== undefined && have.realm !== job.realm) {
      actions.push({ kind: 'delete', id: job.id, ...(have.realm !== undefined ? { realm: have.realm } : {}), reason: `it syncs realm ${have.realm ?? '(none)'} instead of ${job.realm}, and a job's realm cannot be changed` });
    } else if (have !== undefined) {
      const body: Record<string, string> = {};
      for (const [k, v] of Object.entries(want)) if (held(have, k) !== v) body[k] = v;
      if (Object.keys(body).length === 0) unchanged.push(job.id);
      else actions.push({ kind: 'update', id: job.id, realm: job.realm, body });
      continue;
    }
    if (!realms.has(job.realm)) {
      waiting.push({ id: job.id, realm: job.realm });
      continue;
    }
    actions.push({ kind: 'create', id: job.id, realm: job.realm, body: { realm: job.realm, ...want } });
  }
  return { actions, waiting, unchanged };
}

/** The few Proxmox VE API calls a reconciliation needs; paths below `/api2/json`. */
export interface PveJobsApi {
  get(path: string): Promise<unknown>;
  post(path: string, body: Readonly<Record<string, string>>): Promise<unknown>;
  put(path: string, body: Readonly<Record<string, string>>): Promise<unknown>;
  delete(path: string): Promise<unknown>;
}

/** The path of a job (IDs are pve-configids: no character needs escaping, but encode anyway). */
export function realmSyncJobPath(id: string): string {
  return `/cluster/jobs/realm-sync/${encodeURIComponent(id)}`;
}

function asRecords(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

/**
 * Reads the realms and the realm-sync jobs, plans, and (unless `dryRun`) makes the calls in order:
 * deletes first (a replaced job frees its ID), then creates and updates. Stops at the first failed call.
 */
export async function reconcileRealmSyncJobs(api: PveJobsApi, desired: readonly RealmSyncJobSpec[], options: { readonly dryRun?: boolean } = {}): Promise<RealmSyncJobPlan> {
  // GET /access/domains: every realm, readable by every user (pac API2/Domains.pm L55-63, `user => 'world'`).
  const realms = new Set(asRecords(await api.get('/access/domains')).map((r) => r.realm).filter((r): r is string => typeof r === 'string'));
  const existing = asRecords(await api.get('/cluster/jobs/realm-sync'))
    .filter((j) => typeof j.id === 'string')
    .map((j) => j as unknown as ExistingRealmSyncJob);
  let plan = planRealmSyncJobs(desired, existing, realms);
  // A replaced job (realm changed) is deleted, then created again under the same ID.
  const replaced = plan.actions.filter((a) => a.kind === 'delete' && desired.some((d) => d.id === a.id));
  if (replaced.length > 0) {
    const rest = existing.filter((j) => !replaced.some((r) => r.id === j.id));
    const again = planRealmSyncJobs(desired, rest, realms);
    plan = { actions: [...plan.actions.filter((a) => a.kind === 'delete'), ...again.actions.filter((a) => a.kind !== 'delete')], waiting: again.waiting, unchanged: again.unchanged };
  }
  if (options.dryRun === true) return plan;
  for (const a of plan.actions) {
    if (a.kind === 'delete') await api.delete(realmSyncJobPath(a.id));
    else if (a.kind === 'create') await api.post(realmSyncJobPath(a.id), a.body);
    else await api.put(realmSyncJobPath(a.id), a.body);
  }
  return plan;
}
