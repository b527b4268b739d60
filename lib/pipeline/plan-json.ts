/**
 * Reading the machine-readable plan that `terraform show -json <planfile>` and
 * `tofu show -json <planfile>` print (format_version 1.x): only the parts the plan guard needs,
 * checked so that anything else (a state file, arbitrary JSON, a newer major format) is rejected
 * with a clear message instead of being treated as "no changes".
 */
import { isRecord } from '../core/guards';

/** One entry of `resource_changes[]`. */
export interface PlanResourceChange {
  /** Full resource address, e.g. `proxmox_sdn_vnet.Network_clients_Vnet_BB0D077A`. */
  readonly address: string;
  /** `managed` (resources) or `data` (data sources). */
  readonly mode: string;
  /** Resource type, e.g. `proxmox_sdn_vnet`. */
  readonly type: string;
  readonly change: {
    /** e.g. ["create"], ["update"], ["delete"], ["delete","create"], ["create","delete"], ["no-op"], ["read"], ["forget"]. */
    readonly actions: readonly string[];
    /** Attribute values before the change (null for a create). */
    readonly before: unknown;
    /** Attribute values after the change (null for a delete); unknown values are absent. */
    readonly after: unknown;
    /**
     * Present when the change imports an existing object (an `import` block): terraform adopts an
     * object it did not create, in addition to the listed actions (hashicorp/terraform
     * internal/command/jsonplan/plan.go, `Change.Importing`, v1.11: "If importing is present (ie.
     * not null) then the change is an import operation"). `id` is the import ID when known.
     */
    readonly importing?: { readonly id?: string };
  };
}

/** One entry of `output_changes`: an output value before and after the plan. */
export interface PlanOutputChange {
  readonly actions: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
}

/** The subset of the plan representation the guard reads. */
export interface PlanJson {
  readonly formatVersion: string;
  /** `terraform_version` of the plan (OpenTofu writes its own version here). */
  readonly toolVersion: string;
  readonly resourceChanges: readonly PlanResourceChange[];
  /** `output_changes` by output name (parsePlanJson always sets it; empty when the plan has none). */
  readonly outputChanges?: Readonly<Record<string, PlanOutputChange>>;
  /**
   * Root module variable values the plan was made with, by name (`variables.<name>.value`);
   * absent when the plan JSON has none. Terraform writes every variable set by the caller and
   * fills in the declared default of every other one (hashicorp/terraform
   * internal/command/jsonplan/plan.go at 883c7221ee2e, L63 `Variables`, L192-196 the
   * `{"value": ...}` shape, L357-400 marshalPlanVariables with the defaults added "just in time"),
   * so a stack's `proxmox_endpoint` is there whether it came from its default or from
   * `TF_VAR_proxmox_endpoint`.
   */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** What a resource change does, reduced from its action list. */
export type ChangeKind = 'none' | 'create' | 'update' | 'delete' | 'replace' | 'forget';

/** Input that is not a usable plan: reported with exit code 2, never with a stack trace. */
export class PlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanInputError';
  }
}

const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
const HINT = 'expected the output of `terraform show -json <planfile>` or `tofu show -json <planfile>`';

/** Reduces an action list to a change kind; undefined for a combination the format does not define. */
export function changeKind(actions: readonly string[]): ChangeKind | undefined {
  const a = actions.join(',');
  switch (a) {
    case 'no-op':
    case 'read':
      return 'none';
    case 'create':
    case 'update':
    case 'delete':
    case 'forget':
      return a;
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    default:
      return undefined;
  }
}

const isObj = isRecord;

/**
 * Parses and checks plan JSON text. `file` is only used in messages.
 * @throws PlanInputError naming the file, the field and what was expected
 */
export function parsePlanJson(text: string, file: string): PlanJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PlanInputError(`${file}: not JSON (${(e as Error).message}); ${HINT}`);
  }
  if (!isObj(data)) throw new PlanInputError(`${file}: the top level is ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}, not a plan object; ${HINT}`);
  const fv = data.format_version;
  if (typeof fv !== 'string') {
    throw new PlanInputError(`${file}: not a plan: "format_version" is missing; ${HINT}`);
  }
  if (!/^1\.[0-9]+$/.test(fv)) {
    throw new PlanInputError(`${file}: unsupported format_version ${JSON.stringify(fv)}; this guard reads plan format 1.x`);
  }
  if (!('planned_values' in data) && !('resource_changes' in data) && 'values' in data) {
    throw new PlanInputError(`${file}: this is a state (it has "values" but no "planned_values"), not a plan; ${HINT}`);
  }
  if (!('planned_values' in data) && !('resource_changes' in data)) {
    throw new PlanInputError(`${file}: not a plan: neither "resource_changes" nor "planned_values" is present; ${HINT}`);
  }
  const tv = typeof data.terraform_version === 'string' ? data.terraform_version : 'unknown';
  const raw = data.resource_changes ?? [];
  if (!Array.isArray(raw)) throw new PlanInputError(`${file}: "resource_changes" must be an array, got ${JSON.stringify(raw).slice(0, 60)}`);
  const problems: string[] = [];
  const changes: PlanResourceChange[] = [];
  raw.forEach((rc: unknown, i: number) => {
    const at = `resource_changes[${i}]`;
    if (!isObj(rc)) {
      problems.push(`${at} is not an object`);
      return;
    }
    const change = rc.change;
    const actions = isObj(change) ? change.actions : undefined;
    if (typeof rc.address !== 'string' || rc.address === '') problems.push(`${at}.address must be a non-empty string`);
    if (typeof rc.type !== 'string' || rc.type === '') problems.push(`${at}.type must be a non-empty string`);
    if (!isObj(change)) problems.push(`${at}.change must be an object`);
    else if (!Array.isArray(actions) || actions.some((x) => typeof x !== 'string' || !KNOWN_ACTIONS.has(x))) {
      problems.push(`${at}.change.actions must list actions out of ${[...KNOWN_ACTIONS].join(', ')}, got ${JSON.stringify(actions)}`);
    } else if (changeKind(actions as string[]) === undefined) {
      problems.push(`${at}.change.actions ${JSON.stringify(actions)} is not a combination the plan format defines`);
    }
    if (problems.length > 0) return;
    const c = change as Record<string, unknown>;
    changes.push({
      address: rc.address as string,
      mode: typeof rc.mode === 'string' ? rc.mode : 'managed',
      type: rc.type as string,
      change: {
        actions: [...(actions as string[])],
        before: c.before ?? null,
        after: c.after ?? null,
        ...(isObj(c.importing) ? { importing: typeof c.importing.id === 'string' ? { id: c.importing.id } : {} } : {}),
      },
    });
  });
  if (problems.length > 0) {
    throw new PlanInputError(`${file}: not a valid plan:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''}`);
  }
  const outputChanges: Record<string, PlanOutputChange> = {};
  if (isObj(data.output_changes)) {
    for (const [name, oc] of Object.entries(data.output_changes)) {
      if (isObj(oc) && Array.isArray(oc.actions)) outputChanges[name] = { actions: oc.actions.filter((x): x is string => typeof x === 'string'), before: oc.before ?? null, after: oc.after ?? null };
    }
  }
  let variables: Record<string, unknown> | undefined;
  if (isObj(data.variables)) {
    variables = {};
    for (const [name, v] of Object.entries(data.variables)) if (isObj(v) && 'value' in v) variables[name] = v.value;
  }
  return { formatVersion: fv, toolVersion: tv, resourceChanges: changes, outputChanges, ...(variables !== undefined ? { variables } : {}) };
}

/** The summary GitLab's `artifacts:reports:terraform` expects: counts of creates, updates and deletes. */
export interface GitlabTerraformReport {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
}

/** Counts actions as GitLab's merge request widget does (a replace counts as one create and one delete). */
export function gitlabTerraformReport(plan: PlanJson): GitlabTerraformReport {
  let create = 0;
  let update = 0;
  let del = 0;
  for (const rc of plan.resourceChanges) {
    for (const a of rc.change.actions) {
      if (a === 'create') create += 1;
      else if (a === 'update') update += 1;
      else if (a === 'delete') del += 1;
    }
  }
  return { create, update, delete: del };
}
