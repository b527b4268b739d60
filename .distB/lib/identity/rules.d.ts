/** Proxmox group ID: characters allowed by pve-access-control; at most {@link MAX_GROUP_ID_LENGTH}. */
export declare const PROXMOX_GROUP_ID: RegExp;
/** Maximum length of a Proxmox group ID accepted here. */
export declare const MAX_GROUP_ID_LENGTH = 64;
/** Proxmox role ID. */
export declare const PROXMOX_ROLE_ID: RegExp;
/** Proxmox realm ID (2-32 characters, first a letter). */
export declare const PROXMOX_REALM_ID: RegExp;
/** Proxmox resource pool ID of a top-level pool. */
export declare const PROXMOX_POOL_ID: RegExp;
/** Proxmox storage ID. */
export declare const PROXMOX_STORAGE_ID: RegExp;
/** Proxmox SDN zone and vnet ID (at most 8 characters, checked separately): the rule of lib/naming. */
export declare const PROXMOX_SDN_ID: RegExp;
/** Maximum length of SDN zone and vnet IDs. */
export declare const MAX_SDN_ID_LENGTH: number;
/** Proxmox API token name (the part after `!`). */
export declare const PROXMOX_TOKEN_NAME: RegExp;
/** Proxmox user ID `<name>@<realm>`. */
export declare const PROXMOX_USER_ID: RegExp;
/** Maximum length of a Proxmox user ID. */
export declare const MAX_USER_ID_LENGTH = 64;
/** Built-in realms that a tenant can never (re)define. */
export declare const BUILTIN_REALMS: readonly string[];
/** Stable tenant key: lower-case DNS label, 3-40 characters. */
export declare const TENANT_KEY: RegExp;
/** Vault policy, role and mount path segment (Vault lower-cases policy names; we require it). */
export declare const VAULT_NAME: RegExp;
/** A Vault mount path or namespace path: segments of {@link VAULT_NAME}, no leading/trailing `/`. */
export declare const VAULT_PATH: RegExp;
/** Mount paths and namespace names Vault reserves. */
export declare const VAULT_RESERVED: readonly string[];
/** DNS name (at least two labels, lower case, no wildcard). */
export declare const DNS_NAME: RegExp;
/** An LDAP distinguished name, loosely: `attr=value` RDNs separated by commas. */
export declare const LDAP_DN: RegExp;
/** Host name or IP address without scheme or port. */
export declare const HOST: RegExp;
/** LDAP attribute name. */
export declare const LDAP_ATTRIBUTE: RegExp;
/** JWT claim name. */
export declare const CLAIM_NAME: RegExp;
/** Error texts (each names the bad value and what is allowed). */
export declare const MSG: {
    readonly pattern: (value: unknown, what: string, rule: RegExp | string) => string;
    readonly tooLong: (value: string, what: string, max: number) => string;
    readonly empty: (what: string) => string;
    readonly duplicate: (value: unknown, other: string) => string;
    readonly builtinRole: (value: string) => string;
    readonly forbiddenPrivilege: (value: string, why: string) => string;
    readonly unknownPrivilege: (value: string) => string;
    readonly auditorPrivilege: (value: string) => string;
    readonly rootAclPath: (value: string) => string;
    readonly foreignAclPath: (value: string, allowed: string) => string;
    readonly ownPoolInList: (value: string) => string;
    readonly vnetNotTenant: (vnet: string, code: string) => string;
    readonly builtinRealm: (value: string) => string;
    readonly notHttps: (value: string) => string;
    readonly hostWithScheme: (value: string) => string;
    readonly port: (value: unknown) => string;
    readonly pipelineRealm: (value: string) => string;
    readonly unknownSource: (value: unknown) => string;
    readonly reservedVault: (value: string) => string;
    readonly kvPrefixOutside: (value: string, root: string) => string;
    readonly sharedAuthName: (value: string, key: string, what: string) => string;
    readonly ttlHours: (value: unknown) => string;
    readonly noBoundClaims: () => string;
    readonly globClaim: (value: string) => string;
    readonly redirectUris: () => string;
    readonly redirectUri: (value: string) => string;
};
/** True when `value` is an https URL with a host. */
export declare function isHttpsUrl(value: string): boolean;
