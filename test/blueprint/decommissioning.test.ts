import { App } from 'cdktf';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import type { TenantSpec } from '../../lib/model/spec';
import { checkConformance } from '../../lib/verify/conformance';
import { resourceAddresses, synthJson, SynthJson } from '../helpers/synth';
import { exampleModel } from '../helpers/fleet';

function synthTenant(example: string, key: string, state: 'active' | 'decommissioning', approvals?: TenantSpec['approvals']): SynthJson {
  const model = exampleModel(example);
  const base = { ...model.specs[key], ...(approvals ? { approvals } : {}) } as TenantSpec;
  const spec: TenantSpec = state === 'active' ? base : ({ ...base, state, decommissionedSince: '2026-11-01' } as TenantSpec);
  const stack = new KommuneStack(new App(), key, { spec, platform: model.platform });
  return synthJson(stack, true);
}

describe('KommuneStack while decommissioning', () => {
  it.each([
    ['musterstadt', 'musterstadt', ['proxmox_backup_job', 'proxmox_storage_pbs']],
    ['verbandsgemeinde', 'vg-musterland', ['proxmox_backup_job', 'proxmox_storage_pbs', 'vault_mount', 'vault_namespace']],
  ])('%s keeps only the data holders, at their existing addresses', (example, key, kept) => {
    const active = resourceAddresses(synthTenant(example, key, 'active'));
    const json = synthTenant(example, key, 'decommissioning');
    const all = resourceAddresses(json);
    // The kept PBS storage still reads its password and key from the pipeline inputs in Vault.
    expect(all.filter((a) => a.startsWith('data.'))).toEqual(['data.vault_kv_secret_v2.CiInputs']);
    const addresses = all.filter((a) => !a.startsWith('data.'));
    expect([...new Set(addresses.map((a) => a.split('.')[0]))].sort()).toEqual(kept);
    // Same addresses as while active: the kept resources are not destroyed and recreated.
    for (const a of addresses) expect(active).toContain(a);
    expect(checkConformance(json)).toEqual([]);
  });

  it('stops taking backups but keeps the storage and its protection', () => {
    const json = synthTenant('musterstadt', 'musterstadt', 'decommissioning');
    const job = Object.values(json.resource?.proxmox_backup_job ?? {})[0];
    expect(job).toMatchObject({ enabled: false, lifecycle: { prevent_destroy: true } });
    expect(Object.values(json.resource?.proxmox_storage_pbs ?? {})[0]).toMatchObject({ lifecycle: { prevent_destroy: true } });
    expect(json.output?.state).toMatchObject({ value: 'decommissioning' });
    expect(json.output).not.toHaveProperty('pool');
  });

  it('revokes every login: no ACL, realm, token, policy or auth role remains', () => {
    const addresses = resourceAddresses(synthTenant('verbandsgemeinde', 'vg-musterland', 'decommissioning')).join('\n');
    for (const type of ['proxmox_acl', 'proxmox_realm_openid', 'proxmox_user_token', 'proxmox_virtual_environment_group', 'vault_policy', 'vault_jwt_auth_backend_role', 'vault_pki_secret_backend_role']) {
      expect(addresses).not.toContain(`${type}.`);
    }
  });

  it('lifts prevent_destroy only from the data holders a delete approval names, and only while decommissioning', () => {
    const before = synthTenant('musterstadt', 'musterstadt', 'decommissioning');
    const storage = Object.keys(before.resource?.proxmox_storage_pbs ?? {})[0];
    const approval = { address: `proxmox_storage_pbs.${storage}`, action: 'delete' as const, reason: 'Retention of the last backups has run out (ticket OFF-7)', approvedBy: 'Erika Mustermann', approvedOn: '2026-12-01', expires: '2026-12-31' };
    const json = synthTenant('musterstadt', 'musterstadt', 'decommissioning', { 'drop-storage': approval });
    expect(json.resource?.proxmox_storage_pbs?.[storage]).toMatchObject({ lifecycle: { prevent_destroy: false } });
    expect(Object.values(json.resource?.proxmox_backup_job ?? {})[0]).toMatchObject({ lifecycle: { prevent_destroy: true } });
    // A replace approval, or an active tenant, keeps the protection.
    const replace = synthTenant('musterstadt', 'musterstadt', 'decommissioning', { r: { ...approval, action: 'replace' } });
    expect(replace.resource?.proxmox_storage_pbs?.[storage]).toMatchObject({ lifecycle: { prevent_destroy: true } });
    const active = synthTenant('musterstadt', 'musterstadt', 'active', { 'drop-storage': approval });
    expect(active.resource?.proxmox_storage_pbs?.[storage]).toMatchObject({ lifecycle: { prevent_destroy: true } });
  });
});
