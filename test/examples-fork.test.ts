/**
 * A fleet works outside this repository (issue #15, deliverable 6): the library is packed with
 * `npm pack` (the files list of package.json decides what ships), installed into a temp folder
 * offline, and then every example, copied out of the repository, and a fleet repository made by
 * `kommunal init --fleet` run the commands their README names — `validate`, `synth`, `check` and
 * the cdktf app (cdktf.json `app`) — through their own package.json scripts.
 *
 * The install: `npm install --offline <tarball>` cannot run here because npm resolves the
 * package's transitive version ranges from registry metadata that `npm ci` never caches
 * (ENOTCACHED for @cdktf/provider-vault). So the test installs what npm would install: the
 * tarball's content as node_modules/kommunal-cdk, and each of the packed package.json's runtime
 * dependencies (plus the fleet project's TypeScript and @types/node) linked from this checkout's
 * node_modules, which `npm ci` filled from the lockfile with the same versions. Nothing of the
 * repository's own files is reachable: a file the package forgets to ship fails here.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { fleetProjectFiles } from '../lib/cli/fleet-project';
import { EXAMPLES } from './helpers/fleet';

const REPO = path.resolve(__dirname, '..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const examples = fs.readdirSync(EXAMPLES).filter((d) => fs.existsSync(path.join(EXAMPLES, d, 'fleet.yaml'))).sort();

let tmp: string;
/** node_modules shared by every project of this test (each project links to it). */
let modules: string;

function run(cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  // No CI variables that change the CLI's output; PATH as it is (node, npm, tar).
  const env = { ...process.env, KOMMUNAL_EXAMPLE_DIR: '', CDKTF_OUTDIR: '', npm_config_offline: 'true', npm_config_update_notifier: 'false' };
  delete (env as Record<string, string | undefined>).KOMMUNAL_EXAMPLE_DIR;
  delete (env as Record<string, string | undefined>).CDKTF_OUTDIR;
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}${r.error ? `\n${r.error.message}` : ''}`);
  return r.stdout;
}

/** Copies a folder without build output and installed modules. */
function copyProject(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => !/[\\/](cdktf\.out|node_modules|dist|compliance-reports)$/.test(src),
  });
}

/** Links a project's node_modules to the shared install (what `npm install` in the project gives). */
function install(project: string): void {
  fs.symlinkSync(modules, path.join(project, 'node_modules'), 'dir');
}

/** Runs the commands a fleet's README names, through its package.json scripts; returns their output. */
function runFleetCommands(project: string): { validate: string; synth: string; check: string; app: string } {
  const validate = ok(run('npm', ['run', '--silent', 'validate'], project), 'npm run validate');
  const synth = ok(run('npm', ['run', '--silent', 'synth'], project), 'npm run synth');
  const check = ok(run('npm', ['run', '--silent', 'check'], project), 'npm run check');
  // The cdktf app exactly as cdktf.json states it (`cdktf synth` runs this command in the folder).
  const app = JSON.parse(fs.readFileSync(path.join(project, 'cdktf.json'), 'utf8')).app as string;
  const appOut = ok(run('sh', ['-c', app], project), `cdktf app "${app}"`);
  return { validate, synth, check, app: appOut };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(REPO, 'dist/lib/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-fork-'));
  const packed = ok(run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], REPO), 'npm pack').trim().split('\n').pop() as string;
  const tarball = path.join(tmp, packed);
  expect(fs.existsSync(tarball)).toBe(true);
  modules = path.join(tmp, 'node_modules');
  fs.mkdirSync(modules);
  ok(run('tar', ['-xzf', tarball, '-C', tmp], tmp), 'tar');
  fs.renameSync(path.join(tmp, 'package'), path.join(modules, PKG.name));
  const shipped = JSON.parse(fs.readFileSync(path.join(modules, PKG.name, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of [...Object.keys(shipped.dependencies), 'typescript', '@types/node']) {
    const target = path.join(modules, dep);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(REPO, 'node_modules', dep), target, 'dir');
  }
  // The bins npm links for the installed packages.
  fs.mkdirSync(path.join(modules, '.bin'));
  fs.symlinkSync(path.join('..', PKG.name, 'bin', 'kommunal.js'), path.join(modules, '.bin', 'kommunal'));
  fs.symlinkSync(path.join('..', 'typescript', 'bin', 'tsc'), path.join(modules, '.bin', 'tsc'));
}, 120_000);

afterAll(() => {
  if (tmp !== undefined) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the packed library', () => {
  it('ships what a fleet needs at run time: the CLI, the compiled library, the schemas and the register', () => {
    const pkgDir = path.join(modules, PKG.name);
    for (const f of ['bin/kommunal.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'schemas/fleet.schema.json', 'schemas/kommune.schema.json', 'data/gemeinden-2021.csv']) {
      expect({ f, exists: fs.existsSync(path.join(pkgDir, f)) }).toEqual({ f, exists: true });
    }
    // Tests and examples stay in the repository.
    expect(fs.existsSync(path.join(pkgDir, 'test'))).toBe(false);
    expect(fs.existsSync(path.join(pkgDir, 'examples'))).toBe(false);
  });
});

describe.each(examples)('example %s copied out of the repository', (example) => {
  let project: string;
  beforeAll(() => {
    project = path.join(tmp, example);
    copyProject(path.join(EXAMPLES, example), project);
    install(project);
  });

  it('is a project of its own: the files `kommunal init --fleet` writes, depending on this version of the library', () => {
    const files = fleetProjectFiles({
      packageName: `kommunal-example-${example}`,
      description: JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')).description,
      libraryVersion: PKG.version,
      typescriptVersion: PKG.devDependencies.typescript,
      nodeTypesVersion: PKG.devDependencies['@types/node'],
    });
    for (const [rel, text] of Object.entries(files)) expect({ rel, text: fs.readFileSync(path.join(project, rel), 'utf8') }).toEqual({ rel, text });
  });

  it('names schemas that resolve from the installed package in every modeline', () => {
    const yamlFiles = ['fleet.yaml', ...fs.readdirSync(path.join(project, 'kommunen')).map((f) => path.join('kommunen', f))];
    for (const rel of yamlFiles) {
      const first = fs.readFileSync(path.join(project, rel), 'utf8').split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect({ rel, modeline: m !== null }).toEqual({ rel, modeline: true });
      const schema = path.resolve(path.dirname(path.join(project, rel)), (m as RegExpExecArray)[1]);
      expect({ rel, resolves: fs.existsSync(schema), inPackage: schema.startsWith(path.join(project, 'node_modules', PKG.name)) }).toEqual({ rel, resolves: true, inPackage: true });
    }
  });

  it('validates, synthesizes, checks and runs its cdktf app; the committed lock stays as it is', () => {
    const lockBefore = fs.readFileSync(path.join(project, 'fleet.lock.yaml'), 'utf8');
    const out = runFleetCommands(project);
    // `platform`, and in a fleet with clusters one `platform-<id>` per cluster other than the legacyCluster.
    expect(out.synth).toMatch(/^synthesized \d+ tenant stacks? and (the platform stack|\d+ platform stacks) into cdktf\.out/m);
    expect(out.check).toMatch(/checked on .*; reports in compliance-reports/);
    const tenants = fs.readdirSync(path.join(project, 'kommunen')).map((f) => f.replace(/\.yaml$/, '')).sort();
    const stacks = fs.readdirSync(path.join(project, 'cdktf.out', 'stacks')).sort();
    const platforms = stacks.filter((x) => /^platform(-|$)/.test(x));
    expect(platforms[0]).toBe('platform');
    expect(out.synth).toMatch(platforms.length === 1 ? /and the platform stack/ : new RegExp(`and ${platforms.length} platform stacks`));
    expect(stacks).toEqual([...platforms, ...tenants].sort());
    // Each tenant's documents, and the platform's listing of every tenant's PBS prune job.
    expect(fs.readdirSync(path.join(project, 'cdktf.out', 'documents')).sort()).toEqual(['platform', ...tenants].sort());
    expect(fs.existsSync(path.join(project, 'cdktf.out', 'documents', 'platform', 'pbs-prune-jobs.md'))).toBe(true);
    expect(fs.existsSync(path.join(project, 'compliance-reports', 'compliance.json'))).toBe(true);
    expect(fs.readFileSync(path.join(project, 'fleet.lock.yaml'), 'utf8')).toBe(lockBefore);
  });
});

describe('a fleet repository made by `kommunal init --fleet`', () => {
  it('is scaffolded with a first Kommune, then validates, synthesizes, checks and runs its app', () => {
    const kommunal = path.join(modules, '.bin', 'kommunal');
    const init = ok(run(kommunal, ['init', '--fleet', 'neue-flotte', 'Sankt Ingbert'], tmp), 'kommunal init --fleet');
    const project = path.join(tmp, 'neue-flotte');
    for (const f of ['package.json', 'tsconfig.json', 'cdktf.json', 'main.ts', '.gitignore', 'fleet.yaml', 'README.md']) {
      expect(init).toContain(`wrote neue-flotte/${f}\n`);
    }
    expect(init).toContain('wrote neue-flotte/kommunen/st-ingbert.yaml: St. Ingbert, Stadt (AGS 10045117), key st-ingbert, kind stadt');
    const tenant = parseYaml(fs.readFileSync(path.join(project, 'kommunen', 'st-ingbert.yaml'), 'utf8')) as { name: string };
    expect(tenant.name).toBe('St. Ingbert');
    expect(JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')).dependencies).toEqual({ [PKG.name]: PKG.version });
    install(project);
    const out = runFleetCommands(project);
    expect(out.validate).not.toBe('');
    expect(out.synth).toContain('fleet.lock.yaml');
    expect(fs.readdirSync(path.join(project, 'cdktf.out', 'stacks')).sort()).toEqual(['platform', 'st-ingbert']);
    expect(fs.existsSync(path.join(project, 'fleet.lock.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(project, 'compliance-reports', 'compliance.json'))).toBe(true);
  });

  it('writes nothing when the folder already holds a fleet, and nothing when the Kommune is unknown', () => {
    const kommunal = path.join(modules, '.bin', 'kommunal');
    const again = run(kommunal, ['init', '--fleet', 'neue-flotte'], tmp);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/neue-flotte already has package\.json, .*; nothing written \(use --force to replace them\)/);
    const unknown = run(kommunal, ['init', '--fleet', 'leer', 'Nirgendwoheim am See'], tmp);
    expect(unknown.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'leer'))).toBe(false);
  });
});
