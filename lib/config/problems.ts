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
    super([head, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n'));
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
