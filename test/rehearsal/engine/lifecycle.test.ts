/**
 * The object store and the state operations around it, against the shipped schemas: apply writes,
 * destroy removes, read reports drift, import finds stored objects or parses the ID, moves between
 * the long and short proxmox names, state upgrades, failure injection, data sources, ephemeral
 * resources and determinism.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadShadowProvider } from '../../../lib/rehearsal/engine';
import { toJson } from '../../../lib/rehearsal/engine/values';
import { isUnknown, ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { blockOf, create, fullObject, planUpdate, proxmox, update, vault } from './helpers';

type Obj = Record<string, Value>;

let dir: string;
let pm: ShadowProvider;
let vt: ShadowProvider;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-store-'));
  pm = loadShadowProvider('proxmox', { storeDir: dir });
  vt = loadShadowProvider('vault', { storeDir: dir });
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function storedFile(typeName: string, id: string): string {
  return path.join(dir, encodeURIComponent(typeName), `${encodeURIComponent(id)}.json`);
}

describe('object store', () => {
  it('apply writes the object as JSON keyed by type and ID; read returns it; destroy removes it', async () => {
    const { applied } = await create(pm, 'proxmox_virtual_environment_pool', { pool_id: 't1', comment: 'Tenant 1' });
    const file = storedFile('proxmox_virtual_environment_pool', 't1');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(stored).toEqual({ typeName: 'proxmox_virtual_environment_pool', id: 't1', schemaVersion: 0, attributes: toJson(applied.newState) });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['t1.json']); // no temporary file left
    const read = await pm.readResource('proxmox_virtual_environment_pool', applied.newState, Buffer.alloc(0));
    expect(read.state).toEqual(applied.newState);
    const destroyed = await pm.applyResourceChange('proxmox_virtual_environment_pool', { prior: applied.newState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
    expect(destroyed.newState).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('read returns null for an object removed behind terraform\'s back, so terraform plans it again (drift)', async () => {
    const { applied } = await create(vt, 'vault_policy', { name: 't1-admin', policy: 'path "t1/*" {}' });
    fs.rmSync(storedFile('vault_policy', 't1-admin'));
    expect((await vt.readResource('vault_policy', applied.newState, Buffer.alloc(0))).state).toBeNull();
  });

  it('read reports a value changed in the store', async () => {
    const { applied } = await create(vt, 'vault_policy', { name: 't1-admin', policy: 'a' });
    const file = storedFile('vault_policy', 't1-admin');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    stored.attributes.policy = 'b';
    fs.writeFileSync(file, JSON.stringify(stored));
    expect(((await vt.readResource('vault_policy', applied.newState, Buffer.alloc(0))).state as Obj).policy).toBe('b');
  });

  it('keeps Vault objects of the same path in two namespaces apart (seen as a replace of a namespace-mode KV mount)', async () => {
    const a = await create(vt, 'vault_mount', { path: 'kv', type: 'kv-v2', namespace: 'kommunen/a' });
    const b = await create(vt, 'vault_mount', { path: 'kv', type: 'kv-v2', namespace: 'kommunen/b' });
    expect((a.applied.newState as Obj).id).toBe((b.applied.newState as Obj).id);
    const readA = (await vt.readResource('vault_mount', a.applied.newState, Buffer.alloc(0))).state as Obj;
    const readB = (await vt.readResource('vault_mount', b.applied.newState, Buffer.alloc(0))).state as Obj;
    expect([readA.namespace, readB.namespace]).toEqual(['kommunen/a', 'kommunen/b']);
    await vt.applyResourceChange('vault_mount', { prior: a.applied.newState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
    expect((await vt.readResource('vault_mount', a.applied.newState, Buffer.alloc(0))).state).toBeNull();
    expect(((await vt.readResource('vault_mount', b.applied.newState, Buffer.alloc(0))).state as Obj).namespace).toBe('kommunen/b');
  });

  it('without a store the provider is stateless: read returns the current state', async () => {
    const { applied } = await create(vault, 'vault_policy', { name: 'p', policy: 'x' });
    expect((await vault.readResource('vault_policy', applied.newState, Buffer.alloc(0))).state).toBe(applied.newState);
  });

  it('an SDKv2 rename in place gives the object its new ID and moves the stored object (security group name)', async () => {
    const t = 'proxmox_virtual_environment_cluster_firewall_security_group';
    const { applied } = await create(pm, t, { name: 'sg-old' });
    const { plan, applied: renamed } = await update(pm, t, applied.newState, { name: 'sg-new' });
    expect(plan.requiresReplace).toEqual([]);
    expect((renamed.newState as Obj).id).toBe('sg-new');
    expect(fs.existsSync(storedFile(t, 'sg-old'))).toBe(false);
    expect(fs.existsSync(storedFile(t, 'sg-new'))).toBe(true);
  });

  it('the zone of a stored vnet gives a subnet its real ID shape', async () => {
    await create(pm, 'proxmox_sdn_vnet', { id: 't1net', zone: 't1zone' });
    const { applied } = await create(pm, 'proxmox_sdn_subnet', { vnet: 't1net', cidr: '10.1.0.0/24' });
    expect((applied.newState as Obj).id).toBe('t1zone-10.1.0.0-24');
  });
});

describe('import', () => {
  it('returns the stored object when it exists', async () => {
    const { applied } = await create(pm, 'proxmox_acl', { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    const r = await pm.importResourceState('proxmox_acl', '/pool/t1?g?R');
    expect(r.diagnostics).toEqual([]);
    expect(r.imported).toEqual([{ typeName: 'proxmox_acl', state: applied.newState, private: Buffer.alloc(0) }]);
  });
  it('otherwise returns the ID and the attributes the real importer parses from it', async () => {
    const acl = await pm.importResourceState('proxmox_acl', '/vms/100?alice@pve!ci?PVEVMUser');
    expect(acl.imported[0].state).toEqual(expect.objectContaining({ id: '/vms/100?alice@pve!ci?PVEVMUser', path: '/vms/100', token_id: 'alice@pve!ci', user_id: null, group_id: null, role_id: 'PVEVMUser' }));
    const file = await pm.importResourceState('proxmox_virtual_environment_file', 'pve1/local:iso/debian.iso');
    expect(file.imported[0].state).toEqual(expect.objectContaining({ id: 'local:iso/debian.iso', node_name: 'pve1', datastore_id: 'local', content_type: 'iso' }));
    const ipset = await pm.importResourceState('proxmox_virtual_environment_firewall_ipset', 'vm/pve1/100/web');
    expect(ipset.imported[0].state).toEqual(expect.objectContaining({ id: 'web', name: 'web', node_name: 'pve1', vm_id: 100 }));
    const mount = await vt.importResourceState('vault_mount', 't1/kv');
    expect(mount.imported[0].state).toEqual(expect.objectContaining({ id: 't1/kv', path: null, type: null }));
    // The imported object is not in the store: terraform's read after import finds nothing.
    expect((await vt.readResource('vault_mount', mount.imported[0].state, Buffer.alloc(0))).state).toBeNull();
  });
  it('fails with the provider\'s error for a malformed ID', async () => {
    const r = await pm.importResourceState('proxmox_user_token', 'no-separator');
    expect(r.imported).toEqual([]);
    expect(r.diagnostics[0].detail).toBe('Expected import identifier with format: \'user_id!token_name\'. Got: "no-separator"');
  });
  it('fails with the SDK\'s error for a type that cannot be imported', async () => {
    const fw = await pm.importResourceState('proxmox_sdn_applier', 'x');
    expect(fw.diagnostics).toEqual([{ severity: 'error', summary: 'Resource Import Not Implemented', detail: 'This resource does not support import. Please contact the provider developer for additional information.' }]);
    const sdk = await vt.importResourceState('vault_pki_secret_backend_intermediate_cert_request', 'x');
    expect(sdk.diagnostics).toEqual([{ severity: 'error', summary: "resource vault_pki_secret_backend_intermediate_cert_request doesn't support import" }]);
  });
});

describe('moves between the long and short proxmox names', () => {
  it('moves proxmox_virtual_environment_acl state to proxmox_acl unchanged, dropping attributes the schema lacks', async () => {
    const { applied } = await create(proxmox, 'proxmox_virtual_environment_acl', { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    const source = { ...(toJson(applied.newState) as Record<string, unknown>), obsolete: 1 };
    const r = await proxmox.moveResourceState({ sourceProviderAddress: 'registry.terraform.io/bpg/proxmox', sourceTypeName: 'proxmox_virtual_environment_acl', sourceSchemaVersion: 0, sourceState: source, sourcePrivate: Buffer.alloc(0), targetTypeName: 'proxmox_acl' });
    expect(r.diagnostics).toEqual([]);
    expect(r.targetState).toEqual(applied.newState);
    // Re-planning the moved object under the short name shows no change.
    const { res } = await planUpdate(proxmox, 'proxmox_acl', r.targetState, { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    expect(res.planned).toEqual(r.targetState);
  });
  it('a moved object is found under its new name: the long and the short type are one API object in the store', async () => {
    const { applied } = await create(pm, 'proxmox_virtual_environment_acl', { path: '/pool/t1', role_id: 'R', group_id: 'g' });
    const r = await pm.moveResourceState({ sourceProviderAddress: 'registry.terraform.io/bpg/proxmox', sourceTypeName: 'proxmox_virtual_environment_acl', sourceSchemaVersion: 0, sourceState: toJson(applied.newState), sourcePrivate: Buffer.alloc(0), targetTypeName: 'proxmox_acl' });
    const read = await pm.readResource('proxmox_acl', r.targetState, Buffer.alloc(0));
    expect(read.state).toEqual(applied.newState);
    await pm.applyResourceChange('proxmox_acl', { prior: r.targetState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
    expect((await pm.readResource('proxmox_virtual_environment_acl', applied.newState, Buffer.alloc(0))).state).toBeNull();
  });

  it('refuses the reverse direction with the framework\'s error (the long type declares no movers)', async () => {
    const r = await proxmox.moveResourceState({ sourceProviderAddress: 'registry.terraform.io/bpg/proxmox', sourceTypeName: 'proxmox_acl', sourceSchemaVersion: 0, sourceState: {}, sourcePrivate: Buffer.alloc(0), targetTypeName: 'proxmox_virtual_environment_acl' });
    expect(r.targetState).toBeNull();
    expect(r.diagnostics[0].summary).toBe('Unable to Move Resource State');
    expect(r.diagnostics[0].detail).toMatch(/^The target resource implementation does not include move resource state support\./);
  });
  it('refuses an undeclared source with the framework\'s error', async () => {
    const r = await proxmox.moveResourceState({ sourceProviderAddress: 'registry.terraform.io/bpg/proxmox', sourceTypeName: 'proxmox_virtual_environment_user_token', sourceSchemaVersion: 0, sourceState: {}, sourcePrivate: Buffer.alloc(0), targetTypeName: 'proxmox_acl' });
    expect(r.diagnostics[0].detail).toContain('does not include support for the given source resource');
    expect(r.diagnostics[0].detail).toContain('Source Resource Type: proxmox_virtual_environment_user_token');
  });
  it('SDKv2 targets do not support moves', async () => {
    const r = await vault.moveResourceState({ sourceProviderAddress: 'x', sourceTypeName: 'vault_mount', sourceSchemaVersion: 0, sourceState: {}, sourcePrivate: Buffer.alloc(0), targetTypeName: 'vault_policy' });
    expect(r.diagnostics[0].summary).toBe('Move Resource State Not Supported');
  });
});

describe('state upgrades', () => {
  it('upgrades vault_jwt_auth_backend from version 0: disable_remount becomes false, removed attributes go, missing ones are null', async () => {
    const raw = { id: 'oidc', path: 'oidc', type: 'oidc', accessor: 'auth_oidc_1', bound_account_id: 'gone', tune: [] };
    const r = await vault.upgradeResourceState('vault_jwt_auth_backend', 0, raw);
    const s = r.state as Obj;
    expect(r.diagnostics).toEqual([]);
    expect(s.disable_remount).toBe(false);
    expect(s).not.toHaveProperty('bound_account_id');
    expect(s.description).toBeNull();
    expect(Object.keys(s).sort()).toEqual(Object.keys(blockOf(vault, 'vault_jwt_auth_backend').attributes ?? {}).sort());
  });
  it('keeps an explicit disable_remount at version 0 and decodes the current version as is', async () => {
    expect(((await vault.upgradeResourceState('vault_jwt_auth_backend', 0, { path: 'jwt', disable_remount: true })).state as Obj).disable_remount).toBe(true);
    expect(((await vault.upgradeResourceState('vault_jwt_auth_backend', 1, { path: 'jwt' })).state as Obj).disable_remount).toBeNull();
  });
  it('gives SDKv2 list blocks as empty lists and framework types the framework error for a version without upgrader', async () => {
    const sg = await proxmox.upgradeResourceState('proxmox_virtual_environment_cluster_firewall_security_group', 0, { id: 'sg', name: 'sg' });
    expect((sg.state as Obj).rule).toEqual([]);
    const r = await proxmox.upgradeResourceState('proxmox_acl', -1, {});
    expect(r.diagnostics[0].summary).toBe('Unable to Upgrade Resource State');
    expect((await proxmox.upgradeResourceState('proxmox_acl', 5, {})).diagnostics[0].summary).toBe('Unable to Upgrade Resource State');
  });
});

describe('failure injection', () => {
  it('fails the apply of the listed types like an API error and leaves the store unchanged', async () => {
    const failing = loadShadowProvider('proxmox', { storeDir: dir, failApplyOf: ['proxmox_sdn_subnet'] });
    const vnet = await create(failing, 'proxmox_sdn_vnet', { id: 't1net', zone: 'z' });
    expect(vnet.applied.diagnostics).toEqual([]);
    const subnet = await create(failing, 'proxmox_sdn_subnet', { vnet: 't1net', cidr: '10.1.0.0/24' });
    expect(subnet.applied.newState).toBeNull();
    expect(subnet.applied.diagnostics).toEqual([expect.objectContaining({ severity: 'error', summary: 'Error creating proxmox_sdn_subnet', detail: expect.stringContaining('HTTP 500') })]);
    expect(fs.readdirSync(dir).sort()).toEqual(['proxmox_sdn_vnet']);
    // An update of a failing type keeps the prior state, a destroy keeps the stored object.
    const other = loadShadowProvider('proxmox', { storeDir: dir, failApplyOf: ['proxmox_sdn_vnet'] });
    const upd = await update(other, 'proxmox_sdn_vnet', vnet.applied.newState, { id: 't1net', zone: 'z', alias: 'x' });
    expect(upd.applied.newState).toBe(vnet.applied.newState);
    const del = await other.applyResourceChange('proxmox_sdn_vnet', { prior: vnet.applied.newState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
    expect(del.diagnostics[0].summary).toBe('Error deleting proxmox_sdn_vnet');
    expect(fs.existsSync(storedFile('proxmox_sdn_vnet', 't1net'))).toBe(true);
  });
});

describe('data sources and ephemeral resources', () => {
  it('fill computed values deterministically and keep the configured ones', async () => {
    const t = 'proxmox_virtual_environment_datastores';
    const cfg = fullObject(proxmox.schema.data_source_schemas![t].block, { node_name: 'pve1' });
    const a = await proxmox.readDataSource(t, cfg);
    const b = await proxmox.readDataSource(t, cfg);
    expect(a).toEqual(b);
    expect((a.state as Obj).node_name).toBe('pve1');
    expect(JSON.stringify(toJson(a.state))).not.toContain('unknown');
    const nsCfg = fullObject(vault.schema.data_source_schemas!.vault_namespace.block, { path: 't1' });
    const ns = (await vault.readDataSource('vault_namespace', nsCfg)).state as Obj;
    expect(ns.path).toBe('t1');
    expect(typeof ns.id).toBe('string');
    expect(isUnknown(ns.namespace_id)).toBe(false);
  });
  it('open ephemeral resources with every computed value filled', async () => {
    const names = Object.keys(vault.schema.ephemeral_resource_schemas ?? {});
    expect(names.length).toBeGreaterThan(0);
    const t = names.includes('vault_kv_secret_v2') ? 'vault_kv_secret_v2' : names[0];
    const schema = vault.schema.ephemeral_resource_schemas![t];
    const required = Object.fromEntries(Object.entries(schema.block.attributes ?? {}).filter(([, a]) => a.required).map(([n, a]) => [n, a.type === 'number' ? 1 : a.type === 'bool' ? true : 'x']));
    const r = await vault.openEphemeralResource(t, fullObject(schema.block, required));
    expect(r.diagnostics).toEqual([]);
    expect(JSON.stringify(toJson(r.result))).not.toContain('"unknown"');
    for (const [n, a] of Object.entries(schema.block.attributes ?? {})) if (a.computed && !a.optional) expect((r.result as Obj)[n]).not.toBeNull();
  });
});

describe('determinism', () => {
  it('gives the same plan, state and store content for the same inputs', async () => {
    const run = async () => {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-det-'));
      try {
        const p = loadShadowProvider('vault', { storeDir: d });
        const a = await create(p, 'vault_pki_secret_backend_intermediate_cert_request', { backend: 'pki_int', type: 'internal', common_name: 'CA' });
        const b = await create(p, 'vault_mount', { path: 'kv', type: 'kv-v2' });
        const files = fs.readdirSync(d).sort().flatMap((t) => fs.readdirSync(path.join(d, t)).sort().map((f) => fs.readFileSync(path.join(d, t, f), 'utf8')));
        return JSON.stringify([toJson(a.applied.newState), toJson(b.applied.newState), files]);
      } finally {
        fs.rmSync(d, { recursive: true, force: true });
      }
    };
    expect(await run()).toBe(await run());
  });
  it('gives different objects different generated IDs', async () => {
    const a = (await create(vault, 'vault_pki_secret_backend_intermediate_cert_request', { backend: 'pki_int', type: 'internal', common_name: 'A' })).applied.newState as Obj;
    const b = (await create(vault, 'vault_pki_secret_backend_intermediate_cert_request', { backend: 'pki_int', type: 'internal', common_name: 'B' })).applied.newState as Obj;
    expect(a.id).not.toBe(b.id);
    expect(a.csr).not.toBe(b.csr);
  });
});

describe('types without an id attribute', () => {
  it('are stored under a digest of their state and removed again on destroy (proxmox_acme_account)', async () => {
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-noid-'));
    try {
      const p = loadShadowProvider('proxmox', { storeDir: dir2 });
      const t = 'proxmox_acme_account';
      expect(blockOf(p, t).attributes).not.toHaveProperty('id');
      const { applied } = await create(p, t, { contact: 'ops@example.org', name: 'le' });
      expect(fs.readdirSync(path.join(dir2, t))).toHaveLength(1);
      expect((await p.readResource(t, applied.newState, Buffer.alloc(0))).state).toEqual(applied.newState);
      await p.applyResourceChange(t, { prior: applied.newState, planned: null, config: null, plannedPrivate: Buffer.alloc(0) });
      expect(fs.readdirSync(path.join(dir2, t))).toHaveLength(0);
    } finally {
      fs.rmSync(dir2, { recursive: true, force: true });
    }
  });
});
