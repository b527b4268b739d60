/**
 * Per-stage, per-tenant credentials of the pg state backend (issue #14, deliverable 5): the SQL of
 * `kommunal state-roles`, the credentials env-check asks for per stage, and the generated jobs.
 * test/rehearsal/backends/pg-state-roles.test.ts runs the same SQL and roles on real PostgreSQL
 * and terraform.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { BACKEND_ENVIRONMENT } from '../../lib/blueprint/state-backend';
import { main } from '../../lib/cli/main';
import { credentialNeeds, missingCredentials } from '../../lib/pipeline/credentials';
import { generateGitlabPipelines, type GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
import { PLAN_PG_CONN_STR_VARIABLE, pgStateRoleProblems, pgStateRoles, pgStateRolesSql } from '../../lib/pipeline/state-roles';

type Job = { script?: string[]; variables?: Record<string, string> };

const pgStack = (schema: string) => ({ terraform: { backend: { pg: { schema_name: schema } } } });

describe('pg state roles per stack', () => {
  it('grants the plan role only SELECT on its own table and the apply role SELECT, INSERT, UPDATE and the id sequence', () => {
    const sql = pgStateRolesSql(['rlp_b', 'rlp_a', 'rlp_a']);
    const grants = sql.split('\n').filter((l) => l.startsWith('GRANT'));
    expect(grants).toEqual([
      'GRANT USAGE ON SCHEMA "rlp_a" TO "rlp_a_plan", "rlp_a_apply";',
      'GRANT SELECT ON "rlp_a".states TO "rlp_a_plan";',
      'GRANT SELECT, INSERT, UPDATE ON "rlp_a".states TO "rlp_a_apply";',
      'GRANT USAGE ON SEQUENCE public.global_states_id_seq TO "rlp_a_apply";',
      'GRANT USAGE ON SCHEMA "rlp_b" TO "rlp_b_plan", "rlp_b_apply";',
      'GRANT SELECT ON "rlp_b".states TO "rlp_b_plan";',
      'GRANT SELECT, INSERT, UPDATE ON "rlp_b".states TO "rlp_b_apply";',
      'GRANT USAGE ON SEQUENCE public.global_states_id_seq TO "rlp_b_apply";',
    ]);
    // No role gets a database- or schema-wide write privilege, and no password is in the text.
    expect(sql).not.toMatch(/GRANT (ALL|CREATE)|DELETE|SUPERUSER|CREATEROLE|CREATEDB|PASSWORD '/);
    expect(sql.match(/CREATE ROLE/g)).toHaveLength(4);
    expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true);
  });

  it('refuses role names beyond PostgreSQL\'s 63-byte identifier limit instead of letting them be cut', () => {
    const long = `rlp_${'x'.repeat(57)}`; // 61 bytes: the schema fits, `<schema>_plan` does not
    expect(pgStateRoleProblems([long])).toHaveLength(2);
    expect(() => pgStateRolesSql([long])).toThrow(/cuts identifiers at 63 bytes/);
    expect(pgStateRoleProblems(['rlp_mainz'])).toEqual([]);
    expect(pgStateRoles('rlp_mainz')).toEqual({ schema: 'rlp_mainz', planRole: 'rlp_mainz_plan', applyRole: 'rlp_mainz_apply' });
  });

  it('env-check asks plan jobs for the plan role and apply jobs for the apply role; one does not satisfy the other', () => {
    const stack = pgStack('rlp_mainz');
    const plan = credentialNeeds(stack, 'plan');
    const apply = credentialNeeds(stack, 'apply');
    expect(plan.map((n) => n.anyOf)).toEqual([[PLAN_PG_CONN_STR_VARIABLE]]);
    expect(apply.map((n) => n.anyOf)).toEqual([['PG_CONN_STR']]);
    expect(plan[0].what).toMatch(/plan role.*reads only its own state/);
    expect(apply[0].what).toMatch(/apply role.*writes only its own state/);
    expect(missingCredentials(plan, { PG_CONN_STR: 'x' })).toHaveLength(1);
    expect(missingCredentials(apply, { [PLAN_PG_CONN_STR_VARIABLE]: 'x' })).toHaveLength(1);
    // Without a stage (platform jobs) the one PG_CONN_STR.
    expect(credentialNeeds(stack).map((n) => n.anyOf)).toEqual([['PG_CONN_STR']]);
  });

  it('pg plan jobs export the plan role as PG_CONN_STR before env-check; apply jobs keep the protected PG_CONN_STR; every job skips schema creation', () => {
    const options: GitlabPipelineOptions = { tenants: [{ key: 'mainz', number: 1 }], selected: ['mainz'], fleetFile: 'fleet.yaml', stateBackend: 'pg' };
    const g = generateGitlabPipelines(options);
    const child = parse(Object.values(g.children)[0]) as Record<string, Job>;
    const planScript = child['plan:mainz'].script ?? [];
    const exportAt = planScript.indexOf(`export PG_CONN_STR="\${${PLAN_PG_CONN_STR_VARIABLE}:-}"`);
    expect(exportAt).toBeGreaterThanOrEqual(0);
    expect(exportAt).toBeLessThan(planScript.findIndex((l) => l.includes('env-check')));
    expect((child['apply:mainz'].script ?? []).some((l) => l.includes(PLAN_PG_CONN_STR_VARIABLE))).toBe(false);
    for (const job of ['plan:mainz', 'apply:mainz']) expect(child[job].variables).toMatchObject(BACKEND_ENVIRONMENT.pg);
    expect(g.parent.text).toMatch(/#\s+PG_CONN_STR\s+per environment: the stack's <schema>_apply role/);
    expect(g.parent.text).toMatch(new RegExp(`#\\s+${PLAN_PG_CONN_STR_VARIABLE}\\s+per environment kommunen/<key>: the tenant's <schema>_plan role`));
    // Another backend: no pg export.
    const http = parse(Object.values(generateGitlabPipelines({ ...options, stateBackend: 'http' }).children)[0]) as Record<string, Job>;
    expect((http['plan:mainz'].script ?? []).some((l) => l.includes('PG_CONN_STR'))).toBe(false);
  });

  it('`kommunal state-roles` prints the SQL of the pg stacks it is given and skips others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-state-roles-'));
    try {
      for (const [name, stack] of [['mainz', pgStack('rlp_mainz')], ['platform', pgStack('rlp_platform')], ['other', { terraform: { backend: { local: { path: 'x' } } } }]] as const) {
        fs.mkdirSync(path.join(dir, name));
        fs.writeFileSync(path.join(dir, name, 'cdk.tf.json'), JSON.stringify(stack));
      }
      let out = '';
      let err = '';
      const code = await main(['state-roles', 'mainz', 'platform', 'other'], { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd: dir });
      expect(code).toBe(0);
      expect(out).toBe(pgStateRolesSql(['rlp_mainz', 'rlp_platform']));
      expect(err).toMatch(/other\/cdk\.tf\.json: no pg state backend, skipped/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
