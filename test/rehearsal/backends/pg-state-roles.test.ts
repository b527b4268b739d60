/**
 * The least-privilege roles of the pg state backend (lib/pipeline/state-roles.ts) on real terraform
 * against a private PostgreSQL 15 cluster: the SQL of `kommunal state-roles` creates the schemas
 * and roles, and each job connects as one role through PG_CONN_STR with the jobs' backend
 * environment (BACKEND_ENVIRONMENT.pg). One one-resource stack per tenant, two tenants.
 */
import { BACKEND_ENVIRONMENT, StateBackendConfig } from '../../../lib/blueprint/state-backend';
import { pgStateRoles, pgStateRolesSql } from '../../../lib/pipeline/state-roles';
import { PrivatePostgres, privatePostgresUnavailable, startPrivatePostgres } from '../../helpers/state-servers/private-postgres';
import { markerInputOf, outcome } from './rehearsal-steps';
import { BATCH, TfResult, TfSandbox, terraformUnavailable } from './terraform-workdir';

const skipReason = terraformUnavailable() ?? privatePostgresUnavailable();
if (skipReason) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the pg state roles rehearsal: ${skipReason}`);
}
const describeIfReady = skipReason ? describe.skip : describe;

describeIfReady('pg state backend: per-tenant plan and apply roles on real terraform and PostgreSQL', () => {
  const config: StateBackendConfig = { backend: 'pg', settings: { schemaPrefix: 'rlp' } };
  const a = pgStateRoles('rlp_ahausen');
  const b = pgStateRoles('rlp_bdorf');
  const c = pgStateRoles('rlp_cstadt');
  let pg: PrivatePostgres | undefined;
  let sb: TfSandbox;
  /** The environment of a job that connects as `role`. */
  const as = (role: string, extra: Readonly<Record<string, string>> = BACKEND_ENVIRONMENT.pg): Record<string, string> => ({
    PG_CONN_STR: `host=${pg!.dir} port=5432 user=${role} dbname=postgres sslmode=disable`,
    ...extra,
  });
  const stored = (schema: string) => {
    const out = pg!.psql(`SELECT data FROM ${schema}.states WHERE name = 'default'`).trim();
    return out === '' ? undefined : markerInputOf(out);
  };
  /** init, then `args` (stops at a failed init); both outputs in one result. */
  const initAnd = async (folder: string, tenant: string, value: string, env: Record<string, string>, args: readonly string[]): Promise<TfResult> => {
    const dir = sb.stackDir(folder, config, tenant, value);
    const init = await sb.run(dir, ['init', ...BATCH], env);
    if (init.code !== 0) return init;
    return sb.run(dir, [...args, ...BATCH], env);
  };

  beforeAll(async () => {
    const started = startPrivatePostgres();
    if ('unavailable' in started) throw new Error(started.unavailable);
    pg = started;
    sb = new TfSandbox('pg-roles');
    pg.psql(pgStateRolesSql([a.schema, b.schema]));
    // Running it again with a new tenant only adds that tenant's part (client_min_messages: no
    // "already exists, skipping" notices in the test output).
    pg.psql(`SET client_min_messages = warning; ${pgStateRolesSql([a.schema, b.schema, c.schema])}`);
    // Tenant B has a state, written by its own apply role.
    expect(outcome(await initAnd('b-apply', 'bdorf', 'b1', as(b.applyRole), ['apply', '-auto-approve']))).toEqual({ code: 0, output: '' });
    expect(stored(b.schema)).toEqual({ tenant: 'bdorf', value: 'b1' });
  });
  afterAll(async () => {
    await sb?.cleanup();
    pg?.stop();
  });

  it("the apply role writes its own tenant's state; the plan role plans it (lock and read) but its apply fails with PostgreSQL's permission error", async () => {
    expect(outcome(await initAnd('a-apply', 'ahausen', 'a1', as(a.applyRole), ['apply', '-auto-approve']))).toEqual({ code: 0, output: '' });
    expect(stored(a.schema)).toEqual({ tenant: 'ahausen', value: 'a1' });

    // The plan role reads the state: no changes for the same value (exit 0), a change for a new one (exit 2).
    expect(outcome(await initAnd('a-plan-same', 'ahausen', 'a1', as(a.planRole), ['plan', '-detailed-exitcode']))).toEqual({ code: 0, output: '' });
    const changed = await initAnd('a-plan-new', 'ahausen', 'a2', as(a.planRole), ['plan', '-detailed-exitcode']);
    expect(changed.code).toBe(2);
    expect(changed.stdout).toMatch(/1 to add, 0 to change, 1 to destroy|0 to add, 1 to change, 0 to destroy/);

    const write = await initAnd('a-plan-apply', 'ahausen', 'a2', as(a.planRole), ['apply', '-auto-approve']);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/permission denied for table states/);
    expect(stored(a.schema)).toEqual({ tenant: 'ahausen', value: 'a1' });
  });

  it("neither role of tenant A reads or writes tenant B's state", async () => {
    const read = await initAnd('a-plan-reads-b', 'bdorf', 'b1', as(a.planRole), ['plan']);
    expect(read.code).toBe(1);
    expect(read.stderr).toMatch(/permission denied for schema rlp_bdorf/);
    const write = await initAnd('a-apply-writes-b', 'bdorf', 'evil', as(a.applyRole), ['apply', '-auto-approve']);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/permission denied for schema rlp_bdorf/);
    expect(stored(b.schema)).toEqual({ tenant: 'bdorf', value: 'b1' });
  });

  it("a new tenant's first merge-request plan works with its plan role (no state row yet: the creation lock, no write)", async () => {
    const first = await initAnd('c-first-plan', 'cstadt', 'c1', as(c.planRole), ['plan', '-detailed-exitcode']);
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/Plan: 1 to add, 0 to change, 0 to destroy/);
    expect(pg!.psql(`SELECT count(*) FROM ${c.schema}.states`).trim()).toBe('0');
  });

  it("without the jobs' PG_SKIP_*_CREATION a least-privilege role cannot even init: terraform's CREATE … IF NOT EXISTS needs CREATE privileges", async () => {
    const init = await initAnd('a-plan-no-skip', 'ahausen', 'a1', as(a.planRole, {}), ['plan']);
    expect(init.code).toBe(1);
    expect(init.stderr).toMatch(/permission denied for schema public/);
  });
});
