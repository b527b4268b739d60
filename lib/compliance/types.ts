/**
 * Types of the compliance rule pack (docs/compliance.md). A rule is one pure function over a
 * synthesized stack (the cdk.tf.json object) and, when known, the tenant's TenantSpec. It never
 * reads the clock, the environment or the file system.
 */
import type { TenantSpec } from '../model/spec';

/** How serious a failing rule is. Only unsuppressed `error` findings fail synthesis and `kommunal check`. */
export type RuleLevel = 'error' | 'warning' | 'info';

/** What a rule found out about a stack. `unknown`: the rule could not decide (never reported as pass). */
export type RuleStatus = 'pass' | 'fail' | 'unknown';

/** The result of a rule in a report: a failing rule whose every finding is suppressed is `suppressed`. */
export type ResultStatus = RuleStatus | 'suppressed';

/** A synthesized stack as plain JSON (the content of cdk.tf.json). */
export interface StackJson {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  readonly data?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  readonly variable?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly output?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly provider?: Readonly<Record<string, unknown>>;
  readonly terraform?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** What a rule evaluates. */
export interface RuleContext {
  readonly json: StackJson;
  /** The tenant the stack renders, when known (KommuneStack, `kommunal check`). Hand-written stacks have none. */
  readonly spec?: TenantSpec;
}

/** One violation (or one reason for `unknown`). */
export interface Finding {
  /** Terraform address (`proxmox_acl.Access_Acl-x_1234`), or absent for a whole-stack finding. */
  readonly address?: string;
  /** Construct path from the resource metadata (`musterstadt/Access/Acl-x`), used to match construct suppressions. */
  readonly constructPath?: string;
  readonly message: string;
}

/** What a rule function returns. */
export interface RuleOutcome {
  readonly status: RuleStatus;
  /** Failing findings (status fail) or the reasons the rule could not decide (status unknown). */
  readonly findings: readonly Finding[];
}

/** Bilingual text: English for engineers, German for the ISB report. */
export interface Bilingual {
  readonly en: string;
  readonly de: string;
}

/** One rule of the pack. */
export interface ComplianceRule {
  /** Stable ID, `KOM-<AREA>-<n>`; never renumbered (suppressions and audit trails refer to it). */
  readonly id: string;
  readonly level: RuleLevel;
  readonly title: Bilingual;
  /** What the rule checks, one sentence. */
  readonly cause: string;
  /** How to fix a failure. */
  readonly fix: string;
  /** BSI IT-Grundschutz Kompendium requirement IDs (e.g. `CON.3.A2`). */
  readonly grundschutz: readonly string[];
  /** Requirement IDs of the newer Grundschutz++ catalogue; may be empty until mapped. */
  readonly grundschutzPlusPlus: readonly string[];
  /** The rule needs the TenantSpec for part of its decision (without it, that part reports unknown). */
  readonly usesSpec: 'no' | 'optional' | 'required';
  readonly evaluate: (ctx: RuleContext) => RuleOutcome;
}

export const pass = (): RuleOutcome => ({ status: 'pass', findings: [] });
export const unknown = (message: string, more: readonly Finding[] = []): RuleOutcome => ({ status: 'unknown', findings: [{ message }, ...more] });
/** Fails with the findings when there are any, else passes (or returns `otherwise`). */
export function failIfAny(findings: readonly Finding[], otherwise: RuleOutcome = pass()): RuleOutcome {
  return findings.length > 0 ? { status: 'fail', findings } : otherwise;
}
