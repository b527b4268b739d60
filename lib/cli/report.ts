/** How the CLI prints problems of parameter files and the lock: one format for every command. */
import { formatProblem, Problem, reportLines, sortProblems } from '../config/problems';
import type { CliIo } from './io';

/**
 * Prints problems (sorted, at most MAX_REPORTED_PROBLEMS of them, then how many more) and the
 * summary line with the full count to stderr, the same for every command.
 */
export function reportProblems(io: CliIo, problems: readonly Problem[], filesChecked: number): void {
  const sorted = sortProblems(problems);
  for (const line of reportLines(sorted, formatProblem)) io.stderr(`${line}\n`);
  const bad = new Set(sorted.map((x) => x.file)).size;
  const total = Math.max(bad, filesChecked);
  io.stderr(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${bad} of ${total} file${total === 1 ? '' : 's'}\n`);
}
