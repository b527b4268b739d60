/**
 * Proof that the datacenter firewall does not cut the cluster's own traffic: VXLAN/BGP between the
 * peers, Ceph, corosync, and API/SSH from the management and CI runner networks, evaluated through
 * a model of the nodes' `PVEFW-HOST-IN` chain built from the platform stack.
 *
 * Order of `PVEFW-HOST-IN` (pve-firewall src/PVE/Firewall.pm @ 6f1311f3, enable_host_firewall):
 * RELATED,ESTABLISHED accepted (L2909), IGMP (L2918), then the node's host rules and the cluster
 * rules, in that order, groups expanded (L2920-2947), then the built-in accepts from the
 * `management` IP set (TCP 8006, 5900:5999, 3128, 22, 60000:60050; L2949-2957) and corosync
 * UDP 5404:5405 between the ring addresses (L2959-2985), then `policy_in`, default DROP (L2989).
 * With the cluster firewall disabled no host chain is generated (L4235). The `management` set
 * always holds the node's local network (L4238-4248); ring addresses are taken to be the peers,
 * else the local network (an approximation: corosync.conf is not part of the stack).
 */
import { blocks, literal, proxmoxTypes, resourcesOf } from '../internal/stack-json';
import type { StackJson } from '../types';
import { BGP_PORT, CEPH_DAEMON_PORTS, CEPH_MON_PORTS, PVE_API_PORT, SSH_PORT, VXLAN_PORT, type HostFirewallSettings } from '../../network/host-firewall';
import { evaluateChain, type ClusterFirewall, type FirewallRule, type GuestFirewallModel, parseAddress, type Protocol, type RuleRef } from './firewall-model';
import { formatPorts, parsePortList, union, NO_PORTS, type PortSet } from './port-set';

/** One flow the cluster needs. */
export interface ClusterFlow {
  readonly name: string;
  readonly source: string;
  readonly proto: Protocol;
  readonly ports: PortSet;
}

/** A cluster flow the datacenter firewall cuts, with the rule that cuts it. */
export interface ClusterCut {
  readonly flow: ClusterFlow;
  readonly ports: string;
  readonly rule?: RuleRef;
  readonly message: string;
}

/** Result of {@link analyseClusterTraffic}. */
export interface ClusterTrafficResult {
  readonly checked: number;
  readonly cuts: readonly ClusterCut[];
}

const ports = (p: string): PortSet => parsePortList(p) ?? NO_PORTS;

/** The flows the cluster needs, from the platform's host firewall settings. */
export function requiredClusterFlows(s: HostFirewallSettings, localNetwork?: string): ClusterFlow[] {
  const out: ClusterFlow[] = [];
  const peers = s.zoneType === 'vxlan' || s.zoneType === 'evpn' ? (s.peers ?? []) : [];
  for (const p of peers) out.push({ name: 'VXLAN', source: p, proto: 'udp', ports: ports(VXLAN_PORT) });
  if (s.zoneType === 'evpn') for (const p of peers) out.push({ name: 'BGP (EVPN)', source: p, proto: 'tcp', ports: ports(BGP_PORT) });
  for (const ring of peers.length > 0 ? peers : localNetwork !== undefined ? [localNetwork] : []) out.push({ name: 'corosync', source: ring, proto: 'udp', ports: ports('5404:5405') });
  if (s.ceph !== undefined) {
    out.push({ name: 'Ceph monitors', source: s.ceph.publicNetwork, proto: 'tcp', ports: ports(CEPH_MON_PORTS) });
    out.push({ name: 'Ceph daemons', source: s.ceph.publicNetwork, proto: 'tcp', ports: ports(CEPH_DAEMON_PORTS) });
    if (s.ceph.clusterNetwork !== undefined) out.push({ name: 'Ceph replication', source: s.ceph.clusterNetwork, proto: 'tcp', ports: ports(CEPH_DAEMON_PORTS) });
  }
  for (const c of s.managementCidrs ?? []) out.push({ name: 'API and SSH from management', source: c, proto: 'tcp', ports: union(ports(PVE_API_PORT), ports(SSH_PORT)) });
  for (const c of s.ciRunnerCidrs ?? []) out.push({ name: 'API and SSH from CI runners', source: c, proto: 'tcp', ports: union(ports(PVE_API_PORT), ports(SSH_PORT)) });
  if (localNetwork !== undefined) out.push({ name: 'API and SSH from the nodes\' network', source: localNetwork, proto: 'tcp', ports: union(ports(PVE_API_PORT), ports(SSH_PORT)) });
  return out;
}

function rulesOf(v: unknown): FirewallRule[] {
  return blocks(v).map((b) => {
    const str = (k: string): string | undefined => (typeof b[k] === 'string' ? (b[k] as string) : undefined);
    return { type: str('type'), action: str('action'), securityGroup: str('security_group'), source: str('source'), dest: str('dest'), proto: str('proto'), dport: str('dport'), sport: str('sport'), macro: str('macro'), iface: str('iface'), enabled: typeof b.enabled === 'boolean' ? b.enabled : undefined, comment: str('comment') };
  });
}

/**
 * Evaluates every required cluster flow through the host input chain of the platform stack's
 * datacenter firewall (`must` mode: an uncertain DROP counts as a cut).
 */
export function analyseClusterTraffic(platform: StackJson, settings: HostFirewallSettings, localNetwork?: string): ClusterTrafficResult {
  const flows = requiredClusterFlows(settings, localNetwork);
  const options = resourcesOf(platform, 'proxmox_virtual_environment_cluster_firewall')[0];
  const dcRules = resourcesOf(platform, ...proxmoxTypes('firewall_rules')).filter((r) => r.body.vm_id === undefined && r.body.container_id === undefined && r.body.node_name === undefined);
  const rules: FirewallRule[] = [];
  const origin: { address: string; index: number }[] = [];
  for (const r of dcRules) rulesOf(r.body.rule).forEach((x, i) => { rules.push(x); origin.push({ address: r.address, index: i }); });
  const mgmt = localNetwork ?? '';
  const builtin: FirewallRule[] = mgmt === '' ? [] : [
    { type: 'in', action: 'ACCEPT', source: mgmt, proto: 'tcp', dport: '8006', comment: 'pve-firewall built-in: API from the management IP set' },
    { type: 'in', action: 'ACCEPT', source: mgmt, proto: 'tcp', dport: '5900:5999', comment: 'pve-firewall built-in: VNC from the management IP set' },
    { type: 'in', action: 'ACCEPT', source: mgmt, proto: 'tcp', dport: '3128', comment: 'pve-firewall built-in: SPICE from the management IP set' },
    { type: 'in', action: 'ACCEPT', source: mgmt, proto: 'tcp', dport: '22', comment: 'pve-firewall built-in: SSH from the management IP set' },
    { type: 'in', action: 'ACCEPT', source: mgmt, proto: 'tcp', dport: '60000:60050', comment: 'pve-firewall built-in: migration from the management IP set' },
  ];
  const rings = (settings.zoneType === 'vxlan' || settings.zoneType === 'evpn') && (settings.peers ?? []).length > 0 ? (settings.peers ?? []).join(',') : mgmt;
  if (rings !== '') builtin.push({ type: 'in', action: 'ACCEPT', source: rings, proto: 'udp', dport: '5404:5405', comment: 'pve-firewall built-in: corosync between the ring addresses' });
  const groups: Record<string, { address: string; rules: FirewallRule[] }> = {};
  for (const g of resourcesOf(platform, ...proxmoxTypes('cluster_firewall_security_group'))) {
    const name = literal(g.body.name);
    if (name !== undefined) groups[name] = { address: g.address, rules: rulesOf(g.body.rule) };
  }
  const cluster: ClusterFirewall = { ipSets: {}, aliases: {}, groups };
  const enabled = options?.body.enabled === true;
  const host: GuestFirewallModel = {
    optionsAddress: options?.address ?? '(no datacenter firewall options)', enabled, policyIn: literal(options?.body.input_policy) ?? 'DROP', policyOut: 'ACCEPT',
    ipfilter: false, rulesAddress: '(host chain)', rules: [...rules, ...builtin], ipSets: {}, aliases: {},
  };
  const cuts: ClusterCut[] = [];
  for (const f of flows) {
    const ds = evaluateChain({ guest: host, nic: 'host', nicFirewall: true, direction: 'in', src: parseAddress(f.source), dst: undefined, proto: f.proto, ports: f.ports, mode: 'must' }, cluster);
    for (const d of ds) {
      if (d.verdict === 'ACCEPT') continue;
      const by = d.by.kind === 'rule' && d.by.group === undefined && d.by.index !== undefined
        ? (d.by.index < origin.length ? { ...d.by, address: origin[d.by.index]!.address, index: origin[d.by.index]!.index } : { ...d.by, address: 'pve-firewall built-in', index: undefined })
        : d.by;
      cuts.push({ flow: f, ports: formatPorts(d.ports), rule: by, message: `${f.name} from ${f.source} ${f.proto}/${formatPorts(d.ports)} is cut by ${by.kind === 'rule' ? `${by.address} rule ${by.index ?? ''} "${by.note}"` : `${by.note} (${by.address})`}` });
    }
  }
  return { checked: flows.length, cuts };
}
