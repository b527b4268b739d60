import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { factsShapeProblems, loadProviderFacts, providerFactsPath } from '../../lib/verify/schema-facts';
import { describeIfShared, SHARED } from '../helpers/shared-data';

const ROOT = path.resolve(__dirname, '../..');
const GEN = path.join(ROOT, 'scripts', 'gen-vault-facts.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { blockFacts, sortKeys } = require('../../scripts/facts-util') as {
  blockFacts: (b: unknown) => unknown;
  sortKeys: (v: unknown) => unknown;
};

describe('loadProviderFacts', () => {
  it('loads the committed proxmox and vault facts once and caches them', () => {
    const p = loadProviderFacts('proxmox');
    expect(loadProviderFacts('proxmox')).toBe(p);
    expect(p.source).toBe('bpg/proxmox');
    expect(p.version).toBe('0.111.1');
    expect(p.resources.proxmox_sdn_vnet.attributes.zone).toEqual({ required: true, type: 'string' });
    const v = loadProviderFacts('vault');
    expect(v.source).toBe('hashicorp/vault');
    expect(providerFactsPath('vault')).toBe(path.join(ROOT, 'lib', 'providers', 'facts', 'vault.json'));
  });

  it('fails when asked for a provider without facts', () => {
    expect(() => loadProviderFacts('aws' as never)).toThrow('unknown provider "aws"; allowed: proxmox, vault');
  });

  it('fails when a facts document has the wrong shape, naming each problem', () => {
    expect(factsShapeProblems({ provider: 'x', source: 1, resources: [] })).toEqual([
      '"source" must be a string, got 1',
      '"version" must be a string, got undefined',
      '"providerBlock" must be an object',
      '"resources" must be an object',
      '"dataSources" must be an object',
    ]);
    expect(factsShapeProblems(null)).toEqual(['the document is not a JSON object']);
  });
});

describe('Vault facts (derived from the @cdktf/provider-vault jsii manifest)', () => {
  const v = loadProviderFacts('vault');

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
      const r = spawnSync(process.execPath, [GEN, '--out', out], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^gen:vault-facts: hashicorp\/vault 5\.6\.0 from @cdktf\/provider-vault 15\.6\.1: 160 resources, 45 data sources, \d+ provider arguments -> .* in \d+ ms\n$/);
      expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(providerFactsPath('vault'), 'utf8'));
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('fails with a clear message when the jsii manifest is missing', () => {
    const r = spawnSync(process.execPath, [GEN, '/nonexistent/.jsii', '--out', '/nonexistent/out.json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('jsii manifest not found: /nonexistent/.jsii');
  });
});

describeIfShared('Proxmox facts against the shared provider schema', () => {
  it('match a fresh extraction from ../shared/schemas/bpg-proxmox-0.111.1.json', () => {
    const file = path.join(SHARED, 'schemas', 'bpg-proxmox-0.111.1.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    const p = schema.provider_schemas['registry.terraform.io/bpg/proxmox'];
    const facts = loadProviderFacts('proxmox');
    const map = (o: Record<string, { block: unknown }>): unknown => Object.fromEntries(Object.entries(o).map(([k, s]) => [k, blockFacts(s.block)]));
    expect(sortKeys(facts.providerBlock)).toEqual(sortKeys(blockFacts(p.provider.block)));
    expect(Object.keys(facts.resources).sort()).toEqual(Object.keys(p.resource_schemas).sort());
    expect(sortKeys(facts.resources)).toEqual(sortKeys(map(p.resource_schemas)));
    expect(sortKeys(facts.dataSources)).toEqual(sortKeys(map(p.data_source_schemas)));
  });
});
