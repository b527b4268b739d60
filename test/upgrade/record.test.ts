import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { recordBlueprintVersion } from '../../lib/upgrade/record';
import { runKommunal } from '../helpers/cli';
import { EXAMPLES, exampleModel } from '../helpers/fleet';

describe('recording the applied blueprint version', () => {
  const lock = exampleModel('landkreis-fleet').lock;

  it('raises the version of the given tenants only, absent counting as 1', () => {
    const r = recordBlueprintVersion(lock, ['zv-abwasser', 'kreisverwaltung'], 2);
    expect(r.changed).toEqual(['kreisverwaltung', 'zv-abwasser']);
    expect(r.lock.tenants['zv-abwasser'].blueprint).toBe(2);
    expect(r.lock.tenants['stadt-musterhausen'].blueprint).toBeUndefined();
    expect(r.newer).toEqual([]);
  });

  it('never lowers a version and reports tenants newer than the library', () => {
    const newer = { ...lock, tenants: { ...lock.tenants, 'zv-abwasser': { ...lock.tenants['zv-abwasser'], blueprint: 3 } } };
    const r = recordBlueprintVersion(newer, ['zv-abwasser'], 2);
    expect(r.changed).toEqual([]);
    expect(r.newer).toEqual(['zv-abwasser']);
    expect(r.lock.tenants['zv-abwasser'].blueprint).toBe(3);
  });
});

describe('kommunal record-blueprint (spawned)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-record-'));
    fs.cpSync(path.join(EXAMPLES, 'musterstadt'), dir, { recursive: true, filter: (src) => !src.includes('cdktf.out') });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves a current lock untouched', () => {
    const before = fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
    const r = runKommunal(['record-blueprint'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: 'nothing to record: 1 tenant already at blueprint 1\n' });
    expect(fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8')).toBe(before);
  });

  it('fails when a tenant is unknown', () => {
    const r = runKommunal(['record-blueprint', '--tenant', 'musterstat'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('musterstat');
    expect(r.stderr).toContain('did you mean "musterstadt"');
  });
});
