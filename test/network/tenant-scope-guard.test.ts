import { Aspects } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkSegments } from '../../lib/network/network-segments';
import { TenantFirewall } from '../../lib/network/tenant-firewall';
import {
  CLUSTER_SINGLETON_TYPES, TenantScopeGuard, assertNoClusterSingletons, findClusterSingletons,
} from '../../lib/network/tenant-scope-guard';
import { ClusterOptions } from '../../lib/providers/proxmox/cluster-options';
import { VirtualEnvironmentClusterFirewall } from '../../lib/providers/proxmox/virtual-environment-cluster-firewall';
import { VirtualEnvironmentClusterOptions } from '../../lib/providers/proxmox/virtual-environment-cluster-options';
import { VirtualEnvironmentFirewallRules } from '../../lib/providers/proxmox/virtual-environment-firewall-rules';
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
  it('fails when a tenant stack declares proxmox_cluster_options, naming the construct path and type', () => {
    const stack = guardedTenantStack();
    new ClusterOptions(new Construct(stack, 'Extras'), 'Options', {});
    expect(() => synthJson(stack, true)).toThrow(
      /\[musterstadt\/Extras\/Options\] musterstadt\/Extras\/Options: resource type proxmox_cluster_options sets the datacenter options of the whole cluster; it belongs to the PlatformStack/,
    );
  });

  it('lets a tenant stack apply its own SDN changes (the applier pair of NetworkSegments is not a singleton)', () => {
    const stack = guardedTenantStack();
    const json = synthJson(stack, true);
    expect(Object.keys(resourcesOf(json, 'proxmox_sdn_applier'))).toHaveLength(2);
    expect(CLUSTER_SINGLETON_TYPES).not.toContain('proxmox_sdn_applier');
  });

  it('fails when a tenant stack declares the legacy cluster options or the cluster firewall, listing each', () => {
    const stack = guardedTenantStack();
    new VirtualEnvironmentClusterOptions(stack, 'LegacyOptions', {});
    new VirtualEnvironmentClusterFirewall(stack, 'Datacenter', { enabled: true });
    let message = '';
    try {
      synthJson(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('musterstadt/LegacyOptions: resource type proxmox_virtual_environment_cluster_options');
    expect(message).toContain('musterstadt/Datacenter: resource type proxmox_virtual_environment_cluster_firewall');
  });

  it('fails when a tenant stack writes the datacenter\'s or a node\'s host rules (a rule list without vm_id or container_id); guest rule lists pass', () => {
    const stack = guardedTenantStack();
    new VirtualEnvironmentFirewallRules(stack, 'OpenHosts', { rule: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22' }] });
    new VirtualEnvironmentFirewallRules(stack, 'NodeRules', { nodeName: 'pve1', rule: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '22' }] });
    let message = '';
    try {
      synthJson(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('musterstadt/OpenHosts: resource type proxmox_virtual_environment_firewall_rules without vm_id or container_id writes the datacenter');
    expect(message).toContain('musterstadt/NodeRules: resource type proxmox_virtual_environment_firewall_rules without vm_id');
    // The guest rule lists of TenantFirewall (vm_id set) are the tenant's own.
    expect(message).not.toContain('musterstadt/Firewall');
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
    new ClusterOptions(stack, 'Options', {});
    expect(() => synthJson(stack, true)).toThrow();
    let message = '';
    try {
      synthJson(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.match(/proxmox_cluster_options/g)).toHaveLength(1);
  });
});

describe('assertNoClusterSingletons', () => {
  it('fails when the scope declares a singleton, listing path and type', () => {
    const stack = tenantStack();
    new ClusterOptions(stack, 'Options', {});
    expect(findClusterSingletons(stack)).toEqual([{ path: 'musterstadt/Options', type: 'proxmox_cluster_options' }]);
    expect(() => assertNoClusterSingletons(stack)).toThrow(/musterstadt declares 1 cluster-wide singleton:\n  - musterstadt\/Options: resource type proxmox_cluster_options/);
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
    for (const t of ['proxmox_virtual_environment_cluster_firewall', 'proxmox_cluster_options', 'proxmox_metrics_server', 'proxmox_sdn_controller_evpn']) {
      expect(CLUSTER_SINGLETON_TYPES).toContain(t);
    }
    // Tenant-scoped types stay allowed (realms belong to TenantAccess, zones to qinq/evpn tenants).
    for (const t of ['proxmox_realm_openid', 'proxmox_sdn_zone_qinq', 'proxmox_sdn_vnet', 'proxmox_virtual_environment_firewall_rules']) {
      expect(CLUSTER_SINGLETON_TYPES).not.toContain(t);
    }
  });
});
