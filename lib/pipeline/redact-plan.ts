/**
 * Redaction of a plan's JSON (`terraform show -json` / `tofu show -json`) before it is kept as a
 * pipeline artifact, and the comparison the apply job makes between the reviewed (kept) plan and
 * the plan it made itself.
 *
 * Where terraform puts secret values in the plan JSON (hashicorp/terraform v1.11.4):
 * - `resource_changes[].change` / `resource_drift[].change`: `before`, `after`, with
 *   `before_sensitive` / `after_sensitive` marking every sensitive path, both from value marks
 *   (sensitive variables flowing in) and from the provider schema (`sensitive` attributes, e.g. the
 *   Vault provider's `data` of `vault_kv_secret_v2`): internal/command/jsonplan/plan.go lines
 *   454-456 and 481-483 (`schema.SensitivePaths` appended to the marks before `SensitiveAsBool`).
 * - `prior_state` and `planned_values`: each resource's `values` with `sensitive_values` built the
 *   same way (internal/command/jsonstate/state.go lines 410-411 and 462-463); outputs carry a
 *   `sensitive` flag.
 * - `output_changes`: like resource changes.
 * - `variables`: every input variable's value in clear text, sensitive or not
 *   (internal/command/jsonplan/plan.go `marshalPlanVariables`, lines 328-343: no mark is
 *   consulted); whether a variable is sensitive is only in `configuration.root_module.variables`.
 * - `configuration`: expressions and literal constants of the configuration; the synthesized
 *   configuration holds no secret (KOM-SEC-1), but a sensitive variable's `default` is redacted.
 * `deferred_changes[].resource_change` (terraform >= 1.9 with deferrals) is treated like a
 * resource change.
 *
 * Every sensitive value is replaced by {@link REDACTED} (null stays null: it tells that nothing is
 * set, not what). Variables are redacted unless the configuration declares them and not sensitive
 * (fail closed). Everything else is kept as terraform wrote it, so the plan guard reads the same
 * addresses, actions and non-sensitive attributes.
 */
/** The text that replaces every sensitive value. */
export const REDACTED = '(sensitive value redacted by kommunal)';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Equality of two JSON values (key order ignored). Not util.isDeepStrictEqual: that also compares
 * prototypes, which differ between values parsed in different realms (e.g. a test's sandbox).
 */
function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Replaces the sensitive parts of `value`: `sensitive` is terraform's sensitivity structure for it
 * (`true` for the whole value, an object/array of the same shape for parts, `false`/absent for none).
 */
export function redactValue(value: Json, sensitive: Json): Json {
  if (sensitive === true) return value === null || value === undefined ? value : REDACTED;
  if (value === null || value === undefined || sensitive === undefined || sensitive === null || sensitive === false) return value;
  if (Array.isArray(value)) {
    return value.map((v, i) => redactValue(v, Array.isArray(sensitive) ? sensitive[i] : isObject(sensitive) ? sensitive[String(i)] : undefined));
  }
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, isObject(sensitive) ? sensitive[k] : undefined);
    return out;
  }
  return value;
}

/** A resource change (or drift) with `before` / `after` redacted. */
function redactChange(rc: Json): Json {
  if (!isObject(rc) || !isObject(rc.change)) return rc;
  const c = rc.change;
  const change: JsonObject = { ...c };
  if ('before' in c) change.before = redactValue(c.before, c.before_sensitive);
  if ('after' in c) change.after = redactValue(c.after, c.after_sensitive);
  return { ...rc, change };
}

/** A state-like module tree (`prior_state.values`, `planned_values`) with its resources' values redacted. */
function redactModule(module: Json): Json {
  if (!isObject(module)) return module;
  const out: JsonObject = { ...module };
  if (Array.isArray(module.resources)) {
    out.resources = module.resources.map((r) => (isObject(r) && 'values' in r ? { ...r, values: redactValue(r.values, r.sensitive_values) } : r));
  }
  if (Array.isArray(module.child_modules)) out.child_modules = module.child_modules.map(redactModule);
  return out;
}

/** A state-like values document (`{ outputs, root_module }`). */
function redactValues(values: Json): Json {
  if (!isObject(values)) return values;
  const out: JsonObject = { ...values };
  if (isObject(values.outputs)) {
    out.outputs = Object.fromEntries(
      Object.entries(values.outputs).map(([k, o]) => [k, isObject(o) && o.sensitive !== false ? { ...o, value: redactValue(o.value, true) } : o]),
    );
  }
  if ('root_module' in values) out.root_module = redactModule(values.root_module);
  return out;
}

/** The root module's variable declarations: name -> sensitive. */
function declaredVariables(plan: JsonObject): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const config = plan.configuration;
  const root = isObject(config) ? config.root_module : undefined;
  const vars = isObject(root) ? root.variables : undefined;
  if (isObject(vars)) for (const [k, v] of Object.entries(vars)) out.set(k, isObject(v) && v.sensitive === true);
  return out;
}

/**
 * The plan JSON with every sensitive value replaced by {@link REDACTED} (module doc above). The
 * input is not changed. @throws Error when the text is not a JSON object
 */
export function redactPlanJson(plan: Json): JsonObject {
  if (!isObject(plan)) throw new Error('the plan JSON is not an object');
  const declared = declaredVariables(plan);
  const out: JsonObject = { ...plan };
  if (isObject(plan.variables)) {
    out.variables = Object.fromEntries(
      Object.entries(plan.variables).map(([k, v]) => [k, isObject(v) && declared.get(k) !== false ? { ...v, value: redactValue(v.value, true) } : v]),
    );
  }
  if (Array.isArray(plan.resource_changes)) out.resource_changes = plan.resource_changes.map(redactChange);
  if (Array.isArray(plan.resource_drift)) out.resource_drift = plan.resource_drift.map(redactChange);
  if (Array.isArray(plan.deferred_changes)) {
    out.deferred_changes = plan.deferred_changes.map((d) => (isObject(d) ? { ...d, resource_change: redactChange(d.resource_change) } : d));
  }
  if (isObject(plan.output_changes)) {
    out.output_changes = Object.fromEntries(Object.entries(plan.output_changes).map(([k, c]) => [k, (redactChange({ change: c }) as JsonObject).change]));
  }
  if ('planned_values' in plan) out.planned_values = redactValues(plan.planned_values);
  if (isObject(plan.prior_state)) out.prior_state = { ...plan.prior_state, values: redactValues(plan.prior_state.values) };
  if (isObject(plan.configuration)) out.configuration = redactConfiguration(plan.configuration, declared);
  return out;
}

/** The configuration with the defaults of sensitive root variables redacted. */
function redactConfiguration(config: JsonObject, declared: ReadonlyMap<string, boolean>): JsonObject {
  const root = config.root_module;
  if (!isObject(root) || !isObject(root.variables)) return config;
  const variables = Object.fromEntries(
    Object.entries(root.variables).map(([k, v]) => [k, isObject(v) && declared.get(k) === true && 'default' in v ? { ...v, default: redactValue(v.default, true) } : v]),
  );
  return { ...config, root_module: { ...root, variables } };
}

/** The parts of a resource change that the reviewed and the applied plan must share. */
const CHANGE_KEYS = ['actions', 'before', 'after', 'after_unknown', 'before_sensitive', 'after_sensitive', 'replace_paths', 'importing'] as const;
const RESOURCE_KEYS = ['address', 'previous_address', 'mode', 'type', 'name', 'index', 'provider_name', 'action_reason', 'deposed'] as const;

function comparable(rc: Json): JsonObject {
  if (!isObject(rc)) return { invalid: rc };
  const change = isObject(rc.change) ? rc.change : {};
  return {
    ...Object.fromEntries(RESOURCE_KEYS.filter((k) => k in rc).map((k) => [k, rc[k]])),
    change: Object.fromEntries(CHANGE_KEYS.filter((k) => k in change).map((k) => [k, change[k]])),
  };
}

function changesByKey(plan: JsonObject): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const all = [
    ...(Array.isArray(plan.resource_changes) ? plan.resource_changes : []),
    ...(Array.isArray(plan.deferred_changes) ? plan.deferred_changes.map((d) => (isObject(d) ? d.resource_change : d)) : []),
  ];
  for (const rc of all) {
    const c = comparable(rc);
    out.set(`${String(c.address)}${c.deposed !== undefined ? ` (deposed ${String(c.deposed)})` : ''}`, c);
  }
  return out;
}

/**
 * The differences between the reviewed plan (the plan job's redacted JSON, guarded and shown in
 * the merge request) and the plan the apply job made (redacted the same way): resource changes
 * (address, actions, before/after, unknown and sensitive paths, replace paths, imports) and output
 * changes must be equal. Empty: the apply job applies what was reviewed. Sensitive values are
 * compared as redacted, so a changed secret is seen only where it changes the actions (a write-only
 * or sensitive attribute that changed value is an update in both plans).
 */
export function planDifferences(reviewed: JsonObject, applied: JsonObject): string[] {
  const a = changesByKey(reviewed);
  const b = changesByKey(applied);
  const out: string[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(key);
    const y = b.get(key);
    if (x === undefined) out.push(`${key}: not in the reviewed plan (${String((y?.change as JsonObject).actions)})`);
    else if (y === undefined) out.push(`${key}: in the reviewed plan (${String((x.change as JsonObject).actions)}) but not in this plan`);
    else if (!jsonEqual(x, y)) {
      const fields = [...RESOURCE_KEYS.filter((k) => !jsonEqual(x[k], y[k])), ...CHANGE_KEYS.filter((k) => !jsonEqual((x.change as JsonObject)[k], (y.change as JsonObject)[k])).map((k) => `change.${k}`)];
      out.push(`${key}: differs in ${fields.join(', ')}`);
    }
  }
  const oa = isObject(reviewed.output_changes) ? reviewed.output_changes : {};
  const ob = isObject(applied.output_changes) ? applied.output_changes : {};
  for (const name of [...new Set([...Object.keys(oa), ...Object.keys(ob)])].sort()) {
    if (!jsonEqual(oa[name], ob[name])) out.push(`output ${name}: differs`);
  }
  return out;
}
