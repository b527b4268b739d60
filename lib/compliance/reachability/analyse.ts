/**
 * Reachability of one tenant: which protocols and ports flow between its segments, whether every
 * declared flow is open end to end, whether anything else crosses a segment or the tenant's
 * boundary, and whether the platform services its guests need are reachable. Each counter-example
 * names the rule (resource address, rule index, comment) that decided it.
 *
 * Routing facts (docs/segmentation.md; lib/network/host-firewall.ts):
 * - same segment: one layer-2 domain; only the sender's OUT and the receiver's IN chain filter;
 * - vlan, qinq, vxlan: Proxmox does not route between vnets; the path between two segments (and
 *   out of the tenant) is a guest of the tenant with a NIC on both (the edge router, owner of the
 *   subnet gateways): sender OUT, router IN (NIC on the sender's segment), router OUT (NIC on the
 *   receiver's segment, or an uplink outside the tenant's vnets), receiver IN. Without such a
 *   guest there is no route;
 * - evpn: the nodes route between all vnets of the tenant's VRF: every vnet bridge carries the
 *   subnet's gateway address with `ip-forward on` and is a port of the zone's VRF (proxmox/pve-network
 *   src/PVE/Network/SDN/Zones/EvpnPlugin.pm @ ecf98c5 L224-233, L278-281). A guest reaches another
 *   segment through that anycast gateway, so a packet for a multi-homed guest's NIC on segment b
 *   arrives on that NIC (not on the guest's NIC in the sender's segment, as behind an edge). The
 *   guest chains still filter routed traffic: a NIC with `firewall=1` sits behind a firewall bridge
 *   whose traffic from the vnet side passes the NIC's IN chain (proxmox/pve-firewall
 *   src/PVE/Firewall.pm @ 6f1311f L4343-4361, L2850-2865), routed or not. Nothing else filters:
 *   the cluster forward policy is ACCEPT (lib/network/host-firewall.ts) and the vnet firewall is
 *   neither compiled by the iptables firewall nor expressible in bpg 0.111.1 (lib/model/zone-routing.ts).
 *   Out of the VRF only through exit nodes: every other node gets an unreachable default route in
 *   the VRF (EvpnPlugin.pm L284-296).
 * - a tenant without any guest: no gateway exists yet; the matrix is computed as if the gateway
 *   routed everything, so it shows what the guest firewalls (security groups) would allow.
 * Tenants share no layer-2 domain and no VRF, so the analysis runs per tenant (linear in the fleet).
 */
import type { TenantSpec } from '../../model/spec';
import { GUEST_CATALOGUE, isGuestProfile } from '../../model/guests';
import { evaluateChain, type AddrRange, type Decision, type Mode, parseAddress, portsOf, type Protocol, PROTOCOLS, type RuleRef } from './firewall-model';
import { formatPorts, isEmpty, isSubset, NO_PORTS, parsePortList, type PortSet, subtract, union, intersect } from './port-set';
import type { Endpoint, TenantNetwork } from './topology';
import { ZONE_ROUTING, type ZoneRouting } from '../../model/zone-routing';
import { DHCP_CLIENT_PORT, DHCP_SERVER_PORT } from '../../network/tenant-firewall';

/** Said with an EVPN counter-example: which filter is missing, and why the receiver's chain is the only one. */
export const EVPN_ONLY_FILTER = ' (in an EVPN zone the nodes route between the vnets unfiltered: no vnet firewall can be set with bpg 0.111.1, so the receiving guest\'s IN chain is the only filter)';

/** A destination outside the tenant: a platform service. */
export interface ServiceTarget {
  /** Name shown in reports (`log collector`). */
  readonly name: string;
  /** Host name or address as configured. */
  readonly host: string;
  /**
   * The service's address or prefix, when known. Without it (a host name) the destination is
   * unknown: the proof then shows that a path may be open (`may` mode), not that it must be.
   * @default - parsed from `host` when that is an address
   */
  readonly address?: string;
  readonly proto: Protocol;
  readonly ports: PortSet;
}

/** What a path lets through, and what it blocks with the deciding rules. */
export interface PathResult {
  readonly accepted: PortSet;
  /** Accepting decisions of the last filtering stage (the rule that lets traffic through). */
  readonly acceptedBy: readonly Decision[];
  /** Blocking decisions of every stage. */
  readonly blocked: readonly Decision[];
}

interface Stage {
  readonly ep: Endpoint;
  readonly direction: 'in' | 'out';
}

function stagesResult(net: TenantNetwork, stages: readonly Stage[], src: AddrRange | undefined, dst: AddrRange | undefined, proto: Protocol, ports: PortSet, mode: Mode): PathResult {
  let current = ports;
  let acceptedBy: Decision[] = [];
  const blocked: Decision[] = [];
  for (const st of stages) {
    if (isEmpty(current)) break;
    const ds = evaluateChain({ guest: st.ep.firewall, nic: st.ep.nic, nicFirewall: st.ep.nicFirewall, direction: st.direction, src, dst, proto, ports: current, mode }, net.cluster);
    const acc = ds.filter((d) => d.verdict === 'ACCEPT');
    for (const d of ds) if (d.verdict !== 'ACCEPT') blocked.push(d);
    current = acc.reduce<PortSet>((a, d) => union(a, d.ports), NO_PORTS);
    acceptedBy = acc;
  }
  return { accepted: current, acceptedBy, blocked };
}

function noRoute(address: string, note: string, ports: PortSet): PathResult {
  return { accepted: NO_PORTS, acceptedBy: [], blocked: [{ ports, verdict: 'DROP', by: { address, kind: 'no-route', note } }] };
}

function merge(results: readonly PathResult[], ports: PortSet): PathResult {
  if (results.length === 1) return results[0] as PathResult;
  const accepted = results.reduce<PortSet>((a, r) => union(a, r.accepted), NO_PORTS);
  return {
    accepted,
    acceptedBy: results.flatMap((r) => r.acceptedBy),
    blocked: results.flatMap((r) => r.blocked).map((d) => ({ ...d, ports: subtract(intersect(d.ports, ports), accepted) })).filter((d) => !isEmpty(d.ports)),
  };
}

/** Guests (by resource address) with a NIC on segment `a` and one on `b` (`undefined`: an uplink outside the tenant). */
function routers(net: TenantNetwork, a: string, b: string | undefined): { inNic: Endpoint; outNic: Endpoint }[] {
  const out: { inNic: Endpoint; outNic: Endpoint }[] = [];
  const guests = [...new Set(net.endpoints.filter((e) => e.kind === 'guest').map((e) => e.guest))].sort();
  for (const g of guests) {
    const nics = net.endpoints.filter((e) => e.guest === g);
    const inNic = nics.find((e) => e.segment === a);
    const outNic = nics.find((e) => (b === undefined ? e.segment === undefined : e.segment === b));
    if (inNic !== undefined && outNic !== undefined) out.push({ inNic, outNic });
  }
  return out;
}

/** A new connection from a guest NIC to another endpoint of the same tenant, through the routing of the zone type. */
export function evaluatePath(net: TenantNetwork, src: Endpoint, dst: Endpoint, proto: Protocol, ports: PortSet, mode: Mode): PathResult {
  const run = (stages: Stage[]) => stagesResult(net, stages, src.addr, dst.addr, proto, ports, mode);
  if (src.segment === dst.segment) return run([{ ep: src, direction: 'out' }, { ep: dst, direction: 'in' }]);
  // A guest with a NIC on the other segment is reached (or sends) there directly: the receiver's
  // NIC on the sender's segment, or the sender's NIC on the receiver's segment (no routing).
  // Not in EVPN: there the sender's gateway is the node, which routes the packet to the NIC it is addressed to.
  const dstLocal = net.zoneType === 'evpn' ? undefined : net.endpoints.find((e) => e.guest === dst.guest && e.segment !== undefined && e.segment === src.segment);
  if (dstLocal !== undefined) return run([{ ep: src, direction: 'out' }, { ep: dstLocal, direction: 'in' }]);
  const srcLocal = net.endpoints.find((e) => e.guest === src.guest && e.segment !== undefined && e.segment === dst.segment);
  if (srcLocal !== undefined) return stagesResult(net, [{ ep: srcLocal, direction: 'out' }, { ep: dst, direction: 'in' }], srcLocal.addr, dst.addr, proto, ports, mode);
  if (src.segment === undefined || dst.segment === undefined) return noRoute(dst.id, 'an uplink NIC outside the tenant vnets is not a tenant segment', ports);
  if (net.zoneType === 'evpn') return run([{ ep: src, direction: 'out' }, { ep: dst, direction: 'in' }]);
  const rs = routers(net, src.segment, dst.segment);
  const seg = net.segments.find((s) => s.name === dst.segment);
  // A tenant without guests has no edge router yet: its matrix shows what the guest firewalls
  // allow, as if the (future) gateway routed everything (TenantNetwork.hasGuests false).
  if (rs.length === 0 && !net.hasGuests) return run([{ ep: src, direction: 'out' }, { ep: dst, direction: 'in' }]);
  if (rs.length === 0) return noRoute(seg?.address ?? dst.id, `${net.zoneType} zones do not route between vnets and no guest of the tenant has a NIC on ${src.segment} and ${dst.segment} (no gateway owner)`, ports);
  return merge(rs.map((r) => run([{ ep: src, direction: 'out' }, { ep: r.inNic, direction: 'in' }, { ep: r.outNic, direction: 'out' }, { ep: dst, direction: 'in' }])), ports);
}

/** A new connection from a guest NIC to a platform service outside the tenant. */
export function evaluateServicePath(net: TenantNetwork, src: Endpoint, service: ServiceTarget, mode: Mode): PathResult {
  const dstAddr = parseAddress(service.address ?? service.host);
  const run = (stages: Stage[]) => stagesResult(net, stages, src.addr, dstAddr, service.proto, service.ports, mode);
  if (src.segment === undefined) return run([{ ep: src, direction: 'out' }]);
  if (net.zoneType === 'evpn') {
    if (!net.evpnExit) return noRoute(net.segments.find((s) => s.name === src.segment)?.address ?? src.id, 'the EVPN zone names no exit nodes (fleet network.evpnExitNodes or clusters.<id>.evpnExitNodes): no route out of the tenant VRF', service.ports);
    return run([{ ep: src, direction: 'out' }]);
  }
  const rs = routers(net, src.segment, undefined);
  if (rs.length === 0) return noRoute(net.segments.find((s) => s.name === src.segment)?.address ?? src.id, `${net.zoneType} zones do not route and no guest of the tenant has a NIC on ${src.segment} and an uplink (no gateway owner)`, service.ports);
  return merge(rs.map((r) => run([{ ep: src, direction: 'out' }, { ep: r.inNic, direction: 'in' }, { ep: r.outNic, direction: 'out' }])), service.ports);
}

/** One cell of the flow matrix: what flows from one segment to another for one protocol. */
export interface MatrixCell {
  readonly from: string;
  readonly to: string;
  readonly proto: Protocol;
  readonly ports: PortSet;
  /** The rules that let it through (the last filtering stage), deduplicated. */
  readonly rules: readonly RuleRef[];
}

/** Kinds of counter-example. */
export type CounterexampleKind = 'undeclared' | 'declared-blocked' | 'outside-source' | 'service-unreachable' | 'undeclared-out';

/** A counter-example to one of the proofs. */
export interface Counterexample {
  readonly kind: CounterexampleKind;
  readonly tenant: string;
  readonly src: string;
  readonly dst: string;
  readonly proto: Protocol;
  readonly ports: string;
  /** The rule that lets the traffic through (undeclared, outside-source, undeclared-out) or blocks it (declared-blocked, service-unreachable). */
  readonly rule?: RuleRef;
  /** Flow ID (declared-blocked) or service name (service-unreachable). */
  readonly subject?: string;
  readonly message: string;
}

/** The result for one tenant. */
export interface TenantReachability {
  readonly tenant: string;
  readonly zoneType: string;
  readonly segments: readonly string[];
  readonly guests: number;
  readonly endpoints: number;
  readonly matrix: readonly MatrixCell[];
  readonly violations: readonly Counterexample[];
  /** What was checked: declared flow targets, segment pairs × protocols, guest × service paths. */
  readonly checked: { readonly declaredFlows: number; readonly segmentPairs: number; readonly servicePaths: number; readonly outboundChains: number };
}

/** A declared flow as the analysis needs it. */
export interface DeclaredFlow {
  readonly id: string;
  readonly from: string;
  readonly targets: readonly string[];
  readonly proto: Protocol;
  readonly ports: PortSet;
}

/** The declared flows of a tenant spec (catalogue flows and reasoned exceptions, `all` resolved). */
export function declaredFlowsOf(spec: TenantSpec): DeclaredFlow[] {
  return Object.values(spec.network.flows).map((f) => ({
    id: f.id, from: f.from, targets: f.targets, proto: f.protocol,
    ports: f.ports === undefined ? portsOf(f.protocol) : (parsePortList(f.ports) ?? portsOf(f.protocol)),
  }));
}

/**
 * The platform services of a tenant without resolved guest services (a spec of a tenant without
 * guests): the log collector of the spec, for every guest.
 */
export function platformServicesOf(spec: TenantSpec): ServiceTarget[] {
  const m = /^(.*):(\d+)$/.exec(spec.logging.collector);
  return m === null ? [] : [{ name: 'log collector', host: m[1] as string, proto: 'tcp', ports: [{ from: Number(m[2]), to: Number(m[2]) }] }];
}

/**
 * The platform services a guest of `profile` needs (the catalogue's vetted list), one target per
 * service, protocol and address, from the tenant's resolved `guestServices` (fleet addresses).
 */
export function profileServicesOf(spec: TenantSpec, profile: string | undefined): ServiceTarget[] {
  if (profile === undefined || !isGuestProfile(profile)) return [];
  return GUEST_CATALOGUE[profile].services.flatMap((name) => {
    const svc = spec.guestServices?.[name];
    if (svc === undefined) return [];
    return svc.ports.flatMap((p) => svc.addresses.map((address) => ({
      name: `${name} (${p.protocol})`, host: address, address, proto: p.protocol, ports: parsePortList(p.ports) ?? NO_PORTS,
    })));
  });
}

function refKey(r: RuleRef): string {
  return `${r.address}|${r.index ?? ''}|${r.kind}`;
}

function firstRule(ds: readonly Decision[], ports: PortSet): RuleRef | undefined {
  return ds.find((d) => !isEmpty(intersect(d.ports, ports)))?.by;
}

/** Options of {@link analyseTenant}. */
export interface AnalyseOptions {
  /** Declared flows; absent: the matrix is computed but the flow proofs are not made. */
  readonly flows?: readonly DeclaredFlow[];
  /** Platform services every guest needs (when `servicesOf` is absent). */
  readonly services?: readonly ServiceTarget[];
  /**
   * The platform services a guest needs, by its profile (the catalogue's vetted list). With it, the
   * service proof checks each guest's own list, and the outbound proof runs: no guest NIC's OUT
   * chain lets a connection start to a place no declared flow or needed service names.
   */
  readonly servicesOf?: (profile: string | undefined) => readonly ServiceTarget[];
  /** The tenant's address block (spec `network.block`); ACCEPT rules with sources outside it cross tenants. */
  readonly block?: string;
}

/** Computes the flow matrix and the proofs of one tenant. */
export function analyseTenant(net: TenantNetwork, options: AnalyseOptions = {}): TenantReachability {
  const violations: Counterexample[] = [];
  const matrix: MatrixCell[] = [];
  const names = net.segments.map((s) => s.name);
  const bySeg = new Map(names.map((n) => [n, net.endpoints.filter((e) => e.segment === n)]));
  const declared = new Map<string, PortSet>();
  for (const f of options.flows ?? []) for (const t of f.targets) declared.set(`${f.from}>${t}/${f.proto}`, union(declared.get(`${f.from}>${t}/${f.proto}`) ?? NO_PORTS, f.ports));
  let segmentPairs = 0;
  for (const a of names) {
    for (const b of names) {
      for (const proto of PROTOCOLS) {
        let ports: PortSet = NO_PORTS;
        const rules = new Map<string, RuleRef>();
        for (const s of bySeg.get(a) ?? []) {
          for (const d of bySeg.get(b) ?? []) {
            // A router sends to segment b from its own NIC there: that is traffic inside b, counted
            // with that NIC as the origin, not as a crossing from a.
            if (s.guest === d.guest || (a !== b && onSegment(net, s.guest, b))) continue;
            const r = evaluatePath(net, s, d, proto, portsOf(proto), 'may');
            ports = union(ports, r.accepted);
            for (const x of r.acceptedBy) rules.set(refKey(x.by), x.by);
            if (a === b || options.flows === undefined) continue;
            const extra = subtract(r.accepted, declared.get(`${a}>${b}/${proto}`) ?? NO_PORTS);
            if (!isEmpty(extra)) {
              const rule = firstRule(r.acceptedBy, extra);
              violations.push({
                kind: 'undeclared', tenant: net.tenant, src: s.id, dst: d.id, proto, ports: formatPorts(extra), rule,
                message: `${a} -> ${b} ${proto}/${formatPorts(extra)} flows (${s.label} -> ${d.label}) but no declared flow allows it; let through by ${describeRule(rule)}${net.zoneType === 'evpn' ? EVPN_ONLY_FILTER : ''}`,
              });
            }
          }
        }
        if (a !== b) segmentPairs += 1;
        if (!isEmpty(ports)) matrix.push({ from: a, to: b, proto, ports, rules: [...rules.values()] });
      }
    }
  }
  let declaredChecked = 0;
  for (const f of options.flows ?? []) {
    for (const t of f.targets) {
      declaredChecked += 1;
      for (const s of bySeg.get(f.from) ?? []) {
        // A guest on both segments (the edge) is no origin of a flow between them: it sends from
        // its NIC on the target segment; likewise it is reached on its NIC on the origin segment.
        if (onSegment(net, s.guest, t)) continue;
        for (const d of bySeg.get(t) ?? []) {
          if (s.guest === d.guest || onSegment(net, d.guest, f.from)) continue;
          const r = evaluatePath(net, s, d, f.proto, f.ports, 'must');
          const missing = subtract(f.ports, r.accepted);
          if (isEmpty(missing)) continue;
          const rule = firstRule(r.blocked, missing);
          violations.push({
            kind: 'declared-blocked', tenant: net.tenant, src: s.id, dst: d.id, proto: f.proto, ports: formatPorts(missing), rule, subject: f.id,
            message: `declared flow ${f.id} (${f.from} -> ${t} ${f.proto}/${formatPorts(f.ports)}) is blocked for ${formatPorts(missing)} (${s.label} -> ${d.label}) by ${describeRule(rule)}`,
          });
        }
      }
    }
  }
  const block = options.block === undefined ? undefined : parseAddress(options.block);
  const inside = block !== undefined ? [block] : net.segments.map((s) => s.cidr).filter((c): c is AddrRange => c !== undefined);
  const outside = outsideRanges(inside);
  // Sources outside the tenant, without 0.0.0.0: a packet from the unspecified address (a DHCP
  // client without an address, RFC 1122 §3.2.1.3) is never forwarded by a router (RFC 1812
  // §5.3.7), so it arrives only from the receiving NIC's own segment.
  const outsideSources = outsideRanges([...inside, UNSPECIFIED]);
  for (const d of net.endpoints) {
    if (d.segment === undefined) continue;
    for (const proto of PROTOCOLS) {
      let seen: PortSet = NO_PORTS;
      // Every address outside the tenant, as the few ranges around its block: a rule whose source
      // overlaps them lets outside traffic in (may mode counts partial overlaps).
      for (const src of outsideSources) {
        const r = evaluateChain({ guest: d.firewall, nic: d.nic, nicFirewall: d.nicFirewall, direction: 'in', src, dst: d.addr, proto, ports: portsOf(proto), mode: 'may' }, net.cluster);
        for (const dec of r) {
          const fresh = subtract(dec.ports, seen);
          if (dec.verdict !== 'ACCEPT' || isEmpty(fresh)) continue;
          seen = union(seen, fresh);
          violations.push({
            kind: 'outside-source', tenant: net.tenant, src: '(outside the tenant)', dst: d.id, proto, ports: formatPorts(fresh), rule: dec.by,
            message: `${d.label} in ${d.segment} accepts ${proto}/${formatPorts(fresh)} from sources outside the tenant; let through by ${describeRule(dec.by)}`,
          });
        }
      }
    }
  }
  let servicePaths = 0;
  const guestIds = [...new Set(net.endpoints.filter((e) => e.kind === 'guest').map((e) => e.guest))].sort();
  for (const g of guestIds) {
    const nics = net.endpoints.filter((e) => e.guest === g);
    // A guest starts its platform connections from its uplink when it has one (the edge), else
    // from its first NIC (TenantFirewall puts the service rules there). Without `servicesOf`
    // (no resolved guest services) every NIC of every guest is checked against `services`.
    const uplink = nics.find((e) => e.segment === undefined);
    const sources = options.servicesOf === undefined ? nics.filter((e) => e.segment !== undefined) : [uplink ?? nics[0]].filter((e): e is Endpoint => e !== undefined);
    for (const s of sources) {
      for (const svc of options.servicesOf?.(s.profile) ?? options.services ?? []) {
        servicePaths += 1;
        const known = parseAddress(svc.address ?? svc.host) !== undefined;
        const r = evaluateServicePath(net, s, svc, known ? 'must' : 'may');
        const missing = subtract(svc.ports, r.accepted);
        if (isEmpty(missing)) continue;
        const rule = firstRule(r.blocked, missing);
        violations.push({
          kind: 'service-unreachable', tenant: net.tenant, src: s.id, dst: `${svc.name} (${svc.host})`, proto: svc.proto, ports: formatPorts(missing), rule, subject: svc.name,
          message: `${s.label} cannot reach the ${svc.name} ${svc.host} ${svc.proto}/${formatPorts(missing)}: ${describeRule(rule)}`,
        });
      }
    }
  }
  let outboundChains = 0;
  if (options.servicesOf !== undefined && options.flows !== undefined) {
    const servicesOf = options.servicesOf;
    const allServices = [...new Map(net.endpoints.filter((e) => e.kind === 'guest' && e.segment !== undefined).flatMap((e) => servicesOf(e.profile)).map((t) => [`${t.name}|${t.host}`, t])).values()];
    // The limited broadcast is its own piece: it never leaves the sender's segment (RFC 1812
    // §5.3.5.1), so it is link-local to the NIC, not a place outside the tenant.
    const outsidePieces = splitRanges(outside, [...allServices.map((t) => parseAddress(t.address ?? t.host)).filter((a): a is AddrRange => a !== undefined), BROADCAST]);
    for (const s of net.endpoints) {
      if (s.kind !== 'guest') continue;
      outboundChains += 1;
      // What this NIC may start: to a tenant segment, the declared flows out of its segment; out of
      // the tenant, the services its guest needs (an uplink forwards the services of every guest).
      const needed = s.segment === undefined ? allServices : servicesOf(s.profile);
      const dhcpServer = servesDhcp(net, s);
      const targets: { name: string; dst: AddrRange | undefined; allowed: (p: Protocol) => PortSet; dhcpReplies: boolean }[] = [
        ...net.segments.map((t) => ({ name: `segment ${t.name}`, dst: t.cidr, allowed: (p: Protocol) => (s.segment === undefined ? NO_PORTS : declared.get(`${s.segment}>${t.name}/${p}`) ?? NO_PORTS), dhcpReplies: dhcpServer && t.name === s.segment })),
        ...outsidePieces.map((piece) => {
          const broadcast = piece.lo === BROADCAST.lo && piece.hi === BROADCAST.hi;
          return {
            name: broadcast ? `the limited broadcast ${formatRange(piece)} (link-local${s.segment !== undefined ? ` to ${s.segment}` : ''})` : `outside the tenant (${formatRange(piece)})`, dst: piece,
            allowed: (p: Protocol) => needed.filter((t) => t.proto === p && covers(parseAddress(t.address ?? t.host), piece)).reduce<PortSet>((a, t) => union(a, t.ports), NO_PORTS),
            dhcpReplies: dhcpServer && broadcast,
          };
        }),
      ];
      for (const t of targets) {
        for (const proto of PROTOCOLS) {
          const ds = evaluateChain({ guest: s.firewall, nic: s.nic, nicFirewall: s.nicFirewall, direction: 'out', src: s.addr, dst: t.dst, proto, ports: portsOf(proto), mode: 'may' }, net.cluster);
          // The DHCP server's replies to its own segment (the offered address or the limited
          // broadcast) are expected; only a rule of exactly that shape is excused.
          const accepted = ds.filter((d) => d.verdict === 'ACCEPT' && !(t.dhcpReplies && isDhcpReplyRule(s, d.by))).reduce<PortSet>((a, d) => union(a, d.ports), NO_PORTS);
          const extra = subtract(accepted, t.allowed(proto));
          if (isEmpty(extra)) continue;
          const rule = firstRule(ds.filter((d) => d.verdict === 'ACCEPT'), extra);
          violations.push({
            kind: 'undeclared-out', tenant: net.tenant, src: s.id, dst: t.name, proto, ports: formatPorts(extra), rule,
            message: `${s.label}${s.segment !== undefined ? ` in ${s.segment}` : ' (uplink)'} may start ${proto}/${formatPorts(extra)} to ${t.name}, which no declared flow or needed platform service names; let through by ${describeRule(rule)}`,
          });
        }
      }
    }
  }
  return {
    tenant: net.tenant, zoneType: net.zoneType, segments: names, guests: new Set(net.endpoints.filter((e) => e.kind === 'guest').map((e) => e.guest)).size,
    endpoints: net.endpoints.length, matrix, violations, checked: { declaredFlows: declaredChecked, segmentPairs, servicePaths, outboundChains },
  };
}

/** 0.0.0.0, the unspecified address. */
const UNSPECIFIED: AddrRange = { lo: 0, hi: 0 };
/** 255.255.255.255, the limited broadcast. */
const BROADCAST: AddrRange = { lo: 0xffffffff, hi: 0xffffffff };

/**
 * The NIC is its segment's DHCP server: the zone type's DHCP is the edge's (lib/model/zone-routing.ts),
 * the segment serves DHCP, and the NIC holds the segment's gateway address (the edge owning it).
 */
export function servesDhcp(net: TenantNetwork, e: Endpoint): boolean {
  const zone = (ZONE_ROUTING as Readonly<Record<string, ZoneRouting | undefined>>)[net.zoneType];
  if (zone?.dhcp !== 'edge' || e.segment === undefined || e.addr === undefined || e.addr.lo !== e.addr.hi) return false;
  const seg = net.segments.find((x) => x.name === e.segment);
  const gw = seg?.gateway === undefined ? undefined : parseAddress(seg.gateway);
  return seg?.dhcp === true && gw !== undefined && gw.lo === e.addr.lo;
}

/**
 * The rule is a DHCP server's reply rule on this NIC (TenantFirewall's routerDhcpRules): OUT udp
 * sport 67 -> dport 68 and nothing wider. The chain model ignores `sport`, so the shape decides
 * which accepted udp/68 is a DHCP reply: any other rule opening udp/68 stays a counter-example.
 */
function isDhcpReplyRule(e: Endpoint, ref: RuleRef): boolean {
  if (ref.kind !== 'rule' || ref.group !== undefined || ref.index === undefined || ref.address !== e.firewall.rulesAddress) return false;
  const r = e.firewall.rules[ref.index];
  return r !== undefined && (r.type ?? '').toLowerCase() === 'out' && (r.proto ?? '').toLowerCase() === 'udp'
    && r.sport === DHCP_SERVER_PORT && r.dport === DHCP_CLIENT_PORT && r.iface === e.nic && r.macro === undefined;
}

function onSegment(net: TenantNetwork, guest: string, segment: string): boolean {
  return net.endpoints.some((e) => e.guest === guest && e.segment === segment);
}

/** `a.b.c.d-e.f.g.h` (or one address) of a range, for reports. */
function formatRange(r: AddrRange): string {
  const ip = (n: number) => [24, 16, 8, 0].map((b) => (n >>> b) & 255).join('.');
  return r.lo === r.hi ? ip(r.lo) : `${ip(r.lo)}-${ip(r.hi)}`;
}

/** Whether `outer` covers all of `inner`. */
function covers(outer: AddrRange | undefined, inner: AddrRange): boolean {
  return outer !== undefined && outer.lo <= inner.lo && inner.hi <= outer.hi;
}

/** `ranges` cut at the bounds of `cuts`, so each piece lies wholly inside or outside every cut. */
export function splitRanges(ranges: readonly AddrRange[], cuts: readonly AddrRange[]): AddrRange[] {
  const points = [...new Set(cuts.flatMap((c) => [c.lo, c.hi + 1]))].sort((a, b) => a - b);
  const out: AddrRange[] = [];
  for (const r of ranges) {
    let lo = r.lo;
    for (const p of points) {
      if (p <= lo || p > r.hi) continue;
      out.push({ lo, hi: p - 1 });
      lo = p;
    }
    out.push({ lo, hi: r.hi });
  }
  return out;
}

/** The IPv4 ranges not covered by `inside` (sorted, merged). */
export function outsideRanges(inside: readonly AddrRange[]): AddrRange[] {
  const sorted = [...inside].sort((x, y) => x.lo - y.lo);
  const out: AddrRange[] = [];
  let next = 0;
  for (const r of sorted) {
    if (r.lo > next) out.push({ lo: next, hi: r.lo - 1 });
    next = Math.max(next, r.hi + 1);
  }
  if (next <= 0xffffffff) out.push({ lo: next, hi: 0xffffffff });
  return out;
}

/** `resource[index] "comment"`, or the note of a policy, filter or routing fact. */
export function describeRule(r: RuleRef | undefined): string {
  if (r === undefined) return '(no rule)';
  if (r.kind === 'rule') return `${r.address} rule ${r.index ?? '?'}${r.group !== undefined ? ` (security group ${r.group})` : ''} "${r.note}"`;
  return `${r.note}${r.address !== '' ? ` (${r.address})` : ''}`;
}

/** True when the ports of `want` are all allowed from `from` to `to` in the matrix. */
export function matrixAllows(result: TenantReachability, from: string, to: string, proto: Protocol, want: PortSet): boolean {
  const cell = result.matrix.find((c) => c.from === from && c.to === to && c.proto === proto);
  return cell !== undefined && isSubset(want, cell.ports);
}
