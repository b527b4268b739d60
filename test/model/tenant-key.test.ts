import { assignTenantKeys, suggestTenantKey, TENANT_KEY_PATTERN, validateTenantKey } from '../../lib/model/tenant-key';

describe('suggestTenantKey', () => {
  it.each([
    ['Mainz, kfr. St.', '07315000', false, 'mainz'],
    ['Frankenthal (Pfalz), kfr. St.', '07311000', false, 'frankenthal-pfalz'],
    ['Wenningstedt – Braderup (Sylt)', '01054149', false, 'wenningstedt-braderup-sylt'],
    ['Buchholzin der Nordheide, Stadt', '03353005', false, 'buchholzin-der-nordheide'],
    ['Neuenkirchen', '03358017', true, 'neuenkirchen-03358017'],
    ['Zehnhausen, Rennerod', '07143315', false, 'zehnhausen-rennerod'],
    ['Lübbenau/Spreewald/Lubnjow/Błota, Stadt', '12066196', false, 'luebbenau-spreewald-lubnjow-blota'],
    ['Au', '09178113', false, 'au-09178113'],
    ['1. Testgemeinde', '99000001', false, 'k-1-testgemeinde'],
    ['(((', '99000002', false, 'k-99000002'],
  ])('%j (%s, ambiguous=%s) -> %j', (name, ags, ambiguous, key) => {
    expect(suggestTenantKey(name, ags, ambiguous)).toBe(key);
    expect(validateTenantKey(key)).toEqual([]);
  });

  it('truncates long slugs at a dash and appends the AGS', () => {
    const key = suggestTenantKey('Vetschau/Spreewald/Wětošow/Błota mit einem sehr langen Zusatz', '12066320', false);
    expect(key).toBe('vetschau-spreewald-wetosow-12066320');
    expect(key.length).toBeLessThanOrEqual(40);
    const ambiguous = suggestTenantKey('Lübbenau/Spreewald/Lubnjow/Błota, Stadt', '12066196', true);
    expect(ambiguous).toBe('luebbenau-spreewald-lubnjow-12066196');
    expect(ambiguous).toMatch(TENANT_KEY_PATTERN);
  });

  it('fails when the AGS is needed and not 8 digits', () => {
    expect(() => suggestTenantKey('Neuenkirchen', '123', true)).toThrow(
      'suggestTenantKey("Neuenkirchen"): ags "123" must be 8 digits (needed to make the key unique)',
    );
  });
});

describe('validateTenantKey', () => {
  it.each([
    ['ab', ['tenant key "ab": has 2 characters, allowed 3-40']],
    ['a'.repeat(41), [`tenant key "${'a'.repeat(41)}": has 41 characters, allowed 3-40`]],
    ['Mainz', ['tenant key "Mainz": only lower-case letters a-z, digits and \'-\' are allowed']],
    ['1mainz', ['tenant key "1mainz": must start with a lower-case letter']],
    ['mainz-', ["tenant key \"mainz-\": must not end with '-'"]],
    ['bad--key', ["tenant key \"bad--key\": must not contain '--'"]],
    ['münchen', ['tenant key "münchen": only lower-case letters a-z, digits and \'-\' are allowed']],
  ])('fails when the key is %j', (key, problems) => {
    expect(validateTenantKey(key)).toEqual(problems);
  });

  it('fails when the key is not a string', () => {
    expect(validateTenantKey(42)).toEqual(['tenant key 42: must be a string']);
  });
});

describe('assignTenantKeys', () => {
  it('appends the AGS to every holder of an ambiguous name, also across punctuation variants', () => {
    const keys = assignTenantKeys([
      { name: 'Neustadt/Westerwald', ags: '07143272' },
      { name: 'Neustadt (Westerwald)', ags: '07999999' },
      { name: 'Mainz, kfr. St.', ags: '07315000' },
    ]);
    expect([...keys.values()]).toEqual(['neustadt-westerwald-07143272', 'neustadt-westerwald-07999999', 'mainz']);
  });
});
