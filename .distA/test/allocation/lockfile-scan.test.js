"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const allocate_1 = require("../../lib/allocation/allocate");
const lockfile_1 = require("../../lib/allocation/lockfile");
const fleet_1 = require("../helpers/fleet");
describe('reading a generated lock without the YAML parser', () => {
    const lock = (0, fleet_1.exampleModel)('landkreis-fleet').lock;
    const text = (0, lockfile_1.serializeLockFile)(lock);
    it('scans the generated layout to the same lock', () => {
        expect((0, lockfile_1.scanGeneratedLock)(text)).toEqual(lock);
        expect((0, lockfile_1.parseLockFile)(text, 'fleet.lock.yaml')).toEqual(lock);
    });
    it('scans retired tenants and segments, pins and blueprint versions', () => {
        const base = lock.tenants['stadt-musterhausen'];
        const withExtras = {
            ...lock,
            tenants: {
                ...lock.tenants,
                'stadt-musterhausen': { ...base, retired: true, pinned: ['block', 'number'], blueprint: 2, segments: { ...base.segments, schools: { ...base.segments.schools, retired: true } } },
            },
        };
        const t = (0, lockfile_1.serializeLockFile)(withExtras);
        expect((0, lockfile_1.scanGeneratedLock)(t)).toEqual(withExtras);
    });
    it('falls back to the positioned parser for hand-written layouts, with the same result', () => {
        const reordered = text.replace('version: 1\nzoneType: evpn\n', 'zoneType: evpn\nversion: 1\n');
        expect((0, lockfile_1.scanGeneratedLock)(reordered)).toBeUndefined();
        expect((0, lockfile_1.parseLockFile)(reordered, 'fleet.lock.yaml')).toEqual(lock);
        const commented = text.replace('tenants:\n', 'tenants: # all of them\n');
        expect((0, lockfile_1.parseLockFile)(commented, 'fleet.lock.yaml')).toEqual(lock);
    });
    it('fails with positions when a generated-looking lock holds a bad value', () => {
        const bad = text.replace('block: 10.96.0.0/22', 'block: 10.96.0.1/22');
        expect(() => (0, lockfile_1.parseLockFile)(bad, 'fleet.lock.yaml')).toThrow(/fleet\.lock\.yaml:\d+:\d+/);
    });
    it('round-trips a freshly allocated lock through the scanner', () => {
        const fresh = (0, allocate_1.allocate)({
            zoneType: 'qinq', supernets: ['10.0.0.0/16'], vmIdBase: 100000, vmIdsPerTenant: 1000, pbsNamespaceRoot: 'kommunen',
            tenants: { alpha: { size: 's', segments: { management: 26, servers: 25, clients: 24 } }, beta: { size: 'm', segments: { management: 26, servers: 24, clients: 23, iot: 26 } } },
        }).lock;
        expect((0, lockfile_1.scanGeneratedLock)((0, lockfile_1.serializeLockFile)(fresh))).toEqual(fresh);
    });
});
