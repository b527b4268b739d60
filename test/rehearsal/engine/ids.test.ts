/**
 * Apply against the shipped schemas: every resource type the blueprint uses gets an ID shaped like
 * the real provider's (sources cited in lib/rehearsal/engine/ids.ts), keeps every planned known
 * value, and leaves no unknown value behind.
 */
import { genericId } from '../../../lib/rehearsal/engine/ids';
import { containsUnknown } from '../../../lib/rehearsal/engine/values';
import { ShadowProvider, Value } from '../../../lib/rehearsal/provider-api';
import { blockOf, create, fullObject, proxmox, vault } from './helpers';

type Obj = Record<string, Value>;

const CASES: readonly [ShadowProvider, string, Record<string, unknown>, string | RegExp][] = [
  [proxmox, 'proxmox_acl', { path: '/pool/t1', role_id: 'PVEVMUser', group_id: 't1-admins' }, '/pool/t1?t1-admins?PVEVMUser'],
  [proxmox, 'proxmox_backup_job', { id: 't1-daily', schedule: 'daily', storage: 'pbs1', pool: 't1' }, 't1-daily'],
  [proxmox, 'proxmox_metrics_server', { name: 'influx1', server: '10.0.0.5', port: 8089, type: 'influxdb' }, 'influx1'],
  [proxmox, 'proxmox_realm_ldap', { realm: 'corp', server1: 'ldap.example', base_dn: 'dc=example' }, 'corp'],
  [proxmox, 'proxmox_realm_openid', { realm: 'sso', client_id: 'pve', issuer_url: 'https://idp.example' }, 'sso'],
  [proxmox, 'proxmox_realm_sync', { realm: 'corp' }, 'corp'],
  [proxmox, 'proxmox_sdn_applier', {}, /^1[0-9]{12}$/],
  [proxmox, 'proxmox_sdn_controller_evpn', { id: 'evpn1', asn: 65000 }, 'evpn1'],
  [proxmox, 'proxmox_sdn_subnet', { vnet: 't1net', cidr: '10.1.0.0/24' }, 't1net-10.1.0.0-24'],
  [proxmox, 'proxmox_sdn_vnet', { id: 't1net', zone: 't1zone' }, 't1net'],
  [proxmox, 'proxmox_sdn_zone_evpn', { id: 't1zone', controller: 'evpn1', vrf_vxlan: 10000 }, 't1zone'],
  [proxmox, 'proxmox_sdn_zone_qinq', { id: 'q1', bridge: 'vmbr0', service_vlan: 100 }, 'q1'],
  [proxmox, 'proxmox_sdn_zone_vxlan', { id: 'x1', peers: ['10.0.0.1'] }, 'x1'],
  [proxmox, 'proxmox_storage_pbs', { id: 'pbs1', server: 'pbs.example', datastore: 'ds1', username: 'backup@pbs', password: 'pw', namespace: 't1' }, 'pbs1'],
  [proxmox, 'proxmox_user_token', { user_id: 'ci@pve', token_name: 'deploy' }, 'ci@pve!deploy'],
  [proxmox, 'proxmox_virtual_environment_cluster_firewall', { enabled: true }, 'cluster-firewall'],
  [proxmox, 'proxmox_virtual_environment_cluster_firewall_security_group', { name: 't1-web', rule: [{ type: 'in', action: 'ACCEPT', dport: '443', proto: 'tcp' }] }, 't1-web'],
  [proxmox, 'proxmox_virtual_environment_file', { node_name: 'pve1', datastore_id: 'local', source_raw: [{ data: '#cloud-config', file_name: 't1-user.yaml' }] }, 'local:snippets/t1-user.yaml'],
  [proxmox, 'proxmox_virtual_environment_firewall_ipset', { name: 't1-nets', cidr: [{ name: '10.1.0.0/24' }] }, 't1-nets'],
  [proxmox, 'proxmox_virtual_environment_group', { group_id: 't1-admins' }, 't1-admins'],
  [proxmox, 'proxmox_virtual_environment_pool', { pool_id: 't1' }, 't1'],
  [proxmox, 'proxmox_virtual_environment_role', { role_id: 'T1Operator', privileges: ['VM.Audit', 'VM.PowerMgmt'] }, 'T1Operator'],
  [proxmox, 'proxmox_virtual_environment_user', { user_id: 'alice@pve' }, 'alice@pve'],
  // The VM ID, not the name (two tenants' guests share names such as "files-0").
  [proxmox, 'proxmox_virtual_environment_vm', { node_name: 'pve1', vm_id: 203001, name: 'files-0' }, '203001'],
  [proxmox, 'proxmox_virtual_environment_container', { node_name: 'pve1', vm_id: 204000, hostname: 'mqtt-0' }, '204000'],
  [vault, 'vault_audit', { type: 'file', options: { file_path: '/var/log/vault/audit.log' } }, 'file'],
  [vault, 'vault_jwt_auth_backend', { path: 'oidc-t1', type: 'oidc', oidc_discovery_url: 'https://idp.example' }, 'oidc-t1'],
  [vault, 'vault_jwt_auth_backend_role', { backend: 'oidc-t1', role_name: 'admin', user_claim: 'sub' }, 'auth/oidc-t1/role/admin'],
  [vault, 'vault_mount', { path: 't1/kv', type: 'kv-v2' }, 't1/kv'],
  [vault, 'vault_namespace', { path: 't1' }, 't1'],
  [vault, 'vault_pki_secret_backend_intermediate_cert_request', { backend: 'pki_int', type: 'internal', common_name: 'Tenant 1 Intermediate CA' }, /^pki_int\/issuers\/generate\/intermediate\/internal\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/],
  [vault, 'vault_pki_secret_backend_role', { backend: 'pki_int', name: 'server' }, 'pki_int/roles/server'],
  [vault, 'vault_policy', { name: 't1-admin', policy: 'path "t1/*" { capabilities = ["read"] }' }, 't1-admin'],
];

describe('IDs of the resource types the blueprint uses', () => {
  it.each(CASES.map(([p, t, c, id]) => [t, p, c, id] as const))('%s', async (typeName, p, partial, expected) => {
    expect(await p.validateResourceConfig(typeName, fullObject(blockOf(p, typeName), partial))).toEqual([]);
    const { planned, applied } = await create(p, typeName, partial);
    expect(applied.diagnostics).toEqual([]);
    const state = applied.newState as Obj;
    if (typeof expected === 'string') expect(state.id).toBe(expected);
    else expect(state.id).toMatch(expected);
    expect(containsUnknown(state)).toBe(false);
    // Every value known in the plan is kept (terraform checks this for framework types).
    for (const [k, v] of Object.entries(planned as Obj)) {
      if (!containsUnknown(v)) expect(state[k]).toEqual(v);
    }
  });

  it('covers every listed type once', () => {
    expect(new Set(CASES.map((c) => c[1])).size).toBe(33);
  });

  it('gives a jwt backend without a path the default path as ID, and an audit device with a path that path', async () => {
    expect(((await create(vault, 'vault_jwt_auth_backend', {})).applied.newState as Obj).id).toBe('jwt');
    expect(((await create(vault, 'vault_audit', { type: 'file', path: 'audit-file', options: { file_path: '/x' } })).applied.newState as Obj).id).toBe('audit-file');
  });

  it('fills computed values plausibly: CSR placeholder, accessor, namespace ID, token secret', async () => {
    const csr = (await create(vault, 'vault_pki_secret_backend_intermediate_cert_request', { backend: 'pki_int', type: 'internal', common_name: 'CA' })).applied.newState as Obj;
    expect(csr.csr).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE REQUEST-----\n$/);
    const body = Buffer.from(String(csr.csr).split('\n').slice(1, -2).join(''), 'base64').toString();
    expect(body).toContain('REHEARSAL PLACEHOLDER');
    const mount = (await create(vault, 'vault_mount', { path: 'kv', type: 'kv-v2' })).applied.newState as Obj;
    expect(mount.accessor).toMatch(/^kv-v2_[0-9a-f]{8}$/);
    const ns = (await create(vault, 'vault_namespace', { path: 't1', namespace: 'tenants' })).applied.newState as Obj;
    expect(ns.namespace_id).toMatch(/^[0-9a-f]{5}$/);
    expect(ns.path_fq).toBe('tenants/t1');
    const token = (await create(proxmox, 'proxmox_user_token', { user_id: 'ci@pve', token_name: 'deploy' })).applied.newState as Obj;
    expect(token.value).toMatch(/^ci@pve!deploy=[0-9a-f-]{36}$/);
  });

  it('uses the generic rule for types without a rule (configured key, else content digest)', async () => {
    const hagroup = (await create(proxmox, 'proxmox_virtual_environment_hagroup', { group: 'ha1', nodes: { pve1: 1 } })).applied.newState as Obj;
    expect(hagroup.id).toBe('ha1');
    expect(genericId('proxmox_example', {})).toMatch(/^rehearsal-[0-9a-f]{12}$/);
    expect(genericId('proxmox_example', {})).toBe(genericId('proxmox_example', {}));
    expect(genericId('proxmox_example', { a: 'x' })).not.toBe(genericId('proxmox_example', {}));
  });
});
