/**
 * The isolation proof reads the footprint registry (issue #14, deliverable 1): a tenant that
 * declares another tenant's policy or Proxmox group is a violation, whichever tenant comes first.
 * Before, the first tenant to declare a name was taken as its owner, so `hahn` declaring
 * `kommunen-hahn-am-see-admin` after `hahn-am-see` went unnoticed.
 */
import { analyseIsolation, isolationInputFromSpec, resolveRegisterFleet, type TenantIsolationInput } from '../../lib/compliance/isolation';
import { FootprintRegistry } from '../../lib/model/footprint';

const specs = resolveRegisterFleet([
  { ags: '07100001', name: 'Hahn' },
  { ags: '07100002', name: 'Hahn am See' },
]);
const registry = FootprintRegistry.fromFleet(specs);
const hahn = isolationInputFromSpec(specs.hahn!);
const neighbour = isolationInputFromSpec(specs['hahn-am-see']!);

/** hahn's input with hahn-am-see's admin policy (no grants) and admins group declared in its stack. */
const intruder: TenantIsolationInput = {
  ...hahn,
  grants: {
    ...hahn.grants,
    policies: [...hahn.grants.policies, { name: specs['hahn-am-see']!.vault.policies.admin, grants: [], address: 'vault_policy.Foreign' }],
    principals: [...hahn.grants.principals, specs['hahn-am-see']!.identity.groups.admins],
  },
};

describe('isolation with the footprint registry', () => {
  it('finds no violation between hahn and hahn-am-see as the blueprint renders them', () => {
    expect(analyseIsolation([neighbour, hahn], { registry }).violations).toEqual([]);
  });

  it("flags hahn declaring hahn-am-see's policy and group, in either order", () => {
    for (const inputs of [[neighbour, intruder], [intruder, neighbour]]) {
      const r = analyseIsolation(inputs, { registry });
      expect(r.violations.filter((v) => v.kind === 'foreign-object').map((v) => `${v.tenant} -> ${v.otherTenant}: ${v.resource}`)).toEqual([
        'hahn -> hahn-am-see: policy kommunen-hahn-am-see-admin',
        'hahn -> hahn-am-see: principal hahn-am-see-admins',
      ]);
      expect(r.ok).toBe(false);
    }
  });

  it('registry owners are exact: no name of hahn-am-see is hahn\'s', () => {
    const fp = registry.tenant('hahn-am-see')!;
    for (const kind of ['vault-policy', 'vault-auth-role', 'pve-group', 'pve-user', 'directory-group', 'pve-vnet', 'pve-acl-path'] as const) {
      for (const id of fp.ids[kind]) expect(`${kind} ${id} -> ${registry.ownerOf(kind, id)}`).toBe(`${kind} ${id} -> hahn-am-see`);
    }
    expect(registry.ownerOf('vault-policy', 'kommunen-hahn-admin')).toBe('hahn');
    expect(registry.ownerOf('vault-policy', 'kommunen-hahn-am-admin')).toBeUndefined();
    expect(registry.ownerOf('pve-acl-path', `/vms/${specs['hahn-am-see']!.compute.vmIds.start}`)).toBe('hahn-am-see');
  });
});
