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
const synth_fleet_1 = require("../../lib/synth/synth-fleet");
const inputs_1 = require("../../lib/synth/inputs");
const fixture_1 = require("./fixture");
describe('incremental fleet synthesis', () => {
    let dir;
    let fleetFile;
    let out;
    beforeAll(() => {
        ({ dir, fleetFile } = (0, fixture_1.makeFleet)(6));
        out = path.join(dir, 'cdktf.out');
        // Allocation recorded once, as in a real fleet: later edits must not move other tenants.
        expect((0, fleet_1.writeLockIfChanged)((0, fixture_1.loadModel)(fleetFile))).toBe(true);
    });
    afterAll(() => (0, fixture_1.removeDir)(dir));
    it('builds everything on the first run and records an input hash per stack', async () => {
        const r = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        expect(r.built).toHaveLength(9);
        expect(r.unchanged).toEqual([]);
        const m = (0, inputs_1.readSynthManifest)(out);
        expect(Object.keys(m.stacks).sort()).toEqual(r.built);
        expect(new Set(Object.values(m.stacks)).size).toBe(9);
    });
    it('rebuilds nothing on a second run with the same inputs', async () => {
        const before = fs.statSync(path.join(out, 'stacks', 'musterstadt', 'cdk.tf.json')).mtimeMs;
        const r = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        expect(r.built).toEqual([]);
        expect(r.unchanged).toHaveLength(9);
        expect(fs.statSync(path.join(out, 'stacks', 'musterstadt', 'cdk.tf.json')).mtimeMs).toBe(before);
    });
    it('rebuilds only the tenant whose file changed, and the result equals a full straightforward synth', async () => {
        const file = path.join(dir, 'kommunen', 'testgemeinde-02.yaml');
        fs.appendFileSync(file, 'backup:\n  retention:\n    keepDaily: 21\n');
        const model = (0, fixture_1.loadModel)(fleetFile);
        const r = await (0, synth_fleet_1.synthFleet)({ model, outdir: out, runner: 'inline' });
        expect(r.built).toEqual(['testgemeinde-02']);
        expect(fs.readFileSync(path.join(out, 'stacks', 'testgemeinde-02', 'cdk.tf.json'), 'utf8')).toMatch(/keep-daily\W{0,6}21/);
        const plain = path.join(dir, 'plain');
        (0, fixture_1.synthStraightforward)(model, plain);
        expect(new Map([...(0, fixture_1.readTree)(out, [inputs_1.SYNTH_MANIFEST_NAME])].sort())).toEqual(new Map([...(0, fixture_1.readTree)(plain)].sort()));
    });
    it('rebuilds a stack whose output file was deleted, and everything with force', async () => {
        fs.rmSync(path.join(out, 'stacks', 'testgemeinde-04'), { recursive: true });
        const r = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        expect(r.built).toEqual(['testgemeinde-04']);
        const forced = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline', force: true });
        expect(forced.built).toHaveLength(9);
    });
    it('removes the stack of a tenant that left the fleet', async () => {
        fs.rmSync(path.join(dir, 'kommunen', 'testgemeinde-05.yaml'));
        const r = await (0, synth_fleet_1.synthFleet)({ model: (0, fixture_1.loadModel)(fleetFile), outdir: out, runner: 'inline' });
        expect(r.removed).toEqual(['testgemeinde-05']);
        expect(r.built).toEqual([]);
        expect(fs.existsSync(path.join(out, 'stacks', 'testgemeinde-05'))).toBe(false);
        const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        expect(Object.keys(manifest.stacks)).not.toContain('testgemeinde-05');
    });
});
