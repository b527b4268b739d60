/**
 * Compliance reports of a fleet: JSON (machine-readable), Markdown for the information security
 * officer (ISB, German terms, bilingual rule titles) and JUnit XML (GitLab shows it in merge
 * requests: one testsuite per tenant, one testcase per rule).
 */
import type { RuleResult, StackReport } from './check';
import { printable } from '../core/display';
import { markdownText } from '../core/markdown';
import { formatViolation, type IsolationResult } from './isolation';
import { GRUNDSCHUTZ_PACK_NAME } from './pack';
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
export function fleetReport(tenants: readonly StackReport[], options: { readonly date?: string; readonly isolation?: IsolationResult } = {}): FleetReport {
  return {
    pack: GRUNDSCHUTZ_PACK_NAME,
    ...(options.date !== undefined ? { date: options.date } : {}),
    tenants: [...tenants].sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0)),
    ...(options.isolation !== undefined ? { isolation: options.isolation } : {}),
  };
}

/** Unsuppressed errors of the whole fleet (rule errors, suppression problems, isolation counter-examples). */
export function fleetErrorCount(r: FleetReport): number {
  return r.tenants.reduce((n, t) => n + t.errorCount, 0) + (r.isolation?.violations.length ?? 0);
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

function ruleJson(r: RuleResult) {
  return {
    id: r.rule,
    level: r.level,
    title: r.title,
    status: r.status,
    grundschutz: r.grundschutz,
    grundschutzPlusPlus: r.grundschutzPlusPlus,
    findings: r.findings.map((f) => ({ ...(f.address ? { address: f.address } : {}), message: f.message })),
    suppressed: r.suppressed.map((s) => ({
      ...(s.finding.address ? { address: s.finding.address } : {}),
      message: s.finding.message,
      reason: s.suppression.reason,
      origin: s.suppression.origin,
      ...(s.suppression.expires ? { expires: s.suppression.expires } : {}),
    })),
  };
}

/** The JSON report (stable key order, two-space indentation, trailing newline). */
export function renderJsonReport(r: FleetReport): string {
  const doc = {
    pack: r.pack,
    ...(r.date !== undefined ? { date: r.date } : {}),
    summary: {
      tenants: r.tenants.length,
      errors: fleetErrorCount(r),
      warnings: r.tenants.reduce((n, t) => n + t.warningCount, 0),
    },
    tenants: Object.fromEntries(r.tenants.map((t) => [t.tenant, {
      errors: t.errorCount,
      warnings: t.warningCount,
      rules: t.results.map(ruleJson),
      suppressionProblems: t.suppressionProblems,
      notes: t.notes,
    }])),
    ...(r.isolation !== undefined ? { isolation: r.isolation } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Markdown (German, for the ISB)
// ---------------------------------------------------------------------------------------------

export const STATUS_DE: Readonly<Record<ResultStatus, string>> = {
  pass: 'erfüllt',
  fail: 'nicht erfüllt',
  unknown: 'nicht prüfbar',
  suppressed: 'Ausnahme (begründet)',
};

export const LEVEL_DE: Readonly<Record<RuleLevel, string>> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };

const cell = (s: string): string => printable(s).replace(/\|/g, '\\|');

/** The Markdown report for the ISB. */
export function renderMarkdownReport(r: FleetReport): string {
  const out: string[] = [];
  out.push(`# Compliance-Bericht IT-Grundschutz (${r.pack})`, '');
  out.push(`Stichtag: ${r.date ?? 'nicht angegeben (Ablaufdaten von Ausnahmen nicht geprüft)'}  `);
  out.push(`Mandanten (Kommunen): ${r.tenants.length}  `);
  out.push(`Offene Fehler: ${fleetErrorCount(r)}`, '');
  out.push('Ergebnisse: *erfüllt*; *nicht erfüllt*; *nicht prüfbar* (die Regel kann aus der Konfiguration nicht entscheiden; manuell nachweisen); *Ausnahme (begründet)* (unterdrückt, mit Begründung).', '');
  out.push('## Übersicht', '', '| Kommune | erfüllt | nicht erfüllt | nicht prüfbar | Ausnahme | Fehler | Warnungen |', '|---|---|---|---|---|---|---|');
  for (const t of r.tenants) {
    const n = (s: ResultStatus) => t.results.filter((x) => x.status === s).length;
    out.push(`| ${cell(t.tenant)} | ${n('pass')} | ${n('fail')} | ${n('unknown')} | ${n('suppressed')} | ${t.errorCount} | ${t.warningCount} |`);
  }
  out.push('');
  for (const t of r.tenants) {
    out.push(`## Kommune ${t.tenant}`, '');
    out.push('| Regel | Titel (deutsch / english) | Stufe | Ergebnis | Grundschutz-Anforderungen |', '|---|---|---|---|---|');
    for (const x of t.results) {
      const req = [...x.grundschutz, ...x.grundschutzPlusPlus].join(', ');
      out.push(`| ${x.rule} | ${cell(x.title.de)} / *${cell(x.title.en)}* | ${LEVEL_DE[x.level]} | ${STATUS_DE[x.status]} | ${req} |`);
    }
    out.push('');
    const details = t.results.filter((x) => x.findings.length > 0 || x.suppressed.length > 0);
    if (details.length > 0) {
      out.push('### Feststellungen', '');
      for (const x of details) {
        for (const f of x.findings) out.push(`- **${x.rule}** (${STATUS_DE[x.status]}) ${f.address ? `\`${f.address}\`: ` : ''}${f.message}${x.status === 'fail' ? ` — Maßnahme: ${x.fix}` : ''}`);
        for (const s of x.suppressed) {
          out.push(`- **${x.rule}** (Ausnahme) ${s.finding.address ? `\`${s.finding.address}\`: ` : ''}${s.finding.message} — Begründung: „${markdownText(s.suppression.reason)}“ (${s.suppression.origin}${s.suppression.expires ? `, gültig bis ${s.suppression.expires}` : ''})`);
        }
      }
      out.push('');
    }
    if (t.suppressionProblems.length > 0) {
      out.push('### Fehlerhafte Ausnahmen', '', ...t.suppressionProblems.map((p) => `- ${p}`), '');
    }
    if (t.notes.length > 0) out.push('### Hinweise', '', ...t.notes.map((p) => `- ${p}`), '');
  }
  if (r.isolation !== undefined) {
    const i = r.isolation;
    out.push('## Mandantentrennung (Berechtigungen)', '');
    out.push(`Geprüft: ${i.tenants} Mandanten, ${i.grantsChecked} Berechtigungen, ${i.resourcesIndexed} Ressourcen. Ergebnis: ${i.ok ? 'keine Berechtigung eines Mandanten erreicht Ressourcen eines anderen' : `${i.violations.length} Gegenbeispiel(e)`}.`, '');
    for (const v of i.violations) out.push(`- ${formatViolation(v)}`);
    if (i.violations.length > 0) out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// ---------------------------------------------------------------------------------------------
// JUnit XML
// ---------------------------------------------------------------------------------------------

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/**
 * JUnit XML: one testsuite per tenant with one testcase per rule; `fail` is a failure (error and
 * warning levels alike, the type names the level), `unknown` and `suppressed` are skipped with the
 * reason; suppression problems and isolation counter-examples are failures of their own testcases.
 */
export function renderJunitReport(r: FleetReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const t of r.tenants) {
    const cases: string[] = [];
    let f = 0;
    let s = 0;
    for (const x of t.results) {
      const name = xmlEscape(`${x.rule} ${x.title.en}`);
      const cls = xmlEscape(`${r.pack}.${t.tenant}`);
      if (x.status === 'fail') {
        f++;
        const text = x.findings.map((y) => `${y.address ? `${y.address}: ` : ''}${y.message}`).join('\n');
        cases.push(`    <testcase name="${name}" classname="${cls}">\n      <failure type="${x.level}" message="${xmlEscape(x.findings[0]?.message ?? 'failed')}">${xmlEscape(`${text}\nFix: ${x.fix}\nGrundschutz: ${x.grundschutz.join(', ')}`)}</failure>\n    </testcase>`);
      } else if (x.status === 'unknown') {
        s++;
        cases.push(`    <testcase name="${name}" classname="${cls}">\n      <skipped message="${xmlEscape(`unknown: ${x.findings.map((y) => y.message).join('; ')}`)}"/>\n    </testcase>`);
      } else if (x.status === 'suppressed') {
        s++;
        cases.push(`    <testcase name="${name}" classname="${cls}">\n      <skipped message="${xmlEscape(`suppressed: ${[...new Set(x.suppressed.map((y) => y.suppression.reason))].join('; ')}`)}"/>\n    </testcase>`);
      } else {
        cases.push(`    <testcase name="${name}" classname="${cls}"/>`);
      }
    }
    if (t.suppressionProblems.length > 0) {
      f++;
      cases.push(`    <testcase name="suppressions" classname="${xmlEscape(`${r.pack}.${t.tenant}`)}">\n      <failure type="error" message="${xmlEscape(t.suppressionProblems[0])}">${xmlEscape(t.suppressionProblems.join('\n'))}</failure>\n    </testcase>`);
    }
    const n = cases.length;
    tests += n;
    failures += f;
    skipped += s;
    suites.push(`  <testsuite name="${xmlEscape(t.tenant)}" tests="${n}" failures="${f}" errors="0" skipped="${s}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (r.isolation !== undefined) {
    const i = r.isolation;
    tests++;
    const body = i.ok
      ? '    <testcase name="tenant isolation" classname="isolation"/>'
      : `    <testcase name="tenant isolation" classname="isolation">\n      <failure type="error" message="${xmlEscape(formatViolation(i.violations[0]))}">${xmlEscape(i.violations.map(formatViolation).join('\n'))}</failure>\n    </testcase>`;
    if (!i.ok) failures++;
    suites.push(`  <testsuite name="isolation" tests="1" failures="${i.ok ? 0 : 1}" errors="0" skipped="0">\n${body}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlEscape(r.pack)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
