/**
 * Shared fixtures of the network tests: a reference tenant, valid props per zone type, a synth
 * helper that records every synthesized document for the conformance test, and a helper that
 * returns the problems of a PropsValidationError.
 */
import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { PropsValidationError, type PropProblem } from '../../lib/core/errors';
import type { TenantIdentity } from '../../lib/model/tenant-identity';
import type { NetworkSegmentsProps, SegmentDefinition, SegmentZone } from '../../lib/network/network-segments';
import type { TenantFirewallProps } from '../../lib/network/tenant-firewall';
import { ProxmoxConnection } from '../../lib/providers/proxmox-connection';
import { synthJson, testStack, type SynthJson } from '../helpers/synth';

export const TENANT: TenantIdentity = Object.freeze({
  key: 'musterstadt',
  code: 't0001',
  displayName: 'Musterstadt, Stadt',
  pool: 'kom-musterstadt',
});

/** Every document synthesized through `synthTenant` in this test file (checked for conformance). */
export const synthesized: { readonly name: string; readonly json: SynthJson }[] = [];

/** A tenant stack with the Proxmox provider wired, as KommuneStack would have it. */
export function tenantStack(name = 'musterstadt'): TerraformStack {
  const { stack } = testStack(name);
  new ProxmoxConnection(stack, 'Proxmox');
  return stack;
}

/** Builds into a fresh tenant stack, synthesizes with validations, records the document. */
export function synthTenant(build: (scope: Construct) => void, name = 'musterstadt'): SynthJson {
  const stack = tenantStack(name);
  build(stack);
  const json = synthJson(stack, true);
  synthesized.push({ name: expect.getState().currentTestName ?? name, json });
  return json;
}

/** Runs `fn`, expects a PropsValidationError, and returns its problems. */
export function problemsOf(fn: () => unknown): readonly PropProblem[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PropsValidationError) return e.problems;
    throw e;
  }
  throw new Error('expected a PropsValidationError, but nothing was thrown');
}

/** The message of the problem at `path`; fails the test when there is none. */
export function problemAt(problems: readonly PropProblem[], path: string): string {
  const hit = problems.find((p) => p.path === path);
  if (!hit) throw new Error(`no problem at ${path}; problems: ${JSON.stringify(problems, null, 1)}`);
  return hit.message;
}

export const SEGMENTS: Readonly<Record<string, SegmentDefinition>> = Object.freeze({
  management: { vnetId: 't0001mg', tag: 10, cidr: '10.20.0.0/26', gateway: '10.20.0.1' },
  servers: { vnetId: 't0001sv', tag: 20, cidr: '10.20.0.128/25', gateway: '10.20.0.129' },
  clients: {
    vnetId: 't0001cl', tag: 30, cidr: '10.20.1.0/24', gateway: '10.20.1.1',
    dhcpRange: { start: '10.20.1.100', end: '10.20.1.250' }, alias: 'Musterstadt Buero-PCs',
  },
});

export const ZONES: Readonly<Record<SegmentZone['type'], SegmentZone>> = Object.freeze({
  vlan: { type: 'vlan', id: 'kommunal', owner: 'platform' },
  qinq: { type: 'qinq', id: 't0001', owner: 'tenant', bridge: 'vmbr1', serviceTag: 101 },
  vxlan: { type: 'vxlan', id: 'komvx', owner: 'platform' },
  evpn: { type: 'evpn', id: 't0001', owner: 'tenant', controller: 'evpnctl', vrfVni: 4_000_001 },
});

/** Segment tags per zone type: VLAN/C-tags for vlan and qinq, VNIs for vxlan and evpn. */
export function segmentsFor(type: SegmentZone['type']): Readonly<Record<string, SegmentDefinition>> {
  if (type === 'vlan' || type === 'qinq') return SEGMENTS;
  const vni: Record<string, number> = { management: 100_010, servers: 100_011, clients: 100_012 };
  return Object.fromEntries(Object.entries(SEGMENTS).map(([k, s]) => [k, { ...s, tag: vni[k] as number }]));
}

export function segmentsProps(type: SegmentZone['type'] = 'qinq', overrides: Partial<NetworkSegmentsProps> = {}): NetworkSegmentsProps {
  return { tenant: TENANT, zone: ZONES[type], block: '10.20.0.0/22', segments: segmentsFor(type), ...overrides };
}

export function firewallProps(overrides: Partial<TenantFirewallProps> = {}): TenantFirewallProps {
  return {
    tenant: TENANT,
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
