"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TenantVault = exports.VAULT_OIDC_GROUPS_CLAIM = exports.PIPELINE_KV_SUBPATH = exports.DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS = exports.DEFAULT_CI_TOKEN_MAX_TTL_SECONDS = exports.DEFAULT_CI_TOKEN_TTL_SECONDS = exports.MAX_PKI_MAX_TTL_HOURS = exports.DEFAULT_PKI_MAX_TTL_HOURS = exports.DIRECTORY_ROLES = exports.VAULT_POLICY_ROLES = exports.tenantVaultPolicyName = void 0;
exports.validateTenantVaultProps = validateTenantVaultProps;
const jwt_auth_backend_role_1 = require("@cdktf/provider-vault/lib/jwt-auth-backend-role");
const ldap_auth_backend_group_1 = require("@cdktf/provider-vault/lib/ldap-auth-backend-group");
const mount_1 = require("@cdktf/provider-vault/lib/mount");
const namespace_1 = require("@cdktf/provider-vault/lib/namespace");
const pki_secret_backend_role_1 = require("@cdktf/provider-vault/lib/pki-secret-backend-role");
const policy_1 = require("@cdktf/provider-vault/lib/policy");
const constructs_1 = require("constructs");
const errors_1 = require("../core/errors");
const policy_document_1 = require("./policy-document");
const vault_names_1 = require("../naming/vault-names");
Object.defineProperty(exports, "tenantVaultPolicyName", { enumerable: true, get: function () { return vault_names_1.tenantVaultPolicyName; } });
Object.defineProperty(exports, "VAULT_POLICY_ROLES", { enumerable: true, get: function () { return vault_names_1.VAULT_POLICY_ROLES; } });
const rules_1 = require("./rules");
/** Every directory-mapped role, in a fixed order. */
exports.DIRECTORY_ROLES = ['admin', 'operator', 'readonly'];
/** Default maximum certificate lifetime of the tenant's PKI role (90 days). */
exports.DEFAULT_PKI_MAX_TTL_HOURS = 2160;
/** Upper bound of the PKI role's maximum lifetime (one year). */
exports.MAX_PKI_MAX_TTL_HOURS = 8760;
/** TTL of tokens issued to CI jobs, in seconds (a pipeline job rarely runs longer). */
exports.DEFAULT_CI_TOKEN_TTL_SECONDS = 900;
/** Maximum TTL of tokens issued to CI jobs, in seconds. */
exports.DEFAULT_CI_TOKEN_MAX_TTL_SECONDS = 3600;
/** TTL of tokens issued to people logging in through the directory, in seconds. */
exports.DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS = 8 * 3600;
/** Sub-path of the tenant's KV prefix that the pipeline policy may read. */
exports.PIPELINE_KV_SUBPATH = 'ci';
/** Claim of a directory login that holds the user's groups (OIDC). */
exports.VAULT_OIDC_GROUPS_CLAIM = 'groups';
/**
 * A tenant's Vault: KV v2 space (a namespace with its own mount, or a prefix of the shared mount),
 * admin/operator/readonly/pipeline policies, a PKI role limited to the tenant's domain, and the
 * login bindings (directory groups, CI job tokens).
 */
class TenantVault extends constructs_1.Construct {
    /** Namespace of the tenant, `<tenantRoot>/<key>` (namespace mode only). */
    namespacePath;
    /** KV v2 data path prefix of the tenant (relative to its namespace), ending in `/`, e.g. `kv/data/kommunen/mainz/`. */
    kvDataPrefix;
    /** The policies, by role; plus `pki` in namespace mode (root namespace issuing policy). */
    policies;
    constructor(scope, id, props) {
        super(scope, id);
        validateTenantVaultProps(props).throwIfAny('TenantVault', this.node.path);
        const { tenant, isolation, tenantRoot, kv, pki } = props;
        const nsMode = isolation === 'namespace';
        const namespace = nsMode ? `${tenantRoot}/${tenant.key}` : undefined;
        const prefix = kv.prefix ?? (nsMode ? '' : `${tenantRoot}/${tenant.key}`);
        const pre = prefix === '' ? '' : `${prefix}/`;
        const who = `${tenant.displayName.replace(/[\r\n]+/g, ' ')} (${tenant.key})`;
        let dependsOn = [];
        if (nsMode) {
            const ns = new namespace_1.Namespace(this, 'Namespace', {
                path: tenant.key,
                namespace: tenantRoot,
                lifecycle: { preventDestroy: true },
            });
            const mount = new mount_1.Mount(this, 'Kv', {
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
        const nsDeps = dependsOn.length > 0 ? [dependsOn[0]] : undefined;
        // Policies. In path mode, issuing is part of the admin and operator policies; in namespace mode
        // a policy in the tenant namespace cannot reach the root namespace's intermediate, so issuing
        // is a separate root-namespace policy that the platform binds (docs/identity.md).
        const m = kv.mount;
        const issue = [
            { path: `${pki.mount}/issue/${pki.role}`, capabilities: ['update'], comment: `certificates below ${pki.allowedDomain}` },
            { path: `${pki.mount}/roles/${pki.role}`, capabilities: ['read'] },
        ];
        const rules = {
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
            pipeline: [{ path: `${m}/data/${pre}${exports.PIPELINE_KV_SUBPATH}/*`, capabilities: ['read'], comment: "the pipeline's own secrets" }],
        };
        const policies = {};
        const makePolicy = (key, policyRules, ns) => {
            const name = (0, vault_names_1.tenantVaultPolicyName)(tenantRoot, tenant.key, key);
            const hcl = (0, policy_document_1.renderPolicyHcl)(`kommunal-cdk: ${key} policy of ${who}, ${isolation} isolation`, policyRules);
            new policy_1.Policy(this, `Policy-${key}`, { name, policy: hcl, namespace: ns, dependsOn: ns === undefined ? undefined : nsDeps });
            policies[key] = { name, namespace: ns, rules: policyRules, hcl };
        };
        for (const role of vault_names_1.VAULT_POLICY_ROLES)
            makePolicy(role, rules[role], namespace);
        if (nsMode)
            makePolicy('pki', issue, undefined);
        this.policies = Object.freeze(policies);
        // PKI role on the platform intermediate (root namespace): only names below the tenant domain.
        new pki_secret_backend_role_1.PkiSecretBackendRole(this, 'PkiRole', {
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
            maxTtl: String((pki.maxTtlHours ?? exports.DEFAULT_PKI_MAX_TTL_HOURS) * 3600),
        });
        // Logins.
        const dir = props.auth.directory;
        if (dir !== undefined) {
            for (const role of exports.DIRECTORY_ROLES) {
                const group = dir.groups[role];
                if (group === undefined)
                    continue;
                if (dir.kind === 'ldap') {
                    new ldap_auth_backend_group_1.LdapAuthBackendGroup(this, `DirectoryGroup-${role}`, {
                        namespace,
                        backend: dir.mount,
                        groupname: group,
                        policies: [policies[role].name],
                        dependsOn: nsDeps,
                    });
                }
                else {
                    new jwt_auth_backend_role_1.JwtAuthBackendRole(this, `DirectoryRole-${role}`, {
                        namespace,
                        backend: dir.mount,
                        roleName: `${tenant.key}-${role}`,
                        roleType: 'oidc',
                        userClaim: 'sub',
                        groupsClaim: exports.VAULT_OIDC_GROUPS_CLAIM,
                        boundClaims: { [exports.VAULT_OIDC_GROUPS_CLAIM]: group },
                        boundClaimsType: 'string',
                        allowedRedirectUris: [...(dir.redirectUris ?? [])],
                        tokenPolicies: [policies[role].name],
                        tokenTtl: exports.DEFAULT_DIRECTORY_TOKEN_TTL_SECONDS,
                        dependsOn: nsDeps,
                    });
                }
            }
        }
        const ci = props.auth.ci;
        if (ci !== undefined) {
            new jwt_auth_backend_role_1.JwtAuthBackendRole(this, 'CiRole', {
                namespace,
                backend: ci.jwtMount,
                roleName: ci.role,
                roleType: 'jwt',
                userClaim: 'sub',
                boundClaims: Object.fromEntries(Object.entries(ci.boundClaims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
                boundClaimsType: 'string',
                boundAudiences: ci.boundAudiences === undefined ? undefined : [...ci.boundAudiences],
                tokenPolicies: [policies.pipeline.name],
                tokenTtl: exports.DEFAULT_CI_TOKEN_TTL_SECONDS,
                tokenMaxTtl: exports.DEFAULT_CI_TOKEN_MAX_TTL_SECONDS,
                dependsOn: nsDeps,
            });
        }
    }
}
exports.TenantVault = TenantVault;
/** Checks TenantVault props; returns every problem. */
function validateTenantVaultProps(props) {
    const problems = new errors_1.ProblemCollector();
    const { tenant, tenantRoot, kv, pki, auth } = props;
    const vaultPath = (path, value, what) => {
        if (typeof value !== 'string' || !rules_1.VAULT_PATH.test(value)) {
            problems.add(path, rules_1.MSG.pattern(value, what, rules_1.VAULT_PATH));
            return false;
        }
        if (rules_1.VAULT_RESERVED.includes(value.split('/')[0])) {
            problems.add(path, rules_1.MSG.reservedVault(value));
            return false;
        }
        return true;
    };
    const vaultName = (path, value, what) => {
        if (typeof value !== 'string' || !rules_1.VAULT_NAME.test(value))
            problems.add(path, rules_1.MSG.pattern(value, what, rules_1.VAULT_NAME));
    };
    const keyOk = typeof tenant.key === 'string' && rules_1.TENANT_KEY.test(tenant.key);
    if (!keyOk)
        problems.add('tenant.key', rules_1.MSG.pattern(tenant.key, 'tenant key (lower-case DNS label, 3-40 characters)', rules_1.TENANT_KEY));
    if (props.isolation !== 'namespace' && props.isolation !== 'path') {
        problems.add('isolation', `${(0, errors_1.show)(props.isolation)} is not an isolation mode; allowed: 'namespace', 'path'`);
    }
    const rootOk = vaultPath('tenantRoot', tenantRoot, 'tenant root (namespace or path prefix)');
    vaultPath('kv.mount', kv.mount, 'KV mount path');
    if (kv.prefix !== undefined) {
        if (vaultPath('kv.prefix', kv.prefix, 'KV path prefix') && props.isolation === 'path' && rootOk && keyOk) {
            const own = `${tenantRoot}/${tenant.key}`;
            if (kv.prefix !== own && !kv.prefix.startsWith(`${own}/`))
                problems.add('kv.prefix', rules_1.MSG.kvPrefixOutside(kv.prefix, own));
        }
    }
    vaultPath('pki.mount', pki.mount, 'PKI mount path');
    vaultName('pki.role', pki.role, 'PKI role name');
    if (typeof pki.allowedDomain !== 'string' || !rules_1.DNS_NAME.test(pki.allowedDomain)) {
        problems.add('pki.allowedDomain', rules_1.MSG.pattern(pki.allowedDomain, 'DNS domain (lower case, at least two labels, no wildcard)', rules_1.DNS_NAME));
    }
    if (pki.maxTtlHours !== undefined && (!Number.isInteger(pki.maxTtlHours) || pki.maxTtlHours < 1 || pki.maxTtlHours > exports.MAX_PKI_MAX_TTL_HOURS)) {
        problems.add('pki.maxTtlHours', rules_1.MSG.ttlHours(pki.maxTtlHours));
    }
    const dir = auth.directory;
    if (dir !== undefined) {
        if (dir.kind !== 'ldap' && dir.kind !== 'oidc')
            problems.add('auth.directory.kind', `${(0, errors_1.show)(dir.kind)} is not a directory kind; allowed: 'ldap', 'oidc'`);
        vaultPath('auth.directory.mount', dir.mount, 'auth mount path');
        const mapped = exports.DIRECTORY_ROLES.filter((r) => dir.groups[r] !== undefined);
        if (mapped.length === 0)
            problems.add('auth.directory.groups', rules_1.MSG.empty('directory group of at least one of admin, operator, readonly'));
        const seen = new Map();
        for (const r of mapped) {
            const g = dir.groups[r];
            const path = `auth.directory.groups.${r}`;
            if (typeof g !== 'string' || g.trim() === '')
                problems.add(path, rules_1.MSG.empty('directory group name'));
            else if (seen.has(g))
                problems.add(path, rules_1.MSG.duplicate(g, `auth.directory.groups.${seen.get(g)}`));
            else {
                seen.set(g, r);
                if (props.isolation === 'path' && keyOk && !g.toLowerCase().includes(tenant.key))
                    problems.add(path, rules_1.MSG.sharedAuthName(g, tenant.key, 'directory group'));
            }
        }
        if (dir.kind === 'oidc') {
            if (dir.redirectUris === undefined || dir.redirectUris.length === 0)
                problems.add('auth.directory.redirectUris', rules_1.MSG.redirectUris());
            (dir.redirectUris ?? []).forEach((u, i) => {
                if (!(0, rules_1.isHttpsUrl)(u) && u !== 'http://localhost:8250/oidc/callback')
                    problems.add(`auth.directory.redirectUris[${i}]`, rules_1.MSG.redirectUri(u));
            });
        }
    }
    const ci = auth.ci;
    if (ci !== undefined) {
        vaultPath('auth.ci.jwtMount', ci.jwtMount, 'JWT auth mount path');
        vaultName('auth.ci.role', ci.role, 'JWT role name');
        if (props.isolation === 'path' && keyOk && typeof ci.role === 'string' && !ci.role.includes(tenant.key)) {
            problems.add('auth.ci.role', rules_1.MSG.sharedAuthName(ci.role, tenant.key, 'CI role name'));
        }
        const claims = Object.entries(ci.boundClaims ?? {});
        if (claims.length === 0)
            problems.add('auth.ci.boundClaims', rules_1.MSG.noBoundClaims());
        for (const [claim, value] of claims) {
            const path = `auth.ci.boundClaims.${claim}`;
            if (!rules_1.CLAIM_NAME.test(claim))
                problems.add(path, rules_1.MSG.pattern(claim, 'claim name', rules_1.CLAIM_NAME));
            if (typeof value !== 'string' || value.trim() === '')
                problems.add(path, rules_1.MSG.empty('claim value'));
            else if (/[*?]/.test(value))
                problems.add(path, rules_1.MSG.globClaim(value));
        }
    }
    return problems;
}
