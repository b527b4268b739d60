/**
 * Namespace-mode tenants own exactly two objects in Vault's root namespace: the PKI role on the
 * platform intermediate and the issuing policy of that role (lib/identity/tenant-vault.ts). The
 * guard rejected both in every first plan of such a tenant (seen in the rehearsal of the
 * verbandsgemeinde and landkreis-fleet examples); it must accept them under their exact names and
 * nothing else in the root namespace.
 */
import { guardPlan } from '../../lib/pipeline/plan-guard';
import type { PlanJson } from '../../lib/pipeline/plan-json';
import { exampleModel } from '../helpers/fleet';

const model = exampleModel('verbandsgemeinde');
const spec = model.specs['vg-musterland']!;

function planOf(changes: { type: string; after: Record<string, unknown> }[]): PlanJson {
  return {
    formatVersion: '1.2',
    toolVersion: '1.11.4',
    resourceChanges: changes.map((c, i) => ({ address: `${c.type}.R${i}`, mode: 'managed', type: c.type, change: { actions: ['create'], before: null, after: c.after } })),
  };
}

const rejected = (p: PlanJson) => guardPlan(p, spec, { date: '2026-12-05' }).decisions.filter((d) => d.verdict === 'rejected').map((d) => `${d.address}: ${d.reasons.join('; ')}`);

describe('namespace-mode tenant objects in the root namespace', () => {
  it('accepts the PKI role on the platform intermediate and the tenant PKI policy, by exact name', () => {
    expect(spec.vault.namespace).toBe('kommunen/vg-musterland');
    const plan = planOf([
      { type: 'vault_pki_secret_backend_role', after: { backend: spec.vault.pkiMount, name: spec.vault.pkiRole, namespace: null } },
      { type: 'vault_policy', after: { name: 'kommunen-vg-musterland-pki', namespace: null } },
      { type: 'vault_policy', after: { name: spec.vault.policies.admin, namespace: spec.vault.namespace } },
    ]);
    expect(rejected(plan)).toEqual([]);
  });

  it('fails when a root-namespace policy is not the tenant PKI policy', () => {
    const plan = planOf([
      { type: 'vault_policy', after: { name: 'kommunen-vg-musterland-admin', namespace: null } },
      { type: 'vault_policy', after: { name: 'kommunen-vg-musterland-x-pki', namespace: null } },
      { type: 'vault_policy', after: { name: 'platform-admin', namespace: null } },
    ]);
    expect(rejected(plan)).toHaveLength(3);
    expect(rejected(plan)[0]).toMatch(/name "?kommunen-vg-musterland-admin"? .*kommunen-vg-musterland-pki/);
  });

  it('fails when the PKI role sits on another mount or in a namespace', () => {
    const plan = planOf([
      { type: 'vault_pki_secret_backend_role', after: { backend: 'pki-root', name: spec.vault.pkiRole, namespace: null } },
      { type: 'vault_pki_secret_backend_role', after: { backend: spec.vault.pkiMount, name: spec.vault.pkiRole, namespace: spec.vault.namespace } },
    ]);
    const r = rejected(plan);
    expect(r).toHaveLength(2);
    expect(r[0]).toMatch(/backend/);
    expect(r[1]).toMatch(/namespace/);
  });
});

describe('path-mode tenant auth roles in the shared mounts', () => {
  // A path-mode fleet with a platform directory login (OIDC) and CI logins: musterstadt.
  const pathModel = exampleModel('musterstadt');
  const ms = pathModel.specs.musterstadt!;
  const rejectedFor = (names: string[]) =>
    guardPlan(
      { formatVersion: '1.2', toolVersion: '1.11.4', resourceChanges: names.map((n, i) => ({ address: `vault_jwt_auth_backend_role.R${i}`, mode: 'managed', type: 'vault_jwt_auth_backend_role', change: { actions: ['create'], before: null, after: { backend: 'oidc', role_name: n, namespace: null } } })) },
      ms,
      { date: '2026-12-05' },
    ).decisions.filter((d) => d.verdict === 'rejected').map((d) => d.address);

  it('accepts exactly the tenant\'s directory login roles and its CI role (seen rejected in a rehearsal of an OIDC fleet)', () => {
    expect(rejectedFor(['musterstadt-admin', 'musterstadt-operator', 'musterstadt-readonly', 'kommunen-musterstadt-ci'])).toEqual([]);
  });

  it('fails for another tenant\'s roles, also when its key starts with this key', () => {
    expect(rejectedFor(['musterstadt-ost-admin', 'kommunen-musterstadt-ost-ci', 'musterstadt-pipeline', 'kommunen-musterstadt-admin'])).toEqual([
      'vault_jwt_auth_backend_role.R0',
      'vault_jwt_auth_backend_role.R1',
      'vault_jwt_auth_backend_role.R2',
      'vault_jwt_auth_backend_role.R3',
    ]);
  });
});

describe('auth mounts in a tenant plan', () => {
  // Namespace mode with an OIDC directory: every tenant mounts its own OIDC login in its namespace
  // (lib/identity/tenant-vault.ts); landkreis-fleet is such a fleet.
  const nsModel = exampleModel('landkreis-fleet');
  const kv = nsModel.specs.kreisverwaltung!;
  const mountsRejected = (s: typeof kv, namespaces: (string | null)[], type = 'vault_jwt_auth_backend') =>
    guardPlan(
      { formatVersion: '1.2', toolVersion: '1.11.4', resourceChanges: namespaces.map((ns, i) => ({ address: `${type}.R${i}`, mode: 'managed', type, change: { actions: ['create'], before: null, after: { path: 'oidc', type: 'oidc', namespace: ns } } })) },
      s,
      { date: '2026-12-05' },
    ).decisions.filter((d) => d.verdict === 'rejected').map((d) => `${d.address}: ${d.reasons.join('; ')}`);

  it("accepts the tenant's OIDC mount in exactly its own namespace", () => {
    expect(kv.vault.namespace).toBe('kommunen/kreisverwaltung');
    expect(mountsRejected(kv, ['kommunen/kreisverwaltung'])).toEqual([]);
  });

  it("fails for an auth mount in the root namespace, another tenant's namespace, or a child namespace", () => {
    const r = mountsRejected(kv, [null, 'kommunen/kreisverwaltung-sued', 'kommunen/zv-abwasser', 'kommunen/kreisverwaltung/x']);
    expect(r).toHaveLength(4);
    for (const line of r) expect(line).toMatch(/namespace .*kommunen\/kreisverwaltung \(exactly the tenant's namespace\)/);
    expect(mountsRejected(kv, [null], 'vault_ldap_auth_backend')).toHaveLength(1);
  });

  it('fails for any auth mount of a path-mode tenant (every auth mount there is the platform\'s)', () => {
    const ms = exampleModel('musterstadt').specs.musterstadt!;
    const r = mountsRejected(ms, [null], 'vault_auth_backend');
    expect(r).toEqual([expect.stringMatching(/in path isolation every auth mount is the platform's/)]);
    expect(mountsRejected(ms, [null])).toHaveLength(1);
  });
});
