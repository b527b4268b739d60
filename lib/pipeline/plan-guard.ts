/**
 * The plan guard: reads a tenant's plan (`terraform show -json` / `tofu show -json`) and rejects
 * changes that must not happen without a human decision, before `apply` runs:
 *
 * 1. a change outside the tenant (another tenant's pool, vnet, ACL path, Vault path; a cluster
 *    singleton) - never allowed;
 * 2. delete or replace of a protected resource (data, backup, network, tenancy; see
 *    resource-classes.ts) - allowed only with a matching, valid approval in the tenant file;
 * 3. a tenant in state `decommissioning` is frozen: creates, updates and replaces are rejected;
 *    deletes are allowed (that is how access is revoked and the network removed), except data
 *    (approval needed) and backups (approval given after `decommissionedSince` plus the longest
 *    backup retention, and the run date after that too).
 *
 * Pure: the run date is an input (the CLI passes today); nothing reads the clock.
 */
import type { ApprovalSpec, RetentionSpec, TenantSpec } from '../model/spec';
import { changeKind, ChangeKind, PlanJson } from './plan-json';
import { classifyResource, identityWidening, PROTECTED_CATEGORIES, protectionWeakening, pruneJobOutputLowered, ResourceCategory } from './resource-classes';
import { checkTenantScope, tenantFacts } from './tenant-scope';
import type { TenantFootprint } from '../model/footprint';
import { addDays, isCalendarDate } from '../core/dates';
import { isRecord } from '../core/guards';
import { addressMatches, approvalPeriodProblem, globApprovalMessage, globMatches, hasGlob } from '../model/approvals';
import { reasonProblem } from '../model/reasons';
import { FORMER_TENANT_CI_ROLE_ADDRESS, PLATFORM_AUDIT_DEVICE_ADDRESS } from '../model/vault-names';
import { longerRetention, recordedRetentionOf } from '../model/retention';
import { DATA_HOLDER_TYPES, isDataHolder, preventsDestroyIn } from '../model/vault-mounts';

export interface GuardOptions {
  /** The run date, "YYYY-MM-DD": approvals count from `approvedOn` to `expires` inclusive. */
  readonly date: string;
  /** Name of the tenant file, for messages. @default "the tenant file of <key>" */
  readonly tenantFile?: string;
  /**
   * The keep-policy recorded in the lock when the tenant's backups were taken (the lock's
   * `backup.retention`, lib/allocation/lockfile.ts): the backup hold of a decommissioning tenant
   * counts from it. Without it the hold uses the tenant file's current retention, and the report
   * says so (`retentionSource: 'tenant-file'`).
   */
  readonly recordedRetention?: RetentionSpec;
  /**
   * The tenant's footprint from the fleet's registry (lib/model/footprint.ts, built with the lock,
   * so the vnets of retired segments count as the tenant's). @default derived from `spec` alone
   */
  readonly footprint?: TenantFootprint;
  /**
   * The synthesized stack the plan was made from (its `cdk.tf.json`, parsed). Plan JSON carries no
   * `lifecycle` block, so a dropped `prevent_destroy` can only be seen here: with the stack, every
   * data holder (KOM-VLT-1's set) must keep `prevent_destroy` unless a valid `delete` approval of
   * the tenant file names its address (the tenant stack lifts it only for those, kommune-stack.ts
   * `releaseApprovedDeletes`). Without it the check is not made, and the report says so.
   */
  readonly stack?: SynthesizedStack;
  /**
   * The Proxmox VE API URL of the cluster the lock places the tenant on (fleet
   * `clusters.<id>.endpoint`). With it, a plan whose `proxmox_endpoint` variable names another
   * URL (a stale stack, a `TF_VAR_proxmox_endpoint` left in the job) is refused: it was made
   * against the wrong cluster. @default not checked (a fleet without clusters)
   */
  readonly expectedEndpoint?: string;
}

/** Name of the tenant stack variable that carries the Proxmox API URL (lib/providers/proxmox-connection.ts). */
export const PROXMOX_ENDPOINT_VARIABLE = 'proxmox_endpoint';

/** The endpoint check of a plan (GuardOptions.expectedEndpoint). */
export interface EndpointDecision {
  /** The lock's cluster's API URL. */
  readonly expected: string;
  /** What the plan was made with (`variables.proxmox_endpoint.value`); absent when the plan carries none. */
  readonly planned?: string;
  readonly verdict: Exclude<Verdict, 'approved'>;
  readonly reasons: readonly string[];
}

/** A move between clusters under way, as the guard judged it. */
export interface MoveDecision {
  readonly from: string;
  readonly to: string;
  readonly phase: 'leave' | 'arrive';
  /** The move approval the plan's Proxmox changes used, when one was valid. */
  readonly approval?: UsedApproval;
}

/** The part of a synthesized stack (`cdk.tf.json`) the guard reads: resources by type and name. */
export interface SynthesizedStack {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
}

export type Verdict = 'allowed' | 'approved' | 'rejected';

/** The approval that allowed a change. */
export interface UsedApproval {
  readonly id: string;
  readonly approvedBy: string;
  readonly approvedOn: string;
  readonly expires: string;
  readonly reason: string;
}

export interface GuardDecision {
  readonly address: string;
  readonly type: string;
  readonly actions: readonly string[];
  readonly kind: Exclude<ChangeKind, 'none'>;
  readonly category?: ResourceCategory;
  /** `inside`: identifying attributes belong to the tenant; `not-checked`: the type has none to compare. */
  readonly scope: 'inside' | 'outside' | 'not-checked';
  /** True when the change imports an existing object (`import` block, plan JSON `change.importing`). */
  readonly importing?: boolean;
  readonly verdict: Verdict;
  /** Why a change was rejected (one line each). */
  readonly reasons: readonly string[];
  readonly approval?: UsedApproval;
}

/** A data holder of the synthesized stack and whether it may be without `prevent_destroy`. */
export interface LifecycleDecision {
  /** `type.name` in the stack, the address terraform plans it under. */
  readonly address: string;
  readonly type: string;
  /** `rejected`: no `prevent_destroy` and no valid delete approval; `approved`: lifted by one. */
  readonly verdict: Exclude<Verdict, 'allowed'>;
  readonly reasons: readonly string[];
  readonly approval?: UsedApproval;
}

export interface GuardReport {
  /** The tenant, or undefined when the plan was checked without one (protected classes only). */
  readonly tenant?: string;
  readonly state: TenantSpec['state'];
  readonly date: string;
  readonly toolVersion: string;
  readonly ok: boolean;
  readonly counts: { readonly create: number; readonly update: number; readonly delete: number; readonly replace: number; readonly forget: number };
  /** Changes in plan order (no-ops and reads left out). */
  readonly decisions: readonly GuardDecision[];
  readonly rejected: number;
  /** Date from which backups of a decommissioning tenant may be deleted. */
  readonly backupRetentionEnds?: string;
  /**
   * Where the retention of the backup hold came from: `lock` (as recorded when the backups were
   * taken) or `tenant-file` (the lock records none: a lock written before the field existed).
   */
  readonly retentionSource?: 'lock' | 'tenant-file';
  /** Approvals of the tenant file that no change of this plan used. */
  readonly unusedApprovals: readonly string[];
  /** Whether `prevent_destroy` of the data holders was checked (only with the synthesized stack). */
  readonly preventDestroy: 'checked' | 'not-checked';
  /** Data holders of the stack without `prevent_destroy` (none while nothing is lifted). */
  readonly lifecycleDecisions: readonly LifecycleDecision[];
  /** The endpoint check (only with GuardOptions.expectedEndpoint). */
  readonly endpoint?: EndpointDecision;
  /** The move under way (only when the lock records one for the tenant). */
  readonly move?: MoveDecision;
}

/** An API URL compared loosely: case of scheme and host, and trailing slashes, do not matter. */
function endpointKey(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*)(.*)$/.exec(url.trim());
  const text = m ? `${m[1].toLowerCase()}${m[2]}` : url.trim();
  return text.replace(/\/+$/, '');
}

/** True for a resource type of the Proxmox provider (bpg/proxmox: every type starts with `proxmox_`). */
export function isProxmoxType(type: string): boolean {
  return type.startsWith('proxmox_');
}

/** True for a real calendar date "YYYY-MM-DD" (lib/core/dates.ts). */
export const isIsoDate = isCalendarDate;
export { addDays };

/**
 * Days the oldest backup of a tenant can be kept after its last backup: the longest of keep-daily
 * days, keep-weekly weeks, keep-monthly months (31 days) and keep-yearly years (366 days).
 * keep-last counts backups, not time, and is not part of it.
 */
export function longestRetentionDays(r: RetentionSpec): number {
  return Math.max(r.keepDaily, r.keepWeekly * 7, r.keepMonthly * 31, r.keepYearly * 366);
}

export { addressMatches };

/** Addresses a tenant stack may forget (`removed` with destroy = false) because the platform owns them now. */
const TENANT_HARMLESS_FORGETS: readonly string[] = [FORMER_TENANT_CI_ROLE_ADDRESS];
/**
 * Addresses the platform stack may forget: the audit device, when the server's configuration
 * declares it (`vault.auditDevice: server-config`); forgetting leaves it enabled.
 */
const PLATFORM_HARMLESS_FORGETS: readonly string[] = [PLATFORM_AUDIT_DEVICE_ADDRESS];

/** The tenant stack output that states the PBS prune job (lib/backup/backup-plan.ts). */
const PRUNE_JOB_OUTPUT = 'pbs_prune_job';

const describeKind = (k: string) => (k === 'replace' ? 'replacing (destroy and re-create)' : `${k === 'delete' ? 'deleting' : k}`);

/** True for an update that only switches a backup job off (enabled true → false), nothing else. */
export function isBackupJobStop(type: string, before: unknown, after: unknown): boolean {
  if (type !== 'proxmox_backup_job' || !isRecord(before) || !isRecord(after)) return false;
  if (before.enabled === false || after.enabled !== false) return false;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === 'enabled') continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) return false;
  }
  return true;
}

/**
 * Runs the guard over a parsed plan for one tenant. Without a tenant (`spec` undefined, e.g. for
 * the platform stack) only the protected classes are checked, and no approval can apply.
 * @throws Error when `options.date` is not a calendar date
 */
export function guardPlan(plan: PlanJson, spec: TenantSpec | undefined, options: GuardOptions): GuardReport {
  if (!isIsoDate(options.date)) throw new Error(`the run date ${JSON.stringify(options.date)} is not a calendar date (YYYY-MM-DD)`);
  const date = options.date;
  const file = options.tenantFile ?? (spec ? `the tenant file of "${spec.key}"` : 'a tenant file (no --tenant given)');
  const facts = spec ? options.footprint ?? tenantFacts(spec) : undefined;
  const approvals: readonly [string, ApprovalSpec][] = Object.entries(spec?.approvals ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const used = new Set<string>();
  const decommissioning = spec?.state === 'decommissioning';
  // The longer of the recorded and the current retention, field by field: the lock's record only
  // grows (lib/allocation/backup-retention.ts), and a raise not yet recorded counts as well.
  const heldRetention = options.recordedRetention && spec ? longerRetention(recordedRetentionOf(options.recordedRetention), recordedRetentionOf(spec.backup.retention)) : options.recordedRetention ?? spec?.backup.retention;
  const retentionDays = heldRetention ? longestRetentionDays(heldRetention) : 0;
  const retentionEnds = decommissioning && spec?.decommissionedSince !== undefined ? addDays(spec.decommissionedSince, retentionDays) : undefined;
  const counts = { create: 0, update: 0, delete: 0, replace: 0, forget: 0 };
  const decisions: GuardDecision[] = [];
  const planAddresses = plan.resourceChanges.filter((rc) => rc.mode !== 'data').map((rc) => rc.address);

  /** Looks for a valid approval; returns it, or the reason none counts. */
  const findApproval = (address: string, action: ApprovalSpec['action'], notBefore?: string): UsedApproval | string => {
    const matching = approvals.filter(([, a]) => a.action === action && addressMatches(a.address, address));
    if (matching.length === 0) {
      // A glob approval (the former syntax) is refused, naming the exact addresses of this plan it would have covered.
      const globs = approvals.filter(([, a]) => a.action === action && hasGlob(a.address ?? '') && globMatches(a.address ?? '', address));
      const hint = globs.map(([id, a]) => `; ${globApprovalMessage(id, a.address ?? '', planAddresses.filter((x) => globMatches(a.address ?? '', x)))}`).join('');
      return `no approval in ${file} matches this address with action "${action}"${hint}`;
    }
    const why: string[] = [];
    for (const [id, a] of matching) {
      const period = approvalPeriodProblem(a.approvedOn, a.expires);
      const reasonWhy = reasonProblem(a.reason);
      if (a.expires < date) why.push(`approval "${id}" expired on ${a.expires}`);
      else if (period !== undefined) why.push(`approval "${id}": ${period}`);
      else if (reasonWhy !== undefined) why.push(`approval "${id}": ${reasonWhy}`);
      else if (a.approvedOn > date) why.push(`approval "${id}" is dated ${a.approvedOn}, after the run date ${date}`);
      else if (notBefore !== undefined && a.approvedOn < notBefore) {
        why.push(`approval "${id}" was given on ${a.approvedOn}, before the backup retention ended (${notBefore}); approve again on or after that date`);
      } else {
        used.add(id);
        return { id, approvedBy: a.approvedBy, approvedOn: a.approvedOn, expires: a.expires, reason: a.reason };
      }
    }
    return why.join('; ');
  };

  /** Why an approval is not valid on the run date, or undefined when it is. */
  const invalidBecause = (id: string, a: ApprovalSpec): string | undefined => {
    const period = approvalPeriodProblem(a.approvedOn, a.expires);
    const reasonWhy = reasonProblem(a.reason);
    if (a.expires < date) return `approval "${id}" expired on ${a.expires}`;
    if (period !== undefined) return `approval "${id}": ${period}`;
    if (reasonWhy !== undefined) return `approval "${id}": ${reasonWhy}`;
    if (a.approvedOn > date) return `approval "${id}" is dated ${a.approvedOn}, after the run date ${date}`;
    return undefined;
  };
  const move = spec?.move;
  /** The tenant's valid `move` approval for exactly this move, or why there is none. */
  const findMoveApproval = (): UsedApproval | string => {
    if (move === undefined) return 'no move is recorded';
    const matching = approvals.filter(([, a]) => a.action === 'move' && a.from === move.from && a.to === move.to);
    if (matching.length === 0) {
      const others = approvals.filter(([, a]) => a.action === 'move').map(([id, a]) => `"${id}" approves ${a.from} -> ${a.to}`);
      return `no approval in ${file} with action "move", from "${move.from}", to "${move.to}"${others.length > 0 ? ` (${others.join('; ')})` : ''}; add one (docs/moving-a-tenant.md)`;
    }
    const why: string[] = [];
    for (const [id, a] of matching) {
      const bad = invalidBecause(id, a);
      if (bad !== undefined) why.push(bad);
      else {
        used.add(id);
        return { id, approvedBy: a.approvedBy, approvedOn: a.approvedOn, expires: a.expires, reason: a.reason };
      }
    }
    return why.join('; ');
  };
  let moveApproval: UsedApproval | undefined;

  for (const rc of plan.resourceChanges) {
    const kind = changeKind(rc.change.actions);
    if (kind === undefined || kind === 'none' || rc.mode === 'data') continue;
    counts[kind] += 1;
    // A long-named type with a short alias is judged as the short one: classifyResource,
    // checkTenantScope and the update comparisons map it themselves (model/provider-types.ts).
    const cls = classifyResource(rc.type, rc.change.before, rc.change.after);
    const scope = facts ? checkTenantScope(rc.type, rc.change.before, rc.change.after, facts) : { checked: false, findings: [] };
    const reasons: string[] = [];
    let approval: UsedApproval | undefined;
    for (const f of scope.findings) {
      reasons.push(`outside tenant "${facts?.owner}": ${f.attribute} ${JSON.stringify(f.value)} (${f.side} the change) is not the tenant's (expected ${f.expected})`);
    }
    const needApproval = (action: ApprovalSpec['action'], why: string, notBefore?: string) => {
      const a = findApproval(rc.address, action, notBefore);
      if (typeof a === 'string') reasons.push(`${why}; ${a}`);
      else approval = a;
    };
    const importing = rc.change.importing !== undefined;
    if (spec && !scope.checked && scope.findings.length === 0) {
      // Fail closed: a type whose identifying attributes the guard does not compare could be any
      // tenant's or the platform's object. Only objects the tenant scope recognises as the
      // tenant's pass (tenant-scope.ts; the footprint registry of issue #14 replaces it).
      reasons.push(`${importing ? 'importing' : describeKind(kind)} a ${rc.type}: the guard compares no identifying attribute of this type, so it cannot tell that the object is the tenant's (unclassified types are refused)`);
    } else if (importing && spec && scope.findings.length > 0) {
      reasons.push(`importing ${rc.address}: the object is not the tenant's (see above); an import would put it under the tenant's management`);
    }
    // A move between clusters (lib/allocation/move.ts): phase 1 removes the tenant's Proxmox
    // objects from the old cluster, phase 2 creates them on the new one; both need the tenant's
    // `move` approval for exactly this move, which stands in for the delete approvals of the
    // protected ones (the backups themselves stay on the PBS: only the storage entry and the job go).
    const moving = move !== undefined && spec !== undefined && isProxmoxType(rc.type) && kind !== 'forget';
    if (moving && move.phase === 'leave' && kind !== 'delete') {
      reasons.push(`tenant "${spec.key}" is in phase 1 of its move from "${move.from}" to "${move.to}": its plan only removes Proxmox objects from "${move.from}" (${describeKind(kind)} is not allowed; docs/moving-a-tenant.md)`);
    } else if (moving && ((move.phase === 'leave' && kind === 'delete') || (move.phase === 'arrive' && kind === 'create'))) {
      const a = findMoveApproval();
      if (typeof a === 'string') reasons.push(`${kind === 'delete' ? 'removing' : 'creating'} ${rc.address} ${kind === 'delete' ? 'from' : 'on'} cluster "${kind === 'delete' ? move.from : move.to}" moves tenant "${spec.key}" from "${move.from}" to "${move.to}"; ${a}`);
      else {
        approval = a;
        moveApproval = a;
      }
    } else if (kind === 'forget') {
      // A `removed` block with destroy = false: terraform drops the object from the state and
      // leaves it in the datacenter, unmanaged. Harmless only where another stack owns the object
      // now: the tenant CI role, which the platform stack took over (docs/identity.md). Forgetting
      // a protected object (a data holder, backups, network, pool) takes it out of management
      // like a delete does: it needs a delete approval.
      const harmless = spec ? TENANT_HARMLESS_FORGETS : PLATFORM_HARMLESS_FORGETS;
      if (harmless.includes(rc.address)) {
        // allowed
      } else if (spec && cls !== undefined && PROTECTED_CATEGORIES.includes(cls.category)) {
        needApproval('delete', `forgetting ${rc.address} (a removed block) takes a protected resource (${cls.reason}) out of management like a delete`);
      } else {
        reasons.push(`forgetting ${rc.address} (a removed block): terraform would stop managing it while it stays in the datacenter; only ${harmless.join(', ')} (${spec ? 'now owned by the platform stack' : 'declared by the server configuration'}) may be forgotten${spec ? ', and protected resources with a delete approval' : ''}`);
      }
    } else if (decommissioning && spec) {
      if (kind === 'update' && isBackupJobStop(rc.type, rc.change.before, rc.change.after)) {
        // The decommissioning stack disables the backup job (no new backups, the old ones stay).
      } else if (kind === 'create' || kind === 'update' || kind === 'replace') {
        reasons.push(`tenant "${spec.key}" is decommissioning${spec.decommissionedSince ? ` since ${spec.decommissionedSince}` : ''}: changes are frozen, only deletes are allowed (${describeKind(kind)} is not)`);
      } else if (kind === 'delete' && cls?.category === 'data') {
        needApproval('delete', `deleting ${cls.reason}`);
      } else if (kind === 'delete' && cls?.category === 'backup') {
        if (retentionEnds === undefined) {
          reasons.push(`deleting ${cls.reason}: the tenant has no "decommissionedSince" date, so the end of the backup retention is unknown`);
        } else if (date < retentionEnds) {
          reasons.push(`deleting ${cls.reason}: backups are kept until ${retentionEnds} (decommissionedSince ${spec.decommissionedSince} + ${retentionDays} days, the longest retention); the run date is ${date}`);
        } else {
          needApproval('delete', `deleting ${cls.reason} after the retention ended on ${retentionEnds}`, retentionEnds);
        }
      }
    } else if ((kind === 'delete' || kind === 'replace') && cls !== undefined && PROTECTED_CATEGORIES.includes(cls.category)) {
      needApproval(kind, `${describeKind(kind)} a protected resource (${cls.reason})`);
    } else if (kind === 'update') {
      // Updates compared attribute by attribute (resource-classes.ts). Weakened protection needs an
      // `update` approval (none can apply to the platform stack). Widened identity: a grant
      // outside the tenant is refused; inside, it needs an `update` approval. The platform stack
      // defines the identities of the datacenter; its identity updates are not judged here.
      const weak = protectionWeakening(rc.type, rc.change.before, rc.change.after, spec?.state !== 'decommissioning');
      const wide = spec ? identityWidening(rc.type, rc.change.before, rc.change.after, spec.vault.namespace === undefined ? { pathPrefix: spec.vault.pathPrefix } : {}) : [];
      for (const w of wide.filter((x) => x.outside)) reasons.push(`widens access outside tenant "${spec?.key}": ${w.attribute}: ${w.detail}`);
      const needs = [...weak.map((w) => `weakens protection: ${w.attribute}: ${w.detail}`), ...wide.filter((x) => !x.outside).map((w) => `widens access: ${w.attribute}: ${w.detail}`)];
      if (needs.length > 0) needApproval('update', needs.join('; '));
    }
    const verdict: Verdict = reasons.length > 0 ? 'rejected' : approval ? 'approved' : 'allowed';
    decisions.push({
      address: rc.address,
      type: rc.type,
      actions: rc.change.actions,
      kind,
      ...(cls ? { category: cls.category } : {}),
      scope: scope.findings.length > 0 ? 'outside' : scope.checked ? 'inside' : 'not-checked',
      ...(importing ? { importing: true } : {}),
      verdict,
      reasons,
      ...(approval && verdict === 'approved' ? { approval } : {}),
    });
  }
  // The PBS prune job lives outside terraform; its keep counts reach the plan only as the tenant
  // stack output `pbs_prune_job` (lib/backup/prune-job.ts). A lowered count prunes backups.
  const prune = plan.outputChanges?.[PRUNE_JOB_OUTPUT];
  const lowered = prune && prune.actions.includes('update') ? pruneJobOutputLowered(prune.before, prune.after) : [];
  if (lowered.length > 0) {
    const address = `output.${PRUNE_JOB_OUTPUT}`;
    const a = findApproval(address, 'update');
    const reasons = typeof a === 'string' ? [`weakens protection: the PBS prune job's retention is lowered (${lowered.join(', ')}); ${a}`] : [];
    decisions.push({
      address,
      type: 'output',
      actions: prune!.actions,
      kind: 'update',
      category: 'backup',
      scope: 'not-checked',
      verdict: reasons.length > 0 ? 'rejected' : 'approved',
      reasons,
      ...(typeof a === 'string' ? {} : { approval: a }),
    });
  }
  // prevent_destroy, read from the synthesized stack: plan JSON has no lifecycle. The plan's
  // `configuration` is written by hashicorp/terraform internal/command/jsonconfig/config.go, whose
  // `resource` type holds address, mode, type, name, provider key, provisioners, expressions,
  // schema version, count/for_each expressions and depends_on, and no lifecycle (read at commit
  // 0ce040405cfe; that the 1.11.4 release is the same is assumed, not checked).
  const lifecycleDecisions: LifecycleDecision[] = [];
  const holders = DATA_HOLDER_TYPES.flatMap((type) => Object.keys(options.stack?.resource?.[type] ?? {}).sort()
    .map((name) => ({ type, address: `${type}.${name}`, body: options.stack!.resource![type][name] as unknown })));
  for (const r of holders) {
    // A body that is not an object is no resource terraform would plan; judge it as unprotected.
    const body = isRecord(r.body) ? r.body : {};
    if (!isDataHolder(r.type, body) || preventsDestroyIn(body)) continue;
    const why = `${r.address} holds data (${r.type}) but its lifecycle.prevent_destroy is not set in the synthesized stack`;
    if (!spec) {
      lifecycleDecisions.push({ address: r.address, type: r.type, verdict: 'rejected', reasons: [`${why}; no approval can lift it in the platform stack`] });
      continue;
    }
    const a = findApproval(r.address, 'delete');
    lifecycleDecisions.push(typeof a === 'string'
      ? { address: r.address, type: r.type, verdict: 'rejected', reasons: [`${why}; the tenant stack lifts it only for an approved delete: ${a}`] }
      : { address: r.address, type: r.type, verdict: 'approved', reasons: [], approval: a });
  }
  // The cluster the plan was made against: the `proxmox_endpoint` variable of the plan JSON (see
  // PlanJson.variables) against the lock's cluster.
  let endpoint: EndpointDecision | undefined;
  if (options.expectedEndpoint !== undefined) {
    const value = plan.variables?.[PROXMOX_ENDPOINT_VARIABLE];
    const planned = typeof value === 'string' ? value : undefined;
    const cluster = spec?.cluster !== undefined ? ` of cluster "${spec.cluster}"` : '';
    const reasons = planned === undefined
      ? [`the plan carries no ${PROXMOX_ENDPOINT_VARIABLE} variable, so the cluster it was made against is unknown; expected ${options.expectedEndpoint}${cluster} (the lock's placement)`]
      : endpointKey(planned) !== endpointKey(options.expectedEndpoint)
        ? [`the plan was made against ${planned}, but the lock places the tenant on ${options.expectedEndpoint}${cluster}: wrong cluster (a stale stack or a TF_VAR_${PROXMOX_ENDPOINT_VARIABLE} in the job?); re-synthesize and plan again${spec?.move !== undefined ? '' : `, or move the tenant with \`kommunal move-tenant ${spec?.key ?? '<key>'} --to <cluster>\``}`]
        : [];
    endpoint = { expected: options.expectedEndpoint, ...(planned !== undefined ? { planned } : {}), verdict: reasons.length > 0 ? 'rejected' : 'allowed', reasons };
  }
  const rejected = decisions.filter((d) => d.verdict === 'rejected').length + lifecycleDecisions.filter((d) => d.verdict === 'rejected').length + (endpoint?.verdict === 'rejected' ? 1 : 0);
  return {
    ...(spec ? { tenant: spec.key } : {}),
    state: spec?.state ?? 'active',
    date,
    toolVersion: plan.toolVersion,
    ok: rejected === 0,
    counts,
    decisions,
    rejected,
    ...(retentionEnds !== undefined ? { backupRetentionEnds: retentionEnds, retentionSource: options.recordedRetention ? 'lock' : 'tenant-file' } : {}),
    unusedApprovals: approvals.map(([id]) => id).filter((id) => !used.has(id)),
    preventDestroy: options.stack ? 'checked' : 'not-checked',
    lifecycleDecisions,
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(move !== undefined ? { move: { from: move.from, to: move.to, phase: move.phase, ...(moveApproval !== undefined ? { approval: moveApproval } : {}) } } : {}),
  };
}

/** Human-readable summary of a guard report (rejected and approved changes in full, allowed ones counted). */
export function formatGuardReport(r: GuardReport): string {
  const lines: string[] = [];
  const c = r.counts;
  const total = c.create + c.update + c.delete + c.replace + c.forget;
  lines.push(
    r.tenant !== undefined
      ? `plan guard: tenant ${r.tenant} (state ${r.state}), tool version ${r.toolVersion}, run date ${r.date}`
      : `plan guard: no tenant given (protected resources only, no tenant scope check), tool version ${r.toolVersion}, run date ${r.date}`,
  );
  lines.push(`  ${total} change${total === 1 ? '' : 's'}: ${c.create} create, ${c.update} update, ${c.delete} delete, ${c.replace} replace${c.forget > 0 ? `, ${c.forget} forget` : ''}`);
  if (r.move) lines.push(`  move from cluster ${r.move.from} to ${r.move.to}: phase ${r.move.phase === 'leave' ? '1 (removing its Proxmox objects from the old cluster)' : '2 (creating its Proxmox objects on the new cluster)'}`);
  if (r.endpoint) {
    lines.push(r.endpoint.verdict === 'rejected' ? 'REJECTED endpoint' : `  endpoint ${r.endpoint.planned ?? ''} matches the lock's cluster`);
    for (const why of r.endpoint.reasons) lines.push(`    ${why}`);
  }
  if (r.backupRetentionEnds) {
    lines.push(`  backups are kept until ${r.backupRetentionEnds} (retention ${r.retentionSource === 'lock' ? 'recorded in the lock when the backups were taken' : 'of the current tenant file: the lock records none'})`);
  }
  for (const d of r.decisions) {
    if (d.verdict === 'allowed') continue;
    const tag = d.verdict === 'rejected' ? 'REJECTED' : 'APPROVED';
    lines.push(`${tag} ${d.kind.padEnd(7)} ${d.address}${d.category ? ` [${d.category}]` : ''}`);
    for (const why of d.reasons) lines.push(`    ${why}`);
    if (d.approval) {
      const a = d.approval;
      lines.push(`    approval "${a.id}" by ${a.approvedBy} on ${a.approvedOn}, valid until ${a.expires}: ${a.reason}`);
    }
  }
  for (const d of r.lifecycleDecisions) {
    lines.push(`${d.verdict === 'rejected' ? 'REJECTED' : 'APPROVED'} ${'lifecycle'.padEnd(7)} ${d.address} [prevent_destroy lifted]`);
    for (const why of d.reasons) lines.push(`    ${why}`);
    if (d.approval) lines.push(`    approval "${d.approval.id}" by ${d.approval.approvedBy} on ${d.approval.approvedOn}, valid until ${d.approval.expires}: ${d.approval.reason}`);
  }
  if (r.preventDestroy === 'not-checked') lines.push('  prevent_destroy not checked: no synthesized stack given (--stack, or cdk.tf.json next to the plan)');
  const allowed = r.decisions.filter((d) => d.verdict === 'allowed').length;
  const approved = r.decisions.filter((d) => d.verdict === 'approved').length + r.lifecycleDecisions.filter((d) => d.verdict === 'approved').length;
  if (r.unusedApprovals.length > 0) lines.push(`  unused approvals (remove them once applied): ${r.unusedApprovals.join(', ')}`);
  lines.push(
    r.ok
      ? `ok: ${allowed} allowed, ${approved} approved, 0 rejected`
      : `FAILED: ${r.rejected} of ${r.decisions.length + r.lifecycleDecisions.length} change${r.decisions.length + r.lifecycleDecisions.length === 1 ? '' : 's'} rejected (${allowed} allowed, ${approved} approved)`,
  );
  return `${lines.join('\n')}\n`;
}
