/**
 * Musterstadt: one Stadt on the shared platform, local Terraform backend. Fork this folder and edit
 * only kommunen/musterstadt.yaml (and, as the provider, fleet.yaml).
 *
 *   npm run synth:musterstadt        (from the package root), or `cdktf synth` in this folder
 */

import { runFleetApp } from 'kommunal-cdk';

// The folder of this example (cdktf runs the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
runFleetApp({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
