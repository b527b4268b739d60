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
exports.testApp = testApp;
exports.synthText = synthText;
exports.fullSynth = fullSynth;
exports.testStack = testStack;
exports.synthJson = synthJson;
exports.synthScope = synthScope;
exports.resourcesOf = resourcesOf;
exports.resourceAddresses = resourceAddresses;
/**
 * Wrappers around CDKTF's testing helpers, so that a later move to the maintained fork
 * (CDK Terrain) stays local to this file (STYLE 11).
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
/**
 * Test apps get their output folder below one temporary folder per test file, removed after the
 * file's tests (Testing.app() alone leaves a `cdktf.outdir.*` folder in the system temp per app).
 */
const ROOT = path.join(os.tmpdir(), `kommunal-test-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
if (typeof afterAll === 'function')
    afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));
function appOutdir() {
    fs.mkdirSync(ROOT, { recursive: true });
    return fs.mkdtempSync(path.join(ROOT, 'app-'));
}
/** A fresh test app (cdktf's Testing.app: stack traces off, test context). */
function testApp() {
    return cdktf_1.Testing.app({ outdir: appOutdir() });
}
/** Synthesizes a stack to its JSON text; with `validate`, runs the construct validations first (they throw). */
function synthText(stack, validate = false) {
    return cdktf_1.Testing.synth(stack, validate);
}
/** Full synthesis of the stack's app into a temporary folder (construct paths kept); returns the folder. */
function fullSynth(stack) {
    return cdktf_1.Testing.fullSynth(stack);
}
/** A fresh test app and stack. */
function testStack(name = 'test') {
    const app = testApp();
    const stack = new cdktf_1.TerraformStack(app, name);
    return { app, stack };
}
/** Synthesizes a stack to JSON; with `validate`, runs the construct validations first (they throw). */
function synthJson(stack, validate = false) {
    return JSON.parse(cdktf_1.Testing.synth(stack, validate));
}
/** Synthesizes whatever `build` adds to a fresh stack. */
function synthScope(build) {
    const stack = new cdktf_1.TerraformStack(testApp(), 'stack');
    build(stack);
    return JSON.parse(cdktf_1.Testing.synth(stack));
}
/** All resources of one type, keyed by their Terraform name. */
function resourcesOf(json, type) {
    return json.resource?.[type] ?? {};
}
/** Every resource address ("type.name") in a synthesized stack, sorted. */
function resourceAddresses(json) {
    const out = [];
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
        for (const name of Object.keys(byName))
            out.push(`${type}.${name}`);
    }
    for (const [type, byName] of Object.entries(json.data ?? {})) {
        for (const name of Object.keys(byName))
            out.push(`data.${type}.${name}`);
    }
    return out.sort();
}
