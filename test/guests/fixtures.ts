/** The fleet file of the guest tests: a small vlan-or-other fleet whose `network` and `compute` lines the test gives. */
import { yaml } from '../config/fixtures';

/** fleet.yaml text: name, the given network lines, the shared backup/vault/logging/identity settings, then the compute lines. */
export function guestFleet(network: readonly string[], compute: readonly string[]): string {
  return yaml(
    'name: testfleet',
    'namingDomain: kommunen.example.org',
    'land: "07"',
    'network:',
    ...network,
    'backup:',
    '  server: pbs1.example.org',
    '  datastore: store1',
    '  secondCopy: { server: pbs2.example.org, datastore: store2 }',
    'vault:',
    '  isolation: namespace',
    'logging:',
    '  collector: logs.example.org:6514',
    '  snippets: { node: pve1 }',
    'identity:',
    '  sharedRealm: { id: platform-oidc, issuerUrl: "https://sso.example.org/realms/k", clientId: pve }',
    ...compute,
  );
}
