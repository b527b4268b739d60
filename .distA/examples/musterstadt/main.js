"use strict";
/**
 * Musterstadt: one Stadt on the shared platform, local Terraform backend. Fork this folder and edit
 * only kommunen/musterstadt.yaml (and, as the provider, fleet.yaml).
 *
 *   npm run synth:musterstadt        (from the package root), or `cdktf synth` in this folder
 */
Object.defineProperty(exports, "__esModule", { value: true });
const kommunal_cdk_1 = require("kommunal-cdk");
// The folder of this example (cdktf runs the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
(0, kommunal_cdk_1.runFleetApp)({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
