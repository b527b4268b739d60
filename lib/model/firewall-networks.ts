/**
 * Checks of the networks the datacenter firewall's host rules name (fleet.yaml `network`): one
 * definition for the fleet loader (positioned errors) and for PlatformBase (construct props).
 */
import { show } from '../core/display';
import { parseCidr, parseIpv4Address } from '../core/ipv4';

/**
 * Shortest prefix a management, CI runner or Ceph network may have: /8. A wider network (up to
 * 0.0.0.0/0) would open the API and SSH of every node to a large part of the internet; the fleet
 * lists the networks that need access instead.
 */
export const HOST_FIREWALL_MIN_PREFIX = 8;

/**
 * Why a network of the host rules is refused, or undefined: an IPv4 CIDR in canonical form (a
 * single host is `/32`) with a prefix of at least {@link HOST_FIREWALL_MIN_PREFIX}.
 */
export function hostFirewallCidrProblem(text: unknown): string | undefined {
  const r = parseCidr(text);
  if (!r.ok) {
    if (r.problem.kind === 'host-bits') return `${show(text)} has host bits set; write the network address of the /${r.problem.prefixLength}`;
    return `${show(text)} is not an IPv4 network like "192.0.2.0/24" (a single host is "/32")`;
  }
  if (r.cidr.prefixLength < HOST_FIREWALL_MIN_PREFIX) {
    return `${show(text)} is wider than /${HOST_FIREWALL_MIN_PREFIX}: it would open the API and SSH of every node to ${r.cidr.prefixLength === 0 ? 'every address' : 'a large part of the internet'}; list the networks that need access`;
  }
  return undefined;
}

/**
 * Why a VXLAN or EVPN peer is refused, or undefined: it must be an IPv4 address. Proxmox takes the
 * peers as an IP list (format `ip-list`: proxmox/pve-network @ ecf98c5 src/PVE/Network/SDN/Zones/
 * VxlanPlugin.pm L29-34, Controllers/EvpnPlugin.pm L35-39), and the firewall rule that lets the
 * peers' traffic in needs addresses (a host name is not a firewall source).
 */
export function underlayPeerProblem(text: unknown): string | undefined {
  return parseIpv4Address(text) === undefined ? `${show(text)} is not an IPv4 address (Proxmox takes peers as an IP list, and the firewall rule between the peers needs addresses)` : undefined;
}
