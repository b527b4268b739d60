/**
 * A cty type in Terraform's JSON notation, as `terraform providers schema -json` prints it:
 * `"string" | "number" | "bool" | "dynamic"`, `["list", T]`, `["set", T]`, `["map", T]`,
 * `["object", {name: T}, optionalNames?]`, `["tuple", [T, ...]]`.
 */
export type CtyType = 'string' | 'number' | 'bool' | 'dynamic' | readonly ['list' | 'set' | 'map', CtyType] | readonly ['object', {
    readonly [name: string]: CtyType;
}] | readonly ['object', {
    readonly [name: string]: CtyType;
}, readonly string[]] | readonly ['tuple', readonly CtyType[]];
/** How the values of a nested attribute (`nested_type`) are grouped. */
export type AttributeNesting = 'single' | 'list' | 'set' | 'map';
/** How the instances of a nested block are grouped. */
export type BlockNesting = 'single' | 'list' | 'set' | 'map' | 'group';
/** A nested attribute type (protocol 6 `nested_type`): an object, or a collection of objects. */
export interface NestedAttributeFacts {
    readonly nesting: AttributeNesting;
    readonly attributes: {
        readonly [name: string]: AttributeFacts;
    };
}
/** One attribute of a block. Exactly one of `type` or `nested` is set. */
export interface AttributeFacts {
    /** The value type; absent for nested attributes (and for computed-only facts of unknown type). */
    readonly type?: CtyType;
    /** Present for nested attributes (`nested_type`) instead of `type`. */
    readonly nested?: NestedAttributeFacts;
    /** The attribute must be set. */
    readonly required?: true;
    /** Only the provider sets it (computed, neither optional nor required): setting it is an error. */
    readonly computedOnly?: true;
    readonly sensitive?: true;
    readonly deprecated?: true;
}
/** One nested block type of a block. */
export interface NestedBlockFacts {
    readonly nesting: BlockNesting;
    /** Absent means 0. */
    readonly minItems?: number;
    /** Absent means unbounded (or, for Vault facts, unknown: see ProviderFacts.notes). */
    readonly maxItems?: number;
    readonly block: BlockFacts;
}
/** The body of a resource, data source, provider configuration or nested block. */
export interface BlockFacts {
    readonly attributes: {
        readonly [name: string]: AttributeFacts;
    };
    readonly blocks: {
        readonly [name: string]: NestedBlockFacts;
    };
}
/** Everything the conformance check knows about one provider version. */
export interface ProviderFacts {
    /** The provider's local name in required_providers (`proxmox`, `vault`). */
    readonly provider: string;
    /** Registry source address (`bpg/proxmox`, `hashicorp/vault`). */
    readonly source: string;
    /** Exact provider version the facts describe. */
    readonly version: string;
    /** What the facts were derived from (schema file name or npm package). */
    readonly generatedFrom?: string;
    /** Known limits of the facts (e.g. that Vault's maxItems are unknown). */
    readonly notes?: readonly string[];
    readonly providerBlock: BlockFacts;
    /** Keyed by Terraform resource type (`proxmox_sdn_vnet`). */
    readonly resources: {
        readonly [type: string]: BlockFacts;
    };
    /** Keyed by Terraform data source type, without the `data.` prefix (`vault_policy_document`). */
    readonly dataSources: {
        readonly [type: string]: BlockFacts;
    };
}
/** Providers for which facts are committed under lib/providers/facts/. */
export type KnownProvider = 'proxmox' | 'vault';
/** The providers the conformance check uses by default. */
export declare const KNOWN_PROVIDERS: readonly KnownProvider[];
/** Where the facts JSON of a provider lives (next to the compiled module as well, see scripts/copy-assets.js). */
export declare function providerFactsPath(name: KnownProvider): string;
/**
 * Loads the committed facts of a provider (cached per process). Throws a clear error naming the
 * file when it is missing or not a facts document.
 */
export declare function loadProviderFacts(name: KnownProvider): ProviderFacts;
/** Shallow shape check of a facts document (top level only); returns the problems found. */
export declare function factsShapeProblems(v: unknown): string[];
