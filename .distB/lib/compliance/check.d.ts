/**
 * Runs the rule pack over one synthesized stack and applies suppressions. Pure: the evaluation
 * date is an input (`now`), never read from the clock.
 */
import type { TenantSpec } from '../config/spec';
import { type Suppression } from './suppressions';
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
    /** Remarks, e.g. expired suppressions or an expiry that could not be evaluated. */
    readonly notes: readonly string[];
    /** Unsuppressed failures of error-level rules plus suppression problems. */
    readonly errorCount: number;
    /** Unsuppressed failures of warning-level rules. */
    readonly warningCount: number;
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
export declare function checkStack(json: StackJson, options?: CheckStackOptions): StackReport;
/** One line per unsuppressed error (for synth errors and the CLI). */
export declare function errorLines(report: StackReport): string[];
