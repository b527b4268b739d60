"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TenantFirewall = exports.GUEST_FIREWALL_OPTIONS = exports.DEFAULT_GUEST_NIC = exports.DEFAULT_LOG_LEVEL_ACCEPT = exports.DEFAULT_LOG_LEVEL_OUT = exports.DEFAULT_LOG_LEVEL_IN = exports.GUEST_KINDS = exports.FLOW_SOURCES = exports.FLOW_PROTOCOLS = void 0;
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
const constructs_1 = require("constructs");
const errors_1 = require("../core/errors");
const rules_1 = require("../naming/rules");
const virtual_environment_cluster_firewall_security_group_1 = require("../providers/proxmox/virtual-environment-cluster-firewall-security-group");
const virtual_environment_firewall_ipset_1 = require("../providers/proxmox/virtual-environment-firewall-ipset");
const virtual_environment_firewall_options_1 = require("../providers/proxmox/virtual-environment-firewall-options");
const virtual_environment_firewall_rules_1 = require("../providers/proxmox/virtual-environment-firewall-rules");
const checks_1 = require("./checks");
exports.FLOW_PROTOCOLS = ['tcp', 'udp', 'icmp'];
exports.FLOW_SOURCES = ['catalogue', 'exception'];
exports.GUEST_KINDS = ['vm', 'container'];
/** Log level of dropped inbound traffic (guest option and final DROP rule). */
exports.DEFAULT_LOG_LEVEL_IN = 'info';
/** Log level of outbound traffic (output policy is ACCEPT; logging every packet is noise). */
exports.DEFAULT_LOG_LEVEL_OUT = 'nolog';
/** Log level of accepted flows in the security groups. */
exports.DEFAULT_LOG_LEVEL_ACCEPT = 'nolog';
/** Guest NIC the segment's anti-spoofing IP set applies to. */
exports.DEFAULT_GUEST_NIC = 'net0';
/**
 * The vetted guest firewall options. Default-deny inbound, outbound open (other guests filter
 * their own inbound); DHCP and NDP allowed so that address configuration works; router
 * advertisements from guests refused; MAC and IP filters on against spoofing.
 */
exports.GUEST_FIREWALL_OPTIONS = Object.freeze({
    enabled: true,
    inputPolicy: 'DROP',
    outputPolicy: 'ACCEPT',
    dhcp: true,
    ndp: true,
    radv: false,
    macfilter: true,
    ipfilter: true,
});
/** Renders a tenant's IP sets, security groups and guest firewalls. */
class TenantFirewall extends constructs_1.Construct {
    /** Cluster IP sets keyed by segment name. */
    ipSets;
    /** Cluster security groups keyed by segment name. */
    securityGroups;
    /** Guest firewall resources keyed by guest name. */
    guests;
    constructor(scope, id, props) {
        super(scope, id);
        const { problems, segmentNames, flowIds, guestNames } = validateTenantFirewallProps(props);
        problems.throwIfAny('TenantFirewall', this.node.path);
        const logIn = props.logLevelIn ?? exports.DEFAULT_LOG_LEVEL_IN;
        const logOut = props.logLevelOut ?? exports.DEFAULT_LOG_LEVEL_OUT;
        const logAccept = props.logLevelAccept ?? exports.DEFAULT_LOG_LEVEL_ACCEPT;
        const tenantKey = props.tenant.key;
        const ipSets = {};
        for (const name of segmentNames) {
            const seg = props.segments[name];
            ipSets[name] = new virtual_environment_firewall_ipset_1.VirtualEnvironmentFirewallIpset(segmentScope(this, name), 'IpSet', {
                name: seg.ipSet,
                comment: `${tenantKey} ${name}: segment addresses`,
                cidr: [{ name: seg.cidr, comment: `${tenantKey} ${name}` }],
            });
        }
        const securityGroups = {};
        for (const name of segmentNames) {
            const seg = props.segments[name];
            const inbound = flowIds.filter((flowId) => props.flows[flowId].to === name);
            const sources = [...new Set(inbound.map((flowId) => props.flows[flowId].from))].sort();
            const rules = inbound.map((flowId) => {
                const flow = props.flows[flowId];
                return {
                    type: 'in',
                    action: 'ACCEPT',
                    source: `+${props.segments[flow.from].ipSet}`,
                    proto: flow.protocol,
                    ...(flow.ports !== undefined ? { dport: flow.ports } : {}),
                    comment: `${flowId} (${flow.source}): ${flow.reason}`,
                    log: logAccept,
                };
            });
            securityGroups[name] = new virtual_environment_cluster_firewall_security_group_1.VirtualEnvironmentClusterFirewallSecurityGroup(segmentScope(this, name), 'SecurityGroup', {
                name: seg.securityGroup,
                comment: `${tenantKey} ${name}: inbound flows`,
                ...(rules.length > 0 ? { rule: rules } : {}),
                // Proxmox checks that a referenced IP set exists when the rule is written.
                ...(sources.length > 0 ? { dependsOn: sources.map((s) => ipSets[s]) } : {}),
            });
        }
        const guests = {};
        for (const name of guestNames) {
            const guest = props.guests[name];
            const seg = props.segments[guest.segment];
            const gScope = new constructs_1.Construct(guestsScope(this), name);
            const target = guest.kind === 'container'
                ? { nodeName: guest.node, containerId: guest.vmId }
                : { nodeName: guest.node, vmId: guest.vmId };
            const nic = guest.nic ?? exports.DEFAULT_GUEST_NIC;
            const ipFilter = new virtual_environment_firewall_ipset_1.VirtualEnvironmentFirewallIpset(gScope, 'IpFilter', {
                ...target,
                name: `ipfilter-${nic}`,
                comment: `${tenantKey} ${name}: source addresses allowed on ${nic} (anti-spoofing)`,
                cidr: [{ name: seg.cidr, comment: `segment ${guest.segment}` }],
            });
            const sg = securityGroups[guest.segment];
            const rules = new virtual_environment_firewall_rules_1.VirtualEnvironmentFirewallRules(gScope, 'Rules', {
                ...target,
                rule: [
                    { securityGroup: seg.securityGroup, comment: `inbound flows of segment ${guest.segment}` },
                    { type: 'in', action: 'DROP', log: logIn, comment: 'default deny: drop and log all other inbound traffic' },
                ],
                dependsOn: [sg],
            });
            // Enable the firewall only once rules and the IP filter exist, so the guest is never cut off half-configured.
            const options = new virtual_environment_firewall_options_1.VirtualEnvironmentFirewallOptions(gScope, 'Options', {
                ...target,
                ...exports.GUEST_FIREWALL_OPTIONS,
                logLevelIn: logIn,
                logLevelOut: logOut,
                dependsOn: [rules, ipFilter],
            });
            guests[name] = Object.freeze({ options, rules, ipFilter });
        }
        this.ipSets = Object.freeze(ipSets);
        this.securityGroups = Object.freeze(securityGroups);
        this.guests = Object.freeze(guests);
    }
}
exports.TenantFirewall = TenantFirewall;
function segmentScope(parent, name) {
    return parent.node.tryFindChild(name) ?? new constructs_1.Construct(parent, name);
}
function guestsScope(parent) {
    return parent.node.tryFindChild('Guests') ?? new constructs_1.Construct(parent, 'Guests');
}
/** Checks every prop; returns the problems and the sorted keys the constructor renders. */
function validateTenantFirewallProps(props) {
    const p = new errors_1.ProblemCollector();
    const segmentNames = (0, checks_1.checkMapKeys)(p, 'segments', props.segments, 'segment');
    const known = new Set(segmentNames);
    const knownText = segmentNames.length > 0 ? segmentNames.map((s) => (0, errors_1.show)(s)).join(', ') : '(none)';
    const groupOwner = new Map();
    const ipSetOwner = new Map();
    for (const name of segmentNames) {
        const at = `segments.${name}`;
        const seg = props.segments[name];
        if (seg === null || typeof seg !== 'object') {
            p.add(at, `${(0, errors_1.show)(seg)} is not allowed; allowed: an object with cidr, securityGroup and ipSet`);
            continue;
        }
        (0, checks_1.checkCidrAt)(p, `${at}.cidr`, seg.cidr);
        if ((0, checks_1.checkSecurityGroupAt)(p, `${at}.securityGroup`, seg.securityGroup)) {
            const other = groupOwner.get(seg.securityGroup);
            if (other !== undefined)
                p.add(`${at}.securityGroup`, `${(0, errors_1.show)(seg.securityGroup)} is already used by segment ${(0, errors_1.show)(other)}; names are cluster-wide unique`);
            else
                groupOwner.set(seg.securityGroup, name);
        }
        if ((0, checks_1.checkRule)(p, `${at}.ipSet`, checks_1.IP_SET_RULE, 'firewall IP set', seg.ipSet)) {
            const other = ipSetOwner.get(seg.ipSet);
            if (other !== undefined)
                p.add(`${at}.ipSet`, `${(0, errors_1.show)(seg.ipSet)} is already used by segment ${(0, errors_1.show)(other)}; names are cluster-wide unique`);
            else
                ipSetOwner.set(seg.ipSet, name);
        }
    }
    const flowIds = (0, checks_1.checkMapKeys)(p, 'flows', props.flows, 'flow', true);
    for (const flowId of flowIds) {
        const at = `flows.${flowId}`;
        const flow = props.flows[flowId];
        if (flow === null || typeof flow !== 'object') {
            p.add(at, `${(0, errors_1.show)(flow)} is not allowed; allowed: an object with from, to, protocol, reason and source`);
            continue;
        }
        for (const end of ['from', 'to']) {
            p.check(typeof flow[end] === 'string' && known.has(flow[end]), `${at}.${end}`, `${(0, errors_1.show)(flow[end])} is not a segment of this firewall; known segments: ${knownText}`);
        }
        const protoOk = (0, checks_1.checkOneOf)(p, `${at}.protocol`, flow.protocol, exports.FLOW_PROTOCOLS);
        if (flow.ports !== undefined) {
            if (protoOk && flow.protocol === 'icmp')
                p.add(`${at}.ports`, `${(0, errors_1.show)(flow.ports)} is not allowed for icmp; remove ports`);
            else
                (0, checks_1.checkPortsAt)(p, `${at}.ports`, flow.ports);
        }
        (0, checks_1.checkTextAt)(p, `${at}.reason`, flow.reason, 'reason');
        (0, checks_1.checkOneOf)(p, `${at}.source`, flow.source, exports.FLOW_SOURCES);
    }
    const guestNames = props.guests === undefined ? [] : (0, checks_1.checkMapKeys)(p, 'guests', props.guests, 'guest', true);
    const vmIdOwner = new Map();
    for (const name of guestNames) {
        const at = `guests.${name}`;
        const guest = props.guests[name];
        if (guest === null || typeof guest !== 'object') {
            p.add(at, `${(0, errors_1.show)(guest)} is not allowed; allowed: an object with node, vmId and segment`);
            continue;
        }
        (0, checks_1.checkRule)(p, `${at}.node`, checks_1.NODE_NAME_RULE, 'node name', guest.node);
        const vmProblem = (0, rules_1.checkVmId)(guest.vmId);
        if (vmProblem)
            p.add(`${at}.vmId`, vmProblem);
        else {
            const other = vmIdOwner.get(guest.vmId);
            if (other !== undefined)
                p.add(`${at}.vmId`, `${(0, errors_1.show)(guest.vmId)} is already used by guest ${(0, errors_1.show)(other)}; VM IDs are cluster-wide unique`);
            else
                vmIdOwner.set(guest.vmId, name);
        }
        p.check(typeof guest.segment === 'string' && known.has(guest.segment), `${at}.segment`, `${(0, errors_1.show)(guest.segment)} is not a segment of this firewall; known segments: ${knownText}`);
        if (guest.kind !== undefined)
            (0, checks_1.checkOneOf)(p, `${at}.kind`, guest.kind, exports.GUEST_KINDS);
        if (guest.nic !== undefined) {
            p.check(typeof guest.nic === 'string' && /^net([0-9]|[12][0-9]|3[01])$/.test(guest.nic), `${at}.nic`, `${(0, errors_1.show)(guest.nic)} is not allowed; allowed: a guest NIC name net0-net31`);
        }
    }
    for (const key of ['logLevelIn', 'logLevelOut', 'logLevelAccept']) {
        if (props[key] !== undefined)
            (0, checks_1.checkOneOf)(p, key, props[key], checks_1.FIREWALL_LOG_LEVELS);
    }
    return { problems: p, segmentNames, flowIds, guestNames };
}
