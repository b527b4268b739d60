/**
 * Resource IDs shaped like the real providers' IDs, and the attributes a real importer parses out
 * of an import ID. Each rule cites the provider source it follows:
 * bpg/terraform-provider-proxmox at v0.111.1 (commit b22fe919fc34476b232191b69c8907f0c1aa5bea) and
 * hashicorp/terraform-provider-vault at v5.6.0 (commit bcb1be4983c816359dbdf9956ccf384fefb62cd0).
 *
 * Where the real ID comes from the clock or from a random UUID, a value of the same shape is
 * derived from the object's content instead (deterministic; never random).
 *
 * Generic rule for types without an entry: a configured `id` is kept (the ID is the configured
 * key, as for `proxmox_sdn_vnet`); otherwise the first known string among `<last word of the type>_id`,
 * `<last word>`, `name`, `path`, `realm`, then the first required string attribute (by name) is
 * used; otherwise `rehearsal-<12 hex digits>` from the object's content. This rule is a guess that
 * fits the providers' common "the ID is the object's key" pattern; it is not read from any source.
 */
import { Value } from '../provider-api';
import { digest } from './values';

/** Reads stored objects of other types (e.g. the zone of a vnet); empty without a store. */
export interface IdLookup {
  get(typeName: string, id: string): Readonly<Record<string, unknown>> | undefined;
}

type Obj = Readonly<Record<string, Value>>;

function str(o: Obj, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' ? v : undefined;
}

function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

/** The short type name: `proxmox_virtual_environment_x` and `proxmox_x` share their ID rules. */
export function shortTypeName(typeName: string): string {
  return typeName.replace(/^proxmox_virtual_environment_/, 'proxmox_');
}

/** A UUID-shaped string derived from content (the real provider draws a random one). */
export function uuidLike(...parts: readonly unknown[]): string {
  const h = digest(...parts);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The file name and content type of a proxmox file (proxmoxtf/resource/file.go:735-779
 * `fileGetSourceFileName`, :670-727 `fileGetContentType`; the version-dependent `import` type is
 * assumed available).
 */
function proxmoxFileVolume(o: Obj): { fileName: string; contentType: string } {
  const first = (name: string): Obj | undefined => {
    const v = o[name];
    return Array.isArray(v) && v.length > 0 ? (v[0] as Obj) : undefined;
  };
  const sf = first('source_file');
  const sr = first('source_raw');
  const sourcePath = sf ? str(sf, 'path') ?? '' : sr ? str(sr, 'file_name') ?? '' : '';
  let fileName = sf ? str(sf, 'file_name') ?? '' : sr ? str(sr, 'file_name') ?? '' : '';
  if (fileName === '') {
    const p = /^https?:\/\//.test(sourcePath) ? new URL(sourcePath).pathname : sourcePath;
    fileName = p.split('/').pop() ?? '';
  }
  let contentType = str(o, 'content_type') ?? '';
  if (contentType === '') {
    const lower = sourcePath.toLowerCase();
    if (/\.tar\.(gz|xz)$/.test(sourcePath)) contentType = 'vztmpl';
    else if (/\.(qcow2|raw|vmdk)$/.test(sourcePath)) contentType = 'import';
    else if (/\.(img|iso)$/.test(lower)) contentType = 'iso';
    else if (/\.(yaml|yml)$/.test(lower)) contentType = 'snippets';
    else contentType = 'snippets';
  }
  return { fileName, contentType };
}

/**
 * The ID the real provider gives a newly created object of `typeName`, computed from its planned
 * values (all configured values are known at apply time).
 */
export function resourceId(typeName: string, o: Obj, lookup: IdLookup, requiredStrings: readonly string[] = []): string {
  return specificId(typeName, o, lookup) ?? genericId(typeName, o, requiredStrings);
}

/** True when `typeName` has a rule of its own (not the generic one). */
export function hasIdRule(typeName: string): boolean {
  return specificId(typeName, {}, { get: () => undefined }) !== undefined;
}

function specificId(typeName: string, o: Obj, lookup: IdLookup): string | undefined {
  // The SDK guests: the ID is the VM ID (bpg v0.111.1 proxmoxtf/resource/vm/vm.go L2472 after a
  // clone, L3449 after a create; container/container.go L1347, L2272: d.SetId(strconv.Itoa(vmID))).
  // Not the guest's name, which repeats across tenants (found by the landkreis-fleet rehearsal with
  // two tenant stacks at once: both first file servers are "files-0"). Only these two type names:
  // the framework `proxmox_vm` (same short name) was not read.
  if ((typeName === 'proxmox_virtual_environment_vm' || typeName === 'proxmox_virtual_environment_container') && typeof o.vm_id === 'number') return String(o.vm_id);
  const t = shortTypeName(typeName);
  switch (t) {
    // fwprovider/access/model_acl.go:31-36 `generateID`: "{path}?{group|user@realm|user@realm!token}?{role}".
    case 'proxmox_acl':
      return `${str(o, 'path') ?? ''}?${(str(o, 'group_id') ?? '') + (str(o, 'token_id') ?? '') + (str(o, 'user_id') ?? '')}?${str(o, 'role_id') ?? ''}`;
    // fwprovider/cluster/metrics/model_metrics_server.go:50 and :126: the ID is the server name.
    case 'proxmox_metrics_server':
      return str(o, 'name') ?? '';
    // fwprovider/access/resource_realm_ldap.go:272, resource_realm_openid.go:246, resource_realm_sync.go:147: ID = realm.
    case 'proxmox_realm_ldap':
    case 'proxmox_realm_openid':
    case 'proxmox_realm_sync':
      return str(o, 'realm') ?? '';
    // fwprovider/cluster/sdn/applier/resource.go:117 and :140: the current time in Unix milliseconds.
    // Rehearsal: a 13-digit number derived from the object instead of the clock.
    case 'proxmox_sdn_applier':
      return String(1_700_000_000_000 + (parseInt(digest(typeName, o).slice(0, 10), 16) % 100_000_000_000));
    // fwprovider/cluster/sdn/subnet/resource.go:151-165 and :317-330: Proxmox names a subnet
    // "<zone>-<cidr with '/' as '-'>". The zone is that of the vnet; without a stored vnet the
    // rehearsal cannot know it and uses the vnet ID in its place (a stand-in, not the real shape).
    case 'proxmox_sdn_subnet': {
      const vnet = str(o, 'vnet') ?? '';
      const stored = lookup.get('proxmox_sdn_vnet', vnet) ?? lookup.get('proxmox_virtual_environment_sdn_vnet', vnet);
      const zone = stored && typeof stored.zone === 'string' ? stored.zone : vnet;
      return `${zone}-${(str(o, 'cidr') ?? '').replace('/', '-')}`;
    }
    // fwprovider/access/resource_user_token.go:186: "<user_id>!<token_name>".
    case 'proxmox_user_token':
      return `${str(o, 'user_id') ?? ''}!${str(o, 'token_name') ?? ''}`;
    // proxmoxtf/resource/cluster/firewall/firewall.go:168: a constant.
    case 'proxmox_cluster_firewall':
      return 'cluster-firewall';
    // proxmoxtf/resource/cluster/firewall/security_group.go:83 and :91: the group name.
    case 'proxmox_cluster_firewall_security_group':
      return str(o, 'name') ?? '';
    // proxmoxtf/resource/file.go:286 (`fileVolumeID.String`) and :636: "<datastore>:<content type>/<file name>".
    case 'proxmox_file': {
      const { fileName, contentType } = proxmoxFileVolume(o);
      return `${str(o, 'datastore_id') ?? ''}:${contentType}/${fileName}`;
    }
    // proxmoxtf/resource/firewall/ipset.go:228: the IP set name.
    case 'proxmox_firewall_ipset':
      return str(o, 'name') ?? '';
    // proxmoxtf/resource/group.go:117, pool/pool.go:126, role.go:90, user.go:218.
    case 'proxmox_group':
      return str(o, 'group_id') ?? '';
    case 'proxmox_pool':
      return str(o, 'pool_id') ?? '';
    case 'proxmox_role':
      return str(o, 'role_id') ?? '';
    case 'proxmox_user':
      return str(o, 'user_id') ?? '';
    // vault/resource_audit.go:69-96: the path, or the audit type when no path is given.
    case 'vault_audit': {
      const p = str(o, 'path') ?? '';
      return p !== '' ? p : str(o, 'type') ?? '';
    }
    // vault/resource_jwt_auth_backend.go:234-248 and :449: the mount path (default "jwt").
    case 'vault_jwt_auth_backend':
      return str(o, 'path') ?? 'jwt';
    // vault/resource_jwt_auth_backend_role.go:171-179 and :368-370: "auth/<backend>/role/<role_name>".
    case 'vault_jwt_auth_backend_role':
      return `auth/${trimSlashes(str(o, 'backend') ?? 'jwt')}/role/${trimSlashes(str(o, 'role_name') ?? '')}`;
    // vault/resource_mount.go:204-209: the mount path.
    case 'vault_mount':
      return str(o, 'path') ?? '';
    // vault/resource_namespace.go:193: the path Vault returns for the namespace; the provider keeps
    // ID and `path` equal (`upgradeNonPathdNamespaceID`, :220-230). Whether Vault appends a slash
    // there is not visible in the provider source; the rehearsal uses the configured path.
    case 'vault_namespace':
      return str(o, 'path') ?? '';
    // vault/resource_pki_secret_backend_intermediate_cert_request.go:258, :362-370, :382-386: on
    // Vault >= 1.11 "<backend>/issuers/generate/intermediate/<type>/<random UUID>".
    // Rehearsal: a UUID-shaped suffix derived from the object.
    case 'vault_pki_secret_backend_intermediate_cert_request':
      return `${trimSlashes(str(o, 'backend') ?? '')}/issuers/generate/intermediate/${trimSlashes(str(o, 'type') ?? '')}/${uuidLike(typeName, o)}`;
    // vault/resource_pki_secret_backend_role.go:497, :592 and :840-842: "<backend>/roles/<name>".
    case 'vault_pki_secret_backend_role':
      return `${trimSlashes(str(o, 'backend') ?? '')}/roles/${trimSlashes(str(o, 'name') ?? '')}`;
    // vault/resource_policy.go:57: the policy name.
    case 'vault_policy':
      return str(o, 'name') ?? '';
    default:
      return undefined;
  }
}

/** The generic rule (module comment). */
export function genericId(typeName: string, o: Obj, requiredStrings: readonly string[] = []): string {
  const configured = str(o, 'id');
  if (configured !== undefined && configured !== '') return configured;
  const last = typeName.split('_').pop() ?? '';
  for (const n of [`${last}_id`, last, 'name', 'path', 'realm', ...[...requiredStrings].sort()]) {
    const v = str(o, n);
    if (v !== undefined && v !== '') return v;
  }
  return `rehearsal-${digest(typeName, o).slice(0, 12)}`;
}

/**
 * The state the real importer builds from an import ID (before terraform reads the object):
 * `id` plus the identifying attributes the provider parses out of it. `undefined` means the
 * importer rejects the ID; the message is the provider's.
 */
export function importedAttributes(typeName: string, id: string): { attrs: Record<string, Value> } | { error: { summary: string; detail?: string } } {
  const t = shortTypeName(typeName);
  switch (t) {
    // fwprovider/access/resource_acl.go:257-270 with model_acl.go:38-67 `parseACLResourceModelFromID`.
    case 'proxmox_acl': {
      const parts = id.split('?');
      if (parts.length !== 3) {
        return { error: { summary: 'Unable to import ACL', detail: `failed to parse ID: invalid ACL resource ID format ${JSON.stringify(id)}, expected {path}?{group|user@realm|user@realm!token}?{role}` } };
      }
      const [path, entity, role] = parts;
      const attrs: Record<string, Value> = { id, path, role_id: role, propagate: false, group_id: null, token_id: null, user_id: null };
      if (entity.includes('!')) attrs.token_id = entity;
      else if (entity.includes('@')) attrs.user_id = entity;
      else attrs.group_id = entity;
      return { attrs };
    }
    // fwprovider/access/resource_user_token.go:284-313: "user_id!token_name".
    case 'proxmox_user_token': {
      const parts = id.split('!');
      if (parts.length !== 2) {
        return { error: { summary: 'Unexpected Import Identifier', detail: `Expected import identifier with format: 'user_id!token_name'. Got: ${JSON.stringify(id)}` } };
      }
      return { attrs: { id, user_id: parts[0], token_name: parts[1] } };
    }
    // fwprovider/cluster/sdn/subnet/resource.go:279-290: "vnet-id/subnet-id".
    case 'proxmox_sdn_subnet': {
      const parts = id.split('/');
      if (parts.length < 2) return { error: { summary: 'Unexpected Import Identifier', detail: "Expected import identifier in format 'vnet-id/subnet-id'." } };
      const subnetId = parts.slice(1).join('/');
      const dash = subnetId.indexOf('-');
      return { attrs: { id: subnetId, vnet: parts[0], cidr: dash > 0 ? subnetId.slice(dash + 1).replace(/-(\d+)$/, '/$1') : null } };
    }
    // proxmoxtf/resource/file.go:250-275 and :317-336: "node/datastore_id:content_type/file_name".
    case 'proxmox_file': {
      const m = /^([^/]+)\/([^:]+):([^/]+)\/(.+)$/.exec(id);
      if (!m) return { error: { summary: `unexpected format of ID (${id}), expected node/datastore_id:content_type/file_name` } };
      return { attrs: { id: `${m[2]}:${m[3]}/${m[4]}`, node_name: m[1], datastore_id: m[2], content_type: m[3] } };
    }
    // proxmoxtf/resource/firewall/ipset.go:101-176: "cluster/<name>", "vm/<node>/<vmid>/<name>", "container/<node>/<id>/<name>".
    case 'proxmox_firewall_ipset': {
      if (id.startsWith('cluster/')) {
        const name = id.slice('cluster/'.length);
        return { attrs: { id: name, name } };
      }
      for (const [prefix, idAttr, label] of [['vm/', 'vm_id', 'VM'], ['container/', 'container_id', 'container']] as const) {
        if (!id.startsWith(prefix)) continue;
        const parts = id.split('/');
        if (parts.length < 4) return { error: { summary: `invalid ${label} import ID format: ${id} (expected: ${prefix}<node_name>/<${idAttr}>/<ipset_name>)` } };
        const name = parts.slice(3).join('/');
        return { attrs: { id: name, name, node_name: parts[1], [idAttr]: Number(parts[2]) } };
      }
      return { error: { summary: `invalid import ID: ${id} (expected: 'cluster/<ipset_name>', 'vm/<node_name>/<vm_id>/<ipset_name>', or 'container/<node_name>/<container_id>/<ipset_name>')` } };
    }
    // proxmoxtf/resource/pool/pool.go:88-98, role.go:49-60, user.go:151-162: the ID is also the key attribute.
    case 'proxmox_pool':
      return { attrs: { id, pool_id: id } };
    case 'proxmox_role':
      return { attrs: { id, role_id: id } };
    case 'proxmox_user':
      return { attrs: { id, user_id: id } };
    default:
      // Passthrough importers (SDKv2 `ImportStatePassthroughContext`, framework
      // `ImportStatePassthroughID`, or `SetAttribute(path.Root("id"), req.ID)`): only `id`.
      return { attrs: { id } };
  }
}
