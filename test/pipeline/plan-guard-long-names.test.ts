/**
 * bpg offers most types under a long (`proxmox_virtual_environment_<x>`) and a short (`proxmox_<x>`)
 * name with one schema; a tenant stack written before the upgrade to short names (lib/upgrade)
 * still plans the long ones. The guard judges a long-named object exactly as the short-named one:
 * found by the upgrade rehearsal (test/rehearsal/lifecycle/upgrade.test.ts), where the fail-closed
 * guard refused the long-named PBS storage of musterstadt as an unknown type, and a delete of it
 * needed no approval before (it was no protected class).
 */
import * as fs from 'fs';
import * as path from 'path';
import { guardPlan } from '../../lib/pipeline/plan-guard';
import { parsePlanJson, type PlanJson } from '../../lib/pipeline/plan-json';
import { classifyResource } from '../../lib/pipeline/resource-classes';
import { PROVIDER_TYPE_MOVES } from '../../lib/model/provider-types';
import { exampleModel } from '../helpers/fleet';
import { PLANS } from './fixtures';

type Raw = { address: string; mode: string; type: string; name: string; change: { actions: string[]; before: unknown; after: unknown } };
const first = (JSON.parse(fs.readFileSync(path.join(PLANS, 'real', 'musterstadt-first.json'), 'utf8')) as { resource_changes: Raw[] }).resource_changes;
const musterstadt = exampleModel('musterstadt').specs.musterstadt!;
const planOf = (changes: readonly Raw[]): PlanJson =>
  parsePlanJson(JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes }), 'plan.json');

/** The real create of the PBS storage, renamed to the long type name. */
const storage = first.find((c) => c.type === 'proxmox_storage_pbs')!;
const long = (actions: string[], before: unknown, after: unknown): Raw => ({
  ...storage,
  type: 'proxmox_virtual_environment_storage_pbs',
  address: storage.address.replace('proxmox_storage_pbs', 'proxmox_virtual_environment_storage_pbs'),
  change: { actions, before, after },
});

describe('the guard judges long-named bpg types as their short names', () => {
  it('a long-named create of the tenant\'s PBS storage is the tenant\'s, as the short-named one', () => {
    const r = guardPlan(planOf([long(['create'], null, storage.change.after)]), musterstadt, { date: '2026-12-05' });
    expect(r.decisions.map((d) => ({ verdict: d.verdict, scope: d.scope }))).toEqual([{ verdict: 'allowed', scope: 'inside' }]);
  });

  it('a long-named delete of the PBS storage is a protected backup delete that needs an approval', () => {
    const r = guardPlan(planOf([long(['delete'], storage.change.after, null)]), musterstadt, { date: '2026-12-05' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0]!.category).toBe('backup');
  });

  it('a long-named PBS storage of another tenant is outside', () => {
    const foreign = { ...(storage.change.after as Record<string, unknown>), id: 'pbs-t9999' };
    const r = guardPlan(planOf([long(['create'], null, foreign)]), musterstadt, { date: '2026-12-05' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0]!.reasons.join('\n')).toMatch(/pbs-t9999/);
  });
});

describe('the rule tables are written for the short names; every long alias is judged by them', () => {
  it('classifies each long alias of a classified short name as the short name', () => {
    for (const [long, short] of PROVIDER_TYPE_MOVES) {
      expect({ long, cls: classifyResource(long, {}, {}) }).toEqual({ long, cls: classifyResource(short, {}, {}) });
    }
  });
});
