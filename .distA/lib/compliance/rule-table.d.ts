import type { ComplianceRule } from './types';
export declare const RULES_START_MARKER = "<!-- rules:start -->";
export declare const RULES_END_MARKER = "<!-- rules:end -->";
/** The Markdown table of the pack (no markers). */
export declare function renderRuleTable(pack?: readonly ComplianceRule[]): string;
/** Replaces the text between the markers of `text` with the rule table; throws when the markers are missing. */
export declare function withRuleTable(text: string, file?: string, pack?: readonly ComplianceRule[]): string;
/** Rewrites the rule table of a README in place; returns whether the file changed. */
export declare function writeRuleTable(readmePath: string): boolean;
