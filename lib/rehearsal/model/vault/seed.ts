/**
 * What exists in Vault/OpenBao before terraform runs (the seed), and the CI login that mints a
 * tenant pipeline's token the way `vault write auth/<mount>/login role=... jwt=...` does.
 */
import { createHash } from 'crypto';
import { normalizeVaultNamespace, qualifyInNamespace } from '../../../identity/vault-acl';
import type { DatacenterStore, ModelError } from '../api';
import { builtinObjects, namespacedId, POLICY_TYPE, SETTINGS_TYPE, TOKEN_TYPE, type VaultServerSettings } from './model';

/**
 * The platform's bootstrap policy: exactly what the platform stack's Vault resources need, derived
 * from the call table (./calls.ts) for vault_namespace, vault_mount, vault_jwt_auth_backend
 * and vault_pki_secret_backend_intermediate_cert_request in the root namespace (the audit device is
 * the server configuration's unless vault.auditDevice is api; then add `sys/audit` and
 * `sys/audit/*` with sudo), plus
 * the provider's child token (auth/token/create), plus the tenants' CI logins the platform owns
 * (lib/identity/tenant-pipeline-login.ts): their provisioner policies, which all share the prefix
 * `kommunal-provisioner-` and nothing else does (vault_policy: PUT/GET/DELETE), and their JWT roles
 * `<tenant root>-<key>-ci` on the CI mount (`jwt-ci`, tenant root `kommunen`, the defaults the
 * examples use; a fleet with other names adjusts these two paths). A JWT role write is `create`
 * or `update` by the plugin's existence check. A test applies every example's platform stack
 * with it and shows that removing any block refuses some change.
 */
export const KOMMUNAL_PLATFORM_POLICY_HCL = `# kommunal-cdk rehearsal: bootstrap policy of the platform stack
path "auth/token/create" {
  capabilities = ["update"]
}

path "sys/namespaces/*" {
  capabilities = ["read", "update", "patch", "delete"]
}

path "sys/mounts/*" {
  capabilities = ["read", "update", "delete"]
}

path "sys/auth/*" {
  capabilities = ["read", "update", "delete", "sudo"]
}

path "auth/+/config" {
  capabilities = ["read", "update"]
}

path "+/issuers/generate/intermediate/+" {
  capabilities = ["update"]
}

path "sys/policies/acl/kommunal-provisioner-*" {
  capabilities = ["read", "update", "delete"]
}

path "auth/jwt-ci/role/kommunen-*" {
  capabilities = ["create", "read", "update", "delete"]
}
`;

/** A token that exists before terraform runs. */
export interface SeedToken {
  readonly token: string;
  readonly namespace: string;
  readonly policies: readonly string[];
  readonly displayName: string;
}

/** What {@link seedVault} writes. */
export interface VaultSeed {
  readonly server: VaultServerSettings;
  /** Policies written by the bootstrap, by namespace ('' = root). */
  readonly policies: readonly { readonly namespace: string; readonly name: string; readonly policy: string }[];
  readonly tokens: readonly SeedToken[];
}

/** Fixed fake token values (never real credentials). */
export const PLATFORM_TOKEN = 'hvs.rehearsal-platform-bootstrap';
export const ROOT_TOKEN = 'hvs.rehearsal-root';

/**
 * The default seed: OpenBao with its default server settings (no API audit creation, no
 * cross-namespace identity), the `kommunal-platform` policy and its token (with `default`, as
 * `vault token create -policy=kommunal-platform` gives it), and a root token for tests.
 */
export const DEFAULT_VAULT_SEED: VaultSeed = {
  server: { unsafeAllowApiAuditCreation: false, unsafeCrossNamespaceIdentity: false },
  policies: [{ namespace: '', name: 'kommunal-platform', policy: KOMMUNAL_PLATFORM_POLICY_HCL }],
  tokens: [
    { token: PLATFORM_TOKEN, namespace: '', policies: ['default', 'kommunal-platform'], displayName: 'platform bootstrap token' },
    { token: ROOT_TOKEN, namespace: '', policies: ['root'], displayName: 'root token' },
  ],
};

/** Writes the seed: root namespace built-ins (`sys/`, `cubbyhole/`, `identity/`, `auth/token/`, `default`), server settings, policies, tokens. */
export function seedVault(store: DatacenterStore, seed: VaultSeed = DEFAULT_VAULT_SEED): void {
  for (const o of builtinObjects('')) store.put(o);
  store.put({ typeName: SETTINGS_TYPE, id: 'settings', schemaVersion: 0, attributes: { ...seed.server } });
  for (const p of seed.policies) {
    store.put({ typeName: POLICY_TYPE, id: namespacedId(p.namespace, p.name), schemaVersion: 0, attributes: { namespace: normalizeVaultNamespace(p.namespace), name: p.name, policy: p.policy } });
  }
  for (const t of seed.tokens) putToken(store, t);
}

function putToken(store: DatacenterStore, t: SeedToken): void {
  store.put({ typeName: TOKEN_TYPE, id: t.token, schemaVersion: 0, attributes: { namespace: normalizeVaultNamespace(t.namespace), policies: [...t.policies], display_name: t.displayName } });
}

/** A JWT login request. */
export interface JwtLogin {
  /** Namespace the login is sent to ('' = root: the generated pipeline sets none). */
  readonly namespace: string;
  readonly mount: string;
  readonly role: string;
  /** Claims of the presented JWT (its signature is taken as valid). */
  readonly claims: Readonly<Record<string, unknown>>;
}

type Attrs = Readonly<Record<string, unknown>>;
const str = (a: Attrs, k: string): string => (typeof a[k] === 'string' ? (a[k] as string) : '');
const trim = (s: string): string => s.replace(/^\/+|\/+$/g, '');

/** The values of a bound claim as the provider sends them: split at ',' unless disabled (resource_jwt_auth_backend_role.go:428-446). */
function boundValues(v: unknown, split: boolean): unknown[] {
  const list = Array.isArray(v) ? v : [v];
  return split ? list.flatMap((x) => (typeof x === 'string' ? x.split(',') : [x])) : list;
}

/**
 * Logs in with a JWT as `vault write auth/<mount>/login role=<role> jwt=<token>` does (openbao
 * builtin/credential/jwt/path_login.go at v2.6.2) and stores the token so that `authenticate`
 * finds it. Checks, in the plugin's order: the auth mount exists in the namespace (else the
 * router's "no handler for route", routing/router.go:674), the role exists (:87), it is a `jwt`
 * role (:108), the issuer (bound_issuer of the mount's config; wording of the JWT library —
 * approximate), audiences (:150-161; the audience wording is approximate), bound claims
 * (claims.go:128-156). Policies: the role's `token_policies`, plus `default` unless
 * `token_no_default_policy`, deduplicated and sorted (request_handling.go:2015,
 * sdk/helper/policyutil SanitizePolicies). The token value is derived from the request
 * (deterministic, fake).
 */
export function loginJwt(store: DatacenterStore, login: JwtLogin): { readonly token: string } | { readonly error: ModelError } {
  const ns = normalizeVaultNamespace(login.namespace);
  const mount = trim(login.mount);
  const path = `auth/${mount}/login`;
  const fail = (code: number, message: string): { error: ModelError } => ({
    error: { summary: `vault write ${path} failed`, detail: `Error writing data to ${path}: Error making API request.${ns === '' ? '' : `\nNamespace: ${ns}`}\n\nURL: PUT /v1/${qualifyInNamespace('', path)}\nCode: ${code}. Errors:\n\n* ${message}` },
  });
  const backend = store.list('vault_jwt_auth_backend').find((o) => normalizeVaultNamespace(str(o.attributes, 'namespace')) === ns && trim(str(o.attributes, 'path') || 'jwt') === mount);
  if (backend === undefined) return fail(404, `no handler for route "${path}". route entry not found.`);
  const role = store.list('vault_jwt_auth_backend_role').find((o) => normalizeVaultNamespace(str(o.attributes, 'namespace')) === ns && trim(str(o.attributes, 'backend') || 'jwt') === mount && str(o.attributes, 'role_name') === login.role);
  if (role === undefined) return fail(400, `role "${login.role}" could not be found`);
  const r = role.attributes;
  if (str(r, 'role_type') === 'oidc') return fail(400, 'role with oidc role_type is not allowed');
  const issuer = str(backend.attributes, 'bound_issuer');
  if (issuer !== '' && login.claims.iss !== issuer) return fail(400, 'error validating token: invalid issuer (iss) claim');
  const aud = login.claims.aud === undefined ? [] : Array.isArray(login.claims.aud) ? login.claims.aud : [login.claims.aud];
  const bound = (r.bound_audiences as string[] | null | undefined) ?? [];
  if (bound.length > 0 && !aud.some((x) => bound.includes(x as string))) return fail(400, 'error validating token: invalid audience (aud) claim: audience claim does not match any expected audience');
  if (aud.length > 0 && bound.length === 0) return fail(400, 'audience claim found in JWT but no audiences bound to the role');
  const split = r.disable_bound_claims_parsing !== true;
  const glob = str(r, 'bound_claims_type') === 'glob';
  for (const [claim, expected] of Object.entries((r.bound_claims as Record<string, unknown> | null | undefined) ?? {})) {
    const actual = login.claims[claim];
    if (actual === undefined || actual === null) return fail(400, `error validating claims: claim "${claim}" is missing`);
    const acts = Array.isArray(actual) ? actual : [actual];
    const exps = boundValues(expected, split);
    const match = exps.some((e) => acts.some((x) => (glob && typeof e === 'string' && typeof x === 'string' ? globMatch(e, x) : x === e)));
    if (!match) return fail(400, `error validating claims: claim "${claim}" does not match any associated bound claim values`);
  }
  const policies = new Set(((r.token_policies as string[] | null | undefined) ?? []).map((p) => p.trim().toLowerCase()).filter((p) => p !== ''));
  if (r.token_no_default_policy !== true) policies.add('default');
  const digest = createHash('sha256').update(JSON.stringify([ns, mount, login.role, Object.entries(login.claims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))])).digest('hex').slice(0, 24);
  const token = `hvs.rehearsal-jwt-${digest}`;
  putToken(store, { token, namespace: ns, policies: [...policies].sort(), displayName: `jwt login role ${login.role}${ns === '' ? '' : ` (namespace ${ns})`}` });
  return { token };
}

/** `*` globs as the jwt plugin's bound_claims_type "glob" (ryanuber/go-glob: only `*`). */
function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return re.test(value);
}
