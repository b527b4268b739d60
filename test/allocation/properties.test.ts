import fc from 'fast-check';
import { allocate, TenantRequest } from '../../lib/allocation/allocate';
import { checkLockConsistency } from '../../lib/allocation/consistency';
import { AllocationError } from '../../lib/allocation/errors';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import type { LockFile, SegmentName, ZoneType } from '../../lib/model/parameters';
import { request } from './fixtures';

const OPTIONAL: SegmentName[] = ['dmz', 'schools', 'iot'];
const keyArb = fc.stringMatching(/^[a-z][a-z0-9]{2,7}$/);
const tenantArb: fc.Arbitrary<TenantRequest> = fc.record({
  size: fc.constantFrom('s' as const, 'm' as const),
  optional: fc.subarray(OPTIONAL),
}).map(({ size, optional }) => {
  const segments: Partial<Record<SegmentName, number>> = size === 's'
    ? { management: 26, servers: 25, clients: 24 } : { management: 26, servers: 24, clients: 23 };
  for (const o of optional) segments[o] = o === 'dmz' ? 27 : 26;
  return { size, segments };
});
const fleetArb = fc.dictionary(keyArb, tenantArb, { minKeys: 1, maxKeys: 25 });
const zoneArb = fc.constantFrom<ZoneType>('vlan', 'qinq', 'vxlan', 'evpn');
const SUPERNETS = { supernets: ['10.64.0.0/14', '172.16.0.0/12'] };

const run = (zt: ZoneType, t: Record<string, TenantRequest>, prev?: LockFile) => allocate(request(zt, t, SUPERNETS), prev);

describe('allocation properties', () => {
  it('inserting tenants never changes an existing allocation and never reuses a number', () => {
    fc.assert(fc.property(zoneArb, fleetArb, fleetArb, (zt, base, extra) => {
      const first = run(zt, base).lock;
      const next = run(zt, { ...extra, ...base }, first).lock;
      for (const k of Object.keys(base)) expect(next.tenants[k]).toEqual(first.tenants[k]);
      const oldMax = Math.max(...Object.values(first.tenants).map((t) => t.number));
      for (const k of Object.keys(next.tenants)) if (!(k in base)) expect(next.tenants[k].number).toBeGreaterThan(oldMax);
      expect(checkLockConsistency(next)).toEqual([]);
    }), { numRuns: 60 });
  });

  it('removing tenants retires them with unchanged reservations; others stay; later tenants get fresh numbers', () => {
    fc.assert(fc.property(zoneArb, fleetArb, fc.array(fc.nat()), keyArb, (zt, base, picks, newcomer) => {
      const keys = Object.keys(base);
      const removed = new Set(picks.map((p) => keys[p % keys.length]));
      const kept = Object.fromEntries(keys.filter((k) => !removed.has(k)).map((k) => [k, base[k]]));
      const first = run(zt, base).lock;
      const second = run(zt, kept, first);
      for (const k of keys) {
        if (removed.has(k)) expect(second.lock.tenants[k]).toEqual({ ...first.tenants[k], retired: true });
        else expect(second.lock.tenants[k]).toEqual(first.tenants[k]);
      }
      fc.pre(!(newcomer in base));
      const third = run(zt, { ...kept, [newcomer]: base[keys[0]] }, second.lock).lock;
      const usedNumbers = new Set(Object.values(first.tenants).map((t) => t.number));
      expect(usedNumbers.has(third.tenants[newcomer].number)).toBe(false);
      for (const k of keys) expect(third.tenants[k]).toEqual(second.lock.tenants[k]);
    }), { numRuns: 60 });
  });

  it('the order of tenants in the request does not matter', () => {
    fc.assert(fc.property(zoneArb, fleetArb, fc.nat(), (zt, base, seed) => {
      const entries = Object.entries(base);
      const rotated = entries.slice(seed % entries.length).concat(entries.slice(0, seed % entries.length)).reverse();
      expect(run(zt, Object.fromEntries(rotated)).lock).toEqual(run(zt, base).lock);
    }), { numRuns: 40 });
  });

  it('lockfiles round-trip exactly', () => {
    fc.assert(fc.property(zoneArb, fleetArb, fleetArb, (zt, a, b) => {
      const first = run(zt, a).lock;
      const lock = run(zt, b, first).lock; // a mix of retired and active tenants
      const text = serializeLockFile(lock);
      const parsed = parseLockFile(text, 'fleet.lock.yaml');
      expect(parsed).toEqual(lock);
      expect(serializeLockFile(parsed)).toBe(text);
    }), { numRuns: 40 });
  });

  it('pinned numbers are honoured or reported as a conflict naming both tenants', () => {
    fc.assert(fc.property(fleetArb, keyArb, fc.integer({ min: 1, max: 40 }), (base, pinnedKey, n) => {
      fc.pre(!(pinnedKey in base));
      const first = run('evpn', base).lock;
      const holder = Object.keys(first.tenants).find((k) => first.tenants[k].number === n);
      const pinned = { ...base, [pinnedKey]: { ...Object.values(base)[0], pins: { number: n } } };
      if (holder === undefined) {
        const lock = run('evpn', pinned, first).lock;
        expect(lock.tenants[pinnedKey].number).toBe(n);
        expect(lock.tenants[pinnedKey].pinned).toEqual(['number']);
      } else {
        expect(() => run('evpn', pinned, first)).toThrow(AllocationError);
        expect(() => run('evpn', pinned, first)).toThrow(`tenants.${pinnedKey}.pins.number: pinned number ${n} is already used by tenant "${holder}"`);
      }
    }), { numRuns: 60 });
  });
});
