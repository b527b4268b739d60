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
exports.SYNTH_MANIFEST_VERSION = exports.SYNTH_MANIFEST_NAME = void 0;
exports.engineHash = engineHash;
exports.platformInputHash = platformInputHash;
exports.tenantInputHash = tenantInputHash;
exports.readSynthManifest = readSynthManifest;
exports.writeFileAtomic = writeFileAtomic;
exports.writeSynthManifest = writeSynthManifest;
/**
 * Input hashes of the incremental synthesis. A stack is a function of its TenantSpec (which is
 * resolved from the tenant file, the tenant's lock entry and the fleet settings), the PlatformSpec
 * and the code that renders it (kommunal-cdk and its cdktf and provider packages). When all of that
 * hashes the same as recorded in the output folder, the stack is not rebuilt.
 */
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_internals_1 = require("./cdktf-internals");
/** File in the output folder that records the input hash of every synthesized stack. */
exports.SYNTH_MANIFEST_NAME = 'kommunal-synth.json';
exports.SYNTH_MANIFEST_VERSION = 1;
const sha256 = (text) => (0, crypto_1.createHash)('sha256').update(text).digest('hex');
function packageVersion(name, from) {
    try {
        let dir = path.dirname(require.resolve(name, { paths: [from] }));
        for (;;) {
            const pkg = path.join(dir, 'package.json');
            if (fs.existsSync(pkg)) {
                const json = JSON.parse(fs.readFileSync(pkg, 'utf8'));
                if (json.name === name)
                    return json.version ?? 'unknown';
            }
            const up = path.dirname(dir);
            if (up === dir)
                return 'unknown';
            dir = up;
        }
    }
    catch {
        return 'missing';
    }
}
function codeFiles(dir, into = []) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            codeFiles(p, into);
        else if (/\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts'))
            into.push(p);
    }
    return into;
}
let engineCache;
/**
 * Hash of the rendering code: the versions of kommunal-cdk, cdktf, constructs and
 * @cdktf/provider-vault, plus the content of every code file of the library folder this module
 * runs from (dist/lib when built, lib/ under ts-jest/swc). Computed once per process.
 */
function engineHash() {
    if (engineCache !== undefined)
        return engineCache;
    const libRoot = path.resolve(__dirname, '..');
    const h = (0, crypto_1.createHash)('sha256');
    const own = path.resolve(libRoot, '..', 'package.json');
    const ownVersion = fs.existsSync(own) ? JSON.parse(fs.readFileSync(own, 'utf8')).version : 'unknown';
    h.update(`kommunal-cdk ${ownVersion}\ncdktf ${(0, cdktf_internals_1.installedCdktfVersion)()}\n`);
    for (const dep of ['constructs', '@cdktf/provider-vault'])
        h.update(`${dep} ${packageVersion(dep, libRoot)}\n`);
    for (const f of codeFiles(libRoot).sort()) {
        h.update(path.relative(libRoot, f).split(path.sep).join('/'));
        h.update('\0');
        h.update(fs.readFileSync(f));
        h.update('\0');
    }
    engineCache = h.digest('hex');
    return engineCache;
}
/** Input hash of the platform stack. */
function platformInputHash(engine, platform) {
    return sha256(`platform\0${engine}\0${JSON.stringify(platform)}`);
}
/**
 * Input hash of a tenant stack: its spec, the platform it lives in, the code, and the recorded
 * blueprint version when it is not current (it decides the stack's moved blocks).
 */
function tenantInputHash(engine, platformHash, spec, recordedBlueprint) {
    const upgrade = recordedBlueprint === undefined ? '' : `\0blueprint ${recordedBlueprint}`;
    return sha256(`tenant\0${engine}\0${platformHash}\0${JSON.stringify(spec)}${upgrade}`);
}
/** Reads the synth manifest of an output folder; undefined when absent or unreadable (then everything is rebuilt). */
function readSynthManifest(outdir) {
    const file = path.join(outdir, exports.SYNTH_MANIFEST_NAME);
    if (!fs.existsSync(file))
        return undefined;
    try {
        const m = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (m.version !== exports.SYNTH_MANIFEST_VERSION || typeof m.stacks !== 'object' || m.stacks === null)
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
}
/** Writes a file atomically (temporary file + rename), so an interrupted run never leaves half a file. */
function writeFileAtomic(file, text) {
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
}
/** Writes the synth manifest (keys sorted). */
function writeSynthManifest(outdir, engine, stacks) {
    const sorted = Object.fromEntries(Object.keys(stacks).sort().map((k) => [k, stacks[k]]));
    const m = { version: exports.SYNTH_MANIFEST_VERSION, engine, stacks: sorted };
    writeFileAtomic(path.join(outdir, exports.SYNTH_MANIFEST_NAME), `${JSON.stringify(m, null, 2)}\n`);
}
