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
exports.KNOWN_PROVIDERS = void 0;
exports.providerFactsPath = providerFactsPath;
exports.loadProviderFacts = loadProviderFacts;
exports.factsShapeProblems = factsShapeProblems;
/**
 * The schema facts format: a compact, committed extract of a Terraform provider schema that the
 * offline conformance check (./conformance.ts) compares synthesized cdk.tf.json against.
 *
 * Producers:
 *   - scripts/gen-proxmox.js      from `terraform providers schema -json` (via scripts/facts-util.js)
 *   - scripts/gen-vault-facts.js  from the @cdktf/provider-vault .jsii manifest
 *
 * Both write with sorted keys, so regenerating gives no diff.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** The providers the conformance check uses by default. */
exports.KNOWN_PROVIDERS = ['proxmox', 'vault'];
const cache = new Map();
/** Where the facts JSON of a provider lives (next to the compiled module as well, see scripts/copy-assets.js). */
function providerFactsPath(name) {
    return path.join(__dirname, '../providers/facts', `${name}.json`);
}
/**
 * Loads the committed facts of a provider (cached per process). Throws a clear error naming the
 * file when it is missing or not a facts document.
 */
function loadProviderFacts(name) {
    const hit = cache.get(name);
    if (hit)
        return hit;
    if (!exports.KNOWN_PROVIDERS.includes(name)) {
        throw new Error(`loadProviderFacts: unknown provider "${String(name)}"; allowed: ${exports.KNOWN_PROVIDERS.join(', ')}`);
    }
    const file = providerFactsPath(name);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        const hint = name === 'vault' ? 'run "npm run gen:vault-facts"' : 'run "npm run gen:proxmox"';
        throw new Error(`${file}: cannot read the ${name} schema facts (${e.message}); ${hint}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${file}: not valid JSON: ${e.message}`);
    }
    const problems = factsShapeProblems(parsed);
    if (problems.length > 0) {
        throw new Error(`${file}: not a schema facts document: ${problems.join('; ')}`);
    }
    const facts = parsed;
    cache.set(name, facts);
    return facts;
}
/** Shallow shape check of a facts document (top level only); returns the problems found. */
function factsShapeProblems(v) {
    const out = [];
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return ['the document is not a JSON object'];
    const o = v;
    for (const k of ['provider', 'source', 'version']) {
        if (typeof o[k] !== 'string')
            out.push(`"${k}" must be a string, got ${JSON.stringify(o[k]) ?? 'undefined'}`);
    }
    for (const k of ['providerBlock', 'resources', 'dataSources']) {
        if (!o[k] || typeof o[k] !== 'object' || Array.isArray(o[k]))
            out.push(`"${k}" must be an object`);
    }
    return out;
}
