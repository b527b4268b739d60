"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkStack = checkStack;
exports.errorLines = errorLines;
const pack_1 = require("./pack");
const suppressions_1 = require("./suppressions");
/** Evaluates the rule pack on a synthesized stack JSON. */
function checkStack(json, options = {}) {
    const pack = options.pack ?? pack_1.GRUNDSCHUTZ_PACK;
    const spec = options.spec;
    const tenant = options.tenant ?? spec?.key ?? 'stack';
    const stackPath = options.stackPath ?? tenant;
    const known = pack.map((r) => r.id);
    const problems = [];
    const notes = [];
    if (options.now !== undefined && !(0, suppressions_1.isIsoDate)(options.now)) {
        throw new Error(`checkStack: now ${JSON.stringify(options.now)} is not a date; allowed: YYYY-MM-DD`);
    }
    const all = [...(spec ? (0, suppressions_1.tenantFileSuppressions)(spec.suppressions) : []), ...(options.suppressions ?? [])];
    const valid = [];
    for (const s of all) {
        const p = (0, suppressions_1.suppressionProblems)(s, known);
        problems.push(...p);
        if (p.length > 0)
            continue;
        if (!(0, suppressions_1.isActive)(s, options.now)) {
            notes.push(`${s.origin}: suppression of ${s.rule} expired on ${s.expires} and no longer applies`);
            continue;
        }
        if (s.expires !== undefined && options.now === undefined)
            notes.push(`${s.origin}: expiry ${s.expires} of the ${s.rule} suppression not evaluated (no evaluation date given)`);
        valid.push(s);
    }
    const used = new Set();
    const results = [];
    for (const rule of pack) {
        let outcome;
        try {
            outcome = rule.evaluate({ json, spec });
        }
        catch (e) {
            outcome = { status: 'unknown', findings: [{ message: `rule could not evaluate the stack: ${e.message}` }] };
        }
        const base = { rule: rule.id, level: rule.level, title: rule.title, grundschutz: rule.grundschutz, grundschutzPlusPlus: rule.grundschutzPlusPlus, fix: rule.fix };
        if (outcome.status !== 'fail') {
            results.push({ ...base, status: outcome.status, findings: outcome.findings, suppressed: [] });
            continue;
        }
        const open = [];
        const suppressed = [];
        for (const f of outcome.findings) {
            const s = valid.find((x) => x.rule === rule.id && (0, suppressions_1.covers)(x, f.constructPath, stackPath));
            if (s === undefined)
                open.push(f);
            else {
                used.add(s);
                suppressed.push({ finding: f, suppression: s });
            }
        }
        results.push({ ...base, status: open.length > 0 ? 'fail' : 'suppressed', findings: open, suppressed });
    }
    for (const s of valid) {
        if (!used.has(s))
            problems.push(`${s.origin} (${s.source}): suppression of ${s.rule} matches no finding; remove it`);
    }
    const failing = (level) => results.filter((r) => r.status === 'fail' && r.level === level).length;
    return {
        tenant,
        ...(options.now !== undefined ? { date: options.now } : {}),
        results,
        suppressionProblems: problems,
        notes,
        errorCount: failing('error') + problems.length,
        warningCount: failing('warning'),
    };
}
/** One line per unsuppressed error (for synth errors and the CLI). */
function errorLines(report) {
    const out = [];
    for (const r of report.results) {
        if (r.status !== 'fail' || r.level !== 'error')
            continue;
        for (const f of r.findings)
            out.push(`${r.rule} ${f.address ?? report.tenant}: ${f.message} (fix: ${r.fix})`);
    }
    for (const p of report.suppressionProblems)
        out.push(`suppression ${p}`);
    return out;
}
