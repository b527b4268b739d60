"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const network_segments_1 = require("../../lib/network/network-segments");
const tenant_firewall_1 = require("../../lib/network/tenant-firewall");
const tenant_scope_guard_1 = require("../../lib/network/tenant-scope-guard");
const sdn_applier_1 = require("../../lib/providers/proxmox/sdn-applier");
const virtual_environment_cluster_firewall_1 = require("../../lib/providers/proxmox/virtual-environment-cluster-firewall");
const virtual_environment_sdn_applier_1 = require("../../lib/providers/proxmox/virtual-environment-sdn-applier");
const conformance_1 = require("../../lib/verify/conformance");
const schema_facts_1 = require("../../lib/verify/schema-facts");
const synth_1 = require("../helpers/synth");
const fixtures_1 = require("./fixtures");
function guardedTenantStack() {
    const stack = (0, fixtures_1.tenantStack)();
    cdktf_1.Aspects.of(stack).add(new tenant_scope_guard_1.TenantScopeGuard());
    new network_segments_1.NetworkSegments(stack, 'Network', (0, fixtures_1.segmentsProps)('qinq'));
    new tenant_firewall_1.TenantFirewall(stack, 'Firewall', (0, fixtures_1.firewallProps)());
    return stack;
}
describe('TenantScopeGuard', () => {
    it('fails when a tenant stack declares proxmox_sdn_applier, naming the construct path and type', () => {
        const stack = guardedTenantStack();
        new sdn_applier_1.SdnApplier(new constructs_1.Construct(stack, 'Extras'), 'Applier', {});
        expect(() => (0, synth_1.synthJson)(stack, true)).toThrow(/\[musterstadt\/Extras\/Applier\] musterstadt\/Extras\/Applier: resource type proxmox_sdn_applier applies the pending SDN configuration of the whole cluster; it belongs to the PlatformStack/);
    });
    it('fails when a tenant stack declares the legacy applier or the cluster firewall, listing each', () => {
        const stack = guardedTenantStack();
        new virtual_environment_sdn_applier_1.VirtualEnvironmentSdnApplier(stack, 'LegacyApplier', {});
        new virtual_environment_cluster_firewall_1.VirtualEnvironmentClusterFirewall(stack, 'Datacenter', { enabled: true });
        let message = '';
        try {
            (0, synth_1.synthJson)(stack, true);
        }
        catch (e) {
            message = e.message;
        }
        expect(message).toContain('musterstadt/LegacyApplier: resource type proxmox_virtual_environment_sdn_applier');
        expect(message).toContain('musterstadt/Datacenter: resource type proxmox_virtual_environment_cluster_firewall');
    });
    it('passes for an ordinary tenant stack and leaves its resources untouched', () => {
        const stack = guardedTenantStack();
        const json = (0, synth_1.synthJson)(stack, true);
        expect(Object.keys((0, synth_1.resourcesOf)(json, 'proxmox_sdn_vnet'))).toHaveLength(3);
        expect(Object.keys(json.resource ?? {}).filter((t) => tenant_scope_guard_1.CLUSTER_SINGLETON_TYPES.includes(t))).toEqual([]);
        expect((0, conformance_1.checkConformance)(json, { facts: { proxmox: (0, schema_facts_1.loadProviderFacts)('proxmox') } })).toEqual([]);
        // Synthesizing twice adds no duplicate validations and still passes.
        expect(() => (0, synth_1.synthJson)(stack, true)).not.toThrow();
    });
    it('reports a singleton once even when the stack is synthesized twice', () => {
        const stack = guardedTenantStack();
        new sdn_applier_1.SdnApplier(stack, 'Applier', {});
        expect(() => (0, synth_1.synthJson)(stack, true)).toThrow();
        let message = '';
        try {
            (0, synth_1.synthJson)(stack, true);
        }
        catch (e) {
            message = e.message;
        }
        expect(message.match(/proxmox_sdn_applier/g)).toHaveLength(1);
    });
});
describe('assertNoClusterSingletons', () => {
    it('fails when the scope declares a singleton, listing path and type', () => {
        const stack = (0, fixtures_1.tenantStack)();
        new sdn_applier_1.SdnApplier(stack, 'Applier', {});
        expect((0, tenant_scope_guard_1.findClusterSingletons)(stack)).toEqual([{ path: 'musterstadt/Applier', type: 'proxmox_sdn_applier' }]);
        expect(() => (0, tenant_scope_guard_1.assertNoClusterSingletons)(stack)).toThrow(/musterstadt declares 1 cluster-wide singleton:\n  - musterstadt\/Applier: resource type proxmox_sdn_applier/);
    });
    it('passes for an ordinary tenant stack', () => {
        const stack = (0, fixtures_1.tenantStack)();
        new network_segments_1.NetworkSegments(stack, 'Network', (0, fixtures_1.segmentsProps)('evpn'));
        expect((0, tenant_scope_guard_1.findClusterSingletons)(stack)).toEqual([]);
        expect(() => (0, tenant_scope_guard_1.assertNoClusterSingletons)(stack)).not.toThrow();
    });
});
describe('CLUSTER_SINGLETON_TYPES', () => {
    it('names only resource types the pinned provider has, and covers the platform singletons', () => {
        const known = new Set(Object.keys((0, schema_facts_1.loadProviderFacts)('proxmox').resources));
        expect(tenant_scope_guard_1.CLUSTER_SINGLETON_TYPES.filter((t) => !known.has(t))).toEqual([]);
        for (const t of ['proxmox_sdn_applier', 'proxmox_virtual_environment_cluster_firewall', 'proxmox_cluster_options', 'proxmox_metrics_server', 'proxmox_sdn_controller_evpn']) {
            expect(tenant_scope_guard_1.CLUSTER_SINGLETON_TYPES).toContain(t);
        }
        // Tenant-scoped types stay allowed (realms belong to TenantAccess, zones to qinq/evpn tenants).
        for (const t of ['proxmox_realm_openid', 'proxmox_sdn_zone_qinq', 'proxmox_sdn_vnet', 'proxmox_virtual_environment_firewall_rules']) {
            expect(tenant_scope_guard_1.CLUSTER_SINGLETON_TYPES).not.toContain(t);
        }
    });
});
