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
exports.PARAMETER_DOCS_FILE = void 0;
exports.parameterTable = parameterTable;
exports.flowCatalogueTable = flowCatalogueTable;
exports.generatedBlocks = generatedBlocks;
exports.renderParameterDocs = renderParameterDocs;
exports.blockMarkers = blockMarkers;
exports.writeParameterDocs = writeParameterDocs;
/**
 * Generates the parameter tables of docs/parameters.md from the JSON Schemas (which read the
 * catalogue and defaults constants), so bounds and defaults appear in the docs exactly as enforced.
 * `writeParameterDocs()` rewrites the generated blocks between the markers; a test fails when the
 * committed file differs.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const flows_1 = require("./flows");
const json_schema_1 = require("./json-schema");
exports.PARAMETER_DOCS_FILE = 'docs/parameters.md';
function esc(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function code(v) {
    return `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
}
function typeOf(s) {
    if (s.enum)
        return 'string';
    if (s.type === 'array')
        return `list of ${s.items ? typeOf(s.items) : 'any'}`;
    if (s.type === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object')
        return 'map';
    return Array.isArray(s.type) ? s.type.join(' \\| ') : s.type ?? 'any';
}
function bounds(s) {
    const parts = [];
    if (s.enum)
        parts.push(s.enum.map((v) => code(v)).join(', '));
    if (s.minimum !== undefined && s.maximum !== undefined)
        parts.push(`${s.minimum}..${s.maximum}`);
    else if (s.minimum !== undefined)
        parts.push(`>= ${s.minimum}`);
    else if (s.maximum !== undefined)
        parts.push(`<= ${s.maximum}`);
    if (s.patternErrorMessage)
        parts.push(s.patternErrorMessage);
    if (s.minLength !== undefined && s.minLength > 1)
        parts.push(`at least ${s.minLength} characters`);
    if (s.minItems !== undefined)
        parts.push(`at least ${s.minItems} entr${s.minItems === 1 ? 'y' : 'ies'}`);
    if (s.minProperties !== undefined)
        parts.push(`at least ${s.minProperties} entr${s.minProperties === 1 ? 'y' : 'ies'}`);
    if (s.type === 'object' && s.propertyNames?.patternErrorMessage)
        parts.push(`keys: ${s.propertyNames.patternErrorMessage}`);
    return parts.join('; ');
}
function rows(schema, prefix, out, skip) {
    const required = new Set(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const name = prefix === '' ? key : `${prefix}.${key}`;
        if (skip(name))
            continue;
        out.push({ name, required: required.has(key), schema: child });
        if (child.properties)
            rows(child, name, out, skip);
        else if (child.type === 'object' && child.additionalProperties && typeof child.additionalProperties === 'object' && child.additionalProperties.properties) {
            rows(child.additionalProperties, `${name}.<id>`, out, skip);
        }
    }
    return out;
}
/** Markdown table of a schema's fields: name, type, required, default, bounds, description. */
function parameterTable(schema, skip = () => false) {
    const lines = ['| field | type | required | default | allowed | description |', '|---|---|---|---|---|---|'];
    for (const r of rows(schema, '', [], skip)) {
        const s = r.schema;
        lines.push(`| \`${r.name}\` | ${esc(typeOf(s))} | ${r.required ? 'yes' : ''} | ${s.default !== undefined ? esc(code(s.default)) : ''} | ${esc(bounds(s))} | ${esc(s.description ?? '')} |`);
    }
    return lines.join('\n');
}
/** Markdown table of the vetted flow catalogue. */
function flowCatalogueTable() {
    const lines = ['| flow ID | from | to | protocol | ports | description |', '|---|---|---|---|---|---|'];
    for (const id of flows_1.FLOW_IDS) {
        const f = flows_1.FLOW_CATALOGUE[id];
        lines.push(`| \`${id}\` | ${f.from} | ${f.to} | ${f.protocol} | ${f.ports ?? ''} | ${esc(f.description)} |`);
    }
    return lines.join('\n');
}
/** The generated blocks of docs/parameters.md, by marker name. */
function generatedBlocks() {
    return {
        // flows.<id> rows repeat the flow catalogue table; list them once there.
        kommune: parameterTable((0, json_schema_1.kommuneSchema)(), (n) => n.startsWith('flows.') && !n.startsWith('flows.<')),
        fleet: parameterTable((0, json_schema_1.fleetSchema)()),
        flows: flowCatalogueTable(),
    };
}
const BEGIN = (name) => `<!-- BEGIN GENERATED ${name}: do not edit, run writeParameterDocs() -->`;
const END = (name) => `<!-- END GENERATED ${name} -->`;
/** Replaces every generated block of `text`; throws when a marker is missing. */
function renderParameterDocs(text) {
    let out = text;
    for (const [name, body] of Object.entries(generatedBlocks())) {
        const begin = BEGIN(name);
        const end = END(name);
        const i = out.indexOf(begin);
        const j = out.indexOf(end);
        if (i < 0 || j < i)
            throw new Error(`${exports.PARAMETER_DOCS_FILE}: markers for the generated block "${name}" are missing:\n${begin}\n${end}`);
        out = `${out.slice(0, i + begin.length)}\n${body}\n${out.slice(j)}`;
    }
    return out;
}
/** Markers to paste into docs/parameters.md for a block. */
function blockMarkers(name) {
    return `${BEGIN(name)}\n${END(name)}`;
}
/** Regenerates the tables in docs/parameters.md below `root` (the package root). */
function writeParameterDocs(root = (0, json_schema_1.packageRoot)()) {
    const file = path.join(root, exports.PARAMETER_DOCS_FILE);
    fs.writeFileSync(file, renderParameterDocs(fs.readFileSync(file, 'utf8')));
    return file;
}
