/**
 * `kommunal env-check <stack folder or cdk.tf.json>…`: before `terraform init/plan`, checks that the
 * environment holds every credential a synthesized stack needs (state backend, Vault token,
 * provider endpoints and tokens, required variables) and names what is missing. Values are never
 * printed. The generated GitLab plan jobs run it first.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { credentialNeeds, missingCredentials, type CredentialStage } from '../../pipeline/credentials';
import { CliContext, EXIT, UsageError } from '../io';
import { readStackArgument } from '../common';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('env-check')
    .description('check that the environment holds every credential a synthesized stack needs (backend, providers, variables); prints what is missing, never values')
    .argument('<stacks...>', 'stack folders (cdktf.out/stacks/<name>) or cdk.tf.json files')
    .option('--stage <stage>', 'plan or apply: the tenant job whose credentials to check (tenant plan jobs use the read-only Proxmox token KOMMUNAL_PLAN_PROXMOX_VE_API_TOKEN, platform plan jobs KOMMUNAL_PLATFORM_PLAN_PROXMOX_VE_API_TOKEN)')
    .action((stacks: string[], opts: { stage?: string }) => {
      const { io } = ctx;
      if (opts.stage !== undefined && opts.stage !== 'plan' && opts.stage !== 'apply') throw new UsageError(`--stage ${opts.stage}: expected plan or apply`);
      const stage = opts.stage as CredentialStage | undefined;
      let missingTotal = 0;
      for (const arg of stacks) {
        const { file, json } = readStackArgument(io, arg);
        const missing = missingCredentials(credentialNeeds(json, stage), process.env);
        const name = path.relative(io.cwd, file) || file;
        if (missing.length === 0) {
          io.stdout(`ok: ${name}: every credential is set\n`);
          continue;
        }
        missingTotal += missing.length;
        io.stderr(`${name}: ${missing.length} credential${missing.length === 1 ? '' : 's'} missing:\n`);
        for (const m of missing) io.stderr(`  ${m.what}: set ${m.anyOf.join(' or ')}\n`);
      }
      ctx.exitCode = missingTotal > 0 ? EXIT.invalid : EXIT.ok;
    });
}
