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

/**
 * The stack without the guests the blueprint rendered (VMs, containers, HA resources and the
 * guests' own firewall objects): the fixtures add their own guest sets to the bare tenant network.
 */
export function withoutRenderedGuests(json: StackJson): StackJson {
  const r = (json as { resource?: Record<string, Record<string, Record<string, unknown>>> }).resource ?? {};
  for (const t of ['proxmox_virtual_environment_vm', 'proxmox_virtual_environment_container', 'proxmox_haresource']) delete r[t];
  for (const t of ['proxmox_virtual_environment_firewall_options', 'proxmox_virtual_environment_firewall_rules', 'proxmox_virtual_environment_firewall_ipset']) {
    for (const [name, body] of Object.entries(r[t] ?? {})) if (body.vm_id !== undefined || body.container_id !== undefined) delete r[t]![name];
  }
  return json;
}

/** A fresh copy of musterstadt (qinq) without its rendered guests, and its spec. */
export function musterstadtCopy(): { json: StackJson; spec: TenantSpec } {
  cache ??= exampleStacks(MUSTERSTADT);
  const s = cache.find((x) => x.key === 'musterstadt')!;
  return { json: withoutRenderedGuests(clone(s.json)), spec: s.spec };
}

/** A fresh copy of the landkreis example's first EVPN tenant without its rendered guests, and its spec. */
export function evpnTenantCopy(): { json: StackJson; spec: TenantSpec } {
  evpnCache ??= exampleStacks(LANDKREIS);
  const s = evpnCache.find((x) => x.spec.network.zoneType === 'evpn')!;
  return { json: withoutRenderedGuests(clone(s.json)), spec: s.spec };
}

/** The small-town guest set of musterstadt (bench/reachability-guests.ts smallTownGuests). */
export function musterstadtGuests(json: StackJson, spec: TenantSpec, edge: Partial<GuestFixture> = {}): GuestFixture[] {
  return smallTownGuests(json, spec, edge);
}
