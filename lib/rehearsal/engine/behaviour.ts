/**
 * Types of the provider behaviour files (`*.behaviour.json`, format `provider-behaviour/1`, described
 * in `/work/shared/schemas/README.md`) and lookup helpers. The facts in these files were read from
 * the providers' sources (bpg/terraform-provider-proxmox v0.111.1, hashicorp/terraform-provider-vault
 * v5.6.0); this module only gives them a shape.
 */

/** One validator call as the provider wrote it (`func` and `args`), plus normalized facts. */
export interface ValidatorFact {
  readonly func: string;
  readonly args?: readonly unknown[];
  readonly one_of?: readonly unknown[];
  readonly none_of?: readonly unknown[];
  readonly ignore_case?: boolean;
  readonly range?: { readonly min?: number; readonly max?: number };
  readonly length?: { readonly min?: number; readonly max?: number };
  readonly size?: { readonly min?: number; readonly max?: number };
  readonly regex?: string;
  readonly not_regex?: string;
}

/** What the provider does with one attribute beyond its schema. */
export interface AttributeBehaviour {
  readonly requires_replace?: true | 'conditional' | 'if_configured';
  readonly requires_replace_by?: string;
  readonly plan_modifiers?: readonly string[];
  readonly default?: unknown;
  readonly default_by?: string;
  readonly validators?: readonly ValidatorFact[];
  readonly conflicts_with?: readonly string[];
  readonly exactly_one_of?: readonly string[];
  readonly at_least_one_of?: readonly string[];
  readonly required_with?: readonly string[];
  readonly diff_suppress?: string;
  readonly state_func?: string;
}

/** Which SDK implements a type: it decides error wording and planning rules. */
export type Origin = 'sdkv2' | 'framework';

export interface TypeBehaviour {
  readonly origin: Origin;
  readonly import?: boolean;
  readonly import_passthrough?: boolean;
  readonly schema_version?: number;
  readonly state_upgraders?: readonly number[];
  readonly move_state_from?: readonly string[];
  readonly customize_diff?: boolean;
  readonly modify_plan?: boolean;
  readonly config_validators?: boolean;
  /** Keyed by dotted path through nested blocks and attributes, without list indexes. */
  readonly attributes?: Readonly<Record<string, AttributeBehaviour>>;
  readonly unresolved?: readonly unknown[];
}

export interface ProviderBehaviourJson {
  readonly format: string;
  readonly provider: string;
  readonly source?: { readonly repository?: string; readonly ref?: string; readonly commit?: string };
  readonly provider_block?: { readonly attributes?: Readonly<Record<string, AttributeBehaviour>> };
  readonly resources?: Readonly<Record<string, TypeBehaviour>>;
  readonly data_sources?: Readonly<Record<string, TypeBehaviour>>;
  readonly ephemeral_resources?: Readonly<Record<string, TypeBehaviour>>;
}

/** An empty behaviour for types the file has no entry for (e.g. the long `*_storage_*` names). */
export function fallbackBehaviour(origin: Origin): TypeBehaviour {
  return { origin, attributes: {} };
}

/** The plan modifier names of an attribute, without the type prefix (`UseStateForUnknown`, ...). */
export function planModifierNames(b: AttributeBehaviour | undefined): readonly string[] {
  return (b?.plan_modifiers ?? []).map((m) => m.slice(m.lastIndexOf('.') + 1));
}
