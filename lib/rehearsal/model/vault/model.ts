/**
 * The Vault/OpenBao half of the datacenter model: who the provider is (authenticate), what the
 * server accepts (check: the caller's merged policies on every API call of the change, then the
 * server's own rules), and the objects the server creates by itself (effects: the built-in mounts
 * and the `default` policy of a new namespace).
 *
 * The modelled server is OpenBao v2.6.2 (openbao/openbao, the tag read for every rule below);
 * where Vault Enterprise differs it is said. The provider is hashicorp/terraform-provider-vault
 * v5.6.0 (commit bcb1be4983c816359dbdf9956ccf384fefb62cd0).
 *
 * Store types of this model (besides the terraform resource types): `_vault_token` (ID: the token
 * value), `_vault_policy` (policies the server or the bootstrap wrote: `default` per namespace,
 * the platform's bootstrap policy; ID `[ns=<namespace>/]<name>`), `_vault_builtin_mount` (the
 * mounts every namespace has: `sys/`, `cubbyhole/`, `identity/`, and the `token/` auth method;
 * ID `[ns=<namespace>/]<path>`).
 */
import {
  normalizeVaultNamespace, parseVaultPolicy, qualifyInNamespace, VAULT_DEFAULT_POLICY_HCL, VaultAcl, vaultNamespaceWithin, VaultPolicyParseError, vaultRootPolicy,
  type VaultPolicy,
} from '../../../identity/vault-acl';
import type { ApiChange, AuthResult, DatacenterStore, DatacenterView, ModelError, ProviderModel, StoredObject, VaultCaller } from '../api';
import { MODELLED_VAULT_TYPES, vaultCalls, type VaultCall } from './calls';
import { readVaultData } from './kv';

/** A Vault caller with the provider's namespace, to which resource `namespace` attributes are relative. */
export interface VaultSession extends VaultCaller {
  /**
   * The provider's namespace (config `namespace`, else env `VAULT_NAMESPACE`, else the token's
   * namespace: internal/provider/meta.go:269 and :349-359). A resource's `namespace` is relative to
   * it (meta.go:106-108). @default - the token's namespace
   */
  readonly providerNamespace?: string;
}

export const TOKEN_TYPE = '_vault_token';
export const POLICY_TYPE = '_vault_policy';
export const BUILTIN_MOUNT_TYPE = '_vault_builtin_mount';

type Attrs = Readonly<Record<string, unknown>>;
const str = (a: Attrs, k: string, dflt = ''): string => (typeof a[k] === 'string' ? (a[k] as string) : dflt);
const trim = (s: string): string => s.replace(/^\/+|\/+$/g, '');

/** The store ID of an object in a namespace, as the engine keys namespaced vault objects (engine/provider.ts storeKey). */
export function namespacedId(namespace: string, id: string): string {
  const ns = normalizeVaultNamespace(namespace);
  return ns === '' ? id : `ns=${ns}/${id}`;
}

/** The server's settings the model honours (OpenBao server configuration, command/server/config.go:128-130). */
export interface VaultServerSettings {
  /** `unsafe_allow_api_audit_creation`: without it OpenBao >= 2.3.2 refuses audit devices created through the API. @default false */
  readonly unsafeAllowApiAuditCreation?: boolean;
  /** `unsafe_cross_namespace_identity` (vault/core.go:781-786; vault/identity/store.go:160). @default false */
  readonly unsafeCrossNamespaceIdentity?: boolean;
}

/** Server settings are stored as one object so that every provider process of a rehearsal reads the same. */
export const SETTINGS_TYPE = '_vault_server';

function settings(view: DatacenterView): VaultServerSettings {
  return (view.get(SETTINGS_TYPE, 'settings')?.attributes ?? {}) as VaultServerSettings;
}

// ---------------------------------------------------------------------------------------------
// Errors, worded like the server and the provider
// ---------------------------------------------------------------------------------------------

/**
 * An API error as the Vault API client renders it (hashicorp/vault api/response.go: "Error making
 * API request.\n\nURL: ...\nCode: ...", then the server's errors). A denied ACL check is the
 * multierror "1 error occurred:\n\t* permission denied" (openbao vault/request_handling.go:541-546,
 * hashicorp/go-multierror format.go), status 403.
 */
function apiError(c: VaultCall, ns: string, code: number, errors: readonly string[]): string {
  const header = ns === '' ? '' : `\nNamespace: ${ns}`;
  return `Error making API request.${header}\n\nURL: ${c.method} /v1/${c.path}\nCode: ${code}. Errors:\n\n${errors.map((e) => `* ${e}`).join('\n')}`;
}

const PERMISSION_DENIED = '1 error occurred:\n\t* permission denied\n\n';

// ---------------------------------------------------------------------------------------------
// What the server holds
// ---------------------------------------------------------------------------------------------

/** Full paths of the namespaces that exist ('' = root). Objects are read with the blueprint's provider namespace (none). */
export function namespaces(view: DatacenterView): Set<string> {
  const out = new Set<string>(['']);
  for (const o of view.list('vault_namespace')) {
    const fq = str(o.attributes, 'path_fq');
    out.add(normalizeVaultNamespace(fq !== '' ? fq : qualifyInNamespace(str(o.attributes, 'namespace'), trim(str(o.attributes, 'path')))));
  }
  return out;
}

interface Mount {
  readonly path: string; // with trailing '/'
  readonly type: string;
}

/** Secret mounts of one namespace (the mount table), built-in ones included. */
function secretMounts(view: DatacenterView, ns: string): Mount[] {
  const out: Mount[] = [];
  for (const o of view.list(BUILTIN_MOUNT_TYPE)) if (str(o.attributes, 'namespace') === ns && str(o.attributes, 'table') === 'mounts') out.push({ path: str(o.attributes, 'path'), type: str(o.attributes, 'type') });
  for (const o of view.list('vault_mount')) if (normalizeVaultNamespace(str(o.attributes, 'namespace')) === ns) out.push({ path: `${trim(str(o.attributes, 'path'))}/`, type: str(o.attributes, 'type') });
  return out;
}

/** Auth mounts of one namespace (the auth table), paths relative to `auth/`. */
function authMounts(view: DatacenterView, ns: string): Mount[] {
  const out: Mount[] = [];
  for (const o of view.list(BUILTIN_MOUNT_TYPE)) if (str(o.attributes, 'namespace') === ns && str(o.attributes, 'table') === 'auth') out.push({ path: str(o.attributes, 'path'), type: str(o.attributes, 'type') });
  const add = (type: string, dflt: (a: Attrs) => string) => {
    for (const o of view.list(type)) if (normalizeVaultNamespace(str(o.attributes, 'namespace')) === ns) out.push({ path: `${trim(str(o.attributes, 'path') || dflt(o.attributes))}/`, type: str(o.attributes, 'type') || dflt(o.attributes) });
  };
  add('vault_auth_backend', (a) => str(a, 'type'));
  add('vault_jwt_auth_backend', () => 'jwt');
  add('vault_ldap_auth_backend', () => 'ldap');
  return out;
}

/**
 * A policy by name in a namespace: a terraform-managed `vault_policy`, else one the server or the
 * bootstrap wrote. Unknown names are skipped, as the policy store does (policy_store.go:609-617).
 */
function lookupPolicy(view: DatacenterView, ns: string, name: string): VaultPolicy | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'root') return vaultRootPolicy(ns);
  for (const o of view.list('vault_policy')) {
    if (normalizeVaultNamespace(str(o.attributes, 'namespace')) === ns && str(o.attributes, 'name').toLowerCase() === n) return parseVaultPolicy(n, ns, str(o.attributes, 'policy'));
  }
  const seeded = view.get(POLICY_TYPE, namespacedId(ns, n));
  return seeded === undefined ? undefined : parseVaultPolicy(n, ns, str(seeded.attributes, 'policy'));
}

/** The merged ACL of a token (policy_store.go ACL :596-662 → NewACL). */
export function tokenAcl(view: DatacenterView, namespace: string, policies: readonly string[]): VaultAcl {
  const found = policies.map((p) => lookupPolicy(view, namespace, p)).filter((p): p is VaultPolicy => p !== undefined);
  return VaultAcl.fromPolicies(found);
}

// ---------------------------------------------------------------------------------------------
// The ACL check of one request
// ---------------------------------------------------------------------------------------------

/**
 * Checks one request of a token: the namespace exists (request_handling.go:608-611: "namespace not
 * found", 404), the token may act in it (a token of namespace T acts in T and below — GUESS after
 * Vault's namespace documentation; the OpenBao token-namespace check was not read), root-only sys
 * APIs are refused in namespaces (request_handling.go:643-649), and the merged ACL allows the
 * operation, with sudo on root-protected paths (acl.go:432; logical_system.go:66-88).
 */
export function checkCall(view: DatacenterView, token: { namespace: string; policies: readonly string[] }, ns: string, c: VaultCall): string | undefined {
  if (!namespaces(view).has(ns)) return apiError(c, ns, 404, ['namespace not found']);
  if (!vaultNamespaceWithin(ns, token.namespace)) return apiError(c, ns, 403, [PERMISSION_DENIED]);
  if (ns !== '' && /^sys\/(audit|audit-hash|config\/auditing|raw|seal|unseal|rekey)(\/|$)/.test(c.path)) {
    return apiError(c, ns, 400, ['operation only available in root namespace']);
  }
  let acl: VaultAcl;
  try {
    acl = tokenAcl(view, token.namespace, token.policies);
  } catch (e) {
    if (e instanceof VaultPolicyParseError) return apiError(c, ns, 500, [`failed to construct ACL: ${e.message}`]);
    throw e;
  }
  const d = acl.check(c.operation, c.path, ns);
  if (!d.allowed || (c.sudo && !d.rootPrivs)) return apiError(c, ns, 403, [PERMISSION_DENIED]);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------------------------

function nonEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function boolOf(v: unknown, env: string | undefined): boolean {
  if (typeof v === 'boolean') return v;
  if (env !== undefined && env !== '') return env === 'true' || env === '1';
  return false;
}

function authenticate(config: Attrs, env: Readonly<Record<string, string | undefined>>, view: DatacenterView): AuthResult<VaultSession> {
  const authLogin = Object.keys(config).filter((k) => k.startsWith('auth_login') && nonEmpty(config[k]));
  if (authLogin.length > 0) return { error: { summary: `rehearsal model: provider ${authLogin.join(', ')} is not modelled; log in outside terraform and pass VAULT_TOKEN` } };
  // internal/provider/meta.go:713-723 GetToken: config `token`, then env VAULT_TOKEN (the token
  // helper file is not modelled).
  const token = str(config, 'token') || env.VAULT_TOKEN || '';
  // meta.go:316-318
  if (token === '') return { error: { summary: 'no vault token set on Client' } };
  // meta.go:320-323 LookupSelf (GET auth/token/lookup-self) with the client's namespace from the
  // environment (the API client reads VAULT_NAMESPACE; the config namespace is set only at :380).
  const lookupNs = normalizeVaultNamespace(env.VAULT_NAMESPACE);
  const entry = view.get(TOKEN_TYPE, token);
  const lookup: VaultCall = { operation: 'read', path: 'auth/token/lookup-self', sudo: false, method: 'GET' };
  if (entry === undefined) {
    // An unknown token: request_handling.go:302-305 (te == nil → permission denied), 403.
    return { error: { summary: 'failed to lookup token', detail: `failed to lookup token, err=${apiError(lookup, lookupNs, 403, ['permission denied'])}` } };
  }
  const tokenNs = normalizeVaultNamespace(str(entry.attributes, 'namespace'));
  const policies = (entry.attributes.policies as string[] | undefined) ?? [];
  const t = { namespace: tokenNs, policies };
  const denied = checkCall(view, t, lookupNs, lookup);
  if (denied !== undefined) return { error: { summary: 'failed to lookup token', detail: `failed to lookup token, err=${denied}` } };
  // meta.go:338-345 and :583-613: unless skip_child_token, a child token is created with POST
  // auth/token/create in the token's namespace; the token store's create path has no existence
  // check, so the ACL wants `update` (openbao vault/token_store.go). The child inherits the
  // parent's policies.
  const skip = boolOf(config.skip_child_token, env.TERRAFORM_VAULT_SKIP_CHILD_TOKEN);
  if (!skip) {
    const create: VaultCall = { operation: 'update', path: 'auth/token/create', sudo: false, method: 'POST' };
    const refused = checkCall(view, t, tokenNs, create);
    if (refused !== undefined) return { error: { summary: 'failed to create limited child token', detail: `failed to create limited child token: ${refused}` } };
  }
  const providerNamespace = normalizeVaultNamespace(str(config, 'namespace') || env.VAULT_NAMESPACE || tokenNs);
  return {
    caller: {
      kind: 'vault', namespace: tokenNs, policies: [...policies],
      displayName: `${str(entry.attributes, 'display_name') || 'token'}${skip ? '' : ' (child token)'}`,
      providerNamespace,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Server rules of a change
// ---------------------------------------------------------------------------------------------

/** The namespace a resource's requests go to: provider namespace + resource `namespace` (meta.go:85-124). */
export function requestNamespace(caller: VaultSession, a: Attrs): string {
  const base = normalizeVaultNamespace(caller.providerNamespace ?? caller.namespace);
  const rel = normalizeVaultNamespace(str(a, 'namespace'));
  return rel === '' ? base : qualifyInNamespace(base, rel);
}

/** A path conflict in a mount table (vault/mount.go:230-239, vault/auth.go:96-106). */
function conflict(table: readonly Mount[], path: string): Mount | undefined {
  return table.find((m) => m.path.startsWith(path) || path.startsWith(m.path));
}

/** Mount types that exist once per namespace and cannot be mounted (vault/mount.go:74-85). */
const SINGLETON_TYPES = new Set(['cubbyhole', 'ns_cubbyhole', 'system', 'ns_system', 'token', 'ns_token', 'identity', 'ns_identity']);
/** Paths that cannot be mounted (vault/mount.go:58-65, checked at :191-195). */
const PROTECTED_MOUNT_PATHS = ['audit/', 'auth/', 'sys/', 'cubbyhole/', 'identity/'];

function serverRules(change: ApiChange, caller: VaultSession, view: DatacenterView, ns: string, calls: readonly VaultCall[]): string[] {
  const a: Attrs = change.planned ?? change.prior ?? {};
  const first = calls[0];
  const noRoute = (path: string) => apiError(first, ns, 404, [`no handler for route "${path}". route entry not found.`]); // routing/router.go:674
  const needMount = (mountPath: string, types: readonly string[], path: string): string | undefined => {
    const m = secretMounts(view, ns).find((x) => x.path === `${trim(mountPath)}/`);
    return m === undefined || (types.length > 0 && !types.includes(m.type)) ? noRoute(path) : undefined;
  };
  const needAuth = (mountPath: string, types: readonly string[], path: string): string | undefined => {
    const m = authMounts(view, ns).find((x) => x.path === `${trim(mountPath)}/`);
    return m === undefined || (types.length > 0 && !types.includes(m.type)) ? noRoute(path) : undefined;
  };
  const out: (string | undefined)[] = [];
  switch (change.typeName) {
    case 'vault_mount':
      if (change.action === 'create') {
        const path = `${trim(str(a, 'path'))}/`;
        const type = str(a, 'type');
        if (PROTECTED_MOUNT_PATHS.some((p) => path.startsWith(p))) out.push(apiError(first, ns, 403, [`cannot mount "${path}"`]));
        else if (SINGLETON_TYPES.has(type)) out.push(apiError(first, ns, 403, [`mount type of "${type}" is not mountable`]));
        else {
          const hit = conflict(secretMounts(view, ns), path);
          if (hit !== undefined) out.push(apiError(first, ns, 409, [`path is already in use at ${hit.path}`]));
        }
      }
      break;
    case 'vault_auth_backend':
    case 'vault_jwt_auth_backend':
    case 'vault_ldap_auth_backend':
      if (change.action === 'create') {
        const dflt = change.typeName === 'vault_jwt_auth_backend' ? 'jwt' : change.typeName === 'vault_ldap_auth_backend' ? 'ldap' : str(a, 'type');
        const path = `${trim(str(a, 'path') || dflt)}/`;
        const hit = conflict(authMounts(view, ns), path);
        if (hit !== undefined) out.push(apiError(first, ns, 409, [`path is already in use at ${hit.path}`]));
      }
      break;
    case 'vault_jwt_auth_backend_role':
      if (change.action !== 'delete') out.push(needAuth(str(a, 'backend', 'jwt'), ['jwt', 'oidc'], first.path));
      break;
    case 'vault_ldap_auth_backend_group':
      if (change.action !== 'delete') out.push(needAuth(str(a, 'backend', 'ldap'), ['ldap'], first.path));
      break;
    case 'vault_pki_secret_backend_role':
    case 'vault_pki_secret_backend_intermediate_cert_request':
      if (change.action !== 'delete') out.push(needMount(str(a, 'backend'), ['pki'], first.path));
      break;
    case 'vault_policy': {
      const name = str(a, 'name').trim().toLowerCase();
      // policy_store.go:269-271 (immutable root), :573-575 (default cannot be deleted)
      if (change.action !== 'delete' && (name === 'root' || name === 'response-wrapping')) out.push(apiError(first, ns, 400, [`cannot update "${name}" policy`]));
      if (change.action === 'delete' && name === 'default') out.push(apiError(first, ns, 400, ['cannot delete default policy']));
      if (change.action !== 'delete') {
        try {
          parseVaultPolicy(name, ns, str(a, 'policy'));
        } catch (e) {
          if (!(e instanceof VaultPolicyParseError)) throw e;
          out.push(apiError(first, ns, 400, [`failed to parse policy: ${e.message}`]));
        }
      }
      break;
    }
    case 'vault_audit':
      // OpenBao >= 2.3.2 (v2.3.2 vault/logical_system.go:3141; v2.6.2 :3029-3031): audit devices
      // come from the server configuration unless `unsafe_allow_api_audit_creation` is set.
      if (change.action === 'create' && settings(view).unsafeAllowApiAuditCreation !== true) {
        out.push(apiError(first, ns, 400, ['cannot enable audit device via API; use declarative, config-based audit device management instead']));
      }
      break;
    default:
      break;
  }
  void caller;
  return out.filter((e): e is string => e !== undefined);
}

function check(change: ApiChange, caller: VaultSession, view: DatacenterView): readonly ModelError[] {
  const a: Attrs = change.planned ?? change.prior ?? {};
  const ns = requestNamespace(caller, a);
  const roleExists = change.typeName === 'vault_jwt_auth_backend_role' && change.action !== 'create';
  const calls = vaultCalls(change, roleExists);
  if (calls === undefined) {
    return [{ summary: `rehearsal model: ${change.typeName} is not modelled`, detail: `The Vault model knows the API calls of ${MODELLED_VAULT_TYPES.join(', ')} (lib/rehearsal/model/vault/calls.ts); a new type needs its calls read from terraform-provider-vault v5.6.0 first.` }];
  }
  const token = { namespace: caller.namespace, policies: caller.policies };
  for (const c of calls) {
    const refused = checkCall(view, token, ns, c);
    if (refused !== undefined) return [{ summary: `error ${change.action === 'delete' ? 'deleting from' : 'writing to'} Vault as ${caller.displayName}`, detail: refused }];
  }
  return serverRules(change, caller, view, ns, calls).map((detail) => ({ summary: `error ${change.action === 'delete' ? 'deleting from' : 'writing to'} Vault`, detail }));
}

// ---------------------------------------------------------------------------------------------
// Effects: what the server creates with a namespace
// ---------------------------------------------------------------------------------------------

/**
 * The mounts every namespace has from its creation (OpenBao sets up `sys/`, `cubbyhole/`,
 * `identity/` and the `token/` auth method per namespace: vault/mount.go singletonMounts :74-85,
 * the ns_* types) and the `default` policy (policy_store.go:707-719 LoadDefaultPolicies).
 */
export function builtinObjects(namespace: string): StoredObject[] {
  const ns = normalizeVaultNamespace(namespace);
  const mount = (table: 'mounts' | 'auth', path: string, type: string): StoredObject => ({
    typeName: BUILTIN_MOUNT_TYPE, id: namespacedId(ns, `${table === 'auth' ? 'auth/' : ''}${path}`), schemaVersion: 0, attributes: { namespace: ns, table, path, type },
  });
  return [
    mount('mounts', 'sys/', ns === '' ? 'system' : 'ns_system'),
    mount('mounts', 'cubbyhole/', ns === '' ? 'cubbyhole' : 'ns_cubbyhole'),
    mount('mounts', 'identity/', ns === '' ? 'identity' : 'ns_identity'),
    mount('auth', 'token/', ns === '' ? 'token' : 'ns_token'),
    { typeName: POLICY_TYPE, id: namespacedId(ns, 'default'), schemaVersion: 0, attributes: { namespace: ns, name: 'default', policy: VAULT_DEFAULT_POLICY_HCL } },
  ];
}

function effects(change: ApiChange, caller: VaultSession, store: DatacenterStore): void {
  if (change.typeName !== 'vault_namespace') return;
  const a: Attrs = change.planned ?? change.prior ?? {};
  const ns = qualifyInNamespace(requestNamespace(caller, a), trim(str(a, 'path')));
  for (const o of builtinObjects(ns)) {
    if (change.action === 'create') store.put(o);
    else if (change.action === 'delete') store.delete(o.typeName, o.id);
  }
}

/** The Vault/OpenBao model (see the module comment). */
export const vaultModel: ProviderModel<VaultSession> = {
  authenticate, check, effects,
  // Called through a function: ./kv.ts imports this module, so its export is resolved at call time.
  read: (typeName, config, caller, view) => readVaultData(typeName, config, caller, view),
};
