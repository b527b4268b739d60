/** Runs the compiled `kommunal` CLI as a process, as users and CI do (needs `npm run build`). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '../..');
export const BIN = path.join(REPO, 'bin/kommunal.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node bin/kommunal.js <args>` in `cwd`; fails clearly when dist/ has not been built. */
export function runKommunal(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  if (!fs.existsSync(path.join(REPO, 'dist/lib/cli/main.js'))) {
    throw new Error('dist/lib/cli/main.js is missing: the CLI tests run the compiled CLI. Run `npm run build` first (`npm test` does).');
  }
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30000,
    ...(options.env ? { env: options.env } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
