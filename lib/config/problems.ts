/**
 * Problems found in parameter files, with the position of the offending value, and the error that
 * carries all of them at once.
 */

/** One problem: where it is (file:line:column, field path) and what is wrong. */
export interface Problem {
  /** File as shown to the user (relative to the working directory or a display root). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Field path, e.g. `backup.retention.keepDaily`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/** Formats one problem as `file:line:column path: message`. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return p.path === '' ? `${where} ${p.message}` : `${where} ${p.path}: ${p.message}`;
}

/**
 * How many problems a report shows before it stops with "... and K more problems": enough to fix a
 * file's real mistakes in one pass, without flooding a terminal or CI log when a file is hostile or
 * broken throughout (a 5 MB file of unknown keys has hundreds of thousands). The count of all
 * problems is always given.
 */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * The lines of a report: the first {@link MAX_REPORTED_PROBLEMS} problems (in the given order), each
 * formatted, then "... and K more problems" when some were left out.
 * @param format how one problem is shown, e.g. formatProblem
 */
export function reportLines<T>(sorted: readonly T[], format: (p: T) => string): string[] {
  const shown = sorted.slice(0, MAX_REPORTED_PROBLEMS).map(format);
  const more = sorted.length - shown.length;
  if (more > 0) shown.push(`... and ${more} more problem${more === 1 ? '' : 's'} (${sorted.length} in all; the first ${MAX_REPORTED_PROBLEMS} are shown)`);
  return shown;
}

/** Sorts problems by file, line, column, path and message (stable, deterministic output). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.path, b.path) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Thrown by the loaders when parameter files are invalid; carries every problem found. */
export class ValidationError extends Error {
  public readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((p) => p.file)).size;
    const head = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} parameter file${files === 1 ? '' : 's'}:`;
    super([head, ...reportLines(sorted, formatProblem).map((l) => `  ${l}`)].join('\n'));
    this.name = 'ValidationError';
    this.problems = Object.freeze(sorted);
  }
}

/** Type guard that also works across module copies (dist vs. lib). */
export function isValidationError(e: unknown): e is ValidationError {
  return e instanceof ValidationError || (e instanceof Error && e.name === 'ValidationError' && Array.isArray((e as { problems?: unknown }).problems));
}

/** Formats a field path from segments: `a.b[0]["odd key"]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
