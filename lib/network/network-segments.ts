/**
 * NetworkSegments (L2): a tenant's Proxmox SDN zone (when the tenant owns it), one vnet per segment
 * and one subnet per vnet. Renders resolved values only: zone and vnet IDs, tags and CIDRs are
 * allocated beforehand (fleet.lock.yaml) and passed in as props.
 *
 * Zone ownership follows the zone type (docs/segmentation.md):
 *   - qinq, evpn: a zone per tenant (service VLAN / VRF VNI), created here;
 *   - vlan, vxlan: one platform-wide zone, referenced by ID only (`NetworkSegments.zoneFromAttributes`).
 */
import { Construct } from 'constructs';
import type { ZoneType } from '../model/parameters';
import type { TenantIdentity } from '../model/tenant-identity';
import { SdnApplier } from '../providers/proxmox/sdn-applier';
import { SdnSubnet } from '../providers/proxmox/sdn-subnet';
import { SdnVnet } from '../providers/proxmox/sdn-vnet';
import { SdnZoneEvpn } from '../providers/proxmox/sdn-zone-evpn';
import { SdnZoneQinq } from '../providers/proxmox/sdn-zone-qinq';
import { defaultVnetAlias, validateNetworkSegmentsProps } from './validate-network-segments-props';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
export { SEGMENT_TAG_RULES, ZONE_OWNER_BY_TYPE, defaultVnetAlias } from './validate-network-segments-props';

export type { ZoneType } from '../model/parameters';

/** Who owns (creates and deletes) an SDN zone. */
export type ZoneOwner = 'tenant' | 'platform';

/** The SDN zone the segments live in. */
export interface SegmentZone {
  /** Zone type; decides the meaning of segment tags and whether the tenant owns the zone. */
  readonly type: ZoneType;
  /** SDN zone ID (allocated; a letter, then letters and digits, at most 8 characters). */
  readonly id: string;
  /** Who owns the zone: `tenant` for qinq/evpn (created here), `platform` for vlan/vxlan (referenced). */
  readonly owner: ZoneOwner;
  /**
   * Linux bridge carrying the QinQ service VLAN (qinq only).
   * @default - none; required for qinq, not allowed otherwise
   */
  readonly bridge?: string;
  /**
   * QinQ service tag (S-tag) of the tenant, 1-4094 (qinq only).
   * @default - none; required for qinq, not allowed otherwise
   */
  readonly serviceTag?: number;
  /**
   * VNI of the tenant's VRF, 1-16777215 (evpn only).
   * @default - none; required for evpn, not allowed otherwise
   */
  readonly vrfVni?: number;
  /**
   * ID of the platform's EVPN controller (evpn only).
   * @default - none; required for evpn, not allowed otherwise
   */
  readonly controller?: string;
  /**
   * Proxmox nodes the tenant-owned zone is deployed to.
   * @default - all nodes of the cluster
   */
  readonly nodes?: readonly string[];
  /**
   * Exit nodes of an evpn zone: the nodes that route the tenant VRF out of the zone (evpn only).
   * A node outside this list keeps an `unreachable default` route in the VRF, so without exit
   * nodes no guest reaches anything outside its tenant (proxmox/pve-network
   * src/PVE/Network/SDN/Zones/EvpnPlugin.pm @ 2f37fdd: property `exitnodes` L58, a
   * `pve-node-list`; `generate_sdn_config` adds the unreachable default route unless the local
   * node is an exit node).
   * @default - none: the VRF has no route out
   */
  readonly exitNodes?: readonly string[];
  /**
   * MTU of the tenant-owned zone in bytes (576-9216).
   * @default - the Proxmox default for the zone type
   */
  readonly mtu?: number;
}

/** A DHCP range inside a segment (first and last address handed out). */
export interface DhcpRange {
  /** First address of the range. */
  readonly start: string;
  /** Last address of the range (not below `start`). */
  readonly end: string;
}

/** One allocated segment: rendered as one vnet and one subnet. */
export interface SegmentDefinition {
  /** SDN vnet ID (allocated; a letter, then letters and digits, at most 8 characters). */
  readonly vnetId: string;
  /** VLAN tag (vlan), customer tag (qinq) or VNI (vxlan, evpn). */
  readonly tag: number;
  /** IPv4 prefix of the segment, inside the tenant block, e.g. `10.20.4.0/25`. */
  readonly cidr: string;
  /** Gateway address of the segment (a host address of `cidr`). */
  readonly gateway: string;
  /**
   * Addresses handed out by DHCP. Proxmox serves SDN DHCP itself only in Simple zones; in the
   * zone types used here the range is recorded in the subnet (IPAM) for the tenant's DHCP service.
   * @default - no DHCP range
   */
  readonly dhcpRange?: DhcpRange;
  /**
   * Readable vnet alias shown in the Proxmox UI.
   * @default - "<tenant key> <segment name>", e.g. "musterstadt servers"
   */
  readonly alias?: string;
}

export interface NetworkSegmentsProps {
  /** The tenant the segments belong to. */
  readonly tenant: TenantIdentity;
  /** The zone: created when tenant-owned, referenced when platform-owned. */
  readonly zone: SegmentZone;
  /** The tenant's IPv4 address block; every segment lies inside it. */
  readonly block: string;
  /** Segments keyed by stable segment name (the name is part of the Terraform addresses). */
  readonly segments: Readonly<Record<string, SegmentDefinition>>;
}

/** What other constructs need to know about a rendered segment (plain values). */
export interface SegmentVnet {
  /** The vnet ID: the bridge name a guest NIC attaches to. */
  readonly id: string;
  /** Segment name (map key). */
  readonly segment: string;
  /** VLAN tag, C-tag or VNI. */
  readonly tag: number;
  readonly cidr: string;
  readonly gateway: string;
}

/** Renders a tenant's SDN zone (when tenant-owned), vnets and subnets. */
export class NetworkSegments extends Construct {
  /**
   * A platform-owned zone, referenced by ID: the tenant stack never creates or changes it.
   */
  public static zoneFromAttributes(attrs: { readonly type: 'vlan' | 'vxlan'; readonly id: string }): SegmentZone {
    return { type: attrs.type, id: attrs.id, owner: 'platform' };
  }

  /** The SDN zone ID the vnets belong to. */
  public readonly zoneId: string;
  /** The zone type. */
  public readonly zoneType: ZoneType;
  /** The zone resource (construct ID `Resource`) when the tenant owns the zone; undefined otherwise. */
  public readonly resource?: SdnZoneQinq | SdnZoneEvpn;
  /** Rendered vnets keyed by segment name. */
  public readonly vnets: Readonly<Record<string, SegmentVnet>>;
  /** Vnet resources keyed by segment name (for `dependsOn` of guests). */
  public readonly vnetResources: Readonly<Record<string, SdnVnet>>;
  /** Subnet resources keyed by segment name. */
  public readonly subnetResources: Readonly<Record<string, SdnSubnet>>;
  /**
   * Applies the tenant's SDN changes (PUT /cluster/sdn) after they were written; replaced, and so
   * run again, whenever the zone, a vnet or a subnet changes.
   */
  public readonly applier: SdnApplier;
  /**
   * Every SDN object of the tenant depends on it, so it is destroyed last: its destroy applies
   * the deletions (decommissioning, a removed segment).
   */
  public readonly finalizer: SdnApplier;

  public constructor(scope: Construct, id: string, props: NetworkSegmentsProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const { problems, names } = validateNetworkSegmentsProps(props);
    problems.throwIfAny('NetworkSegments', this.node.path);

    const { zone } = props;
    this.zoneId = zone.id;
    this.zoneType = zone.type;
    // Proxmox writes SDN objects to the pending configuration; only PUT /cluster/sdn applies them
    // to the nodes (pve-network src/PVE/API2/Network/SDN.pm `reload`). bpg's applier runs it on
    // create and on destroy (bpg/terraform-provider-proxmox v0.111.1 fwprovider/cluster/sdn/applier,
    // and its documented pattern examples/resources/proxmox_virtual_environment_sdn_applier/
    // resource.tf): an applier that depends on the SDN objects and is replaced when one of them
    // changes, and a finalizer they all depend on, destroyed after them. The apply is cluster-wide
    // (it also applies other tenants' pending objects); Proxmox has no narrower one.
    const finalizer = new SdnApplier(this, 'SdnFinalizer', {});
    this.finalizer = finalizer;

    if (zone.type === 'qinq') {
      this.resource = new SdnZoneQinq(this, 'Resource', {
        id: zone.id,
        bridge: zone.bridge as string,
        serviceVlan: zone.serviceTag as number,
        ...(zone.nodes ? { nodes: [...zone.nodes] } : {}),
        ...(zone.mtu !== undefined ? { mtu: zone.mtu } : {}),
        dependsOn: [finalizer],
      });
    } else if (zone.type === 'evpn') {
      this.resource = new SdnZoneEvpn(this, 'Resource', {
        id: zone.id,
        controller: zone.controller as string,
        vrfVxlan: zone.vrfVni as number,
        ...(zone.nodes ? { nodes: [...zone.nodes] } : {}),
        ...(zone.exitNodes ? { exitNodes: [...zone.exitNodes] } : {}),
        ...(zone.mtu !== undefined ? { mtu: zone.mtu } : {}),
        dependsOn: [finalizer],
      });
    }
    // A reference to the created zone orders vnets after it; a platform zone enters by its ID.
    const zoneRef = this.resource ? this.resource.id : zone.id;

    const vnets: Record<string, SegmentVnet> = {};
    const vnetResources: Record<string, SdnVnet> = {};
    const subnetResources: Record<string, SdnSubnet> = {};
    for (const name of names) {
      const seg = props.segments[name] as SegmentDefinition;
      const scopeOfSegment = new Construct(this, name);
      const vnet = new SdnVnet(scopeOfSegment, 'Vnet', {
        id: seg.vnetId,
        zone: zoneRef,
        tag: seg.tag,
        alias: seg.alias ?? defaultVnetAlias(props.tenant, name),
        dependsOn: [finalizer],
      });
      const subnet = new SdnSubnet(scopeOfSegment, 'Subnet', {
        vnet: vnet.id,
        cidr: seg.cidr,
        gateway: seg.gateway,
        ...(seg.dhcpRange ? { dhcpRange: { startAddress: seg.dhcpRange.start, endAddress: seg.dhcpRange.end } } : {}),
        dependsOn: [finalizer],
      });
      vnets[name] = Object.freeze({ id: seg.vnetId, segment: name, tag: seg.tag, cidr: seg.cidr, gateway: seg.gateway });
      vnetResources[name] = vnet;
      subnetResources[name] = subnet;
    }
    const sdnObjects = [...(this.resource ? [this.resource] : []), ...Object.values(vnetResources), ...Object.values(subnetResources)];
    // replace_triggered_by takes references (resource addresses), not templates: cdktf 0.21 renders
    // resources given as objects as "${type.name}", which terraform 1.11 refuses in .tf.json
    // ("Invalid character", found by the rehearsal), so the addresses go in as plain strings.
    this.applier = new SdnApplier(this, 'SdnApply', { dependsOn: sdnObjects, lifecycle: { replaceTriggeredBy: sdnObjects.map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`) } });
    this.vnets = Object.freeze(vnets);
    this.vnetResources = Object.freeze(vnetResources);
    this.subnetResources = Object.freeze(subnetResources);
  }
}
