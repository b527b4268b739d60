/**
 * Why a stack failed, as plain data: the construct that refused its props, or the findings and
 * suppression problems of the compliance rule pack. It crosses process and thread boundaries with
 * a failed synthesis (lib/synth), so that the CLI positions each problem at the parameter that
 * caused it instead of parsing the error's text.
 */
import { complianceReportOf } from '../compliance/apply';
import type { SuppressionProblemSite } from '../compliance/check';
import { isPropsValidationError, type ConstructProblem } from '../core/errors';
import type { TerraformStack } from 'cdktf';

/** An unsuppressed error-level finding of the compliance rule pack, as data. */
export interface ComplianceFindingDetail {
  readonly rule: string;
  /** Terraform address of the resource, absent for a whole-stack finding. */
  readonly address?: string;
  readonly message: string;
}

/** Why a stack failed, as plain data (see the module comment). */
export interface StackFailureDetail {
  /** A construct refused its props (PropsValidationError). */
  readonly props?: readonly ConstructProblem[];
  /** The compliance rule pack failed the stack. */
  readonly compliance?: {
    readonly findings: readonly ComplianceFindingDetail[];
    readonly suppressions: readonly SuppressionProblemSite[];
  };
}

/**
 * What is known about an error thrown while building or synthesizing `stack`: a construct's props
 * or the stack's last compliance report with errors; undefined for anything else.
 */
export function stackFailureDetail(e: unknown, stack?: TerraformStack): StackFailureDetail | undefined {
  if (isPropsValidationError(e)) return { props: e.constructProblems() };
  const report = stack !== undefined ? complianceReportOf(stack) : undefined;
  if (report === undefined || report.errorCount === 0) return undefined;
  const findings = report.results
    .filter((r) => r.status === 'fail' && r.level === 'error')
    .flatMap((r) => r.findings.map((f) => ({ rule: r.rule, ...(f.address !== undefined ? { address: f.address } : {}), message: f.message })));
  return { compliance: { findings, suppressions: report.suppressionProblemSites ?? [] } };
}
