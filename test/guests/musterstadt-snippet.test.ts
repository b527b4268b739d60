/**
 * The musterstadt guest set of docs/workloads.md synthesizes on a copy of the example (the example
 * now has these guests too; this test keeps the documented snippet synthesizing).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { checkConformance } from '../../lib/verify/conformance';
import { FootprintRegistry } from '../../lib/model/footprint';
import { cleanup, REPO, tempDir } from '../config/fixtures';
import { synthModel } from '../helpers/fleet';

const DOC = fs.readFileSync(path.join(REPO, 'docs', 'workloads.md'), 'utf8');

/** The fenced YAML block after a marker comment of docs/workloads.md. */
function snippet(marker: string): Record<string, unknown> {
  const after = DOC.split(`<!-- workloads:${marker} -->`)[1];
  const m = /```yaml\n([\s\S]*?)```/.exec(after ?? '');
  if (!m) throw new Error(`docs/workloads.md has no YAML block after ${marker}`);
  return parseDocument(m[1]).toJS() as Record<string, unknown>;
}

describe('the musterstadt guest set of docs/workloads.md', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('kommunal-guests-');
    fs.cpSync(path.join(REPO, 'examples', 'musterstadt'), dir, { recursive: true });
    const fleet = parseDocument(fs.readFileSync(path.join(dir, 'fleet.yaml'), 'utf8'));
    fleet.set('compute', snippet('fleet-snippet').compute);
    fs.writeFileSync(path.join(dir, 'fleet.yaml'), fleet.toString());
    const tenant = parseDocument(fs.readFileSync(path.join(dir, 'kommunen', 'musterstadt.yaml'), 'utf8'));
    tenant.set('guests', snippet('tenant-snippet').guests);
    fs.writeFileSync(path.join(dir, 'kommunen', 'musterstadt.yaml'), tenant.toString());
  });
  afterAll(() => cleanup(dir));

  it('synthesizes: edge, two directory servers, a file server and the Fachverfahren, conforming to the provider schema', () => {
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const { stacks } = synthModel(model);
    const json = stacks.musterstadt as { resource: Record<string, Record<string, { vm_id?: number; name?: string }>> };
    const names = Object.values(json.resource.proxmox_virtual_environment_vm).map((v) => v.name).sort();
    expect(names).toEqual(['dc-0', 'dc-1', 'edge-0', 'ewo-0', 'files-0']);
    expect(checkConformance(json)).toEqual([]);
    // The lock records the IDs, and the footprint registry gives each to the tenant.
    const guests = model.lock.tenants.musterstadt.guests!;
    expect(Object.keys(guests).sort()).toEqual(['dc', 'edge', 'ewo', 'files']);
    const registry = FootprintRegistry.fromFleet(model.specs, { lock: model.lock });
    for (const g of Object.values(guests)) for (const id of g.vmIds) expect(registry.ownerOf('pve-acl-path', `/vms/${id}`)).toBe('musterstadt');
  });
});
