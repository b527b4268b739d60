/**
 * The Proxmox VE model: `ProviderModel<ProxmoxCaller>` for the bpg/proxmox shadow provider.
 */
import { splitPveTokenId } from '../../../identity/pve-permissions';
import type { ApiChange, AuthResult, DatacenterStore, DatacenterView, ModelError, ProviderModel, ProxmoxCaller } from '../api';
import { T, accessFromView, str } from './access';
import { callsFor, runCalls } from './calls';
import { REHEARSAL_NOW, SEED_TYPES } from './seed';
import { applySdn, markPending, sdnKind } from './sdn';
import { limitRefusals } from './limits';

/**
 * The caller this model's `authenticate` returns: a `ProxmoxCaller` that also says whether the
 * provider has SSH credentials (bpg uploads snippets over SSH; `check` only receives the caller, not
 * the provider configuration, so the fact travels with it).
 */
export interface ProxmoxModelCaller extends ProxmoxCaller {
  /** The provider has SSH credentials (an `ssh` block with username and password/agent/private key, or PROXMOX_VE_SSH_*). */
  readonly ssh?: boolean;
}

function authFailure(reason: string): { error: ModelError } {
  // pve-http-server answers a failed token check with HTTP 401; the reason is what
  // AccessControl.pm verify_token (L487-516) dies with (the exact 401 text is a guess).
  return { error: { summary: `authentication failure: ${reason}`, detail: 'HTTP 401 from /api2/json (API token)' } };
}

function sshConfigured(config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>): boolean {
  // bpg fwprovider/provider.go L431-470: PROXMOX_VE_SSH_* first, then the `ssh` block.
  const block = Array.isArray(config.ssh) ? (config.ssh[0] as Record<string, unknown> | undefined) : undefined;
  const username = (typeof block?.username === 'string' ? block.username : undefined) ?? env.PROXMOX_VE_SSH_USERNAME;
  const secret =
    (typeof block?.password === 'string' && block.password !== '') ||
    (typeof block?.private_key === 'string' && block.private_key !== '') ||
    block?.agent === true ||
    (env.PROXMOX_VE_SSH_PASSWORD ?? '') !== '' ||
    (env.PROXMOX_VE_SSH_PRIVATE_KEY ?? '') !== '' ||
    env.PROXMOX_VE_SSH_AGENT === 'true';
  return username !== undefined && username !== '' && secret;
}

/** The secret of a token: seeded (`_pve_token.secret`) or created by a stack (`proxmox_user_token.value`, `<id>=<secret>`, bpg proxmox/access/user_token.go L40). */
function tokenSecret(view: DatacenterView, tokenId: string): string | undefined {
  const seeded = view.get(SEED_TYPES.token, tokenId);
  if (seeded !== undefined) return str(seeded.attributes, 'secret');
  for (const o of view.list(T.token)) {
    const v = str(o.attributes, 'value');
    if (v !== undefined && v.startsWith(`${tokenId}=`)) return v.slice(tokenId.length + 1);
  }
  return undefined;
}

/** Authenticates the bpg provider configuration: `api_token`, or PROXMOX_VE_API_TOKEN when null (bpg fwprovider/provider.go L343-347 @ v0.111.1). */
export function authenticateProxmox(config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>, view: DatacenterView): AuthResult<ProxmoxModelCaller> {
  const apiToken = typeof config.api_token === 'string' ? config.api_token : env.PROXMOX_VE_API_TOKEN;
  if (apiToken === undefined || apiToken === '') {
    return { error: { summary: 'the rehearsal model authenticates API tokens only: set api_token or PROXMOX_VE_API_TOKEN', detail: 'username/password and ticket logins are not modelled' } };
  }
  // AccessControl.pm verify_token L493-499: `<tokenid>=<value>` (greedy split at the last '=').
  const m = /^(.*)=(.*)$/.exec(apiToken);
  if (m === null) return authFailure('no tokenid specified');
  const tokenId = m[1];
  const parts = splitPveTokenId(tokenId);
  if (parts === undefined) return authFailure(`'${tokenId}' is not a valid token ID - not able to split into user and token parts`);
  const access = accessFromView(view);
  const reason = access.authError(tokenId, REHEARSAL_NOW);
  if (reason !== undefined) return authFailure(reason);
  // L511: the value must match.
  if (tokenSecret(view, tokenId) !== m[2]) return authFailure('invalid token value!');
  return { caller: { kind: 'proxmox', userId: parts.userId, tokenId, ssh: sshConfigured(config, env) } };
}

/** Checks one change as Proxmox VE would (see calls.ts for the table and its sources). */
export function checkProxmox(change: ApiChange, caller: ProxmoxCaller, view: DatacenterView): readonly ModelError[] {
  const ssh = (caller as ProxmoxModelCaller).ssh === true;
  const calls = callsFor(change, caller, ssh);
  if (calls === undefined) return [];
  const access = accessFromView(view);
  const authId = caller.tokenId ?? caller.userId;
  // Every request is authenticated again (a token deleted or a user disabled mid-run stops the run).
  const reason = access.authError(authId, REHEARSAL_NOW);
  if (reason !== undefined) return [authFailure(reason).error];
  const refused = runCalls(calls, access, authId, view, () => accessFromView(withChange(view, change)));
  if (refused.length > 0) return refused;
  // The write itself: the cluster file it rewrites, and the cluster's limits (limits.ts).
  return limitRefusals(change.typeName, change.action, withChange(view, change), change.planned);
}

/** The view as it is once the change is made (for the provider's read-back after a create/update). */
function withChange(view: DatacenterView, change: ApiChange): DatacenterView {
  const key = '\u0000pending-change';
  return {
    list: (typeName) => {
      const base = view.list(typeName);
      if (typeName !== change.typeName || change.planned === null) return base;
      const others = change.prior === null ? base : base.filter((o) => o.attributes !== change.prior);
      return [...others, { typeName, id: key, schemaVersion: 0, attributes: change.planned }];
    },
    get: (typeName, id) => (typeName === change.typeName && id === key && change.planned !== null ? { typeName, id, schemaVersion: 0, attributes: change.planned } : view.get(typeName, id)),
  };
}

/** Side effects beyond the resource's own state: SDN pending bookkeeping, and SDN apply. */
export function proxmoxEffects(change: ApiChange, _caller: ProxmoxCaller, store: DatacenterStore): void {
  const kind = sdnKind(change.typeName);
  if (kind !== undefined) {
    const a = change.planned ?? change.prior ?? {};
    const id = kind === 'subnet' ? `${str(a, 'vnet') ?? ''}/${str(a, 'cidr') ?? ''}` : (str(a, 'id') ?? '');
    markPending(store, kind, id, change.action);
    return;
  }
  if (change.typeName === T.applier) {
    const a = change.planned ?? change.prior ?? {};
    const applies = change.action === 'create' ? a.on_create !== false : change.action === 'delete' ? a.on_destroy !== false : true;
    if (applies) applySdn(store);
  }
}

/** The Proxmox VE model of the rehearsal datacenter. */
export const proxmoxModel: ProviderModel<ProxmoxCaller> = {
  authenticate: authenticateProxmox,
  check: checkProxmox,
  effects: proxmoxEffects,
};
