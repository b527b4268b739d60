/**
 * Pipelines of a fleet with clusters (issue #17): each cluster's platform stack gets its own plan
 * and apply job, and a chunk of tenants waits for the platform of every cluster its tenants are on.
 * A fleet of one cluster keeps exactly the jobs it had. With the platform CI identities (#14) the
 * cluster platform jobs run in default-branch pipelines only, as `plan:platform` does: checked on
 * the YAML and by gitlab-ci-local's evaluation of the rules for a merge request pipeline.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { generateGitlabPipelines, type GitlabPipelineOptions, type PipelineTenant } from '../../lib/pipeline/gitlab';
import { GITLAB_CI_LOCAL, gitlabCiLocalUnavailable } from '../helpers/gitlab-ci-local';
import { git, gitlabValidator, HAS_GITLAB_SCHEMA, PLATFORM_ROLES_PIPELINE } from './fixtures';

type Job = { needs?: unknown[]; environment?: { name: string }; resource_group?: string; script?: string[] };

function parentOf(tenants: PipelineTenant[], chunkSize = 2, legacyCluster?: string): Record<string, Job> {
  const out = generateGitlabPipelines({ tenants, selected: tenants.map((t) => t.key), fleetFile: 'fleet.yaml', stateBackend: 'http', chunkSize, ...(legacyCluster !== undefined ? { legacyCluster } : {}) });
  return parse(out.parent.text) as Record<string, Job>;
}

/** The header of the parent pipeline (its leading comment lines). */
function headerOf(tenants: PipelineTenant[], legacyCluster?: string): string {
  const out = generateGitlabPipelines({ tenants, selected: tenants.map((t) => t.key), fleetFile: 'fleet.yaml', stateBackend: 'http', ...(legacyCluster !== undefined ? { legacyCluster } : {}) });
  return out.parent.text.split('\n').filter((l) => l.startsWith('#')).join('\n');
}

describe('pipelines of a fleet with clusters', () => {
  it('plans and applies each cluster\'s platform and orders it before the chunks of its tenants', () => {
    const parent = parentOf([
      { key: 'alpha', number: 1, cluster: 'ka' },
      { key: 'beta', number: 2, cluster: 'ka' },
      { key: 'gamma', number: 3, cluster: 'kb' },
    ]);
    const jobs = Object.keys(parent).filter((k) => /^(plan|apply|tenants):/.test(k)).sort();
    expect(jobs).toEqual(['apply:platform', 'apply:platform-ka', 'apply:platform-kb', 'plan:platform', 'plan:platform-ka', 'plan:platform-kb', 'tenants:chunk-000', 'tenants:chunk-001']);
    expect(parent['apply:platform-kb'].environment?.name).toBe('platform-kb');
    expect(parent['apply:platform-kb'].resource_group).toBe('platform-kb');
    expect(parent['plan:platform-kb'].script?.some((l) => l.includes('-chdir=cdktf.out/stacks/platform-kb'))).toBe(true);
    const needs = (job: string) => (parent[job].needs ?? []).map((n) => (typeof n === 'string' ? n : (n as { job: string }).job));
    // Chunk size 2: chunk 0 holds numbers 1-2 (alpha, beta on ka), chunk 1 number 3 (gamma on kb).
    expect(needs('tenants:chunk-000')).toEqual(['generate', 'apply:platform', 'apply:platform-ka']);
    expect(needs('tenants:chunk-001')).toEqual(['generate', 'apply:platform', 'apply:platform-kb']);
  });

  it('a fleet of one cluster has only the platform jobs it had', () => {
    const parent = parentOf([{ key: 'alpha', number: 1 }, { key: 'beta', number: 2 }]);
    expect(Object.keys(parent).filter((k) => k.includes('platform')).sort()).toEqual(['apply:platform', 'plan:platform']);
  });

  it('the legacy cluster\'s Proxmox part is in `platform`: no platform-<legacy> jobs, its tenants wait for apply:platform only', () => {
    const tenants: PipelineTenant[] = [
      { key: 'alpha', number: 1, cluster: 'ka' },
      { key: 'beta', number: 2, cluster: 'ka' },
      { key: 'gamma', number: 3, cluster: 'kb' },
    ];
    const parent = parentOf(tenants, 2, 'ka');
    const jobs = Object.keys(parent).filter((k) => /^(plan|apply|tenants):/.test(k)).sort();
    expect(jobs).toEqual(['apply:platform', 'apply:platform-kb', 'plan:platform', 'plan:platform-kb', 'tenants:chunk-000', 'tenants:chunk-001']);
    const needs = (job: string) => (parent[job].needs ?? []).map((n) => (typeof n === 'string' ? n : (n as { job: string }).job));
    expect(needs('tenants:chunk-000')).toEqual(['generate', 'apply:platform']);
    expect(needs('tenants:chunk-001')).toEqual(['generate', 'apply:platform', 'apply:platform-kb']);
    // The header says where the legacy cluster's Proxmox credentials go; without one it says nothing new.
    expect(headerOf(tenants, 'ka')).toContain('except the legacy cluster ka\'s, which go to platform');
    expect(headerOf(tenants)).not.toContain('legacy cluster');
  });
});

describe('cluster platform jobs in merge request pipelines', () => {
  type Ruled = { rules?: unknown };
  const doc = (o: GitlabPipelineOptions) => parse(generateGitlabPipelines(o).parent.text) as Record<string, Ruled>;
  const withRoles = doc(PLATFORM_ROLES_PIPELINE);
  const withoutRoles = doc({ ...PLATFORM_ROLES_PIPELINE, vault: { mount: 'jwt-ci', audience: 'https://gitlab.example' } });

  it('with the platform CI identities, plan:platform-<id> has plan:platform\'s default-branch rule, apply:platform-<id> apply:platform\'s', () => {
    expect(withRoles['plan:platform'].rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(withRoles['plan:platform-nord'].rules).toEqual(withRoles['plan:platform'].rules);
    expect(withRoles['apply:platform-nord'].rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    expect(withRoles['apply:platform-nord'].rules).toEqual(withRoles['apply:platform'].rules);
  });

  it('without them, the cluster plan job has no rule, like plan:platform', () => {
    expect(withoutRoles['plan:platform'].rules).toBeUndefined();
    expect(withoutRoles['plan:platform-nord'].rules).toBeUndefined();
  });

  (HAS_GITLAB_SCHEMA ? it : it.skip)('the parent with cluster jobs validates against the GitLab CI schema', () => {
    const validate = gitlabValidator();
    expect(validate(withRoles) ? [] : validate.errors).toEqual([]);
  });

  const unavailable = gitlabCiLocalUnavailable();
  if (unavailable !== undefined) {
    // eslint-disable-next-line no-console
    console.warn(`Skipping the gitlab-ci-local rule evaluation of the cluster platform jobs: ${unavailable}`);
  }
  (unavailable === undefined ? it : it.skip)('gitlab-ci-local: a merge request pipeline runs no platform job, a default-branch pipeline every one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-cluster-rules-'));
    try {
      fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), generateGitlabPipelines(PLATFORM_ROLES_PIPELINE).parent.text);
      git(dir, ['init', '-q', '-b', 'main']);
      git(dir, ['add', '.gitlab-ci.yml']);
      git(dir, ['commit', '-q', '-m', 'pipeline']);
      // Jobs of the pipeline as gitlab-ci-local 4.72.0 evaluates workflow and job rules (`--list-csv`:
      // `when: never` excluded). Without a remote its CI_DEFAULT_BRANCH is `main`.
      const list = (variables: readonly string[]): string[] => {
        const r = spawnSync(GITLAB_CI_LOCAL, ['--list-csv', '--home', dir, ...variables], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir } });
        if (r.status !== 0) throw new Error(`gitlab-ci-local --list-csv failed (${r.status}): ${r.stderr}`);
        return r.stdout.trim().split('\n').slice(1).map((l) => l.split(';')[0]).sort();
      };
      expect(list([])).toEqual(['apply:platform', 'apply:platform-nord', 'generate', 'plan:platform', 'plan:platform-nord', 'realm-sync-jobs', 'tenants:chunk-000']);
      git(dir, ['checkout', '-q', '-b', 'feature']);
      expect(list(['--variable', 'CI_PIPELINE_SOURCE=merge_request_event', '--ignore-predefined-vars', 'CI_PIPELINE_SOURCE'])).toEqual(['generate', 'tenants:chunk-000']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
