/**
 * Vault names of a tenant, shared by resolution (TenantSpec) and the TenantVault construct so that
 * both always agree.
 */

/** The policy roles every tenant gets. */
export type VaultPolicyRole = 'admin' | 'operator' | 'readonly' | 'pipeline';

/** Every policy role, in a fixed order. */
export const VAULT_POLICY_ROLES: readonly VaultPolicyRole[] = ['admin', 'operator', 'readonly', 'pipeline'];

/**
 * Name of a tenant policy: `<tenantRoot with / as ->-<key>-<role>`. The tenant root keeps names
 * unique in path mode, where all tenants' policies share the root namespace.
 */
export function tenantVaultPolicyName(tenantRoot: string, key: string, role: VaultPolicyRole | 'pki'): string {
  return `${tenantRoot.replace(/\//g, '-')}-${key}-${role}`;
}
