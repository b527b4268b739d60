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
exports.LANDKREIS = exports.VERBANDSGEMEINDE = exports.MUSTERSTADT = exports.REPO = void 0;
exports.exampleModel = exampleModel;
exports.exampleStacks = exampleStacks;
exports.clone = clone;
exports.musterstadt = musterstadt;
/** Shared fixtures of the compliance tests: the reference tenant, synthesized in memory. */
const path = __importStar(require("path"));
const fleet_1 = require("../../lib/blueprint/fleet");
const synth_1 = require("../helpers/synth");
exports.REPO = path.resolve(__dirname, '../..');
exports.MUSTERSTADT = path.join(exports.REPO, 'examples/musterstadt');
exports.VERBANDSGEMEINDE = path.join(exports.REPO, 'examples/verbandsgemeinde');
exports.LANDKREIS = path.join(exports.REPO, 'examples/landkreis-fleet');
const cache = new Map();
function exampleModel(dir) {
    let m = cache.get(dir);
    if (!m) {
        m = (0, fleet_1.loadFleetModel)({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
        cache.set(dir, m);
    }
    return m;
}
/** Every tenant stack of an example as JSON (compliance aspect off), with its spec. */
function exampleStacks(dir) {
    const model = exampleModel(dir);
    const app = (0, synth_1.testApp)();
    const fleet = new fleet_1.Fleet(app, model, { platform: false, compliance: false });
    return Object.entries(fleet.tenants).map(([key, stack]) => ({ key, json: stack.toTerraform(), spec: stack.spec }));
}
/** A deep, mutable copy of a stack JSON for building failing fixtures. */
function clone(v) {
    return JSON.parse(JSON.stringify(v));
}
/** The reference tenant musterstadt. */
function musterstadt() {
    const s = exampleStacks(exports.MUSTERSTADT).find((x) => x.key === 'musterstadt');
    return { json: s.json, spec: s.spec };
}
