/**
 * `kommunal state-roles <stack folder or cdk.tf.json>…`: prints the SQL that creates, for every
 * synthesized stack with the `pg` state backend, its state schema and table and its two
 * least-privilege roles (`<schema>_plan` reads, `<schema>_apply` reads and writes;
 * lib/pipeline/state-roles.ts). The platform team runs it with psql after `kommunal synth`, once
 * per new tenant (it is idempotent). Stacks with another backend are named on stderr and skipped.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { isRecord } from '../../core/guards';
import { pgStateRoleProblems, pgStateRolesSql } from '../../pipeline/state-roles';
import { CliContext, EXIT, UsageError } from '../io';
import { readStackArgument } from '../common';

/** The pg backend's schema_name of a synthesized stack, or undefined for another backend. */
function pgSchemaOf(stack: unknown): string | undefined {
  if (!isRecord(stack) || !isRecord(stack.terraform) || !isRecord(stack.terraform.backend)) return undefined;
  const pg = stack.terraform.backend.pg;
  return isRecord(pg) && typeof pg.schema_name === 'string' ? pg.schema_name : undefined;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('state-roles')
    .description('print the SQL that creates the pg state schemas and the per-stack plan (read) and apply (write) roles of synthesized stacks')
    .argument('<stacks...>', 'stack folders (cdktf.out/stacks/<name>) or cdk.tf.json files')
    .action((stacks: string[]) => {
      const { io } = ctx;
      const schemas: string[] = [];
      for (const arg of stacks) {
        const { file, json } = readStackArgument(io, arg);
        const schema = pgSchemaOf(json);
        if (schema === undefined) io.stderr(`${path.relative(io.cwd, file) || file}: no pg state backend, skipped\n`);
        else schemas.push(schema);
      }
      if (schemas.length === 0) throw new UsageError('no stack with the pg state backend among the arguments');
      const problems = pgStateRoleProblems(schemas);
      if (problems.length > 0) {
        for (const problem of problems) io.stderr(`kommunal: ${problem}\n`);
        ctx.exitCode = EXIT.invalid;
        return;
      }
      io.stdout(pgStateRolesSql(schemas));
      ctx.exitCode = EXIT.ok;
    });
}
