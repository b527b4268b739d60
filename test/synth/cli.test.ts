/**
 * `kommunal synth` as a spawned process (`node bin/kommunal.js synth ...`). Needs a fresh
 * `npm run build` (dist/), like the other CLI tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SYNTH_MANIFEST_NAME } from '../../lib/synth/inputs';
import { loadModel, makeFleet, readTree, removeDir, synthStraightforward, syntheticTenant } from './fixture';
import { runKommunal, type CliRun } from '../helpers/cli';


function kommunal(cwd: string, ...args: string[]): CliRun {
  return runKommunal(args, { cwd, env: { ...process.env, CI: 'true' }, timeoutMs: 60000 });
}

interface SynthJson {
  built: string[];
  unchanged: string[];
  lockWritten: boolean;
  runner: string;
  workers: { pid: number; maxRssMiB: number; stacks: number }[];
}

describe('kommunal synth progress display', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeFleet(4).dir;
  });
  afterAll(() => removeDir(dir));

  const run = (env: NodeJS.ProcessEnv, ...args: string[]) => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const r = spawnSync(process.execPath, ['-r', path.join(__dirname, '../helpers/tty-stderr.js'), path.join(__dirname, '../../bin/kommunal.js'), 'synth', '--force', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env,
      timeout: 60000,
    });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout };
  };
  const withoutCi = (): NodeJS.ProcessEnv => {
    const env = { ...process.env };
    delete env.CI;
    return env;
  };

  it('shows counts, rate and ETA on a terminal', () => {
    const r = run(withoutCi());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/synth \[[^\]]*\] \d+\/7 stacks \| \d+ stacks\/s \| ETA /);
  });

  it('stays silent in CI and with --json', () => {
    expect(run({ ...withoutCi(), CI: 'true' }).stderr).toBe('');
    const json = run(withoutCi(), '--json');
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).built).toHaveLength(7);
  });
});

describe('kommunal synth', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeFleet(20).dir;
  });
  afterAll(() => removeDir(dir));

  it('synthesizes the fleet with two worker processes, writes the lock, and matches app.synth() byte for byte', () => {
    const r = kommunal(dir, 'synth', '--jobs', '2', '--runner', 'process');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('allocation changed: wrote fleet.lock.yaml (commit it)');
    expect(r.stdout).toMatch(/synthesized 22 tenant stacks and the platform stack into cdktf\.out in [\d.]+ s \[process, 2 jobs/);
    const plain = path.join(dir, 'plain');
    synthStraightforward(loadModel(path.join(dir, 'fleet.yaml')), plain);
    const actual = readTree(path.join(dir, 'cdktf.out'), [SYNTH_MANIFEST_NAME]);
    expect(new Map([...actual].sort())).toEqual(new Map([...readTree(plain)].sort()));
  });

  it('rebuilds nothing on a second run and reports it as JSON', () => {
    const r = kommunal(dir, 'synth', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as SynthJson;
    expect(out.built).toEqual([]);
    expect(out.unchanged).toHaveLength(23);
    expect(out.lockWritten).toBe(false);
  });

  it('with --tenant rebuilds only that tenant after its file changed', () => {
    const t = syntheticTenant(7, 'logging:\n  retentionDays: 120\n');
    fs.writeFileSync(path.join(dir, 'kommunen', `${t.key}.yaml`), t.yaml);
    const r = kommunal(dir, 'synth', '--tenant', t.key, '--tenant', 'musterstadt', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as SynthJson;
    expect(out.built).toEqual([t.key]);
    expect(out.unchanged).toEqual(['musterstadt']);
    expect(out.runner).toBe('inline');
    expect(fs.readFileSync(path.join(dir, 'cdktf.out', 'stacks', t.key, 'cdk.tf.json'), 'utf8')).toContain('120');
  });

  it('fails when a tenant is unknown: exit 1 with a clear message', () => {
    const r = kommunal(dir, 'synth', '--tenant', 'musterstad');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown tenant "musterstad" in fleet.yaml');
    expect(r.stderr).toContain('musterstadt');
    expect(r.stdout).toBe('');
  });

  it('fails when --jobs is not a positive number: exit 2', () => {
    const r = kommunal(dir, 'synth', '--jobs', 'zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number of at least 1, got "zero"');
  });
});
