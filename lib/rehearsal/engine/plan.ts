/**
 * Planning of resource changes (PlanResourceChange) the way the provider SDKs plan them, so that
 * real terraform accepts the plan and shows the replacements the real provider would show.
 *
 * Terraform core's checks on a provider's plan: hashicorp/terraform v1.11.4
 * `internal/plans/objchange/plan_valid.go:38` (`AssertPlanValid`; it lives next to `objchange.go`)
 * and `:289` (`assertPlannedValueValid`): a non-computed attribute must be planned as configured,
 * a computed one that is configured must be planned as configured (or kept at its prior value),
 * a computed one that is not configured may take any value, a write-only one must be null. For
 * SDKv2 types (`legacyTypeSystem`) core only logs violations
 * (`internal/terraform/node_resource_abstract_instance.go:1009-1010`). When a plan requires
 * replacement, core plans again with a null prior (`node_resource_abstract_instance.go:1086-1130`),
 * so a replacement's create half is planned by the create rules below.
 *
 * SDKv2 (hashicorp/terraform-plugin-sdk v2.40.1): on create every computed attribute that is not
 * configured is unknown; on update prior computed values stay; a change of a `ForceNew` attribute
 * requires replacement and the SDK then re-diffs as a create, so unconfigured computed attributes
 * become unknown (`helper/schema/schema.go:796-800`). Defaults fill unconfigured primitive
 * attributes; SDKv2 does not allow `Default` on lists or sets (`schema.go:1088`), and this engine
 * does not apply a `DefaultFunc` on them either (not verified against the SDK's diff).
 * `CustomizeDiff` functions are provider code and are not run.
 *
 * Framework (hashicorp/terraform-plugin-framework v1.19.0
 * `internal/fwserver/server_planresourcechange.go`): defaults fill unconfigured attributes (:155-170),
 * write-only attributes are planned null (:179-185), then — only when the planned object differs
 * from the prior one — unconfigured computed attributes without a default become unknown
 * (:191-266 and `MarkComputedNilsAsUnknown` :414), then the attribute plan modifiers run:
 * `UseStateForUnknown` puts the prior value back (`resource/schema/stringplanmodifier/
 * use_state_for_unknown.go:44-57`), `UseNonNullStateForUnknown` only a non-null one
 * (`int64planmodifier/use_non_null_state_for_unknown.go:39-52`), `RequiresReplace` asks for a
 * replacement when the planned value differs from the prior one (`requires_replace_if.go:53-66`),
 * `RequiresReplaceIfConfigured` only when the attribute is configured
 * (`requires_replace_if_configured.go:25`). `ModifyPlan` functions are provider code and are not run.
 *
 * `requires_replace: "conditional"` marks `RequiresReplaceIf` with a provider function. In
 * bpg/terraform-provider-proxmox v0.111.1 all six such attributes (proxmox_node_disk_zfs,
 * `fwprovider/nodes/disks/zfs/resource.go:84-90`, :104-110, :120-126, :136-142 and two more) use
 * the same function — replace when the prior value is not null and the planned value differs — so
 * the engine applies exactly that rule to every conditional attribute. For a future provider whose
 * functions differ, this is a guess.
 */
import { AttributeJson, BlockJson, Diagnostic, isUnknown, PathStep, PlanRequest, UNKNOWN, Value } from '../provider-api';
import { AttributeBehaviour, Origin, planModifierNames } from './behaviour';
import { attributeType, blockType, canonical, CtyType, equalValues, fromJson, nestedBlockType } from './values';
import { mapAttributes } from './walk';

/** What the planner needs to know about one resource type. */
export interface TypeModel {
  readonly typeName: string;
  readonly origin: Origin;
  readonly block: BlockJson;
  readonly behaviours: Readonly<Record<string, AttributeBehaviour>>;
}

/** The outcome of planning, before it is wrapped into a `PlanResult`. */
export interface PlannedChange {
  readonly planned: Value;
  readonly requiresReplace: readonly (readonly PathStep[])[];
  readonly diagnostics: readonly Diagnostic[];
}

function hasDefault(b: AttributeBehaviour | undefined): boolean {
  return b !== undefined && 'default' in b && b.default !== undefined;
}

function isPrimitive(ty: CtyType): boolean {
  return ty === 'string' || ty === 'number' || ty === 'bool';
}

/**
 * Whether the SDK applies this attribute's default (see module comment). The framework only
 * allows defaults on computed attributes; where the shipped schema lost the computed flag
 * (bpg-proxmox-0.111.1.provenance.txt, "unresolved computed flag") terraform would reject a filled
 * default as a planned value for a non-computed attribute, so the default is left to apply.
 */
function defaultApplies(origin: Origin, attr: AttributeJson, b: AttributeBehaviour | undefined): boolean {
  if (!hasDefault(b)) return false;
  return origin === 'framework' ? attr.computed === true : isPrimitive(attributeType(attr));
}

/** The default of an attribute as a value of its type. */
export function defaultValue(ty: CtyType, b: AttributeBehaviour): Value {
  return fromJson(ty, resolveConversions(b.default));
}

/**
 * The behaviour file records a default computed by a Go conversion as the call, e.g. bpg 0.111.1's
 * VM `cpu` default `limit: float64(0)` as `{"func": "proxmoxtf/resource/vm.float64", "args": [0]}`
 * (the SDK's DefaultFunc of the `cpu` block). Such a call of a plain conversion is its argument;
 * before this, `Number()` of the call object made the planned `cpu[0].limit` NaN, which the codec
 * refused ("number required") — found by rehearsing a tenant with guests.
 */
export function resolveConversions(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(resolveConversions);
  if (json === null || typeof json !== 'object') return json;
  const o = json as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  if (keys.length === 2 && keys[0] === 'args' && keys[1] === 'func' && typeof o.func === 'string' && /(^|[./])(float32|float64|int|int32|int64|string|bool)$/.test(o.func) && Array.isArray(o.args) && o.args.length === 1) {
    return resolveConversions(o.args[0]);
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolveConversions(v)]));
}

function samePath(a: readonly PathStep[], b: readonly PathStep[]): boolean {
  return canonical(a) === canonical(b);
}

/** Plans a change of one resource instance. */
export function planChange(m: TypeModel, req: PlanRequest): PlannedChange {
  const { prior, proposed, config } = req;
  if (proposed === null) return { planned: null, requiresReplace: [], diagnostics: [] };
  const create = prior === null;
  const priorArg = create ? undefined : prior;
  const objType = blockType(m.block);

  // 1. Defaults and write-only attributes.
  let planned = mapAttributes(m.block, m.behaviours, proposed, config, priorArg, (s) => {
    if (s.attr.write_only) return null;
    const ty = attributeType(s.attr);
    if (s.config === null && defaultApplies(m.origin, s.attr, s.behaviour)) return defaultValue(ty, s.behaviour!);
    return s.value;
  });

  // 2. Unconfigured computed attributes become unknown.
  const markUnknown = (v: Value): Value =>
    mapAttributes(m.block, m.behaviours, v, config, priorArg, (s) => {
      if (!s.attr.computed || s.config !== null) return s.value;
      if (defaultApplies(m.origin, s.attr, s.behaviour)) return s.value;
      return UNKNOWN;
    });
  if (m.origin === 'framework') {
    if (create || !equalValues(objType, planned, prior)) planned = markUnknown(planned);
  } else if (create) {
    planned = markUnknown(planned);
  }

  // 3. Framework plan modifiers that restore prior values.
  if (m.origin === 'framework' && !create) {
    planned = mapAttributes(m.block, m.behaviours, planned, config, priorArg, (s) => {
      if (!isUnknown(s.value) || isUnknown(s.config ?? null) || s.prior === undefined) return s.value;
      const mods = planModifierNames(s.behaviour);
      if (mods.includes('UseStateForUnknown')) return s.prior;
      if (mods.includes('UseNonNullStateForUnknown') && s.prior !== null) return s.prior;
      return s.value;
    });
  }

  // 4. Replacement triggers.
  const requiresReplace: PathStep[][] = [];
  const add = (p: readonly PathStep[]) => {
    if (!requiresReplace.some((q) => samePath(p, q))) requiresReplace.push([...p]);
  };
  if (!create) {
    mapAttributes(m.block, m.behaviours, planned, config, priorArg, (s) => {
      const rr = s.behaviour?.requires_replace;
      if (!rr) return s.value;
      const before = s.prior === undefined ? null : s.prior;
      if (equalValues(attributeType(s.attr), s.value, before)) return s.value;
      if (rr === 'if_configured' && (s.config === null || s.config === undefined)) return s.value;
      if (rr === 'conditional' && before === null) return s.value;
      add(s.path);
      return s.value;
    });
    // Whole nested blocks marked ForceNew (e.g. `source_raw` of proxmox_virtual_environment_file).
    for (const [name, nb] of Object.entries(m.block.block_types ?? {})) {
      if (!m.behaviours[name]?.requires_replace) continue;
      const p = (planned as Record<string, Value>)[name] ?? null;
      const q = (prior as Record<string, Value>)[name] ?? null;
      if (!equalValues(nestedBlockType(nb), p, q)) add([name]);
    }
  }

  // 5. SDKv2 re-diffs a replacement as a create.
  if (m.origin === 'sdkv2' && requiresReplace.length > 0) planned = markUnknown(planned);

  return { planned, requiresReplace, diagnostics: [] };
}
