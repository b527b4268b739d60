/**
 * Applying the rule pack to a TerraformStack: an aspect adds a validation to the stack that
 * evaluates the pack on the stack's synthesized JSON (`stack.toTerraform()`), so `app.synth()` and
 * `Testing.synth(stack, true)` fail on unsuppressed errors. Add it to stacks, not to the App: in
 * cdktf 0.21 aspects on the App are not invoked by `App.synth()`.
 */
import { type IAspect, type TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { TenantSpec } from '../config/spec';
import { type StackReport } from './check';
import { type Suppression } from './suppressions';
import type { ComplianceRule } from './types';
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
/** The last compliance report of a stack (after synthesis), or undefined. */
export declare function complianceReportOf(stack: TerraformStack): StackReport | undefined;
/** Evaluates the pack on a stack now (synthesizes its JSON in memory). */
export declare function evaluateStack(stack: TerraformStack, options?: ComplianceOptions): StackReport;
/** The aspect behind {@link applyCompliance}. */
export declare class ComplianceAspect implements IAspect {
    private readonly stack;
    private readonly options;
    private added;
    constructor(stack: TerraformStack, options?: ComplianceOptions);
    visit(node: IConstruct): void;
}
/** Runs the rule pack on every synthesis of `stack`; by default unsuppressed errors fail synthesis. */
export declare function applyCompliance(stack: TerraformStack, options?: ComplianceOptions): ComplianceAspect;
