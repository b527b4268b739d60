/**
 * The plan guard's tenant scope for guests (issue #18): a tenant's guests and their firewall
 * objects and HA resources are the tenant's when their VM ID is in its range (the footprint's
 * `vmIds`, lib/model/footprint.ts); the same objects with a VM ID of another tenant are refused, as
 * are firewall rule lists and options that name no guest (the datacenter's or a node's firewall).
 */
import { guardPlan } from '../../lib/pipeline/plan-guard';
import type { PlanJson } from '../../lib/pipeline/plan-json';
import { checkTenantScope, tenantFacts } from '../../lib/pipeline/tenant-scope';
import { resolveRegisterFleet } from '../../lib/compliance/isolation';
import type { TenantSpec } from '../../lib/model/spec';

const specs = resolveRegisterFleet([
  { ags: '07100001', name: 'Hahn' },
  { ags: '07100002', name: 'Hahn am See' },
]);
const hahn = specs.hahn!;
const neighbour = specs['hahn-am-see']!;

/** One VM and one container of a tenant with what the blueprint renders around them (lib/compute/tenant-guests.ts), as plan values. */
function guestObjects(spec: TenantSpec, offset = 0): { type: string; values: Record<string, unknown> }[] {
  const vm = spec.compute.vmIds.start + offset;
  const ct = vm + 1;
  const pool = spec.compute.pool;
  return [
    { type: 'proxmox_virtual_environment_vm', values: { vm_id: vm, node_name: 'pve1', pool_id: pool, clone: [{ vm_id: 9000, full: true }] } },
    { type: 'proxmox_virtual_environment_container', values: { vm_id: ct, node_name: 'pve2', pool_id: pool } },
    { type: 'proxmox_virtual_environment_firewall_options', values: { node_name: 'pve1', vm_id: vm, enabled: true, input_policy: 'DROP' } },
    { type: 'proxmox_virtual_environment_firewall_options', values: { node_name: 'pve2', container_id: ct, enabled: true } },
    { type: 'proxmox_virtual_environment_firewall_rules', values: { node_name: 'pve1', vm_id: vm } },
    { type: 'proxmox_virtual_environment_firewall_ipset', values: { node_name: 'pve1', vm_id: vm, name: 'admins' } },
    { type: 'proxmox_virtual_environment_firewall_alias', values: { node_name: 'pve2', container_id: ct, name: 'gw', cidr: '10.0.0.1' } },
    { type: 'proxmox_virtual_environment_haresource', values: { resource_id: `vm:${vm}`, state: 'started' } },
    { type: 'proxmox_haresource', values: { resource_id: `ct:${ct}`, state: 'started' } },
  ];
}

const planOf = (objects: { type: string; values: Record<string, unknown> }[]): PlanJson => ({
  formatVersion: '1.2',
  toolVersion: '1.11.4',
  resourceChanges: objects.map((o, i) => ({ address: `${o.type}.G${i}`, mode: 'managed', type: o.type, change: { actions: ['create'], before: null, after: o.values } })),
});

describe('the plan guard and a tenant\'s guests', () => {
  it('the footprint holds the tenant\'s VM ID range, disjoint from its neighbour\'s', () => {
    const a = tenantFacts(hahn).vmIds!;
    const b = tenantFacts(neighbour).vmIds!;
    expect(a.end - a.start).toBeGreaterThan(1);
    expect(a.end < b.start || b.end < a.start).toBe(true);
  });

  it('accepts creating the tenant\'s own guests, their firewall objects and HA resources (every one checked, inside)', () => {
    const r = guardPlan(planOf(guestObjects(hahn)), hahn, { date: '2026-12-06' });
    expect(r.decisions.filter((d) => d.verdict !== 'allowed').map((d) => `${d.address}: ${d.reasons.join('; ')}`)).toEqual([]);
    expect(r.decisions.map((d) => d.scope)).toEqual(guestObjects(hahn).map(() => 'inside'));
    expect(r.ok).toBe(true);
  });

  it('refuses every one of them with a VM ID of the neighbour, naming the attribute and the tenant\'s range', () => {
    const objects = guestObjects(neighbour);
    const r = guardPlan(planOf(objects), hahn, { date: '2026-12-06' });
    expect(r.decisions.map((d) => [d.scope, d.verdict])).toEqual(objects.map(() => ['outside', 'rejected']));
    expect(r.ok).toBe(false);
    const range = `${hahn.compute.vmIds.start}-${hahn.compute.vmIds.end}`;
    const ha = r.decisions.find((d) => d.type === 'proxmox_haresource');
    expect(ha?.reasons.join('\n')).toContain(`resource_id "ct:${neighbour.compute.vmIds.start + 1}"`);
    expect(ha?.reasons.join('\n')).toContain(range);
  });

  it('refuses a VM ID just outside the range (one past the end) and accepts the last one inside', () => {
    const facts = tenantFacts(hahn);
    const last = hahn.compute.vmIds.end;
    expect(checkTenantScope('proxmox_virtual_environment_firewall_options', null, { vm_id: last }, facts)).toEqual({ checked: true, findings: [] });
    expect(checkTenantScope('proxmox_virtual_environment_firewall_options', null, { vm_id: last + 1 }, facts).findings.map((f) => f.attribute)).toEqual(['vm_id']);
    expect(checkTenantScope('proxmox_haresource', null, { resource_id: String(last) }, facts).findings).toEqual([]);
    expect(checkTenantScope('proxmox_haresource', null, { resource_id: `vm:${last + 1}` }, facts).findings.map((f) => f.attribute)).toEqual(['resource_id']);
  });

  it('refuses firewall options and rule lists that name no guest: they are the datacenter\'s or a node\'s', () => {
    const facts = tenantFacts(hahn);
    for (const type of ['proxmox_virtual_environment_firewall_rules', 'proxmox_virtual_environment_firewall_options', 'proxmox_virtual_environment_firewall_alias']) {
      const r = checkTenantScope(type, null, { node_name: 'pve1', enabled: true }, facts);
      expect({ type, checked: r.checked, attributes: r.findings.map((f) => f.attribute) }).toEqual({ type, checked: true, attributes: ['vm_id'] });
    }
  });

  it('still judges a cluster-level IP set by its name (the tenant\'s own IP sets only)', () => {
    const facts = tenantFacts(hahn);
    const foreign = checkTenantScope('proxmox_virtual_environment_firewall_ipset', null, { name: 'not-hahns-ipset' }, facts);
    expect(foreign.findings.map((f) => f.attribute)).toEqual(['name']);
  });
});
