/**
 * A small HTTP server that answers the Proxmox VE API calls of realm-sync jobs the way PVE does,
 * for tests of `kommunal realm-sync-jobs`. What it implements, with the source it follows
 * (pac = proxmox/pve-access-control @ 5ccd07d9302562b73374d331b63d25b04b86766c,
 * pcm = proxmox/pve-common @ f665029eac78022e81810ab2e44eace57ade13fb):
 *
 * - API token authentication, `Authorization: PVEAPIToken=<tokenid>=<secret>`; a wrong token is 401.
 * - GET /access/domains: every realm with its type, open to every user (pac API2/Domains.pm L55-63).
 * - GET /cluster/jobs/realm-sync: Sys.Audit on / (pac API2/Jobs/RealmSync.pm L34-41); jobs with
 *   `enabled` filled in (pcm Job/Registry.pm L76) and PVE's 0/1 booleans.
 * - POST /cluster/jobs/realm-sync/{id}: Realm.AllocateUser on /access/realm/{realm} and
 *   User.Modify on /access/groups (L158-166); parameters of createSchema (pac Jobs/RealmSync.pm
 *   L25-77: id, realm, schedule, scope, remove-vanished, enable-new, enabled, comment; required:
 *   realm, schedule, scope), each validated as pcm JSONSchema does (configid, lengths, enum, pattern,
 *   calendar event); "Job '<id>' already exists" (L180-181); "No such realm" and "Only LDAP/AD realms
 *   can be synced." (L189-194).
 * - PUT /cluster/jobs/realm-sync/{id}: the same privileges with `{realm}` replaced by `-`, because
 *   the update schema has no realm (fixed option; pcm SectionConfig.pm L642-697, Tools.pm
 *   template_replace L334-345); a realm parameter is refused as an unknown property; "no job options
 *   specified" (L231); "no such realm-sync job" (L243).
 * - DELETE /cluster/jobs/realm-sync/{id}: Sys.Modify on / (L259-266); "No such job" (L289-294).
 *
 * Privileges come from a PveAccess (lib/identity/pve-permissions.ts) built from the rehearsal seed,
 * so the tests prove what the seeded platform identity may do. Error shapes follow pve-http-server
 * (HTTP status, a reason phrase, `{ data: null, errors: { <param>: <message> } }` for parameter errors).
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { calendarEventProblem } from '../../lib/backup/calendar-event';
import type { PveAccess } from '../../lib/identity/pve-permissions';

/** A job as jobs.cfg holds it (values as strings, as PVE stores them). */
export type StoredJob = Record<string, string>;

export interface PveJobsServer {
  readonly url: string;
  /** realm ID -> type (`ldap`, `ad`, `openid`, `pam`, `pve`). */
  readonly realms: Map<string, string>;
  /** jobs.cfg: job ID -> job (type `realm-sync` or another job type). */
  readonly jobs: Map<string, StoredJob>;
  /** Every request that changed something: `<METHOD> <path>`. */
  readonly writes: string[];
  /** Every request: `<METHOD> <path> <form body>`. */
  readonly requests: string[];
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly errors?: Record<string, string>) {
    super(message);
  }
}

const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i; // pcm JSONSchema.pm L30
const REMOVE_VANISHED = /^(?:(?:(?:acl|properties|entry);)*(?:acl|properties|entry)|none)$/; // pac Auth/Plugin.pm L60, L84
const BOOL = /^(?:0|1|true|false|yes|no|on|off)$/i; // pcm JSONSchema.pm boolean parsing

const CREATE_PARAMS = ['id', 'realm', 'schedule', 'scope', 'remove-vanished', 'enable-new', 'enabled', 'comment'];
const UPDATE_PARAMS = ['id', 'schedule', 'scope', 'remove-vanished', 'enable-new', 'enabled', 'comment', 'delete', 'digest'];

function paramError(errors: Record<string, string>): HttpError {
  return new HttpError(400, 'Parameter verification failed.', errors);
}

function validate(params: Record<string, string>, allowed: readonly string[], required: readonly string[]): void {
  const errors: Record<string, string> = {};
  for (const k of Object.keys(params)) if (!allowed.includes(k)) errors[k] = 'property is not defined in schema and the schema does not allow additional properties';
  for (const k of required) if (params[k] === undefined) errors[k] = 'property is missing and it is not optional';
  const v = (k: string) => params[k];
  if (v('id') !== undefined && (!CONFIG_ID.test(v('id')) || v('id').length > 64)) errors.id = `invalid configuration ID '${v('id')}'`;
  if (v('realm') !== undefined && (!/^[A-Za-z][A-Za-z\d.\-_]+$/.test(v('realm')) || v('realm').length > 32)) errors.realm = 'value does not look like a valid realm';
  if (v('schedule') !== undefined) {
    if (v('schedule').length > 128) errors.schedule = 'value may only be 128 characters long';
    else if (calendarEventProblem(v('schedule')) !== undefined) errors.schedule = `value does not match the regex pattern (${calendarEventProblem(v('schedule'))})`;
  }
  if (v('scope') !== undefined && !['users', 'groups', 'both'].includes(v('scope'))) errors.scope = "value 'x' does not have a value in the enumeration 'users, groups, both'".replace("'x'", `'${v('scope')}'`);
  if (v('remove-vanished') !== undefined && !REMOVE_VANISHED.test(v('remove-vanished'))) errors['remove-vanished'] = 'value does not match the regex pattern';
  for (const b of ['enable-new', 'enabled']) if (v(b) !== undefined && !BOOL.test(v(b))) errors[b] = `type check ('boolean') failed - got '${v(b)}'`;
  if (v('comment') !== undefined && v('comment').length > 512) errors.comment = 'value may only be 512 characters long';
  if (Object.keys(errors).length > 0) throw paramError(errors);
}

const bit = (s: string): string => (/^(?:1|true|yes|on)$/i.test(s) ? '1' : '0');

/** Starts the server on 127.0.0.1 (a free port). `access` judges every privilege check; `tokens` maps token ID -> secret. */
export async function startPveJobsServer(options: { readonly access: () => PveAccess; readonly tokens: Readonly<Record<string, string>> }): Promise<PveJobsServer> {
  const realms = new Map<string, string>([['pam', 'pam'], ['pve', 'pve']]);
  const jobs = new Map<string, StoredJob>();
  const writes: string[] = [];
  const requests: string[] = [];

  const handle = (method: string, path: string, params: Record<string, string>, authId: string): unknown => {
    const perm = (p: string, privs: string[]) => {
      const refused = options.access().check(authId, p, privs);
      if (refused !== undefined) throw new HttpError(403, refused);
    };
    if (method === 'GET' && path === '/access/domains') return [...realms.entries()].sort().map(([realm, type]) => ({ realm, type }));
    if (method === 'GET' && path === '/cluster/jobs/realm-sync') {
      perm('/', ['Sys.Audit']);
      return [...jobs.entries()].filter(([, j]) => j.type === 'realm-sync').sort().map(([id, j]) => {
        const out: Record<string, unknown> = { id };
        for (const [k, val] of Object.entries(j)) if (k !== 'type') out[k] = k === 'enabled' || k === 'enable-new' ? Number(val) : val;
        out.enabled = out.enabled ?? 1;
        return out;
      });
    }
    const m = /^\/cluster\/jobs\/realm-sync\/([^/]+)$/.exec(path);
    if (m === null) throw new HttpError(501, `Method '${method} /api2/json${path}' not implemented`);
    const id = decodeURIComponent(m[1]);
    if (method === 'POST') {
      validate({ ...params, id }, CREATE_PARAMS, ['realm', 'schedule', 'scope']);
      perm(`/access/realm/${params.realm}`, ['Realm.AllocateUser']);
      perm('/access/groups', ['User.Modify']);
      if (jobs.has(id)) throw new HttpError(500, `Job '${id}' already exists`);
      const type = realms.get(params.realm);
      if (type === undefined) throw paramError({ realm: `No such realm '${params.realm}'` });
      if (type !== 'ldap' && type !== 'ad') throw paramError({ realm: 'Only LDAP/AD realms can be synced.' });
      const job: StoredJob = { type: 'realm-sync' };
      for (const [k, val] of Object.entries(params)) job[k] = k === 'enabled' || k === 'enable-new' ? bit(val) : val;
      jobs.set(id, job);
      writes.push(`POST ${path}`);
      return null;
    }
    if (method === 'PUT') {
      validate({ ...params, id }, UPDATE_PARAMS, []);
      perm('/access/realm/-', ['Realm.AllocateUser']);
      perm('/access/groups', ['User.Modify']);
      const { delete: del, digest: _digest, ...rest } = params;
      void _digest;
      if (Object.keys(rest).length === 0 && del === undefined) throw new HttpError(500, 'no job options specified');
      const job = jobs.get(id);
      if (job === undefined || job.type !== 'realm-sync') throw new HttpError(500, 'no such realm-sync job');
      for (const k of (del ?? '').split(/[,;\s]+/).filter((x) => x !== '')) delete job[k];
      for (const [k, val] of Object.entries(rest)) job[k] = k === 'enabled' || k === 'enable-new' ? bit(val) : val;
      writes.push(`PUT ${path}`);
      return null;
    }
    if (method === 'DELETE') {
      perm('/', ['Sys.Modify']);
      const job = jobs.get(id);
      if (job === undefined || job.type !== 'realm-sync') throw paramError({ id: `No such job '${id}'` });
      jobs.delete(id);
      writes.push(`DELETE ${path}`);
      return null;
    }
    throw new HttpError(501, `Method '${method} /api2/json${path}' not implemented`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      const body = Buffer.concat(chunks).toString('utf8');
      const params: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(body)) params[k] = v;
      for (const [k, v] of url.searchParams) params[k] = v;
      const path = url.pathname.replace(/^\/api2\/json/, '');
      requests.push(`${method} ${path} ${body}`);
      const send = (status: number, reason: string, payload: unknown) => {
        res.writeHead(status, reason, { 'Content-Type': 'application/json;charset=UTF-8' });
        res.end(JSON.stringify(payload));
      };
      const auth = /^PVEAPIToken=([^=]+)=(.+)$/.exec(req.headers.authorization ?? '');
      if (auth === null || options.tokens[auth[1]] !== auth[2]) {
        send(401, 'No ticket', { data: null });
        return;
      }
      try {
        send(200, 'OK', { data: handle(method, path, params, auth[1]) });
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        send(e.status, e.message, { data: null, ...(e.errors !== undefined ? { errors: e.errors } : {}) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    realms,
    jobs,
    writes,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
