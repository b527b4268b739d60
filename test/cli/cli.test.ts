/**
 * The kommunal CLI as a spawned process (`node bin/kommunal.js ...`). Needs dist/ from
 * `npm run build` (which `npm test` runs first).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runKommunal } from '../helpers/cli';

const REPO = path.resolve(__dirname, '../..');
const DIST_MAIN = path.join(REPO, 'dist/lib/cli/main.js');
const VALID = path.join(REPO, 'test/fixtures/config/valid-fleet');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function kommunal(args: readonly string[], cwd = REPO): Run {
  return runKommunal(args, { cwd });
}

beforeAll(() => {
  if (!fs.existsSync(DIST_MAIN)) {
    throw new Error(`${path.relative(REPO, DIST_MAIN)} is missing: the CLI tests run the compiled CLI. Run \`npm run build\` first (\`npm test\` does).`);
  }
});

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-cli-'));
  fs.cpSync(VALID, path.join(tmp, 'fleet'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'bad'));
  fs.writeFileSync(
    path.join(tmp, 'bad', 'mainz.yaml'),
    ['key: mainz', 'name: Mainz', 'kind: stadt', 'sise: m', 'backup:', '  retention:', '    keepDaily: 400', ''].join('\n'),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('kommunal validate', () => {
  it('exits 0 and says so when a fleet folder is valid', () => {
    const r = kommunal(['validate', 'fleet'], tmp);
    expect(r).toEqual({ code: 0, stdout: 'ok: 3 files valid (1 fleet, 2 Kommune files)\n', stderr: '' });
  });

  it('validates the examples', () => {
    const r = kommunal(['validate', 'examples/musterstadt', 'examples/verbandsgemeinde/fleet.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok: 4 files valid (2 fleets, 2 Kommune files)\n');
  });

  it('fails with exit 1 and every problem as file:line:column path: message', () => {
    const r = kommunal(['validate', 'bad/mainz.yaml'], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'bad/mainz.yaml:4:1 sise: unknown field "sise"; did you mean "size"? (allowed here: key, name, kind, ags, ars, members, domain, size, segments, flows, flowExceptions, backup, logging, identity, suppressions, state, decommissionedSince, approvals, cluster, cell, guests)',
        'bad/mainz.yaml:7:16 backup.retention.keepDaily: 400 is above the vetted maximum 90',
        '2 problems in 1 of 1 file',
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('fails when two loose Kommune files share a key', () => {
    fs.mkdirSync(path.join(tmp, 'dup'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'dup', 'alpha.yaml'), 'key: alpha\nname: A\nkind: gemeinde\n');
    fs.writeFileSync(path.join(tmp, 'dup', 'alpha2.yaml'), 'key: alpha\nname: B\nkind: gemeinde\n');
    const r = kommunal(['validate', 'dup'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dup/alpha2.yaml:1:6 key: tenant key "alpha" is already used by dup/alpha.yaml; every tenant needs its own key');
  });

  it('fails with exit 2 on usage errors', () => {
    const none = kommunal(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("error: missing required argument 'paths'");
    const missing = kommunal(['validate', 'no/such/dir']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'kommunal: no such file or folder: no/such/dir\n' });
    const unknown = kommunal(['validat']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown command 'validat'");
    expect(unknown.stderr).toContain('(Did you mean validate?)');
    expect(kommunal([]).code).toBe(2);
  });

  it('prints help and version with exit 0', () => {
    const help = kommunal(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate [options] <paths...>');
    expect(help.stdout).toContain('explain [options] <tenant>');
    const version = kommunal(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});

describe('kommunal explain', () => {
  it('prints the resolved spec human-readably and says that it allocated in memory', () => {
    const r = kommunal(['explain', 'beta', '--fleet', 'fleet/fleet.yaml'], tmp);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('note: no lock file at fleet/fleet.lock.yaml; allocated in memory, so numbers, tags and addresses below are not recorded yet');
    expect(lines[2]).toBe('beta: Beta (stadt, AGS 07999012)');
    expect(r.stdout).toMatch(/^ {2}zone {4}komvlan \(platform-owned\)$/m);
    expect(r.stdout).toMatch(/^ {2}dmz {9}untrusted {2}t\w{4}dz {2}\d+ +10\.0\.\d+\.\d+\/27/m);
    expect(r.stdout).toMatch(/^ {2}management-to-all-ssh +management +all \(servers, clients, dmz\) +tcp 22 +catalogue/m);
    expect(r.stdout).toMatch(/^ {2}schedule +\*-\*-\* (23|00|01):\d\d \(window 23:00-03:00\)$/m);
    expect(r.stdout).toContain('  retention    daily 30, weekly 8, monthly 12, yearly 0');
    expect(r.stdout).toContain('  pool    kom-beta');
  });

  it('prints JSON with --json and keeps the note on stderr', () => {
    const r = kommunal(['explain', 'alpha', '--fleet', 'fleet/fleet.yaml', '--json'], tmp);
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.stdout);
    expect(spec.key).toBe('alpha');
    expect(spec.compute.pool).toBe('kom-alpha');
    expect(spec.backup.schedule).toMatch(/^\*-\*-\* \d\d:\d\d$/);
    expect(r.stderr).toContain('allocated in memory');
  });

  it('uses the lock file next to the fleet without a note', () => {
    const lockDir = path.join(tmp, 'locked');
    fs.cpSync(VALID, lockDir, { recursive: true });
    // Build the lock with the library itself (compiled), as `kommunal lock` would.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const script = [
      `const { loadFleet } = require(${JSON.stringify(path.join(REPO, 'dist/lib/config/load.js'))});`,
      `const { resolveFleet } = require(${JSON.stringify(path.join(REPO, 'dist/lib/config/resolve.js'))});`,
      `const { writeLockFile } = require(${JSON.stringify(path.join(REPO, 'dist/lib/allocation/lockfile.js'))});`,
      `writeLockFile(${JSON.stringify(path.join(lockDir, 'fleet.lock.yaml'))}, resolveFleet(loadFleet(${JSON.stringify(path.join(lockDir, 'fleet.yaml'))})).lock);`,
    ].join('\n');
    const w = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(w.stderr).toBe('');
    const r = kommunal(['explain', 'alpha', '--fleet', 'locked/fleet.yaml', '--json'], tmp);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).number).toBe(1);
  });

  it('fails with exit 1 and a suggestion for an unknown tenant', () => {
    const r = kommunal(['explain', 'alpah', '--fleet', 'fleet/fleet.yaml'], tmp);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kommunal: unknown tenant "alpah" in fleet/fleet.yaml; did you mean "alpha"? (known tenants: alpha, beta)\n',
    });
  });

  it('fails with exit 2 when the fleet file does not exist', () => {
    const r = kommunal(['explain', 'alpha'], tmp);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'kommunal: no fleet file at fleet.yaml; pass --fleet <file>\n' });
  });

  it('fails with exit 1 and positioned problems when the fleet is invalid', () => {
    const badFleet = path.join(tmp, 'badfleet');
    fs.cpSync(VALID, badFleet, { recursive: true });
    fs.appendFileSync(path.join(badFleet, 'kommunen/alpha.yaml'), 'size: xl\n');
    const r = kommunal(['explain', 'alpha', '--fleet', 'badfleet/fleet.yaml'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'badfleet/kommunen/alpha.yaml:5:7 size: "xl" is not allowed; did you mean "l"? (allowed: s, m, l)\n1 problem found\n',
    );
  });
});

describe('lazy command loading', () => {
  // A fleet is validated by the same pipeline as synth (its stacks are built and checked), so
  // cdktf loads then; Kommune files on their own need neither cdktf nor the bindings.
  it('does not load cdktf or the provider bindings to validate Kommune files', () => {
    const code = [
      "const { main } = require('./dist/lib/cli/main.js');",
      "main(['validate', 'examples/musterstadt/kommunen/musterstadt.yaml'], { stdout: () => {}, stderr: (t) => process.stderr.write(t), cwd: process.cwd() }).then((rc) => {",
      "  const loaded = Object.keys(require.cache);",
      "  console.log(rc, loaded.some((f) => f.includes('node_modules/cdktf/')), loaded.some((f) => f.includes('providers/proxmox/')));",
      '});',
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', code], { cwd: REPO, encoding: 'utf8' });
    expect({ out: r.stdout.trim(), err: r.stderr }).toEqual({ out: '0 false false', err: '' });
  });
});
