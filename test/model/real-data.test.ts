import { describeIfGemeinden, loadGemeinden } from '../helpers/shared-data';
import { baseName, slugify } from '../../lib/model/slug';
import { assignTenantKeys, validateTenantKey } from '../../lib/model/tenant-key';

describeIfGemeinden('tenant keys for the real municipality register', () => {
  const all = () => loadGemeinden();

  it('reads all 10,793 municipalities and 2,301 in Rheinland-Pfalz', () => {
    expect(all()).toHaveLength(10_793);
    expect(all().filter((g) => g.ags.startsWith('07'))).toHaveLength(2_301);
  });

  it('gives every municipality in Germany a unique, valid key', () => {
    const keys = assignTenantKeys(all());
    const values = [...keys.values()];
    expect(keys.size).toBe(10_793);
    expect(new Set(values).size).toBe(10_793);
    const invalid = values.filter((k) => validateTenantKey(k).length > 0);
    expect(invalid).toEqual([]);
  });

  it('gives every Rheinland-Pfalz municipality a unique, valid key (ambiguity judged on the whole register)', () => {
    const keys = assignTenantKeys(all());
    const rp = all().filter((g) => g.ags.startsWith('07')).map((g) => keys.get(g.ags)!);
    expect(new Set(rp).size).toBe(2_301);
    expect(rp.filter((k) => validateTenantKey(k).length > 0)).toEqual([]);
    expect(keys.get('07315000')).toBe('mainz');
    expect(keys.get('07143315')).toBe('zehnhausen-rennerod');
  });

  it('appends the AGS exactly to names whose base-name slug repeats', () => {
    const counts = new Map<string, number>();
    for (const g of all()) {
      const s = slugify(baseName(g.name));
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const keys = assignTenantKeys(all());
    const neuenkirchen = all().filter((g) => baseName(g.name) === 'Neuenkirchen');
    expect(neuenkirchen.length).toBeGreaterThanOrEqual(11);
    for (const g of neuenkirchen) expect(keys.get(g.ags)).toBe(`neuenkirchen-${g.ags}`);
    for (const g of all()) {
      const key = keys.get(g.ags)!;
      if ((counts.get(slugify(baseName(g.name))) ?? 0) > 1) expect(key.endsWith(`-${g.ags}`)).toBe(true);
    }
  });

  it('leaves no status suffix in base names', () => {
    const leftovers = all().map((g) => baseName(g.name)).filter((b) => /, (Stadt|St\.?|M|GKSt|Flecken)$|\(Krfr/.test(b));
    expect(leftovers).toEqual([]);
  });
});
