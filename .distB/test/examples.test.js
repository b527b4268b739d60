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
/** Every example is a runnable cdktf app that synthesizes and conforms to the provider schemas. */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const conformance_1 = require("../lib/verify/conformance");
const fleet_1 = require("./helpers/fleet");
const examples = fs.readdirSync(fleet_1.EXAMPLES).filter((d) => fs.existsSync(path.join(fleet_1.EXAMPLES, d, 'fleet.yaml'))).sort();
describe('examples', () => {
    it('are the three blueprints a Kommune or provider forks', () => {
        expect(examples).toEqual(['landkreis-fleet', 'musterstadt', 'verbandsgemeinde']);
    });
    describe.each(examples)('%s', (example) => {
        const dir = path.join(fleet_1.EXAMPLES, example);
        it('is a self-contained cdktf app with parameters, lock and README', () => {
            for (const f of ['cdktf.json', 'main.ts', 'README.md', 'fleet.yaml', 'fleet.lock.yaml'])
                expect(fs.existsSync(path.join(dir, f))).toBe(true);
            const cdktf = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8'));
            expect(cdktf).toMatchObject({ language: 'typescript', app: `node ../../dist/examples/${example}/main.js` });
            expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain("from 'kommunal-cdk'");
        });
        it('runs as an app (compiled main.js): stacks, documents, lock untouched', () => {
            const main = path.join(fleet_1.EXAMPLES, '..', 'dist', 'examples', example, 'main.js');
            if (!fs.existsSync(main))
                throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
            const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-example-'));
            const lockBefore = fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
            try {
                const r = (0, child_process_1.spawnSync)(process.execPath, [main], { cwd: dir, env: { ...process.env, CDKTF_OUTDIR: out }, encoding: 'utf8' });
                expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
                const stacks = fs.readdirSync(path.join(out, 'stacks')).sort();
                expect(stacks).toContain('platform');
                const tenants = stacks.filter((s) => s !== 'platform');
                expect(fs.readdirSync(path.join(out, 'documents')).sort()).toEqual(tenants);
                for (const t of tenants)
                    expect(fs.readdirSync(path.join(out, 'documents', t)).sort()).toEqual(['access-matrix.md', 'backup-plan.md', 'network-plan.md']);
                expect(fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8')).toBe(lockBefore);
            }
            finally {
                (0, fleet_1.removeDir)(out);
            }
        });
        it('synthesizes the platform and every tenant, conforming to the provider schemas', () => {
            const model = (0, fleet_1.exampleModel)(example);
            expect(model.lockChanged).toBe(false);
            const synth = (0, fleet_1.synthModel)(model);
            try {
                expect(Object.keys(synth.stacks).sort()).toEqual(['platform', ...Object.keys(model.specs)].sort());
                for (const [name, json] of Object.entries(synth.stacks)) {
                    expect({ name, findings: (0, conformance_1.checkConformance)(json) }).toEqual({ name, findings: [] });
                }
            }
            finally {
                (0, fleet_1.removeDir)(synth.outdir);
            }
        });
    });
});
