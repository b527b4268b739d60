/** Synthesizes an example fleet in-process into a temporary folder and returns each stack's JSON (the folder is removed). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel } from '../../../../lib/blueprint/fleet';
import { synthFleet } from '../../../../lib/synth/synth-fleet';

export async function synthExample(fleetFile: string): Promise<Record<string, Record<string, unknown>>> {
  const model = loadFleetModel({ fleetFile, displayRoot: path.dirname(fleetFile) });
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-model-'));
  try {
    const tenants = Object.keys(model.specs).sort();
    await synthFleet({ model, outdir, tenants, platform: true, force: true, jobs: 1, runner: 'inline', fleetKeys: tenants });
    const out: Record<string, Record<string, unknown>> = {};
    for (const s of fs.readdirSync(path.join(outdir, 'stacks')).sort()) out[s] = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', s, 'cdk.tf.json'), 'utf8'));
    return out;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
