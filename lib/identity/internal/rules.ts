/**
 * Identifier rules and error texts of the identity constructs, in one module (STYLE 7).
 *
 * Proxmox rules follow pve-access-control: group and role IDs `[A-Za-z0-9._-]+`, realm IDs
 * `[A-Za-z][A-Za-z0-9._-]+` of at most 32 characters, user IDs `<name>@<realm>` of at most 64
 * characters where the name holds no whitespace, `:` or `/`, token names like realm IDs.
 * Group IDs are additionally limited to 64 characters here (long IDs break the web UI and logs).
 */
import { show } from '../../core/errors';
import { SDN_ID_RULE } from '../../model/identifier-rules';

/** Proxmox group ID: characters allowed by pve-access-control; at most {@link MAX_GROUP_ID_LENGTH}. */
export const PROXMOX_GROUP_ID = /^[A-Za-z0-9._-]+$/;
/** Maximum length of a Proxmox group ID accepted here. */
export const MAX_GROUP_ID_LENGTH = 64;
/** Proxmox role ID. */
export const PROXMOX_ROLE_ID = /^[A-Za-z0-9._-]+$/;
/** Proxmox realm ID (2-32 characters, first a letter). */
export const PROXMOX_REALM_ID = /^[A-Za-z][A-Za-z0-9._-]{1,31}$/;
/** Proxmox resource pool ID of a top-level pool. */
export const PROXMOX_POOL_ID = /^[A-Za-z0-9._-]+$/;
/** Proxmox storage ID. */
export const PROXMOX_STORAGE_ID = /^[a-z][a-z0-9._-]*[a-z0-9]$/;
/** Proxmox SDN zone and vnet ID (at most 8 characters, checked separately): the rule of lib/model. */
export const PROXMOX_SDN_ID = SDN_ID_RULE.pattern;
/** Maximum length of SDN zone and vnet IDs. */
export const MAX_SDN_ID_LENGTH = SDN_ID_RULE.maxLength;
/** Proxmox API token name (the part after `!`). */
export const PROXMOX_TOKEN_NAME = /^[A-Za-z][A-Za-z0-9._-]+$/;
/** Proxmox user ID `<name>@<realm>`. */
export const PROXMOX_USER_ID = /^[^\s:/@]+@[A-Za-z][A-Za-z0-9._-]{1,31}$/;
/** Maximum length of a Proxmox user ID. */
export const MAX_USER_ID_LENGTH = 64;
/** Built-in realms that a tenant can never (re)define. */
export const BUILTIN_REALMS: readonly string[] = ['pam', 'pve'];

/** Vault policy, role and mount path segment (Vault lower-cases policy names; we require it). */
export const VAULT_NAME = /^[a-z0-9][a-z0-9._-]*$/;
/** A Vault mount path or namespace path: segments of {@link VAULT_NAME}, no leading/trailing `/`. */
export const VAULT_PATH = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
/** Mount paths and namespace names Vault reserves. */
export const VAULT_RESERVED: readonly string[] = ['sys', 'auth', 'cubbyhole', 'identity', 'root', 'audit'];
/** DNS name (at least two labels, lower case, no wildcard). */
export const DNS_NAME = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** An LDAP distinguished name, loosely: `attr=value` RDNs separated by commas. */
export const LDAP_DN = /^[A-Za-z][A-Za-z0-9-]*=[^,=]+(,\s*[A-Za-z][A-Za-z0-9-]*=[^,=]+)*$/;
/** Host name or IP address without scheme or port. */
export const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$/;
/** LDAP attribute name. */
export const LDAP_ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]*$/;
/** JWT claim name. */
export const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** Error texts (each names the bad value and what is allowed). */
export const MSG = {
  pattern: (value: unknown, what: string, rule: RegExp | string) =>
    `${show(value)} is not a valid ${what}; allowed: ${typeof rule === 'string' ? rule : rule.source}`,
  tooLong: (value: string, what: string, max: number) =>
    `${show(value)} is ${value.length} characters long; a ${what} has at most ${max}`,
  empty: (what: string) => `must not be empty: give the ${what}`,
  duplicate: (value: unknown, other: string) => `${show(value)} is also used by ${other}; each entry must be distinct`,
  builtinRole: (value: string) =>
    `${show(value)} is a privileged built-in Proxmox role; tenants only get the platform's least-privilege roles (PlatformRoles, e.g. KommunalAdmin)`,
  forbiddenPrivilege: (value: string, why: string) => `${show(value)} is never granted to tenants: ${why}`,
  unknownPrivilege: (value: string) => `${show(value)} is not a Proxmox VE privilege; see PROXMOX_PRIVILEGES`,
  auditorPrivilege: (value: string) => `${show(value)} is not an *.Audit privilege; the auditor role may only read`,
  rootAclPath: (value: string) =>
    `${show(value)} is the root path: an ACL there would cover the whole datacenter and every tenant; list only the tenant's own paths`,
  foreignAclPath: (value: string, allowed: string) =>
    `${show(value)} is outside the tenant's own paths; allowed here: ${allowed}`,
  ownPoolInList: (value: string) =>
    `${show(value)} is the tenant's pool; its ACLs come from tenant.pool, do not list it here`,
  vnetNotTenant: (vnet: string, code: string) =>
    `vnet ${show(vnet)} does not start with the tenant code ${show(code)}; a tenant may only be granted its own vnets`,
  builtinRealm: (value: string) => `${show(value)} is a built-in realm; a tenant realm needs its own ID`,
  notHttps: (value: string) => `${show(value)} is not an https URL; the OpenID issuer must be reached over TLS (https://…)`,
  hostWithScheme: (value: string) =>
    `${show(value)} must be a bare host name or IP address (no scheme, no port); set the port with ldap.port`,
  port: (value: unknown) => `${show(value)} is not a TCP port; allowed: an integer 1-65535`,
  pipelineRealm: (value: string) =>
    `${show(value)} is not in the 'pve' realm; the pipeline account is a Proxmox-local service user (e.g. ci-musterstadt@pve), never a directory user`,
  unknownSource: (value: unknown) => `${show(value)} is not an identity source; allowed: 'ldap', 'oidc', 'platform'`,
  reservedVault: (value: string) => `${show(value)} uses a name Vault reserves (${VAULT_RESERVED.join(', ')})`,
  kvPrefixOutside: (value: string, root: string) =>
    `${show(value)} is outside the tenant's own prefix ${show(root)}; in path isolation a tenant's KV prefix must be ${show(root)} or below it`,
  sharedAuthName: (value: string, key: string, what: string) =>
    `${show(value)} does not contain the tenant key ${show(key)}; in path isolation the auth mount is shared by all tenants and a ${what} maps to exactly one tenant's policies, so it must name the tenant (e.g. ${show(`${key}-${value}`)})`,
  ttlHours: (value: unknown) => `${show(value)} is not a valid TTL; allowed: an integer number of hours 1-8760`,
  noBoundClaims: () =>
    'is empty: a CI role without bound claims accepts a token of every project of the issuer; bind at least one claim (e.g. project_path)',
  globClaim: (value: string) =>
    `${show(value)} contains a glob character; bound claims are matched exactly (bound_claims_type = string), give the exact value`,
  redirectUris: () => 'must list at least one allowed redirect URI for the OIDC login (https://…/ui/vault/auth/<mount>/oidc/callback)',
  redirectUri: (value: string) =>
    `${show(value)} is not allowed; redirect URIs must be https, or http://localhost:8250/oidc/callback for the CLI`,
  redirectUriNamespace: (value: string) =>
    `${show(value)} carries a namespace parameter; the tenant's OIDC mount passes the namespace in the OIDC state and removes it from the redirect URI before matching, so list the URI without it`,
  oidcMountOnlyInNamespace: () => 'is only for namespace isolation with kind "oidc" (in path mode the roles live on the platform\'s OIDC mount)',
  oidcMountNeeded: () =>
    'is needed with namespace isolation and kind "oidc": an auth mount serves only its own namespace, so the tenant stack mounts the OIDC login in the tenant namespace (discovery URL and client ID)',
  httpsUrl: (value: unknown) => `${show(value)} must be an https URL`,
  wellKnown: (value: string) => `${show(value)} contains the '.well-known' component; give the issuer URL (Vault appends /.well-known/openid-configuration itself)`,
} as const;

export { isHttpsUrl } from '../../core/url';
