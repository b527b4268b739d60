/**
 * A local HTTPS server with the semantics of GitLab-managed Terraform state, for terraform's `http`
 * backend. It keeps states in memory and follows two sources:
 *
 * - GitLab's API, gitlabhq/gitlabhq `lib/api/terraform/state.rb` (commit 093cb850):
 *   `GET    .../terraform/state/:name`       the state; 204 when the state exists without a file,
 *                                             404 when GitLab has no such state (find_state!);
 *   `POST   .../terraform/state/:name?ID=`   stores the state; an empty body is 204; refused when
 *                                             the state is locked by another ID;
 *   `DELETE .../terraform/state/:name`       removes it (same lock check);
 *   `POST   .../terraform/state/:name/lock`  takes the lock; when it is held, 409 Conflict with the
 *                                             lock info JSON (ID, Operation, Info, Who, Version,
 *                                             Created, Path) of the holder;
 *   `DELETE .../terraform/state/:name/lock`  releases it; 409 when an ID is given that is not the
 *                                             holder's (no ID = force-unlock).
 *   The lock rules are app/services/terraform/remote_state_handler.rb (commit 0ea3fcec): lock! raises
 *   StateLockedError when locked, handle_with_lock when the ID does not match, unlock! when an ID is
 *   given and does not match. GitLab authenticates with HTTP basic auth (`job_token_allowed:
 *   :basic_auth`, username `gitlab-ci-token` + CI_JOB_TOKEN, or a personal access token); a missing or
 *   wrong credential is 401 here (GitLab's `authenticate!`). That GitLab answers a lock conflict on
 *   POST/DELETE of the state with 409 is how its API maps StateLockedError; the file above does not
 *   show that mapping, so 409 there is our reading, not a citation.
 * - Terraform's client, hashicorp/terraform `internal/backend/remote-state/http/client.go` at v1.11.4
 *   (35645b8f): basic auth from username/password (TF_HTTP_USERNAME / TF_HTTP_PASSWORD, backend.go),
 *   lock and unlock send the lock info JSON as the body with the configured methods (lines 80-145),
 *   409 and 423 on lock are read as "already locked" with the holder's info (lines 102-121), the
 *   state is sent with `?ID=<lock id>` (lines 206-214), and Get accepts 200, 204 and 404 (lines 155-161).
 */
import * as https from 'https';
import type { AddressInfo } from 'net';

/** Terraform's lock info as it sends it (statemgr.LockInfo JSON). */
export interface LockInfo {
  readonly ID: string;
  readonly Operation?: string;
  readonly Info?: string;
  readonly Who?: string;
  readonly Version?: string;
  readonly Created?: string;
  readonly Path?: string;
}

/** One state kept by the server. */
export interface StoredState {
  /** The state body as last POSTed, or undefined when the state exists without a file (lock only). */
  readonly data?: Buffer;
  /** The lock holder's info, when locked. */
  readonly lock?: LockInfo;
}

/** One request the server answered (for assertions on what terraform sent). */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** A running server. */
export interface GitLabStateServer {
  /** Base address of the states, e.g. https://127.0.0.1:PORT/api/v4/projects/1/terraform/state */
  readonly address: string;
  /** The state named `name`, if GitLab would know it. */
  state(name: string): StoredState | undefined;
  /** Requests answered so far, in order. */
  readonly requests: readonly SeenRequest[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Options of the server. */
export interface GitLabStateServerOptions {
  /** PEM certificate and key of the HTTPS listener. */
  readonly cert: string;
  readonly key: string;
  /** The one accepted basic-auth user and password. */
  readonly username: string;
  readonly password: string;
  /** Project id in the path. @default 1 */
  readonly projectId?: number;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startGitLabStateServer(options: GitLabStateServerOptions): Promise<GitLabStateServer> {
  const states = new Map<string, { data?: Buffer; lock?: LockInfo }>();
  const requests: SeenRequest[] = [];
  const base = `/api/v4/projects/${options.projectId ?? 1}/terraform/state/`;
  const expectedAuth = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;

  const server = https.createServer({ cert: options.cert, key: options.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://localhost');
      const reply = (status: number, body?: string | Buffer, contentType = 'application/json') => {
        requests.push({ method: req.method ?? '', path: url.pathname, status });
        if (body === undefined) {
          res.writeHead(status).end();
        } else {
          res.writeHead(status, { 'Content-Type': contentType }).end(body);
        }
      };
      if (req.headers.authorization !== expectedAuth) return reply(401, JSON.stringify({ message: '401 Unauthorized' }));
      if (!url.pathname.startsWith(base)) return reply(404, JSON.stringify({ message: '404 Not Found' }));
      const rest = url.pathname.slice(base.length).split('/').map(decodeURIComponent);
      const name = rest[0];
      const isLock = rest.length === 2 && rest[1] === 'lock';
      if (!name || (rest.length > 1 && !isLock)) return reply(404, JSON.stringify({ message: '404 Not Found' }));
      const body = Buffer.concat(chunks);
      const lockInfoOfBody = (): LockInfo | undefined => {
        try {
          const parsed = JSON.parse(body.toString('utf8')) as LockInfo;
          return typeof parsed.ID === 'string' && parsed.ID.length > 0 ? parsed : undefined;
        } catch {
          return undefined;
        }
      };
      const requestId = url.searchParams.get('ID') ?? lockInfoOfBody()?.ID;
      const existing = states.get(name);
      const lockMatches = (id: string | undefined) => (existing?.lock === undefined && id === undefined) || existing?.lock?.ID === id;

      if (isLock && req.method === 'POST') {
        const info = lockInfoOfBody();
        if (!info) return reply(400, JSON.stringify({ error: 'ID is missing' }));
        const state = existing ?? {};
        states.set(name, state);
        if (state.lock) return reply(409, JSON.stringify(state.lock));
        state.lock = info;
        return reply(200, JSON.stringify(info));
      }
      if (isLock && req.method === 'DELETE') {
        if (!existing) return reply(404, JSON.stringify({ message: '404 Not Found' }));
        // No ID means force-unlock (remote_state_handler.rb unlock!).
        if (requestId !== undefined && existing.lock !== undefined && existing.lock.ID !== requestId) return reply(409, JSON.stringify(existing.lock));
        existing.lock = undefined;
        return reply(200);
      }
      if (isLock) return reply(405, JSON.stringify({ error: '405 Method Not Allowed' }));

      if (req.method === 'GET') {
        if (!existing) return reply(404, JSON.stringify({ message: '404 Not Found' }));
        if (!existing.data) return reply(204);
        return reply(200, existing.data, 'application/octet-stream');
      }
      if (req.method === 'POST') {
        if (body.length === 0) return reply(204);
        const state = existing ?? {};
        if (existing && !lockMatches(url.searchParams.get('ID') ?? undefined)) return reply(409, JSON.stringify(existing.lock ?? {}));
        state.data = body;
        states.set(name, state);
        return reply(200);
      }
      if (req.method === 'DELETE') {
        if (!existing) return reply(404, JSON.stringify({ message: '404 Not Found' }));
        if (!lockMatches(url.searchParams.get('ID') ?? undefined)) return reply(409, JSON.stringify(existing.lock ?? {}));
        states.delete(name);
        return reply(200);
      }
      return reply(405, JSON.stringify({ error: '405 Method Not Allowed' }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    address: `https://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    state: (name) => {
      const s = states.get(name);
      return s ? { data: s.data, lock: s.lock } : undefined;
    },
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
