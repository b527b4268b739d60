/**
 * Control characters in parameter files (issue #14, item 3): names and every free-text field are
 * one line of printable text. The schema refuses C0/C1 controls with a positioned problem; names
 * with template or Markdown characters are accepted (they are escaped where they are rendered).
 */
import * as path from 'path';
import * as fc from 'fast-check';
import { checkFleetFile, checkKommuneFile } from '../../lib/config/load';
import { formatProblem } from '../../lib/config/problems';
import { cleanup, tempDir, VALID_FLEET, writeFiles, yaml } from './fixtures';
import * as fs from 'fs';

const HINT = 'one line of text without control characters (no line break, tab, ESC or NUL)';
const HEAD = ['key: testkom', 'kind: gemeinde'];
const REASON = 'requested by the IT department for the migration, until 2027';

/** YAML double-quoted scalars take escapes: \e ESC, \r CR, \0 NUL, \n LF, \t tab, \x9b CSI (C1). */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['ESC (terminal escape sequence)', 'Stadt\\e[2J\\e]0;owned\\a'],
  ['CR', 'Stadt\\rForged'],
  ['NUL', 'Stadt\\0x'],
  ['LF (forged Markdown heading)', 'Stadt\\n# Freigabe erteilt'],
  ['tab', 'Stadt\\tx'],
  ['C1 CSI', 'Stadt\\x9b2J'],
  ['DEL', 'Stadt\\x7f'],
];

interface Field {
  readonly what: string;
  /** Lines of a tenant file with VALUE where the hostile text goes. */
  readonly lines: readonly string[];
  readonly path: string;
}

const KOMMUNE_FIELDS: readonly Field[] = [
  { what: 'name', lines: [...HEAD, 'name: "VALUE"'], path: 'name' },
  { what: 'member name', lines: ['key: testkom', 'name: VG Test', 'kind: verbandsgemeinde', 'members:', '  ort-a:', '    name: "VALUE"'], path: 'members.ort-a.name' },
  { what: 'flow reason', lines: [...HEAD, 'name: Test', 'flows:', '  clients-to-servers-web:', '    reason: "VALUE"'], path: 'flows.clients-to-servers-web.reason' },
  { what: 'flow exception reason', lines: [...HEAD, 'name: Test', 'flowExceptions:', '  x-1:', '    from: clients', '    to: servers', '    protocol: tcp', '    ports: "22"', `    reason: "VALUE ${REASON}"`], path: 'flowExceptions.x-1.reason' },
  { what: 'suppression reason', lines: [...HEAD, 'name: Test', 'suppressions:', '  s-1:', '    rule: KOM-LOG-2', `    reason: "VALUE ${REASON}"`], path: 'suppressions.s-1.reason' },
  { what: 'directory group', lines: [...HEAD, 'name: Test', 'identity:', '  source: platform', '  groups:', '    admins: "VALUE"'], path: 'identity.groups.admins' },
  { what: 'approver', lines: [...HEAD, 'name: Test', 'approvals:', '  a-1:', '    address: proxmox_virtual_environment_pool.x', '    action: delete', `    reason: "${REASON}"`, '    approvedBy: "VALUE"', '    approvedOn: "2026-01-01"', '    expires: "2026-12-31"'], path: 'approvals.a-1.approvedBy' },
];

describe('control characters in tenant files', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  const check = (sub: string, text: string) => {
    writeFiles(path.join(dir, sub), { 'testkom.yaml': text });
    return checkKommuneFile(path.join(dir, sub, 'testkom.yaml'), { displayRoot: path.join(dir, sub) }).problems.map(formatProblem);
  };

  const cases = KOMMUNE_FIELDS.flatMap((f) => HOSTILE.map(([kind, value]) => [f.what, kind, f, value] as const));
  it.each(cases)('fails when the %s holds a %s, positioned at the field', (_what, _kind, f, value) => {
    const lineIndex = f.lines.findIndex((l) => l.includes('VALUE'));
    const problems = check(`${f.path}-${HOSTILE.findIndex(([, v]) => v === value)}`, yaml(...f.lines.map((l) => l.replace('VALUE', value))));
    const mine = problems.filter((p) => p.includes(` ${f.path}: `));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatch(new RegExp(`^testkom\\.yaml:${lineIndex + 1}:\\d+ ${f.path.replace(/[.-]/g, '\\$&')}: ".*("|\\.\\.\\.) is not valid: expected ${HINT.replace(/[()]/g, '\\$&')}$`));
    // The message shows the value escaped: no raw control character reaches the terminal.
    // eslint-disable-next-line no-control-regex
    expect(mine[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('accepts names with template, Markdown and shell characters (they are escaped where rendered)', () => {
    for (const [i, name] of ['Stadt ${filebase64("/proc/self/environ")}', '# Forged **heading** [x](y)', "Bad Dürkheim (Stadt); $(touch x) `y` 'z'", '100 % Ort'].entries()) {
      expect(check(`ok-${i}`, yaml(...HEAD, `name: ${JSON.stringify(name)}`))).toEqual([]);
    }
  });

  it('refuses a control character anywhere in a name and accepts the name without it (property)', () => {
    const printableText = fc.string({ unit: fc.constantFrom(...'abcäöü ,()-.$%{}#*'.split('')), minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s !== '');
    const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c));
    let n = 0;
    fc.assert(
      fc.property(printableText, control, fc.nat(), (name, c, at) => {
        const i = at % (name.length + 1);
        const bad = name.slice(0, i) + c + name.slice(i);
        n++;
        const refused = check(`p-${n}`, yaml(...HEAD, `name: ${JSON.stringify(bad)}`));
        const accepted = check(`q-${n}`, yaml(...HEAD, `name: ${JSON.stringify(name)}`));
        return refused.length === 1 && refused[0].includes(` name: `) && refused[0].includes(HINT) && accepted.length === 0;
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});

describe('control characters in fleet.yaml', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it.each([
    ['vault.pkiCommonName', 'vault', 'pkiCommonName: "Issuing\\e[31m CA"'],
    ['backup.notificationTarget', 'backup', 'notificationTarget: "kommunal\\nbackup"'],
  ])('fails when %s holds a control character, positioned at the field', (field, section, line) => {
    const text = fs.readFileSync(path.join(VALID_FLEET, 'fleet.yaml'), 'utf8');
    const head = new RegExp(`^${section}:\\n`, 'm');
    expect(text).toMatch(head);
    const sub = path.join(dir, field);
    writeFiles(sub, { 'fleet.yaml': text.replace(head, `${section}:\n  ${line}\n`) });
    const problems = checkFleetFile(path.join(sub, 'fleet.yaml'), { displayRoot: sub }).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^fleet\\.yaml:\\d+:\\d+ ${field.replace(/\./g, '\\.')}: ".*" is not valid: expected ${HINT.replace(/[()]/g, '\\$&')}$`));
  });
});
