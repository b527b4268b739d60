import { spawnSync } from 'child_process';
import * as fc from 'fast-check';
import { shellArgumentProblem, shellQuote } from '../../lib/core/shell';

const HOSTILE = ["infra $(touch pwned);x/", 'a b', "it's", '"double"', '`touch pwned`', 'a;b', 'a|b&c', '$HOME', '${HOME}', '\\', '!event', '*', '~', '#comment', '>file', "''", 'ä ö'];

function bashAvailable(): boolean {
  return spawnSync('bash', ['-c', 'true']).status === 0;
}
const HAS_BASH = bashAvailable();
if (!HAS_BASH) console.warn('bash is not on PATH: the shell round trips are skipped');
const withBash = HAS_BASH ? it : it.skip;

/** Runs `printf '<%s>\n' <words>` in bash and returns what it printed: one line per argument. */
function printedArguments(words: readonly string[]): string {
  const r = spawnSync('bash', ['-c', `printf '<%s>\\n' ${words.join(' ')}`], { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes everything else', () => {
    expect(shellQuote('kommunen/fleet.yaml')).toBe('kommunen/fleet.yaml');
    expect(shellQuote('-chdir=cdktf.out/stacks/a')).toBe('-chdir=cdktf.out/stacks/a');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$KOMMUNAL_CI_IMAGE', { always: true })).toBe("'$KOMMUNAL_CI_IMAGE'");
  });

  withBash('makes each hostile value exactly one argument that bash does not run', () => {
    expect(printedArguments(HOSTILE.map((v) => shellQuote(v)))).toBe(HOSTILE.map((v) => `<${v}>\n`).join(''));
  });

  withBash('round-trips any printable text through bash (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab $`\'"\\;|&<>(){}[]*?~#!%=\t-ä'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (values) => printedArguments(values.map((v) => shellQuote(v))) === values.map((v) => `<${v}>\n`).join('')),
      { numRuns: 60, seed: 14 },
    );
  });
});

describe('shellArgumentProblem', () => {
  it('refuses line breaks and other control characters, and names where they are', () => {
    expect(shellArgumentProblem('infra\nx/fleet.yaml')).toMatch(/U\+000A at position 6/);
    expect(shellArgumentProblem('a\rb')).toMatch(/U\+000D/);
    expect(shellArgumentProblem('a\u001b[31mb')).toMatch(/U\+001B/);
    expect(shellArgumentProblem('a\u0000b')).toMatch(/U\+0000/);
    expect(shellArgumentProblem('a\u0085b')).toMatch(/U\+0085/);
    expect(shellArgumentProblem('')).toBe('is empty');
  });

  it('refuses a leading "-" only where the value is a command argument', () => {
    expect(shellArgumentProblem('-rf', { argument: true })).toMatch(/starts with "-".*\.\/-rf/);
    expect(shellArgumentProblem('-rf')).toBeUndefined();
    expect(shellArgumentProblem("infra $(touch pwned);x/fleet.yaml", { argument: true })).toBeUndefined();
  });
});
