/**
 * The generated GitLab pipeline runs: gitlab-ci-local 4.72.0 with its shell executor executes
 * generate -> plan:platform -> apply:platform -> plan -> guard -> apply for two tenants, with real
 * terraform, the shadow providers and GitLab-managed (http) state on a local server with GitLab's
 * semantics; a second pipeline plans no changes. Afterwards every artifact file and every job
 * output of both pipelines is searched for every secret value the rehearsal seeded (issue #14,
 * deliverable 4: plan jobs keep only redacted plan JSON, apply jobs plan again).
 *
 * The fleet repository (a temporary Git repository):
 * - landkreis-fleet restricted to two tenants (gemeinde-beispielbach, stadt-musterhausen). It is the
 *   example that already uses GitLab-managed state (`state.backend: http`), namespace isolation and
 *   Vault CI logins with ID tokens, so the pipeline takes the paths a real fleet takes; two tenants
 *   keep it under the time budget. Only the state address changes, to the local server.
 * - kommunal-cdk as a `file:` dependency on this checkout: `npm ci` in every job links
 *   node_modules/kommunal-cdk to it (about 1 s, offline) and `npx kommunal` runs this package's
 *   bin/kommunal.js with its built dist/ (npm run build; npm test does it first). A tarball from
 *   `npm pack` would install every runtime dependency from the npm cache in every job. npm records the
 *   path relative to the repository, so gitlab-ci-local's state folder is placed where each job's
 *   build folder is as deep as the repository (`../../../gcl-*`), and the relative path resolves there too.
 * - `.gitlab-ci.yml` includes the committed `pipelines/parent.gitlab-ci.yml` written by `kommunal pipeline`.
 *
 * CI/CD variables come from gitlab-ci-local's variables file (rehearsal values, never secrets):
 * the rehearsal's terraform CLI configuration (file variable TF_CLI_CONFIG_FILE: the shadow providers'
 * filesystem mirror), the throwaway CA (file variable SSL_CERT_FILE), CI_JOB_TOKEN (gitlab-ci-local
 * does not set one; the jobs send it as TF_HTTP_PASSWORD), the provider endpoints, VAULT_TOKEN scoped
 * to the environment `platform`, and every TF_VAR_ the parent's header lists. The tenant jobs' Vault
 * login runs a stand-in `vault` command (gitlab-ci-local issues no ID tokens). The tenants' pipeline
 * inputs (PBS password and key) are written into the shadow providers' store before the run, as
 * the platform engineer writes them into Vault at onboarding.
 *
 * What gitlab-ci-local cannot run (see test/helpers/gitlab-ci-local.ts for the sources): the child
 * pipeline is started by the trigger job from the generate job's artifact, but its `needs: pipeline:`
 * is ignored, so its jobs lack the synthesized stacks and fail at env-check, and the trigger job passes
 * anyway (`strategy: depend` not honoured). The test asserts exactly that, and then runs the child file
 * from the generate job's artifact as a second gitlab-ci-local run in which every job starts with the
 * generate job's artifacts (staged in the Git index, which gitlab-ci-local copies into each build
 * folder): what `needs: pipeline: $PARENT_PIPELINE_ID job: generate` downloads on GitLab.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { loadFleetModel } from '../../../lib/blueprint/fleet';
import { REDACTED } from '../../../lib/pipeline/redact-plan';
import { FileObjectStore } from '../../../lib/rehearsal/engine/store';
import { fleetCiInputSecrets } from '../../../lib/rehearsal/identities';
import { writeKvSecretV2 } from '../../../lib/rehearsal/model/vault';
import { installRehearsalProviders } from '../../../lib/rehearsal/providers';
import { GclRun, gitlabCiLocalUnavailable, runGitlabCiLocal, safeJobName, writeVariablesFile } from '../../helpers/gitlab-ci-local';
import { describeRehearsal, REPO, tempDir } from '../../helpers/rehearsal';
import { GitLabStateServer, startGitLabStateServer } from '../../helpers/state-servers/gitlab-state-server';
import { makeThrowawayCa, ThrowawayCa, throwawayCaUnavailable } from '../../helpers/state-servers/throwaway-ca';

const TENANTS = ['gemeinde-beispielbach', 'stadt-musterhausen'] as const;
const STACKS = 'cdktf.out/stacks';
const CHILD = 'pipelines/chunk-000.yml';
const JOB_TOKEN = 'rehearsal-job-token';
const VAULT_TOKEN = 'rehearsal-token'; // the one token the shadow Vault provider accepts (lib/rehearsal/workspace.ts)

const missing = gitlabCiLocalUnavailable() ?? throwawayCaUnavailable();
if (missing !== undefined) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the gitlab-ci-local pipeline rehearsal: ${missing}`);
}
const describeIfTools = missing === undefined ? describeRehearsal : describe.skip;

interface PlanJson {
  readonly format_version: string;
  readonly terraform_version: string;
  readonly resource_changes?: readonly { readonly address: string; readonly change: { readonly actions: readonly string[] } }[];
}

/** One pipeline run: the parent (with its triggered child) and the child run with the parent's artifacts. */
interface PipelineRun {
  readonly parent: GclRun;
  readonly child: GclRun;
  /** gitlab-ci-local's state folders of the two runs. */
  readonly parentState: string;
  readonly childState: string;
}

describeIfTools('the generated GitLab pipeline under gitlab-ci-local (shell executor, real terraform, shadow providers, http state)', () => {
  let root: string;
  let repo: string;
  let ca: ThrowawayCa;
  let server: GitLabStateServer;
  let env: Record<string, string>;
  /** Every secret value the rehearsal seeded: the tenants' pipeline inputs (Vault KV) and the TF_VAR_ secrets. */
  const seededSecrets: string[] = [];
  const runs: PipelineRun[] = [];
  const started = Date.now();

  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const kommunal = (...args: string[]) => execFileSync(process.execPath, [path.join(REPO, 'bin/kommunal.js'), ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  /** One pipeline: the parent file as GitLab starts it, then the child file with the generate job's artifacts. */
  async function runPipeline(n: number): Promise<PipelineRun> {
    // The state folder sits where a job's build folder (<state>/builds/<job>) is as deep as the repository.
    const parentState = `../../../gcl-${n}`;
    const childState = `../../../gcl-${n}-child`;
    const parent = await runGitlabCiLocal({ cwd: repo, stateDir: parentState, manual: ['apply:platform'], env, home: path.join(root, 'home') });

    // The child pipeline as the trigger job starts it: its file from the generate job's artifacts, the
    // parent's global variables and the trigger job's variables (GitLab passes both to the child).
    const generated = path.join(repo, parentState, 'artifacts', safeJobName('generate'));
    const parentDoc = parse(fs.readFileSync(path.join(repo, 'pipelines/parent.gitlab-ci.yml'), 'utf8')) as { variables: Record<string, string> } & Record<string, unknown>;
    const trigger = parentDoc['tenants:chunk-000'] as { variables: Record<string, string> };
    const variables = { ...parentDoc.variables, ...trigger.variables, CI_PIPELINE_SOURCE: 'parent_pipeline' };
    fs.cpSync(generated, repo, { recursive: true });
    git('add', '--force', STACKS, CHILD);
    let child: GclRun;
    try {
      child = await runGitlabCiLocal({
        cwd: repo,
        stateDir: childState,
        file: CHILD,
        variables,
        manual: TENANTS.map((t) => `apply:${t}`),
        env,
        home: path.join(root, 'home'),
      });
    } finally {
      git('reset', '--quiet');
      fs.rmSync(path.join(repo, 'cdktf.out'), { recursive: true, force: true });
      fs.rmSync(path.join(repo, CHILD), { force: true });
    }
    return { parent, child, parentState: path.join(repo, parentState), childState: path.join(repo, childState) };
  }

  const artifact = (stateDir: string, job: string, file: string) => path.join(stateDir, 'artifacts', safeJobName(job), file);
  const planJson = (stateDir: string, job: string, stack: string) => JSON.parse(fs.readFileSync(artifact(stateDir, job, `${STACKS}/${stack}/plan.json`), 'utf8')) as PlanJson;
  const actionsOf = (plan: PlanJson) => new Set((plan.resource_changes ?? []).flatMap((c) => c.change.actions));
  const explain = (run: GclRun) => `gitlab-ci-local exit ${run.code}, jobs ${JSON.stringify(run.jobs)}\n${run.output.slice(-6000)}`;

  beforeAll(async () => {
    root = tempDir('kommunal-gcl-');
    repo = path.join(root, 'ci', 'fleet', 'repo');
    fs.mkdirSync(repo, { recursive: true });
    for (const d of ['home', 'bin', 'datacenter']) fs.mkdirSync(path.join(root, d));
    ca = makeThrowawayCa();
    server = await startGitLabStateServer({ cert: ca.serverCert, key: ca.serverKey, username: 'gitlab-ci-token', password: JOB_TOKEN });

    // The fleet: landkreis-fleet with two tenants, its GitLab state address pointed at the local server.
    const example = path.join(REPO, 'examples/landkreis-fleet');
    fs.mkdirSync(path.join(repo, 'kommunen'));
    for (const t of TENANTS) fs.copyFileSync(path.join(example, 'kommunen', `${t}.yaml`), path.join(repo, 'kommunen', `${t}.yaml`));
    fs.copyFileSync(path.join(example, 'fleet.lock.yaml'), path.join(repo, 'fleet.lock.yaml'));
    const fleet = fs.readFileSync(path.join(example, 'fleet.yaml'), 'utf8');
    const withServer = fleet.replace(/address: https:\/\/gitlab\.dc\.musterkreis\.example\.org\/api\/v4\/projects\/42\/terraform\/state/, `address: ${server.address}`);
    expect(withServer).not.toBe(fleet);
    fs.writeFileSync(path.join(repo, 'fleet.yaml'), withServer);

    fs.writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'musterkreis-fleet', private: true, dependencies: { 'kommunal-cdk': `file:${REPO}` } }, null, 2)}\n`);
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: repo, stdio: 'ignore' });
    // The lock records the two removed tenants as retired; commit it as a fleet repository would.
    kommunal('synth', '--fleet', 'fleet.yaml');
    fs.rmSync(path.join(repo, 'cdktf.out'), { recursive: true, force: true });
    kommunal('pipeline', '--fleet', 'fleet.yaml', '--tool', 'terraform');
    fs.writeFileSync(path.join(repo, '.gitlab-ci.yml'), 'include:\n  - local: pipelines/parent.gitlab-ci.yml\n');
    fs.writeFileSync(path.join(repo, '.gitignore'), ['node_modules/', 'cdktf.out/', 'pipelines/chunk-*.yml', 'reports/', '.gitlab-ci-local-variables.yml', ''].join('\n'));
    git('init', '--quiet', '--initial-branch', 'main');
    git('config', 'user.name', 'Rehearsal');
    git('config', 'user.email', 'rehearsal@example.org');
    git('add', '.');
    git('commit', '--quiet', '-m', 'fleet with two tenants');

    // CI/CD variables: the TF_VAR_ secrets are exactly those the parent's header tells the operator to define.
    const header = fs.readFileSync(path.join(repo, 'pipelines/parent.gitlab-ci.yml'), 'utf8').split('\n').filter((l) => l.startsWith('#'));
    const secretNames = [...new Set(header.flatMap((l) => /^#\s+TF_VAR_([a-z0-9_]+)\s/.exec(l)?.[1] ?? []))];
    // Vault CI logins: the tenant jobs read their inputs from Vault, none is a CI/CD variable.
    expect(secretNames.filter((n) => n.startsWith('pbs_') || n.startsWith('proxmox_realm_'))).toEqual([]);
    // ... written by the platform engineer at onboarding: here into the shadow providers' store,
    // from which the Vault provider's data source read is answered (lib/rehearsal/model/vault/kv.ts).
    const datacenter = new FileObjectStore(path.join(root, 'datacenter'));
    for (const secret of fleetCiInputSecrets(loadFleetModel({ fleetFile: path.join(repo, 'fleet.yaml'), displayRoot: repo }))) {
      writeKvSecretV2(datacenter, secret);
      seededSecrets.push(...Object.values(secret.data));
    }
    seededSecrets.push(...secretNames.map((n) => `rehearsal-${n.replace(/_/g, '-')}`));
    const cliConfig = installRehearsalProviders(path.join(root, 'mirror'));
    writeVariablesFile(repo, {
      TF_CLI_CONFIG_FILE: cliConfig,
      SSL_CERT_FILE: ca.caCertFile,
      KOMMUNAL_SHADOW_STORE: { type: 'variable', values: { '*': path.join(root, 'datacenter') } },
      CI_JOB_TOKEN: JOB_TOKEN,
      PROXMOX_VE_ENDPOINT: 'https://pve.rehearsal.invalid:8006/',
      PROXMOX_VE_API_TOKEN: 'rehearsal@pve!ci=rehearsal-not-a-secret',
      // The tenant plan jobs' read-only token (lib/pipeline/credentials.ts PLAN_PROXMOX_TOKEN_VARIABLE).
      KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN: 'rehearsal-plan@pve!ci=rehearsal-not-a-secret',
      // The platform plan jobs' read-only token (PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE), protected, environment platform.
      KOMMUNAL_PLATFORM_PLAN_PROXMOX_VE_API_TOKEN: { type: 'variable', values: { platform: 'rehearsal-platform-plan@pve!ci=rehearsal-not-a-secret' } },
      // The platform job uploads the logging vendor data over SSH; env-check requires the pair.
      PROXMOX_VE_SSH_USERNAME: { type: 'variable', values: { platform: 'kommunal-snippets' } },
      PROXMOX_VE_SSH_PRIVATE_KEY: { type: 'variable', values: { platform: 'rehearsal-placeholder-not-a-key' } },
      VAULT_ADDR: 'https://vault.rehearsal.invalid:8200',
      VAULT_TOKEN: { type: 'variable', values: { platform: VAULT_TOKEN } },
      // GitLab sets the job's ID token (id_tokens); gitlab-ci-local does not, and the jobs run with
      // `set -u`, so the stand-in vault CLI gets a stand-in token.
      VAULT_ID_TOKEN: 'rehearsal-id-token',
      ...Object.fromEntries(secretNames.map((n) => [`TF_VAR_${n}`, `rehearsal-${n.replace(/_/g, '-')}`])),
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    });
    // Stand-in for `vault write -field=token auth/<mount>/login role=<role> jwt=<ID token>`: records the call.
    fs.writeFileSync(path.join(root, 'bin', 'vault'), [
      '#!/bin/sh',
      `echo "$*" >> '${path.join(root, 'vault-calls.log')}'`,
      'case "$1 $2 $3" in "write -field=token auth/"*/login) ;; *) echo "unexpected vault call: $*" >&2; exit 2 ;; esac',
      `echo ${VAULT_TOKEN}`,
      '',
    ].join('\n'), { mode: 0o755 });
    env = { PATH: `${path.join(root, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: path.join(root, 'home') };

    runs.push(await runPipeline(1));
    runs.push(await runPipeline(2));
    // eslint-disable-next-line no-console
    console.log(`gitlab-ci-local pipeline rehearsal: ${runs.map((r, i) => `run ${i + 1}: parent ${(r.parent.ms / 1000).toFixed(1)} s, child ${(r.child.ms / 1000).toFixed(1)} s`).join('; ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 1_200_000);

  afterAll(async () => {
    await server?.close();
    ca?.remove();
  });

  it('the parent runs generate, plan:platform and apply:platform, and triggers the child from the generate artifact', () => {
    for (const run of runs) {
      expect({ generate: run.parent.jobs.generate, plan: run.parent.jobs['plan:platform'], apply: run.parent.jobs['apply:platform'] }).toEqual({ generate: 0, plan: 0, apply: 0 });
      expect(run.parent.log('generate')).toContain('planning all 2 tenants');
      // The trigger started the generated child file: its plan jobs ran (inside the parent's process).
      for (const t of TENANTS) expect(run.parent.jobs).toHaveProperty([`plan:${t}`]);
    }
    // The platform was applied before any tenant job started.
    const out = runs[0].parent.output;
    expect(out.indexOf('apply:platform')).toBeGreaterThan(-1);
    expect(out.search(/apply:platform\s+finished in/)).toBeLessThan(out.search(/-> plan:/));
  });

  it('gap: inside the parent run, the child jobs lack the generate artifacts (needs: pipeline is ignored) and the trigger passes anyway', () => {
    const run = runs[0].parent;
    expect(run.output).toContain('plan:stadt-musterhausen.needs[0].job:generate ignored, pipeline key not supported');
    for (const t of TENANTS) {
      expect(run.jobs[`plan:${t}`]).toBe(2);
      expect(run.log(`plan:${t}`)).toContain(`no synthesized stack at ${STACKS}/${t}`);
    }
    // strategy: depend is not honoured: the process exits 0 although child jobs failed.
    expect(run.code).toBe(0);
  });

  it('the child, given the generate artifacts, plans, guards and applies both tenants', () => {
    const { child, childState } = runs[0];
    expect(child.jobs).toEqual(Object.fromEntries(TENANTS.flatMap((t) => [[`plan:${t}`, 0], [`apply:${t}`, 0]])));
    expect(child.code).toBe(0);
    for (const t of TENANTS) {
      // terraform's real plan JSON, kept as the plan job's artifact.
      const plan = planJson(childState, `plan:${t}`, t);
      expect(plan.terraform_version).toBe('1.11.4');
      expect(plan.format_version).toMatch(/^1\./);
      expect(actionsOf(plan)).toEqual(new Set(['create']));
      // The plan guard read that plan in the plan job and again in the apply job.
      const creates = (plan.resource_changes ?? []).filter((c) => c.change.actions.join() === 'create').length;
      for (const job of [`plan:${t}`, `apply:${t}`]) {
        expect(child.log(job)).toContain(`plan guard: tenant ${t} (state active), tool version 1.11.4`);
        expect(child.log(job)).toContain(`${creates} changes: ${creates} create, 0 update, 0 delete, 0 replace`);
        expect(child.log(job)).toMatch(/^ok: [1-9][0-9]* allowed, 0 approved, 0 rejected$/m);
      }
      // The apply job applied its own plan file, whose changes equal the reviewed plan's.
      expect(child.log(`apply:${t}`)).toMatch(/Apply complete! Resources: [1-9][0-9]* added, 0 changed, 0 destroyed/);
    }
    const calls = fs.readFileSync(path.join(root, 'vault-calls.log'), 'utf8');
    // The plan job logs in with the tenant's plan role, the apply job with its apply role.
    for (const t of TENANTS) expect(calls).toContain(`write -field=token auth/jwt-ci/login role=kommunen-${t}-ci-plan jwt=`);
    for (const t of TENANTS) expect(calls).toContain(`write -field=token auth/jwt-ci/login role=kommunen-${t}-ci jwt=`);
    // The platform jobs log in with the platform's own roles (lib/identity/platform-pipeline-login.ts), not a VAULT_TOKEN variable.
    expect(calls).toContain('write -field=token auth/jwt-ci/login role=kommunen-platform-ci-plan jwt=');
    expect(calls).toContain('write -field=token auth/jwt-ci/login role=kommunen-platform-ci jwt=');
  });

  it('the applied state is on the state server, one state per stack, unlocked', () => {
    for (const stack of ['platform', ...TENANTS]) {
      const stored = server.state(stack);
      expect(stored?.lock).toBeUndefined();
      const state = JSON.parse(stored?.data?.toString('utf8') ?? '{}') as { terraform_version?: string; resources?: { type: string }[] };
      expect(state.terraform_version).toBe('1.11.4');
      expect((state.resources ?? []).length).toBeGreaterThan(5);
    }
    const tenantState = JSON.parse(server.state('stadt-musterhausen')?.data?.toString('utf8') ?? '{}') as { resources: { type: string }[] };
    expect(tenantState.resources.map((r) => r.type)).toEqual(expect.arrayContaining(['proxmox_acl', 'vault_policy', 'proxmox_sdn_vnet']));
    // The jobs authenticated with the job token (the server refuses anything else with 401).
    expect(server.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('no artifact and no job output holds a secret: seeded pipeline inputs, TF_VAR_ secrets, the tenants\' Proxmox token secrets', () => {
    // The tenants' pipeline token secrets, as the providers returned them: in the tenant states.
    const states = ['platform', ...TENANTS].map((stack) => server.state(stack)?.data?.toString('utf8') ?? '');
    const tokens = TENANTS.flatMap((t) => {
      const state = JSON.parse(server.state(t)?.data?.toString('utf8') ?? '{}') as { resources?: { type: string; instances: { attributes: { value?: string } }[] }[] };
      return (state.resources ?? []).filter((r) => r.type === 'proxmox_user_token').flatMap((r) => r.instances.flatMap((i) => i.attributes.value ?? []));
    });
    expect(tokens).toHaveLength(TENANTS.length);
    const secrets = [...new Set([...seededSecrets, ...tokens])].filter((v) => v.length >= 8);
    // Not vacuous: the PBS passwords and keys reached the stacks (they are in the tenant states).
    const pbs = seededSecrets.filter((v) => v.startsWith('rehearsal-vault-pbs-'));
    expect(pbs).toHaveLength(2 * TENANTS.length);
    for (const v of pbs) expect(states.some((st) => st.includes(v))).toBe(true);

    // Every file of every job's artifacts (zip archives such as a binary plan read inside) and
    // gitlab-ci-local's job logs, of both pipelines, and the output of every run.
    const files = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()) : []);
    const contents = (file: string): string => {
      const bytes = fs.readFileSync(file);
      if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return bytes.toString('utf8');
      return execFileSync('unzip', ['-p', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    };
    const leaks: string[] = [];
    const searched: string[] = [];
    for (const run of runs) {
      for (const state of [run.parentState, run.childState]) {
        for (const file of [...files(path.join(state, 'artifacts')), ...files(path.join(state, 'output'))]) {
          searched.push(file);
          const text = contents(file);
          for (const v of secrets) if (text.includes(v)) leaks.push(`${path.relative(root, file)}: ${v}`);
        }
      }
      for (const [name, out] of [['parent output', run.parent.output], ['child output', run.child.output]] as const) {
        for (const v of secrets) if (out.includes(v)) leaks.push(`${name}: ${v}`);
      }
    }
    expect(searched.filter((f) => f.endsWith('/plan.json')).length).toBeGreaterThanOrEqual(2 * (1 + TENANTS.length));
    expect(leaks).toEqual([]);
    // The binary plan is no artifact; the kept plan JSON is redacted.
    expect(searched.filter((f) => f.endsWith('plan.cache'))).toEqual([]);
    expect(fs.readFileSync(artifact(runs[0].childState, `plan:${TENANTS[0]}`, `${STACKS}/${TENANTS[0]}/plan.json`), 'utf8')).toContain(REDACTED);
  });

  it('the apply job planned again, found the reviewed changes and guarded its own plan', () => {
    const { child } = runs[0];
    for (const t of TENANTS) {
      expect(child.log(`apply:${t}`)).toContain(`plan equals the reviewed plan ${STACKS}/${t}/plan.json`);
    }
  });

  it('a second pipeline plans no changes for the platform and both tenants', () => {
    const { parent, parentState, child, childState } = runs[1];
    expect(child.jobs).toEqual(Object.fromEntries(TENANTS.flatMap((t) => [[`plan:${t}`, 0], [`apply:${t}`, 0]])));
    const platform = planJson(parentState, 'plan:platform', 'platform');
    expect(actionsOf(platform)).toEqual(new Set(['no-op']));
    expect(parent.log('plan:platform')).toContain('No changes.');
    for (const t of TENANTS) {
      expect(actionsOf(planJson(childState, `plan:${t}`, t))).toEqual(new Set(['no-op']));
      expect(child.log(`plan:${t}`)).toContain('No changes.');
      expect(child.log(`plan:${t}`)).toContain('0 changes: 0 create, 0 update, 0 delete, 0 replace');
    }
  });
});
