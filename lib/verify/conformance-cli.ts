/**
 * Command-line front end of the conformance check:
 *
 *   node dist/lib/verify/conformance-cli.js [--json] <cdk.tf.json | cdktf.out folder | stack folder>...
 *
 * A folder is searched for `stacks/<name>/cdk.tf.json` (a cdktf.out folder) or holds a
 * `cdk.tf.json` itself (one stack folder). Exit codes: 0 no findings, 1 findings, 2 usage or I/O
 * error. The `kommunal` CLI delegates to runConformanceCli.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkConformanceFile, ConformanceFinding, formatFindings } from './conformance';
import { KNOWN_PROVIDERS, loadProviderFacts } from './schema-facts';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export const CONFORMANCE_USAGE = `usage: conformance [--json] <cdk.tf.json | cdktf.out folder | stack folder>...

Checks synthesized Terraform JSON against the committed provider schema facts
(bpg/proxmox, hashicorp/vault) without running terraform.

  --json       print the findings as a JSON array
  -h, --help   show this help

exit codes: 0 no findings, 1 findings, 2 usage or I/O error
`;

/** Expands the arguments to cdk.tf.json files; throws with a clear message for paths that hold none. */
export function resolveStackFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch {
      throw new Error(`${arg}: no such file or folder; expected a cdk.tf.json file or a cdktf.out folder`);
    }
    if (st.isFile()) {
      out.push(arg);
      continue;
    }
    const own = path.join(arg, 'cdk.tf.json');
    if (fs.existsSync(own)) {
      out.push(own);
      continue;
    }
    const stacks = path.join(arg, 'stacks');
    const found = fs.existsSync(stacks)
      ? fs
          .readdirSync(stacks, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => path.join(stacks, e.name, 'cdk.tf.json'))
          .filter((f) => fs.existsSync(f))
          .sort()
      : [];
    if (found.length === 0) {
      throw new Error(`${arg}: no cdk.tf.json found (looked for ${own} and ${path.join(stacks, '*', 'cdk.tf.json')}); run "cdktf synth" first`);
    }
    out.push(...found);
  }
  return out;
}

/** Runs the conformance CLI; returns the exit code (0 clean, 1 findings, 2 usage/IO error). */
export function runConformanceCli(argv: readonly string[], io: CliIo): number {
  let json = false;
  const targets: string[] = [];
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      io.stdout.write(CONFORMANCE_USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`conformance: unknown option "${a}"; allowed: --json, --help\n${CONFORMANCE_USAGE}`);
      return 2;
    } else targets.push(a);
  }
  if (targets.length === 0) {
    io.stderr.write(`conformance: no input given\n${CONFORMANCE_USAGE}`);
    return 2;
  }
  let files: string[];
  const findings: ConformanceFinding[] = [];
  try {
    files = resolveStackFiles(targets);
    const facts = Object.fromEntries(KNOWN_PROVIDERS.map((n) => [n, loadProviderFacts(n)]));
    for (const f of files) findings.push(...checkConformanceFile(f, { facts }));
  } catch (e) {
    io.stderr.write(`conformance: ${(e as Error).message}\n`);
    return 2;
  }
  if (json) {
    io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    if (findings.length > 0) io.stdout.write(`${formatFindings(findings)}\n`);
    const versions = KNOWN_PROVIDERS.map((n) => {
      const f = loadProviderFacts(n);
      return `${f.source} ${f.version}`;
    }).join(', ');
    const summary =
      findings.length === 0
        ? `conformance: ${files.length} file(s) conform to ${versions}`
        : `conformance: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} of ${files.length} file(s) (checked against ${versions})`;
    io.stdout.write(`${summary}\n`);
  }
  return findings.length > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = runConformanceCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}
