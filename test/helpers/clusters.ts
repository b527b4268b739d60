/** A fleet file with two clusters at two sites, for the cluster tests (issue #17). */
import { yaml } from '../config/fixtures';

/**
 * The settings of the fixture fleet test/fixtures/config/valid-fleet with sites `nord` and `sued`
 * and clusters `ka` (pve1, pve2) and `kb` (pve3, pve4) instead of `network.nodes`, and without
 * `backup.secondCopy` (each site is the other's partner for the second copy); `extra` lines are
 * appended at the top level, `clusterExtra` lines inside a cluster.
 */
export function twoClusterFleet(extra: string[] = [], clusterExtra: { a?: string[]; b?: string[] } = {}): string {
  return yaml(
    'name: testfleet',
    'namingDomain: kommunen.example.org',
    'land: "07"',
    'network:',
    '  zoneType: vlan',
    '  supernets: [10.0.0.0/16]',
    'backup:',
    '  server: pbs1.example.org',
    '  datastore: store1',
    '  # no secondCopy: each site\'s backups are copied to the other site\'s PBS',
    'vault:',
    '  isolation: namespace',
    'logging:',
    '  collector: logs.example.org:6514',
    '  snippets: { node: pve1 }',
    'identity:',
    '  sharedRealm: { id: platform-oidc, issuerUrl: "https://sso.example.org/realms/k", clientId: pve }',
    'sites:',
    '  nord:',
    '    name: Rechenzentrum Nord',
    '    pbs: { server: pbs-nord.example.org, datastore: nord }',
    '  sued:',
    '    pbs: { server: pbs-sued.example.org, datastore: sued }',
    'clusters:',
    '  ka:',
    '    site: nord',
    '    endpoint: https://pve-a.example.org:8006/',
    '    nodes: [pve1, pve2]',
    ...(clusterExtra.a ?? []).map((l) => `    ${l}`),
    '  kb:',
    '    site: sued',
    '    endpoint: https://pve-b.example.org:8006/',
    '    nodes: [pve3, pve4]',
    ...(clusterExtra.b ?? []).map((l) => `    ${l}`),
    ...extra,
  );
}

