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
import { PrivatePostgres, startPrivatePostgres } from '../../helpers/state-servers/private-postgres';
import { applyAndReadBack, BackendUnderTest, initAgainstDownBackend, lockRehearsal } from './rehearsal-steps';
import { TfSandbox, terraformUnavailable } from './terraform-workdir';

const tfMissing = terraformUnavailable();
const started = tfMissing ? undefined : startPrivatePostgres();
const pg: PrivatePostgres | undefined = started && !('unavailable' in started) ? started : undefined;
const skipReason = tfMissing ?? (started && 'unavailable' in started ? started.unavailable : undefined);
if (skipReason) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the pg backend rehearsal: ${skipReason}`);
}
const describeIfReady = pg ? describe : describe.skip;

describeIfReady('pg backend on real terraform and PostgreSQL 15', () => {
  const config: StateBackendConfig = { backend: 'pg', settings: { schemaPrefix: 'rlp' } };
  let sb: TfSandbox;
  let backend: BackendUnderTest;

  beforeAll(() => {
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
    await applyAndReadBack(sb, backend, 'bad-ems', 'v1');
    const seen = await lockRehearsal(sb, backend, 'musterstadt', 'bad-ems');
    expect(seen.refused.stderr).toContain('Workspace is already locked: default');
  });

  it('fails with the connection error and a non-zero exit when PostgreSQL is down', async () => {
    const init = await initAgainstDownBackend(sb, config, { PG_CONN_STR: `host=${pg!.dir}/no-server-here port=5432 user=postgres dbname=postgres sslmode=disable` }, 'musterstadt');
    expect(init.stderr).toMatch(/no such file or directory|connection refused/);
  });

});
