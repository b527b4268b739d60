/**
 * The reachability proofs model the iptables `pve-firewall`; docs/reachability.md "iptables and
 * nftables" argues that they hold unchanged under the nftables `proxmox-firewall` because the
 * synthesized stacks avoid every point where the two backends decide differently. These tests pin
 * those properties on the synthesized examples (platform stacks and tenant stacks), so a change that
 * breaks the argument fails here instead of silently weakening the proofs on nftables nodes.
 *
 * Sources (pfw = proxmox/pve-firewall @ 6f1311f3, src/PVE/Firewall.pm; pnft =
 * proxmox/proxmox-firewall @ a75265939e3aa152a92961d06c26e611c731da67) are cited per test.
 */
import { App } from 'cdktf';
import { Fleet } from '../../../lib/blueprint/fleet';
import { allResources, blocks, literal, proxmoxTypes, resourcesOf } from '../../../lib/compliance/internal/stack-json';
import { requiredClusterFlows } from '../../../lib/compliance/reachability/cluster-traffic';
import { parsePortList, intersect, isEmpty } from '../../../lib/compliance/reachability/port-set';
import { tenantNetworkFromStack } from '../../../lib/compliance/reachability/topology';
import type { StackJson } from '../../../lib/compliance/types';
import { exampleModel, LANDKREIS, MUSTERSTADT, VERBANDSGEMEINDE } from '../fixtures';
import { testApp } from '../../helpers/synth';

interface Synthesized {
  readonly platforms: { key: string; json: StackJson }[];
  readonly tenants: { key: string; json: StackJson; spec: Fleet['tenants'][string]['spec'] }[];
}

const cache = new Map<string, Synthesized>();

/** Every platform stack (legacy and per cluster) and every tenant stack of an example. */
function synthesized(dir: string): Synthesized {
  let s = cache.get(dir);
  if (s === undefined) {
    const app: App = testApp();
    const fleet = new Fleet(app, exampleModel(dir), { compliance: false });
    const platforms = [...(fleet.platform ? [{ key: 'platform', stack: fleet.platform }] : []), ...Object.entries(fleet.clusterPlatforms).map(([key, stack]) => ({ key, stack }))];
    s = {
      platforms: platforms.map(({ key, stack }) => ({ key, json: stack.toTerraform() as StackJson })),
      tenants: Object.entries(fleet.tenants).map(([key, stack]) => ({ key, json: stack.toTerraform() as StackJson, spec: stack.spec })),
    };
    cache.set(dir, s);
  }
  return s;
}

const EXAMPLES: readonly [string, string][] = [['musterstadt', MUSTERSTADT], ['verbandsgemeinde', VERBANDSGEMEINDE], ['landkreis-fleet', LANDKREIS]];

describe.each(EXAMPLES)('firewall backends: %s', (_name, dir) => {
  it('every datacenter firewall sets forward_policy ACCEPT, so the nftables cluster-forward chain ends in accept (pnft firewall.rs L887-900; pfw ignores it)', () => {
    const s = synthesized(dir);
    const fws = s.platforms.flatMap((p) => resourcesOf(p.json, ...proxmoxTypes('cluster_firewall')).map((r) => ({ stack: p.key, policy: literal(r.body.forward_policy) })));
    expect(fws.length).toBeGreaterThan(0);
    expect(fws.filter((f) => f.policy !== 'ACCEPT')).toEqual([]);
    // Tenant stacks never touch the datacenter firewall (lib/network/tenant-scope-guard.ts).
    expect(s.tenants.flatMap((t) => resourcesOf(t.json, ...proxmoxTypes('cluster_firewall')).map((r) => `${t.key}:${r.address}`))).toEqual([]);
  });

  it('no rule anywhere has type forward: nftables would compile it into host-forward / cluster-forward / group-<name>-forward (pnft firewall.rs L306, L340-346; rule.rs L249), iptables ignores it', () => {
    const s = synthesized(dir);
    const forward: string[] = [];
    let rules = 0;
    for (const st of [...s.platforms, ...s.tenants]) {
      for (const r of allResources(st.json)) {
        for (const b of blocks(r.body.rule)) {
          rules += 1;
          if (literal(b.type)?.toLowerCase() === 'forward') forward.push(`${st.key}:${r.address}`);
        }
      }
    }
    expect(rules).toBeGreaterThan(0);
    expect(forward).toEqual([]);
  });

  it('no stack writes a vnet firewall (sdn/firewall/<vnet>.fw) or a node firewall option (nftables opt-in): the nftables bridge-map stays empty (pnft firewall.rs L366-377, resources/proxmox-firewall.nft L386-389)', () => {
    const s = synthesized(dir);
    const found: string[] = [];
    for (const st of [...s.platforms, ...s.tenants]) {
      for (const r of allResources(st.json)) {
        const firewallish = /firewall/.test(r.type);
        if (firewallish && (/vnet/.test(r.type) || r.body.vnet !== undefined)) found.push(`${st.key}:${r.address} (vnet firewall)`);
        if (/node_firewall$/.test(r.type)) found.push(`${st.key}:${r.address} (node firewall options)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('per firewalled guest NIC, the ipfilter option is on exactly when its ipfilter-<nic> set exists (pfw filters on either, pnft rule.rs L774 only on the option)', () => {
    const s = synthesized(dir);
    let nics = 0;
    let filtered = 0;
    const incoherent: string[] = [];
    for (const t of s.tenants) {
      const net = tenantNetworkFromStack(t.json, t.spec, t.key);
      for (const e of net.endpoints) {
        if (e.kind !== 'guest' || !e.nicFirewall || !e.firewall.enabled) continue;
        nics += 1;
        const hasSet = e.firewall.ipSets[`ipfilter-${e.nic}`] !== undefined;
        if (hasSet) filtered += 1;
        if (e.firewall.ipfilter !== hasSet) incoherent.push(`${t.key}:${e.id} option=${e.firewall.ipfilter} set=${hasSet}`);
      }
      // No ipfilter set without the option: nftables would ignore it, iptables would filter.
      for (const e of net.endpoints) {
        if (e.kind !== 'guest' || e.firewall.ipfilter) continue;
        const sets = Object.keys(e.firewall.ipSets).filter((n) => n.startsWith('ipfilter-'));
        if (sets.length > 0) incoherent.push(`${t.key}:${e.id} sets ${sets.join(',')} without the option`);
      }
    }
    expect(incoherent).toEqual([]);
    if (dir !== VERBANDSGEMEINDE) expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(nics);
  });

  it('every security group a guest rule jumps to exists: nftables jumps to group-<name>-<dir> and a missing chain fails the ruleset (pnft rule.rs L221-236), iptables gets an empty chain (pfw L3102-3105)', () => {
    const s = synthesized(dir);
    const missing: string[] = [];
    let jumps = 0;
    for (const t of s.tenants) {
      const net = tenantNetworkFromStack(t.json, t.spec, t.key);
      const seen = new Set<string>();
      for (const e of net.endpoints) {
        if (e.kind !== 'guest' || seen.has(e.guest)) continue;
        seen.add(e.guest);
        for (const r of e.firewall.rules) {
          if (r.securityGroup !== undefined && r.securityGroup !== '') jumps += 1;
          if (r.securityGroup !== undefined && r.securityGroup !== '' && net.cluster.groups[r.securityGroup] === undefined) missing.push(`${t.key}:${e.guest} -> ${r.securityGroup}`);
        }
      }
    }
    expect(missing).toEqual([]);
    if (dir !== VERBANDSGEMEINDE) expect(jumps).toBeGreaterThan(0);
  });
});

describe('firewall backends: the datacenter firewall', () => {
  it('no cluster flow uses a port the nftables default-in chain rejects or drops before the host and cluster rules (pnft resources/proxmox-firewall.nft L198-220)', () => {
    const flows = requiredClusterFlows({
      zoneType: 'evpn', peers: ['10.10.0.1'], managementCidrs: ['192.168.50.0/24'], ciRunnerCidrs: ['192.168.60.0/28'],
      ceph: { publicNetwork: '10.20.0.0/24', clusterNetwork: '10.21.0.0/24' },
    }, '10.10.0.0/24');
    // default-in: udp 135, 137-139, 445 and tcp 135, 139, 445 go to do-reject; udp 1900 drop.
    const blockedBefore = { udp: parsePortList('135,137:139,445,1900')!, tcp: parsePortList('135,139,445')!, icmp: [] };
    expect(flows.map((f) => f.name)).toEqual(expect.arrayContaining(['VXLAN', 'BGP (EVPN)', 'corosync', 'Ceph monitors', 'Ceph daemons', 'API and SSH from management']));
    const hit = flows.filter((f) => !isEmpty(intersect(f.ports, blockedBefore[f.proto])));
    expect(hit).toEqual([]);
    // The check can fail: SMB on 445 would be rejected before the cluster rules.
    expect(isEmpty(intersect(parsePortList('445')!, blockedBefore.tcp))).toBe(false);
  });
});
