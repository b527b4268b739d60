import { Aspects } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkSegments } from '../../lib/network/network-segments';
import { TenantFirewall } from '../../lib/network/tenant-firewall';
import {
  CLUSTER_SINGLETON_TYPES, TenantScopeGuard, assertNoClusterSingletons, findClusterSingletons,
} from '../../lib/network/tenant-scope-guard';
import { SdnApplier } from '../../lib/providers/proxmox/sdn-applier';
import { VirtualEnvironmentClusterFirewall } from '../../lib/providers/proxmox/virtual-environment-cluster-firewall';
import { VirtualEnvironmentSdnApplier } from '../../lib/providers/proxmox/virtual-environment-sdn-applier';
import { checkConformance } from '../../lib/verify/conformance';
import { loadProviderFacts } from '../../lib/verify/schema-facts';
import { resourcesOf, synthJson } from '../helpers/synth';
import { firewallProps, segmentsProps, tenantStack } from './fixtures';

function guardedTenantStack() {
  const stack = tenantStack();
  Aspects.of(stack).add(new TenantScopeGuard());
  new NetworkSegments(stack, 'Network', segmentsProps('qinq'));
  new TenantFirewall(stack, 'Firewall', firewallProps());
  return stack;
}

describe('TenantScopeGuard', () => {
  it('fails when a tenant stack declares proxmox_sdn_applier, naming the construct path and type', () => {
    const stack = guardedTenantStack();
    new SdnApplier(new Construct(stack, 'Extras'), 'Applier', {});
    expect(() => synthJson(stack, true)).toThrow(
      /\[musterstadt\/Extras\/Applier\] musterstadt\/Extras\/Applier: resource type proxmox_sdn_applier applies the pending SDN configuration of the whole cluster; it belongs to the PlatformStack/,
    );
  });

  it('fails when a tenant stack declares the legacy applier or the cluster firewall, listing each', () => {
    const stack = guardedTenantStack();
    new VirtualEnvironmentSdnApplier(stack, 'LegacyApplier', {});
    new VirtualEnvironmentClusterFirewall(stack, 'Datacenter', { enabled: true });
    let message = '';
    try {
      synthJson(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('musterstadt/LegacyApplier: resource type proxmox_virtual_environment_sdn_applier');
    expect(message).toContain('musterstadt/Datacenter: resource type proxmox_virtual_environment_cluster_firewall');
  });

  it('passes for an ordinary tenant stack and leaves its resources untouched', () => {
    const stack = guardedTenantStack();
    const json = synthJson(stack, true);
    expect(Object.keys(resourcesOf(json, 'proxmox_sdn_vnet'))).toHaveLength(3);
    expect(Object.keys(json.resource ?? {}).filter((t) => CLUSTER_SINGLETON_TYPES.includes(t))).toEqual([]);
    expect(checkConformance(json, { facts: { proxmox: loadProviderFacts('proxmox') } })).toEqual([]);
    // Synthesizing twice adds no duplicate validations and still passes.
    expect(() => synthJson(stack, true)).not.toThrow();
  });

  it('reports a singleton once even when the stack is synthesized twice', () => {
    const stack = guardedTenantStack();
    new SdnApplier(stack, 'Applier', {});
    expect(() => synthJson(stack, true)).toThrow();
    let message = '';
    try {
      synthJson(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.match(/proxmox_sdn_applier/g)).toHaveLength(1);
  });
});

describe('assertNoClusterSingletons', () => {
  it('fails when the scope declares a singleton, listing path and type', () => {
    const stack = tenantStack();
    new SdnApplier(stack, 'Applier', {});
    expect(findClusterSingletons(stack)).toEqual([{ path: 'musterstadt/Applier', type: 'proxmox_sdn_applier' }]);
    expect(() => assertNoClusterSingletons(stack)).toThrow(/musterstadt declares 1 cluster-wide singleton:\n  - musterstadt\/Applier: resource type proxmox_sdn_applier/);
  });

  it('passes for an ordinary tenant stack', () => {
    const stack = tenantStack();
    new NetworkSegments(stack, 'Network', segmentsProps('evpn'));
    expect(findClusterSingletons(stack)).toEqual([]);
    expect(() => assertNoClusterSingletons(stack)).not.toThrow();
  });
});

describe('CLUSTER_SINGLETON_TYPES', () => {
  it('names only resource types the pinned provider has, and covers the platform singletons', () => {
    const known = new Set(Object.keys(loadProviderFacts('proxmox').resources));
    expect(CLUSTER_SINGLETON_TYPES.filter((t) => !known.has(t))).toEqual([]);
    for (const t of ['proxmox_sdn_applier', 'proxmox_virtual_environment_cluster_firewall', 'proxmox_cluster_options', 'proxmox_metrics_server', 'proxmox_sdn_controller_evpn']) {
      expect(CLUSTER_SINGLETON_TYPES).toContain(t);
    }
    // Tenant-scoped types stay allowed (realms belong to TenantAccess, zones to qinq/evpn tenants).
    for (const t of ['proxmox_realm_openid', 'proxmox_sdn_zone_qinq', 'proxmox_sdn_vnet', 'proxmox_virtual_environment_firewall_rules']) {
      expect(CLUSTER_SINGLETON_TYPES).not.toContain(t);
    }
  });
});
