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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The committed JSON Schemas and the generated tables in docs/parameters.md must equal what the
 * code generates; the schemas must carry the bounds of the constants. Fix a failure by running
 * writeJsonSchemas() and writeParameterDocs() (see docs/parameters.md, "Regenerating").
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ajv_1 = __importDefault(require("ajv"));
const catalogue_1 = require("../../lib/config/catalogue");
const defaults_1 = require("../../lib/config/defaults");
const flows_1 = require("../../lib/config/flows");
const json_schema_1 = require("../../lib/config/json-schema");
const param_docs_1 = require("../../lib/config/param-docs");
const fixtures_1 = require("./fixtures");
const yaml_1 = require("yaml");
const read = (rel) => fs.readFileSync(path.join(fixtures_1.REPO, rel), 'utf8');
describe('JSON Schema drift', () => {
    it('committed schemas/kommune.schema.json equals the generated schema', () => {
        expect(read(json_schema_1.SCHEMA_FILES.kommune)).toBe((0, json_schema_1.serializeSchema)((0, json_schema_1.kommuneSchema)()));
    });
    it('committed schemas/fleet.schema.json equals the generated schema', () => {
        expect(read(json_schema_1.SCHEMA_FILES.fleet)).toBe((0, json_schema_1.serializeSchema)((0, json_schema_1.fleetSchema)()));
    });
    it('writeJsonSchemas writes both files below a given root', () => {
        const dir = (0, fixtures_1.tempDir)();
        try {
            const written = (0, json_schema_1.writeJsonSchemas)(dir).map((f) => path.relative(dir, f).split(path.sep).join('/'));
            expect(written).toEqual([json_schema_1.SCHEMA_FILES.kommune, json_schema_1.SCHEMA_FILES.fleet]);
            expect(fs.readFileSync(path.join(dir, json_schema_1.SCHEMA_FILES.fleet), 'utf8')).toBe((0, json_schema_1.serializeSchema)((0, json_schema_1.fleetSchema)()));
        }
        finally {
            (0, fixtures_1.cleanup)(dir);
        }
    });
    it('takes every bound and default from the constants', () => {
        const k = (0, json_schema_1.kommuneSchema)();
        const retention = (k.properties?.backup.properties?.retention.properties ?? {});
        for (const [field, b] of Object.entries(defaults_1.RETENTION_BOUNDS)) {
            expect([retention[field].minimum, retention[field].maximum]).toEqual([b.min, b.max]);
            expect(retention[field].default).toBe(defaults_1.DEFAULT_RETENTION[field]);
        }
        const days = k.properties?.logging.properties?.retentionDays;
        expect([days.minimum, days.maximum, days.default]).toEqual([defaults_1.LOG_RETENTION_DAYS.min, defaults_1.LOG_RETENTION_DAYS.max, defaults_1.LOG_RETENTION_DAYS.default]);
        const dmz = k.properties?.segments.properties?.dmz.properties?.prefixLength;
        expect([dmz.minimum, dmz.maximum]).toEqual([catalogue_1.SEGMENT_PREFIX_BOUNDS.min, catalogue_1.SEGMENT_PREFIX_BOUNDS.max]);
        expect(Object.keys(k.properties?.flows.properties ?? {})).toEqual(flows_1.FLOW_IDS);
        const reason = k.properties?.flowExceptions.additionalProperties;
        expect(reason.properties?.reason.minLength).toBe(defaults_1.REASON_MIN_LENGTH);
    });
    it('validates the example parameter files with a plain ajv (as editors would)', () => {
        const ajv = new ajv_1.default({ allErrors: true, strict: false });
        const k = ajv.compile(JSON.parse(read(json_schema_1.SCHEMA_FILES.kommune)));
        const f = ajv.compile(JSON.parse(read(json_schema_1.SCHEMA_FILES.fleet)));
        for (const ex of ['musterstadt', 'verbandsgemeinde']) {
            expect(f((0, yaml_1.parse)(read(`examples/${ex}/fleet.yaml`)))).toBe(true);
            const dir = path.join(fixtures_1.REPO, 'examples', ex, 'kommunen');
            for (const file of fs.readdirSync(dir)) {
                const ok = k((0, yaml_1.parse)(fs.readFileSync(path.join(dir, file), 'utf8')));
                expect([file, ok, k.errors ?? null]).toEqual([file, true, null]);
            }
        }
    });
});
describe('docs/parameters.md drift', () => {
    it('the generated tables in docs/parameters.md are up to date', () => {
        const text = read(param_docs_1.PARAMETER_DOCS_FILE);
        expect((0, param_docs_1.renderParameterDocs)(text)).toBe(text);
    });
    it('lists every field with its bounds and default', () => {
        const blocks = (0, param_docs_1.generatedBlocks)();
        expect(blocks.kommune).toContain('| `backup.retention.keepDaily` | integer |  | `14` | 7..90 |');
        expect(blocks.kommune).toContain('| `logging.retentionDays` | integer |  | `90` | 30..180 |');
        expect(blocks.fleet).toContain('| `network.zoneType` | string | yes |  | `vlan`, `qinq`, `vxlan`, `evpn` |');
        for (const id of flows_1.FLOW_IDS)
            expect(blocks.flows).toContain(`| \`${id}\` |`);
    });
    it('fails when a marker is missing', () => {
        expect(() => (0, param_docs_1.renderParameterDocs)('# no markers')).toThrow('markers for the generated block');
    });
});
