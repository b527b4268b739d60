/**
 * A provider fleet: the platform stack plus one stack per tenant in kommunen/, each with its own
 * remote state (GitLab-managed HTTP state). At fleet scale use `kommunal synth` and the generated
 * GitLab pipelines instead of this app (see README "Operating the fleet").
 *
 *   npm run build && cd examples/landkreis-fleet && node ../../dist/examples/landkreis-fleet/main.js
 */
export {};
