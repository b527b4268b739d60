/**
 * Suppressions: an exception to one rule, with a reason of real length and an optional expiry
 * date. On a construct (stored in its node metadata; applies to findings of resources at or below
 * it) or in the tenant file (KommuneFile.suppressions; applies to the whole tenant).
 */
import type { IConstruct } from 'constructs';
import { RULE_ID_PATTERN } from '../model/defaults';
import { reasonProblem, REASON_MIN_DISTINCT_CHARACTERS } from '../model/reasons';
export { DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS, forbiddingEntry } from '../model/suppression-policy';
import { didYouMean } from '../core/did-you-mean';
import { isCalendarDate } from '../core/dates';

/** Metadata entry type under which `suppress()` stores a suppression. */
export const SUPPRESSION_METADATA_TYPE = 'kommunal:compliance-suppression';

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
export function suppress(construct: IConstruct, rule: string, reason: string, options: SuppressOptions = {}): void {
  construct.node.addMetadata(SUPPRESSION_METADATA_TYPE, { rule, reason, ...(options.expires !== undefined ? { expires: options.expires } : {}) });
}

/** Every suppression declared with `suppress()` in `scope` and below. */
export function constructSuppressions(scope: IConstruct): Suppression[] {
  const out: Suppression[] = [];
  for (const node of scope.node.findAll()) {
    for (const m of node.node.metadata) {
      if (m.type !== SUPPRESSION_METADATA_TYPE) continue;
      const d = m.data as { rule: string; reason: string; expires?: string };
      out.push({ rule: d.rule, reason: d.reason, expires: d.expires, scope: node.node.path, source: 'construct', origin: node.node.path || '(root)' });
    }
  }
  return out;
}

/** Suppressions of a tenant file (TenantSpec.suppressions), keyed by their stable slug. */
export function tenantFileSuppressions(entries: Readonly<Record<string, { readonly rule: string; readonly reason: string; readonly expires?: string }>>): Suppression[] {
  return Object.keys(entries).sort().map((key) => {
    const e = entries[key];
    return { rule: e.rule, reason: e.reason, expires: e.expires, source: 'tenant-file' as const, origin: `suppressions.${key}` };
  });
}

/** Minimum number of distinct letters or digits in a reason (lib/model/reasons.ts). */
export { REASON_MIN_DISTINCT_CHARACTERS };

/** Which field of a suppression a problem is about. */
export type SuppressionField = 'rule' | 'reason' | 'expires';

/** One problem with a suppression's shape, with the field it is about (for positioned CLI output). */
export interface SuppressionFieldProblem {
  readonly field: SuppressionField;
  /** What is wrong, without the suppression's origin. */
  readonly text: string;
}

/** Problems with one suppression's shape (rule ID, reason, expiry date), each with its field. */
export function suppressionFieldProblems(s: Suppression, knownRules: readonly string[]): SuppressionFieldProblem[] {
  const out: SuppressionFieldProblem[] = [];
  if (typeof s.rule !== 'string' || !new RegExp(RULE_ID_PATTERN).test(s.rule) || !knownRules.includes(s.rule)) {
    const hint = typeof s.rule === 'string' ? didYouMean(s.rule, knownRules) : undefined;
    out.push({ field: 'rule', text: `rule ${JSON.stringify(s.rule)} is not a rule of the pack${hint ? `; did you mean ${hint}?` : ''} (known: ${knownRules.join(', ')})` });
  }
  const why = reasonProblem(s.reason);
  if (why !== undefined) out.push({ field: 'reason', text: why });
  if (s.expires !== undefined && !isIsoDate(s.expires)) {
    out.push({ field: 'expires', text: `expires ${JSON.stringify(s.expires)} is not a date; allowed: YYYY-MM-DD` });
  }
  return out;
}

/** Problems with one suppression's shape: rule ID, reason, expiry date. */
export function suppressionProblems(s: Suppression, knownRules: readonly string[]): string[] {
  return suppressionFieldProblems(s, knownRules).map((p) => `${s.origin} (${s.source}): ${p.text}`);
}

/** True for a real calendar date in ISO form (lib/core/dates.ts). */
export const isIsoDate = isCalendarDate;

/** Is the suppression in force on `now`? Without `now`, expiry is not evaluated (the report says so). */
export function isActive(s: Suppression, now: string | undefined): boolean {
  return s.expires === undefined || now === undefined || now <= s.expires;
}

/** Does a suppression cover a finding at `constructPath` (undefined: a whole-stack finding)? */
export function covers(s: Suppression, constructPath: string | undefined, stackPath: string | undefined): boolean {
  if (s.scope === undefined || s.scope === '' || s.scope === stackPath) return true;
  if (constructPath === undefined) return false;
  return constructPath === s.scope || constructPath.startsWith(`${s.scope}/`);
}
