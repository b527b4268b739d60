/**
 * `kommunal redact-plan <plan.json | -> --out <file> [--reviewed <file>]`: writes the plan JSON
 * (`terraform show -json` / `tofu show -json`, from a file or standard input) with every sensitive
 * value replaced (lib/pipeline/redact-plan.ts): what a plan job keeps as artifact. With
 * `--reviewed`, the apply job's own plan is compared to the reviewed one (the plan job's redacted
 * JSON) and the command fails when their changes differ. Exit 0: written (and equal); 1: the plans
 * differ (nothing is written); 2: the input is not plan JSON (e.g. empty, because `show` failed),
 * or a bad option.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { planDifferences, redactPlanJson } from '../../pipeline/redact-plan';
import { CliContext, EXIT, readArgumentFile, resolvePath, UsageError } from '../io';

interface RedactPlanOptions {
  out: string;
  reviewed?: string;
}

function readJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} is not JSON${text.trim() === '' ? ' (it is empty: did `show -json` fail?)' : `: ${(e as Error).message}`}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('format_version' in value)) {
    throw new UsageError(`${what} is not a plan's JSON (no format_version): expected the output of \`terraform show -json <plan file>\``);
  }
  return value as Record<string, unknown>;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('redact-plan')
    .description('write a plan\'s JSON with every sensitive value redacted (the artifact a plan job keeps); with --reviewed, fail unless the changes equal the reviewed plan\'s')
    .argument('<plan>', 'plan JSON file, or - for standard input (`terraform show -json plan.cache | kommunal redact-plan - --out plan.json`)')
    .requiredOption('--out <file>', 'file the redacted plan JSON is written to')
    .option('--reviewed <file>', 'redacted plan JSON of the reviewed plan (the plan job\'s artifact) that this plan must equal')
    .action((planArg: string, opts: RedactPlanOptions) => {
      const { io } = ctx;
      const read = (arg: string): string => {
        const file = resolvePath(io, arg);
        return readArgumentFile(file, file);
      };
      const text = planArg === '-' ? fs.readFileSync(0, 'utf8') : read(planArg);
      const redacted = redactPlanJson(readJsonObject(text, planArg === '-' ? 'standard input' : planArg));
      if (opts.reviewed !== undefined) {
        const reviewed = readJsonObject(read(opts.reviewed), opts.reviewed);
        const diffs = planDifferences(reviewed, redacted);
        if (diffs.length > 0) {
          io.stderr(`kommunal: this plan differs from the reviewed plan ${opts.reviewed} (the state or the configuration changed since it was made; run the plan job again and review its plan):\n${diffs.map((d) => `  ${d}\n`).join('')}`);
          ctx.exitCode = EXIT.invalid;
          return;
        }
        io.stdout(`plan equals the reviewed plan ${opts.reviewed}\n`);
      }
      const out = resolvePath(io, opts.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${JSON.stringify(redacted)}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
