import { vaultGrants } from '../../lib/identity/path-access';
import { TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE, TenantVault, TenantVaultProps } from '../../lib/identity/tenant-vault';
import { resourcesOf, SynthJson } from '../helpers/synth';
import { errorOf, identityStack, MAINZ, synthChecked, vaultProps } from './fixtures';

function render(props: TenantVaultProps): SynthJson {
  const stack = identityStack();
  new TenantVault(stack, 'TenantVault', props);
  return synthChecked(stack);
}

function policies(json: SynthJson): Record<string, { namespace?: string; hcl: string }> {
  return Object.fromEntries(Object.values(resourcesOf(json, 'vault_policy')).map((p) => [p.name as string, { namespace: p.namespace as string | undefined, hcl: p.policy as string }]));
}

describe('TenantVault', () => {
  describe('path isolation', () => {
    const json = render(vaultProps(MAINZ, 'path'));

    it('creates no mount and no namespace', () => {
      expect(resourcesOf(json, 'vault_mount')).toEqual({});
      expect(resourcesOf(json, 'vault_namespace')).toEqual({});
    });

    it('limits every KV grant to the tenant prefix of the shared mount', () => {
      const all = policies(json);
      expect(Object.keys(all).sort()).toEqual(['kommunen-mainz-admin', 'kommunen-mainz-operator', 'kommunen-mainz-pipeline', 'kommunen-mainz-readonly']);
      for (const { hcl, namespace } of Object.values(all)) {
        expect(namespace).toBeUndefined();
        for (const g of vaultGrants(hcl)) expect(g.path).toMatch(/^kv\/(data|metadata|delete|undelete|destroy)\/kommunen\/mainz\/|^pki-int\/(issue|roles)\/kommune-mainz$/);
      }
    });

    it('admin never reaches sys/ or the root glob; readonly only reads and lists; pipeline reads its own path', () => {
      const all = policies(json);
      const admin = vaultGrants(all['kommunen-mainz-admin'].hcl);
      expect(admin.map((g) => g.path)).not.toContain('*');
      expect(admin.some((g) => g.path.startsWith('sys/'))).toBe(false);
      expect(admin).toContainEqual({ path: 'kv/data/kommunen/mainz/*', capabilities: ['create', 'read', 'update', 'patch', 'delete'] });
      expect(admin).toContainEqual({ path: 'pki-int/issue/kommune-mainz', capabilities: ['update'] });
      const readonly = vaultGrants(all['kommunen-mainz-readonly'].hcl);
      expect(new Set(readonly.flatMap((g) => g.capabilities))).toEqual(new Set(['read', 'list']));
      expect(vaultGrants(all['kommunen-mainz-pipeline'].hcl)).toEqual([{ path: 'kv/data/kommunen/mainz/ci/*', capabilities: ['read'] }]);
      const operator = vaultGrants(all['kommunen-mainz-operator'].hcl);
      expect(operator.flatMap((g) => g.capabilities)).not.toContain('delete');
    });

    it('renders HCL deterministically', () => {
      const again = render(vaultProps(MAINZ, 'path'));
      expect(JSON.stringify(resourcesOf(again, 'vault_policy'))).toBe(JSON.stringify(resourcesOf(json, 'vault_policy')));
      expect(policies(json)['kommunen-mainz-pipeline'].hcl).toBe(
        '# kommunal-cdk: pipeline policy of Mainz, Stadt (mainz), path isolation\n\n# the pipeline\'s own secrets\npath "kv/data/kommunen/mainz/ci/*" {\n  capabilities = ["read"]\n}\n',
      );
    });

    it('creates a PKI role that only issues names below the tenant domain', () => {
      const [role] = Object.values(resourcesOf(json, 'vault_pki_secret_backend_role'));
      expect(role).toMatchObject({
        backend: 'pki-int',
        name: 'kommune-mainz',
        allowed_domains: ['mainz.de'],
        allow_subdomains: true,
        allow_bare_domains: true,
        allow_glob_domains: false,
        allow_any_name: false,
        enforce_hostnames: true,
        allow_ip_sans: false,
        max_ttl: String(2160 * 3600),
      });
      expect(role).not.toHaveProperty('namespace');
    });

    it('binds LDAP groups to the policies and leaves the CI login to the platform', () => {
      const groups = Object.values(resourcesOf(json, 'vault_ldap_auth_backend_group')).map((g) => [g.groupname, g.policies]);
      expect(groups).toEqual(
        expect.arrayContaining([
          ['mainz-vault-admins', ['kommunen-mainz-admin']],
          ['mainz-vault-operators', ['kommunen-mainz-operator']],
          ['mainz-vault-readers', ['kommunen-mainz-readonly']],
        ]),
      );
      // props.auth.ci is set, yet no JWT role: the platform's TenantPipelineLogin renders it
      // (the pipeline must log in before this stack exists).
      expect(resourcesOf(json, 'vault_jwt_auth_backend_role')).toEqual({});
    });

    it('binds OIDC roles with a bound groups claim', () => {
      const props = vaultProps(MAINZ, 'path', {
        auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'mainz-it' }, redirectUris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback'] } },
      });
      const [role] = Object.values(resourcesOf(render(props), 'vault_jwt_auth_backend_role'));
      expect(role).toMatchObject({ role_type: 'oidc', role_name: 'mainz-admin', bound_claims: { groups: 'mainz-it' }, token_policies: ['kommunen-mainz-admin'] });
    });
  });

  describe('namespace isolation with an OIDC directory', () => {
    const props = vaultProps(MAINZ, 'namespace', {
      auth: {
        directory: {
          kind: 'oidc', mount: 'oidc', groups: { admin: 'mainz-it', readonly: 'mainz-audit' },
          redirectUris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback'],
          oidc: { discoveryUrl: 'https://sso.example/realms/kommunen', clientId: 'vault' },
        },
      },
    });
    const json = render(props);
    const mounts = resourcesOf(json, 'vault_jwt_auth_backend');

    it("mounts the OIDC login inside the tenant namespace, after the namespace, with the client secret from the tenant's own variable", () => {
      expect(Object.keys(mounts)).toHaveLength(1);
      const [mount] = Object.values(mounts);
      expect(mount).toMatchObject({
        namespace: 'kommunen/mainz',
        path: 'oidc',
        type: 'oidc',
        oidc_discovery_url: 'https://sso.example/realms/kommunen',
        oidc_client_id: 'vault',
        oidc_client_secret: `\${var.${TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE}}`,
        namespace_in_state: true,
      });
      expect(mount).not.toHaveProperty('bound_issuer');
      expect(mount.depends_on).toEqual([expect.stringMatching(/^vault_namespace\./)]);
      expect(TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE).not.toBe('vault_oidc_client_secret');
      expect(json.variable?.[TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE]).toMatchObject({ type: 'string', sensitive: true });
      expect(json.variable?.[TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE]).not.toHaveProperty('default');
    });

    it('writes each directory role into that mount in the namespace and makes it wait for the mount', () => {
      const [mountId] = Object.keys(mounts);
      const roles = Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role'));
      expect(roles.map((r) => r.role_name).sort()).toEqual(['mainz-admin', 'mainz-readonly']);
      for (const r of roles) {
        expect(r).toMatchObject({ namespace: 'kommunen/mainz', backend: 'oidc', allowed_redirect_uris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback'] });
        expect(r.depends_on).toEqual([`vault_jwt_auth_backend.${mountId}`]);
      }
    });

    it('leaves the mount out with the logins when only data is retained', () => {
      const retained = render({ ...props, retainDataOnly: true });
      expect(resourcesOf(retained, 'vault_jwt_auth_backend')).toEqual({});
      expect(retained.variable?.[TENANT_VAULT_OIDC_CLIENT_SECRET_VARIABLE]).toBeUndefined();
    });

    it('mounts nothing for an LDAP directory or in path mode', () => {
      expect(resourcesOf(render(vaultProps(MAINZ, 'namespace')), 'vault_jwt_auth_backend')).toEqual({});
      const path = vaultProps(MAINZ, 'path', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'mainz-it' }, redirectUris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback'] } } });
      expect(resourcesOf(render(path), 'vault_jwt_auth_backend')).toEqual({});
    });
  });

  describe('namespace isolation', () => {
    const json = render(vaultProps(MAINZ, 'namespace'));

    it('creates the tenant namespace and a KV v2 mount inside it, both with prevent_destroy', () => {
      expect(Object.values(resourcesOf(json, 'vault_namespace'))).toEqual([{ path: 'mainz', namespace: 'kommunen', lifecycle: { prevent_destroy: true } }]);
      const [mount] = Object.values(resourcesOf(json, 'vault_mount'));
      expect(mount).toMatchObject({ path: 'kv', type: 'kv', options: { version: '2' }, namespace: 'kommunen/mainz', lifecycle: { prevent_destroy: true } });
    });

    it('puts policies and auth bindings inside the namespace; issuing stays a root-namespace policy', () => {
      const all = policies(json);
      for (const role of ['admin', 'operator', 'readonly', 'pipeline']) expect(all[`kommunen-mainz-${role}`].namespace).toBe('kommunen/mainz');
      expect(vaultGrants(all['kommunen-mainz-admin'].hcl).map((g) => g.path)).toContain('kv/data/*');
      expect(all['kommunen-mainz-pki'].namespace).toBeUndefined();
      expect(vaultGrants(all['kommunen-mainz-pki'].hcl)).toEqual([
        { path: 'pki-int/issue/kommune-mainz', capabilities: ['update'] },
        { path: 'pki-int/roles/kommune-mainz', capabilities: ['read'] },
      ]);
      for (const g of Object.values(resourcesOf(json, 'vault_ldap_auth_backend_group'))) expect(g.namespace).toBe('kommunen/mainz');
      for (const r of Object.values(resourcesOf(json, 'vault_jwt_auth_backend_role'))) expect(r.namespace).toBe('kommunen/mainz');
      expect(Object.values(resourcesOf(json, 'vault_pki_secret_backend_role'))[0]).not.toHaveProperty('namespace');
    });
  });

  describe('validation', () => {
    const fails = (isolation: 'namespace' | 'path', overrides: Partial<TenantVaultProps>) =>
      errorOf(() => new TenantVault(identityStack(), 'TenantVault', vaultProps(MAINZ, isolation, overrides)));

    it("fails when the KV prefix leaves the tenant's own prefix in path mode", () => {
      expect(fails('path', { kv: { mount: 'kv', prefix: 'kommunen' } })).toMatch(/kv\.prefix: "kommunen" is outside the tenant's own prefix "kommunen\/mainz"/);
      expect(fails('path', { kv: { mount: 'kv', prefix: 'kommunen/mainzer' } })).toMatch(/kv\.prefix: "kommunen\/mainzer" is outside/);
    });

    it('fails when mounts or the tenant root are malformed or reserved', () => {
      const msg = fails('path', { tenantRoot: '/kommunen/', kv: { mount: 'sys' } });
      expect(msg).toMatch(/tenantRoot: "\/kommunen\/" is not a valid tenant root/);
      expect(msg).toMatch(/kv\.mount: "sys" uses a name Vault reserves/);
    });

    it('fails when the PKI domain, role or TTL is invalid', () => {
      const msg = fails('path', { pki: { mount: 'pki-int', role: 'Kommune Mainz', allowedDomain: '*.mainz.de', maxTtlHours: 10000 } });
      expect(msg).toMatch(/pki\.role: "Kommune Mainz" is not a valid PKI role name/);
      expect(msg).toMatch(/pki\.allowedDomain: "\*\.mainz\.de" is not a valid DNS domain/);
      expect(msg).toMatch(/pki\.maxTtlHours: 10000 is not a valid TTL/);
      expect(fails('path', { pki: { mount: 'pki-int', role: 'r', allowedDomain: 'de' } })).toMatch(/pki\.allowedDomain: "de"/);
    });

    it('fails when the CI role has no bound claims or a glob claim', () => {
      expect(fails('namespace', { auth: { ci: { jwtMount: 'gitlab', role: 'ci', boundClaims: {} } } })).toMatch(/auth\.ci\.boundClaims: is empty: a CI role without bound claims/);
      expect(fails('namespace', { auth: { ci: { jwtMount: 'gitlab', role: 'ci', boundClaims: { project_path: 'kommunen/*' } } } })).toMatch(
        /auth\.ci\.boundClaims\.project_path: "kommunen\/\*" contains a glob character/,
      );
    });

    it('fails when a shared-mount login name does not name the tenant in path mode', () => {
      const msg = fails('path', { auth: { directory: { kind: 'ldap', mount: 'ldap', groups: { admin: 'vault-admins' } }, ci: { jwtMount: 'gitlab', role: 'ci', boundClaims: { project_id: '42' } } } });
      expect(msg).toMatch(/auth\.directory\.groups\.admin: "vault-admins" does not contain the tenant key "mainz"/);
      expect(msg).toMatch(/auth\.ci\.role: "ci" does not contain the tenant key/);
      // In namespace mode the mounts are per tenant, so short names are fine.
      expect(() => new TenantVault(identityStack(), 'TenantVault', vaultProps(MAINZ, 'namespace', { auth: { ci: { jwtMount: 'gitlab', role: 'ci', boundClaims: { project_id: '42' } } } }))).not.toThrow();
    });

    it('fails when OIDC roles lack https redirect URIs or the directory maps no group', () => {
      const msg = fails('namespace', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: {} } } });
      expect(msg).toMatch(/auth\.directory\.groups: must not be empty/);
      expect(msg).toMatch(/auth\.directory\.redirectUris: must list at least one allowed redirect URI/);
      expect(fails('namespace', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'it' }, redirectUris: ['http://vault.example/cb'] } } })).toMatch(
        /auth\.directory\.redirectUris\[0\]: "http:\/\/vault\.example\/cb" is not allowed/,
      );
    });

    it('fails when the namespace-mode OIDC mount is missing or misconfigured, or a redirect URI carries the namespace', () => {
      const redirectUris = ['https://vault.example/ui/vault/auth/oidc/oidc/callback'];
      // Without `oidc` the roles would point at a mount that does not exist in the namespace.
      expect(fails('namespace', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'it' }, redirectUris } } })).toMatch(
        /auth\.directory\.oidc: is needed with namespace isolation and kind "oidc"/,
      );
      const msg = fails('namespace', {
        auth: {
          directory: {
            kind: 'oidc', mount: 'oidc', groups: { admin: 'it' },
            redirectUris: ['https://vault.example/ui/vault/auth/oidc/oidc/callback?namespace=kommunen%2Fmainz'],
            oidc: { discoveryUrl: 'https://sso.example/realms/k/.well-known/openid-configuration', clientId: ' ' },
          },
        },
      });
      expect(msg).toMatch(/auth\.directory\.redirectUris\[0\]: .* carries a namespace parameter/);
      expect(msg).toMatch(/auth\.directory\.oidc\.discoveryUrl: .* contains the '\.well-known' component/);
      expect(msg).toMatch(/auth\.directory\.oidc\.clientId: must not be empty/);
      expect(fails('namespace', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'it' }, redirectUris, oidc: { discoveryUrl: 'http://sso.example', clientId: 'vault' } } } })).toMatch(
        /auth\.directory\.oidc\.discoveryUrl: "http:\/\/sso\.example" must be an https URL/,
      );
      // Path mode: the roles live on the platform's mount; a tenant mount is refused.
      expect(fails('path', { auth: { directory: { kind: 'oidc', mount: 'oidc', groups: { admin: 'mainz-it' }, redirectUris, oidc: { discoveryUrl: 'https://sso.example', clientId: 'vault' } } } })).toMatch(
        /auth\.directory\.oidc: is only for namespace isolation/,
      );
    });

    it('fails when the tenant key or isolation mode is invalid', () => {
      const msg = errorOf(() => new TenantVault(identityStack(), 'TenantVault', vaultProps({ ...MAINZ, key: 'Mainz!' }, 'path', { isolation: 'tenant' as never })));
      expect(msg).toMatch(/tenant\.key: "Mainz!" is not a valid tenant key/);
      expect(msg).toMatch(/isolation: "tenant" is not an isolation mode/);
    });
  });
});
