/**
 * Fleet-wide uniqueness of what tenants own by name (issue #14, deliverable 1): tenant domains,
 * directory groups of the platform directory, reserved keys and pg state names, each reported at
 * the tenant file's field with a position.
 */
import { checkFleetTenants } from '../../lib/config/validate-fleet';
import { SourceFile } from '../../lib/config/source';
import { formatProblem } from '../../lib/config/problems';

const FLEET = {
  name: 'rlp', namingDomain: 'kommunen.example.org', land: '07',
  backup: { server: 'pbs1.example.org', datastore: 'k', secondCopy: { server: 'pbs2.example.org', datastore: 'c' } },
  logging: { collector: 'logs.example.org:6514' },
  vault: { isolation: 'path' },
  identity: { sharedRealm: { id: 'platform-oidc', issuerUrl: 'https://sso.example.org/realms/k', clientId: 'pve' } },
};

function tenant(file: string, text: string) {
  const src = new SourceFile(file, text);
  return { src, data: src.data };
}

const check = (fleet: Record<string, unknown>, ...tenants: ReturnType<typeof tenant>[]): string[] =>
  checkFleetTenants(fleet, tenants).map(formatProblem);

describe('fleet-wide uniqueness of tenant footprints', () => {
  it('accepts default domains and groups of distinct tenants', () => {
    expect(check(FLEET, tenant('hahn.yaml', 'key: hahn\nname: Hahn\n'), tenant('hahn-am-see.yaml', 'key: hahn-am-see\nname: Hahn am See\n'))).toEqual([]);
  });

  it('refuses a tenant domain above every platform host (example.org) and above the namingDomain', () => {
    const out = check(FLEET, tenant('a.yaml', 'key: alpha\nname: A\ndomain: example.org\n'));
    expect(out.length).toBeGreaterThanOrEqual(5);
    expect(out[0]).toMatch(/^a\.yaml:3:9 domain: domain "example\.org" is above "kommunen\.example\.org" \(namingDomain/);
    expect(out.join('\n')).toContain('is above "pbs1.example.org" (backup.server');
    expect(out.join('\n')).toContain('is above "sso.example.org" (identity.sharedRealm.issuerUrl');
  });

  it('refuses a tenant domain equal to or below a platform host', () => {
    expect(check(FLEET, tenant('a.yaml', 'key: alpha\nname: A\ndomain: logs.example.org\n'))).toEqual([
      expect.stringMatching(/^a\.yaml:3:9 domain: domain "logs\.example\.org" is equal to "logs\.example\.org" \(logging\.collector/),
    ]);
    expect(check(FLEET, tenant('a.yaml', 'key: alpha\nname: A\ndomain: www.pbs2.example.org\n'))[0]).toMatch(/is below "pbs2\.example\.org" \(backup\.secondCopy\.server/);
  });

  it("refuses a tenant domain equal to, above or below another tenant's, in either file order", () => {
    const hahn = tenant('hahn.yaml', 'key: hahn\nname: Hahn\n');
    const above = tenant('x.yaml', 'key: xdorf\nname: X\ndomain: hahn.kommunen.example.org\n');
    expect(check(FLEET, hahn, above)).toEqual([expect.stringMatching(/^x\.yaml:3:9 domain: domain "hahn\.kommunen\.example\.org" is equal to "hahn\.kommunen\.example\.org", the domain of the tenant in hahn\.yaml/)]);
    const parent = tenant('p.yaml', 'key: pdorf\nname: P\ndomain: stadt.de\n');
    const child = tenant('c.yaml', 'key: cdorf\nname: C\ndomain: ortsteil.stadt.de\n');
    for (const order of [[parent, child], [child, parent]]) {
      const out = check(FLEET, ...order);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/ortsteil\.stadt\.de.* (is below|is above|above|below) /);
    }
    // A default domain below an explicit one: reported at the explicit file, in either order.
    const top = tenant('t.yaml', 'key: tdorf\nname: T\ndomain: kommunen.example.org.test\n');
    const over = tenant('o.yaml', 'key: odorf\nname: O\ndomain: hahn.kommunen.example.org.test\n');
    expect(check(FLEET, top, over)).toHaveLength(1);
    const parentOfDefault = tenant('q.yaml', 'key: qdorf\nname: Q\ndomain: sub.hahn.kommunen.example.org\n');
    expect(check(FLEET, parentOfDefault, hahn)).toEqual([expect.stringMatching(/^q\.yaml:3:9 domain: domain "sub\.hahn\.kommunen\.example\.org" is below "hahn\.kommunen\.example\.org"/)]);
  });

  it('refuses two tenants mapping the same group of the platform directory', () => {
    const a = tenant('a.yaml', 'key: alpha\nname: A\nidentity:\n  groups:\n    admins: gg-admins\n');
    const b = tenant('b.yaml', 'key: beta\nname: B\nidentity:\n  groups:\n    admins: gg-admins\n');
    expect(check(FLEET, a, b)).toEqual([expect.stringMatching(/^b\.yaml:5:13 identity\.groups\.admins: directory group "gg-admins" is already mapped by the tenant in a\.yaml/)]);
    // The default group of another tenant counts too.
    const c = tenant('c.yaml', 'key: gamma\nname: C\nidentity:\n  groups:\n    operators: alpha-operators\n');
    expect(check(FLEET, a, c)).toEqual([expect.stringMatching(/^c\.yaml:5:16 identity\.groups\.operators: directory group "alpha-operators"/)]);
  });

  it('refuses the reserved key platform', () => {
    expect(check(FLEET, tenant('platform.yaml', 'key: platform\nname: P\n'))[0]).toMatch(/^platform\.yaml:1:6 key: tenant key "platform" is reserved/);
  });

  it('refuses keys whose pg state schema PostgreSQL would cut (two tenants would share one state)', () => {
    const fleet = { ...FLEET, state: { backend: 'pg', settings: { schemaPrefix: 'landesrechenzentrum_kommunal' } } };
    const k1 = 'verbandsgemeinde-musterland-nord-07a';
    const k2 = 'verbandsgemeinde-musterland-nord-07b';
    const out = check(fleet, tenant('a.yaml', `key: ${k1}\nname: A\n`), tenant('b.yaml', `key: ${k2}\nname: B\n`));
    expect(out).toEqual([
      expect.stringMatching(/^a\.yaml:1:6 key: the pg state backend stores this tenant's state in schema "landesrechenzentrum_kommunal_verbandsgemeinde_musterland\.\.\. \(65 bytes\), but PostgreSQL cuts identifiers at 63 bytes/),
      expect.stringMatching(/^b\.yaml:1:6 key: .* \(65 bytes\)/),
    ]);
    // The cut makes both the same schema: what the check prevents.
    expect(Buffer.from(`landesrechenzentrum_kommunal_${k1.replace(/-/g, '_')}`).subarray(0, 63).toString()).toBe(Buffer.from(`landesrechenzentrum_kommunal_${k2.replace(/-/g, '_')}`).subarray(0, 63).toString());
    expect(check({ ...FLEET, state: { backend: 'pg' } }, tenant('a.yaml', `key: ${k1}\nname: A\n`))).toEqual([]);
  });
});
