/**
 * The `pg` backend as configureStateBackend writes it, on real terraform against a private
 * PostgreSQL 15 cluster (unix socket only). The connection string reaches terraform only through
 * PG_CONN_STR.
 *
 * How terraform 1.11.4 uses PostgreSQL (hashicorp/terraform `internal/backend/remote-state/pg/`,
 * v1.11.4 = 35645b8f): backend.go creates the schema (when missing), the sequence
 * `public.global_states_id_seq` and the table `<schema>.states (id, name, data)` (lines 105-145);
 * client.go stores the state in `data` of the row named after the workspace (lines 26-55) and locks
 * with session advisory locks: `pg_try_advisory_lock(<row id>)` plus, for a moment,
 * `pg_try_advisory_lock(-1)`, the lock for creating a workspace (lines 66-127). A held row lock is
 * "Workspace is already locked: <name>".
 */
import { StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { PrivatePostgres, privatePostgresUnavailable, startPrivatePostgres } from '../../helpers/state-servers/private-postgres';
import { applyAndReadBack, BackendUnderTest, initAgainstDownBackend, lockRehearsal, outcome } from './rehearsal-steps';
import { BATCH, TfSandbox, terraformUnavailable } from './terraform-workdir';

const skipReason = terraformUnavailable() ?? privatePostgresUnavailable();
if (skipReason) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the pg backend rehearsal: ${skipReason}`);
}
const describeIfReady = skipReason ? describe.skip : describe;

describeIfReady('pg backend on real terraform and a private PostgreSQL cluster', () => {
  const config: StateBackendConfig = { backend: 'pg', settings: { schemaPrefix: 'rlp' } };
  let pg: PrivatePostgres | undefined;
  let sb: TfSandbox;
  let backend: BackendUnderTest;

  beforeAll(() => {
    const started = startPrivatePostgres();
    // The trial start at load time worked, so a failure now is a real one.
    if ('unavailable' in started) throw new Error(started.unavailable);
    pg = started;
    sb = new TfSandbox('pg');
    backend = {
      config,
      env: { PG_CONN_STR: pg!.connStr },
      readStoredState: (stateName) => {
        const schema = `rlp_${stateName.replace(/-/g, '_')}`;
        const out = pg!.psql(`SELECT data FROM ${schema}.states WHERE name = 'default'`);
        return out.trim() === '' ? undefined : out;
      },
    };
  });
  afterAll(async () => {
    await sb?.cleanup();
    pg?.stop();
  });

  it('applies a stack into its own schema, and a second plan reads it back with no changes', async () => {
    const dir = await applyAndReadBack(sb, backend, 'musterstadt', 'v1');
    // The connection string is in no file: the block has only the schema, PG_CONN_STR does the rest.
    expect(sb.backendOf(dir)).toEqual({ pg: { schema_name: 'rlp_musterstadt' } });
    // One schema per stack, one row per workspace.
    expect(pg!.psql("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'rlp_%' ORDER BY 1").trim()).toBe('rlp_musterstadt');
    expect(pg!.psql('SELECT name FROM rlp_musterstadt.states').trim()).toBe('default');
  });

  it('two stacks plan at the same time; the same stack twice is refused by its advisory lock', async () => {
    await applyAndReadBack(sb, backend, 'lindenau', 'v1');
    await applyAndReadBack(sb, backend, 'bad-ems', 'v1');
    const seen = await lockRehearsal(sb, backend, 'lindenau', 'bad-ems');
    expect(seen.refused.stderr).toMatch(/Workspace is already locked:\s+default/);
  });

  it('shares one creation lock (-1) across all schemas of the database: another stack is refused while it is held', async () => {
    // client.go lines 91-118: every Lock takes pg_try_advisory_lock(-1) next to the row lock and
    // releases it at once when the row exists; a workspace that does not exist yet keeps -1 while
    // it is created. So the lock is not purely per stack: while any session holds -1, every stack of
    // the database is refused; with -lock-timeout (the pipelines use 10m) terraform waits instead.
    await applyAndReadBack(sb, backend, 'altdorf', 'v1');
    const held = await pg!.holdAdvisoryLock(-1);
    try {
      const dir = sb.stackDir('altdorf-creation', config, 'altdorf', 'v1');
      expect(outcome(await sb.run(dir, ['init', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });
      const refused = await sb.run(dir, ['plan', '-lock-timeout=0s', ...BATCH], backend.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Cannot lock workspace; already locked for workspace creation:\s+default/);
      const fresh = sb.stackDir('neustadt-creation', config, 'neustadt', 'v1');
      expect(outcome(await sb.run(fresh, ['init', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });
      // A stack without a row yet needs -1 for its whole first run (the `default` workspace always
      // "exists" for backend_state.go's Workspaces, lines 23-25, so the row is made by the first write).
      const create = await sb.run(fresh, ['plan', '-lock-timeout=0s', ...BATCH], backend.env);
      expect(create.code).toBe(1);
      expect(create.stderr).toMatch(/Already locked for workspace\s+creation:\s+default/);
    } finally {
      await held.release();
    }
    const after = sb.stackDir('altdorf-after', config, 'altdorf', 'v1');
    expect(outcome(await sb.run(after, ['init', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });
    expect(outcome(await sb.run(after, ['plan', '-lock-timeout=0s', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });

    // The practical consequence: while a stack that was never applied runs (here an apply of
    // `neustadt` waiting at its prompt), it holds -1, and every other stack of the database waits
    // for it (or, with -lock-timeout=0s, is refused).
    const neustadt = sb.stackDir('neustadt-first', config, 'neustadt', 'v1');
    expect(outcome(await sb.run(neustadt, ['init', ...BATCH], backend.env))).toEqual({ code: 0, output: '' });
    const firstRun = sb.start(neustadt, ['apply', '-no-color'], backend.env);
    try {
      await firstRun.waitFor('Enter a value:');
      const blocked = await sb.run(after, ['plan', '-lock-timeout=0s', ...BATCH], backend.env);
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toMatch(/already locked for workspace\s+creation:\s+default/);
      firstRun.answer('no');
      await firstRun.done;
    } finally {
      firstRun.kill();
    }
  });

  it('fails with the connection error and a non-zero exit when PostgreSQL is down', async () => {
    const init = await initAgainstDownBackend(sb, config, { PG_CONN_STR: `host=${pg!.dir}/no-server-here port=5432 user=postgres dbname=postgres sslmode=disable` }, 'musterstadt');
    expect(init.stderr).toMatch(/no such file or directory|connection refused/);
  });

});
