/** Helpers for the Proxmox model tests: an in-memory datacenter store and a small apply loop. */
import type { ApiChange, ModelError } from '../../../../lib/rehearsal/model/api';
import { MemoryStore } from '../../../helpers/memory-store';
import { ProxmoxModelCaller, authenticateProxmox, identityApiToken, proxmoxModel, seedProxmox, PLATFORM_IDENTITY, TENANT_IDENTITY } from '../../../../lib/rehearsal/model/proxmox';

export { MemoryStore };

/** A seeded store. */
export function seeded(): MemoryStore {
  const s = new MemoryStore();
  seedProxmox(s);
  return s;
}

/** The caller of a seeded identity (authenticated through the model, as the engine would). */
export function callerOf(store: MemoryStore, who: 'platform' | 'tenant' | 'root', ssh = false): ProxmoxModelCaller {
  if (who === 'root') return { kind: 'proxmox', userId: 'root@pam', ssh };
  const id = who === 'platform' ? PLATFORM_IDENTITY : TENANT_IDENTITY;
  const r = authenticateProxmox({ api_token: identityApiToken(id), ...(ssh ? { ssh: [{ username: 'root', agent: true }] } : {}) }, {}, store);
  if (!('caller' in r)) throw new Error(r.error.summary);
  return r.caller;
}

/** Checks a change and, when accepted, stores it and runs the effects (what the engine does). */
export function apply(store: MemoryStore, caller: ProxmoxModelCaller, typeName: string, id: string, planned: Record<string, unknown> | null, action?: ApiChange['action']): readonly ModelError[] {
  const prior = store.get(typeName, id)?.attributes ?? null;
  const act = action ?? (planned === null ? 'delete' : prior === null ? 'create' : 'update');
  const change: ApiChange = { typeName, action: act, prior, planned };
  const errors = proxmoxModel.check(change, caller, store);
  if (errors.length > 0) return errors;
  if (planned === null) store.delete(typeName, id);
  else store.put({ typeName, id, schemaVersion: 0, attributes: planned });
  proxmoxModel.effects?.(change, caller, store);
  return [];
}

/** The summaries (and details) of errors, for readable assertions. */
export function texts(errors: readonly ModelError[]): string[] {
  return errors.map((e) => (e.detail !== undefined ? `${e.summary} [${e.detail}]` : e.summary));
}
