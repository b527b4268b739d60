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
 * The build precompiles the schema validators (scripts/gen-validators.js); they must report exactly
 * what validators compiled at run time report, or the CLI's messages would differ from the tests'.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ajv_1 = __importDefault(require("ajv"));
const yaml_1 = require("yaml");
const json_schema_1 = require("../../lib/config/json-schema");
const schema_check_1 = require("../../lib/config/schema-check");
const REPO = path.resolve(__dirname, '../..');
const FILE = path.join(REPO, 'dist/lib/config', schema_check_1.PRECOMPILED_VALIDATORS);
describe('precompiled schema validators', () => {
    if (!fs.existsSync(FILE))
        throw new Error(`${FILE} is missing: run "npm run build" first (npm test does)`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pre = require(FILE);
    const ajv = (0, schema_check_1.configureAjv)(new ajv_1.default(schema_check_1.AJV_OPTIONS));
    const live = { kommune: ajv.compile((0, json_schema_1.kommuneSchema)()), fleet: ajv.compile((0, json_schema_1.fleetSchema)()) };
    const examples = fs.readdirSync(path.join(REPO, 'examples'));
    const kommunen = examples.flatMap((e) => {
        const dir = path.join(REPO, 'examples', e, 'kommunen');
        return fs.readdirSync(dir).map((f) => (0, yaml_1.parse)(fs.readFileSync(path.join(dir, f), 'utf8')));
    });
    const fleets = examples.map((e) => (0, yaml_1.parse)(fs.readFileSync(path.join(REPO, 'examples', e, 'fleet.yaml'), 'utf8')));
    const badKommunen = [
        {}, 'text', [1], null,
        { key: 'Mainz!', name: 5, kind: 'dorf', sise: 'm', backup: { retention: { keepDaily: 400 } } },
        { key: 'abc', name: 'n', kind: 'stadt', flows: { x: { reason: 1 } }, identity: { source: 'ldap', ldap: { server: '', baseDn: 3 } } },
    ];
    const badFleets = [{}, { name: 'X', network: { zoneType: 'foo', supernets: [] } }, { ...fleets[0], vault: { isolation: 'both' } }];
    it.each([
        ['kommune', [...kommunen, ...badKommunen]],
        ['fleet', [...fleets, ...badFleets]],
    ])('%s: same verdict and same errors for valid and invalid documents', (kind, docs) => {
        let invalid = 0;
        for (const doc of docs) {
            const a = pre[kind](doc);
            const b = live[kind](doc);
            expect(a).toBe(b);
            expect(pre[kind].errors ?? null).toEqual(live[kind].errors ?? null);
            if (!b)
                invalid += 1;
        }
        expect(invalid).toBeGreaterThan(2);
    });
});
