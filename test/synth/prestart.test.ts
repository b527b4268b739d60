import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fleetLargeEnoughForWorkers } from '../../lib/synth/synth-fleet';
import { REPO, removeDir } from './fixture';

describe('starting workers ahead only for fleets that use them', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-prestart-'));
  });
  afterAll(() => removeDir(dir));

  it('counts the YAML files of the tenants folder named in fleet.yaml (default kommunen)', () => {
    expect(fleetLargeEnoughForWorkers(path.join(REPO, 'examples', 'musterstadt', 'fleet.yaml'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'fleet.yaml'), 'tenants: gemeinden\n');
    fs.mkdirSync(path.join(dir, 'gemeinden'));
    for (let i = 0; i < 99; i++) fs.writeFileSync(path.join(dir, 'gemeinden', `g${i}.yaml`), '');
    fs.writeFileSync(path.join(dir, 'gemeinden', 'README.md'), '');
    expect(fleetLargeEnoughForWorkers(path.join(dir, 'fleet.yaml'))).toBe(false); // 99 tenants: inline
    fs.writeFileSync(path.join(dir, 'gemeinden', 'g99.yml'), '');
    expect(fleetLargeEnoughForWorkers(path.join(dir, 'fleet.yaml'))).toBe(true);
  });

  it('answers false when fleet.yaml or the folder cannot be read (the load reports that)', () => {
    expect(fleetLargeEnoughForWorkers(path.join(dir, 'missing.yaml'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'other.yaml'), 'tenants: nowhere\n');
    expect(fleetLargeEnoughForWorkers(path.join(dir, 'other.yaml'))).toBe(false);
  });
});
