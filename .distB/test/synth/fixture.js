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
exports.REPO = void 0;
exports.syntheticTenant = syntheticTenant;
exports.makeFleet = makeFleet;
exports.loadModel = loadModel;
exports.synthStraightforward = synthStraightforward;
exports.readTree = readTree;
exports.removeDir = removeDir;
/**
 * A small fleet in a temporary folder for the synth tests: the musterstadt example fleet.yaml with
 * the tenants of both examples plus synthetic tenants of varying shape.
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const fleet_1 = require("../../lib/blueprint/fleet");
exports.REPO = path.resolve(__dirname, '../..');
const EXAMPLES = path.join(exports.REPO, 'examples');
const SEGMENT_CHOICES = ['', 'segments:\n  dmz: {}\n', 'segments:\n  schools: {}\n', 'segments:\n  iot:\n    prefixLength: 26\n'];
/** YAML of synthetic tenant number `i` (AGS in the non-existent Kreis 998 of Rhineland-Palatinate). */
function syntheticTenant(i, extra = '') {
    const key = `testgemeinde-${String(i).padStart(2, '0')}`;
    const yaml = `key: ${key}\nname: "Testgemeinde ${i} (Pfalz)"\nkind: ${i % 5 === 0 ? 'stadt' : 'gemeinde'}\nags: "07998${String(i).padStart(3, '0')}"\n` +
        `size: ${i % 3 === 0 ? 'm' : 's'}\n${SEGMENT_CHOICES[i % SEGMENT_CHOICES.length]}${extra}`;
    return { key, yaml };
}
/** Creates the fleet folder and returns its fleet.yaml path. */
function makeFleet(synthetic = 20) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-synth-'));
    fs.mkdirSync(path.join(dir, 'kommunen'));
    fs.copyFileSync(path.join(EXAMPLES, 'musterstadt', 'fleet.yaml'), path.join(dir, 'fleet.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'musterstadt', 'kommunen', 'musterstadt.yaml'), path.join(dir, 'kommunen', 'musterstadt.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'verbandsgemeinde', 'kommunen', 'vg-musterland.yaml'), path.join(dir, 'kommunen', 'vg-musterland.yaml'));
    for (let i = 1; i <= synthetic; i++) {
        const t = syntheticTenant(i);
        fs.writeFileSync(path.join(dir, 'kommunen', `${t.key}.yaml`), t.yaml);
    }
    return { dir, fleetFile: path.join(dir, 'fleet.yaml') };
}
function loadModel(fleetFile) {
    return (0, fleet_1.loadFleetModel)({ fleetFile, displayRoot: path.dirname(fleetFile) });
}
/** The straightforward path: one App, the Fleet construct, app.synth(). */
function synthStraightforward(model, outdir) {
    const app = new cdktf_1.App({ outdir });
    new fleet_1.Fleet(app, model);
    app.synth();
}
/** Every file below `dir` (relative path → content), except the given names. */
function readTree(dir, except = []) {
    const out = new Map();
    const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const p = path.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (!except.includes(e.name))
                out.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
        }
    };
    walk(dir);
    return out;
}
function removeDir(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
}
