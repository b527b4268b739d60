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
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const schema_facts_1 = require("../../lib/verify/schema-facts");
const shared_data_1 = require("../helpers/shared-data");
const ROOT = path.resolve(__dirname, '../..');
const GEN = path.join(ROOT, 'scripts', 'gen-vault-facts.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { blockFacts, sortKeys } = require('../../scripts/facts-util');
describe('loadProviderFacts', () => {
    it('loads the committed proxmox and vault facts once and caches them', () => {
        const p = (0, schema_facts_1.loadProviderFacts)('proxmox');
        expect((0, schema_facts_1.loadProviderFacts)('proxmox')).toBe(p);
        expect(p.source).toBe('bpg/proxmox');
        expect(p.version).toBe('0.111.1');
        expect(p.resources.proxmox_sdn_vnet.attributes.zone).toEqual({ required: true, type: 'string' });
        const v = (0, schema_facts_1.loadProviderFacts)('vault');
        expect(v.source).toBe('hashicorp/vault');
        expect((0, schema_facts_1.providerFactsPath)('vault')).toBe(path.join(ROOT, 'lib', 'providers', 'facts', 'vault.json'));
    });
    it('fails when asked for a provider without facts', () => {
        expect(() => (0, schema_facts_1.loadProviderFacts)('aws')).toThrow('unknown provider "aws"; allowed: proxmox, vault');
    });
    it('fails when a facts document has the wrong shape, naming each problem', () => {
        expect((0, schema_facts_1.factsShapeProblems)({ provider: 'x', source: 1, resources: [] })).toEqual([
            '"source" must be a string, got 1',
            '"version" must be a string, got undefined',
            '"providerBlock" must be an object',
            '"resources" must be an object',
            '"dataSources" must be an object',
        ]);
        expect((0, schema_facts_1.factsShapeProblems)(null)).toEqual(['the document is not a JSON object']);
    });
});
describe('Vault facts (derived from the @cdktf/provider-vault jsii manifest)', () => {
    const v = (0, schema_facts_1.loadProviderFacts)('vault');
    it('records the provider version from the registry links and the limits of the source', () => {
        expect(v.version).toBe('5.6.0');
        expect(v.generatedFrom).toBe('@cdktf/provider-vault 15.6.1 (.jsii)');
        expect((v.notes ?? []).join(' ')).toContain('maxItems is unknown');
        expect(Object.keys(v.resources).length).toBeGreaterThan(150);
        expect(Object.keys(v.dataSources).length).toBeGreaterThan(40);
    });
    it('knows the arguments of vault_kv_secret_v2 as the provider defines them', () => {
        const kv = v.resources.vault_kv_secret_v2;
        const required = Object.entries(kv.attributes).filter(([, a]) => a.required).map(([n]) => n);
        expect(required.sort()).toEqual(['mount', 'name']);
        expect(kv.attributes.data_json).toEqual({ type: 'string' }); // optional since data_json_wo exists
        expect(kv.attributes.cas).toEqual({ type: 'number' });
        expect(kv.attributes.delete_all_versions).toEqual({ type: 'bool' });
        expect(kv.attributes.options).toEqual({ type: ['map', 'string'] });
        expect(kv.attributes.path).toEqual({ computedOnly: true, type: 'string' });
        expect(kv.blocks.custom_metadata.maxItems).toBe(1);
        expect(kv.blocks.custom_metadata.block.attributes.max_versions).toEqual({ type: 'number' });
    });
    it('knows mounts, policies, the provider block and data sources', () => {
        expect(v.resources.vault_mount.attributes.path.required).toBe(true);
        expect(v.resources.vault_mount.attributes.type.required).toBe(true);
        expect(v.resources.vault_policy.attributes.policy.required).toBe(true);
        expect(v.providerBlock.attributes.address).toEqual({ type: 'string' });
        expect(v.providerBlock.attributes.skip_tls_verify).toEqual({ type: 'bool' });
        expect(v.providerBlock.blocks.auth_login.nesting).toBe('list');
        const rule = v.dataSources.vault_policy_document.blocks.rule;
        expect(rule.maxItems).toBeUndefined();
        expect(rule.block.attributes.capabilities).toEqual({ required: true, type: ['list', 'string'] });
        expect(v.dataSources.vault_policy_document.attributes.hcl).toEqual({ computedOnly: true, type: 'string' });
        expect(v.resources.vault_gcp_secret_roleset.blocks.binding.minItems).toBe(1);
    });
    it('is up to date: regenerating from the installed package gives the committed file byte for byte', () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-vault-facts-')), 'vault.json');
        try {
            const r = (0, child_process_1.spawnSync)(process.execPath, [GEN, '--out', out], { encoding: 'utf8' });
            expect(r.stderr).toBe('');
            expect(r.status).toBe(0);
            expect(r.stdout).toMatch(/^gen:vault-facts: hashicorp\/vault 5\.6\.0 from @cdktf\/provider-vault 15\.6\.1: 160 resources, 45 data sources, \d+ provider arguments -> .* in \d+ ms\n$/);
            expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync((0, schema_facts_1.providerFactsPath)('vault'), 'utf8'));
        }
        finally {
            fs.rmSync(path.dirname(out), { recursive: true, force: true });
        }
    });
    it('fails with a clear message when the jsii manifest is missing', () => {
        const r = (0, child_process_1.spawnSync)(process.execPath, [GEN, '/nonexistent/.jsii', '--out', '/nonexistent/out.json'], { encoding: 'utf8' });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('jsii manifest not found: /nonexistent/.jsii');
    });
});
(0, shared_data_1.describeIfShared)('Proxmox facts against the shared provider schema', () => {
    it('match a fresh extraction from ../shared/schemas/bpg-proxmox-0.111.1.json', () => {
        const file = path.join(shared_data_1.SHARED, 'schemas', 'bpg-proxmox-0.111.1.json');
        const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
        const p = schema.provider_schemas['registry.terraform.io/bpg/proxmox'];
        const facts = (0, schema_facts_1.loadProviderFacts)('proxmox');
        const map = (o) => Object.fromEntries(Object.entries(o).map(([k, s]) => [k, blockFacts(s.block)]));
        expect(sortKeys(facts.providerBlock)).toEqual(sortKeys(blockFacts(p.provider.block)));
        expect(Object.keys(facts.resources).sort()).toEqual(Object.keys(p.resource_schemas).sort());
        expect(sortKeys(facts.resources)).toEqual(sortKeys(map(p.resource_schemas)));
        expect(sortKeys(facts.dataSources)).toEqual(sortKeys(map(p.data_source_schemas)));
    });
});
