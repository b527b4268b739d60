/**
 * Running GitLab CI pipelines locally with gitlab-ci-local (firecow/gitlab-ci-local, pinned 4.72.0 as a
 * dev dependency; 4.75.1 fails on Node 20) and its shell executor, for the pipeline rehearsal.
 *
 * What gitlab-ci-local 4.72.0 does, read in its bundled sources (node_modules/gitlab-ci-local/dist/
 * index.js.map, `src/...` below):
 * - `--shell-isolation` gives every job its own copy of the project in `<state dir>/builds/<job>`: the
 *   files Git tracks (an rsync that excludes `git ls-files -o`, src/utils.ts `rsyncTrackedFiles`) plus
 *   the artifacts of the jobs it needs (src/job.ts `copyArtifactsIn`), like a GitLab runner that
 *   cleans its build folder. rsync is required for that and for artifacts.
 * - `--force-shell-executor` ignores `image:` (src/job.ts `imageName`), but CI_PROJECT_DIR of a job
 *   with an image is still `/builds/<group>/<project>` (src/job.ts `_predefinedVariables`).
 * - A variable of the variables file whose value starts with `/` or `~` is a file variable: the job
 *   gets the path of a copy of that file (src/variables-from-files.ts); `{ type: variable, values:
 *   { <environment>: value } }` is an ordinary, optionally environment-scoped, variable.
 * - `trigger: include: - artifact:` runs the included file as a child pipeline in the same process
 *   (src/job.ts `startTriggerPipeline`, `fetchTriggerInclude`); `needs: - pipeline:` is ignored
 *   with a warning (src/validator.ts `needs`, src/producers.ts); the trigger job is marked passed
 *   whatever the child did (`start()` sets its exit code to 0), so `strategy: depend` is not
 *   honoured and the process exits 0 when only a child job failed. `resource_group` and `id_tokens`
 *   appear nowhere in the sources: they are accepted by the schema and have no effect.
 * - File variables are written to `/tmp/gitlab-ci-local-file-variables-<project slug>-<job id>/`
 *   (hard-coded /tmp, src/job.ts `fileVariablesDir`); the first copy is made before the slug is known
 *   (`...-undefined-<id>`) and is never removed, so the runner below removes the folders a run left.
 * - Each finished job prints `<job> finished in <time>`, followed by ` FAIL <code>` or ` WARN <code>`
 *   when it did not pass (src/job.ts `printExitedString`).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './rehearsal';

/** The gitlab-ci-local command of this package (a dev dependency). */
export const GITLAB_CI_LOCAL = path.join(REPO, 'node_modules', '.bin', 'gitlab-ci-local');

/** Why gitlab-ci-local cannot run pipelines here (it is missing, or rsync or git is), or undefined. */
export function gitlabCiLocalUnavailable(): string | undefined {
  if (!fs.existsSync(GITLAB_CI_LOCAL)) return 'gitlab-ci-local is not installed (npm ci installs the pinned dev dependency)';
  for (const tool of ['rsync', 'git']) {
    const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (r.error !== undefined || r.status !== 0) return `${tool} is not on PATH (gitlab-ci-local copies builds and artifacts with rsync)`;
  }
  return undefined;
}

/** gitlab-ci-local's name for a job's folders (src/utils.ts `safeDockerString`: runs of other characters base64url-encoded). */
export function safeJobName(job: string): string {
  return job.replace(/[^\w-]+/g, (m) => Buffer.from(m).toString('base64url'));
}

/** One run of gitlab-ci-local. */
export interface GclRun {
  /** Exit code of the gitlab-ci-local process. */
  readonly code: number;
  /** stdout and stderr, interleaved as printed. */
  readonly output: string;
  readonly ms: number;
  /** Exit code of every job that finished, by job name (child jobs of a trigger included). */
  readonly jobs: Readonly<Record<string, number>>;
  /** The lines a job printed (without the job-name prefix). */
  log(job: string): string;
}

/** Options of one gitlab-ci-local run. */
export interface GclOptions {
  /** The project (a Git work tree). */
  readonly cwd: string;
  /** gitlab-ci-local's state folder, relative to cwd. */
  readonly stateDir: string;
  /** The pipeline file, relative to cwd. @default .gitlab-ci.yml */
  readonly file?: string;
  /** Manual jobs to run. */
  readonly manual?: readonly string[];
  /** `--variable NAME=value` (what a trigger job hands to its child pipeline). */
  readonly variables?: Readonly<Record<string, string>>;
  /** The whole environment of the process (nothing else of the caller's environment is passed). */
  readonly env: Readonly<Record<string, string>>;
  /** gitlab-ci-local's home (its user-level variables file is read from there). */
  readonly home: string;
}

const FILE_VARIABLES_PARENT = '/tmp';
const fileVariableDirs = () => fs.readdirSync(FILE_VARIABLES_PARENT).filter((d) => d.startsWith('gitlab-ci-local-file-variables-'));

// `plan:x  finished in 3.7 s  FAIL 2`, optionally behind `[trigger] -> ` for child jobs.
const FINISHED = /^\s*(?:\[[^\]]*\] -> )?(\S+)\s+finished in .*?(?:(?:FAIL|WARN) (\d+))?\s*$/;

/** Runs gitlab-ci-local with the shell executor, every job in its own copy of the project. */
export function runGitlabCiLocal(o: GclOptions): Promise<GclRun> {
  const args = [
    '--shell-isolation',
    '--force-shell-executor',
    '--no-artifacts-to-source',
    '--no-color',
    '--concurrency', '2',
    '--state-dir', o.stateDir,
    '--home', o.home,
    ...(o.file !== undefined ? ['--file', o.file] : []),
    ...(o.manual ?? []).flatMap((m) => ['--manual', m]),
    ...Object.entries(o.variables ?? {}).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
  ];
  const t0 = Date.now();
  const before = new Set(fileVariableDirs());
  return new Promise((resolve, reject) => {
    const child = spawn(GITLAB_CI_LOCAL, args, { cwd: o.cwd, env: { ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => {
      for (const d of fileVariableDirs()) if (!before.has(d)) fs.rmSync(path.join(FILE_VARIABLES_PARENT, d), { recursive: true, force: true });
      const jobs: Record<string, number> = {};
      for (const line of output.split('\n')) {
        const m = FINISHED.exec(line);
        // `pipeline finished in 11 s` closes the run; it is no job.
        if (m && !/^pipeline finished in /.test(line)) jobs[m[1]] = m[2] !== undefined ? Number(m[2]) : 0;
      }
      const log = (job: string) => output
        .split('\n')
        .map((l) => /^\s*(?:\[[^\]]*\] -> )?(\S+)\s+(?:> |\$ )(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && m[1] === job)
        .map((m) => m[2])
        .join('\n');
      resolve({ code: code ?? -1, output, ms: Date.now() - t0, jobs, log });
    });
  });
}

/** Writes gitlab-ci-local's project variables file (`.gitlab-ci-local-variables.yml`) as JSON, which is YAML. */
export function writeVariablesFile(cwd: string, variables: Readonly<Record<string, string | { readonly type: 'variable'; readonly values: Readonly<Record<string, string>> }>>): void {
  fs.writeFileSync(path.join(cwd, '.gitlab-ci-local-variables.yml'), `${JSON.stringify(variables, null, 2)}\n`);
}
