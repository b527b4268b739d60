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
 * The address contract (STYLE 10): every Terraform resource address of the reference tenants is
 * pinned. A changed address means destroy-and-recreate of a municipality's network or backups, so a
 * rename must ship `moved` blocks and an upgrade note (docs/upgrades.md) before this file is
 * updated with `KOMMUNAL_UPDATE_INVENTORY=1 npx jest test/blueprint/address-inventory`.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const synth_1 = require("../helpers/synth");
const fleet_1 = require("../helpers/fleet");
const INVENTORY = path.join(__dirname, 'address-inventory.json');
const EXAMPLES = ['landkreis-fleet', 'musterstadt', 'verbandsgemeinde'];
function currentInventory() {
    const out = {};
    for (const example of EXAMPLES) {
        const synth = (0, fleet_1.synthModel)((0, fleet_1.exampleModel)(example));
        out[example] = Object.fromEntries(Object.entries(synth.stacks).map(([name, json]) => [name, (0, synth_1.resourceAddresses)(json)]));
        (0, fleet_1.removeDir)(synth.outdir);
    }
    return out;
}
describe('resource-address inventory of the reference tenants', () => {
    const current = currentInventory();
    if (process.env.KOMMUNAL_UPDATE_INVENTORY === '1')
        fs.writeFileSync(INVENTORY, `${JSON.stringify(current, null, 1)}\n`);
    const pinned = JSON.parse(fs.readFileSync(INVENTORY, 'utf8'));
    for (const example of EXAMPLES) {
        it(`keeps every address of ${example}`, () => {
            for (const stack of Object.keys(pinned[example])) {
                const now = new Set(current[example][stack] ?? []);
                const removed = pinned[example][stack].filter((a) => !now.has(a));
                // Anything gone would be destroyed on the next apply.
                expect({ stack, removed }).toEqual({ stack, removed: [] });
            }
            expect(current[example]).toEqual(pinned[example]);
        });
    }
    it('pins a realistic number of resources for the reference tenant', () => {
        expect(pinned.musterstadt.musterstadt.length).toBeGreaterThan(50);
        expect(pinned.musterstadt.platform.length).toBeGreaterThan(10);
    });
});
