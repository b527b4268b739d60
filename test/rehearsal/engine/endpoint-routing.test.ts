/**
 * One model Proxmox VE datacenter per cluster endpoint (lib/rehearsal/endpoints.ts): the shadow
 * Proxmox provider uses the store of the endpoint its configuration names, so a tenant stack that
 * is pointed at another cluster's endpoint talks to that cluster's model and is refused there (the
 * role its ACL names exists only on its own cluster), and an endpoint no model serves fails the
 * provider's configuration.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadShadowProvider } from '../../../lib/rehearsal/engine';
import { FileObjectStore } from '../../../lib/rehearsal/engine/store';
import { normalizeEndpoint, proxmoxEndpointOf, proxmoxEndpointRoute } from '../../../lib/rehearsal/endpoints';
import type { Caller, ProviderModel } from '../../../lib/rehearsal/model/api';
import { DEFAULT_PROXMOX_SEED, identityApiToken, proxmoxModel, seedProxmox, TENANT_IDENTITY } from '../../../lib/rehearsal/model/proxmox';
import type { ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { create, fullObject } from './helpers';

const NORD = 'https://pve-nord1.example.org:8006/';
const SUED = 'https://pve-sued1.example.org:8006/';
let dir: string;
let main: FileObjectStore;
let nord: FileObjectStore;
let sued: FileObjectStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'endpoint-routing-'));
  main = new FileObjectStore(path.join(dir, 'main'));
  nord = new FileObjectStore(path.join(dir, 'nord1'));
  sued = new FileObjectStore(path.join(dir, 'sued1'));
  seedProxmox(nord, { ...DEFAULT_PROXMOX_SEED, nodes: ['pve1', 'pve2'] });
  seedProxmox(sued, { ...DEFAULT_PROXMOX_SEED, nodes: ['pve3', 'pve4'] });
  // What the nord1 platform stack created: the role tenants are granted on their pool.
  nord.put({ typeName: '_pve_role', id: 'KommunalTenantAdmin', schemaVersion: 0, attributes: { role_id: 'KommunalTenantAdmin', privileges: ['VM.Audit'] } });
  // What the tenant's own stack created before on nord1: its admin group.
  nord.put({ typeName: '_pve_group', id: 'gemeinde-a-admins', schemaVersion: 0, attributes: { group_id: 'gemeinde-a-admins' } });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function tenantProvider(mode: 'enforce' | 'record', env: Record<string, string | undefined> = {}): ShadowProvider {
  return loadShadowProvider('proxmox', {
    store: main,
    model: proxmoxModel as unknown as ProviderModel<Caller>,
    modelMode: mode,
    env: { PROXMOX_VE_API_TOKEN: identityApiToken(TENANT_IDENTITY), ...env },
    stackName: 'gemeinde-a',
    route: proxmoxEndpointRoute({ [NORD]: nord, [SUED]: sued }),
  });
}

function config(p: ShadowProvider, endpoint: string | null): Value {
  return fullObject(p.schema.provider.block, { endpoint }) as Value;
}

const acl = { path: '/pool/gemeinde-a', role_id: 'KommunalTenantAdmin', group_id: 'gemeinde-a-admins', propagate: true };

describe('Proxmox endpoint routing', () => {
  it('a stack at its own cluster endpoint writes into that cluster model only', async () => {
    const p = tenantProvider('enforce');
    expect(await p.configureProvider(config(p, NORD), '1.11.4')).toEqual([]);
    const { applied } = await create(p, 'proxmox_virtual_environment_acl', acl);
    expect(applied.diagnostics).toEqual([]);
    expect(nord.list('proxmox_acl')).toHaveLength(1);
    expect(sued.list('proxmox_acl')).toHaveLength(0);
    expect(main.list('proxmox_acl')).toHaveLength(0);
  });

  it('a tenant stack pointed at the wrong cluster fails: the role of its own cluster does not exist there', async () => {
    const p = tenantProvider('enforce');
    expect(await p.configureProvider(config(p, SUED), '1.11.4')).toEqual([]);
    const { applied } = await create(p, 'proxmox_virtual_environment_acl', acl);
    expect(applied.diagnostics.map((d) => `${d.summary}: ${d.detail ?? ''}`).join('\n')).toMatch(/role 'KommunalTenantAdmin' does not exist/);
    expect(nord.list('proxmox_acl')).toHaveLength(0);
    expect(sued.list('proxmox_acl')).toHaveLength(0);
  });

  it('an endpoint no model serves fails the configuration (in record mode too, and the refusal is kept)', async () => {
    for (const mode of ['enforce', 'record'] as const) {
      const p = tenantProvider(mode);
      const diags = await p.configureProvider(config(p, 'https://pve-ost1.example.org:8006/'), '1.11.4');
      expect(diags).toHaveLength(1);
      expect(diags[0]).toMatchObject({ severity: 'error', summary: 'Could not connect to the Proxmox VE API at https://pve-ost1.example.org:8006/' });
      expect(diags[0].detail).toContain(normalizeEndpoint(NORD));
    }
    expect(main.list('_refusal')).toHaveLength(1);
  });

  it('a null endpoint attribute falls back to PROXMOX_VE_ENDPOINT, as bpg does; a set attribute wins', async () => {
    expect(proxmoxEndpointOf({ endpoint: null }, { PROXMOX_VE_ENDPOINT: SUED })).toBe(SUED);
    expect(proxmoxEndpointOf({ endpoint: NORD }, { PROXMOX_VE_ENDPOINT: SUED })).toBe(NORD);
    expect(proxmoxEndpointOf({ endpoint: null }, {})).toBeUndefined();
    const p = tenantProvider('enforce', { PROXMOX_VE_ENDPOINT: SUED });
    expect(await p.configureProvider(config(p, null), '1.11.4')).toEqual([]);
    const { applied } = await create(p, 'proxmox_virtual_environment_pool', { pool_id: 'gemeinde-a' });
    expect(applied.newState).not.toBeNull();
    const pools = (s: FileObjectStore): number => s.list('proxmox_pool').length + s.list('proxmox_virtual_environment_pool').length;
    expect([pools(sued), pools(nord), pools(main)]).toEqual([1, 0, 0]);
  });

  it('endpoints compare without trailing slashes and with case-insensitive scheme and host', () => {
    expect(normalizeEndpoint('HTTPS://PVE-Nord1.example.org:8006//')).toBe('https://pve-nord1.example.org:8006');
    expect(normalizeEndpoint('https://pve.example.org:8006/API2')).toBe('https://pve.example.org:8006/API2');
  });
});
