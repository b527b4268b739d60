import { LIMITED_BROADCAST, TenantFirewall, type FirewallGuest, type TenantFirewallProps } from '../../lib/network/tenant-firewall';
import { resourcesOf } from '../helpers/synth';
import { firewallProps, synthTenant } from './fixtures';

const RULES = 'proxmox_virtual_environment_firewall_rules';

/** The edge: a router with a NIC per segment, owning each segment's gateway. */
const EDGE: FirewallGuest = {
  node: 'pve1', vmId: 100_110, segment: 'management', nic: 'net0', extraNics: { net1: 'servers', net2: 'clients' },
  router: true, addresses: { net0: '10.20.0.1', net1: '10.20.0.129', net2: '10.20.1.1' }, uplinkNic: 'net3',
};

function rulesOf(props: TenantFirewallProps, vmId: number): Record<string, unknown>[] {
  const json = synthTenant((s) => new TenantFirewall(s, 'Firewall', props));
  const r = Object.values(resourcesOf(json, RULES)).find((x) => x.vm_id === vmId || x.container_id === vmId);
  return (r?.rule ?? []) as Record<string, unknown>[];
}

/** The props with `clients` served by the router's DHCP. */
function withDhcpOnClients(guests: Record<string, FirewallGuest>): TenantFirewallProps {
  const base = firewallProps({ guests });
  return { ...base, segments: { ...base.segments, clients: { ...base.segments.clients!, dhcpByRouter: true } } };
}

describe('TenantFirewall: the router serves DHCP', () => {
  it('accepts DHCP requests and sends replies on the NIC of the segment it serves, and only there', () => {
    const rules = rulesOf(withDhcpOnClients({ edge: EDGE }), 100_110);
    const dhcp = rules.filter((r) => r.sport !== undefined);
    expect(dhcp).toEqual([
      {
        type: 'in', action: 'ACCEPT', iface: 'net2', source: '0.0.0.0,10.20.1.0/24', dest: `10.20.1.1,${LIMITED_BROADCAST}`, proto: 'udp', sport: '68', dport: '67',
        comment: 'DHCP requests of the clients segment to the router (its DHCP server)', log: 'nolog',
      },
      {
        type: 'out', action: 'ACCEPT', iface: 'net2', source: '10.20.1.1', dest: `10.20.1.0/24,${LIMITED_BROADCAST}`, proto: 'udp', sport: '67', dport: '68',
        comment: 'DHCP replies of the router (DHCP server of the clients segment)', log: 'nolog',
      },
    ]);
    // The IN rule comes before the inbound DROP, the OUT rule before the outbound DROP.
    const index = (pred: (r: Record<string, unknown>) => boolean) => rules.findIndex(pred);
    const inDrop = index((r) => r.type === 'in' && r.action === 'DROP');
    const outDrop = index((r) => r.type === 'out' && r.action === 'DROP');
    expect(index((r) => r.type === 'in' && r.dport === '67')).toBe(inDrop - 1);
    expect(index((r) => r.type === 'out' && r.dport === '68')).toBe(outDrop - 1);
  });

  it('without a segment it serves DHCP in, the router\'s rules are those of before (no DHCP rule)', () => {
    const served = rulesOf(withDhcpOnClients({ edge: EDGE }), 100_110);
    const plain = rulesOf(firewallProps({ guests: { edge: EDGE } }), 100_110);
    expect(plain.some((r) => r.sport !== undefined)).toBe(false);
    expect(served.filter((r) => r.sport === undefined)).toEqual(plain);
  });

  it('gives an ordinary guest on the served segment no DHCP server rule (pve-firewall\'s client rules suffice)', () => {
    const pc: FirewallGuest = { node: 'pve1', vmId: 100_120, segment: 'clients' };
    const withDhcp = rulesOf(withDhcpOnClients({ edge: EDGE, pc }), 100_120);
    expect(withDhcp).toEqual(rulesOf(firewallProps({ guests: { edge: EDGE, pc } }), 100_120));
    expect(withDhcp.some((r) => r.sport !== undefined)).toBe(false);
  });

  it('writes no DHCP rule on a router NIC whose own address is unknown', () => {
    const { addresses: _a, ...noAddresses } = EDGE;
    const rules = rulesOf(withDhcpOnClients({ edge: noAddresses }), 100_110);
    expect(rules.some((r) => r.sport !== undefined)).toBe(false);
  });
});
