/**
 * The guard's scope check is exact (issue #14, deliverable 1): tenant `hahn` owns
 * `kommunen-hahn-admin`, never `kommunen-hahn-am-see-admin`. With prefix rules (`startsWith`) the
 * guard let `hahn` rewrite and delete the policies, roles and groups of `hahn-am-see`.
 */
import { guardPlan } from '../../lib/pipeline/plan-guard';
import type { PlanJson } from '../../lib/pipeline/plan-json';
import { resolveRegisterFleet } from '../../lib/compliance/isolation';
import { tenantFootprint } from '../../lib/model/footprint';
import { DIRECTORY_LOGIN_ROLES, tenantCiRoleOf, tenantDirectoryRoleName, VAULT_POLICY_ROLES } from '../../lib/model/vault-names';
import { pveDirectoryGroupId } from '../../lib/model/pve-names';
import type { TenantSpec } from '../../lib/model/spec';

const specs = resolveRegisterFleet([
  { ags: '07100001', name: 'Hahn' },
  { ags: '07100002', name: 'Hahn am See' },
]);
const hahn = specs.hahn!;
const neighbour = specs['hahn-am-see']!;

/** Every identity object of a tenant a plan can name: policies, auth roles, PVE and directory groups. */
function identityChanges(spec: TenantSpec, actions: string[]): PlanJson['resourceChanges'] {
  const objects: { type: string; values: Record<string, unknown> }[] = [
    ...VAULT_POLICY_ROLES.map((r) => ({ type: 'vault_policy', values: { name: spec.vault.policies[r], policy: 'path "x" { capabilities = ["read"] }' } })),
    { type: 'vault_jwt_auth_backend_role', values: { backend: 'gitlab', role_name: tenantCiRoleOf(spec) } },
    ...DIRECTORY_LOGIN_ROLES.map((r) => ({ type: 'vault_jwt_auth_backend_role', values: { backend: 'oidc', role_name: tenantDirectoryRoleName(spec.key, r) } })),
    ...Object.values(spec.identity.groups).map((g) => ({ type: 'proxmox_virtual_environment_group', values: { group_id: g } })),
    ...Object.values(spec.identity.directoryGroups).map((g) => ({ type: 'proxmox_virtual_environment_group', values: { group_id: pveDirectoryGroupId(g, spec.identity.realm.id) } })),
    ...Object.values(spec.identity.directoryGroups).map((g) => ({ type: 'vault_ldap_auth_backend_group', values: { backend: 'ldap', groupname: g } })),
    { type: 'proxmox_virtual_environment_acl', values: { path: `/pool/${spec.compute.pool}`, group_id: spec.identity.groups.admins, role_id: 'PVEVMAdmin' } },
  ];
  return objects.map((o, i) => ({
    address: `${o.type}.R${i}`, mode: 'managed', type: o.type,
    change: { actions, before: actions[0] === 'create' ? null : o.values, after: actions[0] === 'delete' ? null : o.values },
  }));
}

const planOf = (resourceChanges: PlanJson['resourceChanges']): PlanJson => ({ formatVersion: '1.2', toolVersion: '1.11.4', resourceChanges });

describe('the plan guard owns objects by exact name, not by key prefix', () => {
  it('lets hahn create and update its own policies, roles and groups', () => {
    for (const actions of [['create'], ['update']]) {
      const r = guardPlan(planOf(identityChanges(hahn, actions)), hahn, { date: '2026-12-06' });
      expect(r.decisions.filter((d) => d.verdict !== 'allowed').map((d) => `${d.address}: ${d.reasons.join('; ')}`)).toEqual([]);
      expect(r.decisions.every((d) => d.scope === 'inside')).toBe(true);
    }
  });

  it("refuses hahn touching hahn-am-see's policies, roles and groups (update and delete)", () => {
    for (const actions of [['update'], ['delete']]) {
      const changes = identityChanges(neighbour, actions);
      const r = guardPlan(planOf(changes), hahn, { date: '2026-12-06' });
      const outside = r.decisions.filter((d) => d.scope === 'outside' && d.verdict === 'rejected').map((d) => d.address);
      expect(outside).toEqual(changes.map((c) => c.address));
      expect(r.ok).toBe(false);
    }
    const one = guardPlan(planOf(identityChanges(neighbour, ['update']).slice(0, 1)), hahn, { date: '2026-12-06' }).decisions[0];
    expect(one.reasons.join('\n')).toContain('"kommunen-hahn-am-see-admin"');
  });

  it('recognises the vnet of a retired segment only from the lock (the vnets ever allocated)', () => {
    const retired = `${hahn.code}dz`;
    expect(Object.values(hahn.network.segments).map((s) => s!.vnetId)).not.toContain(retired);
    const plan = planOf([{ address: 'proxmox_virtual_environment_sdn_vnet.Old', mode: 'managed', type: 'proxmox_virtual_environment_sdn_vnet', change: { actions: ['delete'], before: { id: retired, zone: hahn.network.zone.id }, after: null } }]);
    const withoutLock = guardPlan(plan, hahn, { date: '2026-12-06' }).decisions[0];
    expect(withoutLock.scope).toBe('outside');
    const footprint = tenantFootprint(hahn, { dmz: { vnet: retired, cidr: '10.0.0.0/28' } });
    const withLock = guardPlan(plan, hahn, { date: '2026-12-06', footprint }).decisions[0];
    expect(withLock.scope).toBe('inside');
    // The neighbour's vnet with the same segment code is never hahn's.
    const foreign = planOf([{ ...plan.resourceChanges[0], change: { actions: ['delete'], before: { id: `${neighbour.code}dz`, zone: hahn.network.zone.id }, after: null } }]);
    expect(guardPlan(foreign, hahn, { date: '2026-12-06', footprint }).decisions[0].scope).toBe('outside');
  });
});
