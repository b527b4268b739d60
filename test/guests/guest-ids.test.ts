/**
 * Guest VM IDs in the lock (lib/allocation/guest-ids.ts): stable under any sequence of guest
 * changes, never reused, and written and read back by both lock readers.
 */
import fc from 'fast-check';
import { recordGuestVmIds, type GuestCounts } from '../../lib/allocation/guest-ids';
import { parseLockFile, scanGeneratedLock, serializeLockFile } from '../../lib/allocation/lockfile';
import type { LockFile, TenantAllocation } from '../../lib/model/parameters';

const TENANT: TenantAllocation = {
  number: 0, code: 't0000', block: '10.0.0.0/24', segments: {}, vmIds: { start: 100000, end: 100049 }, pbsNamespace: 'kommunen/alpha',
};
const LOCK: LockFile = { version: 1, zoneType: 'vlan', tenants: { alpha: TENANT } };

function step(lock: LockFile, want: GuestCounts): LockFile {
  const r = recordGuestVmIds(lock, { alpha: want });
  if (r.problems.length > 0) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.lock;
}

describe('guest VM IDs', () => {
  it('hands out the lowest free IDs of the range, in guest name order', () => {
    const lock = step(LOCK, { fw: 1, dc: 2 });
    expect(lock.tenants.alpha.guests).toEqual({ dc: { vmIds: [100000, 100001] }, fw: { vmIds: [100002] } });
  });

  it('keeps a lock without guests unchanged (same object, no guests field)', () => {
    expect(recordGuestVmIds(LOCK, { alpha: {} }).lock).toBe(LOCK);
    expect(serializeLockFile(step(LOCK, {}))).not.toContain('guests');
  });

  it('retires a removed guest and keeps its IDs; naming it again restores them', () => {
    const one = step(LOCK, { dc: 2, fw: 1 });
    const two = step(one, { fw: 1, app: 1 });
    expect(two.tenants.alpha.guests).toEqual({ app: { vmIds: [100003] }, dc: { vmIds: [100000, 100001], retired: true }, fw: { vmIds: [100002] } });
    const three = step(two, { fw: 1, app: 1, dc: 1 });
    expect(three.tenants.alpha.guests!.dc).toEqual({ vmIds: [100000, 100001] });
  });

  it('property: a guest never changes an ID it holds, and no ID is ever held by two guests', () => {
    const names = ['app', 'dc', 'files', 'fw', 'web'];
    const counts = fc.dictionary(fc.constantFrom(...names), fc.integer({ min: 1, max: 4 }), { maxKeys: 5 });
    fc.assert(fc.property(fc.array(counts, { minLength: 1, maxLength: 8 }), (steps) => {
      let lock = LOCK;
      const seen = new Map<number, string>();
      for (const want of steps) {
        const before = lock.tenants.alpha.guests ?? {};
        lock = step(lock, want);
        const after = lock.tenants.alpha.guests ?? {};
        for (const [name, g] of Object.entries(before)) {
          // Existing IDs stay, in order, for every guest (kept, lowered, removed or restored).
          if (after[name].vmIds.slice(0, g.vmIds.length).join() !== g.vmIds.join()) return false;
          if (want[name] === undefined && after[name].retired !== true) return false;
        }
        for (const [name, g] of Object.entries(after)) {
          if (want[name] !== undefined && (g.vmIds.length < want[name] || g.retired === true)) return false;
          for (const id of g.vmIds) {
            if ((seen.get(id) ?? name) !== name || id < TENANT.vmIds.start || id > TENANT.vmIds.end) return false;
            seen.set(id, name);
          }
        }
      }
      return true;
    }), { seed: 18, numRuns: 200 });
  });

  it('reports a range without free IDs', () => {
    const small: LockFile = { ...LOCK, tenants: { alpha: { ...TENANT, vmIds: { start: 100000, end: 100001 } } } };
    const r = recordGuestVmIds(small, { alpha: { dc: 3 } });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'tenants.alpha.guests.dc', tenant: 'alpha' })]);
  });

  it('writes guests into the lock and reads them back with the scanner and the positioned parser', () => {
    const lock = step(step(LOCK, { dc: 2, fw: 1 }), { fw: 1 });
    const text = serializeLockFile(lock);
    expect(text).toContain('    guests:\n      dc: {vmIds: [100000, 100001], retired: true}\n      fw: {vmIds: [100002]}\n');
    expect(scanGeneratedLock(text)).toEqual(lock);
    expect(parseLockFile(text, 'fleet.lock.yaml')).toEqual(lock);
    // The positioned parser (hand-edited layout) reads the same.
    const edited = text.replace('fw: {vmIds: [100002]}', 'fw:\n        vmIds:\n          - 100002').replace(/^# integrity.*\n/m, '');
    expect(parseLockFile(edited, 'fleet.lock.yaml')).toEqual(lock);
  });

  it('refuses a lock whose guest IDs leave the range or are held twice', () => {
    const bad: LockFile = { ...LOCK, tenants: { alpha: { ...TENANT, guests: { dc: { vmIds: [100000, 99999] }, fw: { vmIds: [100000] } } } } };
    const text = serializeLockFile(bad).replace(/^# integrity.*\n/m, '');
    expect(() => parseLockFile(text, 'fleet.lock.yaml')).toThrow(/VM ID 99999 of guest "dc" is outside the tenant's range 100000-100049[\s\S]*VM ID 100000 is held by guest "dc" and guest "fw"/);
  });
});
