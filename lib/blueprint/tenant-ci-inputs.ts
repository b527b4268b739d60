/**
 * Where a tenant's pipeline inputs live and which fields they hold: one KV v2 secret in the root
 * namespace per tenant (lib/identity/tenant-pipeline-login.ts tenantCiInputs), read by the tenant
 * stack (KommuneStack) and written by the platform engineer at onboarding (docs/datacenter.md).
 */
import { BACKUP_SECRET_NAMES } from '../backup/backup-plan';
import { realmSecretVariableName } from '../identity/tenant-access-props';
import { tenantCiInputs, tenantRealmClientKey, type TenantCiInputs } from '../identity/tenant-pipeline-login';
import type { TenantSpec } from '../model/spec';
import { TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE } from '../identity/tenant-vault';
import { hasRealmClientKey, vaultProps } from './internal/tenant-props';
import type { PlatformSpec } from './platform-spec';

/**
 * Where the tenant's pipeline reads its inputs from (root namespace, the platform's KV v2 mount),
 * when the fleet has Vault CI logins; undefined without them (the inputs stay Terraform variables,
 * set as CI/CD variables).
 */
export function tenantCiInputsOf(spec: TenantSpec, platform: PlatformSpec): TenantCiInputs | undefined {
  if (platform.vault.ciJwt === undefined) return undefined;
  return tenantCiInputs(platform.vault.sharedKvMount, platform.vault.tenantRoot, spec.key);
}

/**
 * The fields the tenant's pipeline-inputs secret must hold (the stack indexes them): the PBS
 * password and encryption key, the bind password of an LDAP realm with a bind DN, and in namespace
 * mode with an OIDC directory the client secret of the tenant's own OIDC login mount. The OIDC
 * realm's client key is not one of them: it has a secret of its own ({@link tenantRealmClientKeyOf}).
 */
export function tenantCiInputFields(spec: TenantSpec, platform: PlatformSpec): string[] {
  const fields: string[] = [BACKUP_SECRET_NAMES.password, BACKUP_SECRET_NAMES.encryptionKey];
  if (spec.identity.source === 'ldap' && spec.identity.ldap?.bindDn !== undefined) fields.push(realmSecretVariableName(spec.identity.realm.id, 'bind_password'));
  // Namespace mode with an OIDC directory: the client secret of the tenant's own OIDC login mount
  // (TenantVault `DirectoryAuth`, lib/identity/tenant-vault.ts).
  if (vaultProps(spec, platform).auth.directory?.oidc !== undefined) fields.push(TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE);
  return fields;
}

/**
 * Where the client key of the tenant's confidential OIDC realm is (a secret of its own, read only
 * ephemerally into the realm's write-only `client_key_wo`); undefined without Vault CI logins or
 * without such a realm (a public client, or another login source).
 */
export function tenantRealmClientKeyOf(spec: TenantSpec, platform: PlatformSpec): TenantCiInputs | undefined {
  if (platform.vault.ciJwt === undefined || !hasRealmClientKey(spec)) return undefined;
  return tenantRealmClientKey(platform.vault.sharedKvMount, platform.vault.tenantRoot, spec.key);
}
