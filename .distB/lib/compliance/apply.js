"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ComplianceAspect = void 0;
exports.complianceReportOf = complianceReportOf;
exports.evaluateStack = evaluateStack;
exports.applyCompliance = applyCompliance;
/**
 * Applying the rule pack to a TerraformStack: an aspect adds a validation to the stack that
 * evaluates the pack on the stack's synthesized JSON (`stack.toTerraform()`), so `app.synth()` and
 * `Testing.synth(stack, true)` fail on unsuppressed errors. Add it to stacks, not to the App: in
 * cdktf 0.21 aspects on the App are not invoked by `App.synth()`.
 */
const cdktf_1 = require("cdktf");
const check_1 = require("./check");
const pack_1 = require("./pack");
const suppressions_1 = require("./suppressions");
const reports = new WeakMap();
/** The last compliance report of a stack (after synthesis), or undefined. */
function complianceReportOf(stack) {
    return reports.get(stack);
}
/** Evaluates the pack on a stack now (synthesizes its JSON in memory). */
function evaluateStack(stack, options = {}) {
    const json = stack.toTerraform();
    const report = (0, check_1.checkStack)(json, {
        tenant: options.spec?.key ?? stack.node.id,
        spec: options.spec,
        suppressions: [...(options.suppressions ?? []), ...(0, suppressions_1.constructSuppressions)(stack)],
        now: options.now,
        stackPath: stack.node.path,
        pack: options.pack,
    });
    reports.set(stack, report);
    options.onReport?.(report);
    return report;
}
/** The aspect behind {@link applyCompliance}. */
class ComplianceAspect {
    stack;
    options;
    added = false;
    constructor(stack, options = {}) {
        this.stack = stack;
        this.options = options;
    }
    visit(node) {
        if (node !== this.stack || this.added)
            return;
        this.added = true;
        node.node.addValidation({
            validate: () => {
                const report = evaluateStack(this.stack, this.options);
                if ((this.options.mode ?? 'fail') === 'report-only' || report.errorCount === 0)
                    return [];
                const lines = (0, check_1.errorLines)(report);
                return [`${pack_1.GRUNDSCHUTZ_PACK_NAME}: ${report.errorCount} unsuppressed compliance error${report.errorCount === 1 ? '' : 's'} in ${report.tenant}:\n` +
                        lines.map((l) => `  - ${l}`).join('\n')];
            },
        });
    }
}
exports.ComplianceAspect = ComplianceAspect;
/** Runs the rule pack on every synthesis of `stack`; by default unsuppressed errors fail synthesis. */
function applyCompliance(stack, options = {}) {
    const aspect = new ComplianceAspect(stack, options);
    cdktf_1.Aspects.of(stack).add(aspect);
    return aspect;
}
