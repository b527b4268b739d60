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
/**
 * `kommunal synth` as a spawned process (`node bin/kommunal.js synth ...`). Needs a fresh
 * `npm run build` (dist/), like the other CLI tests.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const inputs_1 = require("../../lib/synth/inputs");
const fixture_1 = require("./fixture");
const cli_1 = require("../helpers/cli");
function kommunal(cwd, ...args) {
    return (0, cli_1.runKommunal)(args, { cwd, env: { ...process.env, CI: 'true' }, timeoutMs: 60000 });
}
describe('kommunal synth', () => {
    let dir;
    beforeAll(() => {
        dir = (0, fixture_1.makeFleet)(20).dir;
    });
    afterAll(() => (0, fixture_1.removeDir)(dir));
    it('synthesizes the fleet with two worker processes, writes the lock, and matches app.synth() byte for byte', () => {
        const r = kommunal(dir, 'synth', '--jobs', '2', '--runner', 'process');
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('allocation changed: wrote fleet.lock.yaml (commit it)');
        expect(r.stdout).toMatch(/synthesized 22 tenant stacks and the platform stack into cdktf\.out in [\d.]+ s \[process, 2 jobs/);
        const plain = path.join(dir, 'plain');
        (0, fixture_1.synthStraightforward)((0, fixture_1.loadModel)(path.join(dir, 'fleet.yaml')), plain);
        const actual = (0, fixture_1.readTree)(path.join(dir, 'cdktf.out'), [inputs_1.SYNTH_MANIFEST_NAME]);
        expect(new Map([...actual].sort())).toEqual(new Map([...(0, fixture_1.readTree)(plain)].sort()));
    });
    it('rebuilds nothing on a second run and reports it as JSON', () => {
        const r = kommunal(dir, 'synth', '--json');
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(out.built).toEqual([]);
        expect(out.unchanged).toHaveLength(23);
        expect(out.lockWritten).toBe(false);
    });
    it('with --tenant rebuilds only that tenant after its file changed', () => {
        const t = (0, fixture_1.syntheticTenant)(7, 'logging:\n  retentionDays: 120\n');
        fs.writeFileSync(path.join(dir, 'kommunen', `${t.key}.yaml`), t.yaml);
        const r = kommunal(dir, 'synth', '--tenant', t.key, '--tenant', 'musterstadt', '--json');
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(out.built).toEqual([t.key]);
        expect(out.unchanged).toEqual(['musterstadt']);
        expect(out.runner).toBe('inline');
        expect(fs.readFileSync(path.join(dir, 'cdktf.out', 'stacks', t.key, 'cdk.tf.json'), 'utf8')).toContain('120');
    });
    it('fails when a tenant is unknown: exit 1 with a clear message', () => {
        const r = kommunal(dir, 'synth', '--tenant', 'musterstad');
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('unknown tenant "musterstad" in fleet.yaml');
        expect(r.stderr).toContain('musterstadt');
        expect(r.stdout).toBe('');
    });
    it('fails when --jobs is not a positive number: exit 2', () => {
        const r = kommunal(dir, 'synth', '--jobs', 'zero');
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--jobs must be a whole number of at least 1, got "zero"');
    });
});
