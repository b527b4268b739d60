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
  const max = options.maxLength;
  return max !== undefined && text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
