/**
 * The contract between the two halves of a shadow provider:
 *
 * - `lib/rehearsal/plugin/` speaks the Terraform plugin protocol (tfplugin6 over gRPC, go-plugin
 *   handshake, AutoMTLS, msgpack `DynamicValue`s) and knows nothing about Proxmox or Vault;
 * - `lib/rehearsal/engine/` implements `ShadowProvider` from a provider schema and its behaviour
 *   file (defaults, validators, replacement triggers, state movers, IDs) and knows nothing about
 *   gRPC.
 *
 * Values are plain JavaScript, decoded from cty's msgpack encoding:
 * `null`, `UNKNOWN` (not yet known; refined unknowns decode to it too), string, number, boolean,
 * arrays (list, set, tuple), plain objects (object, map), and `DynamicValue` for attributes whose
 * schema type is `"dynamic"`. Objects always carry every attribute of their schema type (cty
 * rejects partial objects); absent ones are `null`.
 */

/** The "known after apply" value. One instance; compare with `isUnknown`. */
export const UNKNOWN: { readonly unknown: true } = Object.freeze({ unknown: true as const });

/** A value whose schema type is `"dynamic"`: it travels with its own type (cty JSON type). */
export class DynamicValue {
  constructor(
    /** The concrete cty type, in the JSON form of the schema files (e.g. `"string"`, `["list","string"]`). */
    readonly type: unknown,
    readonly value: Value,
  ) {}
}

export type Value = null | typeof UNKNOWN | string | number | boolean | DynamicValue | readonly Value[] | { readonly [name: string]: Value };

export function isUnknown(v: unknown): v is typeof UNKNOWN {
  return v === UNKNOWN;
}

/** One step of an attribute path: an attribute name, a list/set/tuple index, or a map key. */
export type PathStep = string | number | { readonly key: string };

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  /** The attribute the diagnostic is about, when there is one. */
  readonly path?: readonly PathStep[];
}

/** One provider's entry of `terraform providers schema -json` (`provider_schemas["<address>"]`). */
export interface ProviderSchemaJson {
  readonly provider: SchemaJson;
  readonly resource_schemas?: Readonly<Record<string, SchemaJson>>;
  readonly data_source_schemas?: Readonly<Record<string, SchemaJson>>;
  readonly ephemeral_resource_schemas?: Readonly<Record<string, SchemaJson>>;
}

export interface SchemaJson {
  readonly version?: number;
  readonly block: BlockJson;
}

export interface BlockJson {
  readonly attributes?: Readonly<Record<string, AttributeJson>>;
  readonly block_types?: Readonly<Record<string, NestedBlockJson>>;
  readonly description?: string;
  readonly deprecated?: boolean;
}

export interface AttributeJson {
  /** cty type in JSON form; absent when `nested_type` is given. */
  readonly type?: unknown;
  readonly nested_type?: { readonly attributes: Readonly<Record<string, AttributeJson>>; readonly nesting_mode: 'single' | 'list' | 'set' | 'map' };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
  readonly description?: string;
}

export interface NestedBlockJson {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: BlockJson;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface PlanRequest {
  /** `null` when the resource is being created. */
  readonly prior: Value;
  /** Terraform's proposed new state (config merged with prior computed values); `null` on destroy. */
  readonly proposed: Value;
  readonly config: Value;
  readonly priorPrivate: Buffer;
}

export interface PlanResult {
  readonly planned: Value;
  /** Attribute paths whose change forces a replacement (empty: update in place). */
  readonly requiresReplace: readonly (readonly PathStep[])[];
  readonly private: Buffer;
  /** True for SDKv2 resources: terraform tolerates planned values that differ from the config. */
  readonly legacyTypeSystem: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ApplyRequest {
  readonly prior: Value;
  /** `null` on destroy. */
  readonly planned: Value;
  readonly config: Value;
  readonly plannedPrivate: Buffer;
}

export interface ApplyResult {
  /** `null` after a destroy. No `UNKNOWN` anywhere. */
  readonly newState: Value;
  readonly private: Buffer;
  readonly legacyTypeSystem: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export interface MoveRequest {
  readonly sourceProviderAddress: string;
  readonly sourceTypeName: string;
  readonly sourceSchemaVersion: number;
  /** The source state, parsed from its JSON form. */
  readonly sourceState: unknown;
  readonly sourcePrivate: Buffer;
  readonly targetTypeName: string;
}

/**
 * A shadow provider as the plugin server sees it. Every method is async so that an implementation
 * can consult a datacenter model shared by several provider processes.
 */
export interface ShadowProvider {
  /** Served by GetProviderSchema. */
  readonly schema: ProviderSchemaJson;
  validateProviderConfig(config: Value): Promise<readonly Diagnostic[]>;
  configureProvider(config: Value, terraformVersion: string): Promise<readonly Diagnostic[]>;
  validateResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]>;
  validateDataResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]>;
  validateEphemeralResourceConfig(typeName: string, config: Value): Promise<readonly Diagnostic[]>;
  /** `rawState` is the stored JSON state, parsed; `version` the schema version it was written with. */
  upgradeResourceState(typeName: string, version: number, rawState: unknown): Promise<{ readonly state: Value; readonly diagnostics: readonly Diagnostic[] }>;
  /** `state: null` means the object is gone (terraform then plans to create it again). */
  readResource(typeName: string, currentState: Value, priv: Buffer): Promise<{ readonly state: Value; readonly private: Buffer; readonly diagnostics: readonly Diagnostic[] }>;
  planResourceChange(typeName: string, req: PlanRequest): Promise<PlanResult>;
  applyResourceChange(typeName: string, req: ApplyRequest): Promise<ApplyResult>;
  importResourceState(typeName: string, id: string): Promise<{ readonly imported: readonly { readonly typeName: string; readonly state: Value; readonly private: Buffer }[]; readonly diagnostics: readonly Diagnostic[] }>;
  moveResourceState(req: MoveRequest): Promise<{ readonly targetState: Value; readonly targetPrivate: Buffer; readonly diagnostics: readonly Diagnostic[] }>;
  readDataSource(typeName: string, config: Value): Promise<{ readonly state: Value; readonly diagnostics: readonly Diagnostic[] }>;
  openEphemeralResource(typeName: string, config: Value): Promise<{ readonly result: Value; readonly diagnostics: readonly Diagnostic[] }>;
  /** Called on StopProvider and before the process exits. */
  stop(): Promise<void>;
}
