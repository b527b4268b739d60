/** The Vault model's rules against the cited behaviour (openbao v2.6.2, terraform-provider-vault v5.6.0). */
import {
  DEFAULT_VAULT_SEED, loginJwt, PLATFORM_TOKEN, ROOT_TOKEN, seedVault, vaultModel, type VaultSeed,
} from '../../../../lib/rehearsal/model/vault';
import { create, MemoryStore, session } from './helpers';

function seeded(seed: VaultSeed = DEFAULT_VAULT_SEED): MemoryStore {
  const s = new MemoryStore();
  seedVault(s, seed);
  return s;
}

describe('authenticate (internal/provider/meta.go)', () => {
  it('refuses an unknown token as Vault does (permission denied, 403) and a missing one', () => {
    const s = seeded();
    const r = vaultModel.authenticate({ token: 'hvs.nope' }, {}, s);
    expect('error' in r && r.error.detail).toMatch(/failed to lookup token, err=Error making API request[\s\S]*Code: 403[\s\S]*\* permission denied/);
    const none = vaultModel.authenticate({ token: null }, {}, s);
    expect('error' in none && none.error.summary).toBe('no vault token set on Client');
  });

  it('takes the token from the config before VAULT_TOKEN', () => {
    const s = seeded();
    const r = vaultModel.authenticate({ token: ROOT_TOKEN }, { VAULT_TOKEN: 'hvs.nope' }, s);
    expect('caller' in r && r.caller.policies).toEqual(['root']);
  });

  it('needs auth/token/create for the child token unless skip_child_token', () => {
    const s = seeded({ ...DEFAULT_VAULT_SEED, tokens: [{ token: 't', namespace: '', policies: ['default'], displayName: 'weak' }] });
    const r = vaultModel.authenticate({ token: 't', skip_child_token: false }, {}, s);
    expect('error' in r && r.error.detail).toMatch(/failed to create limited child token: [\s\S]*URL: POST \/v1\/auth\/token\/create[\s\S]*1 error occurred:\n\t\* permission denied/);
    expect('caller' in vaultModel.authenticate({ token: 't', skip_child_token: true }, {}, s)).toBe(true);
    // Without the default policy the token cannot even look itself up (meta.go:320-323).
    const bare = seeded({ ...DEFAULT_VAULT_SEED, tokens: [{ token: 'b', namespace: '', policies: ['kommunal-platform'], displayName: 'bare' }] });
    const lookup = vaultModel.authenticate({ token: 'b' }, {}, bare);
    expect('error' in lookup && lookup.error.detail).toMatch(/URL: GET \/v1\/auth\/token\/lookup-self[\s\S]*permission denied/);
    expect('caller' in vaultModel.authenticate({ token: 't' }, { TERRAFORM_VAULT_SKIP_CHILD_TOKEN: 'true' }, s)).toBe(true);
  });

  it('the provider namespace defaults to the token namespace; resource namespaces are relative to it', () => {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_namespace', { path: 'kommunen' })).toEqual([]);
    expect(create(s, root, 'vault_namespace', { namespace: 'kommunen', path: 'a' })).toEqual([]);
    s.put({ typeName: '_vault_token', id: 'ns-token', schemaVersion: 0, attributes: { namespace: 'kommunen/a', policies: ['root'], display_name: 'ns root' } });
    // lookup-self goes to VAULT_NAMESPACE (meta.go:320; the config namespace is applied later).
    const c = session(s, 'ns-token', {}, { VAULT_NAMESPACE: 'kommunen/a' });
    expect(c.providerNamespace).toBe('kommunen/a');
    // `namespace = "kommunen/a"` on a resource now means kommunen/a/kommunen/a, which does not exist.
    const errors = create(s, c, 'vault_policy', { namespace: 'kommunen/a', name: 'p', policy: '' });
    expect(errors[0]?.detail).toMatch(/Code: 404[\s\S]*namespace not found/);
    expect(create(s, c, 'vault_policy', { name: 'p', policy: '' })).toEqual([]);
  });
});

describe('check: capabilities on the provider API calls', () => {
  it('the platform token writes what the platform stack needs and nothing else', () => {
    const s = seeded();
    const p = session(s, PLATFORM_TOKEN);
    expect(create(s, p, 'vault_mount', { path: 'pki-int', type: 'pki' })).toEqual([]);
    const policy = create(s, p, 'vault_policy', { name: 'x', policy: '' });
    expect(policy[0]?.detail).toMatch(/URL: PUT \/v1\/sys\/policies\/acl\/x[\s\S]*permission denied/);
  });

  it('enabling an auth method needs sudo on sys/auth/<path> (root-protected, logical_system.go:66-88)', () => {
    const weak = `path "auth/token/create" { capabilities = ["update"] }\npath "sys/auth/*" { capabilities = ["read", "update"] }\npath "auth/+/config" { capabilities = ["read", "update"] }\npath "sys/mounts/*" { capabilities = ["read"] }`;
    const s = seeded({ ...DEFAULT_VAULT_SEED, policies: [{ namespace: '', name: 'weak', policy: weak }], tokens: [{ token: 'w', namespace: '', policies: ['default', 'weak'], displayName: 'w' }] });
    const errors = create(s, session(s, 'w'), 'vault_jwt_auth_backend', { path: 'jwt-ci', type: 'jwt' });
    expect(errors[0]?.detail).toMatch(/URL: POST \/v1\/sys\/auth\/jwt-ci[\s\S]*permission denied/);
  });

  it('a JWT role write is `create` for a new role (existence check, jwt path_role.go:212)', () => {
    const only = `path "auth/token/create" { capabilities = ["update"] }\npath "auth/jwt/role/*" { capabilities = ["update", "read"] }`;
    const s = seeded({ ...DEFAULT_VAULT_SEED, policies: [{ namespace: '', name: 'u', policy: only }], tokens: [...DEFAULT_VAULT_SEED.tokens, { token: 'u', namespace: '', policies: ['default', 'u'], displayName: 'u' }] });
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_jwt_auth_backend', { path: 'jwt', type: 'jwt' })).toEqual([]);
    const errors = create(s, session(s, 'u'), 'vault_jwt_auth_backend_role', { backend: 'jwt', role_name: 'r', role_type: 'jwt' });
    expect(errors[0]?.detail).toMatch(/permission denied/);
  });
});

describe('check: server rules', () => {
  it('duplicate and nested mount paths: "path is already in use at" (mount.go:230-239)', () => {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_mount', { path: 'kv', type: 'kv' })).toEqual([]);
    expect(create(s, root, 'vault_mount', { path: 'kv', type: 'kv' }, 'kv2')[0]?.detail).toMatch(/Code: 409[\s\S]*path is already in use at kv\//);
    expect(create(s, root, 'vault_mount', { path: 'kv/team', type: 'kv' }, 'kv3')[0]?.detail).toMatch(/path is already in use at kv\//);
    expect(create(s, root, 'vault_mount', { path: 'sys/x', type: 'kv' })[0]?.detail).toMatch(/cannot mount "sys\/x\/"/);
    // The same path in another namespace is free.
    expect(create(s, root, 'vault_namespace', { path: 'n' })).toEqual([]);
    expect(create(s, root, 'vault_mount', { namespace: 'n', path: 'kv', type: 'kv' })).toEqual([]);
  });

  it('objects in a namespace need the namespace first ("namespace not found", request_handling.go:608-611)', () => {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_policy', { namespace: 'kommunen/x', name: 'p', policy: '' })[0]?.detail).toMatch(/namespace not found/);
  });

  it('a role needs its auth mount, a PKI role its pki mount, in the same namespace (router.go:674)', () => {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_namespace', { path: 'n' })).toEqual([]);
    expect(create(s, root, 'vault_jwt_auth_backend', { path: 'jwt-ci', type: 'jwt' })).toEqual([]);
    expect(create(s, root, 'vault_jwt_auth_backend_role', { namespace: 'n', backend: 'jwt-ci', role_name: 'r' })[0]?.detail).toMatch(/no handler for route "auth\/jwt-ci\/role\/r"/);
    expect(create(s, root, 'vault_jwt_auth_backend_role', { backend: 'jwt-ci', role_name: 'r' })).toEqual([]);
    expect(create(s, root, 'vault_pki_secret_backend_role', { backend: 'pki-int', name: 'r' })[0]?.detail).toMatch(/no handler for route/);
  });

  it('OpenBao refuses API-created audit devices unless unsafe_allow_api_audit_creation (logical_system.go:3029-3031)', () => {
    const s = seeded();
    expect(create(s, session(s, ROOT_TOKEN), 'vault_audit', { path: 'a', type: 'file' })[0]?.detail).toMatch(/cannot enable audit device via API/);
    const allowed = seeded({ ...DEFAULT_VAULT_SEED, server: { unsafeAllowApiAuditCreation: true } });
    expect(create(allowed, session(allowed, ROOT_TOKEN), 'vault_audit', { path: 'a', type: 'file' })).toEqual([]);
  });

  it('a new namespace has its own built-ins and default policy (effects)', () => {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    expect(create(s, root, 'vault_namespace', { path: 'n' })).toEqual([]);
    expect(create(s, root, 'vault_mount', { namespace: 'n', path: 'cubbyhole', type: 'kv' })[0]?.detail).toMatch(/cannot mount|already in use/);
    expect(s.get('_vault_policy', 'ns=n/default')).toBeDefined();
  });

  it('unmodelled types are refused, not waved through', () => {
    const s = seeded();
    expect(vaultModel.check({ typeName: 'vault_kv_secret_v2', action: 'create', prior: null, planned: {} }, session(s, ROOT_TOKEN), s)[0]?.summary).toMatch(/not modelled/);
  });
});

describe('loginJwt (openbao builtin/credential/jwt/path_login.go)', () => {
  function withRole(extra: Record<string, unknown> = {}): MemoryStore {
    const s = seeded();
    const root = session(s, ROOT_TOKEN);
    create(s, root, 'vault_jwt_auth_backend', { path: 'jwt-ci', type: 'jwt', bound_issuer: 'https://gitlab' });
    create(s, root, 'vault_jwt_auth_backend_role', { backend: 'jwt-ci', role_name: 'ci', role_type: 'jwt', bound_audiences: ['https://gitlab'], bound_claims: { project_path: 'a/b,a/c' }, token_policies: ['p'], ...extra });
    return s;
  }
  const claims = { iss: 'https://gitlab', aud: 'https://gitlab', project_path: 'a/c' };

  it('mints a token with the role policies and default; authenticate finds it', () => {
    const s = withRole();
    const r = loginJwt(s, { namespace: '', mount: 'jwt-ci', role: 'ci', claims });
    expect('token' in r).toBe(true);
    if (!('token' in r)) return;
    expect(s.get('_vault_token', r.token)?.attributes.policies).toEqual(['default', 'p']);
    const nd = withRole({ token_no_default_policy: true });
    const r2 = loginJwt(nd, { namespace: '', mount: 'jwt-ci', role: 'ci', claims });
    expect('token' in r2 && nd.get('_vault_token', r2.token)?.attributes.policies).toEqual(['p']);
  });

  it('refuses a missing mount, a missing role, wrong claims and audiences', () => {
    const s = withRole();
    const msg = (r: ReturnType<typeof loginJwt>) => ('error' in r ? r.error.detail : '');
    expect(msg(loginJwt(s, { namespace: '', mount: 'gitlab', role: 'ci', claims }))).toMatch(/no handler for route "auth\/gitlab\/login"/);
    expect(msg(loginJwt(s, { namespace: '', mount: 'jwt-ci', role: 'nope', claims }))).toMatch(/role "nope" could not be found/);
    expect(msg(loginJwt(s, { namespace: 'n', mount: 'jwt-ci', role: 'ci', claims }))).toMatch(/no handler for route/);
    expect(msg(loginJwt(s, { namespace: '', mount: 'jwt-ci', role: 'ci', claims: { ...claims, project_path: 'a/d' } }))).toMatch(/claim "project_path" does not match/);
    expect(msg(loginJwt(s, { namespace: '', mount: 'jwt-ci', role: 'ci', claims: { iss: claims.iss, aud: claims.aud } }))).toMatch(/claim "project_path" is missing/);
    expect(msg(loginJwt(s, { namespace: '', mount: 'jwt-ci', role: 'ci', claims: { ...claims, aud: 'other' } }))).toMatch(/invalid audience/);
  });
});
