"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZONES = exports.SEGMENTS = exports.synthesized = exports.TENANT = void 0;
exports.tenantStack = tenantStack;
exports.synthTenant = synthTenant;
exports.problemsOf = problemsOf;
exports.problemAt = problemAt;
exports.segmentsFor = segmentsFor;
exports.segmentsProps = segmentsProps;
exports.firewallProps = firewallProps;
const errors_1 = require("../../lib/core/errors");
const proxmox_connection_1 = require("../../lib/providers/proxmox-connection");
const synth_1 = require("../helpers/synth");
exports.TENANT = Object.freeze({
    key: 'musterstadt',
    code: 't0001',
    displayName: 'Musterstadt, Stadt',
    pool: 'kom-musterstadt',
});
/** Every document synthesized through `synthTenant` in this test file (checked for conformance). */
exports.synthesized = [];
/** A tenant stack with the Proxmox provider wired, as KommuneStack would have it. */
function tenantStack(name = 'musterstadt') {
    const { stack } = (0, synth_1.testStack)(name);
    new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
    return stack;
}
/** Builds into a fresh tenant stack, synthesizes with validations, records the document. */
function synthTenant(build, name = 'musterstadt') {
    const stack = tenantStack(name);
    build(stack);
    const json = (0, synth_1.synthJson)(stack, true);
    exports.synthesized.push({ name: expect.getState().currentTestName ?? name, json });
    return json;
}
/** Runs `fn`, expects a PropsValidationError, and returns its problems. */
function problemsOf(fn) {
    try {
        fn();
    }
    catch (e) {
        if (e instanceof errors_1.PropsValidationError)
            return e.problems;
        throw e;
    }
    throw new Error('expected a PropsValidationError, but nothing was thrown');
}
/** The message of the problem at `path`; fails the test when there is none. */
function problemAt(problems, path) {
    const hit = problems.find((p) => p.path === path);
    if (!hit)
        throw new Error(`no problem at ${path}; problems: ${JSON.stringify(problems, null, 1)}`);
    return hit.message;
}
exports.SEGMENTS = Object.freeze({
    management: { vnetId: 't0001mg', tag: 10, cidr: '10.20.0.0/26', gateway: '10.20.0.1' },
    servers: { vnetId: 't0001sv', tag: 20, cidr: '10.20.0.128/25', gateway: '10.20.0.129' },
    clients: {
        vnetId: 't0001cl', tag: 30, cidr: '10.20.1.0/24', gateway: '10.20.1.1',
        dhcpRange: { start: '10.20.1.100', end: '10.20.1.250' }, alias: 'Musterstadt Buero-PCs',
    },
});
exports.ZONES = Object.freeze({
    vlan: { type: 'vlan', id: 'kommunal', owner: 'platform' },
    qinq: { type: 'qinq', id: 't0001', owner: 'tenant', bridge: 'vmbr1', serviceTag: 101 },
    vxlan: { type: 'vxlan', id: 'komvx', owner: 'platform' },
    evpn: { type: 'evpn', id: 't0001', owner: 'tenant', controller: 'evpnctl', vrfVni: 4_000_001 },
});
/** Segment tags per zone type: VLAN/C-tags for vlan and qinq, VNIs for vxlan and evpn. */
function segmentsFor(type) {
    if (type === 'vlan' || type === 'qinq')
        return exports.SEGMENTS;
    const vni = { management: 100_010, servers: 100_011, clients: 100_012 };
    return Object.fromEntries(Object.entries(exports.SEGMENTS).map(([k, s]) => [k, { ...s, tag: vni[k] }]));
}
function segmentsProps(type = 'qinq', overrides = {}) {
    return { tenant: exports.TENANT, zone: exports.ZONES[type], block: '10.20.0.0/22', segments: segmentsFor(type), ...overrides };
}
function firewallProps(overrides = {}) {
    return {
        tenant: exports.TENANT,
        segments: {
            management: { cidr: '10.20.0.0/26', securityGroup: 't0001-mg', ipSet: 't0001-mg-net' },
            servers: { cidr: '10.20.0.128/25', securityGroup: 't0001-sv', ipSet: 't0001-sv-net' },
            clients: { cidr: '10.20.1.0/24', securityGroup: 't0001-cl', ipSet: 't0001-cl-net' },
        },
        // Deliberately not in sorted order: rules must come out sorted by flow ID.
        flows: {
            'management-to-servers-ssh': { from: 'management', to: 'servers', protocol: 'tcp', ports: '22', reason: 'Administration over SSH', source: 'catalogue' },
            'clients-to-servers-web': { from: 'clients', to: 'servers', protocol: 'tcp', ports: '80,443', reason: 'Web front ends of Fachverfahren', source: 'catalogue' },
            'management-to-servers-icmp': { from: 'management', to: 'servers', protocol: 'icmp', reason: 'Reachability checks', source: 'catalogue' },
            'clients-to-servers-dns': { from: 'clients', to: 'servers', protocol: 'udp', ports: '53', reason: 'Name resolution', source: 'catalogue' },
            'servers-to-clients-agent': { from: 'servers', to: 'clients', protocol: 'tcp', ports: '8000:8010', reason: 'Software distribution agent on the PCs', source: 'exception' },
        },
        guests: {
            dc01: { node: 'pve1', vmId: 100_101, segment: 'servers' },
            proxy: { node: 'pve2', vmId: 100_102, segment: 'management', kind: 'container' },
        },
        ...overrides,
    };
}
