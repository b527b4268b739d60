/**
 * A private PostgreSQL cluster (15 where installed) in a temporary folder, reachable only on a unix socket in that
 * folder (listen_addresses = '', so no TCP port is opened and no port can clash with another run).
 *
 * Running as root: `initdb` refuses to run as root, and so does the server. When this process is
 * root, the folder is handed to the `postgres` system user (created by Debian's postgresql-common)
 * and initdb / pg_ctl run as that user through `runuser -u postgres --` (util-linux). As any other
 * user they run directly. Authentication is `trust` for the cluster's own superuser `postgres`: the
 * socket lives in a folder only this run uses.
 *
 * Everything is synchronous (the binaries are command-line programs), so a test file can decide at
 * load time whether PostgreSQL can be started (`privatePostgresUnavailable`, a trial start and stop
 * that leaves nothing behind) and skip with a printed reason otherwise. The cluster the tests use is
 * started in `beforeAll`: Jest runs no hook of a file whose tests are all filtered out, so a cluster
 * started at load time would be left running.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Folders where Debian/Ubuntu install the server binaries: version 15 first (what the platform runs),
 * then any other installed major version, newest first; after them whatever is on PATH.
 */
function binDirs(): string[] {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return ['15', ...versions.filter((v) => v !== '15')].map((v) => path.join(root, v, 'bin'));
}

/** A running private cluster. */
export interface PrivatePostgres {
  /** The folder holding data, socket and log; removed by `stop()`. */
  readonly dir: string;
  /** The socket folder (the `host` of a libpq connection string). */
  readonly socketDir: string;
  /** libpq key/value connection string for the `postgres` database, e.g. for PG_CONN_STR. */
  readonly connStr: string;
  /** Runs SQL with psql (unaligned, tuples only) and returns its output. */
  psql(sql: string): string;
  /**
   * Takes the session advisory lock `key` in a psql session that stays open, as terraform's pg backend
   * does; resolves once it is held. `release()` ends the session (which releases the lock).
   */
  holdAdvisoryLock(key: number): Promise<{ release(): Promise<void> }>;
  /** Stops the server (immediate shutdown) and removes the folder. */
  stop(): void;
}

function findBinary(name: string): string | undefined {
  for (const dir of binDirs()) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL server binary, as the `postgres` user when we are root. */
function runAsOwner(binary: string, args: string[]): void {
  const [cmd, cmdArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/**
 * Starts a private cluster, or returns the reason why none can be started here (binaries missing,
 * no `postgres` user when root, or the start failed), for the test to print and skip.
 */
export function startPrivatePostgres(): PrivatePostgres | { readonly unavailable: string } {
  const initdb = findBinary('initdb');
  const pgCtl = findBinary('pg_ctl');
  const psqlBin = findBinary('psql');
  if (!initdb || !pgCtl || !psqlBin) return { unavailable: 'PostgreSQL server binaries (initdb, pg_ctl, psql) are not installed; .ci/run installs postgresql-15' };
  let owner: { uid: number; gid: number } | undefined;
  if (isRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0 || gid.status !== 0) return { unavailable: 'running as root and there is no postgres system user to run initdb as' };
    owner = { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-pg-'));
  const dataDir = path.join(dir, 'data');
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    runAsOwner(initdb, ['-D', dataDir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    // fsync off: a throwaway cluster; -w waits until the server accepts connections.
    runAsOwner(pgCtl, ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60',
      '-o', `-k ${dir} -c listen_addresses= -p 5432 -c fsync=off -c max_connections=40`, 'start']);
  } catch (e) {
    const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : '';
    removeDir();
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
    return { unavailable: `PostgreSQL could not be started: ${stderr.trim()} ${log.trim()}`.trim() };
  }
  return {
    dir,
    socketDir: dir,
    connStr: `host=${dir} port=5432 user=postgres dbname=postgres sslmode=disable`,
    psql: (sql) => execFileSync(psqlBin, ['-h', dir, '-p', '5432', '-U', 'postgres', '-d', 'postgres', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' }),
    holdAdvisoryLock: (key) => new Promise((resolve, reject) => {
      const session = spawn(psqlBin, ['-h', dir, '-p', '5432', '-U', 'postgres', '-d', 'postgres', '-At', '-v', 'ON_ERROR_STOP=1'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const ended = new Promise<void>((done) => session.on('close', () => done()));
      let out = '';
      let err = '';
      session.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      session.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('held')) {
          resolve({ release: async () => { session.stdin.end(); await ended; } });
        }
      });
      void ended.then(() => { if (!out.includes('held')) reject(new Error(`psql could not take advisory lock ${key}: ${err}`)); });
      session.stdin.write(`SELECT pg_advisory_lock(${Math.trunc(key)}), 'held';\n`);
    }),
    stop: () => {
      try {
        runAsOwner(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        removeDir();
      }
    },
  };
}

/**
 * Why no private cluster can be started here, or undefined when one can: tries a start and stops
 * the trial cluster again at once (about 2 s, most of it initdb).
 */
export function privatePostgresUnavailable(): string | undefined {
  const trial = startPrivatePostgres();
  if ('unavailable' in trial) return trial.unavailable;
  trial.stop();
  return undefined;
}
