/**
 * The one way a value is shown in a message: strings quoted, everything else as JSON, optionally
 * shortened. Each message module picks its options once (construct props: full values; parameter
 * files and conformance findings: at most 60 characters; parameter files say "nothing" for a
 * missing value).
 */

/** How `show` renders a value. */
export interface DisplayOptions {
  /**
   * Longest text shown; longer texts are cut and end in "...".
   * @default - no limit
   */
  readonly maxLength?: number;
  /**
   * Text shown for `undefined`.
   * @default 'undefined'
   */
  readonly undefinedAs?: string;
}

/** Formats a value for a message: strings quoted, everything else as JSON (String() when JSON cannot). */
export function show(value: unknown, options: DisplayOptions = {}): string {
  let text: string;
  if (value === undefined) text = options.undefinedAs ?? 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  // JSON escapes C0 controls only; DEL and C1 controls (a CSI U+009B starts a terminal sequence) too.
  text = printable(text);
  const max = options.maxLength;
  return max !== undefined && text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** C0 controls (line breaks, tab, ESC, NUL, ...), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text made safe to print on one line of a terminal or document: every control character (a line
 * break, ESC, NUL, a C1 control such as CSI U+009B) is written as a visible `\uXXXX`, so a value
 * can neither start a new line nor send an escape sequence to the terminal.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
