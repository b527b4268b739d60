import { JwtAuthBackend } from '@cdktf/provider-vault/lib/jwt-auth-backend';
import { JwtAuthBackendRole } from '@cdktf/provider-vault/lib/jwt-auth-backend-role';
import { LdapAuthBackendGroup } from '@cdktf/provider-vault/lib/ldap-auth-backend-group';
import { Mount } from '@cdktf/provider-vault/lib/mount';
import { Namespace } from '@cdktf/provider-vault/lib/namespace';
import { PkiSecretBackendRole } from '@cdktf/provider-vault/lib/pki-secret-backend-role';
import { Policy } from '@cdktf/provider-vault/lib/policy';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import type { VaultIsolation } from '../model/parameters';
import type { TenantIdentity } from '../model/tenant-identity';
import { PolicyRule, renderPolicyHcl } from './policy-document';
import { tenantDirectoryRoleName, tenantVaultPolicyName, VAULT_POLICY_ROLES, type VaultPolicyRole } from '../model/vault-names';
import { DIRECTORY_ROLES, validateTenantVaultProps } from './validate-tenant-vault-props';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
export { DIRECTORY_ROLES, MAX_PKI_MAX_TTL_HOURS } from './validate-tenant-vault-props';

// The tenant's Vault policy roles and names are shared with resolution (lib/model/vault-names.ts).
export { tenantVaultPolicyName, VAULT_POLICY_ROLES, type VaultPolicyRole };
/** Directory-mapped policy roles (the pipeline logs in through the CI role only). */
export type DirectoryRole = Exclude<VaultPolicyRole, 'pipeline'>;

/** Default maximum certificate lifetime of the tenant's PKI role (90 days). */
export const DEFAULT_PKI_MAX_TTL_HOURS = 2160;
/** TTL of tokens issued to CI jobs, in seconds (a pipeline job rarely runs longer). */
export const DEFAULT_CI_TOKEN_TTL_SECONDS = 900;
/** Maximum TTL of tokens issued to CI jobs, in seconds. */
export const DEFAULT_CI_TOKEN_MAX_TTL_SECONDS = 3600;
/** TTL of tokens issued to people logging in through the directory, in seconds. */
export const DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS = 8 * 3600;
/** Sub-path of the tenant's KV prefix that the pipeline policy may read. */
export const PIPELINE_KV_SUBPATH = 'ci';
/** Claim of a directory login that holds the user's groups (OIDC). */
export const VAULT_OIDC_GROUPS_CLAIM = 'groups';
/**
 * The sensitive Terraform variable of a namespace-mode tenant stack that holds the client secret
 * of its OIDC auth mount (distinct from the platform stack's `vault_oidc_client_secret`, so that a
 * pipeline can tell the two apart even where they hold the same value).
 */
export const TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE = 'vault_tenant_oidc_client_secret';

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
      /**
       * The auth mount. Path mode: the platform's mount in the root namespace. Namespace mode:
       * for `oidc` the mount this construct creates inside the tenant namespace (see `oidc`); for
       * `ldap` a mount the platform onboarding provides there.
       */
      readonly mount: string;
      /** Directory group per policy role. */
      readonly groups: { readonly [R in DirectoryRole]?: string };
      /**
       * Allowed redirect URIs of the OIDC roles (required for `oidc`), without a `namespace` query
       * parameter: the mount passes the namespace in the OIDC state (`namespace_in_state`), so one
       * URI serves every namespace. @default - none
       */
      readonly redirectUris?: readonly string[];
      /**
       * Namespace mode with kind `oidc` (required there, refused otherwise): the OIDC provider of the
       * auth method this construct mounts at `mount` inside the tenant namespace. An auth mount
       * serves only the namespace it is mounted in, so the platform's root-namespace mount cannot
       * hold the tenant's roles (docs/identity.md). The client secret comes from the sensitive
       * variable `vault_tenant_oidc_client_secret` (TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE).
       * @default - none
       */
      readonly oidc?: {
        /** Issuer / discovery URL of the directory (https, without `/.well-known/openid-configuration`). */
        readonly discoveryUrl: string;
        /** Client ID of Vault at the directory. */
        readonly clientId: string;
        /**
         * The client secret as a Terraform expression (a token), e.g. a field of the tenant's
         * pipeline-inputs secret read from Vault (KommuneStack). Never a literal.
         * @default - the sensitive stack variable `vault_tenant_oidc_client_secret`
         */
        readonly clientSecret?: string;
      };
    };
    /**
     * The JWT role CI jobs log in with (GitLab ID tokens). Validated here, rendered by the
     * platform's `TenantPipelineLogin` (./tenant-pipeline-login.ts) from these same props (root namespace, bound to the
     * tenant's provisioner policy): TenantVault itself no longer creates it (docs/identity.md).
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
      /**
       * The plan jobs' own role (read-only policy: TenantPipelineLogin `tenantPlannerRules`), with
       * its bound claims (any branch of the project); the role above is then the apply jobs' role.
       * @default - no plan role: plan and apply jobs share the role above
       */
      readonly plan?: {
        /** Role name of the plan jobs; differs from the apply role's. */
        readonly role: string;
        /** Claims a plan job's token must carry exactly (any branch of the project). */
        readonly boundClaims: Readonly<Record<string, string>>;
      };
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
 * directory login bindings. The CI login belongs to the platform (TenantPipelineLogin).
 */
export class TenantVault extends Construct {
  /** Namespace of the tenant, `<tenantRoot>/<key>` (namespace mode only). */
  public readonly namespacePath?: string;
  /** KV v2 data path prefix of the tenant (relative to its namespace), ending in `/`, e.g. `kv/data/kommunen/mainz/`. */
  public readonly kvDataPrefix: string;
  /** The policies, by role; plus `pki` in namespace mode (root namespace issuing policy). */
  public readonly policies: Readonly<Partial<Record<VaultPolicyRole | 'pki', TenantVaultPolicy>>>;

  public constructor(scope: Construct, id: string, props: TenantVaultProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateTenantVaultProps(props).throwIfAny('TenantVault', this.node.path);

    const { tenant, isolation, tenantRoot, kv, pki } = props;
    const nsMode = isolation === 'namespace';
    const namespace = nsMode ? `${tenantRoot}/${tenant.key}` : undefined;
    const prefix = kv.prefix ?? (nsMode ? '' : `${tenantRoot}/${tenant.key}`);
    const pre = prefix === '' ? '' : `${prefix}/`;
    const who = `${tenant.displayName.replace(/[\r\n]+/g, ' ')} (${tenant.key})`;

    let dependsOn: Construct[] = [];
    if (nsMode) {
      const ns = new Namespace(this, 'Namespace', {
        path: tenant.key,
        namespace: tenantRoot,
        lifecycle: { preventDestroy: true },
      });
      const mount = new Mount(this, 'Kv', {
        namespace,
        path: kv.mount,
        type: 'kv',
        options: { version: '2' },
        description: `KV v2 secrets of ${who}`,
        lifecycle: { preventDestroy: true },
        dependsOn: [ns],
      });
      dependsOn = [ns, mount];
      this.namespacePath = namespace;
    }
    this.kvDataPrefix = `${kv.mount}/data/${pre}`;
    if (props.retainDataOnly) {
      this.policies = Object.freeze({});
      return;
    }
    // Resources inside the namespace wait for it (the namespace is given as a literal, so that the
    // synthesized JSON stays analysable).
    const nsDeps = dependsOn.length > 0 ? ([dependsOn[0]] as never) : undefined;

    // Policies. In path mode, issuing is part of the admin and operator policies; in namespace mode
    // a policy in the tenant namespace cannot reach the root namespace's intermediate, so issuing
    // is a separate root-namespace policy that the platform binds (docs/identity.md).
    const m = kv.mount;
    const issue: PolicyRule[] = [
      { path: `${pki.mount}/issue/${pki.role}`, capabilities: ['update'], comment: `certificates below ${pki.allowedDomain}` },
      { path: `${pki.mount}/roles/${pki.role}`, capabilities: ['read'] },
    ];
    const rules: { [R in VaultPolicyRole]: PolicyRule[] } = {
      admin: [
        { path: `${m}/data/${pre}*`, capabilities: ['create', 'read', 'update', 'patch', 'delete'], comment: 'secrets of the tenant' },
        { path: `${m}/metadata/${pre}*`, capabilities: ['read', 'update', 'delete', 'list'] },
        { path: `${m}/delete/${pre}*`, capabilities: ['update'] },
        { path: `${m}/undelete/${pre}*`, capabilities: ['update'] },
        { path: `${m}/destroy/${pre}*`, capabilities: ['update'] },
        ...(nsMode ? [] : issue),
      ],
      operator: [
        { path: `${m}/data/${pre}*`, capabilities: ['create', 'read', 'update', 'patch'], comment: 'secrets of the tenant, no deletion' },
        { path: `${m}/metadata/${pre}*`, capabilities: ['read', 'list'] },
        ...(nsMode ? [] : issue),
      ],
      readonly: [
        { path: `${m}/data/${pre}*`, capabilities: ['read'], comment: 'read and list only' },
        { path: `${m}/metadata/${pre}*`, capabilities: ['read', 'list'] },
      ],
      pipeline: [{ path: `${m}/data/${pre}${PIPELINE_KV_SUBPATH}/*`, capabilities: ['read'], comment: "the pipeline's own secrets" }],
    };
    const policies = {} as Record<VaultPolicyRole | 'pki', TenantVaultPolicy>;
    const makePolicy = (key: VaultPolicyRole | 'pki', policyRules: PolicyRule[], ns: string | undefined) => {
      const name = tenantVaultPolicyName(tenantRoot, tenant.key, key);
      const hcl = renderPolicyHcl(`kommunal-cdk: ${key} policy of ${who}, ${isolation} isolation`, policyRules);
      new Policy(this, `Policy-${key}`, { name, policy: hcl, namespace: ns, dependsOn: ns === undefined ? undefined : nsDeps });
      policies[key] = { name, namespace: ns, rules: policyRules, hcl };
    };
    for (const role of VAULT_POLICY_ROLES) makePolicy(role, rules[role], namespace);
    if (nsMode) makePolicy('pki', issue, undefined);
    this.policies = Object.freeze(policies);

    // PKI role on the platform intermediate (root namespace): only names below the tenant domain.
    new PkiSecretBackendRole(this, 'PkiRole', {
      backend: pki.mount,
      name: pki.role,
      allowedDomains: [pki.allowedDomain],
      allowSubdomains: true,
      allowBareDomains: true,
      allowGlobDomains: false,
      allowAnyName: false,
      enforceHostnames: true,
      allowIpSans: false,
      allowLocalhost: false,
      allowWildcardCertificates: false,
      maxTtl: String((pki.maxTtlHours ?? DEFAULT_PKI_MAX_TTL_HOURS) * 3600),
    });

    // Logins.
    const dir = props.auth.directory;
    // Namespace mode, OIDC: the tenant's own OIDC auth method in its namespace. An auth mount
    // belongs to the namespace it is mounted in (openbao/openbao v2.6.2 vault/auth.go:87-97: a new
    // auth mount takes the request's namespace ID, path conflicts are checked within it), and a
    // login there yields a token of that namespace (vault/request_handling.go:2330-2352,
    // RegisterAuth sets the token's namespace from the request); so the platform's mount cannot
    // hold the tenant's roles. The platform cannot mount it for the tenant either: this stack
    // creates the namespace. docs/identity.md.
    let directoryMount: JwtAuthBackend | undefined;
    if (dir !== undefined && nsMode && dir.kind === 'oidc' && dir.oidc !== undefined) {
      const clientSecret = dir.oidc.clientSecret ?? new TerraformVariable(TerraformStack.of(this), TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE, {
        type: 'string',
        sensitive: true,
        description: `Client secret of the Vault OIDC login of ${who} at the directory (its auth mount in namespace ${namespace}).`,
      }).stringValue;
      directoryMount = new JwtAuthBackend(this, 'DirectoryAuth', {
        namespace,
        path: dir.mount,
        type: 'oidc',
        oidcDiscoveryUrl: dir.oidc.discoveryUrl,
        oidcClientId: dir.oidc.clientId,
        // The OIDC flow needs both client ID and secret: openbao v2.6.2
        // builtin/credential/jwt/path_config.go:384-386 refuses one without the other, and
        // authType (:648-656) takes the OIDC flow only with both; PKCE (path_oidc.go:863-870) is
        // used in addition, not instead. So no public client without a secret.
        oidcClientSecret: clientSecret,
        // The namespace travels in the OIDC state, not in the redirect URI: path_oidc.go:785-803
        // strips `namespace` from the redirect URI the UI sends (ui/app/adapters/role-jwt.js adds
        // `?namespace=<ns>`) before matching it against the role's allowed URIs, so one redirect
        // URI at the directory serves every tenant namespace. Explicit although it is the default
        // of new configs (path_config.go:354-361; terraform-provider-vault v5.6.0
        // vault/resource_jwt_auth_backend.go:171-176), because the redirect URIs depend on it.
        namespaceInState: true,
        // No bound_issuer: the plugin checks it only on the JWT login path (path_login.go:141);
        // the OIDC callback verifies the ID token's issuer against the discovery URL itself
        // (path_oidc.go:389-391 provider.Exchange; hashicorp/cap v0.13.0 oidc/provider.go:107, :421).
        description: `People of the platform directory log in to ${who}; roles per directory group`,
        dependsOn: nsDeps,
      });
    }
    if (dir !== undefined) {
      for (const role of DIRECTORY_ROLES) {
        const group = dir.groups[role];
        if (group === undefined) continue;
        if (dir.kind === 'ldap') {
          new LdapAuthBackendGroup(this, `DirectoryGroup-${role}`, {
            namespace,
            backend: dir.mount,
            groupname: group,
            policies: [policies[role].name],
            dependsOn: nsDeps,
          });
        } else {
          new JwtAuthBackendRole(this, `DirectoryRole-${role}`, {
            namespace,
            backend: dir.mount,
            roleName: tenantDirectoryRoleName(tenant.key, role),
            roleType: 'oidc',
            userClaim: 'sub',
            groupsClaim: VAULT_OIDC_GROUPS_CLAIM,
            boundClaims: { [VAULT_OIDC_GROUPS_CLAIM]: group },
            boundClaimsType: 'string',
            allowedRedirectUris: [...(dir.redirectUris ?? [])],
            tokenPolicies: [policies[role].name],
            tokenTtl: DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS,
            // The mount path is a literal, so terraform sees no dependency on the mount by itself.
            dependsOn: directoryMount !== undefined ? [directoryMount] : nsDeps,
          });
        }
      }
    }
    // The CI login (props.auth.ci) is not rendered here: the platform stack owns it with the
    // tenant's provisioner policy (TenantPipelineLogin, docs/identity.md), because the pipeline
    // must be able to log in before this stack exists.
  }
}
