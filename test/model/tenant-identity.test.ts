import { ProblemCollector } from '../../lib/core/errors';
import { checkTenantIdentity, TenantIdentity, TenantIdentityField } from '../../lib/model/tenant-identity';

const GOOD: TenantIdentity = { key: 'musterstadt', code: 't0001', displayName: 'Musterstadt, Stadt', pool: 'kom-musterstadt' };
const ALL: TenantIdentityField[] = ['key', 'code', 'displayName', 'pool'];

function problems(tenant: unknown, fields: readonly TenantIdentityField[] = ALL): string[] {
  const p = new ProblemCollector();
  checkTenantIdentity(p, tenant as TenantIdentity, fields);
  try {
    p.throwIfAny('X', 'x');
    return [];
  } catch (e) {
    return (e as { problems: { path: string; message: string }[] }).problems.map((q) => `${q.path}: ${q.message}`);
  }
}

describe('checkTenantIdentity', () => {
  it('accepts a valid tenant', () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it('fails when each field is bad, one problem per field', () => {
    expect(problems({ key: 'Muster', code: '', displayName: '  ', pool: 'a/b' })).toEqual([
      'tenant.key: "Muster" is not a valid tenant key (lower-case DNS label, 3-40 characters); allowed: ^[a-z][a-z0-9-]{1,38}[a-z0-9]$',
      'tenant.code: must not be empty: give the tenant code',
      'tenant.displayName: must not be empty: give the display name',
      'tenant.pool: "a/b" is not a valid Proxmox pool ID; allowed: ^[A-Za-z0-9._-]+$',
    ]);
  });

  it('checks only the fields a construct uses', () => {
    expect(problems({ ...GOOD, pool: 'a/b', code: '' }, ['key'])).toEqual([]);
  });

  it('fails when the tenant is missing', () => {
    expect(problems(undefined)).toEqual(['tenant: undefined is not allowed; allowed: an object with key, code, displayName and pool']);
  });
});
