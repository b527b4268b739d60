/**
 * Moving a tenant between clusters (issue #17, deliverable 5): the steps recorded in the lock
 * (lib/allocation/move.ts), how the lock writes and reads them, and how placement counts a move.
 */
import { moveTenant } from '../../lib/allocation/move';
import { placeTenants } from '../../lib/allocation/placement';
import { parseLockFile, scanGeneratedLock, serializeLockFile } from '../../lib/allocation/lockfile';
import { checkLockConsistency } from '../../lib/allocation/consistency';
import type { LockFile, TenantAllocation } from '../../lib/model/parameters';

function entry(n: number, extra: Partial<TenantAllocation> = {}): TenantAllocation {
  return {
    number: n, code: `t${String(n).padStart(4, '0')}`, block: `10.0.${n}.0/24`, segments: {}, vmIds: { start: 100000 + n * 1000, end: 100999 + n * 1000 },
    pbsNamespace: `kommunen/t${n}`, ...extra,
  };
}
const lockOf = (tenants: Record<string, TenantAllocation>): LockFile => ({ version: 1, zoneType: 'vlan', tenants });
const clusters = [{ id: 'ka', maxTenants: 2 }, { id: 'kb', maxTenants: 2 }];

describe('moveTenant: the steps of a move', () => {
  const start = lockOf({ x: entry(1, { cluster: 'ka' }), y: entry(2, { cluster: 'ka' }) });

  it('start, switch, finish: phase 1 records moveTo, phase 2 flips the cluster and records movedFrom', () => {
    const one = moveTenant(start, { tenant: 'x', step: 'start', to: 'kb', clusters });
    expect(one.problems).toEqual([]);
    expect(one.changed).toBe(true);
    expect(one.lock.tenants.x).toEqual(entry(1, { cluster: 'ka', moveTo: 'kb' }));
    expect(one.lock.tenants.y).toBe(start.tenants.y);
    const two = moveTenant(one.lock, { tenant: 'x', step: 'switch', clusters });
    expect(two.lock.tenants.x).toEqual(entry(1, { cluster: 'kb', movedFrom: 'ka' }));
    const three = moveTenant(two.lock, { tenant: 'x', step: 'finish', clusters });
    expect(three.lock.tenants.x).toEqual(entry(1, { cluster: 'kb' }));
    // Numbers, addresses, VM IDs and the PBS namespace never change in a move.
    expect({ ...three.lock.tenants.x, cluster: 'ka' }).toEqual(start.tenants.x);
  });

  it('is resumable: repeating a step that is done returns the same lock, unchanged', () => {
    const one = moveTenant(start, { tenant: 'x', step: 'start', to: 'kb', clusters });
    const again = moveTenant(one.lock, { tenant: 'x', step: 'start', to: 'kb', clusters });
    expect(again).toMatchObject({ changed: false, problems: [] });
    expect(again.lock).toBe(one.lock);
    const two = moveTenant(one.lock, { tenant: 'x', step: 'switch', clusters });
    expect(moveTenant(two.lock, { tenant: 'x', step: 'switch', clusters })).toMatchObject({ changed: false, problems: [] });
    // Start again after the switch (the operator re-runs the whole runbook): nothing changes either.
    expect(moveTenant(two.lock, { tenant: 'x', step: 'start', to: 'kb', clusters })).toMatchObject({ changed: false, problems: [] });
    expect(moveTenant(start, { tenant: 'x', step: 'finish', clusters })).toMatchObject({ changed: false, problems: [] });
  });

  it('cancel undoes phase 1 only', () => {
    const one = moveTenant(start, { tenant: 'x', step: 'start', to: 'kb', clusters });
    expect(moveTenant(one.lock, { tenant: 'x', step: 'cancel', clusters }).lock.tenants.x).toEqual(start.tenants.x);
    const two = moveTenant(one.lock, { tenant: 'x', step: 'switch', clusters });
    const late = moveTenant(two.lock, { tenant: 'x', step: 'cancel', clusters });
    expect(late.problems).toEqual([expect.objectContaining({ path: 'tenants.x.movedFrom', message: expect.stringContaining('start a move to "ka"') })]);
    expect(late.lock).toBe(two.lock);
  });

  it('refuses a full target, an unknown or equal target, a second move and a switch without a start; the lock stays as it was', () => {
    const full = lockOf({ x: entry(1, { cluster: 'ka' }), y: entry(2, { cluster: 'kb' }), z: entry(3, { cluster: 'ka', moveTo: 'kb' }) });
    const cases = [
      [full, { tenant: 'x', step: 'start', to: 'kb' }, 'clusters.kb.maxTenants', 'fleet'],
      [start, { tenant: 'x', step: 'start', to: 'kc' }, 'tenants.x.moveTo', 'fleet'],
      [start, { tenant: 'x', step: 'start', to: 'ka' }, 'tenants.x.cluster', 'lock'],
      [full, { tenant: 'z', step: 'start', to: 'kc' }, 'tenants.z.moveTo', 'fleet'],
      [full, { tenant: 'z', step: 'finish' }, 'tenants.z.moveTo', 'lock'],
      [start, { tenant: 'x', step: 'switch' }, 'tenants.x.moveTo', 'lock'],
      [start, { tenant: 'nobody', step: 'start', to: 'kb' }, 'tenants.nobody', 'lock'],
      [lockOf({ x: entry(1) }), { tenant: 'x', step: 'start', to: 'kb' }, 'tenants.x.cluster', 'lock'],
    ] as const;
    for (const [lock, request, path, file] of cases) {
      const r = moveTenant(lock, { ...request, clusters });
      expect([r.changed, r.problems.map((p) => [p.path, p.file])]).toEqual([false, [[path, file]]]);
      expect(r.lock).toBe(lock);
    }
    // The full cluster's message names the count and the limit.
    expect(moveTenant(full, { tenant: 'x', step: 'start', to: 'kb', clusters }).problems[0].message).toContain('would put 3 tenants there (placed and moving in), above its maxTenants 2');
    // Without clusters nothing can move.
    expect(moveTenant(start, { tenant: 'x', step: 'start', to: 'kb', clusters: [] }).problems.map((p) => p.path)).toEqual(['clusters']);
  });
});

describe('the lock records a move', () => {
  it('writes moveTo and movedFrom after the cluster and reads them back (scanner and positioned parser)', () => {
    const lock = lockOf({ xxx: entry(1, { cluster: 'ka', moveTo: 'kb' }), yyy: entry(2, { cluster: 'kb', movedFrom: 'ka' }), zzz: entry(3, { cluster: 'ka' }) });
    const text = serializeLockFile(lock);
    expect(text).toContain('    cluster: ka\n    moveTo: kb\n');
    expect(text).toContain('    cluster: kb\n    movedFrom: ka\n');
    expect(scanGeneratedLock(text)).toEqual(lock);
    expect(parseLockFile(text, 'fleet.lock.yaml')).toEqual(lock);
    const unsealed = text.replace(/^# integrity: .*\n/m, '').replace('    moveTo: kb\n', '    moveTo: "kb"\n');
    expect(parseLockFile(unsealed, 'fleet.lock.yaml').tenants.xxx.moveTo).toBe('kb');
  });

  it('a lock without a move is written exactly as before', () => {
    const lock = lockOf({ xxx: entry(1, { cluster: 'ka' }) });
    expect(serializeLockFile(lock)).not.toMatch(/move/);
  });

  it('refuses a move without a cluster, both phases at once, or a move to the same cluster', () => {
    const bad = lockOf({ aaa: entry(1, { moveTo: 'kb' }), bbb: entry(2, { cluster: 'ka', moveTo: 'kb', movedFrom: 'kc' }), ccc: entry(3, { cluster: 'ka', moveTo: 'ka' }) });
    expect(checkLockConsistency(bad).map((p) => p.path)).toEqual(['tenants.aaa.moveTo', 'tenants.bbb.movedFrom', 'tenants.ccc.moveTo']);
    const text = serializeLockFile(bad).replace(/^# integrity: .*\n/m, '');
    expect(() => parseLockFile(text, 'fleet.lock.yaml')).toThrow(/moveTo "kb" and movedFrom "kc"/);
  });
});

describe('placement with a move under way', () => {
  it('counts a tenant in phase 1 on both clusters and accepts a pin on either end', () => {
    const lock = lockOf({ x: entry(1, { cluster: 'ka', moveTo: 'kb' }), y: entry(2, { cluster: 'kb' }) });
    const ok = placeTenants({ clusters, tenants: { x: { pin: 'kb' }, y: {} } }, lock);
    expect(ok.problems).toEqual([]);
    expect(ok.lock).toEqual(lock);
    expect(placeTenants({ clusters, tenants: { x: { pin: 'ka' }, y: {} } }, lock).problems).toEqual([]);
    // A new tenant does not get the seat the move reserved: kb holds y and the moving x.
    const added = placeTenants({ clusters, tenants: { x: {}, y: {}, z: {} }, added: ['z'] }, lockOf({ ...lock.tenants, z: entry(3) }));
    expect(added.lock.tenants.z.cluster).toBe('ka');
    const over = placeTenants({ clusters: [{ id: 'ka', maxTenants: 2 }, { id: 'kb', maxTenants: 1 }], tenants: { x: {}, y: {} } }, lock);
    expect(over.problems.map((p) => p.path)).toEqual(['clusters.kb.maxTenants']);
  });

  it('a pin on the old cluster after the switch names the move command', () => {
    const lock = lockOf({ x: entry(1, { cluster: 'kb', movedFrom: 'ka' }) });
    const r = placeTenants({ clusters, tenants: { x: { pin: 'ka' } } }, lock);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('`kommunal move-tenant x --to ka`')]);
  });

  it('refuses a move to a cluster the fleet does not declare', () => {
    const r = placeTenants({ clusters, tenants: { x: {} } }, lockOf({ x: entry(1, { cluster: 'ka', moveTo: 'gone' }) }));
    expect(r.problems.map((p) => p.path)).toEqual(['tenants.x.moveTo']);
  });
});
