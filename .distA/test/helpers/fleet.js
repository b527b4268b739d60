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
exports.EXAMPLES = exports.REPO = void 0;
exports.exampleModel = exampleModel;
exports.synthModel = synthModel;
exports.removeDir = removeDir;
/** Helpers to synthesize example fleets into temporary folders. */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const fleet_1 = require("../../lib/blueprint/fleet");
exports.REPO = path.resolve(__dirname, '../..');
exports.EXAMPLES = path.join(exports.REPO, 'examples');
/** Loads an example's fleet (with its committed lock). */
function exampleModel(example) {
    const dir = path.join(exports.EXAMPLES, example);
    return (0, fleet_1.loadFleetModel)({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
}
/** Synthesizes a model into a fresh temporary folder. */
function synthModel(model) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-synth-'));
    const app = new cdktf_1.App({ outdir });
    const fleet = new fleet_1.Fleet(app, model);
    app.synth();
    const stacks = {};
    const texts = {};
    for (const name of fs.readdirSync(path.join(outdir, 'stacks')).sort()) {
        texts[name] = fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8');
        stacks[name] = JSON.parse(texts[name]);
    }
    return { outdir, fleet, stacks, texts };
}
function removeDir(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
}
