/**
 * Reads of KV v2 secrets (the data source `vault_kv_secret_v2`) against the Vault model and through
 * the engine: answered from the model's store, checked against the caller's merged policies (ACL
 * `read` on the exact data path), and a secret that is not there fails with the provider's words
 * (hashicorp/terraform-provider-vault v5.6.0 vault/data_source_kv_secret_v2.go:123-128; see
 * lib/rehearsal/model/vault/kv.ts for the sources).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadShadowProvider } from '../../../../lib/rehearsal/engine';
import { REFUSAL_TYPE, type RecordedRefusal } from '../../../../lib/rehearsal/engine/provider';
import { FileObjectStore } from '../../../../lib/rehearsal/engine/store';
import { deleteKvSecretV2, POLICY_TYPE, readVaultData, ROOT_TOKEN, seedVault, TOKEN_TYPE, vaultModel, writeKvSecretV2 } from '../../../../lib/rehearsal/model/vault';
import type { DatacenterStore } from '../../../../lib/rehearsal/model/api';
import type { Value } from '../../../../lib/rehearsal/provider-api';
import { fullObject } from '../../engine/helpers';
import { create, MemoryStore, session } from './helpers';

const SECRET = { namespace: '', mount: 'kv-kommunen', name: 'kommunen/musterstadt/ci/terraform', data: { pbs_password: 'rehearsal-vault-pbs-password' } };
const READER = 'hvs.reader';

/** A root-namespace datacenter with the KV v2 mount, the secret, and a token whose policy reads exactly `read`. */
function datacenter(store: DatacenterStore, read: string): void {
  seedVault(store);
  expect(create(store, session(store, ROOT_TOKEN), 'vault_mount', { path: 'kv-kommunen', type: 'kv', options: { version: '2' }, namespace: '' })).toEqual([]);
  writeKvSecretV2(store, SECRET);
  store.put({ typeName: POLICY_TYPE, id: 'reader', schemaVersion: 0, attributes: { namespace: '', name: 'reader', policy: `path "auth/token/create" {\n  capabilities = ["update"]\n}\npath "${read}" {\n  capabilities = ["read"]\n}\n` } });
  store.put({ typeName: TOKEN_TYPE, id: READER, schemaVersion: 0, attributes: { namespace: '', policies: ['default', 'reader'], display_name: 'jwt login role kommunen-musterstadt-ci' } });
}

const config = (name = SECRET.name): Record<string, unknown> => ({ mount: 'kv-kommunen', name, namespace: null, version: null });

describe('Vault model: KV v2 reads', () => {
  it('a token whose policy reads the exact data path gets the secret, with the fields the provider sets', () => {
    const store = new MemoryStore();
    datacenter(store, 'kv-kommunen/data/kommunen/musterstadt/ci/terraform');
    const r = readVaultData('vault_kv_secret_v2', config(), session(store, READER), store);
    expect(r).toEqual({ attributes: expect.objectContaining({ id: 'kv-kommunen/data/kommunen/musterstadt/ci/terraform', path: 'kv-kommunen/data/kommunen/musterstadt/ci/terraform', data: SECRET.data, data_json: JSON.stringify(SECRET.data), version: 1 }) });
  });

  it("a policy on another tenant's path is denied with Vault's 403 (the ACL runs before the secret is looked up)", () => {
    const store = new MemoryStore();
    datacenter(store, 'kv-kommunen/data/kommunen/hahn/ci/terraform');
    const r = readVaultData('vault_kv_secret_v2', config(), session(store, READER), store);
    expect(r && 'error' in r ? r.error.summary : r).toBe(
      'error reading secret "kv-kommunen/data/kommunen/musterstadt/ci/terraform" from Vault: Error making API request.\n\nURL: GET /v1/kv-kommunen/data/kommunen/musterstadt/ci/terraform\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n\n',
    );
    // Denied even where nothing is stored: a caller learns nothing about other paths.
    const other = readVaultData('vault_kv_secret_v2', config('kommunen/nobody/ci/terraform'), session(store, READER), store);
    expect(other && 'error' in other ? other.error.summary : other).toMatch(/Code: 403/);
  });

  it('a secret that was never written, or deleted, or a mount that does not exist: "no secret found" (404 → nil secret)', () => {
    const store = new MemoryStore();
    datacenter(store, 'kv-kommunen/data/kommunen/*');
    const caller = session(store, READER);
    const missing = readVaultData('vault_kv_secret_v2', config('kommunen/other/ci/terraform'), caller, store);
    expect(missing).toEqual({ error: { summary: 'no secret found at "kv-kommunen/data/kommunen/other/ci/terraform"' } });
    deleteKvSecretV2(store, SECRET);
    expect(readVaultData('vault_kv_secret_v2', config(), caller, store)).toEqual({ error: { summary: 'no secret found at "kv-kommunen/data/kommunen/musterstadt/ci/terraform"' } });
    writeKvSecretV2(store, SECRET);
    const noMount = readVaultData('vault_kv_secret_v2', { ...config(), mount: 'kv' }, session(store, ROOT_TOKEN), store);
    expect(noMount).toEqual({ error: { summary: 'no secret found at "kv/data/kommunen/musterstadt/ci/terraform"' } });
  });

  it('without a caller (model off) the stored secret is answered unchecked; other data sources are not modelled', () => {
    const store = new MemoryStore();
    datacenter(store, 'kv-kommunen/data/kommunen/hahn/ci/terraform');
    expect(readVaultData('vault_kv_secret_v2', config(), undefined, store)).toMatchObject({ attributes: { data: SECRET.data } });
    expect(readVaultData('vault_policy_document', {}, undefined, store)).toBeUndefined();
    expect(vaultModel.read).toBeDefined();
  });
});

describe('engine: a vault_kv_secret_v2 data source is read through the model', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-kv-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function read(mode: 'enforce' | 'record' | 'off', policyPath: string): Promise<{ state: Value; summaries: string[]; store: FileObjectStore }> {
    const store = new FileObjectStore(dir);
    datacenter(store, policyPath);
    const p = loadShadowProvider('vault', mode === 'off' ? { storeDir: dir, reads: vaultModel } : { storeDir: dir, model: vaultModel, modelMode: mode, env: { VAULT_TOKEN: READER }, stackName: 'musterstadt' });
    const pc = fullObject(p.schema.provider.block, {}) as Value;
    expect(await p.configureProvider(pc, '1.11.4')).toEqual([]);
    const block = p.schema.data_source_schemas!.vault_kv_secret_v2.block;
    const r = await p.readDataSource('vault_kv_secret_v2', fullObject(block, { mount: 'kv-kommunen', name: SECRET.name }) as Value);
    return { state: r.state, summaries: r.diagnostics.map((d) => d.summary), store };
  }

  it('enforce: the state carries the stored fields (sensitive map `data`), and a denied read fails with the provider error', async () => {
    const ok = await read('enforce', 'kv-kommunen/data/kommunen/musterstadt/ci/terraform');
    expect(ok.summaries).toEqual([]);
    expect((ok.state as Record<string, Value>).data).toEqual(SECRET.data);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const denied = await read('enforce', 'kv-kommunen/data/kommunen/hahn/ci/terraform');
    expect(denied.state).toBeNull();
    expect(denied.summaries).toEqual([expect.stringMatching(/^error reading secret "kv-kommunen\/data\/kommunen\/musterstadt\/ci\/terraform" from Vault: .*Code: 403/s)]);
  });

  it('record: a denied read is recorded (action read) and answered with the stored secret', async () => {
    const r = await read('record', 'kv-kommunen/data/kommunen/hahn/ci/terraform');
    expect(r.summaries).toEqual([]);
    expect((r.state as Record<string, Value>).data).toEqual(SECRET.data);
    const refusals = r.store.list(REFUSAL_TYPE).map((o) => o.attributes as unknown as RecordedRefusal);
    expect(refusals).toEqual([expect.objectContaining({ stack: 'musterstadt', typeName: 'vault_kv_secret_v2', action: 'read', objectId: null })]);
  });

  it('off: the stored secret is answered without a permission check', async () => {
    const r = await read('off', 'kv-kommunen/data/kommunen/hahn/ci/terraform');
    expect(r.summaries).toEqual([]);
    expect((r.state as Record<string, Value>).data).toEqual(SECRET.data);
  });
});

describe('engine: the ephemeral vault_kv_secret_v2 is opened through the model, like the data source', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-kv-eph-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function open(policyPath: string, name = SECRET.name): Promise<{ result: Value; summaries: string[] }> {
    const store = new FileObjectStore(dir);
    datacenter(store, policyPath);
    const p = loadShadowProvider('vault', { storeDir: dir, model: vaultModel, modelMode: 'enforce', env: { VAULT_TOKEN: READER }, stackName: 'vg-musterland' });
    expect(await p.configureProvider(fullObject(p.schema.provider.block, {}) as Value, '1.11.4')).toEqual([]);
    const block = p.schema.ephemeral_resource_schemas!.vault_kv_secret_v2.block;
    const r = await p.openEphemeralResource('vault_kv_secret_v2', fullObject(block, { mount: 'kv-kommunen', name }) as Value);
    return { result: r.result, summaries: r.diagnostics.map((d) => d.summary) };
  }

  it('answers the stored fields to a caller that may read the path', async () => {
    const ok = await open('kv-kommunen/data/kommunen/musterstadt/ci/terraform');
    expect(ok.summaries).toEqual([]);
    expect((ok.result as Record<string, Value>).data).toEqual(SECRET.data);
    // `version` is optional and not computed in the ephemeral schema: terraform refuses a provider
    // value for it when the configuration left it null.
    expect((ok.result as Record<string, Value>).version).toBeNull();
  });

  it("fails with the provider's error without a read grant, and when the secret is not there", async () => {
    const denied = await open('kv-kommunen/data/kommunen/hahn/ci/terraform');
    expect(denied.result).toBeNull();
    expect(denied.summaries).toEqual([expect.stringMatching(/^error reading secret "kv-kommunen\/data\/kommunen\/musterstadt\/ci\/terraform" from Vault: .*Code: 403/s)]);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const missing = await open('kv-kommunen/data/kommunen/*', 'kommunen/musterstadt/ci/realm-client-key');
    expect(missing.summaries).toEqual(['no secret found at "kv-kommunen/data/kommunen/musterstadt/ci/realm-client-key"']);
  });
});
