/**
 * A small fleet in a temporary folder for the synth tests: the musterstadt example fleet.yaml with
 * the tenants of both examples plus synthetic tenants of varying shape.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Fleet, FleetModel, loadFleetModel } from '../../lib/blueprint/fleet';

export const REPO = path.resolve(__dirname, '../..');
const EXAMPLES = path.join(REPO, 'examples');

const SEGMENT_CHOICES = ['', 'segments:\n  dmz: {}\n', 'segments:\n  schools: {}\n', 'segments:\n  iot:\n    prefixLength: 26\n'];

/** YAML of synthetic tenant number `i` (AGS in the non-existent Kreis 998 of Rhineland-Palatinate). */
export function syntheticTenant(i: number, extra = ''): { key: string; yaml: string } {
  const key = `testgemeinde-${String(i).padStart(2, '0')}`;
  const yaml =
    `key: ${key}\nname: "Testgemeinde ${i} (Pfalz)"\nkind: ${i % 5 === 0 ? 'stadt' : 'gemeinde'}\nags: "07998${String(i).padStart(3, '0')}"\n` +
    `size: ${i % 3 === 0 ? 'm' : 's'}\n${SEGMENT_CHOICES[i % SEGMENT_CHOICES.length]}${extra}`;
  return { key, yaml };
}

/** Creates the fleet folder and returns its fleet.yaml path. */
export function makeFleet(synthetic = 20): { dir: string; fleetFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-synth-'));
  fs.mkdirSync(path.join(dir, 'kommunen'));
  fs.copyFileSync(path.join(EXAMPLES, 'musterstadt', 'fleet.yaml'), path.join(dir, 'fleet.yaml'));
  fs.copyFileSync(path.join(EXAMPLES, 'musterstadt', 'kommunen', 'musterstadt.yaml'), path.join(dir, 'kommunen', 'musterstadt.yaml'));
  fs.copyFileSync(path.join(EXAMPLES, 'verbandsgemeinde', 'kommunen', 'vg-musterland.yaml'), path.join(dir, 'kommunen', 'vg-musterland.yaml'));
  for (let i = 1; i <= synthetic; i++) {
    const t = syntheticTenant(i);
    fs.writeFileSync(path.join(dir, 'kommunen', `${t.key}.yaml`), t.yaml);
  }
  return { dir, fleetFile: path.join(dir, 'fleet.yaml') };
}

export function loadModel(fleetFile: string): FleetModel {
  return loadFleetModel({ fleetFile, displayRoot: path.dirname(fleetFile) });
}

/** The straightforward path: one App, the Fleet construct, app.synth(). */
export function synthStraightforward(model: FleetModel, outdir: string): void {
  const app = new App({ outdir });
  new Fleet(app, model);
  app.synth();
}

/** Every file below `dir` (relative path → content), except the given names. */
export function readTree(dir: string, except: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!except.includes(e.name)) out.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
