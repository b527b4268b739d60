/**
 * The platform pipeline's own CI identities (issue #14, deliverable 5): the platform stack creates
 * a plan role (read-only planner policy, protected refs of the platform's project) and an apply role
 * (the bootstrap policy, protected default branch in the protected environment `platform`). Logins
 * are checked with GitLab's claim strings (gitlabhq lib/gitlab/ci/jwt.rb) through the rehearsal
 * model's JWT login; the planner policy with the Vault ACL evaluator against every call of the
 * provider's call table (lib/rehearsal/model/vault/calls.ts) for the platform stack's resources.
 */
import { PLATFORM_STACK_NAME } from '../../lib/blueprint/fleet';
import { PlatformPipelineLogin, platformCiPlanRoleName, platformCiRoleName, platformPlannerPolicyName, platformPlannerRules, PLATFORM_BOOTSTRAP_POLICY, type PlatformPipelineLoginProps } from '../../lib/identity/platform-pipeline-login';
import { tenantPlannerPolicyName, tenantProvisionerPolicyName } from '../../lib/identity/tenant-pipeline-login';
import { renderPolicyHcl } from '../../lib/identity/policy-document';
import { parseVaultPolicy, VaultAcl } from '../../lib/identity/vault-acl';
import { tenantCiPlanRoleName, tenantCiRoleName } from '../../lib/model/vault-names';
import { KOMMUNAL_PLATFORM_POLICY_HCL, loginJwt, vaultCalls } from '../../lib/rehearsal/model/vault';
import { MemoryStore } from '../helpers/memory-store';
import { resourcesOf, synthJson, testStack, type SynthJson } from '../helpers/synth';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

type Attrs = Record<string, unknown>;

/** Replaces `${<type>.<name>.<attr>}` references to string attributes of the same stack with their values. */
function resolveRefs(json: SynthJson, attrs: Attrs): Attrs {
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return v.replace(/\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)\}/g, (all, type: string, name: string, attr: string) => {
        const target = resourcesOf(json, type)[name]?.[attr];
        return typeof target === 'string' ? target : all;
      });
    }
    if (Array.isArray(v)) return v.map(resolve);
    return v;
  };
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, resolve(v)]));
}

/** Every Vault resource of a synthesized stack, references resolved. */
function vaultResources(json: SynthJson): { type: string; attrs: Attrs }[] {
  return Object.keys(json.resource ?? {}).filter((t) => t.startsWith('vault_')).sort()
    .flatMap((type) => Object.values(resourcesOf(json, type)).map((attrs) => ({ type, attrs: resolveRefs(json, attrs) })));
}

/** Every call the provider makes for every create, update and delete of the resources, judged by `acl`. */
function judge(acl: VaultAcl, resources: { type: string; attrs: Attrs }[]): { reads: string[]; writes: string[] } {
  const reads: string[] = [];
  const writes: string[] = [];
  for (const r of resources) {
    for (const action of ['create', 'update', 'delete'] as const) {
      const change = { typeName: r.type, action, prior: action === 'create' ? null : r.attrs, planned: action === 'delete' ? null : r.attrs };
      const calls = vaultCalls(change, action !== 'create');
      if (calls === undefined) throw new Error(`no calls modelled for ${r.type}`);
      for (const c of calls) {
        const ns = typeof r.attrs.namespace === 'string' ? r.attrs.namespace : '';
        const d = acl.check(c.operation, c.path, ns);
        const allowed = d.allowed && (!c.sudo || d.rootPrivs);
        (c.operation === 'read' ? reads : writes).push(`${allowed ? 'allowed' : 'refused'} ${r.type} ${action}: ${c.operation} ${ns}/${c.path}`);
      }
    }
  }
  return { reads, writes };
}

const aclOf = (name: string, hcl: string) => VaultAcl.fromPolicies([parseVaultPolicy(name, '', hcl)]);

describe('platform CI identities (landkreis-fleet: one fleet repository)', () => {
  const model = exampleModel('landkreis-fleet');
  const synth = synthModel(model);
  afterAll(() => removeDir(synth.outdir));
  const platform = synth.stacks[PLATFORM_STACK_NAME] as SynthJson;
  const ci = model.platform.vault.ciJwt!;
  const root = model.platform.vault.tenantRoot;
  const roles = Object.fromEntries(Object.values(resourcesOf(platform, 'vault_jwt_auth_backend_role')).map((r) => [String(r.role_name), r]));

  it('the platform stack creates the plan and the apply role on the CI mount, bound to the fleet repository', () => {
    expect(ci.platformProjectPath).toBe('infrastruktur/kommunen-fleet');
    expect(roles[platformCiRoleName(root)]).toMatchObject({
      backend: ci.path, role_type: 'jwt', bound_claims_type: 'string', bound_audiences: [ci.audience], token_policies: [PLATFORM_BOOTSTRAP_POLICY],
      bound_claims: { environment: 'platform', environment_protected: 'true', project_path: 'infrastruktur/kommunen-fleet', ref: ci.defaultBranch, ref_protected: 'true', ref_type: 'branch' },
    });
    const planPolicy = Object.entries(resourcesOf(platform, 'vault_policy')).find(([, p]) => p.name === platformPlannerPolicyName(root));
    expect(planPolicy).toBeDefined();
    expect(roles[platformCiPlanRoleName(root)]).toMatchObject({
      backend: ci.path, token_policies: [`\${vault_policy.${planPolicy![0]}.name}`],
      bound_claims: { environment: 'platform', project_path: 'infrastruktur/kommunen-fleet', ref_protected: 'true', ref_type: 'branch' },
    });
    expect(roles[platformCiPlanRoleName(root)].bound_claims).not.toHaveProperty('ref');
  });

  it('logs GitLab jobs in by their claims: a merge request gets neither role, a protected branch the plan role, the protected default branch in the protected environment both', () => {
    const store = new MemoryStore();
    store.put({ typeName: 'vault_jwt_auth_backend', id: ci.path, schemaVersion: 0, attributes: { path: ci.path, bound_issuer: ci.issuer } });
    for (const r of Object.values(roles)) store.put({ typeName: 'vault_jwt_auth_backend_role', id: `auth/${ci.path}/role/${String(r.role_name)}`, schemaVersion: 0, attributes: { ...r, token_policies: ['p'] } });
    const claims = (over: Attrs): Attrs => ({
      iss: ci.issuer, aud: ci.audience, sub: 'project_path:infrastruktur/kommunen-fleet:ref_type:branch:ref:main', project_path: 'infrastruktur/kommunen-fleet',
      ref: ci.defaultBranch, ref_type: 'branch', ref_protected: 'true', environment: 'platform', environment_protected: 'true', ...over,
    });
    const login = (role: string, c: Attrs) => {
      const r = loginJwt(store, { namespace: '', mount: ci.path, role, claims: c });
      return 'token' in r ? 'ok' : (r.error.detail ?? r.error.summary).split('\n').slice(-1)[0];
    };
    const [apply, plan] = [platformCiRoleName(root), platformCiPlanRoleName(root)];
    expect([login(apply, claims({})), login(plan, claims({}))]).toEqual(['ok', 'ok']);
    const mergeRequest = claims({ ref: 'feature/x', ref_protected: 'false', environment_protected: 'false' });
    expect(login(plan, mergeRequest)).toMatch(/claim "ref_protected" does not match/);
    expect(login(apply, mergeRequest)).toMatch(/does not match/);
    // Another protected branch: it may plan, not apply.
    expect(login(plan, claims({ ref: 'release' }))).toBe('ok');
    expect(login(apply, claims({ ref: 'release' }))).toMatch(/claim "ref" does not match/);
    expect(login(apply, claims({ environment_protected: 'false' }))).toMatch(/claim "environment_protected" does not match/);
    // A tenant's environment, a fork, a tag.
    expect(login(plan, claims({ environment: 'kommunen/musterdorf' }))).toMatch(/claim "environment" does not match/);
    expect(login(plan, claims({ project_path: 'someone/kommunen-fleet' }))).toMatch(/claim "project_path" does not match/);
    expect(login(plan, claims({ ref_type: 'tag', ref: 'v1' }))).toMatch(/claim "ref_type" does not match/);
  });

  it('the planner policy allows every read-back of the platform stack\'s Vault resources and refuses every write', () => {
    const planner = Object.values(resourcesOf(platform, 'vault_policy')).find((p) => p.name === platformPlannerPolicyName(root))!;
    const { reads, writes } = judge(aclOf('plan', String(planner.policy)), vaultResources(platform));
    expect(reads.length).toBeGreaterThan(20);
    expect(writes.length).toBeGreaterThan(30);
    expect(reads.filter((v) => v.startsWith('refused'))).toEqual([]);
    expect(writes.filter((v) => v.startsWith('allowed'))).toEqual([]);
    // No secret: the pipeline inputs of any tenant are not readable.
    const acl = aclOf('plan', String(planner.policy));
    expect(acl.check('read', `${model.platform.vault.sharedKvMount}/data/${root}/musterdorf/ci/terraform`).allowed).toBe(false);
    expect(acl.check('update', 'auth/token/create').allowed).toBe(true);
  });

  it('the bootstrap policy (the apply role\'s, and the one-time token\'s) allows every call of the platform stack, the new roles and policy included', () => {
    const { reads, writes } = judge(aclOf(PLATFORM_BOOTSTRAP_POLICY, KOMMUNAL_PLATFORM_POLICY_HCL), vaultResources(platform).filter((r) => r.type !== 'vault_audit'));
    expect([...reads, ...writes].filter((v) => v.startsWith('refused'))).toEqual([]);
    expect(writes.some((v) => v.includes(`role/${platformCiPlanRoleName(root)}`))).toBe(true);
  });
});

describe('platform CI identities: names and modes', () => {
  it('never share a name with a tenant\'s roles or policies (the key platform is reserved)', () => {
    for (const key of ['platform-ci', 'platform-plan', 'platform2', 'ci', 'plattform']) {
      const tenantNames = [tenantCiRoleName('kommunen', key), tenantCiPlanRoleName('kommunen', key), tenantProvisionerPolicyName('kommunen', key), tenantPlannerPolicyName('kommunen', key)];
      for (const n of [platformCiRoleName('kommunen'), platformCiPlanRoleName('kommunen'), platformPlannerPolicyName('kommunen')]) expect(tenantNames).not.toContain(n);
    }
    expect([platformCiRoleName('land/kommunen'), platformCiPlanRoleName('land/kommunen'), platformPlannerPolicyName('land/kommunen')])
      .toEqual(['land-kommunen-platform-ci', 'land-kommunen-platform-ci-plan', 'kommunal-provisioner-land-kommunen--platform--plan']);
  });

  const props: PlatformPipelineLoginProps = {
    tenantRoot: 'kommunen', isolation: 'namespace', sharedKvMount: 'kv-kommunen', pkiIntermediatePath: 'pki-int', ciMount: 'jwt-ci', directoryMount: 'oidc',
    apiAuditDevice: true, ci: { projectPath: 'land/fleet', defaultBranch: 'main' }, boundAudiences: ['https://gitlab.example'],
  };

  it('namespace mode with the audit device and the OIDC mount: reads only, sudo where the path is root-protected', () => {
    const rules = platformPlannerRules(props);
    expect(rules.every((r) => r.path === 'auth/token/create' || r.capabilities.every((c) => c === 'read' || c === 'sudo'))).toBe(true);
    const acl = aclOf('plan', renderPolicyHcl('plan', rules));
    expect(acl.check('read', 'sys/namespaces/kommunen').allowed).toBe(true);
    expect(acl.check('update', 'sys/namespaces/kommunen').allowed).toBe(false);
    expect(acl.check('read', 'sys/audit')).toMatchObject({ allowed: true, rootPrivs: true });
    expect(acl.check('read', 'sys/auth/oidc')).toMatchObject({ allowed: true, rootPrivs: true });
    expect(acl.check('read', 'auth/oidc/config').allowed).toBe(true);
    expect(acl.check('update', 'auth/jwt-ci/role/kommunen-platform-ci').allowed).toBe(false);
  });

  it('renders the roles and the planner policy in a stack', () => {
    const { stack } = testStack('platform');
    new PlatformPipelineLogin(stack, 'PlatformPipeline', props);
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role')).map((r) => r.role_name).sort()).toEqual(['kommunen-platform-ci', 'kommunen-platform-ci-plan']);
    expect(Object.values(resourcesOf(json, 'vault_policy')).map((p) => p.name)).toEqual(['kommunal-provisioner-kommunen--platform--plan']);
  });

  it('a fleet with one project per tenant and no platformProjectPath gets no platform roles (musterstadt)', () => {
    const model = exampleModel('musterstadt');
    expect(model.platform.vault.ciJwt?.platformProjectPath).toBeUndefined();
    const synth = synthModel(model);
    const names = Object.values(resourcesOf(synth.stacks[PLATFORM_STACK_NAME] as SynthJson, 'vault_jwt_auth_backend_role')).map((r) => String(r.role_name));
    expect(names.filter((n) => n.includes('-platform-'))).toEqual([]);
    removeDir(synth.outdir);
  });
});
