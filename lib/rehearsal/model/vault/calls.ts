/**
 * The API calls hashicorp/terraform-provider-vault v5.6.0 (commit
 * bcb1be4983c816359dbdf9956ccf384fefb62cd0) makes for each resource type the blueprint uses, on
 * create, update and delete, with the operation OpenBao checks the ACL for. Files are
 * `vault/resource_<type>.go` of that tag; line numbers cite the write/read/delete call.
 *
 * HTTP method to operation: GET = read, POST/PUT = update, DELETE = delete, PATCH = patch
 * (openbao/openbao v2.6.2 http/logical.go:41-99); a write to a path whose backend has an
 * existence check becomes `create` when the object does not exist yet (vault/request_handling.go
 * :457-495). Of the paths below only JWT/OIDC roles have one (builtin/credential/jwt/path_role.go
 * :212); `sys/` paths, PKI roles (builtin/logical/pki/path_roles.go:455-932), LDAP groups
 * (builtin/credential/ldap/path_groups.go:39-70) and namespaces (vault/logical_system_namespaces.go
 * :185-229) have none, so writes there are always `update`.
 *
 * Root-protected paths need `sudo` in addition (vault/logical_system.go:66-88: `auth/*`, `audit`,
 * `audit/*`, `remount`, ...).
 */
import type { VaultOperation } from '../../../identity/vault-acl';
import type { ApiChange } from '../api';

/** One API request of a provider operation. */
export interface VaultCall {
  readonly operation: VaultOperation;
  /** Path relative to the request namespace, without `/v1/`. */
  readonly path: string;
  /** The path is root-protected: `sudo` is needed too. */
  readonly sudo: boolean;
  /** The HTTP method, for messages. */
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'LIST';
}

type Attrs = Readonly<Record<string, unknown>>;

const str = (a: Attrs, k: string, dflt = ''): string => (typeof a[k] === 'string' ? (a[k] as string) : dflt);
const trim = (s: string): string => s.replace(/^\/+|\/+$/g, '');

/** sys paths that are root-protected (vault/logical_system.go:66-88), as prefix patterns relative to `sys/`. */
const SYS_ROOT_PATHS = ['auth/*', 'remount', 'audit', 'audit/*', 'raw', 'raw/*', 'rotate', 'config/cors', 'config/auditing/*', 'plugins/catalog/*', 'leases'];

/** Is a request path root-protected? */
export function isRootProtected(path: string): boolean {
  if (!path.startsWith('sys/')) return false;
  const rest = path.slice(4);
  return SYS_ROOT_PATHS.some((p) => (p.endsWith('*') ? rest.startsWith(p.slice(0, -1)) : rest === p));
}

function call(method: VaultCall['method'], path: string, operation?: VaultOperation): VaultCall {
  const op: VaultOperation = operation ?? (method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : method === 'PATCH' ? 'patch' : method === 'LIST' ? 'list' : 'update');
  return { operation: op, path, sudo: isRootProtected(path), method };
}

/** The resource types whose calls are modelled. */
export const MODELLED_VAULT_TYPES = [
  'vault_audit', 'vault_auth_backend', 'vault_jwt_auth_backend', 'vault_jwt_auth_backend_role', 'vault_ldap_auth_backend', 'vault_ldap_auth_backend_group',
  'vault_mount', 'vault_namespace', 'vault_pki_secret_backend_intermediate_cert_request', 'vault_pki_secret_backend_role', 'vault_policy',
] as const;

/**
 * The calls of one change, in order; `roleExists` tells whether a JWT role already exists (its
 * existence check turns a write into `create` or `update`). Undefined for types not modelled.
 */
export function vaultCalls(change: ApiChange, roleExists = false): readonly VaultCall[] | undefined {
  const a: Attrs = change.planned ?? change.prior ?? {};
  const act = change.action;
  switch (change.typeName) {
    case 'vault_policy': {
      // resource_policy.go:52 PutPolicy (PUT sys/policies/acl/<name>, openbao api/sys_policy.go:100),
      // :88 read-back GetPolicy (GET); :72 DeletePolicy (DELETE).
      const p = `sys/policies/acl/${str(a, 'name')}`;
      return act === 'delete' ? [call('DELETE', p)] : [call('PUT', p), call('GET', p)];
    }
    case 'vault_mount': {
      // resource_mount.go:269 MountWithContext (POST sys/mounts/<path>); :393 Unmount (DELETE);
      // update: :320 Remount (POST sys/remount) when the path changes, :369/:522 tune (POST
      // sys/mounts/<path>/tune); read-back util/mountutil/mountutil.go:32 GetMount (GET sys/mounts/<path>).
      const path = trim(str(a, 'path'));
      const p = `sys/mounts/${path}`;
      if (act === 'delete') return [call('DELETE', p)];
      if (act === 'create') return [call('POST', p), call('GET', p)];
      const moved = change.prior !== null && trim(str(change.prior, 'path')) !== path;
      return [...(moved ? [call('POST', 'sys/remount')] : []), call('POST', `${p}/tune`), call('GET', p)];
    }
    case 'vault_auth_backend':
    case 'vault_jwt_auth_backend':
    case 'vault_ldap_auth_backend': {
      // resource_jwt_auth_backend.go:243 EnableAuthWithOptions (POST sys/auth/<path>), :263
      // DisableAuth (DELETE), :422 config (POST auth/<path>/config), read-back :291 GetAuth (GET
      // sys/auth/<path>), :301 config read, :338 tune read (GET sys/mounts/auth/<path>/tune).
      // vault_auth_backend and vault_ldap_auth_backend enable and disable the same way
      // (resource_auth_backend.go, resource_ldap_auth_backend.go); their config path differs only
      // for ldap (auth/<path>/config as well).
      const dflt = change.typeName === 'vault_jwt_auth_backend' ? 'jwt' : change.typeName === 'vault_ldap_auth_backend' ? 'ldap' : str(a, 'type');
      const path = trim(str(a, 'path') || dflt);
      const enable = `sys/auth/${path}`;
      if (act === 'delete') return [call('DELETE', enable)];
      const config = change.typeName === 'vault_auth_backend' ? [] : [call('POST', `auth/${path}/config`)];
      const read = [call('GET', enable), ...(change.typeName === 'vault_auth_backend' ? [] : [call('GET', `auth/${path}/config`)]), call('GET', `sys/mounts/auth/${path}/tune`)];
      return act === 'create' ? [call('POST', enable), ...config, ...read] : [...config, ...read];
    }
    case 'vault_jwt_auth_backend_role': {
      // resource_jwt_auth_backend_role.go:175 (create) and :324 (update) write
      // auth/<backend>/role/<name>, :214 read-back, :355 delete.
      const p = `auth/${trim(str(a, 'backend', 'jwt'))}/role/${trim(str(a, 'role_name'))}`;
      if (act === 'delete') return [call('DELETE', p)];
      return [call('POST', p, roleExists ? 'update' : 'create'), call('GET', p)];
    }
    case 'vault_ldap_auth_backend_group': {
      // resource_ldap_auth_backend_group.go:83 write, :115 read-back, :146 delete.
      const p = `auth/${trim(str(a, 'backend', 'ldap'))}/groups/${str(a, 'groupname')}`;
      return act === 'delete' ? [call('DELETE', p)] : [call('POST', p), call('GET', p)];
    }
    case 'vault_pki_secret_backend_role': {
      // resource_pki_secret_backend_role.go:586 (create) and :815 (update) write
      // <backend>/roles/<name>, :618 read-back, :832 delete.
      const p = `${trim(str(a, 'backend'))}/roles/${trim(str(a, 'name'))}`;
      return act === 'delete' ? [call('DELETE', p)] : [call('POST', p), call('GET', p)];
    }
    case 'vault_pki_secret_backend_intermediate_cert_request': {
      // resource_pki_secret_backend_intermediate_cert_request.go:258/:382-387 path on Vault >= 1.11
      // (OpenBao reports 2.x): <backend>/issuers/generate/intermediate/<type>, written at :328; the
      // read (:374-376) and delete (:378-380) make no API call; every attribute forces a new resource.
      if (act === 'delete') return [];
      return [call('POST', `${trim(str(a, 'backend'))}/issuers/generate/intermediate/${trim(str(a, 'type'))}`)];
    }
    case 'vault_namespace': {
      // resource_namespace.go:86 write sys/namespaces/<path> (in the parent namespace), :109
      // JSONMergePatch on update (PATCH), :134 delete, :182 read-back.
      const p = `sys/namespaces/${trim(str(a, 'path'))}`;
      if (act === 'delete') return [call('DELETE', p)];
      return act === 'create' ? [call('PUT', p), call('GET', p)] : [call('PATCH', p), call('GET', p)];
    }
    case 'vault_audit': {
      // resource_audit.go:92 EnableAuditWithOptions (PUT sys/audit/<path>), :111 DisableAudit
      // (DELETE), read-back :128 ListAudit (GET sys/audit). The path defaults to the type (:72-75).
      // No update: every attribute forces a new resource.
      const path = trim(str(a, 'path') || str(a, 'type'));
      return act === 'delete' ? [call('DELETE', `sys/audit/${path}`)] : [call('PUT', `sys/audit/${path}`), call('GET', 'sys/audit')];
    }
    default:
      return undefined;
  }
}
