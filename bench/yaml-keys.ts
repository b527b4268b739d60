/**
 * `npm run bench:yaml`: how long a parameter file with very many keys takes to check (issue #15,
 * deliverable 5: duplicate-key detection in linear time).
 *
 *   node dist/bench/yaml-keys.js [--limit-seconds 60]
 *
 * Two hostile Kommune files, each a valid tenant plus very many top-level keys: one with 16,000
 * keys and one of 5 MB. Each is measured in its own child process (killed after the time limit):
 * - `load`: checkKommuneFile, the loader end to end (YAML, duplicate keys, schema, semantics);
 * - `yaml-unique`: the yaml package's parseDocument with its own unique-key check (`uniqueKeys: true`);
 * - `yaml-plain`: parseDocument without it (`uniqueKeys: false`);
 * - `source-file`: the loader's YAML level, `new SourceFile(...)`: parse without the package's check,
 *   the loader's own duplicate-key scan (a Set per map) and the plain data (toJS).
 * The report prints the figures of one run and the ratio `yaml-unique` / `source-file`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { checkKommuneFile } from '../lib/config/load';
import { SourceFile } from '../lib/config/source';

const HEAD = 'key: bench\nname: Bench\nkind: gemeinde\nags: "07999011"\n';

/** A Kommune file with `n` extra top-level keys (`k0000000: 1`, ...). */
function manyKeys(n: number): string {
  const lines: string[] = [HEAD];
  for (let i = 0; i < n; i += 1) lines.push(`k${String(i).padStart(7, '0')}: 1\n`);
  return lines.join('');
}

/** Keys needed for a file of about `bytes` bytes. */
function keysForBytes(bytes: number): number {
  return Math.ceil((bytes - HEAD.length) / 'k0000000: 1\n'.length);
}

const MODES = ['load', 'yaml-unique', 'yaml-plain', 'source-file'] as const;
type Mode = (typeof MODES)[number];

function child(mode: Mode, file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const t0 = performance.now();
  let detail = '';
  if (mode === 'load') {
    detail = `${checkKommuneFile(file).problems.length} problems`;
  } else if (mode === 'yaml-unique' || mode === 'yaml-plain') {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: mode === 'yaml-unique', prettyErrors: false, strict: true });
    detail = `${doc.errors.length} errors`;
  } else {
    detail = `${new SourceFile(file, text).syntaxProblems.length} YAML problems`;
  }
  process.stdout.write(`${JSON.stringify({ wallMs: performance.now() - t0, detail })}\n`);
}

interface Measured {
  readonly wallMs?: number;
  readonly detail: string;
}

function measure(mode: Mode, file: string, limitSeconds: number): Measured {
  const r = spawnSync(process.execPath, [__filename, '--child', mode, file], { encoding: 'utf8', timeout: limitSeconds * 1000, maxBuffer: 1 << 20 });
  if (r.error !== undefined || r.status !== 0) {
    const timedOut = r.signal === 'SIGTERM' || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    return { detail: timedOut ? `stopped after ${limitSeconds} s` : `failed: ${r.error?.message ?? r.stderr.trim().split('\n').pop()}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measured;
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    child(argv[1] as Mode, argv[2]);
    return;
  }
  const limitAt = argv.indexOf('--limit-seconds');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : 60;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-bench-yaml-'));
  try {
    const cases: [string, number][] = [['16,000 keys', 16_000], ['5 MB', keysForBytes(5 * 1024 * 1024)]];
    for (const [name, n] of cases) {
      const file = path.join(dir, 'bench.yaml');
      fs.writeFileSync(file, manyKeys(n));
      const size = fs.statSync(file).size;
      process.stdout.write(`${name}: ${n.toLocaleString('en')} keys, ${(size / 1024 / 1024).toFixed(2)} MiB\n`);
      const got = new Map<Mode, Measured>();
      for (const mode of MODES) {
        const m = measure(mode, file, limit);
        got.set(mode, m);
        const t = m.wallMs === undefined ? '-' : `${(m.wallMs / 1000).toFixed(2)} s`;
        process.stdout.write(`  ${mode.padEnd(15)} ${t.padStart(9)}  ${m.detail}\n`);
      }
      const unique = got.get('yaml-unique')?.wallMs;
      const ours = got.get('source-file')?.wallMs;
      if (ours !== undefined) {
        const ratio = unique === undefined ? `more than ${(limit * 1000 / ours).toFixed(0)}` : (unique / ours).toFixed(1);
        process.stdout.write(`  yaml-unique / source-file: ${ratio}x\n`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
