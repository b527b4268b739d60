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

/** Name of the tenant pipeline's JWT role in the platform's CI auth mount: `<tenantRoot with / as ->-<key>-ci`. */
export function tenantCiRoleName(tenantRoot: string, key: string): string {
  return `${tenantRoot.replace(/\//g, '-')}-${key}-ci`;
}

/**
 * Name of the tenant pipeline's plan role in the platform's CI auth mount: `<tenantRoot with / as
 * ->-<key>-ci-plan`. The plan jobs log in with it (read-only policy, any branch); the apply jobs
 * with {@link tenantCiRoleName} (protected default branch only). No tenant's apply role ends in
 * `-plan`, so the two kinds never collide.
 */
export function tenantCiPlanRoleName(tenantRoot: string, key: string): string {
  return `${tenantCiRoleName(tenantRoot, key)}-plan`;
}

/** The platform apply jobs' JWT role: `<tenantRoot with / as ->-platform-ci` (the CI role name of the reserved tenant key `platform`). */
export function platformCiRoleName(tenantRoot: string): string {
  return tenantCiRoleName(tenantRoot, 'platform');
}

/** The platform plan jobs' JWT role: `<tenantRoot with / as ->-platform-ci-plan`. */
export function platformCiPlanRoleName(tenantRoot: string): string {
  return tenantCiPlanRoleName(tenantRoot, 'platform');
}

/** What a resolved tenant carries of its Vault names: its key and its policy names. */
interface TenantVaultNames {
  readonly key: string;
  readonly vault: { readonly policies: { readonly admin: string } };
}

/**
 * The tenant root of a resolved tenant as its policy names carry it (`/` written as `-`): the
 * spec keeps the names, not the root (`<root>-<key>-admin`, tenantVaultPolicyName).
 */
export function tenantRootOfSpec(spec: TenantVaultNames): string {
  const admin = spec.vault.policies.admin;
  return admin.slice(0, admin.length - `-${spec.key}-admin`.length);
}

/** The CI role a resolved tenant's pipeline jobs log in with (`vault write auth/<mount>/login role=<this>`). */
export function tenantCiRoleOf(spec: TenantVaultNames): string {
  return tenantCiRoleName(tenantRootOfSpec(spec), spec.key);
}

/** The plan role a resolved tenant's plan jobs log in with ({@link tenantCiPlanRoleName}). */
export function tenantCiPlanRoleOf(spec: TenantVaultNames): string {
  return tenantCiPlanRoleName(tenantRootOfSpec(spec), spec.key);
}

/** The policy roles a directory group can log in to (every role but the pipeline's). */
export const DIRECTORY_LOGIN_ROLES: readonly Exclude<VaultPolicyRole, 'pipeline'>[] = ['admin', 'operator', 'readonly'];

/**
 * Name of a tenant's OIDC login role in the platform's directory auth mount: `<key>-<role>`. The
 * role suffixes differ, so two tenants' names never collide (`hahn-admin` is never a role of
 * `hahn-am-see`, whose roles are `hahn-am-see-admin`, ...).
 */
export function tenantDirectoryRoleName(key: string, role: Exclude<VaultPolicyRole, 'pipeline'>): string {
  return `${key}-${role}`;
}

/**
 * Address of a tenant's CI JWT role in tenant stacks of earlier blueprints (construct `Vault/CiRole`).
 * The platform stack owns the role now (TenantPipelineLogin); tenant stacks forget this address with
 * a `removed` block, and the plan guard lets exactly this `forget` through.
 */
export const FORMER_TENANT_CI_ROLE_ADDRESS = 'vault_jwt_auth_backend_role.Vault_CiRole_C5A6E1BD';

/**
 * The address of the platform's audit device while the platform stack created it through the API
 * (`vault.auditDevice: api`). With `server-config` the platform stack forgets it (a `removed` block,
 * destroy = false), so the device a server already has is not disabled.
 */
export const PLATFORM_AUDIT_DEVICE_ADDRESS = 'vault_audit.Base_VaultAudit_5354F123';
