/**
 * TenantPipelineLogin: the platform-owned CI login of a tenant (JWT role + provisioner policy).
 * The provisioner policy is checked against the call table of the Vault model
 * (lib/rehearsal/model/vault/calls.ts): every call of every Vault resource the tenant's own
 * TenantVault renders is allowed, and nothing of a tenant whose key extends this one's.
 */
import { TenantPipelineLogin, tenantProvisionerPolicyName, tenantProvisionerRules, type TenantPipelineLoginProps } from '../../lib/identity/tenant-pipeline-login';
import { TenantVault } from '../../lib/identity/tenant-vault';
import { parseVaultPolicy, VaultAcl } from '../../lib/identity/vault-acl';
import { vaultCalls } from '../../lib/rehearsal/model/vault/calls';
import { resourcesOf, SynthJson } from '../helpers/synth';
import { errorOf, identityStack, MAINZ, synthChecked, tenant, tenantVaultResources, vaultProps } from './fixtures';

const HAHN = tenant('hahn', 't0003', 'Hahn');
const HAHN_AM_SEE = tenant('hahn-am-see', 't0004', 'Hahn am See');

const loginProps = (t: typeof MAINZ, isolation: 'namespace' | 'path', kind: 'ldap' | 'oidc' = 'ldap'): TenantPipelineLoginProps => {
  const base = vaultProps(t, isolation);
  const directory = kind === 'ldap'
    ? base.auth.directory!
    : {
      kind: 'oidc' as const, mount: 'oidc', groups: { admin: `${t.key}-it`, readonly: `${t.key}-audit` }, redirectUris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback'],
      // Namespace mode: the tenant stack mounts its own OIDC login (its calls are part of the policy).
      ...(isolation === 'namespace' ? { oidc: { discoveryUrl: 'https://sso.example/realms/kommunen', clientId: 'vault' } } : {}),
    };
  return { ...base, auth: { directory, ci: { jwtMount: 'jwt-ci', role: `kommunen-${t.key}-ci`, boundClaims: { project_path: `kommunen/${t.key}` }, boundAudiences: ['https://gitlab.example'] } } } as TenantPipelineLoginProps;
};

function renderLogin(props: TenantPipelineLoginProps): SynthJson {
  const stack = identityStack();
  new TenantPipelineLogin(stack, 'Login', props);
  return synthChecked(stack);
}


/** The namespace a resource's requests go to (the provider's namespace is the root one). */
const requestNamespace = (attrs: Record<string, unknown>): string => (typeof attrs.namespace === 'string' ? attrs.namespace : '');

function aclOf(props: TenantPipelineLoginProps): VaultAcl {
  const json = renderLogin(props);
  const [policy] = Object.values(resourcesOf(json, 'vault_policy'));
  return VaultAcl.fromPolicies([parseVaultPolicy(String(policy.name), '', String(policy.policy))]);
}

/** Every call of create, update and delete of each resource, with the ACL's verdict. */
function verdicts(acl: VaultAcl, resources: readonly { type: string; attrs: Record<string, unknown> }[]): { call: string; allowed: boolean }[] {
  const out: { call: string; allowed: boolean }[] = [];
  for (const r of resources) {
    for (const action of ['create', 'update', 'delete'] as const) {
      const change = { typeName: r.type, action, prior: action === 'create' ? null : r.attrs, planned: action === 'delete' ? null : r.attrs };
      for (const roleExists of [false, true]) {
        for (const c of vaultCalls(change, roleExists) ?? []) {
          const ns = requestNamespace(r.attrs);
          const d = acl.check(c.operation, c.path, ns);
          out.push({ call: `${r.type} ${action}: ${c.operation} ${ns === '' ? '' : `${ns}/`}${c.path}`, allowed: d.allowed && (!c.sudo || d.rootPrivs) });
        }
      }
    }
  }
  return out;
}

describe('TenantPipelineLogin', () => {
  it('creates the JWT role in the root namespace with the same name and bound claims, bound to the provisioner policy', () => {
    const json = renderLogin(loginProps(MAINZ, 'namespace'));
    const [role] = Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role'));
    expect(role).toMatchObject({
      backend: 'jwt-ci',
      role_name: 'kommunen-mainz-ci',
      role_type: 'jwt',
      bound_claims: { project_path: 'kommunen/mainz' },
      bound_claims_type: 'string',
      bound_audiences: ['https://gitlab.example'],
      token_ttl: 900,
      token_max_ttl: 3600,
    });
    expect(role).not.toHaveProperty('namespace');
    const [policy] = Object.values(resourcesOf(json, 'vault_policy'));
    expect(policy.name).toBe('kommunal-provisioner-kommunen--mainz');
    expect(policy).not.toHaveProperty('namespace');
    // Namespace mode: plus the tenant's root-namespace issuing policy (the tenant's people log in
    // inside the tenant namespace, whose tokens cannot carry it).
    expect(role.token_policies).toEqual([expect.stringMatching(/^\$\{vault_policy\.Login_Policy_[0-9A-F]+\.name\}$/), 'kommunen-mainz-pki']);
    const [pathRole] = Object.values(resourcesOf(renderLogin(loginProps(MAINZ, 'path')), 'vault_jwt_auth_backend_role'));
    expect(pathRole.token_policies).toEqual([expect.stringMatching(/^\$\{vault_policy\.Login_Policy_[0-9A-F]+\.name\}$/)]);
  });

  it("namespace mode: the CI token may issue on the tenant's PKI role with the tenant's own issuing policy, and not on another's", () => {
    const props = loginProps(MAINZ, 'namespace');
    const tenantStack = identityStack('tenant');
    const vault = new TenantVault(tenantStack, 'TenantVault', props);
    synthChecked(tenantStack);
    const pki = vault.policies.pki!;
    expect(pki.name).toBe('kommunen-mainz-pki');
    const acl = VaultAcl.fromPolicies([parseVaultPolicy(pki.name, '', pki.hcl)]);
    const issue = `${props.pki.mount}/issue/${props.pki.role}`;
    expect(acl.check('update', issue, '').allowed).toBe(true);
    expect(acl.check('update', `${props.pki.mount}/issue/kommunen-hahn`, '').allowed).toBe(false);
  });

  for (const isolation of ['path', 'namespace'] as const) {
    for (const kind of ['ldap', 'oidc'] as const) {
      it(`${isolation} mode, ${kind} directory: allows every call of the tenant stack's Vault resources, and the child token`, () => {
        const props = loginProps(MAINZ, isolation, kind);
        const acl = aclOf(props);
        const all = verdicts(acl, tenantVaultResources(props));
        expect(all.length).toBeGreaterThan(20);
        expect(all.filter((v) => !v.allowed)).toEqual([]);
        expect(acl.check('update', 'auth/token/create').allowed).toBe(true);
        // The pipeline inputs: one secret in the root namespace, in both modes (tenantCiInputs),
        // exactly; not the tenant's other secrets nor another tenant's inputs.
        const inputs = isolation === 'path' ? 'kv/data/kommunen/mainz/ci/terraform' : 'kv-kommunen/data/kommunen/mainz/ci/terraform';
        expect(acl.check('read', inputs, '').allowed).toBe(true);
        expect(acl.check('read', isolation === 'path' ? 'kv/data/kommunen/mainz/ci/deploy-key' : 'kv/data/ci/deploy-key', isolation === 'path' ? '' : 'kommunen/mainz').allowed).toBe(false);
        expect(acl.check('read', isolation === 'path' ? 'kv/data/kommunen/mainz/app/db' : 'kv/data/app/db', isolation === 'path' ? '' : 'kommunen/mainz').allowed).toBe(false);
        expect(acl.check('read', inputs.replace('/mainz/', '/mainz-am-rhein/'), '').allowed).toBe(false);
      });
    }
  }

  it("namespace mode, OIDC directory: the tenant's own OIDC mount in its namespace, with sudo where Vault wants it, and nothing wider", () => {
    const acl = aclOf(loginProps(MAINZ, 'namespace', 'oidc'));
    const ns = 'kommunen/mainz';
    const allowed = (op: Parameters<VaultAcl['check']>[0], path: string, namespace: string, sudo = false) => {
      const d = acl.check(op, path, namespace);
      return d.allowed && (!sudo || d.rootPrivs);
    };
    // Enable, read back and disable the mount: sys/auth/* is root-protected (sudo).
    for (const op of ['update', 'read', 'delete'] as const) expect([op, allowed(op, 'sys/auth/oidc', ns, true)]).toEqual([op, true]);
    expect(allowed('update', 'auth/oidc/config', ns)).toBe(true);
    expect(allowed('read', 'sys/mounts/auth/oidc/tune', ns)).toBe(true);
    // No tune write, no other mount, not the platform's root-namespace mount, not a child namespace.
    expect(allowed('update', 'sys/mounts/auth/oidc/tune', ns)).toBe(false);
    expect(allowed('update', 'sys/auth/ldap', ns, true)).toBe(false);
    expect(allowed('update', 'sys/auth/oidc', '', true)).toBe(false);
    expect(allowed('update', 'auth/oidc/config', '')).toBe(false);
    expect(allowed('update', 'sys/auth/oidc', `${ns}/child`, true)).toBe(false);
    // Path mode: the roles sit on the platform's mount; the tenant's pipeline may not touch mounts.
    const pathAcl = aclOf(loginProps(MAINZ, 'path', 'oidc'));
    expect(pathAcl.check('update', 'sys/auth/oidc').allowed).toBe(false);
    expect(pathAcl.check('update', 'auth/oidc/config').allowed).toBe(false);
  });

  it('every rule is needed: without any one of them some call of the tenant stack is refused', () => {
    for (const isolation of ['path', 'namespace'] as const) {
      for (const kind of ['ldap', 'oidc'] as const) {
        const props = loginProps(MAINZ, isolation, kind);
        const rules = tenantProvisionerRules(props);
        const resources = tenantVaultResources(props);
        // The child token and the ci/ secrets are needed by the job, not by a resource call.
        for (const drop of rules.slice(2)) {
          const hcl = rules.filter((r) => r !== drop).map((r) => `path ${JSON.stringify(r.path)} {\n  capabilities = [${r.capabilities.map((c) => JSON.stringify(c)).join(', ')}]\n}\n`).join('\n');
          const acl = VaultAcl.fromPolicies([parseVaultPolicy('reduced', '', hcl)]);
          expect({ isolation, kind, drop: drop.path, refused: verdicts(acl, resources).some((v) => !v.allowed) }).toEqual({ isolation, kind, drop: drop.path, refused: true });
        }
      }
    }
  });

  it("does not reach a tenant whose key extends this tenant's (hahn vs hahn-am-see)", () => {
    for (const isolation of ['path', 'namespace'] as const) {
      for (const kind of ['ldap', 'oidc'] as const) {
        const hahn = aclOf(loginProps(HAHN, isolation, kind));
        const other = verdicts(hahn, tenantVaultResources(loginProps(HAHN_AM_SEE, isolation, kind)));
        expect(other.length).toBeGreaterThan(20);
        expect(other.filter((v) => v.allowed)).toEqual([]);
        const secrets = isolation === 'path' ? ['kv/data/kommunen/hahn-am-see/ci/x', ''] : ['kv/data/ci/x', 'kommunen/hahn-am-see'];
        expect(hahn.check('read', secrets[0], secrets[1]).allowed).toBe(false);
      }
    }
  });

  it('names provisioner policies apart from every tenant policy and from each other', () => {
    expect(tenantProvisionerPolicyName('kommunen', 'hahn')).toBe('kommunal-provisioner-kommunen--hahn');
    expect(tenantProvisionerPolicyName('land/kreis', 'hahn-am-see')).toBe('kommunal-provisioner-land-kreis--hahn-am-see');
    expect(tenantProvisionerPolicyName('kommunen', 'hahn')).not.toBe(tenantProvisionerPolicyName('kommunen-hahn', 'am-see'));
  });

  it('fails when a name would put a glob into an exact rule, or the CI login is missing', () => {
    const props = loginProps(MAINZ, 'path');
    const globbed = { ...props, auth: { ...props.auth, directory: { kind: 'ldap' as const, mount: 'ldap', groups: { admin: 'mainz-admins*' } } } };
    expect(errorOf(() => new TenantPipelineLogin(identityStack(), 'Login', globbed))).toMatch(/provisioner policy path "auth\/ldap\/groups\/mainz-admins\*" would contain a Vault glob character/);
    const noCi = { ...props, auth: { directory: props.auth.directory } } as unknown as TenantPipelineLoginProps;
    expect(errorOf(() => new TenantPipelineLogin(identityStack(), 'Login', noCi))).toMatch(/auth\.ci: is needed/);
  });
});
