/**
 * Runs the rule pack over one synthesized stack and applies suppressions. Pure: the evaluation
 * date is an input (`now`), never read from the clock.
 */
import type { TenantSpec } from '../model/spec';
import { GRUNDSCHUTZ_PACK } from './pack';
import { covers, isActive, isIsoDate, suppressionFieldProblems, tenantFileSuppressions, type Suppression, type SuppressionField } from './suppressions';
import type { Bilingual, ComplianceRule, Finding, ResultStatus, RuleLevel, StackJson } from './types';

/** A finding that a suppression accepted. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: Suppression;
}

/** The result of one rule on one stack. */
export interface RuleResult {
  readonly rule: string;
  readonly level: RuleLevel;
  readonly title: Bilingual;
  readonly grundschutz: readonly string[];
  readonly grundschutzPlusPlus: readonly string[];
  readonly status: ResultStatus;
  /** Unsuppressed failing findings (status fail) or the reasons the rule could not decide (status unknown). */
  readonly findings: readonly Finding[];
  /** Findings accepted by a suppression, with its reason. */
  readonly suppressed: readonly SuppressedFinding[];
  readonly fix: string;
}

/** The result of the pack on one stack. */
export interface StackReport {
  /** Tenant key or stack name. */
  readonly tenant: string;
  /** Evaluation date (YYYY-MM-DD) the suppressions were judged on, if given. */
  readonly date?: string;
  readonly results: readonly RuleResult[];
  /** Suppressions that are wrong (unknown rule, short reason, bad date) or match nothing. Each counts as an error. */
  readonly suppressionProblems: readonly string[];
  /**
   * The same problems as `suppressionProblems`, one for one and in the same order, as data:
   * the suppression and the field each is about (the CLI positions them at the tenant file's field).
   */
  readonly suppressionProblemSites?: readonly SuppressionProblemSite[];
  /** Remarks, e.g. expired suppressions or an expiry that could not be evaluated. */
  readonly notes: readonly string[];
  /** Unsuppressed failures of error-level rules plus suppression problems. */
  readonly errorCount: number;
  /** Unsuppressed failures of warning-level rules. */
  readonly warningCount: number;
}

/** A suppression problem as data (see StackReport.suppressionProblemSites). */
export interface SuppressionProblemSite {
  /** The suppression's origin, e.g. `suppressions.mfa-ldap` for one of the tenant file. */
  readonly origin: string;
  readonly source: Suppression['source'];
  /** The field the problem is about; absent when it is about the whole suppression (it matches nothing). */
  readonly field?: SuppressionField;
  /** What is wrong, without the origin. */
  readonly text: string;
}

export interface CheckStackOptions {
  /** Tenant key (report name). @default spec.key, else 'stack' */
  readonly tenant?: string;
  /** The tenant's resolved spec; its `suppressions` (from the Kommune file) are applied. */
  readonly spec?: TenantSpec;
  /** Further suppressions (from constructs or given directly). */
  readonly suppressions?: readonly Suppression[];
  /** Evaluation date YYYY-MM-DD for expiry. @default - expiry not evaluated (noted in the report) */
  readonly now?: string;
  /** Construct path of the stack: a construct suppression on it covers whole-stack findings. @default the tenant */
  readonly stackPath?: string;
  /** @default GRUNDSCHUTZ_PACK */
  readonly pack?: readonly ComplianceRule[];
}

/** Evaluates the rule pack on a synthesized stack JSON. */
export function checkStack(json: StackJson, options: CheckStackOptions = {}): StackReport {
  const pack = options.pack ?? GRUNDSCHUTZ_PACK;
  const spec = options.spec;
  const tenant = options.tenant ?? spec?.key ?? 'stack';
  const stackPath = options.stackPath ?? tenant;
  const known = pack.map((r) => r.id);
  const problems: string[] = [];
  const sites: SuppressionProblemSite[] = [];
  const problem = (s: Suppression, text: string, field?: SuppressionField): void => {
    problems.push(`${s.origin} (${s.source}): ${text}`);
    sites.push({ origin: s.origin, source: s.source, ...(field !== undefined ? { field } : {}), text });
  };
  const notes: string[] = [];
  if (options.now !== undefined && !isIsoDate(options.now)) {
    throw new Error(`checkStack: now ${JSON.stringify(options.now)} is not a date; allowed: YYYY-MM-DD`);
  }
  const all = [...(spec ? tenantFileSuppressions(spec.suppressions) : []), ...(options.suppressions ?? [])];
  const valid: Suppression[] = [];
  for (const s of all) {
    const p = suppressionFieldProblems(s, known);
    for (const x of p) problem(s, x.text, x.field);
    if (p.length > 0) continue;
    if (!isActive(s, options.now)) {
      notes.push(`${s.origin}: suppression of ${s.rule} expired on ${s.expires} and no longer applies`);
      continue;
    }
    if (s.expires !== undefined && options.now === undefined) notes.push(`${s.origin}: expiry ${s.expires} of the ${s.rule} suppression not evaluated (no evaluation date given)`);
    valid.push(s);
  }
  const used = new Set<Suppression>();
  const results: RuleResult[] = [];
  for (const rule of pack) {
    let outcome;
    try {
      outcome = rule.evaluate({ json, spec });
    } catch (e) {
      outcome = { status: 'unknown' as const, findings: [{ message: `rule could not evaluate the stack: ${(e as Error).message}` }] };
    }
    const base = { rule: rule.id, level: rule.level, title: rule.title, grundschutz: rule.grundschutz, grundschutzPlusPlus: rule.grundschutzPlusPlus, fix: rule.fix };
    if (outcome.status !== 'fail') {
      results.push({ ...base, status: outcome.status, findings: outcome.findings, suppressed: [] });
      continue;
    }
    const open: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    for (const f of outcome.findings) {
      const s = valid.find((x) => x.rule === rule.id && covers(x, f.constructPath, stackPath));
      if (s === undefined) open.push(f);
      else {
        used.add(s);
        suppressed.push({ finding: f, suppression: s });
      }
    }
    results.push({ ...base, status: open.length > 0 ? 'fail' : 'suppressed', findings: open, suppressed });
  }
  for (const s of valid) {
    if (!used.has(s)) problem(s, `suppression of ${s.rule} matches no finding; remove it`);
  }
  const failing = (level: RuleLevel) => results.filter((r) => r.status === 'fail' && r.level === level).length;
  return {
    tenant,
    ...(options.now !== undefined ? { date: options.now } : {}),
    results,
    suppressionProblems: problems,
    suppressionProblemSites: sites,
    notes,
    errorCount: failing('error') + problems.length,
    warningCount: failing('warning'),
  };
}

/** One line per unsuppressed error (for synth errors and the CLI). */
export function errorLines(report: StackReport): string[] {
  const out: string[] = [];
  for (const r of report.results) {
    if (r.status !== 'fail' || r.level !== 'error') continue;
    for (const f of r.findings) out.push(`${r.rule} ${f.address ?? report.tenant}: ${f.message} (fix: ${r.fix})`);
  }
  for (const p of report.suppressionProblems) out.push(`suppression ${p}`);
  return out;
}
