/**
 * Suppressions: an exception to one rule, with a reason of real length and an optional expiry
 * date. On a construct (stored in its node metadata; applies to findings of resources at or below
 * it) or in the tenant file (KommuneFile.suppressions; applies to the whole tenant).
 */
import type { IConstruct } from 'constructs';
import { isCalendarDate } from '../core/dates';
/** Metadata entry type under which `suppress()` stores a suppression. */
export declare const SUPPRESSION_METADATA_TYPE = "kommunal:compliance-suppression";
/** Where a suppression was declared. */
export type SuppressionSource = 'construct' | 'tenant-file' | 'option';
export interface Suppression {
    /** Rule ID, e.g. KOM-NET-1. */
    readonly rule: string;
    /** Why the finding is accepted: who decided, why, until when (at least REASON_MIN_LENGTH characters). */
    readonly reason: string;
    /** ISO date (YYYY-MM-DD); from the day after, the suppression no longer applies. @default - never expires */
    readonly expires?: string;
    /** Construct path the suppression covers (it and everything below). @default - the whole stack */
    readonly scope?: string;
    readonly source: SuppressionSource;
    /** Human reference to the declaration, e.g. `suppressions.mfa-ldap` or a construct path. */
    readonly origin: string;
}
export interface SuppressOptions {
    /** ISO date after which the suppression stops applying. @default - never expires */
    readonly expires?: string;
}
/**
 * Suppresses a rule for a construct and everything below it. The suppression is checked when the
 * rule pack runs: an unknown rule ID, a too-short reason or a suppression that matches nothing
 * fail the check.
 */
export declare function suppress(construct: IConstruct, rule: string, reason: string, options?: SuppressOptions): void;
/** Every suppression declared with `suppress()` in `scope` and below. */
export declare function constructSuppressions(scope: IConstruct): Suppression[];
/** Suppressions of a tenant file (TenantSpec.suppressions), keyed by their stable slug. */
export declare function tenantFileSuppressions(entries: Readonly<Record<string, {
    readonly rule: string;
    readonly reason: string;
    readonly expires?: string;
}>>): Suppression[];
/** Minimum number of distinct letters or digits in a reason ("aaaaaaaaaaaaaaaaaaaaaa" tells an auditor nothing). */
export declare const REASON_MIN_DISTINCT_CHARACTERS = 6;
/** Problems with one suppression's shape: rule ID, reason, expiry date. */
export declare function suppressionProblems(s: Suppression, knownRules: readonly string[]): string[];
/** True for a real calendar date in ISO form (lib/core/dates.ts). */
export declare const isIsoDate: typeof isCalendarDate;
/** Is the suppression in force on `now`? Without `now`, expiry is not evaluated (the report says so). */
export declare function isActive(s: Suppression, now: string | undefined): boolean;
/** Does a suppression cover a finding at `constructPath` (undefined: a whole-stack finding)? */
export declare function covers(s: Suppression, constructPath: string | undefined, stackPath: string | undefined): boolean;
