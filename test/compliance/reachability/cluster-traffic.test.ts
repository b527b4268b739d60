import { hostFirewallRules, type HostFirewallSettings } from '../../../lib/network/host-firewall';
import type { StackJson } from '../../../lib/compliance/types';
import { analyseClusterTraffic, requiredClusterFlows } from '../../../lib/compliance/reachability/cluster-traffic';

const SETTINGS: HostFirewallSettings = {
  zoneType: 'evpn', peers: ['10.10.0.1', '10.10.0.2'], managementCidrs: ['192.168.50.0/24'], ciRunnerCidrs: ['192.168.60.0/28'],
  ceph: { publicNetwork: '10.20.0.0/24', clusterNetwork: '10.21.0.0/24' },
};

/** A platform stack as PlatformBase renders the datacenter firewall (rules, then options). */
function platform(extraFirst: Record<string, unknown>[] = [], enabled = true): StackJson {
  return {
    resource: {
      proxmox_virtual_environment_firewall_rules: { ClusterFirewallRules: { rule: [...extraFirst, ...hostFirewallRules(SETTINGS).map((r) => ({ ...r, enabled: true }))] } },
      proxmox_virtual_environment_cluster_firewall: { ClusterFirewall: { enabled, input_policy: 'DROP', output_policy: 'ACCEPT', forward_policy: 'ACCEPT' } },
    },
  };
}

describe('cluster traffic through the datacenter firewall', () => {
  it('the vetted datacenter rules keep VXLAN, BGP, corosync, Ceph and API/SSH from management and CI open', () => {
    const r = analyseClusterTraffic(platform(), SETTINGS, '10.10.0.0/24');
    expect(r.cuts).toEqual([]);
    expect(r.checked).toBe(requiredClusterFlows(SETTINGS, '10.10.0.0/24').length);
    expect(r.checked).toBe(12);
  });

  it('a missing datacenter rule cuts a flow: the input policy names it', () => {
    const json = platform();
    const rules = (json.resource as Record<string, Record<string, { rule: { dport: string }[] }>>).proxmox_virtual_environment_firewall_rules!.ClusterFirewallRules!;
    rules.rule = rules.rule.filter((x) => x.dport !== '4789');
    const r = analyseClusterTraffic(json, SETTINGS, '10.10.0.0/24');
    expect(r.cuts.map((c) => `${c.flow.name} ${c.flow.source} ${c.ports} ${c.rule?.kind}`)).toEqual(['VXLAN 10.10.0.1 4789 policy', 'VXLAN 10.10.0.2 4789 policy']);
  });

  it('host and cluster rules come before the built-in management accepts (pve-firewall Firewall.pm L2920-2957): an early DROP cuts SSH', () => {
    const r = analyseClusterTraffic(platform([{ type: 'in', action: 'DROP', proto: 'tcp', dport: '22', comment: 'no ssh' }]), SETTINGS, '10.10.0.0/24');
    const ssh = r.cuts.filter((c) => c.ports === '22');
    expect(ssh.length).toBe(3);
    expect(ssh[0]!.rule).toMatchObject({ address: 'proxmox_virtual_environment_firewall_rules.ClusterFirewallRules', index: 0, note: 'no ssh' });
  });

  it('a disabled datacenter firewall filters nothing (Firewall.pm L4235)', () => {
    expect(analyseClusterTraffic(platform([{ type: 'in', action: 'DROP', comment: 'all' }], false), SETTINGS).cuts).toEqual([]);
  });
});
