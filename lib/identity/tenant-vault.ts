import { JwtAuthBackendRole } from '@cdktf/provider-vault/lib/jwt-auth-backend-role';
import { LdapAuthBackendGroup } from '@cdktf/provider-vault/lib/ldap-auth-backend-group';
import { Mount } from '@cdktf/provider-vault/lib/mount';
import { Namespace } from '@cdktf/provider-vault/lib/namespace';
import { PkiSecretBackendRole } from '@cdktf/provider-vault/lib/pki-secret-backend-role';
import { Policy } from '@cdktf/provider-vault/lib/policy';
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
      readonly groups: { readonly [R in DirectoryRole]?: string };
      /** Allowed redirect URIs of the OIDC roles (required for `oidc`). @default - none */
      readonly redirectUris?: readonly string[];
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
            dependsOn: nsDeps,
          });
        }
      }
    }
    // The CI login (props.auth.ci) is not rendered here: the platform stack owns it with the
    // tenant's provisioner policy (TenantPipelineLogin, docs/identity.md), because the pipeline
    // must be able to log in before this stack exists.
  }
}
