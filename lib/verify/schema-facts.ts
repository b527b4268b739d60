/**
 * The schema facts format: a compact, committed extract of a Terraform provider schema that the
 * offline conformance check (./conformance.ts) compares synthesized cdk.tf.json against.
 *
 * Producers:
 *   - scripts/gen-proxmox.js      from `terraform providers schema -json` (via scripts/facts-util.js)
 *   - scripts/gen-vault-facts.js  from the @cdktf/provider-vault .jsii manifest
 *
 * Both write with sorted keys, so regenerating gives no diff.
 */
import * as fs from 'fs';
import * as path from 'path';

/**
 * A cty type in Terraform's JSON notation, as `terraform providers schema -json` prints it:
 * `"string" | "number" | "bool" | "dynamic"`, `["list", T]`, `["set", T]`, `["map", T]`,
 * `["object", {name: T}, optionalNames?]`, `["tuple", [T, ...]]`.
 */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | readonly ['list' | 'set' | 'map', CtyType]
  | readonly ['object', { readonly [name: string]: CtyType }]
  | readonly ['object', { readonly [name: string]: CtyType }, readonly string[]]
  | readonly ['tuple', readonly CtyType[]];

/** How the values of a nested attribute (`nested_type`) are grouped. */
export type AttributeNesting = 'single' | 'list' | 'set' | 'map';

/** How the instances of a nested block are grouped. */
export type BlockNesting = 'single' | 'list' | 'set' | 'map' | 'group';

/** A nested attribute type (protocol 6 `nested_type`): an object, or a collection of objects. */
export interface NestedAttributeFacts {
  readonly nesting: AttributeNesting;
  readonly attributes: { readonly [name: string]: AttributeFacts };
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
  readonly attributes: { readonly [name: string]: AttributeFacts };
  readonly blocks: { readonly [name: string]: NestedBlockFacts };
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
  readonly resources: { readonly [type: string]: BlockFacts };
  /** Keyed by Terraform data source type, without the `data.` prefix (`vault_policy_document`). */
  readonly dataSources: { readonly [type: string]: BlockFacts };
}

/** Providers for which facts are committed under lib/providers/facts/. */
export type KnownProvider = 'proxmox' | 'vault';

/** The providers the conformance check uses by default. */
export const KNOWN_PROVIDERS: readonly KnownProvider[] = ['proxmox', 'vault'];

const cache = new Map<KnownProvider, ProviderFacts>();

/** Where the facts JSON of a provider lives (next to the compiled module as well, see scripts/copy-assets.js). */
export function providerFactsPath(name: KnownProvider): string {
  return path.join(__dirname, '../providers/facts', `${name}.json`);
}

/**
 * Loads the committed facts of a provider (cached per process). Throws a clear error naming the
 * file when it is missing or not a facts document.
 */
export function loadProviderFacts(name: KnownProvider): ProviderFacts {
  const hit = cache.get(name);
  if (hit) return hit;
  if (!KNOWN_PROVIDERS.includes(name)) {
    throw new Error(`loadProviderFacts: unknown provider "${String(name)}"; allowed: ${KNOWN_PROVIDERS.join(', ')}`);
  }
  const file = providerFactsPath(name);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const hint = name === 'vault' ? 'run "npm run gen:vault-facts"' : 'run "npm run gen:proxmox"';
    throw new Error(`${file}: cannot read the ${name} schema facts (${(e as Error).message}); ${hint}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const problems = factsShapeProblems(parsed);
  if (problems.length > 0) {
    throw new Error(`${file}: not a schema facts document: ${problems.join('; ')}`);
  }
  const facts = parsed as ProviderFacts;
  cache.set(name, facts);
  return facts;
}

/** Shallow shape check of a facts document (top level only); returns the problems found. */
export function factsShapeProblems(v: unknown): string[] {
  const out: string[] = [];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return ['the document is not a JSON object'];
  const o = v as Record<string, unknown>;
  for (const k of ['provider', 'source', 'version']) {
    if (typeof o[k] !== 'string') out.push(`"${k}" must be a string, got ${JSON.stringify(o[k]) ?? 'undefined'}`);
  }
  for (const k of ['providerBlock', 'resources', 'dataSources']) {
    if (!o[k] || typeof o[k] !== 'object' || Array.isArray(o[k])) out.push(`"${k}" must be an object`);
  }
  return out;
}
