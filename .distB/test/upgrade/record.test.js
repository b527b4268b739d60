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
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const record_1 = require("../../lib/upgrade/record");
const cli_1 = require("../helpers/cli");
const fleet_1 = require("../helpers/fleet");
describe('recording the applied blueprint version', () => {
    const lock = (0, fleet_1.exampleModel)('landkreis-fleet').lock;
    it('raises the version of the given tenants only, absent counting as 1', () => {
        const r = (0, record_1.recordBlueprintVersion)(lock, ['zv-abwasser', 'kreisverwaltung'], 2);
        expect(r.changed).toEqual(['kreisverwaltung', 'zv-abwasser']);
        expect(r.lock.tenants['zv-abwasser'].blueprint).toBe(2);
        expect(r.lock.tenants['stadt-musterhausen'].blueprint).toBeUndefined();
        expect(r.newer).toEqual([]);
    });
    it('never lowers a version and reports tenants newer than the library', () => {
        const newer = { ...lock, tenants: { ...lock.tenants, 'zv-abwasser': { ...lock.tenants['zv-abwasser'], blueprint: 3 } } };
        const r = (0, record_1.recordBlueprintVersion)(newer, ['zv-abwasser'], 2);
        expect(r.changed).toEqual([]);
        expect(r.newer).toEqual(['zv-abwasser']);
        expect(r.lock.tenants['zv-abwasser'].blueprint).toBe(3);
    });
});
describe('kommunal record-blueprint (spawned)', () => {
    let dir;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-record-'));
        fs.cpSync(path.join(fleet_1.EXAMPLES, 'musterstadt'), dir, { recursive: true, filter: (src) => !src.includes('cdktf.out') });
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('leaves a current lock untouched', () => {
        const before = fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
        const r = (0, cli_1.runKommunal)(['record-blueprint'], { cwd: dir });
        expect(r).toMatchObject({ code: 0, stdout: 'nothing to record: 1 tenant already at blueprint 1\n' });
        expect(fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8')).toBe(before);
    });
    it('fails when a tenant is unknown', () => {
        const r = (0, cli_1.runKommunal)(['record-blueprint', '--tenant', 'musterstat'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('musterstat');
        expect(r.stderr).toContain('did you mean "musterstadt"');
    });
});
