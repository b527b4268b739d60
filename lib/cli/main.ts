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
import { displayPath } from '../config/allocation-problems';
import { packageRoot } from '../config/json-schema';
import { formatProblem, isValidationError, reportLines } from '../config/problems';
import { CliContext, CliIo, EXIT, UsageError } from './io';
export type { CliIo } from './io';
export { EXIT, UsageError } from './io';

interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

/**
 * Registered commands, in help order. Modules load lazily: a run loads only the command it runs
 * (all of them for the overview help or an unknown command), so `kommunal validate` does not load
 * cdktf or the provider bindings.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Readonly<Record<string, () => CommandModule>> = {
  validate: () => require('./commands/validate') as CommandModule,
  explain: () => require('./commands/explain') as CommandModule,
  init: () => require('./commands/init') as CommandModule,
  synth: () => require('./commands/synth') as CommandModule,
  check: () => require('./commands/check') as CommandModule,
  pipeline: () => require('./commands/pipeline') as CommandModule,
  'plan-guard': () => require('./commands/plan-guard') as CommandModule,
  codeowners: () => require('./commands/codeowners') as CommandModule,
  'redact-plan': () => require('./commands/redact-plan') as CommandModule,
  'env-check': () => require('./commands/env-check') as CommandModule,
  'state-roles': () => require('./commands/state-roles') as CommandModule,
  'realm-sync-jobs': () => require('./commands/realm-sync-jobs') as CommandModule,
  'record-blueprint': () => require('./commands/record-blueprint') as CommandModule,
  rehearse: () => require('./commands/rehearse') as CommandModule,
  capacity: () => require('./commands/capacity') as CommandModule,
  reachability: () => require('./commands/reachability') as CommandModule,
  'move-tenant': () => require('./commands/move-tenant') as CommandModule,
};
/* eslint-enable @typescript-eslint/no-require-imports */

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Builds the commander program for one run. With `argv`, only the command it names is registered
 * (every command when it names none or an unknown one, so help and suggestions stay complete).
 */
export function buildProgram(ctx: CliContext, argv: readonly string[] = []): Command {
  const program = new Command();
  program
    .name('kommunal')
    .description('kommunal-cdk: parameter files, synthesis, compliance, pipelines and plan guard for a fleet of Kommunen')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
    .showSuggestionAfterError(true);
  const named = argv.find((a) => !a.startsWith('-'));
  const names = named !== undefined && COMMANDS[named] !== undefined ? [named] : Object.keys(COMMANDS);
  for (const name of names) COMMANDS[name]().register(program, ctx);
  return program;
}

function isAllocationError(e: unknown): e is Error & { problems: readonly { path: string; message: string }[] } {
  return e instanceof Error && e.name === 'AllocationError' && Array.isArray((e as { problems?: unknown }).problems);
}

/** Runs the CLI with user arguments; never throws, returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx, argv);
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
      for (const line of reportLines(e.problems, formatProblem)) io.stderr(`${line}\n`);
      io.stderr(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} found\n`);
      return EXIT.invalid;
    }
    if (isAllocationError(e)) {
      // Commands that read the lock or allocate without the fleet pipeline (explain, check,
      // pipeline, plan-guard): each problem on its own line, lock positions relative to the cwd.
      const shown = (p: { readonly path: string; readonly message: string }): string => {
        const at = /^(.*):(\d+):(\d+)$/.exec(p.path);
        return at ? `${displayPath(path.resolve(io.cwd, at[1]), io.cwd)}:${at[2]}:${at[3]} ${p.message}` : `${p.path}: ${p.message}`;
      };
      for (const line of reportLines(e.problems, shown)) io.stderr(`${line}\n`);
      io.stderr(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} found\n`);
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
