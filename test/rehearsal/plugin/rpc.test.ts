/**
 * Every RPC of tfplugin6.8 through a real gRPC client over the mTLS connection the way terraform
 * connects (unix socket, client certificate in PLUGIN_CLIENT_CERT, server certificate from the
 * handshake line), against the test provider served in this process.
 */
import * as fs from 'fs';
import { DynamicValue, UNKNOWN, type Value } from '../../../lib/rehearsal/provider-api';
import { decodeMsgpack, encodeMsgpack } from '../../../lib/rehearsal/plugin/codec';
import { blockType, schemaType } from '../../../lib/rehearsal/plugin/cty-type';
import { fromProtoPath } from '../../../lib/rehearsal/plugin/schema-convert';
import { servePlugin, type PluginServer } from '../../../lib/rehearsal/plugin/server';
import { TEST_RESOURCE_SCHEMA, TEST_SCHEMA, TestProvider } from './fixtures/test-provider';
import { call, clientCertificate, connect, parseHandshake, pluginEnv, tempDir, type PluginClients } from './helpers';

const machineType = blockType(TEST_RESOURCE_SCHEMA.block);
const providerType = schemaType(TEST_SCHEMA.provider);
const lookupType = schemaType(TEST_SCHEMA.data_source_schemas!.shadowtest_lookup);
const tokenType = schemaType(TEST_SCHEMA.ephemeral_resource_schemas!.shadowtest_token);

type Diag = { severity: number; summary: string; detail: string; attribute: { steps: Record<string, unknown>[] } | null };

function dv(value: Value, type = machineType): { msgpack: Buffer } {
  return { msgpack: encodeMsgpack(value, type) };
}
function undv(x: unknown, type = machineType): Value {
  return decodeMsgpack((x as { msgpack: Buffer }).msgpack, type);
}

describe('plugin server RPCs over mTLS', () => {
  let dir: string;
  let provider: TestProvider;
  let server: PluginServer;
  let clients: PluginClients;
  const logs: string[] = [];
  let printed = '';

  beforeAll(async () => {
    dir = tempDir('plugin-rpc');
    const client = clientCertificate();
    provider = new TestProvider();
    server = await servePlugin(provider, {
      env: pluginEnv(client, { PLUGIN_UNIX_SOCKET_DIR: dir }),
      writeHandshake: (l) => (printed += l),
      log: (l) => logs.push(l),
      certificateCacheDir: `${dir}/cache`,
    });
    clients = connect(parseHandshake(printed), client);
  });

  afterAll(async () => {
    clients?.close();
    await server?.stop('test end');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('printed one handshake line for a socket in PLUGIN_UNIX_SOCKET_DIR and serves mTLS', () => {
    expect(printed.endsWith('\n')).toBe(true);
    expect(printed.split('\n')).toHaveLength(2);
    expect(server.socketPath.startsWith(`${dir}/`)).toBe(true);
    expect(server.tls).toBe('generated');
  });

  it('answers the gRPC health check for service "plugin"', async () => {
    expect(await call(clients.health, 'Check', { service: 'plugin' })).toEqual({ status: 1 });
    await expect(call(clients.health, 'Check', { service: 'nope' })).rejects.toThrow(/NOT_FOUND|unknown service/);
  });

  it('GetMetadata lists types and capabilities', async () => {
    const res = await call(clients.provider, 'GetMetadata', {});
    expect(res.server_capabilities).toEqual({ plan_destroy: true, get_provider_schema_optional: true, move_resource_state: true });
    expect(res.resources).toEqual([{ type_name: 'shadowtest_machine' }]);
    expect(res.data_sources).toEqual([{ type_name: 'shadowtest_lookup' }]);
    expect(res.ephemeral_resources).toEqual([{ type_name: 'shadowtest_token' }]);
    expect(res.functions).toEqual([]);
  });

  it('GetProviderSchema converts the JSON schema with sorted keys, types as JSON bytes and nesting modes', async () => {
    const res = await call<Record<string, any>>(clients.provider, 'GetProviderSchema', {});
    expect(res.server_capabilities.get_provider_schema_optional).toBe(true);
    expect(res.server_capabilities.move_resource_state).toBe(true);
    const m = res.resource_schemas.shadowtest_machine;
    expect(m.version).toBe(1);
    const attrs = m.block.attributes as { name: string; type: Buffer; required: boolean; computed: boolean; nested_type: any }[];
    expect(attrs.map((a) => a.name)).toEqual(['endpoints', 'extra', 'id', 'labels', 'name', 'settings', 'size', 'tags']);
    expect(JSON.parse(attrs.find((a) => a.name === 'tags')!.type.toString())).toEqual(['set', 'string']);
    expect(attrs.find((a) => a.name === 'name')!.required).toBe(true);
    expect(attrs.find((a) => a.name === 'id')!.computed).toBe(true);
    const endpoints = attrs.find((a) => a.name === 'endpoints')!;
    expect(endpoints.type.length).toBe(0);
    expect(endpoints.nested_type.nesting).toBe(2);
    expect(endpoints.nested_type.attributes.map((a: { name: string }) => a.name)).toEqual(['host', 'port']);
    const blocks = m.block.block_types as { type_name: string; nesting: number; max_items: number }[];
    expect(blocks.map((b) => [b.type_name, b.nesting])).toEqual([
      ['disk', 2],
      ['group', 5],
      ['network', 3],
      ['options', 1],
      ['volume', 4],
    ]);
    expect(blocks.find((b) => b.type_name === 'disk')!.max_items).toBe(4);
    expect(blocks.find((b) => b.type_name === 'options')!.max_items).toBe(0);
    expect(res.ephemeral_resource_schemas.shadowtest_token.block.attributes[1].sensitive).toBe(true);
    expect(Object.keys(res.data_source_schemas)).toEqual(['shadowtest_lookup']);
  });

  it('ValidateProviderConfig and ConfigureProvider pass config and terraform version, warnings carry paths', async () => {
    const v = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateProviderConfig', { config: dv({ endpoint: 'bad' }, providerType) });
    expect(v.diagnostics).toHaveLength(1);
    expect(v.diagnostics[0].severity).toBe(2);
    expect(fromProtoPath(v.diagnostics[0].attribute)).toEqual(['endpoint']);
    const c = await call<{ diagnostics: Diag[] }>(clients.provider, 'ConfigureProvider', { terraform_version: '1.11.4', config: dv({ endpoint: 'x' }, providerType) });
    expect(c.diagnostics).toEqual([]);
    expect(provider.terraformVersion).toBe('1.11.4');
  });

  it('ValidateResourceConfig returns error diagnostics with attribute paths', async () => {
    const ok = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateResourceConfig', { type_name: 'shadowtest_machine', config: dv({ name: 'web', size: UNKNOWN }) });
    expect(ok.diagnostics).toEqual([]);
    const bad = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateResourceConfig', { type_name: 'shadowtest_machine', config: dv({ name: 'Web' }) });
    expect(bad.diagnostics[0]).toMatchObject({ severity: 1, summary: 'Invalid machine name' });
    expect(fromProtoPath(bad.diagnostics[0].attribute)).toEqual(['name']);
  });

  it('a provider method that throws becomes an error diagnostic naming the RPC and type', async () => {
    const res = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateResourceConfig', { type_name: 'shadowtest_machine', config: dv({ name: 'boom' }) });
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0].severity).toBe(1);
    expect(res.diagnostics[0].summary).toBe('Shadow provider failed in ValidateResourceConfig for shadowtest_machine');
    expect(res.diagnostics[0].detail).toContain('the test provider was asked to fail');
    const plan = await call<{ diagnostics: Diag[]; planned_state: unknown }>(clients.provider, 'PlanResourceChange', {
      type_name: 'shadowtest_machine',
      prior_state: dv(null),
      proposed_new_state: dv({ name: 'boom' }),
      config: dv({ name: 'boom' }),
    });
    expect(plan.diagnostics[0].summary).toBe('Shadow provider failed in PlanResourceChange for shadowtest_machine');
    // The server is still alive.
    expect(await call(clients.health, 'Check', { service: '' })).toEqual({ status: 1 });
  });

  it('an unknown type and a config that does not fit the schema become diagnostics', async () => {
    const unknownType = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateResourceConfig', { type_name: 'shadowtest_nope', config: dv({ name: 'x' }) });
    expect(unknownType.diagnostics[0].summary).toBe('Shadow provider: unknown type in ValidateResourceConfig for shadowtest_nope');
    const misfit = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateResourceConfig', {
      type_name: 'shadowtest_machine',
      config: { msgpack: encodeMsgpack({ name: 5 }, { kind: 'object', attributes: { name: 'number' } }) },
    });
    expect(misfit.diagnostics[0].summary).toContain('value does not fit the schema in ValidateResourceConfig for shadowtest_machine');
    expect(fromProtoPath(misfit.diagnostics[0].attribute)).toEqual(['name']);
  });

  it('ValidateDataResourceConfig and ValidateEphemeralResourceConfig reach the provider', async () => {
    const d = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateDataResourceConfig', { type_name: 'shadowtest_lookup', config: dv({ name: 'X' }, lookupType) });
    expect(d.diagnostics[0].summary).toBe('Invalid machine name');
    const e = await call<{ diagnostics: Diag[] }>(clients.provider, 'ValidateEphemeralResourceConfig', { type_name: 'shadowtest_token', config: dv({ name: 't' }, tokenType) });
    expect(e.diagnostics).toEqual([]);
    expect(provider.calls).toEqual(expect.arrayContaining(['validateDataResourceConfig shadowtest_lookup', 'validateEphemeralResourceConfig shadowtest_token']));
  });

  it('UpgradeResourceState reads the raw JSON state and returns msgpack', async () => {
    const raw = { id: 'machine-a', name: 'a', size: '3', extra: { value: 'x', type: 'string' } };
    const res = await call<{ upgraded_state: unknown; diagnostics: Diag[] }>(clients.provider, 'UpgradeResourceState', {
      type_name: 'shadowtest_machine',
      version: 0,
      raw_state: { json: Buffer.from(JSON.stringify({ id: raw.id, name: raw.name, size: raw.size })) },
    });
    expect(res.diagnostics).toEqual([]);
    expect(undv(res.upgraded_state)).toMatchObject({ id: 'machine-a', name: 'a', size: 3, tags: null, disk: null });
    expect(provider.calls).toContain('upgradeResourceState shadowtest_machine v0');
  });

  it('PlanResourceChange plans a create with unknowns and a replacement with requires_replace paths', async () => {
    const create = await call<Record<string, any>>(clients.provider, 'PlanResourceChange', {
      type_name: 'shadowtest_machine',
      prior_state: dv(null),
      proposed_new_state: dv({ name: 'web', id: null, extra: new DynamicValue('string', 'e') }),
      config: dv({ name: 'web' }),
      prior_private: Buffer.alloc(0),
    });
    expect(create.diagnostics).toEqual([]);
    const planned = undv(create.planned_state) as Record<string, Value>;
    expect(planned.id).toBe(UNKNOWN);
    expect(planned.size).toBe(1);
    expect(planned.extra).toEqual(new DynamicValue('string', 'e'));
    expect(create.requires_replace).toEqual([]);
    expect(create.legacy_type_system).toBe(false);
    expect(create.planned_private.toString()).toBe('planned');

    const replace = await call<Record<string, any>>(clients.provider, 'PlanResourceChange', {
      type_name: 'shadowtest_machine',
      prior_state: dv({ id: 'machine-web', name: 'web', size: 1 }),
      proposed_new_state: dv({ id: 'machine-web', name: 'db', size: 1 }),
      config: dv({ name: 'db' }),
    });
    expect(replace.requires_replace.map(fromProtoPath)).toEqual([['name']]);

    const destroy = await call<Record<string, any>>(clients.provider, 'PlanResourceChange', {
      type_name: 'shadowtest_machine',
      prior_state: dv({ id: 'machine-web', name: 'web', size: 1 }),
      proposed_new_state: dv(null),
      config: dv(null),
    });
    expect(undv(destroy.planned_state)).toBeNull();
  });

  it('ApplyResourceChange fills the unknowns and passes private data through', async () => {
    const res = await call<Record<string, any>>(clients.provider, 'ApplyResourceChange', {
      type_name: 'shadowtest_machine',
      prior_state: dv(null),
      planned_state: dv({ name: 'web', id: UNKNOWN, size: 1 }),
      config: dv({ name: 'web' }),
      planned_private: Buffer.from('p'),
    });
    expect(res.diagnostics).toEqual([]);
    expect(undv(res.new_state)).toMatchObject({ id: 'machine-web', name: 'web', size: 1 });
    expect(res.private.toString()).toBe('applied:p');
  });

  it('ReadResource returns the state and private data', async () => {
    const state = { id: 'machine-web', name: 'web', size: 2, labels: { a: 'b' } };
    const res = await call<Record<string, any>>(clients.provider, 'ReadResource', { type_name: 'shadowtest_machine', current_state: dv(state), private: Buffer.from('x') });
    expect(undv(res.new_state)).toMatchObject(state);
    expect(res.private.toString()).toBe('x');
  });

  it('ImportResourceState and MoveResourceState return typed states', async () => {
    const imp = await call<Record<string, any>>(clients.provider, 'ImportResourceState', { type_name: 'shadowtest_machine', id: 'machine-db' });
    expect(imp.imported_resources).toHaveLength(1);
    expect(imp.imported_resources[0].type_name).toBe('shadowtest_machine');
    expect(undv(imp.imported_resources[0].state)).toMatchObject({ id: 'machine-db', name: 'db', size: 1 });
    const mv = await call<Record<string, any>>(clients.provider, 'MoveResourceState', {
      source_provider_address: 'registry.terraform.io/example/old',
      source_type_name: 'old_machine',
      source_schema_version: 0,
      source_state: { json: Buffer.from(JSON.stringify({ id: 'm-1', name: 'old', size: 4 })) },
      target_type_name: 'shadowtest_machine',
      source_private: Buffer.from('priv'),
    });
    expect(mv.diagnostics).toEqual([]);
    expect(undv(mv.target_state)).toMatchObject({ id: 'm-1', name: 'old', size: 4 });
    expect(mv.target_private.toString()).toBe('priv');
    expect(provider.calls).toContain('moveResourceState old_machine->shadowtest_machine');
  });

  it('ReadDataSource and the ephemeral resource RPCs', async () => {
    const d = await call<Record<string, any>>(clients.provider, 'ReadDataSource', { type_name: 'shadowtest_lookup', config: dv({ name: 'x', id: null }, lookupType) });
    expect(undv(d.state, lookupType)).toEqual({ id: 'lookup-x', name: 'x' });
    const open = await call<Record<string, any>>(clients.provider, 'OpenEphemeralResource', { type_name: 'shadowtest_token', config: dv({ name: 't', token: null }, tokenType) });
    expect(undv(open.result, tokenType)).toEqual({ name: 't', token: 'token-t' });
    expect(open.renew_at ?? null).toBeNull();
    expect(await call(clients.provider, 'RenewEphemeralResource', { type_name: 'shadowtest_token' })).toMatchObject({ diagnostics: [] });
    expect(await call(clients.provider, 'CloseEphemeralResource', { type_name: 'shadowtest_token' })).toMatchObject({ diagnostics: [] });
  });

  it('GetFunctions has none and CallFunction answers with a function error', async () => {
    expect(await call(clients.provider, 'GetFunctions', {})).toMatchObject({ functions: {}, diagnostics: [] });
    const res = await call<Record<string, any>>(clients.provider, 'CallFunction', { name: 'f', arguments: [] });
    expect(res.error.text).toContain('no functions');
  });

  it('a provider value that does not fit the schema becomes a diagnostic with its path', async () => {
    const orig = provider.readResource.bind(provider);
    provider.readResource = async () => ({ state: { name: 5 } as unknown as Value, private: Buffer.alloc(0), diagnostics: [] });
    try {
      const res = await call<{ diagnostics: Diag[] }>(clients.provider, 'ReadResource', { type_name: 'shadowtest_machine', current_state: dv({ name: 'a' }) });
      expect(res.diagnostics[0].summary).toBe('Shadow provider: value does not fit the schema in ReadResource for shadowtest_machine');
      expect(fromProtoPath(res.diagnostics[0].attribute)).toEqual(['name']);
    } finally {
      provider.readResource = orig;
    }
  });

  it('refuses a client without a certificate (mTLS is required)', async () => {
    const h = parseHandshake(printed);
    const noCert = connect(h, undefined);
    try {
      await expect(call(noCert.health, 'Check', { service: '' })).rejects.toThrow();
    } finally {
      noCert.close();
    }
  });

  it('StopProvider calls provider.stop; GRPCController.Shutdown stops the server and removes the socket', async () => {
    expect(await call(clients.provider, 'StopProvider', {})).toEqual({ Error: '' });
    expect(provider.stopped).toBe(1);
    await call(clients.controller, 'Shutdown', {});
    await expect(server.stopped).resolves.toBe('GRPCController.Shutdown');
    expect(provider.stopped).toBe(2);
    expect(fs.existsSync(server.socketPath)).toBe(false);
  });
});
