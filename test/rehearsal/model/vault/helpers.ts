/** Test helpers: an in-memory datacenter store and applying changes through the Vault model. */
import type { ApiChange, DatacenterStore, ModelError } from '../../../../lib/rehearsal/model/api';
import { MemoryStore } from '../../../helpers/memory-store';
import { vaultModel, type VaultSession } from '../../../../lib/rehearsal/model/vault';

export { MemoryStore };

/** Authenticates with a token (as the blueprint's provider block: skip_child_token false, no namespace). */
export function session(store: DatacenterStore, token: string, config: Record<string, unknown> = {}, env: Record<string, string> = {}): VaultSession {
  const r = vaultModel.authenticate({ token: null, namespace: null, skip_child_token: false, ...config }, { VAULT_TOKEN: token, ...env }, store);
  if ('error' in r) throw new Error(`${r.error.summary}: ${r.error.detail ?? ''}`);
  return r.caller;
}

/** Checks a create and, when accepted, stores it as the engine would (ID: the namespaced key). */
export function create(store: DatacenterStore, caller: VaultSession, typeName: string, attrs: Record<string, unknown>, id?: string): readonly ModelError[] {
  const change: ApiChange = { typeName, action: 'create', prior: null, planned: attrs };
  const errors = vaultModel.check(change, caller, store);
  if (errors.length === 0) {
    const key = id ?? String(attrs.name ?? attrs.path ?? attrs.role_name ?? typeName);
    const ns = typeof attrs.namespace === 'string' && attrs.namespace !== '' ? `ns=${attrs.namespace}/` : '';
    store.put({ typeName, id: `${ns}${key}`, schemaVersion: 0, attributes: attrs });
    vaultModel.effects?.(change, caller, store);
  }
  return errors;
}
