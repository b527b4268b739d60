/**
 * A Verbandsgemeinde that runs the IT of its Ortsgemeinden: one tenant (the Verbandsgemeinde) whose
 * file lists the member Ortsgemeinden; VXLAN zone and Vault namespaces. Fork this folder and edit
 * kommunen/*.yaml.
 *
 *   npm run build && cd examples/verbandsgemeinde && node ../../dist/examples/verbandsgemeinde/main.js
 */
import * as path from 'path';
import { App } from 'cdktf';
import { Fleet, loadFleetModel, writeLockIfChanged } from 'kommunal-cdk';

const here = process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd();
const model = loadFleetModel({ fleetFile: path.join(here, 'fleet.yaml'), displayRoot: here });
const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? path.join(here, 'cdktf.out') });
const fleet = new Fleet(app, model);
app.synth();
fleet.writeDocuments(path.join(app.outdir, 'documents'));
if (writeLockIfChanged(model)) console.log(`allocated new tenants: wrote ${path.relative(here, model.lockPath)} (commit it)`);
