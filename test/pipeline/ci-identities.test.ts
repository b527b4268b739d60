/**
 * CI identities of the generated pipelines (issue #14, deliverable 5): plan jobs log in with the
 * tenant's plan role, apply jobs (default branch only) with its apply role; every job script starts
 * with `set -euo pipefail` and installs without dev dependencies or install scripts; what the jobs
 * run needs no dev dependency. The job scripts run in bash with stand-in commands.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinModules } from 'module';
import { parse } from 'yaml';
import { credentialNeeds, missingCredentials, PLAN_PROXMOX_PRIVILEGES, PLAN_PROXMOX_TOKEN_VARIABLE } from '../../lib/pipeline/credentials';
import { generateGitlabPipelines, JOB_PROLOGUE, type GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
import { callsFor } from '../../lib/rehearsal/model/proxmox/calls';
import { exampleModel, synthModel } from '../helpers/fleet';
import { REPO } from './fixtures';

const HAS_BASH = spawnSync('bash', ['-c', 'true']).status === 0;
if (!HAS_BASH) console.warn('bash is not on PATH: the generated job scripts are not run');
const withBash = HAS_BASH ? it : it.skip;

type Job = { script?: string[]; before_script?: string[]; rules?: unknown; trigger?: unknown };

const OPTIONS: GitlabPipelineOptions = {
  tenants: [{ key: 'mainz', number: 1, vaultRole: 'kommunen-mainz-ci', vaultPlanRole: 'kommunen-mainz-ci-plan' }],
  selected: ['mainz'],
  fleetFile: 'fleet.yaml',
  vault: { mount: 'jwt-ci', audience: 'https://gitlab.example.org' },
  stateBackend: 'http',
};

function generated(options: GitlabPipelineOptions = OPTIONS): { parent: Record<string, Job>; child: Record<string, Job> & { default?: { before_script?: string[] } } } {
  const g = generateGitlabPipelines(options);
  return { parent: parse(g.parent.text), child: parse(Object.values(g.children)[0]) };
}

/** A job's whole script as the runner gets it: before_script (the child's default) + script. */
const fullScript = (job: Job, defaults: string[] = []): string[] => [...(job.before_script ?? defaults), ...(job.script ?? [])];

describe('CI identities and job shell options', () => {
  it('plan jobs log in with the plan role, apply jobs with the apply role, and only on the default branch', () => {
    const { child } = generated();
    const login = (job: Job) => (job.script ?? []).find((l) => l.startsWith('VAULT_TOKEN='));
    expect(login(child['plan:mainz'])).toContain(' role=kommunen-mainz-ci-plan jwt=');
    expect(login(child['apply:mainz'])).toContain(' role=kommunen-mainz-ci jwt=');
    expect(child['apply:mainz'].rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    // Without a plan role (older callers) the plan job keeps the one role.
    const single = generated({ ...OPTIONS, tenants: [{ key: 'mainz', number: 1, vaultRole: 'kommunen-mainz-ci' }] }).child;
    expect(login(single['plan:mainz'])).toContain(' role=kommunen-mainz-ci jwt=');
  });

  it('every job script starts with set -euo pipefail and npm ci --omit=dev --ignore-scripts', () => {
    const { parent, child } = generated();
    expect(JOB_PROLOGUE).toEqual(['set -euo pipefail', 'npm ci --omit=dev --ignore-scripts']);
    const scripts: [string, string[]][] = [
      ...Object.entries(parent).filter(([, j]) => j && typeof j === 'object' && Array.isArray(j.script)).map(([k, j]) => [`parent ${k}`, fullScript(j)] as [string, string[]]),
      ...Object.entries(child).filter(([, j]) => j && typeof j === 'object' && Array.isArray((j as Job).script)).map(([k, j]) => [`child ${k}`, fullScript(j as Job, child.default?.before_script)] as [string, string[]]),
    ];
    expect(scripts.map(([k]) => k).sort()).toEqual(['child apply:mainz', 'child plan:mainz', 'parent apply:platform', 'parent generate', 'parent plan:platform', 'parent realm-sync-jobs']);
    for (const [name, lines] of scripts) {
      expect([name, lines.slice(0, 2)]).toEqual([name, [...JOB_PROLOGUE]]);
      expect([name, lines.filter((l) => /\bnpm (ci|install|i)\b/.test(l))]).toEqual([name, ['npm ci --omit=dev --ignore-scripts']]);
    }
  });

  withBash('the whole plan and apply scripts run under set -u with what GitLab defines, and stop when the ID token is missing', () => {
    const { child } = generated();
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-ci-id-'));
    try {
      for (const name of ['npm', 'npx', 'vault', 'tfstub']) {
        // npx reads its stdin (`show -json … | npx kommunal redact-plan -`): without reading it the
        // writer of the pipe would die of SIGPIPE, and pipefail would fail the job.
        const body = name === 'vault' ? 'echo hvs.token' : name === 'tfstub' ? 'echo "tfstub $* (token $PROXMOX_VE_API_TOKEN)"' : name === 'npx' ? 'cat >/dev/null; echo "npx $*"' : `echo "${name} $*"`;
        fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
      }
      // GitLab's variables for a tenant job: the job's own (TENANT, TF_HTTP_*), the parent's TF_TOOL, the ID token.
      const gitlabEnv = {
        PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: bin, TF_TOOL: 'tfstub', TENANT: 'mainz', CI_JOB_TOKEN: 'job-token', TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: 'job-token', VAULT_ID_TOKEN: 'id-token',
        // On the protected default branch both Proxmox tokens are visible; each job takes its own.
        PROXMOX_VE_API_TOKEN: 'apply-token', KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN: 'plan-token',
      };
      const run = (job: Job, env: Record<string, string>) => {
        // The plan step writes plan.json into the stacks folder.
        fs.mkdirSync(path.join(bin, 'work/cdktf.out/stacks/mainz'), { recursive: true });
        return spawnSync('bash', ['--norc', '--noprofile', '-c', fullScript(job, child.default?.before_script).join('\n')], { cwd: path.join(bin, 'work'), encoding: 'utf8', env });
      };
      for (const job of ['plan:mainz', 'apply:mainz']) {
        const ok = run(child[job], gitlabEnv);
        expect({ job, status: ok.status, stderr: ok.stderr }).toEqual({ job, status: 0, stderr: '' });
        expect(ok.stdout).toContain(`tfstub -chdir=cdktf.out/stacks/mainz init -input=false (token ${job.startsWith('plan') ? 'plan-token' : 'apply-token'})`);
        expect(ok.stdout).toContain(`npx kommunal env-check cdktf.out/stacks/mainz --stage ${job.split(':')[0]}`);
        const { VAULT_ID_TOKEN: _dropped, ...noToken } = gitlabEnv;
        const stopped = run(child[job], noToken);
        expect(stopped.status).not.toBe(0);
        expect(stopped.stderr).toMatch(/VAULT_ID_TOKEN: unbound variable/);
        expect(stopped.stdout).not.toContain('tfstub -chdir=cdktf.out/stacks/mainz init');
      }
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('what the jobs run needs no dev dependency: every module the kommunal CLI loads is a dependency or built in', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const main = path.join(REPO, 'dist/lib/cli/main.js');
    expect(fs.existsSync(main)).toBe(true);
    const seen = new Set<string>();
    const bare = new Set<string>();
    const queue = [path.join(REPO, 'bin/kommunal.js')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/require\((["'])([^"']+)\1\)/g)) {
        const spec = m[2];
        if (spec.startsWith('.')) {
          const base = path.resolve(path.dirname(file), spec);
          const hit = [base, `${base}.js`, path.join(base, 'index.js')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
          if (hit !== undefined && hit.endsWith('.js')) queue.push(hit);
        } else {
          bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    const builtins = new Set(builtinModules.flatMap((b) => [b, `node:${b}`]));
    const outside = [...bare].filter((s) => !builtins.has(s) && !(s in pkg.dependencies)).sort();
    expect(outside).toEqual([]);
  });

  it('the jobs call only the kommunal CLI through npx, and every fleet project has kommunal-cdk as a runtime dependency', () => {
    const { parent, child } = generated();
    const lines = [...Object.values(parent), ...Object.values(child)].flatMap((j) => (j && typeof j === 'object' ? fullScript(j as Job) : []));
    const npx = lines.filter((l) => /\bnpx\b/.test(l));
    expect(npx.length).toBeGreaterThan(5);
    // Every npx call (at the start of a line or after a pipe) runs the kommunal CLI.
    expect(npx.filter((l) => /\bnpx (?!kommunal )/.test(l))).toEqual([]);
    for (const example of fs.readdirSync(path.join(REPO, 'examples'))) {
      const file = path.join(REPO, 'examples', example, 'package.json');
      if (!fs.existsSync(file)) continue;
      const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
      expect([example, Object.keys(p.dependencies ?? {})]).toEqual([example, expect.arrayContaining(['kommunal-cdk'])]);
    }
  });

  describe('credentials per stage', () => {
    const synth = synthModel(exampleModel('musterstadt'));
    const tenantStack = synth.stacks.musterstadt;

    it('env-check names the read-only Proxmox token for plan jobs and the protected one for apply jobs', () => {
      const plan = credentialNeeds(tenantStack, 'plan');
      const apply = credentialNeeds(tenantStack, 'apply');
      expect(plan.find((n) => n.what.startsWith('Proxmox VE API token'))).toEqual({ what: 'Proxmox VE API token of the plan jobs (a read-only PVE user, not protected)', anyOf: [PLAN_PROXMOX_TOKEN_VARIABLE] });
      expect(apply.find((n) => n.what.startsWith('Proxmox VE API token'))).toEqual({ what: 'Proxmox VE API token of the apply jobs (protected variable)', anyOf: ['TF_VAR_proxmox_api_token', 'PROXMOX_VE_API_TOKEN'] });
      expect(plan.find((n) => n.anyOf.includes('VAULT_TOKEN'))?.what).toMatch(/plan role/);
      expect(apply.find((n) => n.anyOf.includes('VAULT_TOKEN'))?.what).toMatch(/apply role/);
      // The apply token alone does not satisfy a plan job.
      const env = Object.fromEntries(apply.flatMap((n) => n.anyOf.slice(-1)).map((v) => [v, 'x']));
      expect(missingCredentials(apply, env)).toEqual([]);
      expect(missingCredentials(plan, env).map((n) => n.anyOf)).toEqual([[PLAN_PROXMOX_TOKEN_VARIABLE]]);
    });

    it("the plan token's grants cover every read-back GET of the tenant stack in the Proxmox call table, and hold no write privilege beyond the two those GETs check", () => {
      const holds = (aclPath: string, priv: string) => PLAN_PROXMOX_PRIVILEGES.some((g) => g.privileges.includes(priv) && (g.path === '/' || (g.path.startsWith('/storage/') && aclPath.startsWith('/storage/')) || (g.path.startsWith('/sdn/zones/') && aclPath.startsWith('/sdn/zones/'))));
      const gets: string[] = [];
      const uncovered: string[] = [];
      for (const [type, byName] of Object.entries((tenantStack.resource ?? {}) as Record<string, Record<string, Record<string, unknown>>>)) {
        for (const attrs of Object.values(byName)) {
          for (const c of callsFor({ typeName: type, action: 'create', prior: null, planned: attrs }, { kind: 'proxmox', userId: 'plan@pve' }, false) ?? []) {
            if (c.method !== 'GET') continue;
            for (const p of c.perms) {
              gets.push(`${type} ${c.path}`);
              const ok = p.kind === 'perm' ? (p.any ? p.privs.some((x) => holds(p.path, x)) : p.privs.every((x) => holds(p.path, x)))
                : p.kind === 'userid-group' ? p.privs.some((x) => holds('/access/groups', x))
                  : false;
              if (!ok) uncovered.push(`${type} ${c.path} ${JSON.stringify(p)}`);
            }
          }
        }
      }
      expect(gets.length).toBeGreaterThan(3);
      expect(gets.some((g) => g.includes(' /storage/'))).toBe(true);
      expect(gets.some((g) => g.includes(' /cluster/sdn/zones/'))).toBe(true);
      expect(uncovered).toEqual([]);
      const writes = ['VM.Allocate', 'VM.Config.Disk', 'Sys.Modify', 'Group.Allocate', 'User.Modify', 'Realm.Allocate', 'Realm.AllocateUser', 'Permissions.Modify', 'Pool.Allocate', 'Datastore.AllocateSpace'];
      expect(PLAN_PROXMOX_PRIVILEGES.flatMap((g) => g.privileges).filter((p) => writes.includes(p))).toEqual([]);
      expect(PLAN_PROXMOX_PRIVILEGES.filter((g) => g.path === '/').flatMap((g) => g.privileges).every((p) => p.endsWith('.Audit'))).toBe(true);
    });

    it('the parent header lists both Proxmox tokens with their stage', () => {
      const text = generateGitlabPipelines(OPTIONS).parent.text;
      expect(text).toMatch(/#\s+PROXMOX_VE_API_TOKEN\s+Proxmox VE API token of the apply jobs and the platform jobs; protected/);
      expect(text).toMatch(/#\s+KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN\s+tenant plan jobs: token of a read-only PVE user/);
    });
  });
});
