import { allocate } from '../../lib/allocation/allocate';
import { parseLockFile, scanGeneratedLock, serializeLockFile } from '../../lib/allocation/lockfile';
import { exampleModel } from '../helpers/fleet';

describe('reading a generated lock without the YAML parser', () => {
  const lock = exampleModel('landkreis-fleet').lock;
  const text = serializeLockFile(lock);

  it('scans the generated layout to the same lock', () => {
    expect(scanGeneratedLock(text)).toEqual(lock);
    expect(parseLockFile(text, 'fleet.lock.yaml')).toEqual(lock);
  });

  it('scans retired tenants and segments, pins and blueprint versions', () => {
    const base = lock.tenants['stadt-musterhausen'];
    const withExtras = {
      ...lock,
      tenants: {
        ...lock.tenants,
        'stadt-musterhausen': { ...base, retired: true, pinned: ['block', 'number'], blueprint: 2, segments: { ...base.segments, schools: { ...base.segments.schools!, retired: true } } },
      },
    };
    const t = serializeLockFile(withExtras);
    expect(scanGeneratedLock(t)).toEqual(withExtras);
  });

  it('falls back to the positioned parser for hand-written layouts, with the same result', () => {
    const reordered = text.replace('version: 1\nzoneType: evpn\n', 'zoneType: evpn\nversion: 1\n');
    expect(scanGeneratedLock(reordered)).toBeUndefined();
    expect(parseLockFile(reordered, 'fleet.lock.yaml')).toEqual(lock);
    const commented = text.replace('tenants:\n', 'tenants: # all of them\n');
    expect(parseLockFile(commented, 'fleet.lock.yaml')).toEqual(lock);
  });

  it('fails with positions when a generated-looking lock holds a bad value', () => {
    const bad = text.replace('block: 10.96.0.0/22', 'block: 10.96.0.1/22');
    expect(() => parseLockFile(bad, 'fleet.lock.yaml')).toThrow(/fleet\.lock\.yaml:\d+:\d+/);
  });

  it('round-trips a freshly allocated lock through the scanner', () => {
    const fresh = allocate({
      zoneType: 'qinq', supernets: ['10.0.0.0/16'], vmIdBase: 100000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen',
      tenants: { alpha: { size: 's', segments: { management: 26, servers: 25, clients: 24 } }, beta: { size: 'm', segments: { management: 26, servers: 24, clients: 23, iot: 26 } } },
    }).lock;
    expect(scanGeneratedLock(serializeLockFile(fresh))).toEqual(fresh);
  });
});
