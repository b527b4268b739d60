"use strict";
/**
 * A Verbandsgemeinde that runs the IT of its Ortsgemeinden: one tenant (the Verbandsgemeinde) whose
 * file lists the member Ortsgemeinden; VXLAN zone and Vault namespaces. Fork this folder and edit
 * kommunen/*.yaml.
 *
 *   npm run build && cd examples/verbandsgemeinde && node ../../dist/examples/verbandsgemeinde/main.js
 */
Object.defineProperty(exports, "__esModule", { value: true });
const kommunal_cdk_1 = require("kommunal-cdk");
// The folder of this example (cdktf runs the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
(0, kommunal_cdk_1.runFleetApp)({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
