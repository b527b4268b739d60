/**
 * The `kommunal` command line. `main(argv, io)` parses the user arguments (without node and the
 * script path), runs one command and returns the exit code; `run()` wires it to the process.
 *
 * Adding a command: create lib/cli/commands/<name>.ts exporting `register(program, ctx)` and add it
 * to COMMANDS below. Commands report user errors by setting `ctx.exitCode` (or throwing UsageError
 * / ValidationError); no stack trace is ever printed for those.
 */
import { Command } from 'commander';
import { CliContext, CliIo } from './io';
export type { CliIo } from './io';
export { EXIT, UsageError } from './io';
/**
 * Builds the commander program for one run. With `argv`, only the command it names is registered
 * (every command when it names none or an unknown one, so help and suggestions stay complete).
 */
export declare function buildProgram(ctx: CliContext, argv?: readonly string[]): Command;
/** Runs the CLI with user arguments; never throws, returns the exit code. */
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
/** Entry point of bin/kommunal.js: runs with process.argv and sets process.exitCode. */
export declare function run(): void;
