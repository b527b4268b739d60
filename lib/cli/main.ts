/**
 * The `kommunal` command line. `main(argv, io)` parses the user arguments (without node and the
 * script path), runs one command and returns the exit code; `run()` wires it to the process.
 *
 * Adding a command: create lib/cli/commands/<name>.ts exporting `register(program, ctx)` and add it
 * to COMMANDS below. Commands report user errors by setting `ctx.exitCode` (or throwing UsageError
 * / ValidationError); no stack trace is ever printed for those.
 */
import { Command, CommanderError } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../config/json-schema';
import { formatProblem, isValidationError } from '../config/problems';
import { CliContext, CliIo, EXIT, UsageError } from './io';
import * as check from './commands/check';
import * as envCheck from './commands/env-check';
import * as explain from './commands/explain';
import * as init from './commands/init';
import * as pipeline from './commands/pipeline';
import * as planGuard from './commands/plan-guard';
import * as synth from './commands/synth';
import * as validate from './commands/validate';

export type { CliIo } from './io';
export { EXIT, UsageError } from './io';

/** Registered commands, in help order. */
const COMMANDS: readonly { register(program: Command, ctx: CliContext): void }[] = [validate, explain, init, synth, check, pipeline, planGuard, envCheck];

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Builds the commander program for one run. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command();
  program
    .name('kommunal')
    .description('kommunal-cdk: validate and explain the parameter files of a fleet of Kommunen')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
    .showSuggestionAfterError(true);
  for (const c of COMMANDS) c.register(program, ctx);
  return program;
}

function isAllocationError(e: unknown): e is Error & { problems: readonly { path: string; message: string }[] } {
  return e instanceof Error && e.name === 'AllocationError' && Array.isArray((e as { problems?: unknown }).problems);
}

/** Runs the CLI with user arguments; never throws, returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      return EXIT.usage; // commander already printed the message and usage
    }
    if (e instanceof UsageError) {
      io.stderr(`kommunal: ${e.message}\n`);
      return EXIT.usage;
    }
    if (isValidationError(e)) {
      for (const p of e.problems) io.stderr(`${formatProblem(p)}\n`);
      io.stderr(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} found\n`);
      return EXIT.invalid;
    }
    if (isAllocationError(e)) {
      io.stderr(`${e.message}\n`);
      return EXIT.invalid;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`kommunal: internal error: ${message}\nThis is a bug in kommunal-cdk; please report it with the command line you used.\n`);
    return EXIT.invalid;
  }
}

/** Entry point of bin/kommunal.js: runs with process.argv and sets process.exitCode. */
export function run(): void {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
