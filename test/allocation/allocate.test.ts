import { dhcpRangeOf, gatewayOf } from '../../lib/allocation/addresses';
import { allocate, requestFromFleet } from '../../lib/allocation/allocate';
import { AllocationError } from '../../lib/allocation/errors';
import { serializeLockFile } from '../../lib/allocation/lockfile';
import type { FleetFile } from '../../lib/model/parameters';
import { BASIC, request, tenants } from './fixtures';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AllocationError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('expected an AllocationError');
}

describe('allocate: zone types', () => {
  it('vlan: platform-wide zone, each segment the lowest free VLAN tag', () => {
    const { lock } = allocate(request('vlan', tenants('beta', 'alpha')));
    expect(lock.tenants.alpha).toEqual({
      number: 1, code: 't0001', block: '10.64.0.0/22',
      segments: {
        management: { vnet: 't0001mg', tag: 2, cidr: '10.64.0.0/26' },
        servers: { vnet: 't0001sv', tag: 3, cidr: '10.64.0.128/25' },
        clients: { vnet: 't0001cl', tag: 4, cidr: '10.64.1.0/24' },
      },
      vmIds: { start: 101_000, end: 101_999 }, pbsNamespace: 'kommunen/alpha',
    });
    expect(lock.tenants.beta.segments.management!.tag).toBe(5);
    expect(lock.tenants.beta.block).toBe('10.64.4.0/22');
  });

  it('qinq: per-tenant zone with the lowest free service tag; customer tags from the catalogue', () => {
    const { lock } = allocate(request('qinq', tenants('alpha', 'beta')));
    expect(lock.tenants.beta).toMatchObject({ number: 2, code: 't0002', zone: 'z0002', zoneTag: 3 });
    expect(lock.tenants.beta.segments.servers).toEqual({ vnet: 't0002sv', tag: 20, cidr: '10.64.4.128/25' });
  });

  it('vxlan: platform-wide zone, VNI = 100000 + number*16 + slot', () => {
    const { lock } = allocate(request('vxlan', tenants('alpha', 'beta')));
    expect(lock.tenants.beta.zone).toBeUndefined();
    expect(lock.tenants.beta.segments.clients!.tag).toBe(100_000 + 2 * 16 + 2);
  });

  it('evpn: per-tenant zone whose VRF VNI is slot 15 of the tenant range', () => {
    const { lock } = allocate(request('evpn', tenants('alpha', 'beta')));
    expect(lock.tenants.alpha).toMatchObject({ zone: 'z0001', zoneTag: 100_031 });
    expect(lock.tenants.alpha.segments.management!.tag).toBe(100_016);
  });

  it('places optional segments first-fit, aligned, in catalogue order', () => {
    const { lock } = allocate(request('evpn', { full: { size: 's', segments: { management: 26, servers: 25, clients: 24, dmz: 27, schools: 24, iot: 26 } } }));
    const cidrs = Object.fromEntries(Object.entries(lock.tenants.full.segments).map(([k, v]) => [k, v!.cidr]));
    expect(cidrs).toEqual({
      management: '10.64.0.0/26', servers: '10.64.0.128/25', clients: '10.64.1.0/24',
      dmz: '10.64.0.64/27', schools: '10.64.2.0/24', iot: '10.64.3.0/26',
    });
  });

  it('uses the supernets in the order given and mixes block sizes without overlap', () => {
    const { lock } = allocate(request('evpn', {
      aaa: BASIC,
      bbb: { size: 'l', segments: { management: 25, servers: 23, clients: 22 } },
      ccc: BASIC,
    }, { supernets: ['10.200.0.0/21', '10.64.0.0/16'] }));
    expect([lock.tenants.aaa.block, lock.tenants.bbb.block, lock.tenants.ccc.block]).toEqual(['10.200.0.0/22', '10.64.0.0/20', '10.200.4.0/22']);
  });

  it('builds the request from fleet.yaml with vetted defaults', () => {
    const fleet = { network: { zoneType: 'evpn', supernets: ['10.0.0.0/8'] }, backup: {} } as unknown as FleetFile;
    expect(requestFromFleet(fleet, {})).toEqual({
      zoneType: 'evpn', supernets: ['10.0.0.0/8'], vmIdBase: 100_000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen', tenants: {},
    });
  });
});

describe('allocate: stability', () => {
  const first = () => allocate(request('qinq', tenants('alpha', 'beta', 'gamma'))).lock;

  it('keeps existing tenants byte-for-byte and appends new ones after the highest number', () => {
    const prev = first();
    const next = allocate(request('qinq', tenants('aaa', 'alpha', 'beta', 'gamma')), prev);
    expect(next.added).toEqual(['aaa']);
    for (const k of ['alpha', 'beta', 'gamma']) expect(next.lock.tenants[k]).toEqual(prev.tenants[k]);
    expect(next.lock.tenants.aaa).toMatchObject({ number: 4, zoneTag: 5 });
  });

  it('retires a removed tenant, keeps its reservation, never reuses its number and restores it on return', () => {
    const prev = first();
    const r1 = allocate(request('qinq', tenants('alpha', 'gamma', 'delta')), prev);
    expect(r1.retired).toEqual(['beta']);
    expect(r1.lock.tenants.beta).toEqual({ ...prev.tenants.beta, retired: true });
    expect(r1.lock.tenants.delta.number).toBe(4);
    expect(r1.lock.tenants.delta.block).toBe('10.64.12.0/22');
    const r2 = allocate(request('qinq', tenants('alpha', 'beta', 'gamma', 'delta')), r1.lock);
    expect(r2.restored).toEqual(['beta']);
    expect(r2.lock.tenants.beta).toEqual(prev.tenants.beta);
  });

  it('adds a segment inside the existing block and retires a removed one without freeing it', () => {
    const prev = first();
    const r1 = allocate(request('qinq', { ...tenants('alpha', 'gamma'), beta: { size: 's', segments: { management: 26, servers: 25, clients: 24, dmz: 27 } } }), prev);
    expect(r1.segmentsAdded).toEqual(['beta.dmz']);
    expect(r1.lock.tenants.beta.segments.dmz).toEqual({ vnet: 't0002dz', tag: 40, cidr: '10.64.4.64/27' });
    const r2 = allocate(request('qinq', tenants('alpha', 'beta', 'gamma')), r1.lock);
    expect(r2.segmentsRetired).toEqual(['beta.dmz']);
    expect(r2.lock.tenants.beta.segments.dmz).toEqual({ vnet: 't0002dz', tag: 40, cidr: '10.64.4.64/27', retired: true });
    const r3 = allocate(request('qinq', { ...tenants('alpha', 'gamma'), beta: { size: 's', segments: { management: 26, servers: 25, clients: 24, dmz: 27, iot: 26 } } }), r2.lock);
    expect(r3.lock.tenants.beta.segments.dmz).toEqual({ vnet: 't0002dz', tag: 40, cidr: '10.64.4.64/27' });
    expect(r3.lock.tenants.beta.segments.iot!.cidr).toBe('10.64.6.0/26');
  });

  it('is deterministic: the same input gives the same lockfile text', () => {
    const a = serializeLockFile(allocate(request('vlan', tenants('xx1', 'xx2', 'xx3'))).lock);
    const b = serializeLockFile(allocate(request('vlan', tenants('xx3', 'xx2', 'xx1'))).lock);
    expect(a).toBe(b);
  });
});

describe('allocate: pins', () => {
  it('honours a pinned number, block, service tag and segment cidr/tag', () => {
    const { lock } = allocate(request('qinq', {
      alpha: BASIC,
      migrated: {
        ...BASIC,
        pins: { number: 500, block: '10.64.128.0/21', zoneTag: 100, segments: { servers: { cidr: '10.64.130.0/25', tag: 120 } } },
      },
      zulu: BASIC,
    }));
    expect(lock.tenants.migrated).toMatchObject({ number: 500, code: 't00dw', zone: 'z00dw', zoneTag: 100, block: '10.64.128.0/21' });
    expect(lock.tenants.migrated.segments.servers).toEqual({ vnet: 't00dwsv', tag: 120, cidr: '10.64.130.0/25' });
    expect(lock.tenants.migrated.segments.management!.cidr).toBe('10.64.128.0/26');
    expect(lock.tenants.migrated.pinned).toEqual(['number', 'block', 'zoneTag', 'segments.servers.cidr', 'segments.servers.tag']);
    expect(lock.tenants.alpha.number).toBe(501);
    expect(lock.tenants.zulu.number).toBe(502);
  });

  it('fails when a pin collides with another tenant, naming both', () => {
    const prev = allocate(request('qinq', tenants('alpha'))).lock;
    expect(problemsOf(() => allocate(request('qinq', {
      alpha: BASIC,
      beta: { ...BASIC, pins: { number: 1, block: '10.64.2.0/23', zoneTag: 2 } },
    }), prev))).toEqual([
      'tenants.beta.pins.number: pinned number 1 is already used by tenant "alpha"',
      'tenants.beta.pins.block: pinned block 10.64.2.0/23 overlaps block 10.64.0.0/22 of tenant "alpha"',
      'tenants.beta.pins.zoneTag: pinned zoneTag 2 is already used by tenant "alpha"',
    ]);
  });

  it('fails when a pin contradicts the lock', () => {
    const prev = allocate(request('qinq', tenants('alpha'))).lock;
    expect(problemsOf(() => allocate(request('qinq', { alpha: { ...BASIC, pins: { number: 7 } } }), prev))).toEqual([
      'tenants.alpha.pins.number: pinned number 7 differs from 1 in fleet.lock.yaml; allocations are stable: remove the pin or change the lockfile deliberately',
    ]);
  });
});

describe('allocate: bad input, one test per error class', () => {
  const S = BASIC;
  it.each<[string, () => unknown, string[]]>([
    ['the zone type is unknown', () => allocate(request('mpls' as never, {})), ['zoneType: "mpls" is not a zone type; allowed: vlan, qinq, vxlan, evpn']],
    ['the zone type changes against the lock', () => allocate(request('evpn', tenants('alpha')), allocate(request('vlan', tenants('alpha'))).lock),
      ['zoneType: fleet.lock.yaml was allocated for zoneType "vlan" but fleet.yaml asks for "evpn"; changing the zone type of an allocated fleet is a migration: plan it and regenerate the lock deliberately']],
    ['there is no supernet', () => allocate(request('vlan', {}, { supernets: [] })), ['supernets: at least one IPv4 supernet is needed, e.g. ["10.64.0.0/12"]']],
    ['a supernet has host bits', () => allocate(request('vlan', {}, { supernets: ['10.64.0.1/16'] })), ['supernets[0]: "10.64.0.1/16" has host bits set; the network is 10.64.0.0/16']],
    ['a supernet is not a CIDR', () => allocate(request('vlan', {}, { supernets: ['10.300.0.0/16'] })), ['supernets[0]: "10.300.0.0/16" has an octet outside 0-255 or with a leading zero']],
    ['supernets overlap', () => allocate(request('vlan', {}, { supernets: ['10.0.0.0/8', '10.64.0.0/16'] })), ['supernets: supernet 10.0.0.0/8 overlaps supernet 10.64.0.0/16; supernets must be disjoint']],
    ['the VM ID base is too low', () => allocate(request('vlan', {}, { vmIdBase: 99 })), ['vmIdBase: 99 is not allowed; use an integer from 100 to 999,999,999']],
    ['the PBS root is invalid', () => allocate(request('vlan', {}, { pbsNamespaceRoot: 'a b' })),
      ["pbsNamespaceRoot: PBS namespace \"a b\": PBS namespace component \"a b\": must match ^[A-Za-z0-9_][A-Za-z0-9._-]*$ (a letter, digit or '_', then letters, digits, '.', '-' and '_') (the tenant key is appended as one more level)"]],
    ['a tenant key is invalid', () => allocate(request('vlan', { Mainz: S })), ["tenants.Mainz: tenant key \"Mainz\": only lower-case letters a-z, digits and '-' are allowed"]],
    ['a size is unknown', () => allocate(request('vlan', { alpha: { ...S, size: 'xl' as never } })), ['tenants.alpha.size: "xl" is not a size profile; allowed: s, m, l']],
    ['a segment is not in the catalogue', () => allocate(request('vlan', { alpha: { ...S, segments: { ...S.segments, voip: 26 } as never } })),
      ['tenants.alpha.segments.voip: "voip" is not a catalogue segment; allowed: management, servers, clients, dmz, schools, iot']],
    ['a mandatory segment is missing', () => allocate(request('vlan', { alpha: { size: 's', segments: { management: 26, servers: 25 } } })),
      ['tenants.alpha.segments: segment "clients" is mandatory for every tenant and missing']],
    ['a prefix length is out of bounds', () => allocate(request('vlan', { alpha: { ...S, segments: { ...S.segments, clients: 30 } } })),
      ['tenants.alpha.segments.clients: prefix length 30 is not allowed; use an integer from 20 to 28 that fits the tenant block']],
    ['a segment is larger than the block', () => allocate(request('vlan', { alpha: { ...S, segments: { ...S.segments, clients: 21 } } })),
      ['tenants.alpha.segments.clients: prefix length /21 is larger than the tenant block (/22); use /22 or longer']],
    ['the free space of a block is used up', () => allocate(request('vlan', { alpha: { ...S, segments: { management: 22, servers: 25, clients: 24 } } })),
      [
        'tenants.alpha.segments.servers: segment "servers" (/25) does not fit into the free space of block 10.64.0.0/22; choose a longer prefix length or a larger size profile',
        'tenants.alpha.segments.clients: segment "clients" (/24) does not fit into the free space of block 10.64.0.0/22; choose a longer prefix length or a larger size profile',
      ]],
    ['the address space is exhausted', () => allocate(request('vlan', tenants('a01', 'a02', 'a03'), { supernets: ['10.64.0.0/21'] })),
      ['supernets: address space exhausted: 1 tenant (a03) found no free /22 block in 10.64.0.0/21; add a supernet to network.supernets in fleet.yaml']],
    ['VLAN tags are exhausted', () => allocate(request('vlan', Object.fromEntries(Array.from({ length: 1365 }, (_, i) => [`k${i + 1000}`, S])), { supernets: ['10.0.0.0/8'] })),
      ['zoneType: VLAN tags exhausted: 1,365 tenants × 3 segments need 4,095 tags, a vlan zone has 4,093 (2–4094); use zoneType qinq or evpn in fleet.yaml']],
    ['QinQ service tags are exhausted', () => allocate(request('qinq', Object.fromEntries(Array.from({ length: 4094 }, (_, i) => [`k${i + 10000}`, S])), { supernets: ['10.0.0.0/8'] })),
      ['zoneType: QinQ service tags exhausted: 4,094 tenants need 4,094 service tags, a bridge has 4,093 (2–4094); use zoneType evpn (or vxlan) in fleet.yaml']],
    ['VM IDs are exhausted', () => allocate(request('evpn', tenants('alpha', 'beta'), { vmIdBase: 999_998_000 })),
      ['compute: VM IDs exhausted: tenant number 2 would get VM IDs up to 1,000,000,999, above 999,999,999; lower compute.vmIdsPerTenant or compute.vmIdBase in fleet.yaml']],
    ['VNIs are exhausted', () => allocate(request('vxlan', { alpha: { ...S, pins: { number: 1_042_326 } } }, { vmIdsPerTenant: 100 })),
      ['zoneType: VNIs exhausted: tenant number 1,042,326 would need a VNI above 16,777,215; at most 1,042,325 tenants fit the 24-bit VNI space']],
    ['a pin is not supported by the zone type', () => allocate(request('evpn', { alpha: { ...S, pins: { zoneTag: 7 } } })),
      ['tenants.alpha.pins.zoneTag: pins.zoneTag is not supported for zoneType evpn; only for qinq']],
    ['a pinned segment cidr has no pinned block', () => allocate(request('vlan', { alpha: { ...S, pins: { segments: { servers: { cidr: '10.64.0.128/25' } } } } })),
      ['tenants.alpha.pins.segments.servers.cidr: pinning the cidr of segment "servers" needs pins.block as well']],
    ['a pinned segment cidr lies outside the block', () => allocate(request('vlan', { alpha: { ...S, pins: { block: '10.64.0.0/22', segments: { servers: { cidr: '10.65.0.0/25' } } } } })),
      ['tenants.alpha.pins.segments.servers.cidr: pinned cidr 10.65.0.0/25 of segment "servers" is not inside the tenant block 10.64.0.0/22']],
    ['a segment is resized against the lock', () => allocate(request('vlan', { alpha: { ...S, segments: { ...S.segments, clients: 25 } } }), allocate(request('vlan', tenants('alpha'))).lock),
      ['tenants.alpha.segments.clients: segment "clients" is allocated as 10.64.1.0/24 but the request asks for /25; resizing an allocated segment is a migration: keep /24 or plan the move']],
    ['the size changes against the lock', () => allocate(request('vlan', { alpha: { size: 'm', segments: S.segments } }), allocate(request('vlan', tenants('alpha'))).lock),
      ['tenants.alpha.size: size "m" needs a /21 block but the lock holds 10.64.0.0/22; an allocated block is never moved or resized: keep the size or plan a migration']],
  ])('fails when %s', (_name, fn, expected) => {
    expect(problemsOf(fn)).toEqual(expected);
  });

  it('collects all problems into one error message', () => {
    expect(() => allocate(request('vlan', { alpha: { ...S, size: 'xl' as never } }, { supernets: [], vmIdBase: 1 }))).toThrow(
      'fleet allocation failed with 3 problems:\n'
      + '  - supernets: at least one IPv4 supernet is needed, e.g. ["10.64.0.0/12"]\n'
      + '  - vmIdBase: 1 is not allowed; use an integer from 100 to 999,999,999\n'
      + '  - tenants.alpha.size: "xl" is not a size profile; allowed: s, m, l',
    );
  });
});

describe('gatewayOf / dhcpRangeOf', () => {
  it('uses the first host as gateway and the upper half without broadcast for DHCP', () => {
    expect(gatewayOf('10.64.1.0/24')).toBe('10.64.1.1');
    expect(dhcpRangeOf('10.64.1.0/24')).toEqual({ start: '10.64.1.128', end: '10.64.1.254' });
    expect(dhcpRangeOf('10.64.0.0/22')).toEqual({ start: '10.64.2.0', end: '10.64.3.254' });
  });

  it('fails when the subnet is too small', () => {
    expect(() => dhcpRangeOf('10.0.0.0/30')).toThrow('dhcpRangeOf("10.0.0.0/30"): a DHCP segment needs at least a /29');
    expect(() => gatewayOf('10.0.0.0/31')).toThrow('gatewayOf("10.0.0.0/31"): a segment needs at least a /30');
  });
});
