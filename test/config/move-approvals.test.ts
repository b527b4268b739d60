/**
 * `move` approvals in the tenant file (docs/moving-a-tenant.md): they name the two clusters and no
 * address; the other approvals name an address and no clusters. Positioned errors otherwise.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { ValidationError, type Problem } from '../../lib/config/problems';
import { moveApproval, twoClusterMusterstadt } from '../helpers/move';

function problemsOf(dir: string): string[] {
  try {
    loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map((p: Problem) => `${p.file} ${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('move approvals', () => {
  it('a move approval with from and to is valid and reaches the spec', () => {
    const dir = twoClusterMusterstadt(moveApproval());
    const spec = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir }).specs.musterstadt;
    expect(spec.approvals?.['move-to-sued1']).toEqual({
      action: 'move', from: 'nord1', to: 'sued1', reason: 'Cluster nord1 is full; ticket OPS-4711 moves Musterstadt to sued1',
      approvedBy: 'Erika Mustermann', approvedOn: '2026-12-01', expires: '2026-12-31',
    });
  });

  it.each([
    ['without to', moveApproval().replace('    to: sued1\n', ''), 'approvals.move-to-sued1: approval "move-to-sued1" (action move) needs "to"'],
    ['with an address', moveApproval().replace('    to: sued1\n', '    to: sued1\n    address: proxmox_sdn_vnet.x\n'), 'approvals.move-to-sued1.address: approval "move-to-sued1" (action move) names no address'],
    ['to the same cluster', moveApproval({ to: 'nord1' }), 'approvals.move-to-sued1.to: approval "move-to-sued1" moves from cluster "nord1" to itself'],
    ['a delete approval with clusters', moveApproval().replace('action: move', 'action: delete').replace('    from: nord1\n', '    from: nord1\n    address: proxmox_sdn_vnet.x\n'), 'approvals.move-to-sued1.from: approval "move-to-sued1": "from" belongs to action move only'],
    ['a delete approval without an address', moveApproval().replace('action: move', 'action: delete').replace('    from: nord1\n    to: sued1\n', ''), 'approvals.move-to-sued1: approval "move-to-sued1" (action delete) needs "address"'],
    ['a reason under 20 characters', moveApproval({ reason: 'too short' }), 'approvals.move-to-sued1.reason'],
    ['more than 90 days', moveApproval({ approvedOn: '2026-12-01', expires: '2027-06-01' }), 'approvals.move-to-sued1.expires'],
  ])('refuses a move approval %s, positioned in the tenant file', (_what, text, message) => {
    const dir = twoClusterMusterstadt();
    const file = path.join(dir, 'kommunen/musterstadt.yaml');
    fs.appendFileSync(file, text);
    const problems = problemsOf(dir);
    expect(problems.filter((p) => p.startsWith('kommunen/musterstadt.yaml') && p.includes(message))).toHaveLength(1);
  });
});
