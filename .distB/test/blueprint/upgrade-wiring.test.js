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
/** The recorded blueprint version reaches every path that builds tenant stacks. */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const fleet_1 = require("../../lib/blueprint/fleet");
const inputs_1 = require("../../lib/synth/inputs");
const synth_fleet_1 = require("../../lib/synth/synth-fleet");
const address_map_1 = require("../../lib/upgrade/address-map");
const fleet_2 = require("../helpers/fleet");
/** The landkreis fleet with one tenant recorded at a blueprint version newer than this library. */
function withNewerTenant() {
    const model = (0, fleet_2.exampleModel)('landkreis-fleet');
    const t = model.lock.tenants['zv-abwasser'];
    return { ...model, lock: { ...model.lock, tenants: { ...model.lock.tenants, 'zv-abwasser': { ...t, blueprint: address_map_1.BLUEPRINT_VERSION + 1 } } } };
}
describe('recorded blueprint versions', () => {
    it('are undefined for current tenants and absent entries', () => {
        const model = (0, fleet_2.exampleModel)('landkreis-fleet');
        expect((0, fleet_1.recordedBlueprintFor)(model.lock, 'zv-abwasser')).toBeUndefined();
        expect((0, fleet_1.recordedBlueprintFor)(withNewerTenant().lock, 'zv-abwasser')).toBe(address_map_1.BLUEPRINT_VERSION + 1);
    });
    it('fail synthesis through Fleet when a tenant is newer than the library', () => {
        const app = new cdktf_1.App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-')) });
        new fleet_1.Fleet(app, withNewerTenant());
        try {
            expect(() => app.synth()).toThrow(/newer/);
        }
        finally {
            fs.rmSync(app.outdir, { recursive: true, force: true });
        }
    });
    it('fail the fast synthesis the same way', async () => {
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-upgrade-'));
        try {
            await expect((0, synth_fleet_1.synthFleet)({ model: withNewerTenant(), outdir, runner: 'inline', tenants: ['zv-abwasser'], platform: false })).rejects.toThrow(/newer/);
        }
        finally {
            fs.rmSync(outdir, { recursive: true, force: true });
        }
    });
    it('are part of the incremental input hash', () => {
        const spec = (0, fleet_2.exampleModel)('landkreis-fleet').specs['zv-abwasser'];
        expect((0, inputs_1.tenantInputHash)('e', 'p', spec, 2)).not.toBe((0, inputs_1.tenantInputHash)('e', 'p', spec));
        expect((0, inputs_1.tenantInputHash)('e', 'p', spec, undefined)).toBe((0, inputs_1.tenantInputHash)('e', 'p', spec));
    });
});
