/**
 * `kommunal init` as a spawned process (`node bin/kommunal.js init ...`); needs dist/ from
 * `npm run build`. The register it reads ships in data/ (a copy of the shared one), so these tests
 * do not need ../shared. Plus unit tests of the pure parts (CSV reader, lookup, kind).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kindFromName, lookupMunicipality, parseCsv, parseRegister, readRegister } from '../../lib/cli/commands/init';
import { DEFAULT_RETENTION, RETENTION_BOUNDS } from '../../lib/model/defaults';
import { loadKommuneFile } from '../../lib/config/load';
import { assignTenantKeys } from '../../lib/model/tenant-key';
import { runKommunal } from '../helpers/cli';

const REPO = path.resolve(__dirname, '../..');
const DIST_INIT = path.join(REPO, 'dist/lib/cli/commands/init.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function kommunal(args: readonly string[], cwd: string): Run {
  return runKommunal(args, { cwd });
}

let tmp: string;
beforeAll(() => {
  if (!fs.existsSync(DIST_INIT)) throw new Error('dist/lib/cli/commands/init.js is missing: run `npm run build` first (`npm test` does).');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-init-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('kommunal init', () => {
  it('scaffolds a valid file from an AGS, with the schema modeline and vetted defaults as comments', () => {
    const r = kommunal(['init', '07315000'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote kommunen/mainz.yaml: Mainz, kfr. St. (AGS 07315000), key mainz, kind stadt');
    const file = path.join(tmp, 'kommunen', 'mainz.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    expect(fs.existsSync(path.resolve(path.dirname(file), modeline![1]))).toBe(true);
    expect(text).toMatch(/^ags: "07315000"$/m);
    expect(text).toMatch(new RegExp(`^# +keepDaily: ${DEFAULT_RETENTION.keepDaily} +# ${RETENTION_BOUNDS.keepDaily.min}-${RETENTION_BOUNDS.keepDaily.max}$`, 'm'));
    const loaded = loadKommuneFile(file);
    // The register's status suffix is dropped from the name and named in the comment above it.
    expect(loaded.data).toEqual({ key: 'mainz', name: 'Mainz', kind: 'stadt', ags: '07315000' });
    expect(text).toContain(`# Name without the register's status suffix (the register prints "Mainz, kfr. St.").\nname: "Mainz"\n`);
  });

  it('finds a name case-insensitively and writes into --dir', () => {
    const r = kommunal(['init', 'bad dürkheim', '--dir', 'tenants'], tmp);
    expect(r.code).toBe(0);
    const files = fs.readdirSync(path.join(tmp, 'tenants'));
    expect(files).toEqual(['bad-duerkheim.yaml']);
    expect(loadKommuneFile(path.join(tmp, 'tenants', files[0])).data).toMatchObject({ name: 'Bad Dürkheim', kind: 'stadt' });
  });

  it('honours --kind and --key over the suggestions', () => {
    const r = kommunal(['init', '07315000', '--dir', 'k2', '--kind', 'gemeinde', '--key', 'mainz-test'], tmp);
    expect(r.code).toBe(0);
    expect(loadKommuneFile(path.join(tmp, 'k2', 'mainz-test.yaml')).data).toMatchObject({ key: 'mainz-test', kind: 'gemeinde' });
  });

  it('gives an ambiguous name the AGS suffix computed over the whole register', () => {
    const r = kommunal(['init', '07337002', '--dir', 'k3'], tmp);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'k3'))).toEqual(['altdorf-07337002.yaml']);
  });

  it('fails when a name matches several municipalities, listing them with their AGS', () => {
    const r = kommunal(['init', 'ALTDORF', '--dir', 'k4'], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'kommunal: "ALTDORF" matches 3 municipalities; run again with the AGS of the one you mean:',
        '  07337002  Altdorf (RP)',
        '  08115002  Altdorf (BW)',
        '  08116005  Altdorf (BW)',
        '',
      ].join('\n'),
    );
    expect(fs.existsSync(path.join(tmp, 'k4'))).toBe(false);
  });

  it('fails when nothing matches, with did-you-mean suggestions', () => {
    const r = kommunal(['init', 'Muenchen'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Muenchen" is not in the municipality register');
    expect(r.stderr).toMatch(/Did you mean:\n {2}09162000 {2}München, Landeshauptstadt \(BY\)\n/);
    const unknownAgs = kommunal(['init', '07999001'], tmp);
    expect(unknownAgs.code).toBe(1);
    expect(unknownAgs.stderr).toContain('AGS 07999001 is not in the municipality register');
  });

  it('fails when the file exists, unless --force', () => {
    const file = path.join(tmp, 'kommunen', 'mainz.yaml');
    fs.writeFileSync(file, '# hand-edited\n');
    const r = kommunal(['init', 'Mainz'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kommunal: kommunen/mainz.yaml already exists; not overwritten (use --force to replace it)\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('# hand-edited\n');
    const forced = kommunal(['init', 'Mainz', '--force'], tmp);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('key: mainz');
  });

  it('fails with exit 2 on a malformed AGS, a bad --key or --kind verbandsgemeinde', () => {
    expect(kommunal(['init', '0731500'], tmp)).toMatchObject({ code: 2, stderr: expect.stringContaining('an Amtlicher Gemeindeschluessel has 8 digits') });
    expect(kommunal(['init', 'Mainz', '--key', 'Mainz!'], tmp)).toMatchObject({ code: 2, stderr: expect.stringContaining('--key: tenant key "Mainz!"') });
    expect(kommunal(['init', 'Mainz', '--kind', 'verbandsgemeinde'], tmp)).toMatchObject({ code: 2, stderr: expect.stringContaining('needs its Ortsgemeinden under "members"') });
    expect(kommunal(['init', 'Mainz', '--kind', 'dorf'], tmp)).toMatchObject({ code: 2, stderr: expect.stringContaining('--kind "dorf" is not allowed') });
  });
});

describe('register and lookup (pure)', () => {
  it('parses RFC 4180 quoting: commas, doubled quotes, line breaks, CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",z\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['multi\nline', 'z']]);
    expect(parseCsv('a,,\n')).toEqual([['a', '', '']]);
  });

  it('fails when quoting is broken, naming the line', () => {
    // Messages come from csv-parse; the file and line are ours.
    expect(() => parseCsv('a\n"open,b\n', 'x.csv')).toThrow('x.csv:2: Quote Not Closed');
    expect(() => parseCsv('a\nb"c\n', 'x.csv')).toThrow('x.csv:2: Invalid Opening Quote');
    expect(() => parseCsv('"a"b\n', 'x.csv')).toThrow('x.csv:1: Invalid Closing Quote: got "b"');
  });

  it('fails when register rows are bad, listing all of them', () => {
    expect(() => parseRegister('ags,name,land\n1234,A,RP\n07315000,,RP\n07315000,Mainz,RP\n', 'r.csv')).toThrow(
      /3 bad row\(s\):\n {2}r\.csv:2: ags "1234" is not 8 digits\n {2}r\.csv:3: name is empty\n {2}r\.csv:4: ags 07315000 repeats line 3/,
    );
  });

  const register = readRegister();

  it('reads the shipped register completely', () => {
    expect(register).toHaveLength(10793);
    expect(register.find((e) => e.ags === '01001000')).toEqual({ ags: '01001000', name: 'Flensburg, Stadt', land: 'SH' });
    expect(register.filter((e) => e.name.includes('"'))).toEqual([]);
  });

  it('reads the kind from the status suffix and from kreisfreie AGS', () => {
    expect(kindFromName('Mainz, kfr. St.')).toBe('stadt');
    expect(kindFromName('Abensberg, St')).toBe('stadt');
    expect(kindFromName('Kassel, documenta-Stadt')).toBe('stadt');
    expect(kindFromName('Kempten (Allgäu) (Krfr. St)')).toBe('stadt');
    expect(kindFromName('Weißwasser/O.L., Stadt/Běła Woda')).toBe('stadt');
    expect(kindFromName('Aidenbach, M')).toBe('gemeinde');
    expect(kindFromName('Zehnhausen, Rennerod')).toBe('gemeinde');
    expect(kindFromName('Frankenthal (Pfalz)')).toBe('gemeinde');
    expect(kindFromName('Frankenthal (Pfalz)', '07311000')).toBe('stadt');
  });

  it('matches exact official names before base names', () => {
    const hit = lookupMunicipality(register, 'mainz, KFR. st.');
    expect(hit).toEqual({ kind: 'found', entry: { ags: '07315000', name: 'Mainz, kfr. St.', land: 'RP' } });
    const neuenkirchen = lookupMunicipality(register, 'Neuenkirchen');
    expect(neuenkirchen.kind).toBe('ambiguous');
    if (neuenkirchen.kind === 'ambiguous') expect(neuenkirchen.matches).toHaveLength(11);
  });

  it('treats "Sankt" and "St." as one spelling, both ways', () => {
    const stIngbert = { kind: 'found', entry: { ags: '10045117', name: 'St. Ingbert, Stadt', land: 'SL' } };
    expect(lookupMunicipality(register, 'Sankt Ingbert')).toEqual(stIngbert);
    expect(lookupMunicipality(register, 'st.ingbert')).toEqual(stIngbert);
    const sanktGoar = lookupMunicipality(register, 'St. Goar');
    expect(sanktGoar.kind).toBe('found');
    if (sanktGoar.kind === 'found') expect(sanktGoar.entry.name).toMatch(/^Sankt Goar\b/);
    // "Stadt" and a status suffix "St." are not saints.
    expect(lookupMunicipality(register, 'mainz, KFR. st.').kind).toBe('found');
  });

  it('gives every register entry a distinct key (assignTenantKeys over the whole register)', () => {
    const keys = assignTenantKeys(register);
    expect(new Set(keys.values()).size).toBe(register.length);
  });
});
