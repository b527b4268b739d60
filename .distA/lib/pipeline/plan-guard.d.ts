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
import type { RetentionSpec, TenantSpec } from '../config/spec';
import { ChangeKind, PlanJson } from './plan-json';
import { ResourceCategory } from './resource-classes';
import { addDays, isCalendarDate } from '../core/dates';
export interface GuardOptions {
    /** The run date, "YYYY-MM-DD": approvals count from `approvedOn` to `expires` inclusive. */
    readonly date: string;
    /** Name of the tenant file, for messages. @default "the tenant file of <key>" */
    readonly tenantFile?: string;
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
    readonly verdict: Verdict;
    /** Why a change was rejected (one line each). */
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
    readonly counts: {
        readonly create: number;
        readonly update: number;
        readonly delete: number;
        readonly replace: number;
        readonly forget: number;
    };
    /** Changes in plan order (no-ops and reads left out). */
    readonly decisions: readonly GuardDecision[];
    readonly rejected: number;
    /** Date from which backups of a decommissioning tenant may be deleted. */
    readonly backupRetentionEnds?: string;
    /** Approvals of the tenant file that no change of this plan used. */
    readonly unusedApprovals: readonly string[];
}
/** True for a real calendar date "YYYY-MM-DD" (lib/core/dates.ts). */
export declare const isIsoDate: typeof isCalendarDate;
export { addDays };
/**
 * Days the oldest backup of a tenant can be kept after its last backup: the longest of keep-daily
 * days, keep-weekly weeks, keep-monthly months (31 days) and keep-yearly years (366 days).
 * keep-last counts backups, not time, and is not part of it.
 */
export declare function longestRetentionDays(r: RetentionSpec): number;
/** Matches a resource address against an approval address: exact, or glob (`*` no dots, `**` anything). */
export declare function addressMatches(pattern: string, address: string): boolean;
/** True for an update that only switches a backup job off (enabled true → false), nothing else. */
export declare function isBackupJobStop(type: string, before: unknown, after: unknown): boolean;
/**
 * Runs the guard over a parsed plan for one tenant. Without a tenant (`spec` undefined, e.g. for
 * the platform stack) only the protected classes are checked, and no approval can apply.
 * @throws Error when `options.date` is not a calendar date
 */
export declare function guardPlan(plan: PlanJson, spec: TenantSpec | undefined, options: GuardOptions): GuardReport;
/** Human-readable summary of a guard report (rejected and approved changes in full, allowed ones counted). */
export declare function formatGuardReport(r: GuardReport): string;
