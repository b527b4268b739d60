/**
 * Musterstadt: one Stadt on the shared platform, local Terraform backend. Fork this folder and edit
 * only kommunen/musterstadt.yaml (and, as the provider, fleet.yaml).
 *
 *   npm run synth:musterstadt        (from the package root), or `cdktf synth` in this folder
 */
export {};
