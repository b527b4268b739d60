/**
 * Who routes a tenant's segments, who serves DHCP in them and what filters the traffic between
 * them, per zone type (issue #18, deliverable 2). One table, read by the fleet checks (DHCP), the
 * reachability analysis (lib/compliance/reachability/analyse.ts) and docs/workloads.md.
 *
 * Sources (mirrors of the public repositories, commits as given; line numbers at those commits):
 * - pnet = proxmox/pve-network @ ecf98c5: the `dhcp` zone option exists only in the simple zone
 *   (src/PVE/Network/SDN/Zones/SimplePlugin.pm properties L32, options L48); VlanPlugin.pm,
 *   QinQPlugin.pm, VxlanPlugin.pm and EvpnPlugin.pm (options L95-115) have none, and
 *   src/PVE/Network/SDN/Dhcp.pm regenerate_config L80-84 serves only zones with `dhcp` set. So
 *   Proxmox serves DHCP in none of the zone types a fleet uses.
 * - The vlan, qinq and vxlan plugins put no address on the vnet bridge (their generate_sdn_config
 *   never reads the subnets' gateway); the evpn plugin configures `address <gateway>/<mask>` and
 *   `ip-forward on` on every vnet bridge and enslaves it to the zone's VRF (EvpnPlugin.pm L224-233,
 *   L278-281): the nodes route between all vnets of the zone (anycast gateway on every node).
 * - pfw = proxmox/pve-firewall @ 6f1311f: a guest NIC with `firewall=1` sits behind a firewall
 *   bridge; packets bridged into it from the vnet side (physdev-in fwln+) pass the NIC's IN chain
 *   and packets from the NIC its OUT chain (src/PVE/Firewall.pm L4343-4361, L2850-2865), whether
 *   the node switched or routed them before. The vnet firewall (`sdn/firewall/<vnet>.fw`,
 *   forward rules only, L1726-1737) is never read by the iptables compiler
 *   (compile_iptables_filter L4325ff.; load_vnetfw_conf L4161 is used by the nftables
 *   proxmox-firewall only, not read here), and bpg 0.111.1 has no resource for it
 *   (`proxmox_virtual_environment_firewall_rules` targets a node, VM or container only:
 *   /work/shared/schemas/bpg-proxmox-0.111.1.json).
 */
import type { ZoneType } from './parameters';

/** Routing facts of one zone type. */
export interface ZoneRouting {
  /** Who owns each segment's gateway address: the tenant's edge guest, or the Proxmox nodes (anycast). */
  readonly gateway: 'edge' | 'nodes';
  /** Who serves DHCP in a segment with `dhcp: true`; `none`: nobody can, a guest there is refused. */
  readonly dhcp: 'edge' | 'none';
  /** The path out of the tenant. */
  readonly exit: 'edge-uplink' | 'evpn-exit-nodes';
  /** What filters traffic between two segments of the tenant. */
  readonly interSegmentFilter: 'guest-chains-and-edge' | 'guest-chains';
}

/** The routing facts per zone type (see the module comment for the sources). */
export const ZONE_ROUTING: Readonly<Record<ZoneType, ZoneRouting>> = Object.freeze({
  vlan: { gateway: 'edge', dhcp: 'edge', exit: 'edge-uplink', interSegmentFilter: 'guest-chains-and-edge' },
  qinq: { gateway: 'edge', dhcp: 'edge', exit: 'edge-uplink', interSegmentFilter: 'guest-chains-and-edge' },
  vxlan: { gateway: 'edge', dhcp: 'edge', exit: 'edge-uplink', interSegmentFilter: 'guest-chains-and-edge' },
  // The edge owns no address in an EVPN segment (the nodes hold the gateway), so it cannot serve DHCP there either.
  evpn: { gateway: 'nodes', dhcp: 'none', exit: 'evpn-exit-nodes', interSegmentFilter: 'guest-chains' },
});

/** The zone types whose segments get DHCP from the edge (for messages). */
export function zoneTypesWithDhcp(): ZoneType[] {
  return (Object.keys(ZONE_ROUTING) as ZoneType[]).filter((z) => ZONE_ROUTING[z].dhcp !== 'none');
}
