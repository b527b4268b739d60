/**
 * Suites that skip for a missing prerequisite say why in jest's default reporter output (issue #15,
 * deliverable 7; the mechanism is explained in test/helpers/skip.ts). Runs two rehearsal suites in a
 * child jest with terraform hidden from PATH, the way a user's machine without terraform runs them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');

describe('skipped suites print their reason', () => {
  let bin: string;
  beforeAll(() => {
    // A PATH with node and nothing else: no terraform, whatever the machine has installed.
    bin = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-no-terraform-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  });
  afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));

  it('shows "Skipping ...: terraform is not on PATH" for each of two suites run together', () => {
    const suites = ['test/rehearsal/stack-failures.test.ts', 'test/rehearsal/rehearse-cli.test.ts'];
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin, CI: 'false' };
    delete env.JEST_WORKER_ID;
    const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules/jest/bin/jest.js'), ...suites, '--selectProjects', 'rehearsal', '--maxWorkers=2', '--ci'], {
      cwd: REPO,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).toBe(0);
    expect(out).toContain('Skipping "rehearsal failures": terraform is not on PATH.');
    expect(out).toContain('Skipping "kommunal rehearse": terraform is not on PATH.');
    expect(out).toMatch(/Tests: +\d+ skipped, 2 todo, \d+ total/);
  }, 150_000);
});
