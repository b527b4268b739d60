/**
 * `kommunal realm-sync-jobs --fleet fleet.yaml`: creates, updates or removes one Proxmox VE
 * realm-sync job per tenant LDAP/AD realm (lib/identity/realm-sync-jobs.ts), so PVE syncs the
 * tenant directories on a schedule: joiners get their accounts, leavers lose them. Idempotent: a
 * second run makes no call that changes anything. The platform pipeline runs it on the default
 * branch with the platform's Proxmox token (PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, the
 * variables bpg reads). The token is never printed.
 */
import type { Command } from 'commander';
import { resolveFleet } from '../../config/resolve';
import { desiredRealmSyncJobs, reconcileRealmSyncJobs, type PveJobsApi, type RealmSyncJobPlan } from '../../pipeline/realm-sync-jobs';
import { loadFleetInput } from '../fleet-input';
import { CliContext, EXIT, UsageError } from '../io';

/** A failed API call: PVE's status line and its per-parameter errors. */
export class PveApiError extends Error {
  constructor(method: string, path: string, status: number, statusText: string, errors: unknown) {
    const detail = errors !== null && typeof errors === 'object' ? ` (${Object.entries(errors as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v).trim()}`).join('; ')})` : '';
    super(`${method} /api2/json${path}: HTTP ${status} ${statusText}${detail}`);
    this.name = 'PveApiError';
  }
}

/**
 * A Proxmox VE API client for the calls of a reconciliation: API token authentication
 * (`Authorization: PVEAPIToken=<user>@<realm>!<token>=<secret>`, the form bpg sends for
 * `api_token`), form-encoded bodies, `data` of the JSON answer.
 */
export function pveJobsApi(endpoint: string, apiToken: string, fetchImpl: typeof fetch = fetch): PveJobsApi {
  const base = `${endpoint.replace(/\/+$/, '')}/api2/json`;
  const call = async (method: string, path: string, body?: Readonly<Record<string, string>>): Promise<unknown> => {
    const res = await fetchImpl(`${base}${path}`, {
      method,
      headers: {
        Authorization: `PVEAPIToken=${apiToken}`,
        ...(body !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body !== undefined ? { body: new URLSearchParams(body as Record<string, string>).toString() } : {}),
    });
    const text = await res.text();
    let json: { data?: unknown; errors?: unknown } = {};
    try {
      json = text === '' ? {} : (JSON.parse(text) as typeof json);
    } catch {
      json = {};
    }
    if (!res.ok) throw new PveApiError(method, path, res.status, res.statusText, json.errors);
    return json.data;
  };
  return {
    get: (p) => call('GET', p),
    post: (p, b) => call('POST', p, b),
    put: (p, b) => call('PUT', p, b),
    delete: (p) => call('DELETE', p),
  };
}

function report(plan: RealmSyncJobPlan, dryRun: boolean): string {
  const lines: string[] = [];
  const verb = dryRun ? 'would ' : '';
  for (const a of plan.actions) {
    if (a.kind === 'create') lines.push(`${verb}create ${a.id} (realm ${a.realm}, schedule ${a.body.schedule})`);
    else if (a.kind === 'update') lines.push(`${verb}update ${a.id} (realm ${a.realm}: ${Object.keys(a.body).sort().join(', ')})`);
    else lines.push(`${verb}delete ${a.id}${a.realm !== undefined ? ` (realm ${a.realm})` : ''}: ${a.reason}`);
  }
  for (const w of plan.waiting) lines.push(`waiting ${w.id}: realm ${w.realm} does not exist yet (its tenant stack creates it; the next run adds the job)`);
  lines.push(`${plan.actions.length} change${plan.actions.length === 1 ? '' : 's'}${dryRun ? ' planned' : ''}, ${plan.unchanged.length} unchanged, ${plan.waiting.length} waiting`);
  return `${lines.join('\n')}\n`;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('realm-sync-jobs')
    .description('create, update or remove the Proxmox VE realm-sync job of every tenant LDAP/AD realm (scheduled directory sync); idempotent')
    .option('--fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--lock <file>', 'lock file (default: fleet.lock.yaml next to the fleet file)')
    .option('--endpoint <url>', 'Proxmox VE API URL (default: $PROXMOX_VE_ENDPOINT)')
    .option('--dry-run', 'read the jobs and print what would change, change nothing')
    .action(async (opts: { fleet: string; lock?: string; endpoint?: string; dryRun?: boolean }) => {
      const { io } = ctx;
      const { fleet, lock } = loadFleetInput(io, opts);
      const desired = desiredRealmSyncJobs(Object.values(resolveFleet(fleet, lock).specs));
      const endpoint = opts.endpoint ?? process.env.PROXMOX_VE_ENDPOINT;
      const token = process.env.PROXMOX_VE_API_TOKEN;
      if (endpoint === undefined || endpoint === '') throw new UsageError('no Proxmox VE endpoint: set PROXMOX_VE_ENDPOINT or pass --endpoint');
      if (!/^https?:\/\//.test(endpoint)) throw new UsageError(`--endpoint ${JSON.stringify(endpoint)} is not an http(s) URL`);
      if (token === undefined || token === '') throw new UsageError('no Proxmox VE API token: set PROXMOX_VE_API_TOKEN (<user>@<realm>!<token>=<secret>)');
      try {
        const plan = await reconcileRealmSyncJobs(pveJobsApi(endpoint, token), desired, { dryRun: opts.dryRun === true });
        io.stdout(report(plan, opts.dryRun === true));
        ctx.exitCode = EXIT.ok;
      } catch (e) {
        if (!(e instanceof PveApiError) && !(e instanceof TypeError)) throw e;
        io.stderr(`realm-sync-jobs: ${(e as Error).message}\n`);
        ctx.exitCode = EXIT.invalid;
      }
    });
}
