/**
 * KV v2 secrets of the Vault/OpenBao model and the provider's read of them (the data source
 * `vault_kv_secret_v2`): the secrets a platform engineer writes outside terraform
 * (`vault kv put`, docs/datacenter.md) and a tenant stack reads at plan time, checked against the
 * caller's policies like every other request.
 *
 * Sources: hashicorp/terraform-provider-vault v5.6.0 vault/data_source_kv_secret_v2.go (the read,
 * :94-186) and vault/resource_kv_secret_v2.go:191-193 (the path, `<mount>/data/<name>`, joined
 * without trimming); hashicorp/vault api/logical.go (ParseRawResponseAndCloseBody: a 404 without
 * data or warnings is `nil, nil`, commit e71f5bcd36e43d9759df3ffe072cb77a6e35b090, the client v1.22.0
 * the provider's go.mod pins is of that line — the exact file of v1.22.0 was not read); OpenBao
 * v2.6.2 builtin/logical/kv/path_data.go:114-120 (a key without metadata reads as a nil response,
 * which the HTTP layer sends as 404).
 *
 * Store type: `_vault_kv_secret` (ID `[ns=<namespace>/]<mount>/data/<name>`).
 */
import { normalizeVaultNamespace } from '../../../identity/vault-acl';
import type { DataReadResult, DatacenterStore, DatacenterView, StoredObject } from '../api';
import { checkCall, namespacedId, namespaces, requestNamespace, type VaultSession } from './model';

export const KV_SECRET_TYPE = '_vault_kv_secret';

/** One KV v2 secret as a platform engineer writes it (`vault kv put -mount=<mount> <name> k=v ...`). */
export interface KvSecretV2 {
  /** The namespace of the mount ('' = root). */
  readonly namespace: string;
  /** The KV v2 mount path, e.g. `kv-kommunen`. */
  readonly mount: string;
  /** The secret's name below the mount, e.g. `kommunen/musterstadt/ci/terraform`. */
  readonly name: string;
  /** The fields of the secret (strings, as the data source's `data` map holds them). */
  readonly data: Readonly<Record<string, string>>;
}

type Attrs = Readonly<Record<string, unknown>>;
const str = (a: Attrs, k: string): string => (typeof a[k] === 'string' ? (a[k] as string) : '');
const trim = (s: string): string => s.replace(/^\/+|\/+$/g, '');

/** The request path of a KV v2 read (resource_kv_secret_v2.go:191-193: mount, `data`, name, joined as given). */
export function kvV2DataPath(mount: string, name: string): string {
  return `${mount}/data/${name}`;
}

/**
 * Writes a secret as `vault kv put` does (a new version each time). The model stores what the
 * platform engineer writes; whether the mount exists is checked when the secret is read (a write
 * before the mount exists would have failed in Vault; the rehearsal writes its seed before the
 * platform stack creates the mount, standing for the onboarding step after it).
 */
export function writeKvSecretV2(store: DatacenterStore, secret: KvSecretV2): void {
  const ns = normalizeVaultNamespace(secret.namespace);
  const id = namespacedId(ns, kvV2DataPath(secret.mount, secret.name));
  const prior = store.get(KV_SECRET_TYPE, id);
  const version = typeof prior?.attributes.version === 'number' ? prior.attributes.version + 1 : 1;
  const obj: StoredObject = { typeName: KV_SECRET_TYPE, id, schemaVersion: 0, attributes: { namespace: ns, mount: secret.mount, name: secret.name, data: { ...secret.data }, version } };
  store.put(obj);
}

/** Removes a secret with all its versions (`vault kv metadata delete`). */
export function deleteKvSecretV2(store: DatacenterStore, secret: Pick<KvSecretV2, 'namespace' | 'mount' | 'name'>): void {
  store.delete(KV_SECRET_TYPE, namespacedId(normalizeVaultNamespace(secret.namespace), kvV2DataPath(secret.mount, secret.name)));
}

/** Is there a KV version 2 mount at `mount` in the namespace (vault_mount type `kv` with options.version 2, or `kv-v2`)? */
function kvV2Mount(view: DatacenterView, ns: string, mount: string): boolean {
  return view.list('vault_mount').some((o) => {
    const a = o.attributes;
    if (normalizeVaultNamespace(str(a, 'namespace')) !== ns || trim(str(a, 'path')) !== trim(mount)) return false;
    const options = (a.options ?? {}) as Attrs;
    return str(a, 'type') === 'kv-v2' || (str(a, 'type') === 'kv' && str(options, 'version') === '2');
  });
}

/**
 * The data source `vault_kv_secret_v2` as the provider reads it (data_source_kv_secret_v2.go:94-186):
 * one GET of `<mount>/data/<name>` in the request namespace. With a caller, the request passes
 * the ACL check first (a denial is the API error, wrapped as `error reading secret "<path>" from
 * Vault: ...`, :123-125). Everything Vault answers with 404 — a namespace or mount that does not
 * exist (the router's "no handler for route" carries no data) or a secret that was never written —
 * reaches the provider as no secret (api/logical.go) and fails as `no secret found at "<path>"`
 * (:126-128). Other data sources are not modelled (undefined).
 */
export function readVaultData(typeName: string, config: Attrs, caller: VaultSession | undefined, view: DatacenterView): DataReadResult | undefined {
  if (typeName !== 'vault_kv_secret_v2') return undefined;
  const mount = str(config, 'mount');
  const name = str(config, 'name');
  const path = kvV2DataPath(mount, name);
  const ns = caller !== undefined ? requestNamespace(caller, config) : normalizeVaultNamespace(str(config, 'namespace'));
  const none: DataReadResult = { error: { summary: `no secret found at ${JSON.stringify(path)}` } };
  if (!namespaces(view).has(ns)) return none;
  if (caller !== undefined) {
    const denied = checkCall(view, caller, ns, { operation: 'read', path, sudo: false, method: 'GET' });
    if (denied !== undefined) return { error: { summary: `error reading secret ${JSON.stringify(path)} from Vault: ${denied}` } };
  }
  if (!kvV2Mount(view, ns, mount)) return none;
  const stored = view.get(KV_SECRET_TYPE, namespacedId(ns, path));
  if (stored === undefined) return none;
  const data = (stored.attributes.data ?? {}) as Readonly<Record<string, string>>;
  const sorted = Object.fromEntries(Object.keys(data).sort().map((k) => [k, data[k]]));
  return {
    attributes: {
      id: path,
      path,
      data: sorted,
      // encoding/json sorts map keys (data_source_kv_secret_v2.go:132).
      data_json: JSON.stringify(sorted),
      version: typeof stored.attributes.version === 'number' ? stored.attributes.version : 1,
      destroyed: false,
      deletion_time: '',
      custom_metadata: {},
    },
  };
}
