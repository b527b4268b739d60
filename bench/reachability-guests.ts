/**
 * A guest set per tenant as bpg/proxmox 0.111.1 JSON, added to a synthesized tenant stack: what the
 * guest catalogue renders (`network_device` with the vnet as bridge and `firewall = true`, per-guest
 * firewall options, rules, an `ipfilter-net<n>` IP set per NIC). Used by the reachability benchmark
 * and its tests until the blueprint renders guests itself.
 */
import type { StackJson } from '../lib/compliance/types';
import type { TenantSpec } from '../lib/model/spec';
import { GUEST_CATALOGUE, isGuestProfile } from '../lib/model/guests';

type Mutable = Record<string, Record<string, Record<string, unknown>>>;

/** One guest NIC: the segment's vnet, and the guest's address on it. */
export interface NicFixture {
  /** Segment name, or `uplink:<bridge>` for a NIC outside the tenant's vnets. */
  readonly segment: string;
  /** Host address (the prefix length comes from the segment), or `dhcp`. */
  readonly ip: string;
}

/** A guest to add. */
export interface GuestFixture {
  readonly name: string;
  readonly vmId: number;
  readonly nics: readonly NicFixture[];
  /** Security groups attached (default: the group of the first NIC's segment). */
  readonly groups?: readonly string[];
  /** Option ipfilter (default true; false also leaves out the ipfilter-net<n> sets). */
  readonly ipfilter?: boolean;
  readonly container?: boolean;
  /** Extra rules before the final DROP. */
  readonly extraRules?: readonly Record<string, unknown>[];
  /** Leave out the firewall options resource. */
  readonly noOptions?: boolean;
  /** Catalogue profile, written as a tag (the analysis reads a guest's services from it). */
  readonly profile?: string;
  /**
   * Outbound rules before the final outbound DROP. Default: what TenantFirewall gives an ordinary
   * guest — per declared flow out of its first NIC's segment an ACCEPT to the target's IP set, then
   * per platform service of its profile (spec `guestServices`) an ACCEPT to the service's addresses.
   */
  readonly outRules?: readonly Record<string, unknown>[];
  /** Option output_policy (default DROP: default-deny outbound). */
  readonly outputPolicy?: string;
}

/** The outbound ACCEPT rules of a platform service list (spec `guestServices`) for `profile`. */
export function serviceOutRules(spec: TenantSpec, profile: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  if (profile === undefined || !isGuestProfile(profile)) return [];
  return GUEST_CATALOGUE[profile].services.flatMap((name) => {
    const svc = spec.guestServices?.[name];
    return svc === undefined ? [] : svc.ports.map((p) => ({ type: 'out', action: 'ACCEPT', dest: svc.addresses.join(','), proto: p.protocol, dport: p.ports, comment: `platform service ${name}`, ...extra }));
  });
}

/** The vetted outbound rules of an ordinary guest on `segment` with `profile` (see `GuestFixture.outRules`). */
function defaultOutRules(spec: TenantSpec, segment: string, profile: string | undefined): Record<string, unknown>[] {
  const seg = (n: string) => spec.network.segments[n as keyof typeof spec.network.segments];
  const flows = Object.values(spec.network.flows).filter((f) => f.from === segment).flatMap((f) => f.targets.map((t) => ({
    type: 'out', action: 'ACCEPT', dest: `+${seg(t)!.ipSetName}`, proto: f.protocol, ...(f.ports !== undefined ? { dport: f.ports } : {}), comment: `${f.id} to ${t}`,
  })));
  // Without resolved guest services (a tenant file without guests, as in the benchmark register)
  // the guest reaches the log collector in the platform IP set, as the edge forwards it.
  const services = spec.guestServices !== undefined
    ? serviceOutRules(spec, profile)
    : [{ type: 'out', action: 'ACCEPT', dest: '+kommunal-platform', proto: 'tcp', dport: '6514', comment: 'platform service log collector' }];
  return [...flows, ...services];
}

/** Adds guests to a stack JSON (mutates and returns it). */
export function addGuests(json: StackJson, spec: TenantSpec, guests: readonly GuestFixture[]): StackJson {
  const r = (json as { resource: Mutable }).resource;
  const put = (type: string, name: string, body: Record<string, unknown>) => { (r[type] ??= {})[name] = body; };
  for (const g of guests) {
    const segs = g.nics.map((n) => (n.segment.startsWith('uplink:')
      ? { vnetId: n.segment.slice(7), cidr: '0.0.0.0/0', securityGroup: '' }
      : spec.network.segments[n.segment as keyof typeof spec.network.segments]!));
    const type = g.container === true ? 'proxmox_virtual_environment_container' : 'proxmox_virtual_environment_vm';
    const nicKey = g.container === true ? 'network_interface' : 'network_device';
    put(type, g.name, {
      node_name: 'pve1', vm_id: g.vmId, pool_id: spec.compute.pool, ...(g.profile !== undefined ? { tags: [g.profile] } : {}),
      [nicKey]: segs.map((s, i) => ({ bridge: s.vnetId, firewall: true, ...(g.container === true ? { name: `eth${i}` } : {}) })),
      initialization: { ip_config: g.nics.map((n, i) => ({ ipv4: { address: n.ip === 'dhcp' ? 'dhcp' : `${n.ip}/${segs[i]!.cidr.split('/')[1]}` } })) },
    });
    const target = g.container === true ? { container_id: g.vmId } : { vm_id: g.vmId };
    if (g.noOptions !== true) {
      put('proxmox_virtual_environment_firewall_options', `${g.name}_options`, {
        node_name: 'pve1', ...target, enabled: true, input_policy: 'DROP', output_policy: g.outputPolicy ?? 'DROP', ipfilter: g.ipfilter ?? true, macfilter: true, log_level_in: 'info',
      });
    }
    const groups = g.groups ?? [segs[0]!.securityGroup];
    put('proxmox_virtual_environment_firewall_rules', `${g.name}_rules`, {
      node_name: 'pve1', ...target,
      rule: [
        ...groups.map((sg) => ({ security_group: sg, comment: `group ${sg}` })), ...(g.extraRules ?? []), { type: 'in', action: 'DROP', log: 'info', comment: 'default deny' },
        ...(g.outRules ?? defaultOutRules(spec, g.nics[0]!.segment, g.profile)), { type: 'out', action: 'DROP', log: 'info', comment: 'default deny outbound' },
      ],
    });
    // An explicit ipfilter-net<n> set turns the filter on even with the option off (pve-firewall
    // Firewall.pm L2798-2799), so a guest with ipfilter false gets none.
    if (g.ipfilter !== false) {
      segs.forEach((s, i) => s.securityGroup !== '' && put('proxmox_virtual_environment_firewall_ipset', `${g.name}_ipfilter_net${i}`, {
        node_name: 'pve1', ...target, name: `ipfilter-net${i}`, cidr: [{ name: s.cidr }],
      }));
    }
  }
  return json;
}

/** Cluster IP set of the platform services (the log collector's network in these fixtures). */
export const PLATFORM_SERVICES_CIDR = '192.0.2.0/24';

/**
 * The small-town guest set: an edge router with a NIC on every segment and an uplink (IP filter
 * off: it forwards other guests' packets), whose rules accept exactly the declared flows (source
 * and destination IP sets) and the platform services; a file server (servers) and a client
 * (clients) where the tenant has those segments. Adds the platform services IP set to `json`.
 */
export function smallTownGuests(json: StackJson, spec: TenantSpec, edge: Partial<GuestFixture> = {}): GuestFixture[] {
  const seg = (n: string) => spec.network.segments[n as keyof typeof spec.network.segments]!;
  const names = Object.keys(spec.network.segments);
  const host = (n: string, k: number) => seg(n).gateway.replace(/\.\d+$/, (m) => `.${Number(m.slice(1)) + k - 1}`);
  ((json as { resource: Mutable }).resource.proxmox_virtual_environment_firewall_ipset ??= {}).platform_services = { name: 'kommunal-platform', cidr: [{ name: PLATFORM_SERVICES_CIDR }] };
  const flowRules = Object.values(spec.network.flows).flatMap((f) => f.targets.map((t) => ({
    type: 'in', action: 'ACCEPT', source: `+${seg(f.from).ipSetName}`, dest: `+${seg(t).ipSetName}`, proto: f.protocol,
    ...(f.ports !== undefined ? { dport: f.ports } : {}), comment: `forward ${f.id} to ${t}`,
  })));
  // Platform services: with resolved guest services (a spec whose tenant has guests) the edge
  // forwards exactly those of the file server's profile; otherwise the log collector in the
  // platform IP set.
  const forwarded = spec.guestServices !== undefined
    ? serviceOutRules(spec, 'file', { source: spec.network.block })
    : [{ type: 'out', action: 'ACCEPT', source: spec.network.block, dest: '+kommunal-platform', proto: 'tcp', dport: '6514', comment: 'forward to the log collector' }];
  const out: GuestFixture[] = [{
    name: 'edge', vmId: spec.compute.vmIds.start, ipfilter: false, groups: [], profile: 'edge',
    nics: [...names.map((n) => ({ segment: n, ip: host(n, 1) })), { segment: 'uplink:vmbr0', ip: '198.51.100.7' }],
    extraRules: [...flowRules, ...forwarded.map((r) => ({ ...r, type: 'in' }))],
    outRules: [...flowRules.map((r) => ({ ...r, type: 'out' })), ...forwarded, ...serviceOutRules(spec, 'edge')],
    ...edge,
  }];
  if (names.includes('servers')) out.push({ name: 'files', vmId: spec.compute.vmIds.start + 1, profile: 'file', nics: [{ segment: 'servers', ip: host('servers', 10) }] });
  if (names.includes('clients')) out.push({ name: 'client', vmId: spec.compute.vmIds.start + 2, nics: [{ segment: 'clients', ip: host('clients', 10) }] });
  return out;
}
