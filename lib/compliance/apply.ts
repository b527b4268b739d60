/**
 * Applying the rule pack to a TerraformStack: an aspect adds a validation to the stack that
 * evaluates the pack on the stack's synthesized JSON (`stack.toTerraform()`), so `app.synth()` and
 * `Testing.synth(stack, true)` fail on unsuppressed errors. Add it to stacks, not to the App: in
 * cdktf 0.21 aspects on the App are not invoked by `App.synth()`.
 */
import { Aspects, type IAspect, type TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { TenantSpec } from '../model/spec';
import { checkStack, errorLines, type StackReport } from './check';
import { GRUNDSCHUTZ_PACK_NAME } from './pack';
import { constructSuppressions, type Suppression } from './suppressions';
import type { ComplianceRule, StackJson } from './types';

/** `fail`: unsuppressed errors fail synthesis. `report-only`: they are only reported. */
export type ComplianceMode = 'fail' | 'report-only';

export interface ComplianceOptions {
  /** The tenant the stack renders. @default - rules that need it report unknown */
  readonly spec?: TenantSpec;
  /** Suppressions in addition to those of the tenant file and of `suppress()`. @default - none */
  readonly suppressions?: readonly Suppression[];
  /** Evaluation date (YYYY-MM-DD) for suppression expiry. @default - expiry not evaluated */
  readonly now?: string;
  /** @default 'fail' */
  readonly mode?: ComplianceMode;
  /** @default GRUNDSCHUTZ_PACK */
  readonly pack?: readonly ComplianceRule[];
  /** Called with the report of every evaluation. @default - none */
  readonly onReport?: (report: StackReport) => void;
}

const reports = new WeakMap<IConstruct, StackReport>();

/** The last compliance report of a stack (after synthesis), or undefined. */
export function complianceReportOf(stack: TerraformStack): StackReport | undefined {
  return reports.get(stack);
}

/** Evaluates the pack on a stack now (synthesizes its JSON in memory). */
export function evaluateStack(stack: TerraformStack, options: ComplianceOptions = {}): StackReport {
  const json = stack.toTerraform() as StackJson;
  const report = checkStack(json, {
    tenant: options.spec?.key ?? stack.node.id,
    spec: options.spec,
    suppressions: [...(options.suppressions ?? []), ...constructSuppressions(stack)],
    now: options.now,
    stackPath: stack.node.path,
    pack: options.pack,
  });
  reports.set(stack, report);
  options.onReport?.(report);
  return report;
}

/** The aspect behind {@link applyCompliance}. */
export class ComplianceAspect implements IAspect {
  private added = false;

  public constructor(private readonly stack: TerraformStack, private readonly options: ComplianceOptions = {}) {}

  public visit(node: IConstruct): void {
    if (node !== this.stack || this.added) return;
    this.added = true;
    node.node.addValidation({
      validate: () => {
        const report = evaluateStack(this.stack, this.options);
        if ((this.options.mode ?? 'fail') === 'report-only' || report.errorCount === 0) return [];
        const lines = errorLines(report);
        return [`${GRUNDSCHUTZ_PACK_NAME}: ${report.errorCount} unsuppressed compliance error${report.errorCount === 1 ? '' : 's'} in ${report.tenant}:\n` +
          lines.map((l) => `  - ${l}`).join('\n')];
      },
    });
  }
}

/** Runs the rule pack on every synthesis of `stack`; by default unsuppressed errors fail synthesis. */
export function applyCompliance(stack: TerraformStack, options: ComplianceOptions = {}): ComplianceAspect {
  const aspect = new ComplianceAspect(stack, options);
  Aspects.of(stack).add(aspect);
  return aspect;
}
