/**
 * Compliance reports of a fleet: JSON (machine-readable), Markdown for the information security
 * officer (ISB, German terms, bilingual rule titles) and JUnit XML (GitLab shows it in merge
 * requests: one testsuite per tenant, one testcase per rule).
 */
import type { StackReport } from './check';
import { type IsolationResult } from './isolation';
import type { ResultStatus, RuleLevel } from './types';
/** The results of a fleet check. */
export interface FleetReport {
    readonly pack: string;
    /** Evaluation date (YYYY-MM-DD). */
    readonly date?: string;
    readonly tenants: readonly StackReport[];
    /** Fleet-wide tenant isolation, when analysed. */
    readonly isolation?: IsolationResult;
}
/** Collects stack reports (sorted by tenant) and the isolation result into a fleet report. */
export declare function fleetReport(tenants: readonly StackReport[], options?: {
    readonly date?: string;
    readonly isolation?: IsolationResult;
}): FleetReport;
/** Unsuppressed errors of the whole fleet (rule errors, suppression problems, isolation counter-examples). */
export declare function fleetErrorCount(r: FleetReport): number;
/** The JSON report (stable key order, two-space indentation, trailing newline). */
export declare function renderJsonReport(r: FleetReport): string;
export declare const STATUS_DE: Readonly<Record<ResultStatus, string>>;
export declare const LEVEL_DE: Readonly<Record<RuleLevel, string>>;
/** The Markdown report for the ISB. */
export declare function renderMarkdownReport(r: FleetReport): string;
export declare function xmlEscape(s: string): string;
/**
 * JUnit XML: one testsuite per tenant with one testcase per rule; `fail` is a failure (error and
 * warning levels alike, the type names the level), `unknown` and `suppressed` are skipped with the
 * reason; suppression problems and isolation counter-examples are failures of their own testcases.
 */
export declare function renderJunitReport(r: FleetReport): string;
