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

describe('a fleet with clusters and a legacyCluster (converted from one cluster)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(cleanup));
  const synthOf = (extra: string[]): Record<string, Json> => {
    const dir = fleetWith({ 'fleet.yaml': twoClusterFleet(extra) });
    dirs.push(dir);
    return synthModel(loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir })).stacks as Record<string, Json>;
  };
  /** Every resource address of a stack whose type is a Proxmox one, with its body (without cdktf's `//` metadata, which names the stack). */
  const proxmoxResources = (stack: Json): Record<string, Json> => Object.fromEntries(
    Object.entries(stack.resource ?? {}).filter(([t]) => t.startsWith('proxmox_')).flatMap(([t, byName]) => Object.entries(byName as Json).map(([n, body]) => {
      const { '//': _metadata, ...rest } = body as Json; // eslint-disable-line @typescript-eslint/no-unused-vars
      return [`${t}.${n}`, rest];
    })),
  );

  it('keeps the legacy cluster\'s Proxmox part in `platform`, under the same addresses as a cluster platform', () => {
    const fresh = synthOf([]);
    const converted = synthOf(['legacyCluster: ka']);
    // No `platform-ka`: the legacy cluster's part is in `platform`, the other cluster keeps its own.
    expect(Object.keys(converted).sort()).toEqual(['alpha', 'beta', 'platform', 'platform-kb']);
    for (const [name, json] of Object.entries(converted)) expect({ name, findings: checkConformance(json) }).toEqual({ name, findings: [] });
    const platform = converted.platform;
    expect(Object.keys(platform.provider).sort()).toEqual(['proxmox', 'vault']);
    expect(platform.variable.proxmox_endpoint.default).toBe('https://pve-a.example.org:8006/');
    // The Proxmox resources of `platform` are exactly those a cluster platform of ka renders
    // (address and body), next to the fleet-wide Vault part, which is unchanged.
    expect(proxmoxResources(platform)).toEqual(proxmoxResources(fresh['platform-ka']));
    expect(Object.keys(proxmoxResources(platform)).length).toBeGreaterThan(5);
    const vaultOf = (s: Json) => Object.fromEntries(Object.entries(s.resource ?? {}).filter(([t]) => t.startsWith('vault_')));
    expect(vaultOf(platform)).toEqual(vaultOf(fresh.platform));
    // The state key of `platform` stays the platform's; the other cluster's stacks are unchanged.
    expect(JSON.stringify(platform.terraform.backend)).toBe(JSON.stringify(fresh.platform.terraform.backend));
    expect(converted['platform-kb']).toEqual(fresh['platform-kb']);
    expect(converted.alpha).toEqual(fresh.alpha);
    expect(converted.beta).toEqual(fresh.beta);
  });
});
