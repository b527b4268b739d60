/** Test helpers of test/pipeline: temporary fleets, the CLI as a process, the GitLab CI schema. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { GitlabPipelineOptions } from '../../lib/pipeline/gitlab';
import { runKommunal } from '../helpers/cli';

export const REPO = path.resolve(__dirname, '../..');
export const PLANS = path.join(REPO, 'test/fixtures/plans');
export const GITLAB_SCHEMA = path.resolve(REPO, '../shared/schemas/gitlab-ci.schema.json');
export const HAS_GITLAB_SCHEMA = fs.existsSync(GITLAB_SCHEMA);

if (!HAS_GITLAB_SCHEMA) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping GitLab CI schema validation: ${GITLAB_SCHEMA} not found (the shared folder is not checked out next to the repository).`);
}

let validator: ValidateFunction | undefined;
/** The GitLab CI schema compiled as ../shared/schemas/README.md prescribes (draft-07 Ajv, strict: false, ajv-formats). */
export function gitlabValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(GITLAB_SCHEMA, 'utf8')));
  }
  return validator;
}

const made: string[] = [];
// Whatever a test file made is removed after its tests, also when a test replaced `dir` before its afterEach ran.
if (typeof afterAll === 'function') afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export function tempDir(prefix = 'kommunal-pipeline-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Copies the musterstadt example fleet (fleet.yaml, lock, tenant file) into a temporary folder;
 * `tenantExtra` is appended to kommunen/musterstadt.yaml (after `state: active` is removed when
 * the extra sets a state). `more` adds tenant files by key with their YAML text.
 */
export function musterstadtFleet(tenantExtra = '', more: Record<string, string> = {}): string {
  const src = path.join(REPO, 'examples/musterstadt');
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'kommunen'));
  fs.copyFileSync(path.join(src, 'fleet.yaml'), path.join(dir, 'fleet.yaml'));
  fs.copyFileSync(path.join(src, 'fleet.lock.yaml'), path.join(dir, 'fleet.lock.yaml'));
  let tenant = fs.readFileSync(path.join(src, 'kommunen/musterstadt.yaml'), 'utf8');
  if (/^state:/m.test(tenantExtra)) tenant = tenant.replace(/^state: .*\n/m, '');
  fs.writeFileSync(path.join(dir, 'kommunen/musterstadt.yaml'), `${tenant}${tenantExtra}`);
  for (const [key, text] of Object.entries(more)) fs.writeFileSync(path.join(dir, 'kommunen', `${key}.yaml`), text);
  return dir;
}

/** A second small tenant for fleets with more than one Kommune. */
export function simpleTenant(key: string, ags: string): string {
  return `key: ${key}\nname: ${key[0].toUpperCase()}${key.slice(1)}\nkind: gemeinde\nags: "${ags}"\nidentity:\n  source: platform\n`;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/kommunal.js <args>` (needs a fresh `npm run build`). */
export function kommunal(args: readonly string[], cwd: string = REPO): RunResult {
  const r = runKommunal(args, { cwd });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** Runs git in a folder with a fixed identity; throws on failure. */
export function git(cwd: string, args: readonly string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Runs the CLI in-process through `main()` (same code path, no process start; for the many small cases). */
export async function kommunalInProcess(args: readonly string[], cwd: string): Promise<RunResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require('../../lib/cli/main') as typeof import('../../lib/cli/main');
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd });
  return { status, stdout, stderr };
}

/**
 * Pipeline options of a fleet with platform CI roles (vault.ci with a platform project): two tenants,
 * `beta` on cluster `nord`, the pg state backend.
 */
export const PLATFORM_ROLES_PIPELINE: GitlabPipelineOptions = {
  tenants: [
    { key: 'alpha', number: 1, vaultRole: 'kommunen-alpha-ci', vaultPlanRole: 'kommunen-alpha-ci-plan' },
    { key: 'beta', number: 2, vaultRole: 'kommunen-beta-ci', vaultPlanRole: 'kommunen-beta-ci-plan', cluster: 'nord' },
  ],
  selected: ['alpha', 'beta'],
  fleetFile: 'fleet.yaml',
  vault: { mount: 'jwt-ci', audience: 'https://gitlab.example', platform: { role: 'kommunen-platform-ci', planRole: 'kommunen-platform-ci-plan' } },
  stateBackend: 'pg',
};
