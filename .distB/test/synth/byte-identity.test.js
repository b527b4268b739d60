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
const synth_fleet_1 = require("../../lib/synth/synth-fleet");
const inputs_1 = require("../../lib/synth/inputs");
const fixture_1 = require("./fixture");
describe('fast fleet synthesis', () => {
    let dir;
    beforeAll(() => {
        dir = (0, fixture_1.makeFleet)(20).dir;
    });
    afterAll(() => (0, fixture_1.removeDir)(dir));
    it('writes every cdk.tf.json and manifest.json byte-identical to new Fleet(app, model) + app.synth()', async () => {
        const model = (0, fixture_1.loadModel)(path.join(dir, 'fleet.yaml'));
        const plain = path.join(dir, 'out-plain');
        const fast = path.join(dir, 'out-fast');
        (0, fixture_1.synthStraightforward)(model, plain);
        // Small batches: several Apps in one process, with token release between them.
        const result = await (0, synth_fleet_1.synthFleet)({ model, outdir: fast, runner: 'inline', batchSize: 6 });
        const expected = (0, fixture_1.readTree)(plain);
        const actual = (0, fixture_1.readTree)(fast, [inputs_1.SYNTH_MANIFEST_NAME]);
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        expect(expected.size).toBe(22 + 1 + 1); // 22 tenants, platform, manifest.json
        const differing = [...expected].filter(([f, text]) => actual.get(f) !== text).map(([f]) => f);
        expect(differing).toEqual([]);
        expect(result.built).toHaveLength(23);
        expect(result.stacks.musterstadt.resources).toBeGreaterThan(20);
    });
    it('writes the same bytes with worker processes started ahead of the load, and recycles workers', async () => {
        const fast = path.join(dir, 'out-fast');
        const procs = path.join(dir, 'out-processes');
        // Worker processes run the built code (dist/, made by `npm test` before jest).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const built = require(path.join(fixture_1.REPO, 'dist', 'lib', 'synth', 'synth-fleet.js'));
        const { expectsFullRebuild, prestartSynthWorkers } = built;
        expect(expectsFullRebuild(procs)).toBe(true); // nothing recorded yet
        prestartSynthWorkers(2);
        const model = (0, fixture_1.loadModel)(path.join(dir, 'fleet.yaml'));
        const result = await built.synthFleet({ model, outdir: procs, runner: 'process', jobs: 2, batchSize: 4, recycleAfter: 8 });
        expect(result.runner).toBe('process');
        expect(result.workers.length).toBeGreaterThan(2); // replaced after 8 tenants
        expect(result.workers.every((w) => w.pid !== process.pid && w.maxRssMiB > 0)).toBe(true);
        const expected = (0, fixture_1.readTree)(fast, [inputs_1.SYNTH_MANIFEST_NAME]);
        const actual = (0, fixture_1.readTree)(procs, [inputs_1.SYNTH_MANIFEST_NAME]);
        expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
        expect(expectsFullRebuild(procs)).toBe(false); // recorded by the same code
        expect(expectsFullRebuild(procs, true)).toBe(true); // --force
    });
    it('is byte-identical for the verbandsgemeinde example too (vxlan zone, Vault namespaces)', async () => {
        const model = (0, fixture_1.loadModel)(path.join(fixture_1.REPO, 'examples', 'verbandsgemeinde', 'fleet.yaml'));
        (0, fixture_1.synthStraightforward)(model, path.join(dir, 'vg-plain'));
        await (0, synth_fleet_1.synthFleet)({ model, outdir: path.join(dir, 'vg-fast'), runner: 'inline' });
        const expected = (0, fixture_1.readTree)(path.join(dir, 'vg-plain'));
        const actual = (0, fixture_1.readTree)(path.join(dir, 'vg-fast'), [inputs_1.SYNTH_MANIFEST_NAME]);
        expect(expected.size).toBe(3);
        expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
    });
    it('synthesizes only the requested tenants and keeps the other manifest entries', async () => {
        const model = (0, fixture_1.loadModel)(path.join(dir, 'fleet.yaml'));
        const out = path.join(dir, 'out-some');
        const r = await (0, synth_fleet_1.synthFleet)({ model, outdir: out, runner: 'inline', tenants: ['testgemeinde-03', 'musterstadt'] });
        expect(r.built).toEqual(['musterstadt', 'testgemeinde-03']);
        expect(fs.readdirSync(path.join(out, 'stacks')).sort()).toEqual(['musterstadt', 'testgemeinde-03']);
        const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        expect(Object.keys(manifest.stacks).sort()).toEqual(['musterstadt', 'testgemeinde-03']);
        await (0, synth_fleet_1.synthFleet)({ model, outdir: out, runner: 'inline', tenants: ['vg-musterland'] });
        const again = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        expect(Object.keys(again.stacks).sort()).toEqual(['musterstadt', 'testgemeinde-03', 'vg-musterland']);
    });
    it('fails when a requested tenant is not in the fleet, naming it', async () => {
        const model = (0, fixture_1.loadModel)(path.join(dir, 'fleet.yaml'));
        await expect((0, synth_fleet_1.synthFleet)({ model, outdir: path.join(dir, 'out-unknown'), runner: 'inline', tenants: ['musterstad'] })).rejects.toThrow(/unknown tenant "musterstad": the fleet has 22 tenants \(did you mean "musterstadt"\?\)/);
    });
});
