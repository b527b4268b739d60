/**
 * The shadow-provider engine: a `ShadowProvider` (lib/rehearsal/provider-api.ts) built from a
 * provider's schema (`terraform providers schema -json` form) and its behaviour file. It validates
 * configs, plans, applies, reads, imports, moves and upgrades state the way the provider's SDK
 * would, keeps applied objects in an optional object store, and can be told to fail the apply of
 * chosen resource types. Pure and deterministic: no clock, no randomness.
 *
 * Sources are cited where each rule lives: validate.ts, plan.ts, ids.ts, fill.ts, state.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  ApplyRequest,
  ApplyResult,
  Diagnostic,
  isUnknown,
  MoveRequest,
  PlanRequest,
  PlanResult,
  ProviderSchemaJson,
  SchemaJson,
  ShadowProvider,
  UNKNOWN,
  Value,
} from '../provider-api';
import { fallbackBehaviour, ProviderBehaviourJson, TypeBehaviour } from './behaviour';
import { fillUnknownsIn } from './fill';
import { hasIdRule, IdLookup, importedAttributes, resourceId } from './ids';
import { planChange, TypeModel } from './plan';
import { conformState, moveState, upgradeState } from './state';
import type { ApiChange, Caller, ModelError, ProviderModel } from '../model/api';
import { AliasedObjectStore, FileObjectStore, ObjectStore } from './store';
import { SdkKeyStyle, validateConfig } from './validate';
import { blockType, digest, fromJson, nullObject, toJson } from './values';
import { mapAttributes } from './walk';

/** Options of a shadow provider. */
export interface ShadowProviderOptions {
  /** Keep applied objects as JSON files in this folder (see store.ts). Without it the provider is stateless. */
  readonly storeDir?: string;
  /** A store to use instead of `storeDir` (e.g. a shared datacenter model). */
  readonly store?: ObjectStore;
  /** Resource types whose apply fails with an API-style error diagnostic; the store is left unchanged. */
  readonly failApplyOf?: readonly string[];
  /**
   * The server rules (lib/rehearsal/model/): consulted when the provider is configured (who calls)
   * and before every apply (does the server accept it). Needs a store.
   */
  readonly model?: ProviderModel<Caller>;
  /**
   * `enforce`: a change the model refuses fails its apply, as the server's error would.
   * `record`: it is applied anyway and the refusal is kept in the store (type `_refusal`), so a
   * rehearsal can list every refusal of a run at once. @default 'enforce'
   */
  readonly modelMode?: 'enforce' | 'record';
  /**
   * Without `model` (the model is off): the server rules whose `read` answers data sources from
   * what the store holds, with no permission check (e.g. KV secrets the rehearsal seeded). Needs a store.
   */
  readonly reads?: ProviderModel<Caller>;
  /** The environment credentials are taken from when the config leaves them null. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A name for the caller in recorded refusals (the rehearsal passes the stack name). */
  readonly stackName?: string;
  /**
   * Which server the provider's configuration talks to, when a rehearsal models several (one
   * Proxmox VE datacenter per cluster endpoint): called when terraform configures the provider,
   * it returns the store of that server's model, which replaces the provider's store for every
   * later call, or an error (no server at that address) that fails the configuration. Without it,
   * the provider always uses its one store.
   */
  readonly route?: (config: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>) => StoreRoute;
}

/** The answer of {@link ShadowProviderOptions.route}. */
export type StoreRoute = { readonly store: ObjectStore } | { readonly error: ModelError };

/** Everything `createShadowProvider` needs. */
export interface ShadowProviderSpec {
  /** e.g. `registry.terraform.io/bpg/proxmox`. */
  readonly providerAddress: string;
  readonly schema: ProviderSchemaJson;
  readonly behaviour: ProviderBehaviourJson;
  readonly options?: ShadowProviderOptions;
}

/** The providers whose schemas ship in lib/rehearsal/schemas. */
export const SHIPPED_PROVIDERS = {
  proxmox: { address: 'registry.terraform.io/bpg/proxmox', schema: 'bpg-proxmox-0.111.1.json', behaviour: 'bpg-proxmox-0.111.1.behaviour.json' },
  vault: { address: 'registry.terraform.io/hashicorp/vault', schema: 'vault-5.6.0.json', behaviour: 'vault-5.6.0.behaviour.json' },
} as const;

/**
 * How each provider's SDKv2 validators get their key (validate.ts): bpg/proxmox v0.111.1 wraps them
 * in `validation.ToDiagFunc` (105 `ValidateDiagFunc` against 25 `ValidateFunc` under proxmoxtf/),
 * vault v5.6.0 uses plain `ValidateFunc` (10 `ValidateDiagFunc` in all of vault/).
 */
const SDK_KEY_STYLE: Readonly<Record<string, SdkKeyStyle>> = {
  'registry.terraform.io/bpg/proxmox': 'last-name',
  'registry.terraform.io/hashicorp/vault': 'flatmap',
};

/** The folder of the shipped schemas (next to this module in lib/ and in dist/lib/). */
export function shippedSchemaDir(): string {
  return path.join(__dirname, '..', 'schemas');
}

/** Loads a shipped provider schema and behaviour file and builds its shadow provider. */
export function loadShadowProvider(name: keyof typeof SHIPPED_PROVIDERS, options: ShadowProviderOptions = {}): ShadowProvider {
  const p = SHIPPED_PROVIDERS[name];
  const dir = shippedSchemaDir();
  const full = JSON.parse(fs.readFileSync(path.join(dir, p.schema), 'utf8')) as { provider_schemas: Record<string, ProviderSchemaJson> };
  const schema = full.provider_schemas[p.address];
  if (!schema) throw new Error(`${p.schema} has no provider_schemas entry for ${p.address}`);
  const behaviour = JSON.parse(fs.readFileSync(path.join(dir, p.behaviour), 'utf8')) as ProviderBehaviourJson;
  return createShadowProvider({ providerAddress: p.address, schema, behaviour, options });
}

/** Builds a shadow provider from a schema and a behaviour file. */
export function createShadowProvider(spec: ShadowProviderSpec): ShadowProvider {
  return new EngineProvider(spec);
}

type Kind = 'resource' | 'data source' | 'ephemeral resource';

interface Model extends TypeModel {
  readonly schema: SchemaJson;
  readonly type: TypeBehaviour;
}

const EMPTY = Buffer.alloc(0);

/**
 * The key of an object in the store: its `id`, or — for the few types without an `id` attribute
 * (proxmox_acme_account, vault_spiffe_auth_backend_config, ...) — a digest of the whole state.
 * Vault objects live in a namespace: the same mount path, policy or role name in two namespaces are
 * two objects (Vault Enterprise / OpenBao namespaces each have their own mounts, policies and auth
 * methods; hashicorp/terraform-provider-vault internal/provider/meta.go `GetClient`, commit f1e4e6d,
 * sends each resource's requests in its `namespace` attribute, and the IDs do not carry it), so the
 * key carries the namespace.
 */
function storeKey(typeName: string, state: Value, namespaced: boolean): string {
  const o = obj(state);
  const id = o.id;
  const key = typeof id === 'string' ? id : `state-${digest(typeName, toJson(state)).slice(0, 16)}`;
  const ns = namespaced && typeof o.namespace === 'string' && o.namespace !== '' ? o.namespace : undefined;
  if (ns !== undefined) return `ns=${ns}/${key}`;
  // A guest's own firewall objects (IP sets, options, rules, aliases) live in that guest's firewall
  // (/nodes/<node>/qemu/<vmid>/firewall/...: bpg proxmoxtf/resource/firewall/ipset.go L101-176, whose
  // import IDs are "vm/<node>/<vmid>/<name>"), while the resource ID is only the name (ipset.go L228):
  // every guest's `ipfilter-net0` has the same ID. The store keeps them apart by guest (found by the
  // rehearsal of musterstadt with guests: the second guest's IP set read back the first one's).
  if (/^proxmox_(virtual_environment_)?firewall_(ipset|options|rules|alias)$/.test(typeName)) {
    if (typeof o.vm_id === 'number') return `vm/${o.vm_id}/${key}`;
    if (typeof o.container_id === 'number') return `container/${o.container_id}/${key}`;
  }
  return key;
}

/** The type under which `record` mode keeps the model's refusals. */
export const REFUSAL_TYPE = '_refusal';

/** One refusal kept in `record` mode. */
export interface RecordedRefusal {
  readonly stack: string;
  readonly typeName: string;
  readonly action: ApiChange['action'] | 'configure' | 'login' | 'read';
  /** The object's ID (after the change, or before it for a delete). */
  readonly objectId: string | null;
  readonly summary: string;
  readonly detail?: string;
}

/**
 * Keeps a refusal of `record` mode in the store (the engine's apply and configure, the workspace's
 * Vault login). The same refusal recorded twice is kept once: its ID is a digest of it, unless
 * `id` names the slot it replaces.
 */
export function storeRefusal(store: ObjectStore, what: Omit<RecordedRefusal, 'summary' | 'detail'>, e: ModelError, id?: string): void {
  const r: RecordedRefusal = { ...what, summary: e.summary, ...(e.detail !== undefined ? { detail: e.detail } : {}) };
  store.put({ typeName: REFUSAL_TYPE, id: id ?? digest(REFUSAL_TYPE, toJson(r as unknown as Value)).slice(0, 24), schemaVersion: 0, attributes: r as unknown as Record<string, unknown> });
}

function recordRefusal(store: ObjectStore, stack: string, change: ApiChange, e: ModelError): void {
  const attrs = change.planned ?? change.prior ?? {};
  storeRefusal(store, { stack, typeName: change.typeName, action: change.action, objectId: typeof attrs.id === 'string' ? attrs.id : null }, e);
}

function obj(v: Value): Readonly<Record<string, Value>> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v) ? (v as Readonly<Record<string, Value>>) : {};
}

class EngineProvider implements ShadowProvider {
  readonly schema: ProviderSchemaJson;
  private readonly address: string;
  private readonly behaviour: ProviderBehaviourJson;
  private store: AliasedObjectStore | undefined;
  private readonly aliases: ReadonlyMap<string, string>;
  private readonly route: ShadowProviderOptions['route'];
  private readonly rules: ProviderModel<Caller> | undefined;
  private readonly reads: ProviderModel<Caller> | undefined;
  private readonly modelMode: 'enforce' | 'record';
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly stackName: string;
  private caller: Caller | undefined;
  private readonly failApplyOf: ReadonlySet<string>;
  /** Vault: objects are scoped to their namespace (see storeKey). */
  private readonly namespaced: boolean;
  private readonly sdkKeyStyle: SdkKeyStyle;
  private readonly models = new Map<string, Model>();

  constructor(spec: ShadowProviderSpec) {
    this.schema = spec.schema;
    this.address = spec.providerAddress;
    this.namespaced = spec.providerAddress === SHIPPED_PROVIDERS.vault.address;
    this.behaviour = spec.behaviour;
    const o = spec.options ?? {};
    const store = o.store ?? (o.storeDir !== undefined ? new FileObjectStore(o.storeDir) : undefined);
    const aliases = new Map<string, string>();
    for (const [type, b] of Object.entries(spec.behaviour.resources ?? {})) for (const from of b.move_state_from ?? []) aliases.set(from, type);
    this.aliases = aliases;
    this.store = store === undefined ? undefined : new AliasedObjectStore(store, aliases);
    this.route = o.route;
    this.failApplyOf = new Set(o.failApplyOf ?? []);
    if (o.model && !this.store) throw new Error('a datacenter model needs an object store (storeDir or store)');
    this.rules = o.model;
    this.reads = o.model ?? o.reads;
    this.modelMode = o.modelMode ?? 'enforce';
    this.env = o.env ?? process.env;
    this.stackName = o.stackName ?? '';
    this.sdkKeyStyle = SDK_KEY_STYLE[spec.providerAddress] ?? 'flatmap';
  }

  private model(kind: Kind, typeName: string): Model | undefined {
    const key = `${kind}:${typeName}`;
    const hit = this.models.get(key);
    if (hit) return hit;
    const schemas = kind === 'resource' ? this.schema.resource_schemas : kind === 'data source' ? this.schema.data_source_schemas : this.schema.ephemeral_resource_schemas;
    const behaviours = kind === 'resource' ? this.behaviour.resources : kind === 'data source' ? this.behaviour.data_sources : this.behaviour.ephemeral_resources;
    const schema = schemas?.[typeName];
    if (!schema) return undefined;
    // Types the behaviour file has no entry for (the long proxmox `*_storage_*` names) are
    // framework types in bpg/proxmox v0.111.1 (fwprovider/storage/); elsewhere SDKv2 is assumed.
    const type = behaviours?.[typeName] ?? fallbackBehaviour(this.address.endsWith('/bpg/proxmox') ? 'framework' : 'sdkv2');
    const m: Model = { typeName, origin: type.origin, block: schema.block, behaviours: type.attributes ?? {}, schema, type };
    this.models.set(key, m);
    return m;
  }

  private unknownType(kind: Kind, typeName: string): Diagnostic {
    return { severity: 'error', summary: `Unknown ${kind} type`, detail: `The ${this.address} shadow provider has no ${kind} type ${JSON.stringify(typeName)}.` };
  }

  private lookup(): IdLookup {
    const store = this.store;
    return { get: (t, id) => store?.get(t, id)?.attributes };
  }

  async validateProviderConfig(): Promise<readonly Diagnostic[]> {
    return [];
  }

  async configureProvider(config: Value): Promise<readonly Diagnostic[]> {
    if (this.route) {
      const routed = this.route(toJson(config) as Record<string, unknown>, this.env);
      if ('error' in routed) {
        // No server at that address: the provider cannot work in any mode. In `record` mode the
        // refusal is also kept (in the provider's default store), so the run lists it.
        if (this.store && this.modelMode === 'record' && this.rules) {
          storeRefusal(this.store, { stack: this.stackName, typeName: `provider ${this.address.split('/').pop()}`, action: 'configure', objectId: null }, routed.error);
        }
        return [{ severity: 'error', summary: routed.error.summary, ...(routed.error.detail !== undefined ? { detail: routed.error.detail } : {}) }];
      }
      this.store = new AliasedObjectStore(routed.store, this.aliases);
    }
    if (!this.rules || !this.store) return [];
    const r = this.rules.authenticate(toJson(config) as Record<string, unknown>, this.env, this.store);
    if ('error' in r && this.modelMode === 'record') {
      // Recorded; with no caller the later checks of this provider process are skipped.
      storeRefusal(this.store, { stack: this.stackName, typeName: `provider ${this.address.split('/').pop()}`, action: 'configure', objectId: null }, r.error);
      return [];
    }
    if ('error' in r) return [{ severity: 'error', summary: r.error.summary, ...(r.error.detail !== undefined ? { detail: r.error.detail } : {}) }];
    this.caller = r.caller;
    return [];
  }

  /**
   * Asks the model whether the server accepts a change. In `record` mode a refusal is stored and
   * the change goes ahead; in `enforce` mode the refusals come back as the apply's diagnostics.
   */
  private modelRefusals(change: ApiChange, origin: string): readonly Diagnostic[] {
    if (!this.rules || !this.store) return [];
    if (!this.caller) {
      if (this.modelMode === 'record') return []; // the failed authentication is recorded
      return [{ severity: 'error', summary: 'Provider not configured', detail: 'The datacenter model has no caller: ConfigureProvider did not run or failed.' }];
    }
    const errors = this.rules.check(change, this.caller, this.store);
    if (errors.length === 0) return [];
    if (this.modelMode === 'record') {
      for (const e of errors) recordRefusal(this.store, this.stackName, change, e);
      return [];
    }
    const action = change.action === 'create' ? 'creating' : change.action === 'delete' ? 'deleting' : 'updating';
    return errors.map((e) =>
      origin === 'framework'
        ? { severity: 'error' as const, summary: `Error ${action} ${change.typeName}`, detail: e.detail !== undefined ? `${e.summary}\n${e.detail}` : e.summary }
        : { severity: 'error' as const, summary: `error ${action} ${change.typeName}: ${e.summary}`, ...(e.detail !== undefined ? { detail: e.detail } : {}) },
    );
  }

  private validate(kind: Kind, typeName: string, config: Value): readonly Diagnostic[] {
    const m = this.model(kind, typeName);
    if (!m) return [this.unknownType(kind, typeName)];
    return validateConfig({ origin: m.origin, sdkKeyStyle: this.sdkKeyStyle }, m.block, m.behaviours, config);
  }

  async validateResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    return this.validate('resource', typeName, config);
  }

  async validateDataResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    return this.validate('data source', typeName, config);
  }

  async validateEphemeralResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]> {
    return this.validate('ephemeral resource', typeName, config);
  }

  async upgradeResourceState(typeName: string, version: number, rawState: unknown) {
    const m = this.model('resource', typeName);
    if (!m) return { state: null, diagnostics: [this.unknownType('resource', typeName)] };
    return upgradeState(m, version, rawState);
  }

  async readResource(typeName: string, currentState: Value, priv: Buffer) {
    const m = this.model('resource', typeName);
    if (!m) return { state: null, private: priv, diagnostics: [this.unknownType('resource', typeName)] };
    if (!this.store || currentState === null) return { state: currentState, private: priv, diagnostics: [] };
    const stored = this.store.get(typeName, storeKey(typeName, currentState, this.namespaced));
    if (!stored) return { state: null, private: priv, diagnostics: [] };
    return { state: fromJson(blockType(m.block), stored.attributes), private: priv, diagnostics: [] };
  }

  async planResourceChange(typeName: string, req: PlanRequest): Promise<PlanResult> {
    const m = this.model('resource', typeName);
    if (!m) return { planned: null, requiresReplace: [], private: EMPTY, legacyTypeSystem: false, diagnostics: [this.unknownType('resource', typeName)] };
    const r = planChange(m, req);
    return { planned: r.planned, requiresReplace: r.requiresReplace, private: req.priorPrivate ?? EMPTY, legacyTypeSystem: m.origin === 'sdkv2', diagnostics: r.diagnostics };
  }

  async applyResourceChange(typeName: string, req: ApplyRequest): Promise<ApplyResult> {
    const m = this.model('resource', typeName);
    if (!m) return { newState: req.prior, private: req.plannedPrivate, legacyTypeSystem: false, diagnostics: [this.unknownType('resource', typeName)] };
    const legacyTypeSystem = m.origin === 'sdkv2';
    const priorKey = req.prior === null ? undefined : storeKey(typeName, req.prior, this.namespaced);
    if (this.failApplyOf.has(typeName)) {
      const action = req.prior === null ? 'creating' : req.planned === null ? 'deleting' : 'updating';
      return {
        newState: req.prior,
        private: req.plannedPrivate,
        legacyTypeSystem,
        diagnostics: [
          {
            severity: 'error',
            summary: m.origin === 'framework' ? `Error ${action} ${typeName}` : `error ${action} ${typeName}: received an HTTP 500 response - Reason: rehearsal failure injected (failApplyOf)`,
            detail: m.origin === 'framework' ? 'received an HTTP 500 response - Reason: rehearsal failure injected (failApplyOf)' : undefined,
          },
        ],
      };
    }
    const canonical = this.store?.canonicalType(typeName) ?? typeName;
    const priorJson = req.prior === null ? null : (toJson(req.prior) as Record<string, unknown>);
    if (req.planned === null) {
      const change: ApiChange = { typeName: canonical, action: 'delete', prior: priorJson, planned: null };
      const refused = this.modelRefusals(change, m.origin);
      if (refused.length > 0) return { newState: req.prior, private: req.plannedPrivate, legacyTypeSystem, diagnostics: refused };
      if (this.store && priorKey !== undefined) this.store.delete(typeName, priorKey);
      // Without a caller (record mode after a refused authentication) side effects are not modelled.
      if (this.caller) this.rules?.effects?.(change, this.caller, this.store as AliasedObjectStore);
      return { newState: null, private: EMPTY, legacyTypeSystem, diagnostics: [] };
    }
    const planned = obj(req.planned);
    let id = planned.id;
    // SDKv2 providers set the ID in Create and Update alike (e.g. a renamed security group or a
    // remounted vault_mount gets its new name: proxmoxtf/resource/cluster/firewall/security_group.go:156,
    // vault/resource_mount.go:320-325); terraform accepts the change for the legacy type system.
    // Framework types must keep every planned known value, so only an unknown ID is computed there.
    const recompute = m.origin === 'sdkv2' && hasIdRule(typeName);
    if ('id' in planned && (recompute || id === null || isUnknown(id ?? null))) {
      const requiredStrings = Object.entries(m.block.attributes ?? {}).filter(([, a]) => a.required && a.type === 'string').map(([n]) => n);
      id = resourceId(typeName, planned, this.lookup(), requiredStrings);
    }
    const withId: Record<string, Value> = 'id' in planned ? { ...planned, id: id ?? null } : { ...planned };
    const seed = typeof id === 'string' ? id : digest(typeName, withId).slice(0, 16);
    const newState = fillUnknownsIn(blockType(m.block), withId, { typeName, id: seed, schemaPath: '', object: withId });
    const state = mapAttributes(m.block, m.behaviours, newState, undefined, undefined, (s) => (s.attr.write_only ? null : s.value));
    const key = storeKey(typeName, state, this.namespaced);
    const change: ApiChange = { typeName: canonical, action: req.prior === null ? 'create' : 'update', prior: priorJson, planned: toJson(state) as Record<string, unknown> };
    const refused = this.modelRefusals(change, m.origin);
    if (refused.length > 0) return { newState: req.prior, private: req.plannedPrivate, legacyTypeSystem, diagnostics: refused };
    if (this.store) {
      if (priorKey !== undefined && priorKey !== key) this.store.delete(typeName, priorKey);
      this.store.put({ typeName, id: key, schemaVersion: m.schema.version ?? 0, attributes: toJson(state) as Record<string, unknown> });
      if (this.caller) this.rules?.effects?.(change, this.caller, this.store);
    }
    return { newState: state, private: req.plannedPrivate, legacyTypeSystem, diagnostics: [] };
  }

  async importResourceState(typeName: string, id: string) {
    const m = this.model('resource', typeName);
    if (!m) return { imported: [], diagnostics: [this.unknownType('resource', typeName)] };
    if (m.type.import === false) {
      // terraform-plugin-framework v1.19.0 internal/fwserver/server_importresourcestate.go:129-132;
      // terraform-plugin-sdk v2.40.1 helper/schema/provider.go:493-495.
      const d: Diagnostic =
        m.origin === 'framework'
          ? { severity: 'error', summary: 'Resource Import Not Implemented', detail: 'This resource does not support import. Please contact the provider developer for additional information.' }
          : { severity: 'error', summary: `resource ${typeName} doesn't support import` };
      return { imported: [], diagnostics: [d] };
    }
    const parsed = importedAttributes(typeName, id);
    if ('error' in parsed) return { imported: [], diagnostics: [{ severity: 'error' as const, ...parsed.error }] };
    const ty = blockType(m.block);
    const storedId = typeof parsed.attrs.id === 'string' ? parsed.attrs.id : id;
    const stored = this.store?.get(typeName, storedId);
    let state: Value;
    if (stored) state = fromJson(ty, stored.attributes);
    else {
      // Everything but the parsed attributes is null (SDKv2: list and set blocks empty, as the SDK
      // normalizes state); terraform's read after the import fills the rest.
      const base: Record<string, Value> = m.origin === 'sdkv2' ? nullObject(m.block) : {};
      state = fromJson(ty, toJson({ ...base, ...parsed.attrs }));
    }
    return { imported: [{ typeName, state, private: EMPTY }], diagnostics: [] };
  }

  async moveResourceState(req: MoveRequest) {
    const m = this.model('resource', req.targetTypeName);
    if (!m) return { targetState: null, targetPrivate: EMPTY, diagnostics: [this.unknownType('resource', req.targetTypeName)] };
    return moveState(m, req);
  }

  private readComputed(kind: Kind, typeName: string, config: Value): { state: Value; diagnostics: readonly Diagnostic[] } {
    const m = this.model(kind, typeName);
    if (!m) return { state: null, diagnostics: [this.unknownType(kind, typeName)] };
    const key = digest(typeName, config).slice(0, 16);
    // Computed attributes the config leaves null are marked unknown, then filled like unknowns at apply.
    const marked = mapAttributes(m.block, m.behaviours, config, config, undefined, (s) => {
      if (!s.attr.computed || s.value !== null || s.attr.write_only) return s.value;
      return s.schemaPath === 'id' ? key : UNKNOWN;
    });
    const filled = fillUnknownsIn(blockType(m.block), marked, { typeName, id: key, schemaPath: '', object: obj(config) });
    return { state: conformState(m, filled), diagnostics: [] };
  }

  /**
   * A data source: answered by the model's `read` where it models the type (the server's data, and
   * with the model on, the caller's permission), else with synthetic values. In `record` mode a
   * refused read is recorded and answered as if it had been allowed.
   */
  async readDataSource(typeName: string, config: Value) {
    return this.readThroughModel('data source', typeName, config);
  }

  /**
   * An ephemeral resource (terraform >= 1.10: opened at plan and apply, its result never stored):
   * answered like the data source of the same type (vault 5.6.0's ephemeral `vault_kv_secret_v2`
   * makes the same KV read as the data source: the provider issues one GET of the secret for both),
   * so a missing secret or a missing `read` grant fails the open as it fails the read.
   */
  async openEphemeralResource(typeName: string, config: Value) {
    const r = await this.readThroughModel('ephemeral resource', typeName, config);
    return { result: r.state, diagnostics: r.diagnostics };
  }

  private async readThroughModel(kind: 'data source' | 'ephemeral resource', typeName: string, config: Value): Promise<{ state: Value; diagnostics: readonly Diagnostic[] }> {
    const m = this.model(kind, typeName);
    if (!m || !this.reads?.read || !this.store) return this.readComputed(kind, typeName, config);
    const json = toJson(config) as Record<string, unknown>;
    if (this.rules && !this.caller && this.modelMode === 'enforce') {
      return { state: null, diagnostics: [{ severity: 'error' as const, summary: 'Provider not configured', detail: 'The datacenter model has no caller: ConfigureProvider did not run or failed.' }] };
    }
    let r = this.reads.read(typeName, json, this.rules ? this.caller : undefined, this.store);
    if (r === undefined) return this.readComputed(kind, typeName, config);
    if ('error' in r && this.rules && this.caller && this.modelMode === 'record') {
      const unchecked = this.reads.read(typeName, json, undefined, this.store);
      if (unchecked !== undefined && !('error' in unchecked)) {
        storeRefusal(this.store, { stack: this.stackName, typeName, action: 'read', objectId: null }, r.error);
        r = unchecked;
      }
    }
    // SDKv2 diag.Errorf: the message is the summary (terraform-plugin-sdk v2 diag/helpers.go Errorf).
    if ('error' in r) return { state: null, diagnostics: [{ severity: 'error' as const, summary: r.error.summary, ...(r.error.detail !== undefined ? { detail: r.error.detail } : {}) }] };
    // Only computed attributes take the server's answer: terraform refuses a value the provider sets
    // on a non-computed attribute the configuration left null ("planned value … for a non-computed
    // attribute": the ephemeral resource's `version` is optional, not computed). The ephemeral
    // resource's schema also lacks some of the data source's attributes (`id`, `path`).
    const attrs = (m.block.attributes ?? {}) as Record<string, { readonly computed?: boolean }>;
    const known = new Set(Object.keys(attrs).filter((k) => attrs[k]!.computed === true));
    const answered = Object.fromEntries(Object.entries(r.attributes).filter(([k]) => known.has(k)));
    const merged = fromJson(blockType(m.block), { ...json, ...answered });
    return this.readComputed(kind, typeName, merged);
  }

  async stop(): Promise<void> {
    // Nothing runs in the background; the file store writes synchronously.
  }
}

