/**
 * Fixtures of the reachability tests: the example tenants' synthesized stacks with guests added as
 * bpg/proxmox 0.111.1 JSON (what the guest catalogue renders: `network_device` with the vnet as
 * bridge and `firewall = true`, per-guest firewall options, rules attaching a security group and a
 * final logged DROP, an `ipfilter-net<n>` IP set per NIC).
 */
import type { StackJson } from '../../../lib/compliance/types';
import type { TenantSpec } from '../../../lib/model/spec';
import { type GuestFixture, smallTownGuests } from '../../../bench/reachability-guests';
import { clone, exampleStacks, LANDKREIS, MUSTERSTADT } from '../fixtures';

export { addGuests, PLATFORM_SERVICES_CIDR, type GuestFixture, type NicFixture } from '../../../bench/reachability-guests';

let cache: { key: string; json: StackJson; spec: TenantSpec }[] | undefined;
let evpnCache: { key: string; json: StackJson; spec: TenantSpec }[] | undefined;

/** A fresh copy of musterstadt (qinq) and its spec. */
export function musterstadtCopy(): { json: StackJson; spec: TenantSpec } {
  cache ??= exampleStacks(MUSTERSTADT);
  const s = cache.find((x) => x.key === 'musterstadt')!;
  return { json: clone(s.json), spec: s.spec };
}

/** A fresh copy of the landkreis example's first EVPN tenant and its spec. */
export function evpnTenantCopy(): { json: StackJson; spec: TenantSpec } {
  evpnCache ??= exampleStacks(LANDKREIS);
  const s = evpnCache.find((x) => x.spec.network.zoneType === 'evpn')!;
  return { json: clone(s.json), spec: s.spec };
}

/** The small-town guest set of musterstadt (bench/reachability-guests.ts smallTownGuests). */
export function musterstadtGuests(json: StackJson, spec: TenantSpec, edge: Partial<GuestFixture> = {}): GuestFixture[] {
  return smallTownGuests(json, spec, edge);
}
