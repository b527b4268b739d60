/**
 * A Verbandsgemeinde that runs the IT of its Ortsgemeinden: one tenant (the Verbandsgemeinde) whose
 * file lists the member Ortsgemeinden; VXLAN zone and Vault namespaces. Fork this folder and edit
 * kommunen/*.yaml.
 *
 *   npm run build && cd examples/verbandsgemeinde && node ../../dist/examples/verbandsgemeinde/main.js
 */
export {};
