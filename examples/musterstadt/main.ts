/**
 * Musterstadt: one Stadt on the shared platform, local Terraform backend. Fork this folder and edit
 * only kommunen/musterstadt.yaml (and, as the provider, fleet.yaml).
 *
 *   npm run synth:musterstadt        (from the package root), or `cdktf synth` in this folder
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
