/**
 * A provider fleet: the platform stack plus one stack per tenant in kommunen/, each with its own
 * remote state (GitLab-managed HTTP state). At fleet scale use `kommunal synth` and the generated
 * GitLab pipelines instead of this app (see README "Operating the fleet").
 *
 *   npm run build && cd examples/landkreis-fleet && node ../../dist/examples/landkreis-fleet/main.js
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
