/**
 * One platform per cluster (issue #17, deliverable 2 of the issue / 4 of the task): a fleet with
 * clusters synthesizes `platform` (the fleet-wide Vault part) and `platform-<id>` per cluster (its
 * Proxmox part); each tenant stack runs against its cluster's endpoint and nodes.
 */
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { checkConformance } from '../../lib/verify/conformance';
import { clusterOf } from '../../lib/model/clusters';
import { synthModel } from '../helpers/fleet';
import { twoClusterFleet } from '../helpers/clusters';
import { cleanup, fleetWith } from '../config/fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Resource types of a synthesized stack. */
const types = (stack: Json): string[] => Object.keys(stack.resource ?? {}).sort();

describe('a fleet with two clusters', () => {
  let dir = '';
  afterAll(() => cleanup(dir));

  it('synthesizes the fleet-wide platform, one platform per cluster and tenants bound to their cluster', () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet() });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const stacks = synthModel(model).stacks as Record<string, Json>;
    expect(Object.keys(stacks).sort()).toEqual(['alpha', 'beta', 'platform', 'platform-ka', 'platform-kb']);
    for (const [name, json] of Object.entries(stacks)) expect({ name, findings: checkConformance(json) }).toEqual({ name, findings: [] });

    // The fleet-wide part talks to Vault only; each cluster part to its own Proxmox VE only.
    expect(Object.keys(stacks.platform.provider).sort()).toEqual(['vault']);
    expect(types(stacks.platform).every((t) => t.startsWith('vault_'))).toBe(true);
    for (const id of ['ka', 'kb']) {
      const s = stacks[`platform-${id}`];
      expect(Object.keys(s.provider)).toEqual(['proxmox']);
      expect(types(s).some((t) => t.startsWith('vault_'))).toBe(false);
      expect(s.variable.proxmox_endpoint.default).toBe(`https://pve-${id.slice(1)}.example.org:8006/`);
      // The cluster's zone covers its own nodes only.
      const zone = Object.values(s.resource.proxmox_sdn_zone_vlan)[0] as Json;
      expect(zone.nodes).toEqual(id === 'ka' ? ['pve1', 'pve2'] : ['pve3', 'pve4']);
    }
    // Every tenant stack runs against its cluster's endpoint, and its PBS storage is on its nodes.
    for (const key of ['alpha', 'beta']) {
      const cluster = clusterOf(model.specs[key]);
      const s = stacks[key];
      expect(s.variable.proxmox_endpoint.default).toBe(`https://pve-${cluster.slice(1)}.example.org:8006/`);
      const pbs = Object.values(s.resource.proxmox_storage_pbs ?? {}) as Json[];
      expect(pbs.map((p) => p.nodes)).toEqual([cluster === 'ka' ? ['pve1', 'pve2'] : ['pve3', 'pve4']]);
    }
  });
});
