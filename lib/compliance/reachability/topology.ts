/**
 * Reads the network facts of one synthesized tenant stack (cdk.tf.json) for the reachability
 * analysis: segments (SDN vnets and subnets), the firewall objects (IP sets, aliases, security
 * groups, guest rules and options) and the guests with their NICs. The bpg/proxmox 0.111.1 schema
 * is the contract (`proxmox_virtual_environment_vm`/`proxmox_vm` `network_device`,
 * `proxmox_virtual_environment_container` `network_interface`, firewall resources with `vm_id` or
 * `container_id`); the short and long type names are both read.
 */
import { blocks, isExpression, literal, proxmoxTypes, resolveRef, resourcesOf, type StackResource } from '../internal/stack-json';
import type { StackJson } from '../types';
import type { TenantSpec } from '../../model/spec';
import { GUEST_FIREWALL_OPTIONS } from '../../network/tenant-firewall';
import { isGuestProfile } from '../../model/guests';
import { type AddrRange, type AddressSet, type ClusterFirewall, type FirewallRule, type GuestFirewallModel, parseAddress } from './firewall-model';

/** Zone types (lib/model/parameters ZoneType). */
export type ZoneKind = 'vlan' | 'qinq' | 'vxlan' | 'evpn' | 'simple' | 'unknown';

/** One segment of the tenant. */
export interface SegmentFacts {
  /** Segment name (from the spec), else the vnet ID. */
  readonly name: string;
  readonly vnetId: string;
  readonly cidr?: AddrRange;
  readonly cidrText?: string;
  readonly gateway?: string;
  /** Security group and IP set of the segment (from the spec), when known. */
  readonly securityGroup?: string;
  /** The segment serves DHCP: its subnet has a `dhcp_range` (or the spec a `dhcpRange`). */
  readonly dhcp?: boolean;
  readonly address: string;
}

/** One guest NIC (or the stand-in of a segment without guests). */
export interface Endpoint {
  /** Stable ID: `<guest resource address>#net<n>`, or `segment:<name>` for a stand-in. */
  readonly id: string;
  /** Short label for reports: guest name and NIC, or `(any guest)`. */
  readonly label: string;
  readonly kind: 'guest' | 'segment';
  /** Segment name; undefined when the NIC is on a bridge outside the tenant (an uplink). */
  readonly segment?: string;
  readonly bridge: string;
  readonly nic: string;
  readonly nicFirewall: boolean;
  /** The address the guest sends from: its configured address, else the segment's prefix. */
  readonly addr?: AddrRange;
  /** The guest (by resource address); NICs of one guest share its firewall. */
  readonly guest: string;
  readonly firewall: GuestFirewallModel;
  /** The guest's catalogue profile, from its tags (TenantGuests tags every guest with it). */
  readonly profile?: string;
}

/** The network of one tenant as the analysis sees it. */
export interface TenantNetwork {
  readonly tenant: string;
  readonly zoneType: ZoneKind;
  /** EVPN: the zone names exit nodes (a routed path out of the VRF). */
  readonly evpnExit: boolean;
  readonly segments: readonly SegmentFacts[];
  /** Guest NICs, then one stand-in per segment without guests (routers, on several segments, do not count). */
  readonly endpoints: readonly Endpoint[];
  readonly cluster: ClusterFirewall;
  /** True when the stack has at least one guest. */
  readonly hasGuests: boolean;
}

const VM_TYPES = ['proxmox_virtual_environment_vm', 'proxmox_vm', 'proxmox_virtual_environment_vm2'];
const CT_TYPES = ['proxmox_virtual_environment_container', 'proxmox_container'];

function addressSet(r: StackResource, entries: unknown): AddressSet {
  const cidrs: AddrRange[] = [];
  const excluded: AddrRange[] = [];
  for (const e of blocks(entries)) {
    const a = typeof e.name === 'string' ? parseAddress(e.name) : undefined;
    if (a === undefined) continue;
    (e.nomatch === true ? excluded : cidrs).push(a);
  }
  return { address: r.address, cidrs, excluded };
}

function rulesOf(v: unknown): FirewallRule[] {
  return blocks(v).map((b) => {
    const str = (k: string): string | undefined => (typeof b[k] === 'string' ? (b[k] as string) : undefined);
    return {
      type: str('type'), action: str('action'), securityGroup: str('security_group'), source: str('source'), dest: str('dest'),
      proto: str('proto'), dport: str('dport'), sport: str('sport'), macro: str('macro'), iface: str('iface'),
      enabled: typeof b.enabled === 'boolean' ? b.enabled : undefined, comment: str('comment'),
    };
  });
}

/** The VM/container ID a firewall resource applies to (literal, or a reference to the guest's attribute). */
function guestIdOf(json: StackJson, body: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ['vm_id', 'container_id']) {
    const v = body[key];
    if (v === undefined) continue;
    if (!isExpression(v)) return String(v);
    const ref = resolveRef(json, v);
    if (ref.value !== undefined) return String(ref.value);
    if (ref.target !== undefined) return `ref:${ref.target.address}`;
  }
  return undefined;
}

function vnetOfBridge(json: StackJson, bridge: unknown): string | undefined {
  if (!isExpression(bridge)) return literal(bridge);
  const ref = resolveRef(json, bridge);
  return ref.value !== undefined ? String(ref.value) : undefined;
}

/**
 * The tenant network of a synthesized stack. With the spec, segment names, security groups and
 * the zone type come from it; without, from the stack (vnet IDs as names).
 */
export function tenantNetworkFromStack(json: StackJson, spec?: TenantSpec, tenantKey?: string): TenantNetwork {
  const byVnet = new Map<string, { name: string; securityGroup: string; dhcp: boolean }>();
  for (const s of Object.values(spec?.network.segments ?? {})) if (s !== undefined) byVnet.set(s.vnetId, { name: s.name, securityGroup: s.securityGroup, dhcp: s.dhcpRange !== undefined });
  const subnets = resourcesOf(json, ...proxmoxTypes('sdn_subnet'));
  const segments: SegmentFacts[] = [];
  for (const v of resourcesOf(json, ...proxmoxTypes('sdn_vnet'))) {
    const id = literal(v.body.id);
    if (id === undefined) continue;
    const subnet = subnets.find((s) => {
      const ref = resolveRef(json, s.body.vnet);
      return ref.target?.address === v.address || literal(s.body.vnet) === id;
    });
    const cidrText = literal(subnet?.body.cidr);
    const known = byVnet.get(id);
    segments.push({
      name: known?.name ?? id, vnetId: id, cidr: cidrText === undefined ? undefined : parseAddress(cidrText), cidrText,
      gateway: literal(subnet?.body.gateway), securityGroup: known?.securityGroup, address: v.address,
      ...(known?.dhcp === true || blocks(subnet?.body.dhcp_range).length > 0 ? { dhcp: true } : {}),
    });
  }
  segments.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const clusterIpSets: Record<string, AddressSet> = {};
  const guestIpSets = new Map<string, Record<string, AddressSet>>();
  for (const r of resourcesOf(json, ...proxmoxTypes('firewall_ipset'))) {
    const name = literal(r.body.name);
    if (name === undefined) continue;
    const gid = guestIdOf(json, r.body);
    const target = gid === undefined ? clusterIpSets : (guestIpSets.get(gid) ?? guestIpSets.set(gid, {}).get(gid)!);
    target[name] = addressSet(r, r.body.cidr);
  }
  const clusterAliases: Record<string, AddressSet> = {};
  const guestAliases = new Map<string, Record<string, AddressSet>>();
  for (const r of resourcesOf(json, ...proxmoxTypes('firewall_alias'))) {
    const name = literal(r.body.name);
    const cidr = literal(r.body.cidr);
    const a = cidr === undefined ? undefined : parseAddress(cidr);
    if (name === undefined || a === undefined) continue;
    const gid = guestIdOf(json, r.body);
    const target = gid === undefined ? clusterAliases : (guestAliases.get(gid) ?? guestAliases.set(gid, {}).get(gid)!);
    target[name.toLowerCase()] = { address: r.address, cidrs: [a], excluded: [] };
  }
  const groups: Record<string, { address: string; rules: FirewallRule[] }> = {};
  for (const r of resourcesOf(json, ...proxmoxTypes('cluster_firewall_security_group'))) {
    const name = literal(r.body.name);
    if (name !== undefined) groups[name] = { address: r.address, rules: rulesOf(r.body.rule) };
  }
  const guestRules = new Map<string, StackResource>();
  for (const r of resourcesOf(json, ...proxmoxTypes('firewall_rules'))) {
    const gid = guestIdOf(json, r.body);
    if (gid !== undefined) guestRules.set(gid, r);
  }
  const guestOptions = new Map<string, StackResource>();
  for (const r of resourcesOf(json, ...proxmoxTypes('firewall_options'))) {
    const gid = guestIdOf(json, r.body);
    if (gid !== undefined) guestOptions.set(gid, r);
  }
  const cluster: ClusterFirewall = { ipSets: clusterIpSets, aliases: clusterAliases, groups };

  const endpoints: Endpoint[] = [];
  const guests = [...resourcesOf(json, ...VM_TYPES).map((r) => ({ r, ct: false })), ...resourcesOf(json, ...CT_TYPES).map((r) => ({ r, ct: true }))];
  for (const { r, ct } of guests) {
    const vmId = r.body.vm_id;
    const ids = [vmId === undefined ? undefined : String(vmId), `ref:${r.address}`];
    const pick = <T>(m: Map<string, T>): T | undefined => ids.map((i) => (i === undefined ? undefined : m.get(i))).find((x) => x !== undefined);
    const opts = pick(guestOptions);
    const rules = pick(guestRules);
    const firewall: GuestFirewallModel = {
      optionsAddress: opts?.address, enabled: opts?.body.enabled === true,
      policyIn: literal(opts?.body.input_policy) ?? 'DROP', policyOut: literal(opts?.body.output_policy) ?? 'ACCEPT',
      ipfilter: opts?.body.ipfilter === true, rulesAddress: rules?.address, rules: rulesOf(rules?.body.rule),
      ipSets: pick(guestIpSets) ?? {}, aliases: pick(guestAliases) ?? {},
    };
    const tags = Array.isArray(r.body.tags) ? r.body.tags.filter((t): t is string => typeof t === 'string') : [];
    const profile = tags.find((t) => isGuestProfile(t));
    const nics = blocks(ct ? r.body.network_interface : r.body.network_device);
    const ipConfigs = blocks((blocks(r.body.initialization)[0] ?? {}).ip_config);
    nics.forEach((n, i) => {
      const bridge = vnetOfBridge(json, n.bridge) ?? String(n.bridge);
      const seg = segments.find((s) => s.vnetId === bridge);
      const ipv4 = blocks(ipConfigs[i]?.ipv4)[0];
      const addrText = literal(ipv4?.address);
      const addr = addrText !== undefined && addrText !== 'dhcp' ? parseAddress(addrText.split('/')[0] as string) : seg?.cidr;
      endpoints.push({
        id: `${r.address}#net${i}`, label: `${r.name}/net${i}`, kind: 'guest', segment: seg?.name, bridge, nic: `net${i}`,
        nicFirewall: n.firewall === true, addr, guest: r.address, firewall, ...(profile !== undefined ? { profile } : {}),
      });
    });
  }
  const hasGuests = guests.length > 0;
  const segmentCount = new Map<string, number>();
  for (const e of endpoints) if (e.segment !== undefined) segmentCount.set(e.guest, (segmentCount.get(e.guest) ?? 0) + 1);
  for (const s of segments) {
    // Routers (guests on several segments) do not stand for the segment's hosts: a segment whose
    // only guests are routers gets a stand-in too.
    if (endpoints.some((e) => e.segment === s.name && (segmentCount.get(e.guest) ?? 0) === 1)) continue;
    // A segment without (single-homed) guests: a stand-in guest with the vetted inbound firewall
    // TenantFirewall gives every guest (GUEST_FIREWALL_OPTIONS, the segment's group, a final DROP).
    // Its output stays open: such a segment may hold hosts pve-firewall does not filter (physical
    // workstations on the segment's VLAN), so the proofs must hold with the receivers' IN chains as
    // the only filter. The outbound proof checks guest NICs only.
    const firewall: GuestFirewallModel = {
      enabled: GUEST_FIREWALL_OPTIONS.enabled, policyIn: GUEST_FIREWALL_OPTIONS.inputPolicy, policyOut: 'ACCEPT',
      ipfilter: GUEST_FIREWALL_OPTIONS.ipfilter, optionsAddress: `(vetted guest options of segment ${s.name})`, rulesAddress: `(vetted guest rules of segment ${s.name})`,
      rules: [...(s.securityGroup !== undefined ? [{ securityGroup: s.securityGroup }] : []), { type: 'in', action: 'DROP', comment: 'default deny' }],
      ipSets: s.cidr === undefined ? {} : { 'ipfilter-net0': { address: `(vetted ipfilter-net0 of segment ${s.name})`, cidrs: [s.cidr], excluded: [] } },
      aliases: {},
    };
    endpoints.push({ id: `segment:${s.name}`, label: '(any guest)', kind: 'segment', segment: s.name, bridge: s.vnetId, nic: 'net0', nicFirewall: true, addr: s.cidr, guest: `segment:${s.name}`, firewall });
  }
  const zoneType: ZoneKind = spec?.network.zoneType
    ?? (resourcesOf(json, ...proxmoxTypes('sdn_zone_evpn')).length > 0 ? 'evpn' : resourcesOf(json, ...proxmoxTypes('sdn_zone_qinq')).length > 0 ? 'qinq' : 'unknown');
  const evpnExit = resourcesOf(json, ...proxmoxTypes('sdn_zone_evpn')).some((z) => Array.isArray(z.body.exit_nodes) && z.body.exit_nodes.length > 0);
  return { tenant: spec?.key ?? tenantKey ?? '(stack)', zoneType, evpnExit, segments, endpoints, cluster, hasGuests };
}
