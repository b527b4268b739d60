/**
 * The cdktf app of this fleet: loads fleet.yaml, the tenant files and fleet.lock.yaml, builds the
 * platform stack and one stack per tenant, and writes them with each tenant's documents (network
 * plan, backup plan, access matrix) into cdktf.out/. `npm run app` or `cdktf synth` run it;
 * `npx kommunal synth` writes the same stacks faster. Extend the blueprint here in code if you must;
 * parameters belong in the YAML files.
 */
import { runFleetApp } from 'kommunal-cdk';

// The folder of this fleet (cdktf and npm run the app from here); KOMMUNAL_EXAMPLE_DIR overrides it.
runFleetApp({ dir: process.env.KOMMUNAL_EXAMPLE_DIR ?? process.cwd() });
