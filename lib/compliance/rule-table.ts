/**
 * The README's rule table, generated from the pack (STYLE 8, 13). `writeRuleTable(readme)`
 * rewrites the section between the markers; a test fails when the README drifts.
 */
import * as fs from 'fs';
import { GRUNDSCHUTZ_PACK } from './pack';
import type { ComplianceRule } from './types';

export const RULES_START_MARKER = '<!-- rules:start -->';
export const RULES_END_MARKER = '<!-- rules:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The Markdown table of the pack (no markers). */
export function renderRuleTable(pack: readonly ComplianceRule[] = GRUNDSCHUTZ_PACK): string {
  const lines = [
    '| ID | Level | Rule (English / Deutsch) | Checks | Grundschutz | Grundschutz++ | Needs TenantSpec |',
    '|---|---|---|---|---|---|---|',
    ...pack.map((r) => `| ${r.id} | ${r.level} | ${cell(r.title.en)} / ${cell(r.title.de)} | ${cell(r.cause)} | ${r.grundschutz.join(', ')} | ${r.grundschutzPlusPlus.join(', ') || '–'} | ${r.usesSpec} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between the markers of `text` with the rule table; throws when the markers are missing. */
export function withRuleTable(text: string, file = 'README.md', pack: readonly ComplianceRule[] = GRUNDSCHUTZ_PACK): string {
  const start = text.indexOf(RULES_START_MARKER);
  const end = text.indexOf(RULES_END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`${file}: markers ${RULES_START_MARKER} and ${RULES_END_MARKER} not found (in this order); add them under "## Compliance rules (generated)"`);
  }
  return `${text.slice(0, start + RULES_START_MARKER.length)}\n${renderRuleTable(pack)}${text.slice(end)}`;
}

/** Rewrites the rule table of a README in place; returns whether the file changed. */
export function writeRuleTable(readmePath: string): boolean {
  const before = fs.readFileSync(readmePath, 'utf8');
  const after = withRuleTable(before, readmePath);
  if (after === before) return false;
  fs.writeFileSync(readmePath, after);
  return true;
}
