/**
 * The tenant stack during a move between clusters (docs/moving-a-tenant.md): phase 1 keeps every
 * Vault object as it is and no Proxmox object, phase 2 is the ordinary stack on the new cluster,
 * and a fleet without a move synthesizes byte-identically to the same fleet before moves existed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { moveTenant } from '../../lib/allocation/move';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import type { FleetModel } from '../../lib/blueprint/fleet';
import { synthModel } from '../helpers/fleet';
import { moveApproval, NORD1_ENDPOINT, SUED1_ENDPOINT, twoClusterMusterstadt } from '../helpers/move';

const CLUSTERS = [{ id: 'nord1', maxTenants: 350 }, { id: 'sued1', maxTenants: 350 }];
type Stack = { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>>; variable?: Record<string, { default?: unknown }>; output?: Record<string, unknown> };

function modelAfter(dir: string, ...steps: ('start' | 'switch')[]): FleetModel {
  const file = path.join(dir, 'fleet.lock.yaml');
  let lock = parseLockFile(fs.readFileSync(file, 'utf8'), file);
  for (const step of steps) lock = moveTenant(lock, { tenant: 'musterstadt', step, to: 'sued1', clusters: CLUSTERS }).lock;
  fs.writeFileSync(file, serializeLockFile(lock));
  return loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
}
const tenantStack = (model: FleetModel): { json: Stack; text: string } => {
  const s = synthModel(model);
  return { json: s.stacks.musterstadt as Stack, text: s.texts.musterstadt };
};
const types = (json: Stack): string[] => Object.keys(json.resource ?? {}).sort();

describe('the tenant stack during a move', () => {
  const dir = twoClusterMusterstadt(moveApproval());
  const before = tenantStack(modelAfter(dir));
  const leaving = tenantStack(modelAfter(dir, 'start'));
  const arriving = tenantStack(modelAfter(dir, 'switch'));

  it('phase 1: the same Vault resources, byte for byte, and no Proxmox resource; still the old cluster\'s endpoint', () => {
    expect(types(before.json).some((t) => t.startsWith('proxmox_'))).toBe(true);
    expect(types(leaving.json).filter((t) => t.startsWith('proxmox_'))).toEqual([]);
    const vault = (json: Stack) => Object.fromEntries(Object.entries(json.resource ?? {}).filter(([t]) => t.startsWith('vault_')));
    expect(Object.keys(vault(leaving.json)).length).toBeGreaterThan(0);
    expect(vault(leaving.json)).toEqual(vault(before.json));
    expect(leaving.json.data).toEqual(before.json.data);
    expect(leaving.json.variable?.proxmox_endpoint?.default).toBe(NORD1_ENDPOINT);
    expect(Object.keys(leaving.json.output ?? {})).not.toContain('pool');
  });

  it('phase 2: the stack before the move, on the new cluster\'s endpoint, nodes and PBS', () => {
    expect(arriving.json.variable?.proxmox_endpoint?.default).toBe(SUED1_ENDPOINT);
    expect(types(arriving.json)).toEqual(types(before.json));
    const swaps: [string, string][] = [[NORD1_ENDPOINT, SUED1_ENDPOINT], ['pbs-nord.example.org', 'pbs-sued.example.org'], ['"pve1"', '"pve4"'], ['"pve2"', '"pve5"'], ['"pve3"', '"pve6"']];
    const replaced = swaps.reduce((text, [a, b]) => text.split(a).join(b), before.text);
    expect(arriving.text).toBe(replaced);
  });
});

describe('a fleet without a move', () => {
  it('synthesizes byte-identically whether or not its tenant file carries a move approval that nothing uses', () => {
    // The approval only matters to the guard; the lock without moveTo/movedFrom keeps the stack as it was.
    const plain = tenantStack(modelAfter(twoClusterMusterstadt()));
    const approved = tenantStack(modelAfter(twoClusterMusterstadt(moveApproval())));
    expect(approved.text).toBe(plain.text);
  });
});
