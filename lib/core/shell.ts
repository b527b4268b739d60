/**
 * Shell quoting for generated job scripts: the one helper every interpolation into a script line
 * goes through.
 *
 * POSIX shell (and bash) take every character between single quotes literally, except the closing
 * single quote itself (POSIX.1-2017, Shell Command Language, 2.2.2 "Single-Quotes"; bash manual,
 * 3.1.2.2). A single quote inside the value is written as `'\''` (close, escaped quote, reopen).
 * Values made only of characters no shell treats specially stay as they are, so generated files
 * keep their familiar look (`--fleet fleet.yaml`); this safe set is the one of Python's
 * `shlex.quote` (letters, digits and `@%+=:,./_-`).
 *
 * Quoting stops the shell from reading a value as code; it cannot stop the called program from
 * reading a value that starts with `-` as an option, and a line break inside a script line makes
 * GitLab's job log and `set -x` traces lie about what ran. {@link shellArgumentProblem} names those
 * values so callers refuse them with a usage error instead of quoting them.
 */

const SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/**
 * The value as one shell word: unchanged when it holds only safe characters (unless `always`),
 * else single-quoted.
 */
export function shellQuote(value: string, options: { readonly always?: boolean } = {}): string {
  if (!options.always && SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** C0 controls (line breaks, tab, ESC, NUL, ...), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `value` cannot be passed to a command in a generated script line, or undefined when it can:
 * it is empty, holds a control character (a line break among them), or (with `argument`) starts
 * with `-` and would be read as an option.
 */
export function shellArgumentProblem(value: string, options: { readonly argument?: boolean } = {}): string | undefined {
  if (value === '') return 'is empty';
  const control = CONTROL.exec(value);
  if (control !== null) {
    return `holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at position ${control.index + 1}, which cannot be written into a job script line`;
  }
  if (options.argument && value.startsWith('-')) return `starts with "-", so the command would read it as an option; write it as ./${value}`;
  return undefined;
}
