/**
 * The contract between the shadow-provider engine and the datacenter model.
 *
 * The engine (lib/rehearsal/engine/) knows terraform's rules: schemas, plans, replacement, state.
 * The model (this folder) knows the servers' rules: what Proxmox VE, Proxmox Backup Server and
 * Vault/OpenBao accept when a provider calls their API — which objects must already exist, which
 * IDs are taken, which privileges the caller needs. One model instance per provider process; all of
 * them read and write the one object store of a rehearsal (one folder shared by every stack), so
 * cross-stack order and collisions show.
 *
 * Attributes are in terraform's JSON state form (the form `StoredObject.attributes` has), with
 * every value known: the model is consulted at apply time, when the provider calls the API.
 */
import type { StoredObject } from '../engine/store';

export type { StoredObject };

/** What the model reads: every applied object of the datacenter, and seeded objects (see seed.ts). */
export interface DatacenterView {
  /** Every object of one (canonical) type. The proxmox types that bpg serves under a long and a short name are listed under the short name. */
  list(typeName: string): readonly StoredObject[];
  get(typeName: string, id: string): StoredObject | undefined;
}

/** A view the model may also write its own bookkeeping to (types starting with `_`, e.g. pending SDN state). */
export interface DatacenterStore extends DatacenterView {
  put(obj: StoredObject): void;
  delete(typeName: string, id: string): void;
}

/** One API-level change a provider is about to make for one resource instance. */
export interface ApiChange {
  /** The canonical resource type (short proxmox name where bpg has one; see DatacenterView.list). */
  readonly typeName: string;
  readonly action: 'create' | 'update' | 'delete';
  /** The state before (null on create). */
  readonly prior: Readonly<Record<string, unknown>> | null;
  /** The state after, with computed values filled (null on delete). */
  readonly planned: Readonly<Record<string, unknown>> | null;
}

/** A refusal, worded like the server's own error (the engine turns it into a provider diagnostic). */
export interface ModelError {
  readonly summary: string;
  readonly detail?: string;
}

/** Who calls Proxmox VE: a user (`name@realm`) or an API token of a user (`name@realm!tokenid`). */
export interface ProxmoxCaller {
  readonly kind: 'proxmox';
  /** `name@realm` of the user, for a token the token's owner. */
  readonly userId: string;
  /** The token ID (`name@realm!tokenid`) when the caller is a token. */
  readonly tokenId?: string;
}

/** Who calls Vault/OpenBao: a token with its policies, living in a namespace ('' = root). */
export interface VaultCaller {
  readonly kind: 'vault';
  /** The token's namespace ('' for the root namespace). */
  readonly namespace: string;
  /** Policy names attached to the token (`root` = the root policy, which allows everything). */
  readonly policies: readonly string[];
  /** For messages: how the token was obtained (e.g. `token from VAULT_TOKEN`, `jwt login role ci-t0001`). */
  readonly displayName: string;
}

export type Caller = ProxmoxCaller | VaultCaller;

/** The result of authenticating a provider configuration. */
export type AuthResult<C extends Caller> = { readonly caller: C } | { readonly error: ModelError };

/**
 * The answer of the server to a data source's read: the attributes the provider sets (the rest of
 * the schema's computed attributes are filled by the engine), or the provider's error.
 */
export type DataReadResult = { readonly attributes: Readonly<Record<string, unknown>> } | { readonly error: ModelError };

/** The server rules of one provider. */
export interface ProviderModel<C extends Caller> {
  /**
   * Authenticates the provider's configuration (ConfigureProvider: the config's attributes in JSON
   * form, null where unset, and the provider process's environment, from which the real providers
   * take credentials the config leaves null). A failure fails ConfigureProvider.
   */
  authenticate(config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>, view: DatacenterView): AuthResult<C>;
  /**
   * Checks one change as the server would when the provider makes its API calls: referenced
   * objects exist, IDs are free, the caller holds the privileges/capabilities. An empty list
   * means the server accepts it.
   */
  check(change: ApiChange, caller: C, view: DatacenterView): readonly ModelError[];
  /**
   * Side effects of an accepted change beyond storing the resource's own state (which the engine
   * does), e.g. an SDN apply that turns pending configuration into running configuration.
   */
  effects?(change: ApiChange, caller: C, store: DatacenterStore): void;
  /**
   * Reads a data source from what the server holds (its config in JSON form, every value known),
   * with the caller's permission check when a caller is given (no caller: the model is off, or the
   * authentication was refused in `record` mode, and only the server's data is consulted).
   * Undefined: the type is not modelled, and the engine answers with synthetic values.
   */
  read?(typeName: string, config: Readonly<Record<string, unknown>>, caller: C | undefined, view: DatacenterView): DataReadResult | undefined;
}
