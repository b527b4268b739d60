/**
 * Plan and apply identities of a tenant pipeline (issue #14, deliverable 5): the apply role binds
 * the protected default branch (and, in a fleet repository, the protected environment), the plan
 * role any branch of the project; the plan role's policy reads what `terraform plan` reads and
 * writes nothing. Logins are checked with the claim sets GitLab puts into ID tokens
 * (gitlabhq/gitlabhq lib/gitlab/ci/jwt.rb: strings 'true'/'false') through the rehearsal model's
 * JWT login (lib/rehearsal/model/vault/seed.ts loginJwt).
 */
import { ciBoundClaims, ciPlanBoundClaims } from '../../lib/blueprint/internal/tenant-props';
import { TenantPipelineLogin, tenantPlannerPolicyName, tenantPlannerRules, tenantProvisionerPolicyName, type TenantPipelineLoginProps } from '../../lib/identity/tenant-pipeline-login';
import { parseVaultPolicy, VaultAcl } from '../../lib/identity/vault-acl';
import { renderPolicyHcl } from '../../lib/identity/policy-document';
import { tenantCiPlanRoleName, tenantCiRoleName } from '../../lib/model/vault-names';
import { vaultCalls } from '../../lib/rehearsal/model/vault/calls';
import { loginJwt } from '../../lib/rehearsal/model/vault';
import { resourcesOf, type SynthJson } from '../helpers/synth';
import { MemoryStore } from '../helpers/memory-store';
import { errorOf, identityStack, MAINZ, synthChecked, tenant, tenantVaultResources, vaultProps } from './fixtures';

const ISSUER = 'https://gitlab.example';
const FLEET_REPO = { projectPath: 'land/kommunen-infra', defaultBranch: 'main' };
const PER_TENANT = { projectPathPrefix: 'kommunen', defaultBranch: 'main' };

function loginProps(t: typeof MAINZ, isolation: 'namespace' | 'path', ci: typeof FLEET_REPO | typeof PER_TENANT = FLEET_REPO): TenantPipelineLoginProps {
  const base = vaultProps(t, isolation);
  return {
    ...base,
    auth: {
      directory: base.auth.directory,
      ci: {
        jwtMount: 'jwt-ci',
        role: tenantCiRoleName('kommunen', t.key),
        boundClaims: ciBoundClaims(ci, t.key),
        boundAudiences: [ISSUER],
        plan: { role: tenantCiPlanRoleName('kommunen', t.key), boundClaims: ciPlanBoundClaims(ci, t.key) },
      },
    },
  } as TenantPipelineLoginProps;
}

function render(props: TenantPipelineLoginProps): SynthJson {
  const stack = identityStack();
  new TenantPipelineLogin(stack, 'Login', props);
  return synthChecked(stack);
}

function rolesOf(json: SynthJson): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role')).map((r) => [String(r.role_name), r]));
}

/** The claims of a GitLab job's ID token (jwt.rb `ci_claims`), for the fleet repository and tenant mainz. */
function gitlabClaims(over: Record<string, unknown>): Record<string, unknown> {
  return {
    iss: ISSUER, aud: ISSUER, sub: 'project_path:land/kommunen-infra:ref_type:branch:ref:main', project_path: FLEET_REPO.projectPath,
    ref: 'main', ref_type: 'branch', ref_protected: 'true', environment: 'kommunen/mainz', environment_protected: 'true', ...over,
  };
}

/** A store with the CI mount and the two roles as the platform stack renders them. */
function storeWith(json: SynthJson): MemoryStore {
  const store = new MemoryStore();
  store.put({ typeName: 'vault_jwt_auth_backend', id: 'jwt-ci', schemaVersion: 0, attributes: { path: 'jwt-ci', bound_issuer: ISSUER } });
  for (const r of Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role'))) {
    store.put({ typeName: 'vault_jwt_auth_backend_role', id: `auth/jwt-ci/role/${String(r.role_name)}`, schemaVersion: 0, attributes: { ...r, token_policies: ['p'] } });
  }
  return store;
}

const login = (store: MemoryStore, role: string, claims: Record<string, unknown>) => {
  const r = loginJwt(store, { namespace: '', mount: 'jwt-ci', role, claims });
  return 'token' in r ? 'ok' : (r.error.detail ?? r.error.summary).split('\n').slice(-1)[0];
};


describe('tenant plan and apply identities', () => {
  it('binds the apply role to the protected default branch (and protected environment in a fleet repository), the plan role to any branch', () => {
    expect(ciBoundClaims(FLEET_REPO, 'mainz')).toEqual({
      project_path: 'land/kommunen-infra', ref: 'main', ref_type: 'branch', ref_protected: 'true', environment: 'kommunen/mainz', environment_protected: 'true',
    });
    expect(ciPlanBoundClaims(FLEET_REPO, 'mainz')).toEqual({ project_path: 'land/kommunen-infra', ref_type: 'branch', environment: 'kommunen/mainz' });
    expect(ciBoundClaims({ ...PER_TENANT, defaultBranch: 'production' }, 'mainz')).toEqual({ project_path: 'kommunen/mainz', ref: 'production', ref_type: 'branch', ref_protected: 'true' });
    expect(ciPlanBoundClaims(PER_TENANT, 'mainz')).toEqual({ project_path: 'kommunen/mainz', ref_type: 'branch' });
  });

  it('renders both roles in the root namespace: the apply role with the provisioner policy, the plan role with the planner policy only', () => {
    const json = render(loginProps(MAINZ, 'namespace'));
    const roles = rolesOf(json);
    expect(Object.keys(roles).sort()).toEqual(['kommunen-mainz-ci', 'kommunen-mainz-ci-plan']);
    expect(roles['kommunen-mainz-ci-plan']).toMatchObject({ backend: 'jwt-ci', role_type: 'jwt', bound_claims_type: 'string', bound_audiences: [ISSUER], bound_claims: ciPlanBoundClaims(FLEET_REPO, 'mainz') });
    expect(roles['kommunen-mainz-ci'].bound_claims).toEqual(ciBoundClaims(FLEET_REPO, 'mainz'));
    const policies = Object.values(resourcesOf(json, 'vault_policy'));
    expect(policies.map((p) => p.name).sort()).toEqual(['kommunal-provisioner-kommunen--mainz', 'kommunal-provisioner-kommunen--mainz--plan']);
    const planPolicyRef = Object.entries(resourcesOf(json, 'vault_policy')).find(([, p]) => p.name === tenantPlannerPolicyName('kommunen', 'mainz'))![0];
    expect(roles['kommunen-mainz-ci-plan'].token_policies).toEqual([`\${vault_policy.${planPolicyRef}.name}`]);
    expect(roles['kommunen-mainz-ci'].token_policies).not.toContain(`\${vault_policy.${planPolicyRef}.name}`);
  });

  it('logs a GitLab job in by its ID token claims: MR and feature branches get the plan role only, the protected default branch both', () => {
    const store = storeWith(render(loginProps(MAINZ, 'path')));
    const [apply, plan] = ['kommunen-mainz-ci', 'kommunen-mainz-ci-plan'];
    const main = gitlabClaims({});
    const mergeRequest = gitlabClaims({ ref: 'feature/x', ref_protected: 'false', environment_protected: 'false' });
    expect([login(store, apply, main), login(store, plan, main)]).toEqual(['ok', 'ok']);
    expect(login(store, plan, mergeRequest)).toBe('ok');
    expect(login(store, apply, mergeRequest)).toMatch(/claim "(ref|ref_protected|environment_protected)" does not match/);
    // A protected branch that is not the default branch, an unprotected environment, a tag, another tenant's environment.
    expect(login(store, apply, gitlabClaims({ ref: 'release' }))).toMatch(/claim "ref" does not match/);
    expect(login(store, apply, gitlabClaims({ environment_protected: 'false' }))).toMatch(/claim "environment_protected" does not match/);
    expect(login(store, plan, gitlabClaims({ ref_type: 'tag', ref: 'v1' }))).toMatch(/claim "ref_type" does not match/);
    expect(login(store, plan, gitlabClaims({ environment: 'kommunen/worms' }))).toMatch(/claim "environment" does not match/);
    // A fork's merge request carries the fork's project_path (jwt.rb project_claims).
    expect(login(store, plan, gitlabClaims({ project_path: 'someone/kommunen-infra', ref_protected: 'false' }))).toMatch(/claim "project_path" does not match/);
    // The jwt plugin compares by Go equality (claims.go matchFound): a JSON boolean true is not the string 'true'.
    expect(login(store, apply, gitlabClaims({ ref_protected: true }))).toMatch(/claim "ref_protected" does not match/);
  });

  for (const isolation of ['path', 'namespace'] as const) {
    it(`${isolation} mode: the planner policy allows every read-back of the tenant stack's resources and refuses every write`, () => {
      const props = loginProps(MAINZ, isolation);
      const rules = tenantPlannerRules(props);
      const acl = VaultAcl.fromPolicies([parseVaultPolicy('plan', '', renderPolicyHcl('plan', rules))]);
      const reads: string[] = [];
      const writes: string[] = [];
      for (const r of tenantVaultResources(props)) {
        for (const action of ['create', 'update', 'delete'] as const) {
          const change = { typeName: r.type, action, prior: action === 'create' ? null : r.attrs, planned: action === 'delete' ? null : r.attrs };
          for (const c of vaultCalls(change, action !== 'create') ?? []) {
            const ns = typeof r.attrs.namespace === 'string' ? r.attrs.namespace : '';
            const d = acl.check(c.operation, c.path, ns);
            const allowed = d.allowed && (!c.sudo || d.rootPrivs);
            (c.operation === 'read' ? reads : writes).push(`${allowed ? 'allowed' : 'refused'} ${r.type} ${action}: ${c.operation} ${ns}/${c.path}`);
          }
        }
      }
      expect(reads.length).toBeGreaterThan(10);
      expect(writes.length).toBeGreaterThan(20);
      expect(reads.filter((v) => v.startsWith('refused'))).toEqual([]);
      expect(writes.filter((v) => v.startsWith('allowed'))).toEqual([]);
      // The provider's child token and the pipeline inputs (the data source reads them at plan).
      expect(acl.check('update', 'auth/token/create').allowed).toBe(true);
      expect(acl.check('read', isolation === 'path' ? 'kv/data/kommunen/mainz/ci/terraform' : 'kv-kommunen/data/kommunen/mainz/ci/terraform').allowed).toBe(true);
      expect(rules.every((r) => r.path === 'auth/token/create' || r.capabilities.every((c) => c === 'read' || c === 'sudo'))).toBe(true);
    });
  }

  it('names the planner policy apart from every provisioner policy; the plan role needs its own name', () => {
    expect(tenantPlannerPolicyName('kommunen', 'mainz')).toBe('kommunal-provisioner-kommunen--mainz--plan');
    // A key never contains '--', so no provisioner policy ends in '--plan'.
    expect(tenantPlannerPolicyName('kommunen', 'hahn')).not.toBe(tenantProvisionerPolicyName('kommunen', 'hahn-plan'));
    expect(tenantCiPlanRoleName('kommunen', 'hahn')).not.toBe(tenantCiRoleName('kommunen', 'hahn-plan'));
    const props = loginProps(tenant('hahn', 't0003', 'Hahn'), 'path');
    const same = { ...props, auth: { ...props.auth, ci: { ...props.auth.ci, plan: { role: props.auth.ci.role, boundClaims: { project_path: 'x' } } } } };
    expect(errorOf(() => new TenantPipelineLogin(identityStack(), 'Login', same))).toMatch(/auth\.ci\.plan\.role: "kommunen-hahn-ci" is the apply role's name/);
  });
});
