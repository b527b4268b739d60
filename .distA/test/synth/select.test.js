"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const fleet_1 = require("../../lib/blueprint/fleet");
const select_1 = require("../../lib/synth/select");
const synth_fleet_1 = require("../../lib/synth/synth-fleet");
const fixture_1 = require("./fixture");
describe('light fleet load for selected tenants', () => {
    let dir;
    let fleetFile;
    beforeAll(() => {
        ({ dir, fleetFile } = (0, fixture_1.makeFleet)(8));
        expect((0, fleet_1.writeLockIfChanged)((0, fixture_1.loadModel)(fleetFile))).toBe(true);
    });
    afterAll(() => (0, fixture_1.removeDir)(dir));
    const opts = () => ({ fleetFile, displayRoot: dir });
    it('gives the same spec and platform as the full load, with every tenant key', () => {
        const full = (0, fixture_1.loadModel)(fleetFile);
        for (const key of ['musterstadt', 'vg-musterland', 'testgemeinde-03', 'testgemeinde-04']) {
            const light = (0, select_1.loadFleetModelForTenants)(opts(), [key]);
            expect(light.partial).toBe(true);
            expect(Object.keys(light.model.specs)).toEqual([key]);
            expect(JSON.stringify(light.model.specs[key])).toBe(JSON.stringify(full.specs[key]));
            expect(JSON.stringify(light.model.platform)).toBe(JSON.stringify(full.platform));
            expect(light.model.lockChanged).toBe(false);
            expect(light.fleetKeys).toEqual(Object.keys(full.specs).sort());
        }
    });
    it('loads several tenants at once', () => {
        const light = (0, select_1.loadFleetModelForTenants)(opts(), ['testgemeinde-05', 'musterstadt']);
        expect(light.partial).toBe(true);
        expect(Object.keys(light.model.specs).sort()).toEqual(['musterstadt', 'testgemeinde-05']);
    });
    it('synthesizes a selected tenant without removing the other stacks', async () => {
        const out = path.join(dir, 'out-select');
        await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        const before = (0, fixture_1.readTree)(out, ['kommunal-synth.json']);
        const light = (0, select_1.loadFleetModelForTenants)(opts(), ['testgemeinde-02']);
        const r = await (0, synth_fleet_1.synthFleet)({ model: light.model, fleetKeys: light.fleetKeys, outdir: out, tenants: ['testgemeinde-02'], platform: false, runner: 'inline', force: true });
        expect(r.built).toEqual(['testgemeinde-02']);
        expect(r.removed).toEqual([]);
        expect((0, fixture_1.readTree)(out, ['kommunal-synth.json'])).toEqual(before);
        // The hashes recorded by the light run match a full run: nothing is rebuilt afterwards.
        const again = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        expect(again.built).toEqual([]);
    });
    it('falls back to the full load when a new tenant needs allocation', () => {
        const t = (0, fixture_1.syntheticTenant)(40);
        const file = path.join(dir, 'kommunen', `${t.key}.yaml`);
        fs.writeFileSync(file, t.yaml);
        try {
            const r = (0, select_1.loadFleetModelForTenants)(opts(), [t.key]);
            expect(r.partial).toBe(false);
            expect(r.model.lockChanged).toBe(true);
            expect(Object.keys(r.model.specs)).toContain('musterstadt');
        }
        finally {
            fs.rmSync(file);
        }
    });
    it('falls back to the full load when the tenant enables a segment that is not allocated yet', () => {
        const file = path.join(dir, 'kommunen', 'testgemeinde-01.yaml');
        const original = fs.readFileSync(file, 'utf8');
        expect(original).not.toContain('schools');
        fs.writeFileSync(file, original.replace(/^segments:[\s\S]*$/m, '') + 'segments:\n  schools: {}\n');
        try {
            const r = (0, select_1.loadFleetModelForTenants)(opts(), ['testgemeinde-01']);
            expect(r.partial).toBe(false);
            expect(r.fallbackReason).toMatch(/allocation would change/);
            expect(r.model.lockChanged).toBe(true);
        }
        finally {
            fs.writeFileSync(file, original);
        }
    });
    it('fails when the tenant file is invalid, with the messages of the full load', () => {
        const file = path.join(dir, 'kommunen', 'testgemeinde-06.yaml');
        const original = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, `${original}sizee: m\n`);
        try {
            expect(() => (0, select_1.loadFleetModelForTenants)(opts(), ['testgemeinde-06'])).toThrow(/testgemeinde-06\.yaml:\d+:\d+/);
        }
        finally {
            fs.writeFileSync(file, original);
        }
    });
    it('falls back when the tenant has no file, so the full load can report it', () => {
        const r = (0, select_1.loadFleetModelForTenants)(opts(), ['no-such-tenant']);
        expect(r.partial).toBe(false);
        expect(r.model.specs['no-such-tenant']).toBeUndefined();
    });
});
describe('extractLockEntries', () => {
    const lock = 'version: 1\nzoneType: qinq\ntenants:\n  a:\n    number: 1\n    segments: {}\n  b:\n    number: 2\n';
    it('keeps the top-level fields and the named tenant blocks', () => {
        expect((0, select_1.extractLockEntries)(lock, ['b'])).toBe('version: 1\nzoneType: qinq\ntenants:\n  b:\n    number: 2\n');
        expect((0, select_1.extractLockEntries)(lock, ['b', 'a'])).toBe(lock);
    });
    it('fails when a tenant is missing or appears twice, or the layout is not canonical', () => {
        expect((0, select_1.extractLockEntries)(lock, ['c'])).toBeUndefined();
        expect((0, select_1.extractLockEntries)(`${lock}  b:\n    number: 3\n`, ['b'])).toBeUndefined();
        expect((0, select_1.extractLockEntries)(`${lock}other: 1\n`, ['a'])).toBeUndefined();
        expect((0, select_1.extractLockEntries)(lock.replace('tenants:', 'tenants: # x'), ['a'])).toBeUndefined();
    });
});
