"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const shared_data_1 = require("../helpers/shared-data");
const naming_1 = require("../../lib/naming");
const allocation_1 = require("../../lib/allocation");
function fleet(rows, zoneType) {
    const keys = (0, naming_1.assignTenantKeys)((0, shared_data_1.loadGemeinden)());
    return {
        zoneType, supernets: ['10.0.0.0/8'], vmIdBase: 100_000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen',
        tenants: Object.fromEntries(rows.map((g) => [keys.get(g.ags), { size: 's', segments: { management: 26, servers: 25, clients: 24 } }])),
    };
}
function expectUniqueAndValid(lock) {
    const tenants = Object.values(lock.tenants);
    const problems = [];
    const check = (p) => { if (p !== undefined)
        problems.push(p); };
    const sdnIds = new Set();
    const vnis = new Set();
    for (const t of tenants) {
        for (const id of [t.zone, ...Object.values(t.segments).map((s) => s.vnet)]) {
            if (id === undefined)
                continue;
            check((0, naming_1.checkSdnId)(id));
            if (sdnIds.has(id))
                problems.push(`duplicate SDN ID ${id}`);
            sdnIds.add(id);
        }
        check((0, naming_1.checkVmId)(t.vmIds.start));
        check((0, naming_1.checkVmId)(t.vmIds.end));
        check((0, naming_1.checkPbsNamespace)(t.pbsNamespace));
        if (lock.zoneType === 'qinq') {
            check((0, naming_1.checkVlanTag)(t.zoneTag));
            for (const s of Object.values(t.segments))
                check((0, naming_1.checkVlanTag)(s.tag));
        }
        if (lock.zoneType === 'evpn') {
            for (const v of [t.zoneTag, ...Object.values(t.segments).map((s) => s.tag)]) {
                check((0, naming_1.checkVni)(v));
                if (vnis.has(v))
                    problems.push(`duplicate VNI ${v}`);
                vnis.add(v);
            }
        }
    }
    if (lock.zoneType === 'qinq' && new Set(tenants.map((t) => t.zoneTag)).size !== tenants.length)
        problems.push('duplicate service tags');
    // No overlapping subnets anywhere: sort all segment subnets by start address and compare neighbours.
    const nets = tenants.flatMap((t) => Object.values(t.segments).map((s) => (0, allocation_1.mustParseCidr)(s.cidr))).sort((a, b) => a.start - b.start);
    for (let i = 1; i < nets.length; i++)
        if (nets[i].start < (0, allocation_1.endOf)(nets[i - 1]))
            problems.push(`subnet overlap at index ${i}`);
    const vm = tenants.map((t) => t.vmIds).sort((a, b) => a.start - b.start);
    for (let i = 1; i < vm.length; i++)
        if (vm[i].start <= vm[i - 1].end)
            problems.push(`VM ID overlap at ${vm[i].start}`);
    expect(sdnIds.size).toBeGreaterThan(tenants.length * 3 - 1);
    expect(problems).toEqual([]);
}
(0, shared_data_1.describeIfGemeinden)('allocation of real fleets', () => {
    const rlp = () => (0, shared_data_1.loadGemeinden)().filter((g) => g.ags.startsWith('07'));
    it('fails when Rheinland-Pfalz uses a vlan zone, with the exhaustion message', () => {
        expect(() => (0, allocation_1.allocate)(fleet(rlp(), 'vlan'))).toThrow('VLAN tags exhausted: 2,301 tenants × 3 segments need 6,903 tags, a vlan zone has 4,093 (2–4094); use zoneType qinq or evpn in fleet.yaml');
    });
    it('allocates Rheinland-Pfalz with qinq: unique, valid IDs, tags, subnets and VM IDs; the lock round-trips', () => {
        const { lock, added } = (0, allocation_1.allocate)(fleet(rlp(), 'qinq'));
        expect(added).toHaveLength(2_301);
        expectUniqueAndValid(lock);
        const text = (0, allocation_1.serializeLockFile)(lock);
        expect((0, allocation_1.serializeLockFile)((0, allocation_1.parseLockFile)(text, 'rlp.lock.yaml'))).toBe(text);
    });
    it('fails when Germany uses qinq: more tenants than service tags', () => {
        expect(() => (0, allocation_1.allocate)(fleet((0, shared_data_1.loadGemeinden)(), 'qinq'))).toThrow('QinQ service tags exhausted: 10,793 tenants need 10,793 service tags, a bridge has 4,093 (2–4094); use zoneType evpn (or vxlan) in fleet.yaml');
    });
    // Speed is measured by `npm run bench`, not asserted here.
    it('allocates all 10,793 German municipalities with evpn validly', () => {
        const { lock } = (0, allocation_1.allocate)(fleet((0, shared_data_1.loadGemeinden)(), 'evpn'));
        expect(Object.keys(lock.tenants)).toHaveLength(10793);
        expectUniqueAndValid(lock);
    });
});
