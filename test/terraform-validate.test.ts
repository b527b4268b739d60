/**
 * `terraform validate` (or `tofu validate`) on every synthesized example stack: the check the offline
 * conformance test stands in for. It needs a terraform/tofu binary AND the providers (network access
 * to the registry or a filled plugin cache), so it runs only when asked:
 *
 *   KOMMUNAL_TF_VALIDATE=terraform npx jest test/terraform-validate      (or =tofu)
 *
 * This machine has a terraform binary but no registry access, so the suite skips it by default.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { exampleModel, removeDir, synthModel } from './helpers/fleet';

const tool = process.env.KOMMUNAL_TF_VALIDATE;
const describeIfTool = tool === 'terraform' || tool === 'tofu' ? describe : describe.skip;
if (tool === undefined) {
  // eslint-disable-next-line no-console
  console.warn('Skipping terraform validate of the examples: set KOMMUNAL_TF_VALIDATE=terraform (or tofu) where the providers can be installed.');
}

describeIfTool(`${tool} validate on the examples`, () => {
  it.each(['musterstadt', 'verbandsgemeinde', 'landkreis-fleet'])('%s: every stack validates', (example) => {
    const synth = synthModel(exampleModel(example));
    try {
      for (const name of Object.keys(synth.stacks)) {
        const dir = path.join(synth.outdir, 'stacks', name);
        expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
        const init = spawnSync(tool!, ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8' });
        expect({ name, step: 'init', status: init.status, err: init.status === 0 ? '' : init.stderr }).toEqual({ name, step: 'init', status: 0, err: '' });
        const validate = spawnSync(tool!, ['validate', '-no-color'], { cwd: dir, encoding: 'utf8' });
        expect({ name, step: 'validate', status: validate.status, out: validate.status === 0 ? '' : validate.stdout + validate.stderr }).toEqual({ name, step: 'validate', status: 0, out: '' });
      }
    } finally {
      removeDir(synth.outdir);
    }
  }, 600000);
});
