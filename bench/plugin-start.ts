/**
 * `npm run bench:plugin`: start-up time of a shadow provider process, from spawn to its handshake
 * line (the part of every terraform command that the rehearsal pays for each provider start).
 *
 *   node dist/bench/plugin-start.js [--runs 15] [--compare <other repo or dist folder>]
 *
 * With `--compare`, the other build's entry is started alternately with this one, in the same run,
 * and the ratio of the medians is printed (this machine is noisy; only a ratio from one run
 * compares).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { line, REPO } from './fleets';

const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

function entryOf(dir: string): string {
  // The bundle first (what the rehearsal starts after `npm run build`), then the unbundled entry of a
  // build or dist folder from before the bundle; `--compare <dir>/dist/lib/rehearsal/plugin/main.js`
  // (a file) compares one entry exactly.
  if (fs.existsSync(dir) && fs.statSync(dir).isFile()) return dir;
  const plugin = (d: string) => [path.join(d, 'main.bundle.js'), path.join(d, 'main.js')];
  for (const e of [...plugin(path.join(dir, 'dist', 'lib', 'rehearsal', 'plugin')), ...plugin(path.join(dir, 'lib', 'rehearsal', 'plugin'))]) {
    if (fs.existsSync(e)) return e;
  }
  throw new Error(`no built shadow provider entry (dist/lib/rehearsal/plugin/main.js) under ${dir}`);
}

/** One start: wall ms from spawn to the handshake line (the provider is killed on the line). */
function startOnce(entry: string, provider: string): number {
  const r = spawnSync(process.execPath, ['-e', `
    const { spawn } = require('child_process');
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, [${JSON.stringify(entry)}, ${JSON.stringify(provider)}], { env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: ${JSON.stringify(COOKIE)}, PLUGIN_PROTOCOL_VERSIONS: '6', KOMMUNAL_SHADOW_LOG: '/dev/null' } });
    let wall = 0;
    p.stdout.once('data', () => { wall = Number(process.hrtime.bigint() - t0) / 1e6; p.kill('SIGKILL'); });
    p.on('exit', () => process.stdout.write(JSON.stringify({ wall })));
  `], { encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) throw new Error(`provider start failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { wall: number }).wall;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(opt('--runs') ?? '15');
  const compare = opt('--compare');
  const builds = [{ name: 'this build', entry: entryOf(REPO) }, ...(compare ? [{ name: `compare (${compare})`, entry: entryOf(path.resolve(compare)) }] : [])];
  for (const provider of ['proxmox', 'vault']) {
    const walls = builds.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) builds.forEach((b, k) => walls[k].push(startOnce(b.entry, provider)));
    builds.forEach((b, k) => line(`${provider}: spawn to handshake, median of ${runs}, ${b.name}`, `${median(walls[k]).toFixed(0)} ms`));
    if (builds.length === 2) line(`${provider}: this build / compare`, (median(walls[0]) / median(walls[1])).toFixed(2));
  }
}

main();
