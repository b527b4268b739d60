"use strict";
/**
 * A provider fleet: the platform stack plus one stack per tenant in kommunen/, each with its own
 * remote state (GitLab-managed HTTP state). At fleet scale use `kommunal synth` and the generated
 * GitLab pipelines instead of this app (see README "Operating the fleet").
 *
 *   npm run build && cd examples/landkreis-fleet && node ../../dist/examples/landkreis-fleet/main.js
 */
Object.defineProperty(exports, "__esModule", { value: true });
const kommunal_cdk_1 = require("kommunal-cdk");
// The folder of this example (cdktf runs the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
(0, kommunal_cdk_1.runFleetApp)({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
