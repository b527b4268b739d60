import * as fs from 'fs';
import * as path from 'path';

/** What a CLI command may touch: output streams and the working directory (injectable for tests). */
export interface CliIo {
  /** Writes to standard output (text includes its own newlines). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

/** Exit codes of `kommunal`. */
export const EXIT = {
  ok: 0,
  /** Invalid parameter files, unknown tenant, allocation failure. */
  invalid: 1,
  /** Wrong command line: unknown command or option, missing argument, path that does not exist. */
  usage: 2,
} as const;

/** A wrong command line: reported as `kommunal: <message>` with exit code 2, without a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Shared state of one CLI run, handed to every command. */
export interface CliContext {
  readonly io: CliIo;
  exitCode: number;
}

/** Resolves a command-line path against the run's working directory. */
export function resolvePath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/**
 * Reads a file named on the command line; a file that cannot be read is a usage error
 * `cannot read <label>: no such file | is a folder | <reason>`.
 */
export function readArgumentFile(file: string, label: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`);
  }
}
