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
import { generateGitlabPipelines, JOB_PROLOGUE, type GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
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
        const body = name === 'vault' ? 'echo hvs.token' : `echo "${name} $*"`;
        fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
      }
      // GitLab's variables for a tenant job: the job's own (TENANT, TF_HTTP_*), the parent's TF_TOOL, the ID token.
      const gitlabEnv = { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: bin, TF_TOOL: 'tfstub', TENANT: 'mainz', CI_JOB_TOKEN: 'job-token', TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: 'job-token', VAULT_ID_TOKEN: 'id-token' };
      const run = (job: Job, env: Record<string, string>) => {
        // The plan step writes plan.json into the stacks folder.
        fs.mkdirSync(path.join(bin, 'work/cdktf.out/stacks/mainz'), { recursive: true });
        return spawnSync('bash', ['--norc', '--noprofile', '-c', fullScript(job, child.default?.before_script).join('\n')], { cwd: path.join(bin, 'work'), encoding: 'utf8', env });
      };
      for (const job of ['plan:mainz', 'apply:mainz']) {
        const ok = run(child[job], gitlabEnv);
        expect({ job, status: ok.status, stderr: ok.stderr }).toEqual({ job, status: 0, stderr: '' });
        expect(ok.stdout).toContain('tfstub -chdir=cdktf.out/stacks/mainz init -input=false');
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
    expect(npx.filter((l) => !/^npx kommunal /.test(l))).toEqual([]);
    for (const example of fs.readdirSync(path.join(REPO, 'examples'))) {
      const file = path.join(REPO, 'examples', example, 'package.json');
      if (!fs.existsSync(file)) continue;
      const p = JSON.parse(fs.readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
      expect([example, Object.keys(p.dependencies ?? {})]).toEqual([example, expect.arrayContaining(['kommunal-cdk'])]);
    }
  });
});
