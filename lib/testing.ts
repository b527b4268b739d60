/**
 * `kommunal-cdk/testing`: what a Kommune's own repository needs to test its fork of the blueprint.
 *
 * Reserved for the Terraform rehearsal (lib/rehearsal/: real `terraform` against shadow providers
 * that serve the real provider schemas), which will be exported from here once it is merged. It
 * exports nothing yet: the test helpers in test/helpers/ wrap jest and this repository's examples
 * and are not meant for users. The entry point exists now so that its surface is recorded in the
 * API report from the first export on.
 */
export {};
