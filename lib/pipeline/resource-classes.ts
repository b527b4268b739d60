/**
 * Which resource types the plan guard treats specially, and why. One table, used by the guard,
 * its output and docs/pipelines.md.
 *
 * - `data`: destroying it destroys data (secrets, certificates, guests' disks). Delete or replace
 *   always needs an approval, also during offboarding.
 * - `backup`: the tenant's backups (PBS storage, backup job). Delete or replace needs an approval;
 *   during offboarding, an approval given after the backup retention has passed.
 * - `network`, `tenancy`: the tenant's SDN objects and resource pool. Delete or replace needs an
 *   approval while the tenant is active (a replace renumbers or cuts off every guest); during
 *   offboarding they may be deleted.
 * - `identity`: realms, groups, ACLs, users, tokens, Vault policies and auth roles. Not protected;
 *   listed so that offboarding output can say "revokes access".
 */
import { isDataMountType } from '../model/vault-mounts';

export type ResourceCategory = 'data' | 'backup' | 'network' | 'tenancy' | 'identity';

/** The categories whose delete or replace needs an approval while the tenant is active. */
export const PROTECTED_CATEGORIES: readonly ResourceCategory[] = ['data', 'backup', 'network', 'tenancy'];

export interface ResourceClass {
  readonly category: ResourceCategory;
  /** Why the class is special, shown next to a rejected change. */
  readonly reason: string;
}

const EXACT: Readonly<Record<string, ResourceClass>> = {
  proxmox_storage_pbs: { category: 'backup', reason: 'PBS storage: the tenant\'s access to its backups' },
  proxmox_backup_job: { category: 'backup', reason: 'backup job: the nightly backup of every guest in the pool' },
  vault_namespace: { category: 'data', reason: 'Vault namespace: deleting it deletes every mount and secret inside' },
  vault_kv_secret_v2: { category: 'data', reason: 'KV secret: deleting it deletes the secret' },
  vault_kv_secret: { category: 'data', reason: 'KV secret: deleting it deletes the secret' },
  vault_pki_secret_backend_root_cert: { category: 'data', reason: 'PKI CA certificate: deleting it invalidates every issued certificate' },
  vault_pki_secret_backend_intermediate_set_signed: { category: 'data', reason: 'PKI CA certificate: deleting it invalidates every issued certificate' },
  proxmox_sdn_vnet: { category: 'network', reason: 'SDN vnet: every guest NIC of the segment is attached to it' },
  proxmox_virtual_environment_sdn_vnet: { category: 'network', reason: 'SDN vnet: every guest NIC of the segment is attached to it' },
  proxmox_sdn_subnet: { category: 'network', reason: 'SDN subnet: addresses, gateway and DHCP of a segment' },
  proxmox_virtual_environment_sdn_subnet: { category: 'network', reason: 'SDN subnet: addresses, gateway and DHCP of a segment' },
  proxmox_virtual_environment_pool: { category: 'tenancy', reason: 'resource pool: holds every guest of the tenant and carries its permissions' },
  proxmox_pool: { category: 'tenancy', reason: 'resource pool: holds every guest of the tenant and carries its permissions' },
  proxmox_virtual_environment_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_cloned_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_virtual_environment_cloned_vm: { category: 'data', reason: 'virtual machine: deleting it deletes its disks' },
  proxmox_virtual_environment_container: { category: 'data', reason: 'container: deleting it deletes its volumes' },
  proxmox_container: { category: 'data', reason: 'container: deleting it deletes its volumes' },
};

const IDENTITY_EXACT = new Set([
  'proxmox_acl', 'proxmox_virtual_environment_acl', 'proxmox_virtual_environment_group', 'proxmox_group',
  'proxmox_virtual_environment_user', 'proxmox_user', 'proxmox_user_token', 'proxmox_virtual_environment_user_token',
  'proxmox_realm_ldap', 'proxmox_realm_openid', 'proxmox_realm_sync', 'proxmox_virtual_environment_realm_ldap',
  'proxmox_virtual_environment_realm_openid', 'proxmox_virtual_environment_realm_sync', 'proxmox_virtual_environment_role',
  'vault_policy', 'vault_pki_secret_backend_role', 'vault_token', 'vault_approle_auth_backend_role_secret_id',
]);


function str(values: unknown, key: string): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  const v = (values as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The class of a resource, judged from its type and (for vault_mount) its mount type in the
 * values before the change (or after, for a create).
 */
export function classifyResource(type: string, before: unknown, after: unknown): ResourceClass | undefined {
  const exact = EXACT[type];
  if (exact) return exact;
  if (/^proxmox_(virtual_environment_)?sdn_zone_/.test(type)) {
    return { category: 'network', reason: 'SDN zone: every vnet of the tenant lives in it' };
  }
  if (type === 'vault_mount') {
    const mountType = str(before, 'type') ?? str(after, 'type');
    if (mountType !== undefined && isDataMountType(mountType)) {
      return { category: 'data', reason: `Vault ${mountType} mount: deleting it deletes every secret or certificate in it` };
    }
    return undefined;
  }
  if (IDENTITY_EXACT.has(type) || /^vault_.*auth_backend_(role|group|user)$/.test(type) || /^vault_identity_/.test(type)) {
    return { category: 'identity', reason: 'access: revoking it removes a login, group or permission' };
  }
  return undefined;
}
