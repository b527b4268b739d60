/**
 * The datacenter firewall as it concerns the Proxmox VE nodes themselves (the "host" zone): the
 * cluster options the platform sets, and the datacenter-level rules that let the nodes' own
 * traffic through an input policy DROP. Plain data and checks; PlatformBase renders them.
 *
 * Sources read (mirrors of the Proxmox repositories carry no tags; commits given):
 * - pfw  = proxmox/pve-firewall @ 6f1311f349daee920c7eedcc6e53d7fc5e2cfdbf (iptables `pve-firewall`)
 * - pnft = proxmox/proxmox-firewall @ a75265939e3aa152a92961d06c26e611c731da67 (1.2.3, the nftables `proxmox-firewall`)
 * - pdoc = proxmox/pve-docs @ e5010dcea566a205770572cfbc5fe0af220d5077 (9.1.3), pve-firewall.adoc
 * - pnet = proxmox/pve-network @ ecf98c5d8f12fac9d61f3da27376aaab0ab598dc
 *
 * What PVE allows by itself with input DROP (pfw src/PVE/Firewall.pm enable_host_firewall,
 * L2949-2985; pdoc pve-firewall.adoc L495-515): from the `management` IP set TCP 8006 (API), 22
 * (SSH), 5900-5999 (VNC), 3128 (SPICE), 60000-60050 (migration); corosync UDP 5404-5405 between the
 * ring addresses of corosync.conf; IGMP. The `management` set always contains `local_network`
 * (Firewall.pm L4238-4248), the node's own network (auto-detected, pdoc L365-380). Nothing else:
 * VXLAN, BGP and Ceph between the nodes, and API/SSH from any network that is not the nodes' own,
 * are dropped unless a rule accepts them. Cluster (datacenter) rules are part of every node's
 * PVEFW-HOST-IN chain (Firewall.pm L2920-2921: host rules first, then cluster rules).
 */
import type { ProblemCollector } from '../core/errors';
import { hostFirewallCidrProblem, underlayPeerProblem } from '../model/firewall-networks';
import type { ZoneType } from '../model/parameters';

/**
 * Forward policy of the datacenter firewall: ACCEPT, on purpose.
 *
 * - iptables `pve-firewall` (the default) ignores it: `policy_forward` is parsed (pfw Firewall.pm
 *   L3330-3332) but the host chains are compiled only from `policy_in` (L2989) and `policy_out`
 *   (L3091); pdoc pve-firewall.adoc L77-79: "Any forward rules will be ignored by the stock
 *   pve-firewall and have no effect".
 * - nftables `proxmox-firewall`: the cluster policy is the final verdict of the chain
 *   `cluster-forward` (pnft proxmox-firewall/src/firewall.rs L887-900), which the `inet` forward
 *   hook jumps to for every packet the host forwards (resources/proxmox-firewall.nft L268-272),
 *   i.e. routed traffic (pdoc L69-73). In an EVPN zone the nodes are the anycast gateway of every
 *   vnet and route between the vnets of a VRF and to the exit nodes (pnet Zones/EvpnPlugin.pm),
 *   so DROP would cut that routing; with `bridge-nf-call-iptables` on (which `pve-firewall` sets,
 *   Firewall.pm L2008-2011) bridged guest traffic passes the same hook.
 *
 * Segmentation therefore does not rest on this policy: it rests on separate layer-2 domains and
 * the guests' default-deny firewalls (docs/segmentation.md).
 */
export const CLUSTER_FORWARD_POLICY = 'ACCEPT';

/** UDP port of VXLAN tunnels: the PVE default of `vxlan-port` (pnet Zones/VxlanPlugin.pm L35-41); EVPN zones use the same (Zones/EvpnPlugin.pm L107, L135). */
export const VXLAN_PORT = '4789';
/** TCP port of BGP (IANA); the EVPN controller's BGP sessions to its peers (pnet Controllers/EvpnPlugin.pm L137-160). */
export const BGP_PORT = '179';
/** Proxmox VE API (pfw Firewall.pm L2952). */
export const PVE_API_PORT = '8006';
/** SSH (pfw Firewall.pm L2955); the platform job uploads snippets over SSH (docs/logging-and-backup.md). */
export const SSH_PORT = '22';
/**
 * Ceph monitors (msgr2 3300, legacy 6789) and OSD/MGR/MDS daemons (6800-7300): the port ranges of
 * the Ceph network configuration reference (docs.ceph.com, "Network Configuration Reference",
 * `ms_bind_port_min`/`ms_bind_port_max` defaults). Guess: taken from the Ceph documentation, not
 * from a source line read here.
 */
export const CEPH_MON_PORTS = '3300,6789';
/** See {@link CEPH_MON_PORTS}. */
export const CEPH_DAEMON_PORTS = '6800:7300';

/** The facts the datacenter-level host rules are derived from (fleet.yaml `network`). */
export interface HostFirewallSettings {
  /** The fleet's zone type: vxlan needs UDP 4789 between the peers, evpn also BGP (TCP 179). */
  readonly zoneType: ZoneType;
  /**
   * VXLAN peers (vxlan) or EVPN controller peers (evpn): the nodes' underlay addresses.
   * @default - none
   */
  readonly peers?: readonly string[];
  /**
   * Networks of the administrators (jump hosts, admin workstations) outside the nodes' own network:
   * API (TCP 8006) and SSH (TCP 22).
   * @default - none: only PVE's `management` IP set (the nodes' local network)
   */
  readonly managementCidrs?: readonly string[];
  /**
   * Networks of the CI runners that run the pipelines: API (TCP 8006) and SSH (TCP 22, the
   * platform job's snippet upload).
   * @default - none: only PVE's `management` IP set (the nodes' local network)
   */
  readonly ciRunnerCidrs?: readonly string[];
  /**
   * Ceph on the nodes (hyper-converged): the public network (monitors and daemons) and, when
   * separate, the cluster network (OSD replication).
   * @default - no Ceph daemons on the nodes: no Ceph rules
   */
  readonly ceph?: { readonly publicNetwork: string; readonly clusterNetwork?: string };
}

/** One datacenter-level rule, as `proxmox_virtual_environment_firewall_rules` takes it. */
export interface HostFirewallRule {
  readonly type: 'in';
  readonly action: 'ACCEPT';
  readonly proto: 'tcp' | 'udp';
  readonly dport: string;
  /** Comma-separated IPv4 addresses or CIDRs (pfw Firewall.pm parse_address_list L1072-1111: a list, no ranges, one IP version). */
  readonly source: string;
  readonly comment: string;
}

/**
 * The datacenter-level inbound rules of the fleet, in a stable order: underlay (VXLAN, BGP), Ceph,
 * then API and SSH from the management and CI runner networks. Empty when the fleet needs none.
 */
export function hostFirewallRules(s: HostFirewallSettings): HostFirewallRule[] {
  const rules: HostFirewallRule[] = [];
  const add = (proto: 'tcp' | 'udp', dport: string, sources: readonly string[] | undefined, comment: string) => {
    if (sources !== undefined && sources.length > 0) rules.push({ type: 'in', action: 'ACCEPT', proto, dport, source: sources.join(','), comment: `kommunal: ${comment}` });
  };
  const peers = s.zoneType === 'vxlan' || s.zoneType === 'evpn' ? s.peers : undefined;
  add('udp', VXLAN_PORT, peers, `VXLAN between the ${s.zoneType} peers`);
  if (s.zoneType === 'evpn') add('tcp', BGP_PORT, peers, 'BGP of the EVPN controller between its peers');
  if (s.ceph !== undefined) {
    add('tcp', CEPH_MON_PORTS, [s.ceph.publicNetwork], 'Ceph monitors from the Ceph public network');
    add('tcp', CEPH_DAEMON_PORTS, [s.ceph.publicNetwork], 'Ceph OSD/MGR/MDS from the Ceph public network');
    if (s.ceph.clusterNetwork !== undefined && s.ceph.clusterNetwork !== s.ceph.publicNetwork) add('tcp', CEPH_DAEMON_PORTS, [s.ceph.clusterNetwork], 'Ceph OSD replication from the Ceph cluster network');
  }
  add('tcp', PVE_API_PORT, s.managementCidrs, 'Proxmox VE API from the management networks');
  add('tcp', SSH_PORT, s.managementCidrs, 'SSH from the management networks');
  add('tcp', PVE_API_PORT, s.ciRunnerCidrs, 'Proxmox VE API from the CI runners');
  add('tcp', SSH_PORT, s.ciRunnerCidrs, 'SSH from the CI runners (snippet upload of the platform job)');
  return rules;
}

/**
 * Checks the settings into `p`: every peer an IPv4 address at `peersPath[i]`, every network a
 * valid, not too wide CIDR at `<networksPrefix>.<field>` (lib/model/firewall-networks.ts).
 */
export function checkHostFirewall(s: HostFirewallSettings, p: ProblemCollector, peersPath: string, networksPrefix: string): void {
  (s.peers ?? []).forEach((peer, i) => {
    const problem = underlayPeerProblem(peer);
    if (problem !== undefined) p.add(`${peersPath}[${i}]`, problem);
  });
  for (const key of ['managementCidrs', 'ciRunnerCidrs'] as const) {
    (s[key] ?? []).forEach((c, i) => {
      const problem = hostFirewallCidrProblem(c);
      if (problem !== undefined) p.add(`${networksPrefix}.${key}[${i}]`, problem);
    });
  }
  for (const key of ['publicNetwork', 'clusterNetwork'] as const) {
    const v = s.ceph?.[key];
    const problem = v === undefined ? undefined : hostFirewallCidrProblem(v);
    if (problem !== undefined) p.add(`${networksPrefix}.ceph.${key}`, problem);
  }
}
