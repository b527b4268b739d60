/**
 * The platform stack's own CI identities (issue #14, deliverable 5): a plan role and an apply role
 * on the platform's CI JWT mount, both created by the platform stack, so the platform jobs no
 * longer run with one long-lived Vault token.
 *
 * - Plan role `<root>-platform-ci-plan`: the read-only planner policy ({@link platformPlannerRules}),
 *   only for jobs of the platform's project on a protected branch in the environment `platform`.
 *   Protected refs only, not every branch: the platform plan reads the platform's state (it holds
 *   the Vault OIDC client secret: `oidc_client_secret` of the directory auth mount is a plain
 *   sensitive attribute) and needs the platform's TF_VAR_ secrets, and its policy reads every
 *   tenant's provisioner policies and CI roles. A merge request's pipeline gets neither.
 * - Apply role `<root>-platform-ci`: the bootstrap policy ({@link PLATFORM_BOOTSTRAP_POLICY}, which
 *   the platform team writes by hand, docs/datacenter.md), only for the protected default branch
 *   in the protected environment `platform`.
 *
 * The roles' names are the CI role names of the reserved tenant key `platform` (no tenant may take
 * it, lib/config), so no tenant's role can ever share them.
 */
import { JwtAuthBackendRole } from '@cdktf/provider-vault/lib/jwt-auth-backend-role';
import { Policy } from '@cdktf/provider-vault/lib/policy';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
import { platformCiPlanRoleName, platformCiRoleName } from '../model/vault-names';
import { PolicyRule, renderPolicyHcl } from './policy-document';
import { DEFAULT_CI_TOKEN_MAX_TTL_SECONDS, DEFAULT_CI_TOKEN_TTL_SECONDS } from './tenant-vault';
import { PROVISIONER_POLICY_PREFIX, tenantPlannerPolicyName } from './tenant-pipeline-login';

/** The key the platform's CI names are built from: the tenant key no tenant may take. */
const PLATFORM_CI_KEY = 'platform';

/** GitLab environment of the platform stack's jobs (lib/pipeline/gitlab.ts `platformStackJobs`). */
export const PLATFORM_CI_ENVIRONMENT = 'platform';

/**
 * Name of the bootstrap policy the platform team writes by hand before the first platform apply
 * (docs/datacenter.md, the `kommunal-platform` policy; the rehearsal seeds the same text,
 * lib/rehearsal/model/vault/seed.ts). The platform apply role carries it.
 */
export const PLATFORM_BOOTSTRAP_POLICY = 'kommunal-platform';

/**
 * The CI/CD variable that holds a one-time Vault token with the bootstrap policy. The platform
 * stack creates its own CI roles, so its very first plan and apply cannot log in with them: while
 * this variable is set (protected, environment `platform`) the platform jobs use it instead of the
 * JWT login and say so in the job log. Remove it after the first platform apply.
 */
export const PLATFORM_BOOTSTRAP_TOKEN_VARIABLE = 'KOMMUNAL_VAULT_BOOTSTRAP_TOKEN';

export { platformCiPlanRoleName, platformCiRoleName };

/**
 * The platform planner policy: `kommunal-provisioner-<tenantRoot with / as ->--platform--plan`. It
 * shares the provisioner prefix, so the bootstrap policy (`sys/policies/acl/kommunal-provisioner-*`)
 * can write it without a rule of its own.
 */
export function platformPlannerPolicyName(tenantRoot: string): string {
  return tenantPlannerPolicyName(tenantRoot, PLATFORM_CI_KEY);
}

/** The platform's Vault objects, as the platform stack renders them (lib/blueprint/platform-base.ts). */
export interface PlatformPlannerProps {
  /** The fleet's Vault tenant root (`vault.tenantRoot`): prefix of the CI role and policy names. */
  readonly tenantRoot: string;
  /** The fleet's Vault isolation mode: namespace mode reads the tenant root namespace. */
  readonly isolation: 'path' | 'namespace';
  /** The root-namespace KV v2 mount the platform creates (path mode, or namespace mode with CI logins). @default - none */
  readonly sharedKvMount?: string;
  /** The PKI intermediate mount. */
  readonly pkiIntermediatePath: string;
  /** The CI JWT auth mount. */
  readonly ciMount: string;
  /** The platform's OIDC directory auth mount, when the platform stack creates it. @default - none */
  readonly directoryMount?: string;
  /** The platform stack creates the audit device through the API (`vault.auditDevice: api`). @default false */
  readonly apiAuditDevice?: boolean;
}

/**
 * What `terraform plan` of the platform stack reads in Vault: the read-back GET of every Vault
 * resource the stack holds, from the provider's call table (lib/rehearsal/model/vault/calls.ts,
 * hashicorp/terraform-provider-vault v5.6.0; line numbers of that tag), with `read` only (and
 * `sudo` where the path is root-protected: `sys/auth/*` and `sys/audit`, openbao
 * vault/logical_system.go:66-88). Plus `update` on `auth/token/create` for the provider's child
 * token (internal/provider/meta.go:583-613), which carries a subset of this token's policies.
 *
 * - namespace mode: the tenant root namespace (resource_namespace.go:182, GET sys/namespaces/<path>);
 * - the shared KV and the PKI mount (util/mountutil/mountutil.go:32, GET sys/mounts/<path>);
 * - the PKI CSR: no call (resource_pki_secret_backend_intermediate_cert_request.go:374-376);
 * - the audit device when the stack creates it (resource_audit.go:128, GET sys/audit);
 * - each auth mount (resource_jwt_auth_backend.go:291 GET sys/auth/<path>, :301 GET
 *   auth/<path>/config, :338 GET sys/mounts/auth/<path>/tune);
 * - every tenant pipeline's policies and JWT roles (resource_policy.go:88, GET
 *   sys/policies/acl/<name>; resource_jwt_auth_backend_role.go:214, GET auth/<mount>/role/<name>),
 *   and the platform's own: as two read-only globs over names only the platform stack writes
 *   (`kommunal-provisioner-<root>--*`, `<root>-*` on the CI mount), not one exact path per
 *   tenant: four paths per tenant would grow the policy with the fleet (9,204 paths for 2,301
 *   tenants), and policy text and role definitions hold no secret.
 *
 * Nothing that creates, updates, patches or deletes: an apply with this identity is refused at its
 * first write. No KV data path: the platform stack reads no secret from Vault.
 */
export function platformPlannerRules(props: PlatformPlannerProps): PolicyRule[] {
  const root = props.tenantRoot;
  const rules: PolicyRule[] = [
    { path: 'auth/token/create', capabilities: ['update'], comment: "the Vault provider's child token" },
  ];
  if (props.isolation === 'namespace') rules.push({ path: `sys/namespaces/${root}`, capabilities: ['read'], comment: 'the tenant root namespace' });
  if (props.sharedKvMount !== undefined) rules.push({ path: `sys/mounts/${props.sharedKvMount}`, capabilities: ['read'], comment: 'the shared KV v2 mount' });
  rules.push({ path: `sys/mounts/${props.pkiIntermediatePath}`, capabilities: ['read'], comment: 'the PKI intermediate mount' });
  if (props.apiAuditDevice === true) rules.push({ path: 'sys/audit', capabilities: ['read', 'sudo'], comment: 'the audit device' });
  for (const mount of [props.ciMount, ...(props.directoryMount !== undefined ? [props.directoryMount] : [])]) {
    rules.push({ path: `sys/auth/${mount}`, capabilities: ['read', 'sudo'], comment: mount === props.ciMount ? 'the CI JWT auth mount' : 'the directory auth mount' });
    rules.push({ path: `auth/${mount}/config`, capabilities: ['read'] });
    rules.push({ path: `sys/mounts/auth/${mount}/tune`, capabilities: ['read'] });
  }
  rules.push({ path: `sys/policies/acl/${PROVISIONER_POLICY_PREFIX}${root.replace(/\//g, '-')}--*`, capabilities: ['read'], comment: "every tenant pipeline's provisioner and planner policy, and the platform's planner policy" });
  rules.push({ path: `auth/${props.ciMount}/role/${root.replace(/\//g, '-')}-*`, capabilities: ['read'], comment: "every tenant pipeline's JWT roles, and the platform's" });
  return rules;
}

/** What of the fleet's CI settings decides the platform roles' bound claims. */
export interface PlatformCiClaimSettings {
  /** The GitLab project whose pipelines run the platform jobs. */
  readonly projectPath: string;
  /** The default branch: only its pipelines may apply. */
  readonly defaultBranch: string;
}

/** GitLab's string for a true boolean claim (gitlabhq lib/gitlab/ci/jwt.rb `ci_claims`: `to_s`). */
const CLAIM_TRUE = 'true';

/**
 * The claims the platform apply role binds: the platform's project, a branch pipeline of the
 * default branch on a protected ref, in the protected environment `platform` (GitLab strings, see
 * lib/blueprint/internal/tenant-props.ts `ciBoundClaims` for the sources; `environment_protected`
 * needs GitLab Premium).
 */
export function platformCiBoundClaims(ci: PlatformCiClaimSettings): Readonly<Record<string, string>> {
  return { project_path: ci.projectPath, ref: ci.defaultBranch, ref_type: 'branch', ref_protected: CLAIM_TRUE, environment: PLATFORM_CI_ENVIRONMENT, environment_protected: CLAIM_TRUE };
}

/**
 * The claims the platform plan role binds: the platform's project, a protected branch, the
 * environment `platform`. Not any branch (unlike a tenant's plan role): see the module comment.
 */
export function platformCiPlanBoundClaims(ci: PlatformCiClaimSettings): Readonly<Record<string, string>> {
  return { project_path: ci.projectPath, ref_type: 'branch', ref_protected: CLAIM_TRUE, environment: PLATFORM_CI_ENVIRONMENT };
}

/** Props of {@link PlatformPipelineLogin}. */
export interface PlatformPipelineLoginProps extends PlatformPlannerProps {
  /** The project and default branch the roles bind. */
  readonly ci: PlatformCiClaimSettings;
  /** The audiences the ID tokens carry (`vault.ci.audience`). */
  readonly boundAudiences: readonly string[];
  /** What the roles wait for (the CI auth mount, created by the same stack). @default - none */
  readonly dependsOn?: readonly ITerraformDependable[];
}

/**
 * The platform pipeline's two JWT roles and the planner policy, in the root namespace on the CI
 * mount. The apply role names the hand-written bootstrap policy; Vault resolves a role's token
 * policies at login, so the name needs no resource here.
 */
export class PlatformPipelineLogin extends Construct {
  /** The apply jobs' role name. */
  public readonly roleName: string;
  /** The plan jobs' role name. */
  public readonly planRoleName: string;
  /** The planner policy's name and rules. */
  public readonly planPolicy: { readonly name: string; readonly rules: readonly PolicyRule[] };

  public constructor(scope: Construct, id: string, props: PlatformPipelineLoginProps) {
    super(scope, id);
    escapeTemplateLiteralsOf(this);
    const rules = platformPlannerRules(props);
    this.roleName = platformCiRoleName(props.tenantRoot);
    this.planRoleName = platformCiPlanRoleName(props.tenantRoot);
    this.planPolicy = { name: platformPlannerPolicyName(props.tenantRoot), rules };
    const policy = new Policy(this, 'PlanPolicy', {
      name: this.planPolicy.name,
      policy: renderPolicyHcl(`kommunal-cdk: planner policy (read-only) of the platform's plan jobs, ${props.isolation} isolation`, rules),
    });
    const sorted = (claims: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(claims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const common = {
      backend: props.ciMount,
      roleType: 'jwt',
      userClaim: 'sub',
      boundClaimsType: 'string',
      boundAudiences: [...props.boundAudiences],
      tokenTtl: DEFAULT_CI_TOKEN_TTL_SECONDS,
      tokenMaxTtl: DEFAULT_CI_TOKEN_MAX_TTL_SECONDS,
      dependsOn: props.dependsOn === undefined ? undefined : [...props.dependsOn],
    };
    new JwtAuthBackendRole(this, 'Role', { ...common, roleName: this.roleName, boundClaims: sorted(platformCiBoundClaims(props.ci)), tokenPolicies: [PLATFORM_BOOTSTRAP_POLICY] });
    new JwtAuthBackendRole(this, 'PlanRole', { ...common, roleName: this.planRoleName, boundClaims: sorted(platformCiPlanBoundClaims(props.ci)), tokenPolicies: [policy.name] });
  }
}
