/**
 * TenantFirewall (L2): the Proxmox firewall objects that enforce a tenant's segmentation on the
 * guests (docs/segmentation.md):
 *   - one cluster-level IP set per segment (the segment's CIDR);
 *   - one security group per segment with the inbound ACCEPT rules of every flow into it
 *     (source `+<IP set of the flow's origin>`), sorted by flow ID;
 *   - per guest: firewall options (enabled, input DROP, output DROP, dropped traffic logged),
 *     an `ipfilter-<nic>` IP set (anti-spoofing: the guest may only send from its segment), and
 *     rules that attach the segment's security group followed by an explicit, logged DROP; then
 *     the outbound rules (what the guest may start: its segment's declared flows and its platform
 *     services) followed by an explicit, logged outbound DROP.
 * Renders resolved values only: names, CIDRs and VM IDs are given in props.
 */
import { Construct } from 'constructs';
import type { FlowProtocol } from '../model/flows';
import { type FirewallLogLevel, type TenantIdentity } from '../model/tenant-identity';
import { VirtualEnvironmentClusterFirewallSecurityGroup } from '../providers/proxmox/virtual-environment-cluster-firewall-security-group';
import { VirtualEnvironmentFirewallIpset } from '../providers/proxmox/virtual-environment-firewall-ipset';
import { VirtualEnvironmentFirewallOptions } from '../providers/proxmox/virtual-environment-firewall-options';
import { VirtualEnvironmentFirewallRules } from '../providers/proxmox/virtual-environment-firewall-rules';
import { validateTenantFirewallProps } from './validate-tenant-firewall-props';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
export { FLOW_PROTOCOLS, FLOW_SOURCES, GUEST_KINDS } from './validate-tenant-firewall-props';

/** Protocols a flow may open (the flow catalogue's type). */
export type { FlowProtocol };
/** Where a flow comes from: the vetted catalogue or a reasoned exception. */
export type FlowSource = 'catalogue' | 'exception';
/** Guest kind: selects `vm_id` or `container_id` on the firewall resources. */
export type GuestKind = 'vm' | 'container';

/** Log level of dropped inbound traffic (guest option and final DROP rule). */
export const DEFAULT_LOG_LEVEL_IN: FirewallLogLevel = 'info';
/** Log level of the guest option `log_level_out` (the explicit outbound DROP rule logs at the inbound level). */
export const DEFAULT_LOG_LEVEL_OUT: FirewallLogLevel = 'nolog';
/** Log level of accepted flows in the security groups. */
export const DEFAULT_LOG_LEVEL_ACCEPT: FirewallLogLevel = 'nolog';
/** Guest NIC the segment's anti-spoofing IP set applies to. */
export const DEFAULT_GUEST_NIC = 'net0';

/**
 * The vetted guest firewall options. Default-deny in both directions: inbound the segment's
 * security group, outbound only what the guest may start (rules per declared flow and platform
 * service). DHCP and NDP allowed so that address configuration works: with `dhcp` on (the default)
 * pve-firewall puts a DHCP client rule first in each tap chain, before the IP filter and the
 * rules — OUT udp sport 68 -> dport 67 accepted, IN udp sport 67 -> dport 68 accepted
 * (proxmox/pve-firewall src/PVE/Firewall.pm @ 6f1311f, ruleset_create_vm_chain L2564-2590), so a
 * guest on a DHCP segment gets its address under output policy DROP without a rule of ours.
 * Router advertisements from guests refused; MAC and IP filters on against spoofing.
 */
export const GUEST_FIREWALL_OPTIONS = Object.freeze({
  enabled: true,
  inputPolicy: 'DROP',
  outputPolicy: 'DROP',
  dhcp: true,
  ndp: true,
  radv: false,
  macfilter: true,
  ipfilter: true,
} as const);

/** One segment as the firewall sees it. */
export interface FirewallSegment {
  /** IPv4 prefix of the segment. */
  readonly cidr: string;
  /** Cluster-wide security group name (allocated; at most 18 characters). */
  readonly securityGroup: string;
  /** Cluster-wide IP set name holding the segment's CIDR (allocated; at most 18 characters). */
  readonly ipSet: string;
  /**
   * The tenant's router (the edge owning the gateways) is the segment's DHCP server (a `dhcp: true`
   * segment in a zone type whose DHCP the edge serves: lib/model/zone-routing.ts). Its NIC on the
   * segment then gets the DHCP server rules (`routerDhcpRules` in this module).
   * @default false
   */
  readonly dhcpByRouter?: boolean;
}

/** An allowed flow between two segments (resolved: `to` is one segment, never "all"). */
export interface FirewallFlow {
  /** Origin segment (a key of `segments`). */
  readonly from: string;
  /** Target segment (a key of `segments`); the rule lands in its security group. */
  readonly to: string;
  /** Protocol opened. */
  readonly protocol: FlowProtocol;
  /**
   * Destination ports: "443", "8000:8080" or a comma list; not allowed for icmp.
   * @default - all ports of the protocol
   */
  readonly ports?: string;
  /** Why the flow exists; written into the rule comment for reviewers and auditors. */
  readonly reason: string;
  /** Catalogue entry or reasoned exception; shown in the rule comment. */
  readonly source: FlowSource;
}

/** A guest whose firewall this construct manages. */
export interface FirewallGuest {
  /** Proxmox node the guest runs on. */
  readonly node: string;
  /** Cluster-wide VM ID (100-999999999). */
  readonly vmId: number;
  /** Segment the guest's NIC is attached to (a key of `segments`). */
  readonly segment: string;
  /**
   * Virtual machine or container.
   * @default 'vm'
   */
  readonly kind?: GuestKind;
  /**
   * The guest NIC attached to the segment (its `ipfilter-<nic>` set gets the segment CIDR).
   * @default DEFAULT_GUEST_NIC ('net0')
   */
  readonly nic?: string;
  /**
   * Further NICs of the guest on other segments, NIC name -> segment (the edge appliance has one
   * per segment). Each gets its own `ipfilter-<nic>` set unless the guest is a router: with
   * `ipfilter` on, pve-firewall gives a NIC without such a set an implicit empty one, which drops
   * everything the NIC sends (proxmox/pve-firewall src/PVE/Firewall.pm, commit 6f1311f, L4514-4530
   * implicit sets, L2633-2636 `! --match-set <ipfilter set> src -j DROP`).
   * @default - the one NIC `nic`
   */
  readonly extraNics?: Readonly<Record<string, string>>;
  /**
   * The guest routes between its NICs (the edge appliance owning the segment gateways): it sends
   * packets with other hosts' source addresses (forwarded traffic), which the IP filter would drop
   * (Firewall.pm L2633-2636), so `ipfilter` is off for it and no `ipfilter-<nic>` set is written;
   * the MAC filter stays on. Inbound, each NIC accepts its own segment's addresses (the guests use
   * it as their gateway) instead of the segment's security group; the final logged DROP stays.
   * @default false
   */
  readonly router?: boolean;
  /**
   * A router's own address per NIC (without prefix length), e.g. the segment gateways it owns:
   * the destination of its management rule (SSH/HTTPS from the management segment only).
   * @default - no management rule
   */
  readonly addresses?: Readonly<Record<string, string>>;
  /**
   * A router's uplink NIC, on a bridge outside the tenant's vnets: where it forwards the guests'
   * traffic to the platform services. No rule accepts anything arriving on it.
   * @default - no uplink
   */
  readonly uplinkNic?: string;
  /**
   * The platform services the guest itself starts connections to (its profile's): outbound rules
   * on its first NIC, on a router's uplink. Each needs an `address`.
   * @default - none
   */
  readonly services?: readonly FirewallPlatformService[];
}

/** A platform service the tenant's guests need, reached through the router's uplink. */
export interface FirewallPlatformService {
  /** Shown in rule comments (`log collector`). */
  readonly name: string;
  /** Protocol of the service's port. */
  readonly protocol: 'tcp' | 'udp';
  /** Destination ports ("6514"). */
  readonly ports: string;
  /**
   * The service's IPv4 addresses or prefixes, comma-separated (pve-firewall accepts address lists:
   * Firewall.pm @ 6f1311f parse_address_list L1072-1090). Without one (a host name: pve-firewall
   * rules cannot match names) a router forwards the port to every address outside the tenant's
   * block (the router's `beyond-tenant` IP set); a guest's own outbound rule needs one.
   * @default - every address outside `tenantBlock` (routers only)
   */
  readonly address?: string;
}

/**
 * The IPv4 limited broadcast address. DHCP clients without an address send their requests there
 * and servers may answer there (RFC 2131 §4.1). A router never forwards it (RFC 1812 §5.3.5.1,
 * RFC 919): it stays on the link it was sent on.
 */
export const LIMITED_BROADCAST = '255.255.255.255';
/** The unspecified source address a DHCP client sends from before it has an address (RFC 2131 §4.1, RFC 1122 §3.2.1.3). */
export const UNSPECIFIED_ADDRESS = '0.0.0.0';
/** DHCP server port (RFC 2131 §4.1). */
export const DHCP_SERVER_PORT = '67';
/** DHCP client port (RFC 2131 §4.1). */
export const DHCP_CLIENT_PORT = '68';

/** Name of a router's guest IP set holding every IPv4 address outside the tenant's block. */
export const BEYOND_TENANT_IPSET = 'beyond-tenant';
/** Ports of the router's own management (SSH, HTTPS), from the management segment only. */
export const ROUTER_MANAGEMENT_PORTS = '22,443';
/** The segment the router's own management is reached from. */
export const ROUTER_MANAGEMENT_SEGMENT = 'management';

export interface TenantFirewallProps {
  /** The tenant the firewall objects belong to (used in comments). */
  readonly tenant: TenantIdentity;
  /** Segments keyed by stable segment name (part of the Terraform addresses). */
  readonly segments: Readonly<Record<string, FirewallSegment>>;
  /** Allowed flows keyed by flow ID (catalogue ID or exception key). */
  readonly flows: Readonly<Record<string, FirewallFlow>>;
  /**
   * Guests keyed by stable guest name (part of the Terraform addresses).
   * @default - no guests: only IP sets and security groups
   */
  readonly guests?: Readonly<Record<string, FirewallGuest>>;
  /**
   * Log level of dropped inbound traffic (guest option `log_level_in` and the final DROP rule).
   * @default DEFAULT_LOG_LEVEL_IN ('info')
   */
  readonly logLevelIn?: FirewallLogLevel;
  /**
   * Log level of outbound traffic (guest option `log_level_out`).
   * @default DEFAULT_LOG_LEVEL_OUT ('nolog')
   */
  readonly logLevelOut?: FirewallLogLevel;
  /**
   * Log level of the ACCEPT rules in the security groups.
   * @default DEFAULT_LOG_LEVEL_ACCEPT ('nolog')
   */
  readonly logLevelAccept?: FirewallLogLevel;
  /**
   * Platform services the guests of each segment need, by segment name: a router forwards exactly
   * these from the segment to its uplink (inbound on its segment NIC, outbound on its uplink).
   * @default - none
   */
  readonly segmentServices?: Readonly<Record<string, readonly FirewallPlatformService[]>>;
  /**
   * The tenant's address block (`a.b.c.d/n`): the complement of a router's `beyond-tenant` set.
   * @default - required when a router forwards to a platform service without an address
   */
  readonly tenantBlock?: string;
}

/** The firewall resources of one guest. */
export interface GuestFirewall {
  readonly options: VirtualEnvironmentFirewallOptions;
  readonly rules: VirtualEnvironmentFirewallRules;
  /** The `ipfilter-<nic>` set of the guest's first NIC; absent for a router. */
  readonly ipFilter?: VirtualEnvironmentFirewallIpset;
  /** The `ipfilter-<nic>` sets of the further NICs (`extraNics`), by NIC name; empty for a router. */
  readonly extraIpFilters: Readonly<Record<string, VirtualEnvironmentFirewallIpset>>;
  /** A router's IP set of every address outside the tenant (a guest IP set: written into the guest's firewall). */
  readonly beyondTenant?: VirtualEnvironmentFirewallIpset;
}

/** Renders a tenant's IP sets, security groups and guest firewalls. */
export class TenantFirewall extends Construct {
  /** Cluster IP sets keyed by segment name. */
  public readonly ipSets: Readonly<Record<string, VirtualEnvironmentFirewallIpset>>;
  /** Cluster security groups keyed by segment name. */
  public readonly securityGroups: Readonly<Record<string, VirtualEnvironmentClusterFirewallSecurityGroup>>;
  /** Guest firewall resources keyed by guest name. */
  public readonly guests: Readonly<Record<string, GuestFirewall>>;

  public constructor(scope: Construct, id: string, props: TenantFirewallProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const { problems, segmentNames, flowIds, guestNames } = validateTenantFirewallProps(props);
    problems.throwIfAny('TenantFirewall', this.node.path);

    const logIn = props.logLevelIn ?? DEFAULT_LOG_LEVEL_IN;
    const logOut = props.logLevelOut ?? DEFAULT_LOG_LEVEL_OUT;
    const logAccept = props.logLevelAccept ?? DEFAULT_LOG_LEVEL_ACCEPT;
    const tenantKey = props.tenant.key;

    const ipSets: Record<string, VirtualEnvironmentFirewallIpset> = {};
    for (const name of segmentNames) {
      const seg = props.segments[name] as FirewallSegment;
      ipSets[name] = new VirtualEnvironmentFirewallIpset(segmentScope(this, name), 'IpSet', {
        name: seg.ipSet,
        comment: `${tenantKey} ${name}: segment addresses`,
        cidr: [{ name: seg.cidr, comment: `${tenantKey} ${name}` }],
      });
    }

    const securityGroups: Record<string, VirtualEnvironmentClusterFirewallSecurityGroup> = {};
    for (const name of segmentNames) {
      const seg = props.segments[name] as FirewallSegment;
      const inbound = flowIds.filter((flowId) => (props.flows[flowId] as FirewallFlow).to === name);
      const sources = [...new Set(inbound.map((flowId) => (props.flows[flowId] as FirewallFlow).from))].sort();
      const rules = inbound.map((flowId) => {
        const flow = props.flows[flowId] as FirewallFlow;
        return {
          type: 'in',
          action: 'ACCEPT',
          source: `+${(props.segments[flow.from] as FirewallSegment).ipSet}`,
          proto: flow.protocol,
          ...(flow.ports !== undefined ? { dport: flow.ports } : {}),
          comment: `${flowId} (${flow.source}): ${flow.reason}`,
          log: logAccept,
        };
      });
      securityGroups[name] = new VirtualEnvironmentClusterFirewallSecurityGroup(segmentScope(this, name), 'SecurityGroup', {
        name: seg.securityGroup,
        comment: `${tenantKey} ${name}: inbound flows`,
        ...(rules.length > 0 ? { rule: rules } : {}),
        // Proxmox checks that a referenced IP set exists when the rule is written.
        ...(sources.length > 0 ? { dependsOn: sources.map((s) => ipSets[s] as VirtualEnvironmentFirewallIpset) } : {}),
      });
    }

    const guests: Record<string, GuestFirewall> = {};
    for (const name of guestNames) {
      const guest = (props.guests as Record<string, FirewallGuest>)[name] as FirewallGuest;
      const seg = props.segments[guest.segment] as FirewallSegment;
      const gScope = new Construct(guestsScope(this), name);
      const target = guest.kind === 'container'
        ? { nodeName: guest.node, containerId: guest.vmId }
        : { nodeName: guest.node, vmId: guest.vmId };
      const nic = guest.nic ?? DEFAULT_GUEST_NIC;
      const nics: [string, string][] = [[nic, guest.segment], ...Object.entries(guest.extraNics ?? {})];
      const ipFilters: Record<string, VirtualEnvironmentFirewallIpset> = {};
      if (guest.router !== true) {
        for (const [n, segName] of nics) {
          ipFilters[n] = new VirtualEnvironmentFirewallIpset(gScope, n === nic ? 'IpFilter' : `IpFilter-${n}`, {
            ...target,
            name: `ipfilter-${n}`,
            comment: `${tenantKey} ${name}: source addresses allowed on ${n} (anti-spoofing)`,
            cidr: [{ name: (props.segments[segName] as FirewallSegment).cidr, comment: `segment ${segName}` }],
          });
        }
      }
      const sg = securityGroups[guest.segment] as VirtualEnvironmentClusterFirewallSecurityGroup;
      // Every router with an uplink keeps its `beyond-tenant` set, also when every service has
      // addresses and no rule references it: edges have carried it since guests were first
      // rendered, and a resource address may not disappear (test/blueprint/address-inventory).
      const beyond = guest.router === true && guest.uplinkNic !== undefined && props.tenantBlock !== undefined
        ? new VirtualEnvironmentFirewallIpset(gScope, 'BeyondTenant', {
          ...target,
          name: BEYOND_TENANT_IPSET,
          comment: `${tenantKey} ${name}: every IPv4 address outside the tenant block ${props.tenantBlock}`,
          // Two /1 halves instead of 0.0.0.0/0 (an ipset hash:net refuses prefix length 0: guess,
          // from ipset(8) "hash:net ... prefix 0 not allowed"), the tenant block excluded (nomatch).
          cidr: [
            { name: '0.0.0.0/1', comment: 'outside the tenant' },
            { name: '128.0.0.0/1', comment: 'outside the tenant' },
            { name: props.tenantBlock, nomatch: true, comment: 'the tenant block itself' },
          ],
        })
        : undefined;
      const inbound = guest.router === true
        ? routerRules(props, flowIds, nics, guest, logAccept)
        : [{ securityGroup: seg.securityGroup, comment: `inbound flows of segment ${guest.segment}` }];
      const rules = new VirtualEnvironmentFirewallRules(gScope, 'Rules', {
        ...target,
        rule: [
          ...inbound,
          { type: 'in', action: 'DROP', log: logIn, comment: 'default deny: drop and log all other inbound traffic' },
          ...(guest.router === true ? routerOutboundRules(props, flowIds, nics, guest, logAccept) : guestOutboundRules(props, flowIds, nics, guest, logAccept)),
          { type: 'out', action: 'DROP', log: logIn, comment: 'default deny: drop and log all other outbound traffic' },
        ],
        dependsOn: guest.router === true
          // Proxmox checks that a referenced IP set exists when the rule is written.
          ? [...segmentNames.map((segName) => ipSets[segName] as VirtualEnvironmentFirewallIpset), ...(beyond !== undefined ? [beyond] : [])]
          : [sg],
      });
      // Enable the firewall only once rules and the IP filter exist, so the guest is never cut off half-configured.
      const options = new VirtualEnvironmentFirewallOptions(gScope, 'Options', {
        ...target,
        ...GUEST_FIREWALL_OPTIONS,
        ...(guest.router === true ? { ipfilter: false } : {}),
        logLevelIn: logIn,
        logLevelOut: logOut,
        dependsOn: [rules, ...Object.values(ipFilters)],
      });
      const ipFilter = ipFilters[nic];
      const extraIpFilters = Object.fromEntries(Object.entries(ipFilters).filter(([n]) => n !== nic));
      guests[name] = Object.freeze({ options, rules, ...(ipFilter !== undefined ? { ipFilter } : {}), extraIpFilters: Object.freeze(extraIpFilters), ...(beyond !== undefined ? { beyondTenant: beyond } : {}) });
    }

    this.ipSets = Object.freeze(ipSets);
    this.securityGroups = Object.freeze(securityGroups);
    this.guests = Object.freeze(guests);
  }
}

function segmentScope(parent: Construct, name: string): Construct {
  return (parent.node.tryFindChild(name) as Construct | undefined) ?? new Construct(parent, name);
}

function guestsScope(parent: Construct): Construct {
  return (parent.node.tryFindChild('Guests') as Construct | undefined) ?? new Construct(parent, 'Guests');
}

/**
 * The inbound rules of a router (the edge owning the segment gateways), before its final DROP.
 *
 * Forwarded traffic: pve-firewall hooks each guest NIC's tap device into PVEFW-FORWARD; a packet
 * a guest sends to its gateway enters the router through the tap of the router's NIC on the
 * sender's segment, where it is bridged *towards* the router, so it passes that NIC's
 * `tap<vmid>i<n>-IN` chain (proxmox/pve-firewall src/PVE/Firewall.pm @ 6f1311f: PVEFW-FORWARD
 * jumps to PVEFW-FWBR-IN for the receiving tap, L4343-4361, generate_tap_rules_direction
 * L2851-2866; the lines lib/compliance/reachability/firewall-model.ts models). The router then
 * sends the packet out of its NIC on the receiver's segment (the `-OUT` chain of that tap: its
 * output policy ACCEPT and no IP filter, so it passes), and the receiver's own IN chain filters it
 * again. The IN chain of the router's NIC therefore decides which forwarded traffic may cross; a
 * rule names the NIC (`iface`, pfw ruleset_generate_vm_rules L2682-2685), the origin segment's IP
 * set as source and the target's as destination, so that nothing lets a whole segment reach the
 * router's other NICs or another segment on other ports.
 *
 * One rule per resolved flow (a flow to `all` is one flow per target already), in flow ID order;
 * then per segment NIC each platform service (source the segment, destination the service's
 * address or `beyond-tenant`); then the router's own management from the management segment only.
 */
function routerRules(props: TenantFirewallProps, flowIds: readonly string[], nics: readonly [string, string][], guest: FirewallGuest, logAccept: FirewallLogLevel): Record<string, unknown>[] {
  const nicOf = new Map(nics.map(([n, segName]) => [segName, n]));
  const out = forwardRules(props, flowIds, nics, guest, logAccept, 'in');
  const mgmtNic = nicOf.get(ROUTER_MANAGEMENT_SEGMENT);
  const mgmtAddress = mgmtNic === undefined ? undefined : guest.addresses?.[mgmtNic];
  if (mgmtNic !== undefined && mgmtAddress !== undefined) {
    out.push({
      type: 'in', action: 'ACCEPT', iface: mgmtNic, source: `+${(props.segments[ROUTER_MANAGEMENT_SEGMENT] as FirewallSegment).ipSet}`, dest: mgmtAddress, proto: 'tcp', dport: ROUTER_MANAGEMENT_PORTS,
      comment: `management of the router itself (SSH, HTTPS) from the ${ROUTER_MANAGEMENT_SEGMENT} segment only`, log: logAccept,
    });
  }
  out.push(...routerDhcpRules(props, nics, guest, logAccept).filter((r) => r.type === 'in'));
  return out;
}

/**
 * The DHCP server rules of a router on each NIC whose segment's DHCP it serves
 * (`FirewallSegment.dhcpByRouter`) and where its own address is known (`addresses`; the edge owns
 * the gateway there). pve-firewall's built-in DHCP rules are the client's only: OUT udp 68 -> 67,
 * IN udp 67 -> 68 (proxmox/pve-firewall src/PVE/Firewall.pm @ 6f1311f, ruleset_create_vm_chain
 * L2564-2590), so under input and output policy DROP a server's traffic needs rules of its own:
 * - IN, the requests (RFC 2131 §4.1, §4.4.1, §4.4.5): udp sport 68 -> dport 67, from the
 *   unspecified address 0.0.0.0 (a client without an address: DISCOVER, REQUEST) or from the
 *   segment's addresses (a client renewing its lease), to the limited broadcast or to the router's
 *   own address on that NIC. No tighter source is possible: a DISCOVER comes from 0.0.0.0.
 * - OUT, the replies: udp sport 67 -> dport 68 from the router's address there, to the segment's
 *   addresses (the offered address) or the limited broadcast (a client that asked for one).
 * Both name the NIC (`iface`, pfw ruleset_generate_vm_rules L2682-2685). Addresses are literal
 * lists, not the segment's IP set: pve-firewall takes an IP set only as the whole field, a list
 * only of addresses and prefixes (pfw parse_address_list L1072-1111; the list goes to iptables
 * `-s`/`-d` as written, ipt_gen_src_or_dst_match L2268), and both 0.0.0.0 and 255.255.255.255 are
 * valid Net::IP addresses there. A limited broadcast is never forwarded by a router (RFC 1812
 * §5.3.5.1), and a packet from 0.0.0.0 never either (RFC 1812 §5.3.7): both stay on the NIC's
 * segment.
 */
function routerDhcpRules(props: TenantFirewallProps, nics: readonly [string, string][], guest: FirewallGuest, logAccept: FirewallLogLevel): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [nic, segName] of nics) {
    const seg = props.segments[segName] as FirewallSegment;
    const own = guest.addresses?.[nic];
    if (seg.dhcpByRouter !== true || own === undefined) continue;
    out.push({
      type: 'in', action: 'ACCEPT', iface: nic, source: `${UNSPECIFIED_ADDRESS},${seg.cidr}`, dest: `${own},${LIMITED_BROADCAST}`,
      proto: 'udp', sport: DHCP_CLIENT_PORT, dport: DHCP_SERVER_PORT,
      comment: `DHCP requests of the ${segName} segment to the router (its DHCP server)`, log: logAccept,
    });
    out.push({
      type: 'out', action: 'ACCEPT', iface: nic, source: own, dest: `${seg.cidr},${LIMITED_BROADCAST}`,
      proto: 'udp', sport: DHCP_SERVER_PORT, dport: DHCP_CLIENT_PORT,
      comment: `DHCP replies of the router (DHCP server of the ${segName} segment)`, log: logAccept,
    });
  }
  return out;
}

/**
 * The rules of a router for the traffic it forwards, in one direction ({@link routerRules} `in`,
 * {@link routerOutboundRules} `out`): per declared flow between two of its segments, in flow ID
 * order, a rule on its NIC on the origin side (`in`) or the target side (`out`), source the
 * origin's IP set, destination the target's; then, with an uplink, per segment NIC and platform
 * service its guests need, a rule on that NIC (`in`) or on the uplink (`out`), source the
 * segment's IP set, destination the service's address or `beyond-tenant`.
 */
function forwardRules(props: TenantFirewallProps, flowIds: readonly string[], nics: readonly [string, string][], guest: FirewallGuest, logAccept: FirewallLogLevel, type: 'in' | 'out'): Record<string, unknown>[] {
  const nicOf = new Map(nics.map(([n, segName]) => [segName, n]));
  const ipSetOf = (segName: string) => `+${(props.segments[segName] as FirewallSegment).ipSet}`;
  const out: Record<string, unknown>[] = [];
  for (const flowId of flowIds) {
    const f = props.flows[flowId] as FirewallFlow;
    const nic = nicOf.get(type === 'in' ? f.from : f.to);
    if (nic === undefined || !nicOf.has(type === 'in' ? f.to : f.from)) continue;
    out.push({
      type, action: 'ACCEPT', iface: nic, source: ipSetOf(f.from), dest: ipSetOf(f.to), proto: f.protocol,
      ...(f.ports !== undefined ? { dport: f.ports } : {}),
      comment: `forward ${flowId} (${f.source}) ${f.from} -> ${f.to}: ${f.reason}`, log: logAccept,
    });
  }
  const uplink = guest.uplinkNic;
  if (uplink === undefined) return out;
  for (const [nic, segName] of nics) {
    for (const svc of props.segmentServices?.[segName] ?? []) {
      const dest = svc.address ?? (props.tenantBlock !== undefined ? `+${BEYOND_TENANT_IPSET}` : undefined);
      if (dest === undefined) continue;
      out.push({
        type, action: 'ACCEPT', iface: type === 'in' ? nic : uplink, source: ipSetOf(segName), dest, proto: svc.protocol, dport: svc.ports,
        comment: type === 'in' ? `forward ${segName} to the platform's ${svc.name} through ${uplink}` : `forward ${segName} to the platform's ${serviceText(svc)}`, log: logAccept,
      });
    }
  }
  return out;
}

/** `<protocol> <ports>` of a platform service, for rule comments. */
function serviceText(svc: FirewallPlatformService): string {
  return `${svc.name} (${svc.protocol} ${svc.ports})`;
}

/**
 * The outbound rules of an ordinary guest, before its final outbound DROP: per NIC, one ACCEPT per
 * declared flow out of the NIC's segment (destination the target segment's IP set, the flow's
 * protocol and ports), in flow ID order; then, on its first NIC, one per platform service it needs
 * (destination the service's addresses). Replies to inbound flows pass as ESTABLISHED
 * (PVEFW-FORWARD accepts RELATED,ESTABLISHED before the tap chains; the model in
 * lib/compliance/reachability/firewall-model.ts cites the lines). `iface` names the NIC, so a
 * guest on two segments opens each flow only where it belongs (pfw L2682-2685).
 */
function guestOutboundRules(props: TenantFirewallProps, flowIds: readonly string[], nics: readonly [string, string][], guest: FirewallGuest, logAccept: FirewallLogLevel): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [nic, segName] of nics) {
    for (const flowId of flowIds) {
      const f = props.flows[flowId] as FirewallFlow;
      if (f.from !== segName) continue;
      out.push({
        type: 'out', action: 'ACCEPT', iface: nic, dest: `+${(props.segments[f.to] as FirewallSegment).ipSet}`, proto: f.protocol,
        ...(f.ports !== undefined ? { dport: f.ports } : {}),
        comment: `${flowId} (${f.source}) ${f.from} -> ${f.to}: ${f.reason}`, log: logAccept,
      });
    }
  }
  const first = nics[0]?.[0];
  for (const svc of guest.services ?? []) {
    if (svc.address === undefined) throw new Error(`TenantFirewall: platform service ${svc.name} of guest ${guest.vmId} has no address (an outbound rule cannot match a host name)`);
    out.push({ type: 'out', action: 'ACCEPT', iface: first, dest: svc.address, proto: svc.protocol, dport: svc.ports, comment: `platform service ${serviceText(svc)}`, log: logAccept });
  }
  return out;
}

/**
 * The outbound rules of a router, before its final outbound DROP. A forwarded packet leaves the
 * router through the tap of its NIC on the receiver's side, whose `-OUT` chain it passes (the
 * mirror of the inbound case in {@link routerRules}): per declared flow, `iface` the NIC on the
 * target segment, source the origin's IP set, destination the target's; per segment NIC and
 * platform service its guests need, `iface` the uplink, source the segment's IP set, destination
 * the service; then the router's own platform services on the uplink (its own address there comes
 * from the platform's transfer network, so no source).
 */
function routerOutboundRules(props: TenantFirewallProps, flowIds: readonly string[], nics: readonly [string, string][], guest: FirewallGuest, logAccept: FirewallLogLevel): Record<string, unknown>[] {
  const out = forwardRules(props, flowIds, nics, guest, logAccept, 'out');
  const dhcp = routerDhcpRules(props, nics, guest, logAccept).filter((r) => r.type === 'out');
  if (guest.uplinkNic === undefined) return [...out, ...dhcp];
  for (const svc of guest.services ?? []) {
    if (svc.address === undefined) throw new Error(`TenantFirewall: platform service ${svc.name} of router ${guest.vmId} has no address (an outbound rule cannot match a host name)`);
    out.push({ type: 'out', action: 'ACCEPT', iface: guest.uplinkNic, dest: svc.address, proto: svc.protocol, dport: svc.ports, comment: `platform service ${serviceText(svc)} of the router itself`, log: logAccept });
  }
  return [...out, ...dhcp];
}
