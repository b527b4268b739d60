import { isDataMountType } from '../../lib/model/vault-mounts';
import { classifyResource } from '../../lib/pipeline/resource-classes';
import { vlt1PreventDestroy } from '../../lib/compliance/rules/vlt-1-prevent-destroy';

describe('data-holding Vault mounts: one list for the plan guard and KOM-VLT-1', () => {
  it.each(['kv', 'kv-v2', 'generic', 'pki', 'ssh', 'totp', 'transit', 'database'])('%s holds data', (type) => {
    expect(isDataMountType(type)).toBe(true);
    expect(classifyResource('vault_mount', { type }, undefined)?.category).toBe('data');
  });

  it.each(['cubbyhole', ''])('%j does not', (type) => {
    expect(isDataMountType(type)).toBe(false);
    expect(classifyResource('vault_mount', { type }, undefined)).toBeUndefined();
  });

  it('KOM-VLT-1 asks prevent_destroy of a generic (KV v1) mount, as the plan guard protects it', () => {
    const json = { resource: { vault_mount: { legacy: { path: 'secret', type: 'generic' } } } };
    const outcome = vlt1PreventDestroy.evaluate({ json } as never);
    expect(JSON.stringify(outcome)).toContain('vault_mount holds data but has no lifecycle.prevent_destroy');
  });
});
