/**
 * Literal text in generated Markdown (tenant documents, the compliance report): a value from a
 * parameter file must not become a heading, list, quote, link, emphasis or table cell border.
 *
 * CommonMark 0.31.2 lets a backslash escape any ASCII punctuation character (section 2.4,
 * "Backslash escapes"), which then renders as itself; inside code spans backslashes are literal and
 * a code span is closed by a backtick run of the same length as the opening one (section 6.1).
 * GitHub Flavored Markdown adds `|` as the table cell delimiter and `~` for strikethrough (GFM
 * spec 0.29, sections 4.10 and 6.5).
 */
import { printable } from './display';

/** Characters that start or end inline Markdown anywhere in a line (emphasis, links, HTML, code, tables, entities). */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** At the start of a line: heading, quote, list item, setext underline, ordered list item. */
const LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Text that renders as exactly itself, on one line, wherever it is placed in a Markdown line. */
export function markdownText(text: string): string {
  return printable(text)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, marker: string) => `${space}${marker.replace(/[#>+=\-.)]/, (c) => `\\${c}`)}`);
}

/** A code span showing `text` literally: the fence is one backtick longer than any backtick run inside. */
export function markdownCode(text: string): string {
  const line = printable(text);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || line.startsWith(' ') || line.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
