/**
 * The vetted defaults pass the vetted rule pack: a tenant that enables every optional segment and
 * sets nothing else (no size, no dhcp, no flows, no backup or logging settings) fails no rule,
 * neither an error nor a warning. It used to fail KOM-NET-3 (open DHCP in an untrusted segment)
 * because the catalogue served DHCP in schools and iot by default (issue #15).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Fleet, loadFleetModel } from '../../lib/blueprint/fleet';
import { checkStack } from '../../lib/compliance/check';
import type { StackJson } from '../../lib/compliance/types';
import { SEGMENT_CATALOGUE, SEGMENT_NAMES } from '../../lib/model/catalogue';
import { testApp } from '../helpers/synth';

const VALID = path.resolve(__dirname, '../fixtures/config/valid-fleet');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-vetted-defaults-'));
  fs.cpSync(VALID, dir, { recursive: true });
  const optional = SEGMENT_NAMES.filter((n) => !SEGMENT_CATALOGUE[n].mandatory);
  fs.writeFileSync(
    path.join(dir, 'kommunen', 'defaults.yaml'),
    ['key: defaults', 'name: Nur Vorgaben', 'kind: gemeinde', 'ags: "07999019"', 'segments:', ...optional.map((n) => `  ${n}: {}`), ''].join('\n'),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the vetted defaults and the vetted rule pack', () => {
  it('no untrusted segment serves DHCP by default', () => {
    const untrusted = SEGMENT_NAMES.filter((n) => SEGMENT_CATALOGUE[n].trust === 'untrusted');
    expect(untrusted.sort()).toEqual(['dmz', 'iot', 'schools']);
    expect(untrusted.filter((n) => SEGMENT_CATALOGUE[n].dhcp)).toEqual([]);
  });

  it('a tenant of defaults only, with every optional segment, fails no rule of the pack', () => {
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const fleet = new Fleet(testApp(), model, { platform: false, compliance: false });
    const stack = fleet.tenants.defaults;
    expect(Object.keys(stack.spec.network.segments).sort()).toEqual([...SEGMENT_NAMES].sort());
    const report = checkStack(stack.toTerraform() as StackJson, { spec: stack.spec });
    const failed = report.results.filter((r) => r.status === 'fail').map((r) => `${r.rule}: ${r.findings.map((f) => f.message).join('; ')}`);
    expect(failed).toEqual([]);
    expect({ errors: report.errorCount, warnings: report.warningCount }).toEqual({ errors: 0, warnings: 0 });
    // KOM-NET-3 itself ran and passed (not merely unknown).
    expect(report.results.find((r) => r.rule === 'KOM-NET-3')?.status).toBe('pass');
  });
});
