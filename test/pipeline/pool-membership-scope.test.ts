/**
 * A tenant plan may add storages to its own pool only, and only the fleet's guest storages: a
 * storage member carries the pool's roles onto `/storage/<id>` (pve-access-control
 * RPCEnvironment.pm `$compile_acl_path`), so another tenant's PBS storage as a member would hand
 * this tenant's admins that tenant's backups.
 */
import { guardPlan } from '../../lib/pipeline/plan-guard';
import type { PlanJson } from '../../lib/pipeline/plan-json';
import { exampleModel } from '../helpers/fleet';

const model = exampleModel('musterstadt');
const spec = model.specs.musterstadt!;

function planOf(members: Record<string, unknown>[]): PlanJson {
  return {
    formatVersion: '1.2',
    toolVersion: '1.11.4',
    resourceChanges: members.map((after, i) => ({ address: `proxmox_pool_membership.M${i}`, mode: 'managed', type: 'proxmox_pool_membership', change: { actions: ['create'], before: null, after } })),
  };
}

const decide = (p: PlanJson) => guardPlan(p, spec, { date: '2026-12-05' }).decisions.map((d) => `${d.scope} ${d.verdict}${d.reasons.length > 0 ? `: ${d.reasons.join('; ')}` : ''}`);

describe('pool memberships in a tenant plan', () => {
  it('accepts the fleet guest storages as members of the tenant pool', () => {
    expect(spec.compute.guestStorages).toEqual(['local-lvm']);
    expect(decide(planOf([{ pool_id: spec.compute.pool, storage_id: 'local-lvm' }]))).toEqual(['inside allowed']);
  });

  it('refuses another storage, another pool and a guest outside the VM ID range', () => {
    const other = Object.values(model.specs).find((s) => s.key !== spec.key);
    const foreignStorage = other?.backup.storageId ?? 'pbs-x';
    const r = decide(planOf([
      { pool_id: spec.compute.pool, storage_id: foreignStorage },
      { pool_id: 'kom-other', storage_id: 'local-lvm' },
      { pool_id: spec.compute.pool, vm_id: spec.compute.vmIds.end + 1 },
    ]));
    expect(r[0]).toMatch(new RegExp(`^outside rejected: .*storage_id "${foreignStorage}".*guest storages \\(local-lvm\\)`));
    expect(r[1]).toMatch(/^outside rejected: .*pool_id "kom-other"/);
    expect(r[2]).toMatch(/^outside rejected: .*vm_id/);
  });
});
