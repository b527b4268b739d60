/**
 * Pipelines of a fleet with clusters (issue #17): each cluster's platform stack gets its own plan
 * and apply job, and a chunk of tenants waits for the platform of every cluster its tenants are on.
 * A fleet of one cluster keeps exactly the jobs it had.
 */
import { parse } from 'yaml';
import { generateGitlabPipelines, type PipelineTenant } from '../../lib/pipeline/gitlab';

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
