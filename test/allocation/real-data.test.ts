import { describeIfGemeinden, Gemeinde, loadGemeinden } from '../helpers/shared-data';
import { checkSdnId, checkVlanTag, checkVmId, checkVni, checkPbsNamespace } from '../../lib/model/identifier-rules';
import { assignTenantKeys } from '../../lib/model/tenant-key';
import { mustReadCidr } from '../../lib/allocation/addresses';
import { allocate, AllocationRequest } from '../../lib/allocation/allocate';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { cidrEnd } from '../../lib/core/ipv4';
import type { LockFile, ZoneType } from '../../lib/model/parameters';

function fleet(rows: readonly Gemeinde[], zoneType: ZoneType): AllocationRequest {
  const keys = assignTenantKeys(loadGemeinden());
  return {
    zoneType, supernets: ['10.0.0.0/8'], vmIdBase: 100_000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen',
    tenants: Object.fromEntries(rows.map((g) => [keys.get(g.ags)!, { size: 's', segments: { management: 26, servers: 25, clients: 24 } }])),
  };
}

function expectUniqueAndValid(lock: LockFile): void {
  const tenants = Object.values(lock.tenants);
  const problems: string[] = [];
  const check = (p: string | undefined) => { if (p !== undefined) problems.push(p); };
  const sdnIds = new Set<string>();
  const vnis = new Set<number>();
  for (const t of tenants) {
    for (const id of [t.zone, ...Object.values(t.segments).map((s) => s!.vnet)]) {
      if (id === undefined) continue;
      check(checkSdnId(id));
      if (sdnIds.has(id)) problems.push(`duplicate SDN ID ${id}`);
      sdnIds.add(id);
    }
    check(checkVmId(t.vmIds.start));
    check(checkVmId(t.vmIds.end));
    check(checkPbsNamespace(t.pbsNamespace));
    if (lock.zoneType === 'qinq') {
      check(checkVlanTag(t.zoneTag));
      for (const s of Object.values(t.segments)) check(checkVlanTag(s!.tag));
    }
    if (lock.zoneType === 'evpn') {
      for (const v of [t.zoneTag!, ...Object.values(t.segments).map((s) => s!.tag)]) {
        check(checkVni(v));
        if (vnis.has(v)) problems.push(`duplicate VNI ${v}`);
        vnis.add(v);
      }
    }
  }
  if (lock.zoneType === 'qinq' && new Set(tenants.map((t) => t.zoneTag)).size !== tenants.length) problems.push('duplicate service tags');
  // No overlapping subnets anywhere: sort all segment subnets by start address and compare neighbours.
  const nets = tenants.flatMap((t) => Object.values(t.segments).map((s) => mustReadCidr(s!.cidr))).sort((a, b) => a.network - b.network);
  for (let i = 1; i < nets.length; i++) if (nets[i].network < cidrEnd(nets[i - 1])) problems.push(`subnet overlap at index ${i}`);
  const vm = tenants.map((t) => t.vmIds).sort((a, b) => a.start - b.start);
  for (let i = 1; i < vm.length; i++) if (vm[i].start <= vm[i - 1].end) problems.push(`VM ID overlap at ${vm[i].start}`);
  expect(sdnIds.size).toBeGreaterThan(tenants.length * 3 - 1);
  expect(problems).toEqual([]);
}

describeIfGemeinden('allocation of real fleets', () => {
  const rlp = () => loadGemeinden().filter((g) => g.ags.startsWith('07'));

  it('fails when Rheinland-Pfalz uses a vlan zone, with the exhaustion message', () => {
    expect(() => allocate(fleet(rlp(), 'vlan'))).toThrow(
      'VLAN tags exhausted: 2,301 tenants × 3 segments need 6,903 tags, a vlan zone has 4,093 (2–4094); use zoneType qinq or evpn in fleet.yaml',
    );
  });

  it('allocates Rheinland-Pfalz with qinq: unique, valid IDs, tags, subnets and VM IDs; the lock round-trips', () => {
    const { lock, added } = allocate(fleet(rlp(), 'qinq'));
    expect(added).toHaveLength(2_301);
    expectUniqueAndValid(lock);
    const text = serializeLockFile(lock);
    expect(serializeLockFile(parseLockFile(text, 'rlp.lock.yaml'))).toBe(text);
  });

  it('fails when Germany uses qinq: more tenants than service tags', () => {
    expect(() => allocate(fleet(loadGemeinden(), 'qinq'))).toThrow(
      'QinQ service tags exhausted: 10,793 tenants need 10,793 service tags, a bridge has 4,093 (2–4094); use zoneType evpn (or vxlan) in fleet.yaml',
    );
  });

  // Speed is measured by `npm run bench`, not asserted here.
  it('allocates all 10,793 German municipalities with evpn validly', () => {
    const { lock } = allocate(fleet(loadGemeinden(), 'evpn'));
    expect(Object.keys(lock.tenants)).toHaveLength(10793);
    expectUniqueAndValid(lock);
  });
});
