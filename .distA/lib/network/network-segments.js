"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NetworkSegments = exports.SEGMENT_TAG_RULES = exports.ZONE_OWNER_BY_TYPE = void 0;
exports.defaultVnetAlias = defaultVnetAlias;
/**
 * NetworkSegments (L2): a tenant's Proxmox SDN zone (when the tenant owns it), one vnet per segment
 * and one subnet per vnet. Renders resolved values only: zone and vnet IDs, tags and CIDRs are
 * allocated beforehand (fleet.lock.yaml) and passed in as props.
 *
 * Zone ownership follows the zone type (docs/segmentation.md):
 *   - qinq, evpn: a zone per tenant (service VLAN / VRF VNI), created here;
 *   - vlan, vxlan: one platform-wide zone, referenced by ID only (`NetworkSegments.zoneFromAttributes`).
 */
const constructs_1 = require("constructs");
const constants_1 = require("../allocation/constants");
const errors_1 = require("../core/errors");
const rules_1 = require("../naming/rules");
const sdn_subnet_1 = require("../providers/proxmox/sdn-subnet");
const sdn_vnet_1 = require("../providers/proxmox/sdn-vnet");
const sdn_zone_evpn_1 = require("../providers/proxmox/sdn-zone-evpn");
const sdn_zone_qinq_1 = require("../providers/proxmox/sdn-zone-qinq");
const checks_1 = require("./checks");
const ipv4_1 = require("./ipv4");
/**
 * Owner of each zone type: QinQ (a service tag per tenant) and EVPN (a VRF per tenant) give every
 * tenant its own zone; VLAN and VXLAN zones are shared, platform-owned objects.
 */
exports.ZONE_OWNER_BY_TYPE = { vlan: 'platform', qinq: 'tenant', vxlan: 'platform', evpn: 'tenant' };
/** What a vnet's `tag` means per zone type, and its allowed range. */
exports.SEGMENT_TAG_RULES = {
    vlan: { min: rules_1.VLAN_TAG_RULE.min, max: rules_1.VLAN_TAG_RULE.max, what: 'VLAN tag' },
    qinq: { min: rules_1.VLAN_TAG_RULE.min, max: rules_1.VLAN_TAG_RULE.max, what: 'customer VLAN tag (C-tag)' },
    vxlan: { min: rules_1.VNI_RULE.min, max: rules_1.VNI_RULE.max, what: 'VXLAN VNI' },
    evpn: { min: rules_1.VNI_RULE.min, max: rules_1.VNI_RULE.max, what: 'EVPN VNI' },
};
/** Default vnet alias: tenant key and segment name. */
function defaultVnetAlias(tenant, segment) {
    return `${tenant.key} ${segment}`;
}
/** Renders a tenant's SDN zone (when tenant-owned), vnets and subnets. */
class NetworkSegments extends constructs_1.Construct {
    /**
     * A platform-owned zone, referenced by ID: the tenant stack never creates or changes it.
     */
    static zoneFromAttributes(attrs) {
        return { type: attrs.type, id: attrs.id, owner: 'platform' };
    }
    /** The SDN zone ID the vnets belong to. */
    zoneId;
    /** The zone type. */
    zoneType;
    /** The zone resource (construct ID `Resource`) when the tenant owns the zone; undefined otherwise. */
    resource;
    /** Rendered vnets keyed by segment name. */
    vnets;
    /** Vnet resources keyed by segment name (for `dependsOn` of guests). */
    vnetResources;
    /** Subnet resources keyed by segment name. */
    subnetResources;
    constructor(scope, id, props) {
        super(scope, id);
        const { problems, names } = validateNetworkSegmentsProps(props);
        problems.throwIfAny('NetworkSegments', this.node.path);
        const { zone } = props;
        this.zoneId = zone.id;
        this.zoneType = zone.type;
        if (zone.type === 'qinq') {
            this.resource = new sdn_zone_qinq_1.SdnZoneQinq(this, 'Resource', {
                id: zone.id,
                bridge: zone.bridge,
                serviceVlan: zone.serviceTag,
                ...(zone.nodes ? { nodes: [...zone.nodes] } : {}),
                ...(zone.mtu !== undefined ? { mtu: zone.mtu } : {}),
            });
        }
        else if (zone.type === 'evpn') {
            this.resource = new sdn_zone_evpn_1.SdnZoneEvpn(this, 'Resource', {
                id: zone.id,
                controller: zone.controller,
                vrfVxlan: zone.vrfVni,
                ...(zone.nodes ? { nodes: [...zone.nodes] } : {}),
                ...(zone.mtu !== undefined ? { mtu: zone.mtu } : {}),
            });
        }
        // A reference to the created zone orders vnets after it; a platform zone enters by its ID.
        const zoneRef = this.resource ? this.resource.id : zone.id;
        const vnets = {};
        const vnetResources = {};
        const subnetResources = {};
        for (const name of names) {
            const seg = props.segments[name];
            const scopeOfSegment = new constructs_1.Construct(this, name);
            const vnet = new sdn_vnet_1.SdnVnet(scopeOfSegment, 'Vnet', {
                id: seg.vnetId,
                zone: zoneRef,
                tag: seg.tag,
                alias: seg.alias ?? defaultVnetAlias(props.tenant, name),
            });
            const subnet = new sdn_subnet_1.SdnSubnet(scopeOfSegment, 'Subnet', {
                vnet: vnet.id,
                cidr: seg.cidr,
                gateway: seg.gateway,
                ...(seg.dhcpRange ? { dhcpRange: { startAddress: seg.dhcpRange.start, endAddress: seg.dhcpRange.end } } : {}),
            });
            vnets[name] = Object.freeze({ id: seg.vnetId, segment: name, tag: seg.tag, cidr: seg.cidr, gateway: seg.gateway });
            vnetResources[name] = vnet;
            subnetResources[name] = subnet;
        }
        this.vnets = Object.freeze(vnets);
        this.vnetResources = Object.freeze(vnetResources);
        this.subnetResources = Object.freeze(subnetResources);
    }
}
exports.NetworkSegments = NetworkSegments;
function validateZone(p, zone) {
    if (zone === null || typeof zone !== 'object') {
        p.add('zone', `${(0, errors_1.show)(zone)} is not allowed; allowed: an object with type, id and owner`);
        return;
    }
    (0, checks_1.checkSdnIdAt)(p, 'zone.id', zone.id);
    const typeOk = (0, checks_1.checkOneOf)(p, 'zone.type', zone.type, constants_1.ZONE_TYPES);
    const ownerOk = (0, checks_1.checkOneOf)(p, 'zone.owner', zone.owner, ['tenant', 'platform']);
    if (!typeOk)
        return;
    const expectedOwner = exports.ZONE_OWNER_BY_TYPE[zone.type];
    if (ownerOk && zone.owner !== expectedOwner) {
        p.add('zone.owner', `${(0, errors_1.show)(zone.owner)} does not fit zone type ${(0, errors_1.show)(zone.type)}; allowed: ${(0, errors_1.show)(expectedOwner)} ` +
            `(qinq and evpn zones are per tenant, vlan and vxlan zones are shared platform objects)`);
    }
    const notFor = (field, allowedFor) => {
        if (zone[field] !== undefined) {
            p.add(`zone.${field}`, `${(0, errors_1.show)(zone[field])} is not allowed for a ${zone.type} zone; only for ${allowedFor}; remove it`);
        }
    };
    if (zone.type === 'qinq') {
        if (zone.bridge === undefined)
            p.add('zone.bridge', 'is required for a qinq zone (the Linux bridge carrying the service VLAN)');
        else
            (0, checks_1.checkRule)(p, 'zone.bridge', checks_1.BRIDGE_RULE, 'bridge', zone.bridge);
        if (zone.serviceTag === undefined)
            p.add('zone.serviceTag', 'is required for a qinq zone (the tenant\'s S-tag, 1-4094)');
        else
            (0, checks_1.checkIntegerIn)(p, 'zone.serviceTag', zone.serviceTag, rules_1.VLAN_TAG_RULE.min, rules_1.VLAN_TAG_RULE.max, 'service VLAN tag (S-tag)');
    }
    else {
        notFor('bridge', 'qinq zones (a shared zone is configured by the platform)');
        notFor('serviceTag', 'qinq zones');
    }
    if (zone.type === 'evpn') {
        if (zone.controller === undefined)
            p.add('zone.controller', 'is required for an evpn zone (the platform\'s EVPN controller ID)');
        else
            (0, checks_1.checkSdnIdAt)(p, 'zone.controller', zone.controller);
        if (zone.vrfVni === undefined)
            p.add('zone.vrfVni', 'is required for an evpn zone (the VNI of the tenant VRF, 1-16777215)');
        else
            (0, checks_1.checkIntegerIn)(p, 'zone.vrfVni', zone.vrfVni, rules_1.VNI_RULE.min, rules_1.VNI_RULE.max, 'VRF VNI');
    }
    else {
        notFor('controller', 'evpn zones');
        notFor('vrfVni', 'evpn zones');
    }
    if (expectedOwner === 'platform') {
        notFor('nodes', 'tenant-owned zones (qinq, evpn); the platform sets the nodes of a shared zone');
        notFor('mtu', 'tenant-owned zones (qinq, evpn); the platform sets the MTU of a shared zone');
    }
    else {
        if (zone.nodes !== undefined) {
            if (!Array.isArray(zone.nodes) || zone.nodes.length === 0) {
                p.add('zone.nodes', `${(0, errors_1.show)(zone.nodes)} is not allowed; allowed: a non-empty list of node names, or leave it unset for all nodes`);
            }
            else {
                const seen = new Set();
                zone.nodes.forEach((node, i) => {
                    (0, checks_1.checkRule)(p, `zone.nodes[${i}]`, checks_1.NODE_NAME_RULE, 'node name', node);
                    if (seen.has(node))
                        p.add(`zone.nodes[${i}]`, `${(0, errors_1.show)(node)} is listed twice; list each node once`);
                    seen.add(node);
                });
            }
        }
        if (zone.mtu !== undefined)
            (0, checks_1.checkIntegerIn)(p, 'zone.mtu', zone.mtu, checks_1.MTU_BOUNDS.min, checks_1.MTU_BOUNDS.max, 'MTU');
    }
}
/** Checks every prop; returns the problems and the sorted segment names the constructor renders. */
function validateNetworkSegmentsProps(props) {
    const p = new errors_1.ProblemCollector();
    const zone = props.zone;
    validateZone(p, zone);
    const zoneType = zone && constants_1.ZONE_TYPES.includes(zone.type) ? zone.type : undefined;
    const block = (0, checks_1.checkCidrAt)(p, 'block', props.block);
    const names = (0, checks_1.checkMapKeys)(p, 'segments', props.segments, 'segment');
    const byVnet = new Map();
    const byTag = new Map();
    const cidrs = [];
    const defaultAliasFor = [];
    for (const name of names) {
        const at = `segments.${name}`;
        const seg = props.segments[name];
        if (seg === null || typeof seg !== 'object') {
            p.add(at, `${(0, errors_1.show)(seg)} is not allowed; allowed: an object with vnetId, tag, cidr and gateway`);
            continue;
        }
        if ((0, checks_1.checkSdnIdAt)(p, `${at}.vnetId`, seg.vnetId)) {
            const other = byVnet.get(seg.vnetId);
            if (other !== undefined)
                p.add(`${at}.vnetId`, `${(0, errors_1.show)(seg.vnetId)} is already used by segment ${(0, errors_1.show)(other)}; vnet IDs are cluster-wide unique`);
            else
                byVnet.set(seg.vnetId, name);
        }
        if (zoneType) {
            const rule = exports.SEGMENT_TAG_RULES[zoneType];
            if ((0, checks_1.checkIntegerIn)(p, `${at}.tag`, seg.tag, rule.min, rule.max, `${rule.what} for a ${zoneType} zone`)) {
                const other = byTag.get(seg.tag);
                if (other !== undefined)
                    p.add(`${at}.tag`, `${(0, errors_1.show)(seg.tag)} is already used by segment ${(0, errors_1.show)(other)}; every segment needs its own tag`);
                else
                    byTag.set(seg.tag, name);
                if (zoneType === 'evpn' && zone.vrfVni === seg.tag) {
                    p.add(`${at}.tag`, `${(0, errors_1.show)(seg.tag)} equals zone.vrfVni; the VRF VNI and the vnet VNIs must differ`);
                }
            }
        }
        if (seg.alias !== undefined)
            (0, checks_1.checkRule)(p, `${at}.alias`, checks_1.VNET_ALIAS_RULE, 'vnet alias', seg.alias);
        else
            defaultAliasFor.push(name);
        const cidr = (0, checks_1.checkCidrAt)(p, `${at}.cidr`, seg.cidr);
        if (cidr) {
            if (block && !(0, ipv4_1.cidrContains)(block, cidr)) {
                p.add(`${at}.cidr`, `${(0, errors_1.show)(seg.cidr)} is not inside the tenant block ${(0, errors_1.show)(props.block)}; allowed: a prefix inside the block`);
            }
            if (cidr.prefixLength > 30) {
                p.add(`${at}.cidr`, `${(0, errors_1.show)(seg.cidr)} has no room for a gateway and guests; allowed: prefix length at most 30`);
            }
            for (const other of cidrs) {
                if ((0, ipv4_1.cidrsOverlap)(other.cidr, cidr)) {
                    p.add(`${at}.cidr`, `${(0, errors_1.show)(seg.cidr)} overlaps segment ${(0, errors_1.show)(other.name)} (${(0, errors_1.show)(other.cidr.text)}); segments must not overlap`);
                }
            }
            cidrs.push({ name, cidr });
        }
        const gateway = (0, checks_1.checkAddressAt)(p, `${at}.gateway`, seg.gateway);
        if (cidr && gateway !== undefined && !(0, ipv4_1.isHostAddress)(cidr, gateway)) {
            p.add(`${at}.gateway`, `${(0, errors_1.show)(seg.gateway)} is not a host address of ${(0, errors_1.show)(seg.cidr)}; allowed: ${hostRange(cidr)}`);
        }
        if (seg.dhcpRange !== undefined) {
            const range = seg.dhcpRange;
            const start = (0, checks_1.checkAddressAt)(p, `${at}.dhcpRange.start`, range?.start);
            const end = (0, checks_1.checkAddressAt)(p, `${at}.dhcpRange.end`, range?.end);
            if (cidr && start !== undefined && !(0, ipv4_1.isHostAddress)(cidr, start)) {
                p.add(`${at}.dhcpRange.start`, `${(0, errors_1.show)(range.start)} is not a host address of ${(0, errors_1.show)(seg.cidr)}; allowed: ${hostRange(cidr)}`);
            }
            if (cidr && end !== undefined && !(0, ipv4_1.isHostAddress)(cidr, end)) {
                p.add(`${at}.dhcpRange.end`, `${(0, errors_1.show)(range.end)} is not a host address of ${(0, errors_1.show)(seg.cidr)}; allowed: ${hostRange(cidr)}`);
            }
            if (start !== undefined && end !== undefined && start > end) {
                p.add(`${at}.dhcpRange`, `start ${(0, errors_1.show)(range.start)} is after end ${(0, errors_1.show)(range.end)}; write the lower address first`);
            }
            if (start !== undefined && end !== undefined && gateway !== undefined && gateway >= start && gateway <= end) {
                p.add(`${at}.dhcpRange`, `${(0, errors_1.show)(range.start)}-${(0, errors_1.show)(range.end)} contains the gateway ${(0, errors_1.show)(seg.gateway)}; leave the gateway out of the range`);
            }
        }
    }
    // Segment names are checked above, so only the tenant key can spoil a default alias: report it once.
    if (defaultAliasFor.length > 0) {
        (0, checks_1.checkRule)(p, 'tenant.key', checks_1.VNET_ALIAS_RULE, 'default vnet alias', defaultVnetAlias(props.tenant ?? {}, defaultAliasFor[0]));
    }
    return { problems: p, names };
}
function hostRange(cidr) {
    return cidr.last - cidr.network < 2 ? 'none (prefix too small)' : `${(0, ipv4_1.formatIpv4)(cidr.network + 1)}-${(0, ipv4_1.formatIpv4)(cidr.last - 1)}`;
}
