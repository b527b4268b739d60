"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MSG = exports.CLAIM_NAME = exports.LDAP_ATTRIBUTE = exports.HOST = exports.LDAP_DN = exports.DNS_NAME = exports.VAULT_RESERVED = exports.VAULT_PATH = exports.VAULT_NAME = exports.TENANT_KEY = exports.BUILTIN_REALMS = exports.MAX_USER_ID_LENGTH = exports.PROXMOX_USER_ID = exports.PROXMOX_TOKEN_NAME = exports.MAX_SDN_ID_LENGTH = exports.PROXMOX_SDN_ID = exports.PROXMOX_STORAGE_ID = exports.PROXMOX_POOL_ID = exports.PROXMOX_REALM_ID = exports.PROXMOX_ROLE_ID = exports.MAX_GROUP_ID_LENGTH = exports.PROXMOX_GROUP_ID = void 0;
exports.isHttpsUrl = isHttpsUrl;
/**
 * Identifier rules and error texts of the identity constructs, in one module (STYLE 7).
 *
 * Proxmox rules follow pve-access-control: group and role IDs `[A-Za-z0-9._-]+`, realm IDs
 * `[A-Za-z][A-Za-z0-9._-]+` of at most 32 characters, user IDs `<name>@<realm>` of at most 64
 * characters where the name holds no whitespace, `:` or `/`, token names like realm IDs.
 * Group IDs are additionally limited to 64 characters here (long IDs break the web UI and logs).
 */
const errors_1 = require("../core/errors");
const rules_1 = require("../naming/rules");
/** Proxmox group ID: characters allowed by pve-access-control; at most {@link MAX_GROUP_ID_LENGTH}. */
exports.PROXMOX_GROUP_ID = /^[A-Za-z0-9._-]+$/;
/** Maximum length of a Proxmox group ID accepted here. */
exports.MAX_GROUP_ID_LENGTH = 64;
/** Proxmox role ID. */
exports.PROXMOX_ROLE_ID = /^[A-Za-z0-9._-]+$/;
/** Proxmox realm ID (2-32 characters, first a letter). */
exports.PROXMOX_REALM_ID = /^[A-Za-z][A-Za-z0-9._-]{1,31}$/;
/** Proxmox resource pool ID of a top-level pool. */
exports.PROXMOX_POOL_ID = /^[A-Za-z0-9._-]+$/;
/** Proxmox storage ID. */
exports.PROXMOX_STORAGE_ID = /^[a-z][a-z0-9._-]*[a-z0-9]$/;
/** Proxmox SDN zone and vnet ID (at most 8 characters, checked separately): the rule of lib/naming. */
exports.PROXMOX_SDN_ID = rules_1.SDN_ID_RULE.pattern;
/** Maximum length of SDN zone and vnet IDs. */
exports.MAX_SDN_ID_LENGTH = rules_1.SDN_ID_RULE.maxLength;
/** Proxmox API token name (the part after `!`). */
exports.PROXMOX_TOKEN_NAME = /^[A-Za-z][A-Za-z0-9._-]+$/;
/** Proxmox user ID `<name>@<realm>`. */
exports.PROXMOX_USER_ID = /^[^\s:/@]+@[A-Za-z][A-Za-z0-9._-]{1,31}$/;
/** Maximum length of a Proxmox user ID. */
exports.MAX_USER_ID_LENGTH = 64;
/** Built-in realms that a tenant can never (re)define. */
exports.BUILTIN_REALMS = ['pam', 'pve'];
/** Stable tenant key: lower-case DNS label, 3-40 characters. */
exports.TENANT_KEY = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;
/** Vault policy, role and mount path segment (Vault lower-cases policy names; we require it). */
exports.VAULT_NAME = /^[a-z0-9][a-z0-9._-]*$/;
/** A Vault mount path or namespace path: segments of {@link VAULT_NAME}, no leading/trailing `/`. */
exports.VAULT_PATH = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
/** Mount paths and namespace names Vault reserves. */
exports.VAULT_RESERVED = ['sys', 'auth', 'cubbyhole', 'identity', 'root', 'audit'];
/** DNS name (at least two labels, lower case, no wildcard). */
exports.DNS_NAME = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** An LDAP distinguished name, loosely: `attr=value` RDNs separated by commas. */
exports.LDAP_DN = /^[A-Za-z][A-Za-z0-9-]*=[^,=]+(,\s*[A-Za-z][A-Za-z0-9-]*=[^,=]+)*$/;
/** Host name or IP address without scheme or port. */
exports.HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$/;
/** LDAP attribute name. */
exports.LDAP_ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]*$/;
/** JWT claim name. */
exports.CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/** Error texts (each names the bad value and what is allowed). */
exports.MSG = {
    pattern: (value, what, rule) => `${(0, errors_1.show)(value)} is not a valid ${what}; allowed: ${typeof rule === 'string' ? rule : rule.source}`,
    tooLong: (value, what, max) => `${(0, errors_1.show)(value)} is ${value.length} characters long; a ${what} has at most ${max}`,
    empty: (what) => `must not be empty: give the ${what}`,
    duplicate: (value, other) => `${(0, errors_1.show)(value)} is also used by ${other}; each entry must be distinct`,
    builtinRole: (value) => `${(0, errors_1.show)(value)} is a privileged built-in Proxmox role; tenants only get the platform's least-privilege roles (PlatformRoles, e.g. KommunalAdmin)`,
    forbiddenPrivilege: (value, why) => `${(0, errors_1.show)(value)} is never granted to tenants: ${why}`,
    unknownPrivilege: (value) => `${(0, errors_1.show)(value)} is not a Proxmox VE privilege; see PROXMOX_PRIVILEGES`,
    auditorPrivilege: (value) => `${(0, errors_1.show)(value)} is not an *.Audit privilege; the auditor role may only read`,
    rootAclPath: (value) => `${(0, errors_1.show)(value)} is the root path: an ACL there would cover the whole datacenter and every tenant; list only the tenant's own paths`,
    foreignAclPath: (value, allowed) => `${(0, errors_1.show)(value)} is outside the tenant's own paths; allowed here: ${allowed}`,
    ownPoolInList: (value) => `${(0, errors_1.show)(value)} is the tenant's pool; its ACLs come from tenant.pool, do not list it here`,
    vnetNotTenant: (vnet, code) => `vnet ${(0, errors_1.show)(vnet)} does not start with the tenant code ${(0, errors_1.show)(code)}; a tenant may only be granted its own vnets`,
    builtinRealm: (value) => `${(0, errors_1.show)(value)} is a built-in realm; a tenant realm needs its own ID`,
    notHttps: (value) => `${(0, errors_1.show)(value)} is not an https URL; the OpenID issuer must be reached over TLS (https://…)`,
    hostWithScheme: (value) => `${(0, errors_1.show)(value)} must be a bare host name or IP address (no scheme, no port); set the port with ldap.port`,
    port: (value) => `${(0, errors_1.show)(value)} is not a TCP port; allowed: an integer 1-65535`,
    pipelineRealm: (value) => `${(0, errors_1.show)(value)} is not in the 'pve' realm; the pipeline account is a Proxmox-local service user (e.g. ci-musterstadt@pve), never a directory user`,
    unknownSource: (value) => `${(0, errors_1.show)(value)} is not an identity source; allowed: 'ldap', 'oidc', 'platform'`,
    reservedVault: (value) => `${(0, errors_1.show)(value)} uses a name Vault reserves (${exports.VAULT_RESERVED.join(', ')})`,
    kvPrefixOutside: (value, root) => `${(0, errors_1.show)(value)} is outside the tenant's own prefix ${(0, errors_1.show)(root)}; in path isolation a tenant's KV prefix must be ${(0, errors_1.show)(root)} or below it`,
    sharedAuthName: (value, key, what) => `${(0, errors_1.show)(value)} does not contain the tenant key ${(0, errors_1.show)(key)}; in path isolation the auth mount is shared by all tenants and a ${what} maps to exactly one tenant's policies, so it must name the tenant (e.g. ${(0, errors_1.show)(`${key}-${value}`)})`,
    ttlHours: (value) => `${(0, errors_1.show)(value)} is not a valid TTL; allowed: an integer number of hours 1-8760`,
    noBoundClaims: () => 'is empty: a CI role without bound claims accepts a token of every project of the issuer; bind at least one claim (e.g. project_path)',
    globClaim: (value) => `${(0, errors_1.show)(value)} contains a glob character; bound claims are matched exactly (bound_claims_type = string), give the exact value`,
    redirectUris: () => 'must list at least one allowed redirect URI for the OIDC login (https://…/ui/vault/auth/<mount>/oidc/callback)',
    redirectUri: (value) => `${(0, errors_1.show)(value)} is not allowed; redirect URIs must be https, or http://localhost:8250/oidc/callback for the CLI`,
};
/** True when `value` is an https URL with a host. */
function isHttpsUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname !== '';
    }
    catch {
        return false;
    }
}
