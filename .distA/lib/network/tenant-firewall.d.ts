/**
 * TenantFirewall (L2): the Proxmox firewall objects that enforce a tenant's segmentation on the
 * guests (docs/segmentation.md):
 *   - one cluster-level IP set per segment (the segment's CIDR);
 *   - one security group per segment with the inbound ACCEPT rules of every flow into it
 *     (source `+<IP set of the flow's origin>`), sorted by flow ID;
 *   - per guest: firewall options (enabled, input DROP, output ACCEPT, dropped traffic logged),
 *     an `ipfilter-<nic>` IP set (anti-spoofing: the guest may only send from its segment), and
 *     rules that attach the segment's security group followed by an explicit, logged DROP.
 * Renders resolved values only: names, CIDRs and VM IDs are given in props.
 */
import { Construct } from 'constructs';
import type { FlowProtocol } from '../config/flows';
import type { FirewallLogLevel, TenantIdentity } from '../core/tenant';
import { VirtualEnvironmentClusterFirewallSecurityGroup } from '../providers/proxmox/virtual-environment-cluster-firewall-security-group';
import { VirtualEnvironmentFirewallIpset } from '../providers/proxmox/virtual-environment-firewall-ipset';
import { VirtualEnvironmentFirewallOptions } from '../providers/proxmox/virtual-environment-firewall-options';
import { VirtualEnvironmentFirewallRules } from '../providers/proxmox/virtual-environment-firewall-rules';
/** Protocols a flow may open (the flow catalogue's type). */
export type { FlowProtocol };
/** Where a flow comes from: the vetted catalogue or a reasoned exception. */
export type FlowSource = 'catalogue' | 'exception';
/** Guest kind: selects `vm_id` or `container_id` on the firewall resources. */
export type GuestKind = 'vm' | 'container';
export declare const FLOW_PROTOCOLS: readonly FlowProtocol[];
export declare const FLOW_SOURCES: readonly FlowSource[];
export declare const GUEST_KINDS: readonly GuestKind[];
/** Log level of dropped inbound traffic (guest option and final DROP rule). */
export declare const DEFAULT_LOG_LEVEL_IN: FirewallLogLevel;
/** Log level of outbound traffic (output policy is ACCEPT; logging every packet is noise). */
export declare const DEFAULT_LOG_LEVEL_OUT: FirewallLogLevel;
/** Log level of accepted flows in the security groups. */
export declare const DEFAULT_LOG_LEVEL_ACCEPT: FirewallLogLevel;
/** Guest NIC the segment's anti-spoofing IP set applies to. */
export declare const DEFAULT_GUEST_NIC = "net0";
/**
 * The vetted guest firewall options. Default-deny inbound, outbound open (other guests filter
 * their own inbound); DHCP and NDP allowed so that address configuration works; router
 * advertisements from guests refused; MAC and IP filters on against spoofing.
 */
export declare const GUEST_FIREWALL_OPTIONS: Readonly<{
    readonly enabled: true;
    readonly inputPolicy: "DROP";
    readonly outputPolicy: "ACCEPT";
    readonly dhcp: true;
    readonly ndp: true;
    readonly radv: false;
    readonly macfilter: true;
    readonly ipfilter: true;
}>;
/** One segment as the firewall sees it. */
export interface FirewallSegment {
    /** IPv4 prefix of the segment. */
    readonly cidr: string;
    /** Cluster-wide security group name (allocated; at most 18 characters). */
    readonly securityGroup: string;
    /** Cluster-wide IP set name holding the segment's CIDR (allocated; at most 18 characters). */
    readonly ipSet: string;
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
}
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
}
/** The firewall resources of one guest. */
export interface GuestFirewall {
    readonly options: VirtualEnvironmentFirewallOptions;
    readonly rules: VirtualEnvironmentFirewallRules;
    readonly ipFilter: VirtualEnvironmentFirewallIpset;
}
/** Renders a tenant's IP sets, security groups and guest firewalls. */
export declare class TenantFirewall extends Construct {
    /** Cluster IP sets keyed by segment name. */
    readonly ipSets: Readonly<Record<string, VirtualEnvironmentFirewallIpset>>;
    /** Cluster security groups keyed by segment name. */
    readonly securityGroups: Readonly<Record<string, VirtualEnvironmentClusterFirewallSecurityGroup>>;
    /** Guest firewall resources keyed by guest name. */
    readonly guests: Readonly<Record<string, GuestFirewall>>;
    constructor(scope: Construct, id: string, props: TenantFirewallProps);
}
