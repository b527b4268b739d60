/** A fleet file with two clusters at two sites, and the helpers of the cluster tests (issue #17). */
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { checkFleetWithTenants } from '../../lib/config/load';
import { ValidationError, type Problem } from '../../lib/config/problems';
import { yaml } from '../config/fixtures';

/** A minimal Kommune file (`extra` lines appended at the top level). */
export const tenantFile = (key: string, ags: string, extra: string[] = []): string =>
  yaml(`key: ${key}`, `name: Gemeinde ${key}`, 'kind: gemeinde', `ags: "${ags}"`, ...extra);

/** `file:line:column path` of a problem. */
export const brief = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.path}`;

/** The problems `loadFleetModel` reports for the fleet in `dir` (validation, allocation, resolution); [] when it loads. */
export function loadProblems(dir: string): Problem[] {
  try {
    loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  } catch (e) {
    if (e instanceof ValidationError) return [...e.problems];
    throw e;
  }
  return [];
}

/** `checkFleetWithTenants`' problems for the fleet in `dir`, as `file:line:column path: message`. */
export function checkLines(dir: string): string[] {
  return checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map((p) => `${brief(p)}: ${p.message}`);
}

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

