/** Helpers to synthesize example fleets into temporary folders. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Fleet, loadFleetModel, FleetModel } from '../../lib/blueprint/fleet';

export const REPO = path.resolve(__dirname, '../..');
export const EXAMPLES = path.join(REPO, 'examples');

/** Loads an example's fleet (with its committed lock). */
export function exampleModel(example: string): FleetModel {
  const dir = path.join(EXAMPLES, example);
  return loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
}

export interface SynthesizedFleet {
  readonly outdir: string;
  readonly fleet: Fleet;
  /** cdk.tf.json of each stack, parsed. */
  readonly stacks: Record<string, Record<string, unknown>>;
  /** cdk.tf.json of each stack, as written. */
  readonly texts: Record<string, string>;
}

const made: string[] = [];
// Output folders are removed after the test file's tests, whether or not a test removed its own.
if (typeof afterAll === 'function') afterAll(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Synthesizes a model into a fresh temporary folder (removed after the test file). */
export function synthModel(model: FleetModel): SynthesizedFleet {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-synth-'));
  made.push(outdir);
  const app = new App({ outdir });
  const fleet = new Fleet(app, model);
  app.synth();
  const stacks: Record<string, Record<string, unknown>> = {};
  const texts: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(outdir, 'stacks')).sort()) {
    texts[name] = fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8');
    stacks[name] = JSON.parse(texts[name]);
  }
  return { outdir, fleet, stacks, texts };
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
