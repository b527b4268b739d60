/**
 * The engine's side of the datacenter model (lib/rehearsal/model/api.ts): the provider config is
 * authenticated when terraform configures the provider, every apply asks the model first, a
 * refusal fails the apply with the prior state kept (enforce) or is recorded and applied anyway
 * (record), and accepted changes get the model's side effects. A toy model stands in for the
 * Proxmox and Vault rules, which have tests of their own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadShadowProvider } from '../../../lib/rehearsal/engine';
import { REFUSAL_TYPE, RecordedRefusal } from '../../../lib/rehearsal/engine/provider';
import { FileObjectStore } from '../../../lib/rehearsal/engine/store';
import type { ApiChange, Caller, DatacenterView, ProviderModel, ProxmoxCaller } from '../../../lib/rehearsal/model/api';
import { ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { blockOf, create, fullObject } from './helpers';

let dir: string;
const seen: ApiChange[] = [];

/** Callers named in `api_token`; `deny@pve` may not create pools; a pool ID `taken` already exists. */
const toy: ProviderModel<Caller> = {
  authenticate(config, env) {
    const token = (config.api_token as string | null) ?? env.PROXMOX_VE_API_TOKEN;
    if (!token) return { error: { summary: 'authentication failed', detail: 'no api_token' } };
    return { caller: { kind: 'proxmox', userId: token.split('!')[0] } };
  },
  check(change, caller, view: DatacenterView) {
    seen.push(change);
    const c = caller as ProxmoxCaller;
    if (change.typeName === 'proxmox_virtual_environment_pool' && change.action === 'create') {
      if (c.userId === 'deny@pve') return [{ summary: 'Permission check failed (/pool/x, Pool.Allocate)' }];
      const id = (change.planned as { pool_id: string }).pool_id;
      if (view.list('proxmox_virtual_environment_pool').some((o) => o.attributes.pool_id === id)) return [{ summary: `pool '${id}' already exists` }];
    }
    return [];
  },
  effects(change, _caller, store) {
    store.put({ typeName: '_effect', id: `${store.list('_effect').length}`, schemaVersion: 0, attributes: { type: change.typeName, action: change.action } });
  },
};

function provider(mode: 'enforce' | 'record', env: Record<string, string | undefined>): ShadowProvider {
  return loadShadowProvider('proxmox', { storeDir: dir, model: toy, modelMode: mode, env, stackName: 'tenant-a' });
}

function providerConfig(p: ShadowProvider, token: string | null): Value {
  return fullObject(p.schema.provider.block, { api_token: token }) as Value;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-model-'));
  seen.length = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('datacenter model hook', () => {
  it('authenticates the provider config, falling back to the environment as the real provider does', async () => {
    const p = provider('enforce', {});
    const diags = await p.configureProvider(providerConfig(p, null), '1.11.4');
    expect(diags).toEqual([{ severity: 'error', summary: 'authentication failed', detail: 'no api_token' }]);
    const q = provider('enforce', { PROXMOX_VE_API_TOKEN: 'ok@pve!ci=x' });
    expect(await q.configureProvider(providerConfig(q, null), '1.11.4')).toEqual([]);
  });

  it('an apply before a successful configure is refused (no caller)', async () => {
    const p = provider('enforce', {});
    const { applied } = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1' });
    expect(applied.diagnostics[0].summary).toBe('Provider not configured');
  });

  it('enforce: a refused create fails with the server text, stores nothing, and keeps the prior (null) state', async () => {
    const p = provider('enforce', {});
    await p.configureProvider(providerConfig(p, 'deny@pve!ci=x'), '1.11.4');
    const { applied } = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1' });
    expect(applied.newState).toBeNull();
    expect(applied.diagnostics).toEqual([{ severity: 'error', summary: 'error creating proxmox_virtual_environment_pool: Permission check failed (/pool/x, Pool.Allocate)' }]);
    expect(new FileObjectStore(dir).list('proxmox_virtual_environment_pool')).toEqual([]);
  });

  it('the model sees other objects of the shared store (a second create of the same ID is refused) and the change in JSON form', async () => {
    const p = provider('enforce', {});
    await p.configureProvider(providerConfig(p, 'ok@pve!ci=x'), '1.11.4');
    expect((await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1', comment: 'one' })).applied.diagnostics).toEqual([]);
    const again = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1', comment: 'two' });
    expect(again.applied.diagnostics.map((d) => d.summary)).toEqual(["error creating proxmox_virtual_environment_pool: pool 't1' already exists"]);
    expect(seen[0]).toMatchObject({ typeName: 'proxmox_virtual_environment_pool', action: 'create', prior: null, planned: { pool_id: 't1', comment: 'one', id: 't1' } });
  });

  it('record: the refusal is kept in the store with the stack name and the change is applied', async () => {
    const p = provider('record', {});
    await p.configureProvider(providerConfig(p, 'deny@pve!ci=x'), '1.11.4');
    const { applied } = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1' });
    expect(applied.diagnostics).toEqual([]);
    const store = new FileObjectStore(dir);
    expect(store.list('proxmox_virtual_environment_pool').map((o) => o.id)).toEqual(['t1']);
    const refusals = store.list(REFUSAL_TYPE).map((o) => o.attributes as unknown as RecordedRefusal);
    expect(refusals).toEqual([{ stack: 'tenant-a', typeName: 'proxmox_virtual_environment_pool', action: 'create', objectId: 't1', summary: 'Permission check failed (/pool/x, Pool.Allocate)' }]);
  });

  it('accepted changes, deletes included, get the model side effects; a refused one does not', async () => {
    const p = provider('enforce', {});
    await p.configureProvider(providerConfig(p, 'ok@pve!ci=x'), '1.11.4');
    const { applied } = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1' });
    await create(p, 'proxmox_virtual_environment_pool', { pool_id: 't1' }); // refused: exists
    await p.applyResourceChange('proxmox_virtual_environment_pool', { prior: applied.newState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
    const effects = new FileObjectStore(dir).list('_effect').map((o) => o.attributes);
    expect(effects).toEqual([
      { type: 'proxmox_virtual_environment_pool', action: 'create' },
      { type: 'proxmox_virtual_environment_pool', action: 'delete' },
    ]);
    expect(blockOf(p, 'proxmox_virtual_environment_pool').attributes?.pool_id).toBeDefined();
  });

  it('long and short proxmox names reach the model under the canonical (short) name', async () => {
    const p = provider('enforce', {});
    await p.configureProvider(providerConfig(p, 'ok@pve!ci=x'), '1.11.4');
    await create(p, 'proxmox_virtual_environment_acl', { path: '/pool/t1', role_id: 'PVEAuditor', group_id: 'g1', propagate: true });
    expect(seen.map((c) => c.typeName)).toEqual(['proxmox_acl']);
  });
});

describe('FileObjectStore.list', () => {
  it('lists every object of a type in ID order and sees writes of another store instance on the same folder at once', () => {
    const a = new FileObjectStore(dir);
    const b = new FileObjectStore(dir);
    expect(a.list('t')).toEqual([]);
    a.put({ typeName: 't', id: 'b', schemaVersion: 0, attributes: {} });
    expect(b.list('t').map((o) => o.id)).toEqual(['b']);
    b.put({ typeName: 't', id: 'a', schemaVersion: 0, attributes: {} });
    expect(a.list('t').map((o) => o.id)).toEqual(['a', 'b']);
    b.delete('t', 'b');
    expect(a.list('t').map((o) => o.id)).toEqual(['a']);
  });
});
