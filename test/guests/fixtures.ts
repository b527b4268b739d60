/** The fleet file of the guest tests: a small vlan-or-other fleet whose `network` and `compute` lines the test gives. */
import { yaml } from '../config/fixtures';

/** The platform service addresses of the guest test fleets (`compute.platformServices`, under `compute:`). */
export const PLATFORM_SERVICE_LINES: readonly string[] = Object.freeze([
  '  platformServices:',
  '    dns: [192.0.2.53/32, 192.0.2.54/32]',
  '    ntp: [192.0.2.123/32]',
  '    vault: [192.0.2.82/32]',
  '    mirror: [192.0.2.80/32]',
  '    logCollector: [192.0.2.14/32]',
]);

/**
 * fleet.yaml text: name, the given network lines, the shared backup/vault/logging/identity
 * settings, then the compute lines; the platform service addresses follow a `compute:` line unless
 * `services` is false.
 */
export function guestFleet(network: readonly string[], compute: readonly string[], services = true): string {
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
    ...compute.flatMap((line) => (services && line === 'compute:' ? [line, ...PLATFORM_SERVICE_LINES] : [line])),
  );
}
