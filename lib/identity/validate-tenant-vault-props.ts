/**
 * Validation of the props of TenantVault (the aws-cdk `validate-*-props.ts` pattern): every
 * problem is collected before the construct creates a child.
 */
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity } from '../model/tenant-identity';
import { TENANT_KEY_PATTERN } from '../model/tenant-key';
import { CLAIM_NAME, DNS_NAME, isHttpsUrl, MSG, VAULT_NAME, VAULT_PATH, VAULT_RESERVED } from './internal/rules';
import type { DirectoryRole, TenantVaultProps } from './tenant-vault';

/** Every directory-mapped role, in a fixed order. */
export const DIRECTORY_ROLES: readonly DirectoryRole[] = ['admin', 'operator', 'readonly'];

/** Upper bound of the PKI role's maximum lifetime (one year). */
export const MAX_PKI_MAX_TTL_HOURS = 8760;

/** Checks TenantVault props; returns every problem. */
export function validateTenantVaultProps(props: TenantVaultProps): ProblemCollector {
  const problems = new ProblemCollector();
  const { tenant, tenantRoot, kv, pki, auth } = props;
  const vaultPath = (path: string, value: unknown, what: string): boolean => {
    if (typeof value !== 'string' || !VAULT_PATH.test(value)) {
      problems.add(path, MSG.pattern(value, what, VAULT_PATH));
      return false;
    }
    if (VAULT_RESERVED.includes(value.split('/')[0])) {
      problems.add(path, MSG.reservedVault(value));
      return false;
    }
    return true;
  };
  const vaultName = (path: string, value: unknown, what: string) => {
    if (typeof value !== 'string' || !VAULT_NAME.test(value)) problems.add(path, MSG.pattern(value, what, VAULT_NAME));
  };

  const keyOk = typeof tenant.key === 'string' && TENANT_KEY_PATTERN.test(tenant.key);
  checkTenantIdentity(problems, tenant, ['key']);
  if (props.isolation !== 'namespace' && props.isolation !== 'path') {
    problems.add('isolation', `${show(props.isolation)} is not an isolation mode; allowed: 'namespace', 'path'`);
  }
  const rootOk = vaultPath('tenantRoot', tenantRoot, 'tenant root (namespace or path prefix)');
  vaultPath('kv.mount', kv.mount, 'KV mount path');
  if (kv.prefix !== undefined) {
    if (vaultPath('kv.prefix', kv.prefix, 'KV path prefix') && props.isolation === 'path' && rootOk && keyOk) {
      const own = `${tenantRoot}/${tenant.key}`;
      if (kv.prefix !== own && !kv.prefix.startsWith(`${own}/`)) problems.add('kv.prefix', MSG.kvPrefixOutside(kv.prefix, own));
    }
  }
  vaultPath('pki.mount', pki.mount, 'PKI mount path');
  vaultName('pki.role', pki.role, 'PKI role name');
  if (typeof pki.allowedDomain !== 'string' || !DNS_NAME.test(pki.allowedDomain)) {
    problems.add('pki.allowedDomain', MSG.pattern(pki.allowedDomain, 'DNS domain (lower case, at least two labels, no wildcard)', DNS_NAME));
  }
  if (pki.maxTtlHours !== undefined && (!Number.isInteger(pki.maxTtlHours) || pki.maxTtlHours < 1 || pki.maxTtlHours > MAX_PKI_MAX_TTL_HOURS)) {
    problems.add('pki.maxTtlHours', MSG.ttlHours(pki.maxTtlHours));
  }

  const dir = auth.directory;
  if (dir !== undefined) {
    if (dir.kind !== 'ldap' && dir.kind !== 'oidc') problems.add('auth.directory.kind', `${show(dir.kind)} is not a directory kind; allowed: 'ldap', 'oidc'`);
    vaultPath('auth.directory.mount', dir.mount, 'auth mount path');
    const mapped = DIRECTORY_ROLES.filter((r) => dir.groups[r] !== undefined);
    if (mapped.length === 0) problems.add('auth.directory.groups', MSG.empty('directory group of at least one of admin, operator, readonly'));
    const seen = new Map<string, string>();
    for (const r of mapped) {
      const g = dir.groups[r] as string;
      const path = `auth.directory.groups.${r}`;
      if (typeof g !== 'string' || g.trim() === '') problems.add(path, MSG.empty('directory group name'));
      else if (seen.has(g)) problems.add(path, MSG.duplicate(g, `auth.directory.groups.${seen.get(g)}`));
      else {
        seen.set(g, r);
        if (props.isolation === 'path' && keyOk && !g.toLowerCase().includes(tenant.key)) problems.add(path, MSG.sharedAuthName(g, tenant.key, 'directory group'));
      }
    }
    if (dir.kind === 'oidc') {
      if (dir.redirectUris === undefined || dir.redirectUris.length === 0) problems.add('auth.directory.redirectUris', MSG.redirectUris());
      (dir.redirectUris ?? []).forEach((u, i) => {
        if (!isHttpsUrl(u) && u !== 'http://localhost:8250/oidc/callback') problems.add(`auth.directory.redirectUris[${i}]`, MSG.redirectUri(u));
        // The tenant's mount passes the namespace in the OIDC state and strips it from the redirect
        // URI before matching (openbao v2.6.2 builtin/credential/jwt/path_oidc.go:785-803), so an
        // allowed URI with a namespace parameter would never match.
        else if (props.isolation === 'namespace' && /[?&]namespace=/.test(u)) problems.add(`auth.directory.redirectUris[${i}]`, MSG.redirectUriNamespace(u));
      });
    }
    if (dir.oidc !== undefined) {
      if (props.isolation !== 'namespace' || dir.kind !== 'oidc') problems.add('auth.directory.oidc', MSG.oidcMountOnlyInNamespace());
      if (typeof dir.oidc.discoveryUrl !== 'string' || !isHttpsUrl(dir.oidc.discoveryUrl)) problems.add('auth.directory.oidc.discoveryUrl', MSG.httpsUrl(dir.oidc.discoveryUrl));
      // path_config.go:389-391 refuses a discovery URL with the well-known suffix.
      else if (dir.oidc.discoveryUrl.includes('.well-known/openid-configuration')) problems.add('auth.directory.oidc.discoveryUrl', MSG.wellKnown(dir.oidc.discoveryUrl));
      if (typeof dir.oidc.clientId !== 'string' || dir.oidc.clientId.trim() === '') problems.add('auth.directory.oidc.clientId', MSG.empty('OIDC client ID'));
    } else if (props.isolation === 'namespace' && dir.kind === 'oidc') {
      problems.add('auth.directory.oidc', MSG.oidcMountNeeded());
    }
  }
  const ci = auth.ci;
  if (ci !== undefined) {
    vaultPath('auth.ci.jwtMount', ci.jwtMount, 'JWT auth mount path');
    vaultName('auth.ci.role', ci.role, 'JWT role name');
    if (props.isolation === 'path' && keyOk && typeof ci.role === 'string' && !ci.role.includes(tenant.key)) {
      problems.add('auth.ci.role', MSG.sharedAuthName(ci.role, tenant.key, 'CI role name'));
    }
    const boundClaims = (at: string, bound: Readonly<Record<string, string>> | undefined) => {
      const claims = Object.entries(bound ?? {});
      if (claims.length === 0) problems.add(at, MSG.noBoundClaims());
      for (const [claim, value] of claims) {
        const path = `${at}.${claim}`;
        if (!CLAIM_NAME.test(claim)) problems.add(path, MSG.pattern(claim, 'claim name', CLAIM_NAME));
        if (typeof value !== 'string' || value.trim() === '') problems.add(path, MSG.empty('claim value'));
        else if (/[*?]/.test(value)) problems.add(path, MSG.globClaim(value));
      }
    };
    boundClaims('auth.ci.boundClaims', ci.boundClaims);
    if (ci.plan !== undefined) {
      vaultName('auth.ci.plan.role', ci.plan.role, 'JWT role name');
      if (ci.plan.role === ci.role) problems.add('auth.ci.plan.role', `${JSON.stringify(ci.plan.role)} is the apply role's name; the plan role needs its own`);
      if (props.isolation === 'path' && keyOk && typeof ci.plan.role === 'string' && !ci.plan.role.includes(tenant.key)) {
        problems.add('auth.ci.plan.role', MSG.sharedAuthName(ci.plan.role, tenant.key, 'CI role name'));
      }
      boundClaims('auth.ci.plan.boundClaims', ci.plan.boundClaims);
    }
  }
  return problems;
}
