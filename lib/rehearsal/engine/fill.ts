/**
 * Deterministic values for what a real provider learns from its API: every UNKNOWN of a planned
 * object at apply, and the computed attributes of data sources and ephemeral resources.
 *
 * Values are derived from the type name, the object's ID and the attribute path (SHA-256), so the
 * same inputs always give the same outputs. They are type-correct and, for the attributes listed in
 * `NAMED`, shaped like the real thing; secrets and certificates are placeholders that say they are
 * rehearsal values. Other attributes get a generic value of their type: strings
 * `rehearsal-<hex>`, numbers 0, booleans false, empty collections, objects filled recursively.
 * The generic rule is the engine's choice, not read from any provider.
 */
import { DynamicValue, isUnknown, Value } from '../provider-api';
import { CtyType, digest } from './values';

/** Where a value is being filled. */
export interface FillSite {
  readonly typeName: string;
  readonly id: string;
  /** Dotted attribute path without indexes. */
  readonly schemaPath: string;
  /** The object the attribute belongs to (top level), with the values known so far. */
  readonly object: Readonly<Record<string, Value>>;
}

function pem(label: string, site: FillSite): string {
  const body = Buffer.from(`REHEARSAL PLACEHOLDER - NOT A REAL ${label} - ${site.typeName} ${site.id} ${digest(site.typeName, site.id, site.schemaPath)}`).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function str(o: Readonly<Record<string, Value>>, n: string): string | undefined {
  const v = o[n];
  return typeof v === 'string' ? v : undefined;
}

/** Shaped values for named computed string attributes; the comment says where the shape comes from. */
const NAMED: Readonly<Record<string, (s: FillSite) => string>> = {
  // Vault mount accessors look like "<type>_<8 hex>" (e.g. "auth_jwt_1a2b3c4d"; Vault API docs, sys/mounts).
  'vault_jwt_auth_backend.accessor': (s) => `auth_${str(s.object, 'type') ?? 'jwt'}_${digest(s.typeName, s.id).slice(0, 8)}`,
  'vault_mount.accessor': (s) => `${str(s.object, 'type') ?? 'kv'}_${digest(s.typeName, s.id).slice(0, 8)}`,
  // Vault namespace IDs are five alphanumeric characters (Vault API docs, sys/namespaces).
  'vault_namespace.namespace_id': (s) => digest(s.typeName, s.id).slice(0, 5),
  // vault/resource_namespace.go:208-212: path_fq is "<parent namespace>/<path>" or the path.
  'vault_namespace.path_fq': (s) => {
    const parent = str(s.object, 'namespace');
    const p = str(s.object, 'path') ?? '';
    return parent ? `${parent}/${p}` : p;
  },
  'vault_pki_secret_backend_intermediate_cert_request.csr': (s) => pem('CERTIFICATE REQUEST', s),
  'vault_pki_secret_backend_intermediate_cert_request.private_key': (s) => pem('PRIVATE KEY', s),
  'vault_pki_secret_backend_intermediate_cert_request.private_key_type': (s) => str(s.object, 'key_type') ?? 'rsa',
  'vault_pki_secret_backend_intermediate_cert_request.key_id': (s) => {
    const h = digest(s.typeName, s.id, 'key_id');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  },
  // fwprovider/access/resource_user_token.go:186-187: the secret Proxmox returns for a new token is a UUID.
  'proxmox_user_token.value': (s) => {
    const h = digest(s.typeName, s.id, 'value');
    return `${s.id}=${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  },
  'proxmox_virtual_environment_user_token.value': (s) => NAMED['proxmox_user_token.value'](s),
  // proxmoxtf/resource/file.go:855: file_name is the volume's file name (the part after the content type).
  'proxmox_virtual_environment_file.file_name': (s) => s.id.slice(s.id.indexOf('/') + 1),
};

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/** A deterministic value of type `ty` for the attribute at `site`. */
export function fillValue(ty: CtyType, site: FillSite): Value {
  const named = NAMED[`${site.typeName}.${site.schemaPath}`];
  const kind = Array.isArray(ty) ? String(ty[0]) : String(ty);
  if (named && kind === 'string') return named(site);
  switch (kind) {
    case 'string':
      return `rehearsal-${digest(site.typeName, site.id, site.schemaPath).slice(0, 12)}`;
    case 'number':
      return 0;
    case 'bool':
      return false;
    case 'list':
    case 'set':
    case 'tuple':
      return [];
    case 'map':
      return {};
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [n, t] of Object.entries((ty as [string, Record<string, CtyType>])[1])) out[n] = fillValue(t, { ...site, schemaPath: join(site.schemaPath, n) });
      return out;
    }
    default:
      return new DynamicValue('string', '');
  }
}

/** Replaces every UNKNOWN inside `v` (of type `ty`) with a filled value. */
export function fillUnknownsIn(ty: CtyType, v: Value, site: FillSite): Value {
  if (isUnknown(v)) return fillValue(ty, site);
  if (v === null || typeof v !== 'object' || v instanceof DynamicValue) return v;
  const kind = Array.isArray(ty) ? String(ty[0]) : String(ty);
  if (Array.isArray(v)) {
    const et = (ty as [string, CtyType])[1];
    return v.map((e, i) => fillUnknownsIn(kind === 'tuple' ? (et as CtyType[])[i] : et, e, site));
  }
  const out: Record<string, Value> = {};
  for (const [k, e] of Object.entries(v as Record<string, Value>)) {
    const et = kind === 'object' ? (ty as [string, Record<string, CtyType>])[1][k] : (ty as [string, CtyType])[1];
    out[k] = fillUnknownsIn(et, e, kind === 'object' ? { ...site, schemaPath: join(site.schemaPath, k) } : site);
  }
  return out;
}
