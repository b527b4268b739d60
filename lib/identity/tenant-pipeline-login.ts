import { JwtAuthBackendRole } from '@cdktf/provider-vault/lib/jwt-auth-backend-role';
import { Policy } from '@cdktf/provider-vault/lib/policy';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { ProblemCollector } from '../core/errors';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
import { DEFAULT_SHARED_KV_MOUNT } from '../model/defaults';
import { tenantDirectoryRoleName, tenantVaultPolicyName, VAULT_POLICY_ROLES } from '../model/vault-names';
import { PolicyRule, renderPolicyHcl } from './policy-document';
import {
  DEFAULT_CI_TOKEN_MAX_TTL_SECONDS, DEFAULT_CI_TOKEN_TTL_SECONDS, DIRECTORY_ROLES, PIPELINE_KV_SUBPATH, type TenantVaultProps,
} from './tenant-vault';
import { validateTenantVaultProps } from './validate-tenant-vault-props';

/**
 * Prefix of every tenant provisioner policy. A fixed prefix of its own (not the tenant root) lets
 * the platform's bootstrap policy grant exactly `sys/policies/acl/kommunal-provisioner-*`, which
 * reaches neither the tenants' own policies nor the bootstrap policy itself.
 */
export const PROVISIONER_POLICY_PREFIX = 'kommunal-provisioner-';

/**
 * Name of a tenant's provisioner policy (root namespace): `kommunal-provisioner-<tenantRoot with /
 * as ->--<key>`. A tenant key never contains `--` (lib/model/tenant-key.ts), so the key is what
 * follows the last `--`, and the tenants of a fleet (one tenant root) never share a name.
 */
export function tenantProvisionerPolicyName(tenantRoot: string, key: string): string {
  return `${PROVISIONER_POLICY_PREFIX}${tenantRoot.replace(/\//g, '-')}--${key}`;
}

/**
 * Name of a tenant's planner policy (root namespace), the read-only policy of its plan role:
 * `kommunal-provisioner-<tenantRoot with / as ->--<key>--plan`. It shares the provisioner prefix, so
 * the platform's bootstrap policy reaches it, and never equals a provisioner policy name: a tenant
 * key never contains `--` (lib/model/tenant-key.ts), so no key ends in `--plan`.
 */
export function tenantPlannerPolicyName(tenantRoot: string, key: string): string {
  return `${tenantProvisionerPolicyName(tenantRoot, key)}--plan`;
}

/** The one KV v2 secret that holds a tenant pipeline's inputs, in the root namespace. */
export interface TenantCiInputs {
  /** The platform's KV v2 mount (root namespace), e.g. `kv-kommunen`. */
  readonly mount: string;
  /** The secret's name below the mount: `<tenantRoot>/<key>/ci/terraform`. */
  readonly name: string;
  /** The API path the pipeline reads (and its policy grants): `<mount>/data/<name>`. */
  readonly dataPath: string;
}

/** Name of the secret below `<tenantRoot>/<key>/ci/` that holds the inputs of the tenant's terraform runs. */
export const CI_INPUTS_SECRET = 'terraform';

/**
 * Where a tenant's pipeline inputs live (PBS password and encryption key, realm bind password and
 * client key, one field each, named like the former Terraform variables): one secret in the root
 * namespace, in the platform's KV v2 mount, which exists before any tenant's first apply (the
 * platform stack creates it in both isolation modes). In namespace mode the tenant's own
 * namespace and KV mount are created by the tenant's first apply, so its inputs cannot live there.
 */
export function tenantCiInputs(mount: string, tenantRoot: string, key: string): TenantCiInputs {
  const name = `${tenantRoot}/${key}/${PIPELINE_KV_SUBPATH}/${CI_INPUTS_SECRET}`;
  return { mount, name, dataPath: `${mount}/data/${name}` };
}

/** Name of the secret below `<tenantRoot>/<key>/ci/` that holds the client key of the tenant's OIDC realm. */
export const REALM_CLIENT_KEY_SECRET = 'realm-client-key';

/** The field of the {@link REALM_CLIENT_KEY_SECRET} secret that holds the key. */
export const REALM_CLIENT_KEY_FIELD = 'client_key';

/**
 * Where the client key of a tenant's confidential OIDC realm lives: a secret of its own next to
 * {@link tenantCiInputs} (same mount, `<tenantRoot>/<key>/ci/realm-client-key`, field
 * `client_key`). The stack reads it with the ephemeral resource `vault_kv_secret_v2` only, so the
 * key reaches neither plan nor state; the inputs secret is read by a data source, whose values land
 * in both, so the key must not be in it.
 */
export function tenantRealmClientKey(mount: string, tenantRoot: string, key: string): TenantCiInputs {
  const name = `${tenantRoot}/${key}/${PIPELINE_KV_SUBPATH}/${REALM_CLIENT_KEY_SECRET}`;
  return { mount, name, dataPath: `${mount}/data/${name}` };
}

/** The tenant's Vault props plus where its pipeline inputs are (the platform's KV v2 mount). */
export type TenantProvisionerProps = TenantVaultProps & {
  /**
   * The platform's KV v2 mount in the root namespace that holds the pipeline inputs ({@link tenantCiInputs}).
   * @default - path mode: `kv.mount` (the shared mount); namespace mode: DEFAULT_SHARED_KV_MOUNT
   */
  readonly ciInputsMount?: string;
  /**
   * The tenant's OIDC realm is a confidential client: its pipeline reads the client key
   * ({@link tenantRealmClientKey}).
   * @default false
   */
  readonly realmClientKey?: boolean;
};

/** Props of {@link TenantPipelineLogin}: the tenant's Vault as its own stack renders it, with the CI login. */
export type TenantPipelineLoginProps = TenantProvisionerProps & {
  readonly auth: TenantVaultProps['auth'] & { readonly ci: NonNullable<TenantVaultProps['auth']['ci']> };
  /**
   * What the role must wait for (the CI auth mount, when the same stack creates it: the mount path
   * is a literal, so terraform sees no dependency by itself).
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
};

/**
 * The exact rules a tenant's pipeline needs to apply that tenant's stack, in the root namespace
 * (where the CI login happens, so where its token lives): every API path the Vault provider calls
 * for the tenant's Vault resources (the call table lib/rehearsal/model/vault/calls.ts, read from
 * hashicorp/terraform-provider-vault v5.6.0; the line numbers below are of that tag), qualified with
 * the tenant's namespace in namespace mode (a root-namespace policy matches a request in a child
 * namespace by the namespace-qualified path: lib/identity/vault-acl.ts `check`, after OpenBao
 * v2.6.2 vault/acl.go AllowOperation), plus the provider's child token (`auth/token/create`, update:
 * internal/provider/meta.go:583-613 unless skip_child_token) and read of the one secret with the
 * tenant's pipeline inputs ({@link tenantCiInputs}: root namespace, exact path; the data source's
 * GET `<mount>/data/<name>`, vault/data_source_kv_secret_v2.go:104 and :119). Every path is exact.
 */
export function tenantProvisionerRules(props: TenantProvisionerProps): PolicyRule[] {
  const { tenant, tenantRoot, kv, pki } = props;
  const nsMode = props.isolation === 'namespace';
  const namespace = `${tenantRoot}/${tenant.key}`;
  /** A path of a request in the tenant's namespace (namespace mode) or the root namespace. */
  const inTenant = (path: string): string => (nsMode ? `${namespace}/${path}` : path);
  const inputs = tenantCiInputs(props.ciInputsMount ?? (nsMode ? DEFAULT_SHARED_KV_MOUNT : kv.mount), tenantRoot, tenant.key);
  const rules: PolicyRule[] = [
    // meta.go:338-345, :583-613: the provider's limited child token.
    { path: 'auth/token/create', capabilities: ['update'], comment: "the Vault provider's child token" },
    { path: inputs.dataPath, capabilities: ['read'], comment: "the pipeline's inputs (root namespace, written by the platform engineer)" },
  ];
  if (props.realmClientKey === true) {
    // The ephemeral `vault_kv_secret_v2` reads the same API path as the data source (GET
    // `<mount>/data/<name>`); terraform opens ephemeral resources in plan and apply, so the
    // planner policy (derived below) needs the read too. Source of the ephemeral read path: the
    // provider's ephemeral kv v2 resource in v5.6.0 (internal/vault/secrets/kv/ — file and line not
    // checked in this change; the path is the KV v2 API's, resource_kv_secret_v2.go:191-193).
    const key = tenantRealmClientKey(inputs.mount, tenantRoot, tenant.key);
    rules.push({ path: key.dataPath, capabilities: ['read'], comment: "the client key of the tenant's OIDC realm (root namespace, written by the platform engineer)" });
  }
  if (nsMode) {
    // resource_namespace.go:86 (PUT), :109 (PATCH), :134 (DELETE), :182 (GET), sent to the parent namespace.
    rules.push({ path: `${tenantRoot}/sys/namespaces/${tenant.key}`, capabilities: ['read', 'update', 'patch', 'delete'], comment: "the tenant's namespace" });
    // resource_mount.go:269 (POST), :393 (DELETE), :369/:522 tune; mountutil.go:32 read-back.
    rules.push({ path: inTenant(`sys/mounts/${kv.mount}`), capabilities: ['read', 'update', 'delete'], comment: "the tenant's KV mount" });
    rules.push({ path: inTenant(`sys/mounts/${kv.mount}/tune`), capabilities: ['update'] });
  }
  // resource_policy.go:52 (PUT), :72 (DELETE), :88 (GET).
  for (const role of VAULT_POLICY_ROLES) {
    rules.push({ path: inTenant(`sys/policies/acl/${tenantVaultPolicyName(tenantRoot, tenant.key, role)}`), capabilities: ['read', 'update', 'delete'], comment: role === 'admin' ? "the tenant's policies" : undefined });
  }
  if (nsMode) rules.push({ path: `sys/policies/acl/${tenantVaultPolicyName(tenantRoot, tenant.key, 'pki')}`, capabilities: ['read', 'update', 'delete'], comment: 'the issuing policy in the root namespace' });
  // resource_pki_secret_backend_role.go:586/:815 (POST), :618 (GET), :832 (DELETE); always root namespace.
  rules.push({ path: `${pki.mount}/roles/${pki.role}`, capabilities: ['read', 'update', 'delete'], comment: "the tenant's PKI role" });
  const dir = props.auth.directory;
  if (dir !== undefined && nsMode && dir.kind === 'oidc' && dir.oidc !== undefined) {
    // The tenant's own OIDC auth mount in its namespace (TenantVault). resource_jwt_auth_backend.go
    // :243 enable (POST sys/auth/<path>), :263 disable (DELETE), :422 config write (POST
    // auth/<path>/config, no existence check: builtin/credential/jwt/path_config.go:347-349, so
    // `update`), read-back :291 (GET sys/auth/<path>), :301 (GET auth/<path>/config), :338 (GET
    // sys/mounts/auth/<path>/tune). `sys/auth/*` is root-protected (vault/logical_system.go:66-88),
    // so every call there needs sudo too. No tune write (:427-438, only when `tune` is set) and no
    // remount (:394-399, only when the path changes): the blueprint sets neither.
    rules.push({ path: inTenant(`sys/auth/${dir.mount}`), capabilities: ['read', 'update', 'delete', 'sudo'], comment: "the tenant's OIDC auth mount" });
    rules.push({ path: inTenant(`auth/${dir.mount}/config`), capabilities: ['read', 'update'] });
    rules.push({ path: inTenant(`sys/mounts/auth/${dir.mount}/tune`), capabilities: ['read'] });
  }
  if (dir !== undefined) {
    for (const role of DIRECTORY_ROLES) {
      const group = dir.groups[role];
      if (group === undefined) continue;
      if (dir.kind === 'ldap') {
        // resource_ldap_auth_backend_group.go:83 (POST), :115 (GET), :146 (DELETE); no existence check.
        rules.push({ path: inTenant(`auth/${dir.mount}/groups/${group}`), capabilities: ['read', 'update', 'delete'], comment: `directory group of the ${role} policy` });
      } else {
        // resource_jwt_auth_backend_role.go:175/:324 (POST), :214 (GET), :355 (DELETE); the JWT plugin's
        // existence check (builtin/credential/jwt/path_role.go:212) makes the first write `create`.
        rules.push({ path: inTenant(`auth/${dir.mount}/role/${tenantDirectoryRoleName(tenant.key, role)}`), capabilities: ['create', 'read', 'update', 'delete'], comment: `directory login of the ${role} policy` });
      }
    }
  }
  return rules;
}

/**
 * The rules of a tenant's plan jobs, derived from {@link tenantProvisionerRules} (which follow the
 * provider's call table, lib/rehearsal/model/vault/calls.ts): of every rule only `read` (with
 * `sudo` where the provisioner rule has it: a GET of a root-protected path such as
 * `sys/auth/<mount>` needs both, openbao vault/logical_system.go:66-88), which is what `terraform
 * plan` needs — the provider's refresh reads every resource with a GET (the read-back calls of the
 * call table) and the data source reads the pipeline inputs. Rules without `read` (tune writes)
 * are dropped. The one write kept is `auth/token/create` (update): the provider's child token
 * (internal/provider/meta.go:583-613 of terraform-provider-vault v5.6.0), which carries a subset of
 * this token's policies, so no more than these reads. No create, update, patch or delete of any
 * tenant object: an apply with this identity is refused at its first write.
 */
export function tenantPlannerRules(props: TenantProvisionerProps): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const r of tenantProvisionerRules(props)) {
    if (r.path === 'auth/token/create') {
      out.push(r);
      continue;
    }
    if (!r.capabilities.includes('read')) continue;
    out.push({ path: r.path, capabilities: r.capabilities.includes('sudo') ? ['read', 'sudo'] : ['read'], comment: r.comment });
  }
  return out;
}

/** Characters with a meaning in a Vault policy path (`*` glob at the end, `+` one segment). */
const GLOB = /[*+]/;

function validate(props: TenantPipelineLoginProps, rules: readonly PolicyRule[]): ProblemCollector {
  const problems = validateTenantVaultProps(props);
  if (props.auth.ci === undefined) problems.add('auth.ci', 'is needed: the CI login this construct renders');
  // No rule may glob: a `*` or `+` in a name would widen a rule to other tenants' objects (`hahn*`
  // reaches `hahn-am-see`).
  for (const r of rules.slice(2)) if (GLOB.test(r.path)) problems.add('auth', `the provisioner policy path ${JSON.stringify(r.path)} would contain a Vault glob character (* or +); rename the object`);
  if (GLOB.test(rules[1].path)) problems.add('kv', `the pipeline inputs path ${JSON.stringify(rules[1].path)} would contain a Vault glob character (* or +)`);
  return problems;
}

/**
 * What the platform owns of a tenant's pipeline identity, in the root namespace: the JWT role the
 * tenant's CI jobs log in with (`auth/<ci mount>/role/<role>`, bound to the tenant's project or
 * environment) and its provisioner policy ({@link tenantProvisionerRules}), which lets the job
 * apply exactly the tenant stack's Vault resources. The tenant stack cannot create its own login
 * (it would need to be logged in first), and a policy in the tenant namespace cannot let a
 * root-namespace login create that namespace, so both live in the platform stack (docs/identity.md).
 */
export class TenantPipelineLogin extends Construct {
  /** The provisioner policy name. */
  public readonly policyName: string;
  /** The provisioner policy rules. */
  public readonly rules: readonly PolicyRule[];
  /** The JWT role name (the apply jobs' role when there is a plan role). */
  public readonly roleName: string;
  /** The plan jobs' JWT role name and its read-only policy, when the props ask for a plan role. */
  public readonly plan?: { readonly roleName: string; readonly policyName: string; readonly rules: readonly PolicyRule[] };

  public constructor(scope: Construct, id: string, props: TenantPipelineLoginProps) {
    super(scope, id);
    escapeTemplateLiteralsOf(this);
    const rules = tenantProvisionerRules(props);
    validate(props, rules).throwIfAny('TenantPipelineLogin', this.node.path);
    const { tenant, tenantRoot } = props;
    const ci = props.auth.ci;
    const who = `${tenant.displayName.replace(/[\r\n]+/g, ' ')} (${tenant.key})`;
    this.policyName = tenantProvisionerPolicyName(tenantRoot, tenant.key);
    this.rules = rules;
    this.roleName = ci.role;
    const policy = new Policy(this, 'Policy', {
      name: this.policyName,
      policy: renderPolicyHcl(`kommunal-cdk: provisioner policy of the pipeline of ${who}, ${props.isolation} isolation`, rules),
    });
    new JwtAuthBackendRole(this, 'Role', {
      backend: ci.jwtMount,
      roleName: ci.role,
      roleType: 'jwt',
      userClaim: 'sub',
      boundClaims: Object.fromEntries(Object.entries(ci.boundClaims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      boundClaimsType: 'string',
      boundAudiences: ci.boundAudiences === undefined ? undefined : [...ci.boundAudiences],
      // Namespace mode: the tenant's issuing policy lives in the root namespace (TenantVault
      // `Policy-pki`: a policy in the tenant namespace cannot reach the root intermediate), and a
      // token of the tenant namespace cannot carry a root-namespace policy (OpenBao only with
      // `unsafe_cross_namespace_identity`, which this blueprint does not ask for). The tenant's CI
      // token is a root-namespace token, so issuing for the tenant's domain goes through its pipeline:
      // the role names the policy; Vault resolves token policies at login, so the name may precede
      // the tenant stack that creates the policy.
      tokenPolicies: props.isolation === 'namespace' ? [policy.name, tenantVaultPolicyName(props.tenantRoot, props.tenant.key, 'pki')] : [policy.name],
      tokenTtl: DEFAULT_CI_TOKEN_TTL_SECONDS,
      tokenMaxTtl: DEFAULT_CI_TOKEN_MAX_TTL_SECONDS,
      dependsOn: props.dependsOn === undefined ? undefined : [...props.dependsOn],
    });
    if (ci.plan !== undefined) {
      const planRules = tenantPlannerRules(props);
      const planPolicy = new Policy(this, 'PlanPolicy', {
        name: tenantPlannerPolicyName(tenantRoot, tenant.key),
        policy: renderPolicyHcl(`kommunal-cdk: planner policy (read-only) of the plan jobs of ${who}, ${props.isolation} isolation`, planRules),
      });
      this.plan = { roleName: ci.plan.role, policyName: tenantPlannerPolicyName(tenantRoot, tenant.key), rules: planRules };
      new JwtAuthBackendRole(this, 'PlanRole', {
        backend: ci.jwtMount,
        roleName: ci.plan.role,
        roleType: 'jwt',
        userClaim: 'sub',
        boundClaims: Object.fromEntries(Object.entries(ci.plan.boundClaims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        boundClaimsType: 'string',
        boundAudiences: ci.boundAudiences === undefined ? undefined : [...ci.boundAudiences],
        // Only the planner policy: no issuing (the pki policy), nothing that writes.
        tokenPolicies: [planPolicy.name],
        tokenTtl: DEFAULT_CI_TOKEN_TTL_SECONDS,
        tokenMaxTtl: DEFAULT_CI_TOKEN_MAX_TTL_SECONDS,
        dependsOn: props.dependsOn === undefined ? undefined : [...props.dependsOn],
      });
    }
  }
}
