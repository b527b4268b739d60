/**
 * A Verbandsgemeinde that runs the IT of its Ortsgemeinden: one tenant (the Verbandsgemeinde) whose
 * file lists the member Ortsgemeinden; VXLAN zone and Vault namespaces. Fork this folder and edit
 * kommunen/*.yaml.
 *
 *   npm run build && cd examples/verbandsgemeinde && node ../../dist/examples/verbandsgemeinde/main.js
 */

import { runFleetApp } from 'kommunal-cdk';

// The folder of this example (cdktf runs the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
runFleetApp({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
