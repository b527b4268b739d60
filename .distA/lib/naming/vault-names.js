"use strict";
/**
 * Vault names of a tenant, shared by resolution (TenantSpec) and the TenantVault construct so that
 * both always agree.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.VAULT_POLICY_ROLES = void 0;
exports.tenantVaultPolicyName = tenantVaultPolicyName;
/** Every policy role, in a fixed order. */
exports.VAULT_POLICY_ROLES = ['admin', 'operator', 'readonly', 'pipeline'];
/**
 * Name of a tenant policy: `<tenantRoot with / as ->-<key>-<role>`. The tenant root keeps names
 * unique in path mode, where all tenants' policies share the root namespace.
 */
function tenantVaultPolicyName(tenantRoot, key, role) {
    return `${tenantRoot.replace(/\//g, '-')}-${key}-${role}`;
}
