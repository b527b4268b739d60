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
  /** Exit nodes of the tenants' evpn zones on this cluster (its own, or the fleet-wide ones). */
  readonly evpnExitNodes?: readonly string[];
  /** Most tenants the cluster may hold. */
  readonly maxTenants: number;
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
    const evpnExitNodes = c.evpnExitNodes ?? n.evpnExitNodes;
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
      ...(evpnExitNodes !== undefined ? { evpnExitNodes: [...evpnExitNodes] } : {}),
      maxTenants: c.maxTenants ?? D.DEFAULT_CLUSTER_MAX_TENANTS,
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
