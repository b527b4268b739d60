/**
 * GitLab CI pipeline generation: every generated file parses as YAML and validates against
 * GitLab's own CI schema (../shared/schemas/gitlab-ci.schema.json, skipped when absent); the
 * 2,301-tenant fleet is split into child pipelines within GitLab's job limits; chunks are stable;
 * `kommunal pipeline` runs as a process, including --changed-since in a temporary Git repository.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { BACKEND_ENVIRONMENT } from '../../lib/blueprint/state-backend';
import { selectChangedTenants } from '../../lib/pipeline/changed';
import { credentialNeeds, STACK_SECRET_VARIABLES } from '../../lib/pipeline/credentials';
import { CHILD_YAML_LIMIT_BYTES, estimateParsedYamlBytes, generateGitlabPipelines, GeneratedPipelines, JOBS_PER_PIPELINE_LIMIT, PIPELINE_DEFAULTS, PipelineInputError, PipelineTenant, vaultLoginLines } from '../../lib/pipeline/gitlab';
import { exampleModel, synthModel } from '../helpers/fleet';
import { cleanup, git, gitlabValidator, HAS_GITLAB_SCHEMA, kommunal, kommunalInProcess, musterstadtFleet, simpleTenant } from './fixtures';

const itIfSchema = HAS_GITLAB_SCHEMA ? it : it.skip;

/** Synthetic fleet: keys t00001 ... with allocation numbers 1..n. */
const synthetic = (n: number): PipelineTenant[] =>
  Array.from({ length: n }, (_, i) => ({ key: `kommune-${String(i + 1).padStart(5, '0')}`, number: i + 1, vaultRole: `kommunen-kommune-${i + 1}-ci` }));

type Job = Record<string, unknown> & { script?: string[]; trigger?: unknown; needs?: unknown[] };
const jobsOf = (doc: Record<string, Job>) =>
  Object.entries(doc).filter(([k]) => !['stages', 'variables', 'workflow', 'default', 'include'].includes(k));

function allFiles(g: GeneratedPipelines): [string, string][] {
  return [[g.parent.file, g.parent.text], ...Object.entries(g.children)];
}

function expectValid(files: [string, string][]): void {
  const validate = gitlabValidator();
  for (const [file, text] of files) {
    const ok = validate(parse(text));
    if (!ok) throw new Error(`${file}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
  }
}

describe('generateGitlabPipelines', () => {
  const options = {
    tenants: synthetic(5),
    selected: ['kommune-00002', 'kommune-00004'],
    fleetFile: 'fleet.yaml',
    vault: { mount: 'jwt-ci', audience: 'https://gitlab.example.org' },
    stateBackend: 'http' as const,
  };

  itIfSchema('writes a parent and child pipelines that validate against the GitLab CI schema', () => {
    const g = generateGitlabPipelines(options);
    expectValid(allFiles(g));
  });

  it('plans each selected tenant in its own job with resource_group, reports, ID token and a manual apply on the default branch', () => {
    const g = generateGitlabPipelines(options);
    const child = parse(g.children['pipelines/chunk-000.yml']) as Record<string, Job>;
    expect(jobsOf(child).map(([k]) => k).sort()).toEqual(['apply:kommune-00002', 'apply:kommune-00004', 'plan:kommune-00002', 'plan:kommune-00004']);
    const plan = child['plan:kommune-00002'] as Record<string, any>;
    const apply = child['apply:kommune-00002'] as Record<string, any>;
    expect(plan.resource_group).toBe('tenant-kommune-00002');
    expect(apply.resource_group).toBe('tenant-kommune-00002');
    expect(plan.artifacts.reports).toEqual({
      terraform: 'cdktf.out/stacks/kommune-00002/plan-report.json',
      junit: 'reports/compliance-kommune-00002/compliance.junit.xml',
    });
    expect(plan.id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.example.org' } });
    // The plan JSON is kept redacted; the binary plan (secrets in clear text) is no artifact.
    expect(plan.script).toContain('"$TF_TOOL" -chdir=cdktf.out/stacks/kommune-00002 show -json plan.cache | npx kommunal redact-plan - --out cdktf.out/stacks/kommune-00002/plan.json');
    expect(plan.artifacts.paths).toEqual(['cdktf.out/stacks/kommune-00002/plan.json', 'cdktf.out/stacks/kommune-00002/.terraform.lock.hcl']);
    // The apply job plans again, requires the reviewed changes, guards its own plan and applies it.
    const d = 'cdktf.out/stacks/kommune-00002';
    expect(apply.script.slice(-5)).toEqual([
      `"$TF_TOOL" -chdir=${d} init -input=false`,
      `"$TF_TOOL" -chdir=${d} plan -input=false -lock-timeout=10m -out=plan.cache`,
      `"$TF_TOOL" -chdir=${d} show -json plan.cache | npx kommunal redact-plan - --out ${d}/plan.apply.json --reviewed ${d}/plan.json`,
      `npx kommunal plan-guard ${d}/plan.apply.json --stack ${d}/cdk.tf.json --tenant kommune-00002 --fleet fleet.yaml`,
      `"$TF_TOOL" -chdir=${d} apply -input=false -lock-timeout=10m plan.cache`,
    ]);
    // No step changes the job's folder: later steps do not depend on CI_PROJECT_DIR.
    expect([...plan.script, ...apply.script].filter((l: string) => /^cd\b/.test(l))).toEqual([]);
    expect(apply.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    expect(apply.script[0]).toMatch(/^npx kommunal plan-guard cdktf\.out\/stacks\/kommune-00002\/plan\.json --stack cdktf\.out\/stacks\/kommune-00002\/cdk\.tf\.json --tenant kommune-00002/);
    expect(apply.script.indexOf(apply.script.find((l: string) => l.includes('apply -input=false')))).toBeGreaterThan(0);
    expect(plan.variables).toMatchObject({ TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: '$CI_JOB_TOKEN' });
  });

  it('stops the job when the Vault login fails or returns nothing, and exports the token otherwise', () => {
    const lines = vaultLoginLines('jwt-ci', 'kommunen-mainz-ci');
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-vault-login-'));
    try {
      // GitLab runs bash job scripts with `set -eo pipefail`; a stand-in vault CLI decides the outcome.
      const run = (vault: string) => {
        fs.writeFileSync(path.join(bin, 'vault'), `#!/bin/sh\n${vault}\n`, { mode: 0o755 });
        const script = ['set -eo pipefail', ...lines, 'echo "terraform runs with token $VAULT_TOKEN"', 'sh -c \'echo "child sees $VAULT_TOKEN"\''].join('\n');
        return spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, VAULT_ID_TOKEN: 'id' } });
      };
      const ok = run('echo hvs.token');
      expect({ status: ok.status, stdout: ok.stdout }).toEqual({ status: 0, stdout: 'terraform runs with token hvs.token\nchild sees hvs.token\n' });
      const denied = run('echo "permission denied" >&2; exit 2');
      expect(denied.status).not.toBe(0);
      expect(denied.stdout).not.toContain('terraform runs');
      const empty = run('exit 0');
      expect(empty.status).toBe(1);
      expect(empty.stderr).toContain('Vault login as kommunen-mainz-ci returned no token');
      expect(empty.stdout).not.toContain('terraform runs');
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('never writes a secret: credentials are CI/CD variable references', () => {
    const g = generateGitlabPipelines(options);
    for (const [, text] of allFiles(g)) {
      expect(text).not.toMatch(/PROXMOX_VE_API_TOKEN\s*[:=]\s*['"]?[A-Za-z0-9]/);
      expect(text).not.toMatch(/password\s*[:=]\s*['"]?(?!\$)[A-Za-z0-9]/i);
    }
    expect(g.parent.text).toContain('#   PROXMOX_VE_API_TOKEN');
  });

  it('triggers each chunk from the parent with the artifact of the generate job and strategy depend', () => {
    const g = generateGitlabPipelines({ ...options, tenants: synthetic(5), chunkSize: 2 });
    const parent = parse(g.parent.text) as Record<string, Job>;
    expect(Object.keys(parent).filter((k) => k.startsWith('tenants:'))).toEqual(['tenants:chunk-000', 'tenants:chunk-001', 'tenants:chunk-002']);
    expect(parent['tenants:chunk-001'].trigger).toEqual({ include: [{ artifact: 'pipelines/chunk-001.yml', job: 'generate' }], strategy: 'depend' });
    expect((parent.generate.script as string[]).join('\n')).toMatch(/npx kommunal synth --fleet fleet\.yaml[\s\S]*npx kommunal pipeline --fleet fleet\.yaml --out pipelines --tool tofu --chunk-size 2/);
    expect(parent.variables).toEqual({ TF_TOOL: 'tofu' });
    // chunk-002 (tenant 5) has no selected tenant: one no-op job
    expect(jobsOf(parse(g.children['pipelines/chunk-002.yml']))).toEqual([['no-changes', expect.objectContaining({ stage: 'plan' })]]);
  });

  it('is deterministic and keeps a tenant in its chunk when tenants are added', () => {
    const a = generateGitlabPipelines({ ...options, tenants: synthetic(300), selected: ['kommune-00150'], chunkSize: 100 });
    const b = generateGitlabPipelines({ ...options, tenants: [...synthetic(300)].reverse(), selected: ['kommune-00150'], chunkSize: 100 });
    expect(b).toEqual(a);
    const grown = generateGitlabPipelines({
      ...options,
      tenants: [...synthetic(300), { key: 'aaa-first-by-name', number: 301 }],
      selected: ['kommune-00150', 'aaa-first-by-name'],
      chunkSize: 100,
    });
    expect(grown.chunks.find((c) => c.selected.includes('kommune-00150'))?.name).toBe('chunk-001');
    expect(grown.chunks.find((c) => c.selected.includes('aaa-first-by-name'))?.name).toBe('chunk-003');
    expect(grown.children['pipelines/chunk-001.yml']).toBe(a.children['pipelines/chunk-001.yml']);
  });

  it('runs kommunal realm-sync-jobs with the platform credentials in scheduled pipelines of the default branch, and on demand there', () => {
    const parent = parse(generateGitlabPipelines(options).parent.text) as Record<string, Record<string, any>>;
    const job = parent['realm-sync-jobs'];
    expect(job.script).toEqual(['set -euo pipefail', 'npm ci --omit=dev --ignore-scripts', 'npx kommunal realm-sync-jobs --fleet fleet.yaml']);
    expect(job.environment).toEqual({ name: 'platform', action: 'prepare' });
    expect(job.needs).toEqual([]);
    expect(job.rules).toEqual([
      { if: '$CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' },
      { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual', allow_failure: true },
    ]);
  });

  it('fails when the chunk size would exceed the per-pipeline job limit, or a selected tenant is unknown', () => {
    expect(() => generateGitlabPipelines({ ...options, chunkSize: 300 })).toThrow(/at most 250 \(GitLab's per-pipeline job limit ci_pipeline_size/);
    expect(() => generateGitlabPipelines({ ...options, selected: ['nowhere'] })).toThrow(PipelineInputError);
    expect(() => generateGitlabPipelines({ ...options, chunkSize: 0 })).toThrow(/chunk size 0 is not a positive integer/);
  });

  it('plans and applies the platform stack in the parent before the tenant children (tenant ACLs grant its roles)', () => {
    const g = generateGitlabPipelines({ ...options, chunkSize: 2 });
    const parent = parse(g.parent.text) as Record<string, Record<string, any>>;
    expect(parent.stages).toEqual(['generate', 'platform', 'tenants', 'directory']);
    const plan = parent['plan:platform'];
    const apply = parent['apply:platform'];
    expect(plan.needs).toEqual([{ job: 'generate', artifacts: true }]);
    expect(plan.script).toEqual(expect.arrayContaining([
      'npx kommunal env-check cdktf.out/stacks/platform',
      '"$TF_TOOL" -chdir=cdktf.out/stacks/platform plan -input=false -lock-timeout=10m -out=plan.cache',
      'npx kommunal plan-guard cdktf.out/stacks/platform/plan.json --stack cdktf.out/stacks/platform/cdk.tf.json --fleet fleet.yaml --gitlab-report cdktf.out/stacks/platform/plan-report.json',
    ]));
    expect(plan.artifacts.paths).toEqual(['cdktf.out/stacks/platform/plan.json', 'cdktf.out/stacks/platform/.terraform.lock.hcl']);
    expect(apply.script).toEqual(expect.arrayContaining([
      '"$TF_TOOL" -chdir=cdktf.out/stacks/platform show -json plan.cache | npx kommunal redact-plan - --out cdktf.out/stacks/platform/plan.apply.json --reviewed cdktf.out/stacks/platform/plan.json',
      'npx kommunal plan-guard cdktf.out/stacks/platform/plan.apply.json --stack cdktf.out/stacks/platform/cdk.tf.json --fleet fleet.yaml',
    ]));
    expect(apply.needs).toEqual([{ job: 'generate', artifacts: true }, { job: 'plan:platform', artifacts: true }]);
    expect(apply.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    expect(apply.allow_failure).toBe(false);
    expect(apply.script.at(-1)).toBe('"$TF_TOOL" -chdir=cdktf.out/stacks/platform apply -input=false -lock-timeout=10m plan.cache');
    expect(plan.environment).toEqual({ name: 'platform', action: 'prepare' });
    for (const [name, job] of Object.entries(parent).filter(([k]) => k.startsWith('tenants:'))) {
      expect([name, job.needs]).toEqual([name, ['generate', { job: 'apply:platform', optional: true }]]);
    }
    // The whole fleet is synthesized in every run: `kommunal synth --changed-since` leaves the platform stack out.
    expect(parent.generate.script).toContain('npx kommunal synth --fleet fleet.yaml');
    expect(parent.generate.script.join('\n')).toMatch(/npx kommunal pipeline .* \$CHANGED$/m);
  });

  it('refuses the local backend: each job starts from a fresh checkout and would lose the state', () => {
    expect(() => generateGitlabPipelines({ ...options, stateBackend: 'local' })).toThrow(/state backend "local" cannot run in a pipeline: each CI job starts from a fresh checkout/);
  });

  it('sets the s3 checksum variables (BACKEND_ENVIRONMENT.s3) in every terraform job of an s3 fleet, and lists its credentials', () => {
    const g = generateGitlabPipelines({ ...options, stateBackend: 's3' });
    const parent = parse(g.parent.text) as Record<string, Record<string, any>>;
    const child = parse(g.children['pipelines/chunk-000.yml']) as Record<string, Record<string, any>>;
    const jobs = [parent['plan:platform'], parent['apply:platform'], child['plan:kommune-00002'], child['apply:kommune-00002']];
    expect(BACKEND_ENVIRONMENT.s3).toEqual({ AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required', AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required' });
    for (const job of jobs) expect(job.variables).toMatchObject(BACKEND_ENVIRONMENT.s3);
    expect(child['plan:kommune-00002'].variables).not.toHaveProperty('TF_HTTP_PASSWORD');
    expect(g.parent.text).toMatch(/^#\s+AWS_ACCESS_KEY_ID\s/m);
    expect(g.parent.text).toMatch(/^#\s+AWS_SECRET_ACCESS_KEY\s/m);
  });

  it('lists the tenant inputs as CI/CD variables only without Vault CI logins (with them the tenant jobs read them from Vault)', () => {
    const tfVars = (text: string) => [...text.matchAll(/^#\s+TF_VAR_(\S+)\s/gm)].map((m) => m[1]);
    const withVault = generateGitlabPipelines(options).parent.text;
    expect(tfVars(withVault)).toEqual(['metrics_influx_token', 'vault_oidc_client_secret']);
    expect(withVault).toMatch(/each tenant job reads pbs_password, pbs_encryption_key, vault_tenant_oidc_client_secret, proxmox_realm_<realm>_bind_password\n#\s+from Vault, fields of the secret <tenant root>\/<key>\/ci\/terraform/);
    // The OIDC realm's client key is no field of that secret: it has its own, read ephemerally into client_key_wo.
    expect(withVault).toMatch(/client key is the field client_key of <tenant root>\/<key>\/ci\/realm-client-key, read ephemerally/);
    const { vault: _v, ...noVault } = options;
    expect(tfVars(generateGitlabPipelines(noVault).parent.text)).toEqual(STACK_SECRET_VARIABLES.map((v) => v.name));
  });

  describe('the parent header names every credential env-check asks for', () => {
    // Every need of every synthesized stack of the examples (http, local/ldap, oidc fleets) is either a
    // CI/CD variable of the header or set by the jobs themselves.
    const header = (text: string) => text.split('\n').filter((l) => l.startsWith('#')).join('\n');
    const documented = (head: string, name: string) =>
      new RegExp(`^#\\s+${name}\\s`, 'm').test(head) ||
      [...head.matchAll(/^#\s+(TF_VAR_\S*<realm>\S*)\s/gm)].some((m) => new RegExp(`^${m[1].replace('<realm>', '[a-z0-9_]+')}$`).test(name));
    for (const example of ['landkreis-fleet', 'musterstadt', 'verbandsgemeinde']) {
      it(example, () => {
        const synth = synthModel(exampleModel(example));
        for (const backend of ['http', 's3', 'pg'] as const) {
          const g = generateGitlabPipelines({ ...options, stateBackend: backend });
          const head = header(g.parent.text);
          const child = parse(g.children['pipelines/chunk-000.yml']) as Record<string, Record<string, any>>;
          const setByJobs = Object.keys(child['plan:kommune-00002'].variables);
          for (const [stack, json] of Object.entries(synth.stacks)) {
            for (const need of credentialNeeds(json)) {
              // The example's own backend credentials are covered by the backend under test.
              if (need.what.startsWith('state backend')) continue;
              const ok = need.anyOf.some((name) => documented(head, name) || setByJobs.includes(name));
              expect([example, stack, need.what, ok]).toEqual([example, stack, need.what, true]);
            }
          }
          for (const name of ['TF_HTTP_USERNAME', 'TF_HTTP_PASSWORD', 'AWS_ACCESS_KEY_ID', 'PG_CONN_STR'].filter((n) => (backend === 'http' ? n.startsWith('TF_HTTP') : backend === 's3' ? n.startsWith('AWS') : n === 'PG_CONN_STR'))) {
            expect([backend, name, documented(head, name) || setByJobs.includes(name)]).toEqual([backend, name, true]);
          }
        }
      });
    }
  });

  describe('scale: 2,301 tenants', () => {
    const all = synthetic(2301);
    const g = generateGitlabPipelines({ ...options, tenants: all, selected: all.map((t) => t.key) });

    it('sizes the chunks by the measured size of each child pipeline: every child fits GitLab\'s parsed-YAML limit with all its tenants planned', () => {
      // 200 tenants per child would be about 1.2 MiB of parsed YAML, over the 1 MiB limit.
      expect(g.chunkSize).toBeLessThan(PIPELINE_DEFAULTS.chunkSize);
      expect(g.chunks).toHaveLength(Math.ceil(2301 / g.chunkSize));
      for (const [, text] of Object.entries(g.children)) expect(estimateParsedYamlBytes(parse(text))).toBeLessThanOrEqual(CHILD_YAML_LIMIT_BYTES);
      // Without an explicit chunk size, the generate job sizes the chunks the same way.
      expect(g.parent.text).not.toContain('--chunk-size');
    });

    it('refuses an explicit chunk size whose child pipelines would not fit, naming a size that does', () => {
      expect(() => generateGitlabPipelines({ ...options, tenants: all, selected: [], chunkSize: 200 })).toThrow(
        new RegExp(`child pipeline chunk-\\d+ would be about \\d+ KiB of parsed YAML with all of its tenants planned, over GitLab's limit of 1024 KiB \\(max_yaml_size_bytes\\); use --chunk-size ${g.chunkSize} or less`),
      );
      const fits = generateGitlabPipelines({ ...options, tenants: all, selected: [], chunkSize: g.chunkSize });
      expect(fits.chunkSize).toBe(g.chunkSize);
      expect(fits.parent.text).toContain(`--chunk-size ${g.chunkSize}`);
    });

    it('splits the fleet into child pipelines each within the job and needs limits', () => {
      expect(g.chunks.reduce((n, c) => n + c.selected.length, 0)).toBe(2301);
      expect(new Set(g.chunks.flatMap((c) => c.selected)).size).toBe(2301);
      for (const [, text] of Object.entries(g.children)) {
        const jobs = jobsOf(parse(text));
        expect(jobs.length).toBeLessThanOrEqual(400);
        expect(jobs.length).toBeLessThanOrEqual(JOBS_PER_PIPELINE_LIMIT);
        for (const [, job] of jobs) expect((job.needs ?? []).length).toBeLessThanOrEqual(50);
      }
      const parent = jobsOf(parse(g.parent.text));
      expect(parent).toHaveLength(4 + g.chunks.length); // generate, plan:platform, apply:platform, realm-sync-jobs, one trigger per chunk
    });

    itIfSchema('validates every file of the 2,301-tenant fleet against the GitLab CI schema', () => {
      expectValid(allFiles(g));
    });
  });
});

describe('selectChangedTenants', () => {
  const base = { fleetFile: 'fleet/fleet.yaml', tenantsDir: 'fleet/kommunen', lockFile: 'fleet/fleet.lock.yaml', tenants: ['a-dorf', 'b-stadt', 'c-kreis'] };
  const lock = (blocks: Record<string, string>) => ({
    version: 1 as const,
    zoneType: 'qinq' as const,
    tenants: Object.fromEntries(Object.entries(blocks).map(([k, b], i) => [k, { number: i + 1, code: `t000${i + 1}`, block: b, segments: {}, vmIds: { start: 1, end: 2 }, pbsNamespace: k }])),
  });

  it('selects the tenants whose files changed and ignores docs', () => {
    const s = selectChangedTenants({ ...base, changedFiles: ['fleet/kommunen/b-stadt.yaml', 'README.md', 'docs/x.md', 'fleet/README.md'] });
    expect(s).toEqual({ tenants: ['b-stadt'], removed: [] });
  });

  it('selects every tenant when fleet.yaml, the app or the package changes', () => {
    expect(selectChangedTenants({ ...base, changedFiles: ['fleet/fleet.yaml'] }).tenants).toEqual(base.tenants);
    expect(selectChangedTenants({ ...base, changedFiles: ['fleet/main.ts'] }).allBecause).toContain('fleet/main.ts changed');
    expect(selectChangedTenants({ ...base, changedFiles: ['package-lock.json'] }).allBecause).toContain('package-lock.json changed');
  });

  it('selects the tenants whose lock entries changed, and reports removed tenant files', () => {
    const s = selectChangedTenants({
      ...base,
      changedFiles: ['fleet/fleet.lock.yaml', 'fleet/kommunen/d-gone.yaml'],
      lockNow: lock({ 'a-dorf': '10.0.0.0/24', 'b-stadt': '10.0.1.0/24', 'c-kreis': '10.0.2.0/24' }),
      lockThen: lock({ 'a-dorf': '10.0.0.0/24', 'b-stadt': '10.0.9.0/24' }),
    });
    expect(s).toEqual({ tenants: ['b-stadt', 'c-kreis'], removed: ['d-gone'] });
  });
});

const HTTP_STATE = 'state:\n  backend: http\n  settings:\n    address: https://gitlab.example.org/api/v4/projects/1/terraform/state\n';
/** The musterstadt fleet (local backend) with GitLab-managed state: pipelines refuse the local backend. */
const withHttpState = (dir: string) => {
  fs.appendFileSync(path.join(dir, 'fleet.yaml'), HTTP_STATE);
  return dir;
};

describe('kommunal pipeline', () => {
  let dir: string;
  afterEach(() => cleanup(dir));

  it('refuses a fleet on the local backend with exit 2 and a clear message, and writes nothing', async () => {
    dir = musterstadtFleet();
    const r = await kommunalInProcess(['pipeline'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('state backend "local" cannot run in a pipeline');
    expect(r.stderr).toContain('Set state.backend in the fleet file to http (GitLab-managed state), s3 or pg');
    expect(fs.existsSync(path.join(dir, 'pipelines'))).toBe(false);
  });

  it('writes the pipelines for the example fleet; they parse and validate', () => {
    dir = withHttpState(musterstadtFleet());
    const r = kommunal(['pipeline', '--out', 'ci', '--tool', 'terraform'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('planning all 1 tenant');
    expect(r.stdout).toContain('wrote ci/parent.gitlab-ci.yml and 1 child pipeline in ci/');
    const parent = fs.readFileSync(path.join(dir, 'ci/parent.gitlab-ci.yml'), 'utf8');
    const child = fs.readFileSync(path.join(dir, 'ci/chunk-000.yml'), 'utf8');
    expect(parse(parent).variables).toEqual({ TF_TOOL: 'terraform' });
    expect(parse(child)['plan:musterstadt'].id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.platform.example.org' } });
    expect(child).toContain('auth/jwt-ci/login role=kommunen-musterstadt-ci');
    if (HAS_GITLAB_SCHEMA) expectValid([['parent', parent], ['child', child]]);
  });

  it('fails with exit 1 and a suggestion for an unknown --tenant, and exit 2 for a bad --tool', async () => {
    dir = withHttpState(musterstadtFleet());
    const r = await kommunalInProcess(['pipeline', '--tenant', 'musterstat'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('did you mean "musterstadt"?');
    const t = await kommunalInProcess(['pipeline', '--tool', 'pulumi'], dir);
    expect(t.status).toBe(2);
    expect(t.stderr).toContain('--tool "pulumi" is not allowed (allowed: tofu, terraform)');
    const both = await kommunalInProcess(['pipeline', '--tenant', 'musterstadt', '--changed-since', 'HEAD'], dir);
    expect(both.status).toBe(2);
  });

  describe('--changed-since in a Git repository', () => {
    beforeEach(() => {
      dir = withHttpState(musterstadtFleet('', { beispieldorf: simpleTenant('beispieldorf', '07999002') }));
      git(dir, ['init', '-q', '-b', 'main']);
      git(dir, ['add', '.']);
      git(dir, ['commit', '-q', '-m', 'fleet']);
    });

    it('plans only the tenant whose file changed', () => {
      fs.appendFileSync(path.join(dir, 'kommunen/beispieldorf.yaml'), 'logging:\n  retentionDays: 120\n');
      const r = kommunal(['pipeline', '--changed-since', 'HEAD'], dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('planning 1 tenant changed since HEAD');
      const child = parse(fs.readFileSync(path.join(dir, 'pipelines/chunk-000.yml'), 'utf8'));
      expect(Object.keys(child).filter((k) => k.startsWith('plan:'))).toEqual(['plan:beispieldorf']);
    });

    it('plans every tenant when fleet.yaml changed', async () => {
      fs.appendFileSync(path.join(dir, 'fleet.yaml'), '# a comment is a change too\n');
      const r = await kommunalInProcess(['pipeline', '--changed-since', 'HEAD'], dir);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('planning all 2 tenants: fleet.yaml changed');
    });

    it('plans nothing when nothing changed (child pipelines get a no-op job)', async () => {
      const r = await kommunalInProcess(['pipeline', '--changed-since', 'HEAD'], dir);
      expect(r.stdout).toContain('planning 0 tenants changed since HEAD');
      expect(Object.keys(parse(fs.readFileSync(path.join(dir, 'pipelines/chunk-000.yml'), 'utf8')))).toContain('no-changes');
    });

    it('fails with exit 1 and a clear message when the ref does not exist', () => {
      const r = kommunal(['pipeline', '--changed-since', 'no-such-branch'], dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('unknown Git ref "no-such-branch"');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(path.join(dir, 'pipelines'))).toBe(false);
    });
  });
});
