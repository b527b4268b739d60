/**
 * The platform jobs' Vault identities in the generated pipeline (issue #14, deliverable 5): with the
 * platform's own CI roles, `plan:platform` logs in with the plan role and `apply:platform` with the
 * apply role (ID token, no long-lived VAULT_TOKEN), both only in default-branch pipelines; the
 * one-time bootstrap token is used only when its variable is set, and says so; a failed or empty
 * login stops the job. Cluster platform stacks (no Vault provider) get no login. Without the roles
 * the platform jobs are as before.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { PLATFORM_BOOTSTRAP_TOKEN_VARIABLE } from '../../lib/identity/platform-pipeline-login';
import { generateGitlabPipelines, JOB_PROLOGUE, platformVaultLoginLines, type GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
import { EXAMPLES } from '../helpers/fleet';
import { gitlabValidator, HAS_GITLAB_SCHEMA, kommunalInProcess, PLATFORM_ROLES_PIPELINE } from './fixtures';

type Job = Record<string, unknown> & { script: string[]; rules?: unknown; id_tokens?: unknown };

const base = PLATFORM_ROLES_PIPELINE;

const parentOf = (o: GitlabPipelineOptions) => {
  const g = generateGitlabPipelines(o);
  return { text: g.parent.text, doc: parse(g.parent.text) as Record<string, Job> };
};

describe('platform jobs with the platform CI roles', () => {
  const { text, doc } = parentOf(base);
  const plan = doc['plan:platform'];
  const apply = doc['apply:platform'];

  it('the plan job logs in with the plan role, uses the platform\'s read-only state role, and runs on the default branch only', () => {
    expect(plan.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(plan.id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.example' } });
    const login = platformVaultLoginLines('jwt-ci', 'kommunen-platform-ci-plan');
    expect(plan.script.slice(0, JOB_PROLOGUE.length + login.length + 1)).toEqual([...JOB_PROLOGUE, ...login, 'export PG_CONN_STR="${KOMMUNAL_PLAN_PG_CONN_STR:-}"']);
    expect(plan.script.join('\n')).not.toContain('role=kommunen-platform-ci ');
  });

  it('the apply job logs in with the apply role after guarding the reviewed plan, before terraform', () => {
    expect(apply.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    expect(apply.id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.example' } });
    const login = platformVaultLoginLines('jwt-ci', 'kommunen-platform-ci');
    const at = apply.script.indexOf(login[0]);
    expect(at).toBe(JOB_PROLOGUE.length + 1);
    expect(apply.script[JOB_PROLOGUE.length]).toMatch(/^npx kommunal plan-guard /);
    expect(apply.script.slice(at, at + login.length)).toEqual(login);
    expect(apply.script.findIndex((l) => l.includes(' init -input=false'))).toBeGreaterThan(at);
    // The apply job keeps the read-write state role (PG_CONN_STR).
    expect(apply.script.join('\n')).not.toContain('KOMMUNAL_PLAN_PG_CONN_STR');
  });

  (HAS_GITLAB_SCHEMA ? it : it.skip)('the parent validates against the GitLab CI schema', () => {
    const validate = gitlabValidator();
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  it('cluster platform stacks (no Vault provider) get no Vault login', () => {
    for (const job of ['plan:platform-nord', 'apply:platform-nord']) {
      expect(doc[job].id_tokens).toBeUndefined();
      expect(doc[job].script.join('\n')).not.toMatch(/vault write|VAULT_TOKEN/);
    }
  });

  it('the header asks for the one-time bootstrap token instead of VAULT_TOKEN', () => {
    expect(text).toMatch(new RegExp(`^#\\s+${PLATFORM_BOOTSTRAP_TOKEN_VARIABLE}\\s+only for the first platform run`, 'm'));
    expect(text).toMatch(/^#\s+VAULT_TOKEN\s+not needed: the platform and tenant jobs log in with their ID token$/m);
    expect(text).toMatch(/and for the environment platform: the platform's <schema>_plan role/);
  });

  it('without the platform roles the platform jobs keep VAULT_TOKEN and run as before', () => {
    const without = parentOf({ ...base, vault: { mount: 'jwt-ci', audience: 'https://gitlab.example' } }).doc;
    for (const job of ['plan:platform', 'apply:platform']) {
      expect(without[job].id_tokens).toBeUndefined();
      expect(without[job].script.join('\n')).not.toContain('vault write');
    }
    expect(without['plan:platform'].rules).toBeUndefined();
  });
});

describe('the platform login lines under bash -euo pipefail', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-platform-login-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs JOB_PROLOGUE's shell options, the login lines and a marker with a stand-in `vault` that prints `out` and exits `code`. */
  function run(out: string, code: number, env: Record<string, string> = {}) {
    fs.writeFileSync(path.join(dir, 'vault'), `#!/bin/sh\necho "$*" >> '${dir}/calls'\nprintf '%s' '${out}'\nexit ${code}\n`, { mode: 0o755 });
    const script = ['set -euo pipefail', ...platformVaultLoginLines('jwt-ci', 'kommunen-platform-ci-plan'), 'echo "after login: $VAULT_TOKEN"'].join('\n');
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin`, VAULT_ID_TOKEN: 'id-token', ...env } });
    const calls = fs.existsSync(path.join(dir, 'calls')) ? fs.readFileSync(path.join(dir, 'calls'), 'utf8') : '';
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls };
  }

  it('logs in with the JWT role and exports the token', () => {
    const r = run('hvs.plan', 0);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('after login: hvs.plan\n');
    expect(r.calls).toBe('write -field=token auth/jwt-ci/login role=kommunen-platform-ci-plan jwt=id-token\n');
  });

  it('a failed login stops the job', () => {
    const r = run('', 2);
    expect(r.status).not.toBe(0);
    expect(r.stdout).not.toContain('after login');
  });

  it('an empty token stops the job', () => {
    const r = run('', 0);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Vault login as kommunen-platform-ci-plan returned no token');
    expect(r.stdout).not.toContain('after login');
  });

  it('with the bootstrap variable set: uses it, says so, and makes no login', () => {
    const r = run('hvs.plan', 0, { [PLATFORM_BOOTSTRAP_TOKEN_VARIABLE]: 'hvs.bootstrap' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('after login: hvs.bootstrap\n');
    expect(r.stderr).toContain(`Vault: using the one-time bootstrap token ${PLATFORM_BOOTSTRAP_TOKEN_VARIABLE} instead of the JWT role kommunen-platform-ci-plan`);
    expect(r.calls).toBe('');
  });

  it('an empty bootstrap variable counts as unset', () => {
    const r = run('hvs.plan', 0, { [PLATFORM_BOOTSTRAP_TOKEN_VARIABLE]: '' });
    expect(r.stdout).toBe('after login: hvs.plan\n');
  });
});

describe('kommunal pipeline: a fleet repository (landkreis-fleet) gets the platform roles', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('plan:platform and apply:platform log in with the platform roles the platform stack creates', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-platform-pipeline-'));
    fs.cpSync(path.join(EXAMPLES, 'landkreis-fleet'), dir, { recursive: true });
    const r = await kommunalInProcess(['pipeline', '--fleet', 'fleet.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = parse(fs.readFileSync(path.join(dir, 'pipelines/parent.gitlab-ci.yml'), 'utf8')) as Record<string, Job>;
    expect(doc['plan:platform'].script).toEqual(expect.arrayContaining(platformVaultLoginLines('jwt-ci', 'kommunen-platform-ci-plan')));
    expect(doc['apply:platform'].script).toEqual(expect.arrayContaining(platformVaultLoginLines('jwt-ci', 'kommunen-platform-ci')));
  });
});
