/**
 * The musterstadt example as a fleet with two clusters (`nord1`, `sued1`), for the tests of moving
 * a tenant (issue #17, deliverable 5). Same clusters as scripts/record-guard-plans.js uses for the
 * recorded move plans (test/fixtures/plans/real/musterstadt-move-*.json).
 */
import * as fs from 'fs';
import * as path from 'path';
import { serializeLockFile } from '../../lib/allocation/lockfile';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { musterstadtFleet } from '../pipeline/fixtures';

export const NORD1_ENDPOINT = 'https://pve-nord1.example.org:8006/';
export const SUED1_ENDPOINT = 'https://pve-sued1.example.org:8006/';

/** A move approval of musterstadt (valid 2026-12-01 to 2026-12-31 unless overridden). */
export function moveApproval(fields: { id?: string; from?: string; to?: string; approvedOn?: string; expires?: string; reason?: string } = {}): string {
  return [
    'approvals:',
    `  ${fields.id ?? 'move-to-sued1'}:`,
    '    action: move',
    `    from: ${fields.from ?? 'nord1'}`,
    `    to: ${fields.to ?? 'sued1'}`,
    `    reason: ${fields.reason ?? 'Cluster nord1 is full; ticket OPS-4711 moves Musterstadt to sued1'}`,
    '    approvedBy: Erika Mustermann',
    `    approvedOn: "${fields.approvedOn ?? '2026-12-01'}"`,
    `    expires: "${fields.expires ?? '2026-12-31'}"`,
    '',
  ].join('\n');
}

/**
 * Copies musterstadt into a temporary folder (removed after the test file), turns its fleet into
 * clusters nord1 and sued1 (`clusterExtra` lines go into sued1), and writes the lock as placement
 * records it (musterstadt on nord1, the legacy cluster). `tenantExtra` is appended to the tenant
 * file; `more` adds tenant files.
 */
export function twoClusterMusterstadt(tenantExtra = '', options: { sued1Extra?: string; more?: Record<string, string> } = {}): string {
  const dir = musterstadtFleet(tenantExtra, options.more ?? {});
  const fleetFile = path.join(dir, 'fleet.yaml');
  const text = fs.readFileSync(fleetFile, 'utf8');
  if (!text.includes('  nodes: [pve1, pve2, pve3]\n')) throw new Error('examples/musterstadt/fleet.yaml changed: no network.nodes line');
  // With two sites each site's backups are copied to the other (docs/clusters.md "Two sites"):
  // the fleet-wide backup.secondCopy is refused next to them.
  const copy = '  secondCopy:\n    server: pbs2.offsite.example.org\n    datastore: kommunen-copy\n';
  if (!text.includes(copy)) throw new Error('examples/musterstadt/fleet.yaml changed: no backup.secondCopy block');
  fs.writeFileSync(fleetFile, `${text.replace('  nodes: [pve1, pve2, pve3]\n', '').replace(copy, '')}${[
    'sites:',
    '  nord: { pbs: { server: pbs-nord.example.org, datastore: kommunen } }',
    '  sued: { pbs: { server: pbs-sued.example.org, datastore: kommunen } }',
    'clusters:',
    `  nord1: { site: nord, endpoint: "${NORD1_ENDPOINT}", nodes: [pve1, pve2, pve3] }`,
    `  sued1: { site: sued, endpoint: "${SUED1_ENDPOINT}", nodes: [pve4, pve5, pve6]${options.sued1Extra ? `, ${options.sued1Extra}` : ''} }`,
    'legacyCluster: nord1',
  ].join('\n')}\n`);
  const model = loadFleetModel({ fleetFile, displayRoot: dir });
  fs.writeFileSync(path.join(dir, 'fleet.lock.yaml'), serializeLockFile(model.lock));
  return dir;
}
