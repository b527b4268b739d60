/**
 * Clusters and sites of a fleet (issue #17): which Proxmox VE clusters a fleet runs on, and which
 * cluster a tenant is placed on.
 *
 * A fleet without `clusters` is one implicit cluster built from the fleet-wide settings it had
 * before clusters existed (`network.nodes`, the zone settings, the `backup` PBS); its tenants carry
 * no cluster in the lock or in their spec, so everything it synthesizes stays as it was.
 */
import * as D from './defaults';
import type { ClusterInput, FleetFile, PbsTarget } from './parameters';
import type { TenantSpec } from './spec';

/** One cluster of a fleet, with the fleet-wide defaults applied. */
export interface ClusterSpec {
  /** Cluster ID (the fleet's `clusters` key, or IMPLICIT_CLUSTER_ID). */
  readonly id: string;
  /** True for the one cluster of a fleet without `clusters`. */
  readonly implicit: boolean;
  /** Site ID (IMPLICIT_CLUSTER_ID for the implicit cluster's implicit site). */
  readonly site: string;
  /**
   * Proxmox VE API URL from the fleet file; absent for the implicit cluster, whose stacks read it
   * from PROXMOX_VE_ENDPOINT / the `proxmox_endpoint` variable as before.
   */
  readonly endpoint?: string;
  readonly nodes: readonly string[];
  readonly bridge?: string;
  readonly vxlanPeers?: readonly string[];
  readonly evpnController?: string;
  readonly evpnPeers?: readonly string[];
  readonly evpnAsn?: number;
  /** Exit nodes of the tenants' EVPN zones (never inherited: nodes are per cluster). */
  readonly evpnExitNodes?: readonly string[];
  /** Primary exit node, one of `evpnExitNodes`. */
  readonly evpnPrimaryExitNode?: string;
  /** Most tenants the cluster may hold. */
  readonly maxTenants: number;
  /** Cells (named node groups) by cell ID; absent when the cluster has none (see ClusterInput.cells). */
  readonly cells?: Readonly<Record<string, readonly string[]>>;
  /** The PBS that takes the first copy of the cluster's backups (its site's, or the fleet `backup`). */
  readonly pbs: PbsTarget;
}

/** True when the fleet file declares `clusters` (else it is one implicit cluster). */
export function declaresClusters(fleet: FleetFile): boolean {
  return fleet.clusters !== undefined && Object.keys(fleet.clusters).length > 0;
}

/**
 * The clusters of a fleet, sorted by ID: the declared ones, or the one implicit cluster. Settings a
 * cluster leaves unset come from the fleet-wide `network` block.
 */
export function fleetClusters(fleet: FleetFile): readonly ClusterSpec[] {
  const n = fleet.network;
  const fleetPbs: PbsTarget = { server: fleet.backup.server, datastore: fleet.backup.datastore };
  if (!declaresClusters(fleet)) {
    return [{
      id: D.IMPLICIT_CLUSTER_ID,
      implicit: true,
      site: D.IMPLICIT_CLUSTER_ID,
      nodes: [...(n.nodes ?? [])],
      ...(n.bridge !== undefined ? { bridge: n.bridge } : {}),
      ...(n.vxlanPeers !== undefined ? { vxlanPeers: [...n.vxlanPeers] } : {}),
      ...(n.evpnController !== undefined ? { evpnController: n.evpnController } : {}),
      ...(n.evpnPeers !== undefined ? { evpnPeers: [...n.evpnPeers] } : {}),
      ...(n.evpnAsn !== undefined ? { evpnAsn: n.evpnAsn } : {}),
      ...(n.evpnExitNodes !== undefined ? { evpnExitNodes: [...n.evpnExitNodes] } : {}),
      ...(n.evpnPrimaryExitNode !== undefined ? { evpnPrimaryExitNode: n.evpnPrimaryExitNode } : {}),
      // The implicit cluster has no limit of its own: a fleet written before clusters keeps working.
      maxTenants: Number.MAX_SAFE_INTEGER,
      pbs: fleetPbs,
    }];
  }
  const clusters = fleet.clusters as Readonly<Record<string, ClusterInput>>;
  return Object.keys(clusters).sort().map((id): ClusterSpec => {
    const c = clusters[id];
    const bridge = c.bridge ?? n.bridge;
    const vxlanPeers = c.vxlanPeers ?? n.vxlanPeers;
    const evpnController = c.evpnController ?? n.evpnController;
    const evpnPeers = c.evpnPeers ?? n.evpnPeers;
    const evpnAsn = c.evpnAsn ?? n.evpnAsn;
    const site = fleet.sites?.[c.site];
    return {
      id,
      implicit: false,
      site: c.site,
      endpoint: c.endpoint,
      nodes: [...c.nodes],
      ...(bridge !== undefined ? { bridge } : {}),
      ...(vxlanPeers !== undefined ? { vxlanPeers: [...vxlanPeers] } : {}),
      ...(evpnController !== undefined ? { evpnController } : {}),
      ...(evpnPeers !== undefined ? { evpnPeers: [...evpnPeers] } : {}),
      ...(evpnAsn !== undefined ? { evpnAsn } : {}),
      ...(c.evpnExitNodes !== undefined ? { evpnExitNodes: [...c.evpnExitNodes] } : {}),
      ...(c.evpnPrimaryExitNode !== undefined ? { evpnPrimaryExitNode: c.evpnPrimaryExitNode } : {}),
      maxTenants: c.maxTenants ?? D.DEFAULT_CLUSTER_MAX_TENANTS,
      ...(c.cells !== undefined && Object.keys(c.cells).length > 0
        ? { cells: Object.fromEntries(Object.keys(c.cells).sort().map((cell) => [cell, [...(c.cells as Record<string, readonly string[]>)[cell]]])) }
        : {}),
      pbs: site !== undefined ? { server: site.pbs.server, datastore: site.pbs.datastore } : fleetPbs,
    };
  });
}

/** The cluster with this ID, or undefined. */
export function fleetCluster(fleet: FleetFile, id: string): ClusterSpec | undefined {
  return fleetClusters(fleet).find((c) => c.id === id);
}

/**
 * ID of the cluster a tenant is placed on: `spec.cluster`, or IMPLICIT_CLUSTER_ID for a tenant of a
 * fleet without `clusters`. Group tenants by this to get each cluster's tenants.
 */
export function clusterOf(spec: Pick<TenantSpec, 'cluster'>): string {
  return spec.cluster ?? D.IMPLICIT_CLUSTER_ID;
}

/**
 * The clusters as placement sees them (lib/allocation/placement.ts `PlacementCluster`): ID,
 * maxTenants and cell IDs; empty for a fleet without `clusters` (nothing is placed).
 */
export function placementClustersOf(fleet: FleetFile): { id: string; maxTenants: number; cells?: string[] }[] {
  if (!declaresClusters(fleet)) return [];
  return fleetClusters(fleet).map((c) => ({ id: c.id, maxTenants: c.maxTenants, ...(c.cells !== undefined ? { cells: Object.keys(c.cells) } : {}) }));
}

/** A tenant's placement pins (`cluster`, `cell` of its file), as placement takes them. */
export function placementPinsOf(k: { readonly cluster?: string; readonly cell?: string }): { pin?: string; cellPin?: string } {
  return { ...(k.cluster !== undefined ? { pin: k.cluster } : {}), ...(k.cell !== undefined ? { cellPin: k.cell } : {}) };
}
