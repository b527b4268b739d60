import { Construct } from 'constructs';
import type { VaultIsolation } from '../config/model';
import { ProblemCollector } from '../core/errors';
import type { TenantIdentity } from '../core/tenant';
import { PolicyRule } from './policy-document';
import { tenantVaultPolicyName, VAULT_POLICY_ROLES, type VaultPolicyRole } from '../naming/vault-names';
export { tenantVaultPolicyName, VAULT_POLICY_ROLES, type VaultPolicyRole };
/** Directory-mapped policy roles (the pipeline logs in through the CI role only). */
export type DirectoryRole = Exclude<VaultPolicyRole, 'pipeline'>;
/** Every directory-mapped role, in a fixed order. */
export declare const DIRECTORY_ROLES: readonly DirectoryRole[];
/** Default maximum certificate lifetime of the tenant's PKI role (90 days). */
export declare const DEFAULT_PKI_MAX_TTL_HOURS = 2160;
/** Upper bound of the PKI role's maximum lifetime (one year). */
export declare const MAX_PKI_MAX_TTL_HOURS = 8760;
/** TTL of tokens issued to CI jobs, in seconds (a pipeline job rarely runs longer). */
export declare const DEFAULT_CI_TOKEN_TTL_SECONDS = 900;
/** Maximum TTL of tokens issued to CI jobs, in seconds. */
export declare const DEFAULT_CI_TOKEN_MAX_TTL_SECONDS = 3600;
/** TTL of tokens issued to people logging in through the directory, in seconds. */
export declare const DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS: number;
/** Sub-path of the tenant's KV prefix that the pipeline policy may read. */
export declare const PIPELINE_KV_SUBPATH = "ci";
/** Claim of a directory login that holds the user's groups (OIDC). */
export declare const VAULT_OIDC_GROUPS_CLAIM = "groups";
/** Properties of {@link TenantVault}. */
export interface TenantVaultProps {
    /** The tenant (key and display name are used). */
    readonly tenant: TenantIdentity;
    /**
     * `namespace`: the tenant's own namespace `<tenantRoot>/<key>` with its own KV v2 mount (Vault
     * Enterprise, OpenBao >= 2.3). `path`: no per-tenant mounts; a prefix of the platform's shared KV.
     */
    readonly isolation: VaultIsolation;
    /** Parent namespace (namespace mode) or path prefix (path mode) of all tenants, e.g. `kommunen`. */
    readonly tenantRoot: string;
    /** Key/value secrets. */
    readonly kv: {
        /** KV v2 mount: the platform's shared mount (path mode) or the mount created in the namespace. */
        readonly mount: string;
        /**
         * Path prefix inside the mount. In path mode it must be `<tenantRoot>/<key>` or below.
         * @default `<tenantRoot>/<key>` in path mode; the whole mount in namespace mode
         */
        readonly prefix?: string;
    };
    /** Certificates from the platform's intermediate CA. */
    readonly pki: {
        /** Mount of the platform intermediate, e.g. `pki-int` (root namespace). */
        readonly mount: string;
        /** Name of the tenant's role on it. */
        readonly role: string;
        /** The only domain (and its subdomains) certificates may name, e.g. `musterstadt.de`. */
        readonly allowedDomain: string;
        /** Maximum certificate lifetime. @default DEFAULT_PKI_MAX_TTL_HOURS (90 days) */
        readonly maxTtlHours?: number;
    };
    /**
     * Render only what holds data (the namespace and its KV mount), for a decommissioning tenant:
     * policies, the PKI role and every login are left out, so the next apply revokes them while the
     * secrets stay until their deletion is approved.
     * @default false
     */
    readonly retainDataOnly?: boolean;
    /** Logins mapped to the policies. */
    readonly auth: {
        /**
         * Directory groups mapped to the admin, operator and readonly policies.
         * @default - no directory mapping
         */
        readonly directory?: {
            /** `ldap`: vault_ldap_auth_backend_group; `oidc`: one OIDC role per group with a bound `groups` claim. */
            readonly kind: 'ldap' | 'oidc';
            /** The auth mount (platform-provided; in namespace mode inside the tenant namespace). */
            readonly mount: string;
            /** Directory group per policy role. */
            readonly groups: {
                readonly [R in DirectoryRole]?: string;
            };
            /** Allowed redirect URIs of the OIDC roles (required for `oidc`). @default - none */
            readonly redirectUris?: readonly string[];
        };
        /**
         * The JWT role CI jobs log in with (GitLab ID tokens), bound to the pipeline policy.
         * @default - no CI role
         */
        readonly ci?: {
            /** The JWT auth mount. */
            readonly jwtMount: string;
            /** Role name. */
            readonly role: string;
            /** Claims a job token must carry exactly, e.g. `{ project_path: 'kommunen/mainz/infra' }`. */
            readonly boundClaims: Readonly<Record<string, string>>;
            /** Audiences the token must be issued for. @default - not checked */
            readonly boundAudiences?: readonly string[];
        };
    };
}
/** A policy the construct created, as data. */
export interface TenantVaultPolicy {
    readonly name: string;
    /** Namespace the policy lives in; undefined = the provider's (root) namespace. */
    readonly namespace?: string;
    readonly rules: readonly PolicyRule[];
    readonly hcl: string;
}
/**
 * A tenant's Vault: KV v2 space (a namespace with its own mount, or a prefix of the shared mount),
 * admin/operator/readonly/pipeline policies, a PKI role limited to the tenant's domain, and the
 * login bindings (directory groups, CI job tokens).
 */
export declare class TenantVault extends Construct {
    /** Namespace of the tenant, `<tenantRoot>/<key>` (namespace mode only). */
    readonly namespacePath?: string;
    /** KV v2 data path prefix of the tenant (relative to its namespace), ending in `/`, e.g. `kv/data/kommunen/mainz/`. */
    readonly kvDataPrefix: string;
    /** The policies, by role; plus `pki` in namespace mode (root namespace issuing policy). */
    readonly policies: Readonly<Partial<Record<VaultPolicyRole | 'pki', TenantVaultPolicy>>>;
    constructor(scope: Construct, id: string, props: TenantVaultProps);
}
/** Checks TenantVault props; returns every problem. */
export declare function validateTenantVaultProps(props: TenantVaultProps): ProblemCollector;
