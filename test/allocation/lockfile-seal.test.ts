/**
 * The lock's seal (issue #15, deliverable 4): a count and SHA-256 of the entries below the header,
 * so that a cut-off lock or a hand edit that lost entries is an error instead of a silent
 * re-allocation (which could hand a retired number and address block to another tenant).
 */
import { allocate } from '../../lib/allocation/allocate';
import { lockTextMatchesSeal, parseLockFile, serializeLockFile, serializeUnsealedLockFile } from '../../lib/allocation/lockfile';
import type { LockFile } from '../../lib/model/parameters';
import { lockProblemsOf as problemsOf, request, tenants } from './fixtures';


/** Three tenants, the middle one retired, the first with its owner recorded. */
function sample(): LockFile {
  const first = allocate(request('vlan', tenants('alpha', 'beta', 'gamma'))).lock;
  const lock = allocate(request('vlan', tenants('alpha', 'gamma')), first).lock;
  return { ...lock, tenants: { ...lock.tenants, alpha: { ...lock.tenants.alpha, ags: '07999011', name: 'Alpha (Pfalz)' } } };
}

/** The text without the entry of `key` (cut at entry boundaries, as a truncation or careless edit would). */
function withoutEntry(text: string, key: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(`  ${key}:`);
  let end = at + 1;
  while (end < lines.length && lines[end].startsWith('    ')) end += 1;
  return [...lines.slice(0, at), ...lines.slice(end)].join('\n');
}

describe('lock seal', () => {
  it('round-trips a sealed lock with recorded owners, on the fast and the positioned path', () => {
    const lock = sample();
    const text = serializeLockFile(lock);
    expect(text.split('\n')[3]).toMatch(/^# integrity: 3 tenants, sha256:[0-9a-f]{64}$/);
    expect(text).toContain('    ags: "07999011"\n    name: "Alpha (Pfalz)"\n');
    expect(parseLockFile(text, 'fleet.lock.yaml')).toEqual(lock);
    expect(lockTextMatchesSeal(text)).toBe(true);
    // A comment elsewhere forces the positioned parser; the seal still holds (it covers the entries).
    const commented = text.replace('tenants:\n', 'tenants: # reviewed\n');
    expect(parseLockFile(commented, 'fleet.lock.yaml')).toEqual(lock);
  });

  it('still reads a lock written before the seal existed', () => {
    const lock = sample();
    const old = serializeUnsealedLockFile(lock);
    expect(old).not.toContain('# integrity:');
    expect(parseLockFile(old, 'fleet.lock.yaml')).toEqual(lock);
    expect(lockTextMatchesSeal(old)).toBe(true);
  });

  it('fails when the lock lost its last entry (cut off at an entry boundary)', () => {
    const text = serializeLockFile(sample());
    const cut = withoutEntry(text, 'gamma');
    expect(lockTextMatchesSeal(cut)).toBe(false);
    expect(problemsOf(cut)).toEqual([
      'fleet.lock.yaml:4:1: fleet.lock.yaml was written with 3 tenant entries but holds 2: entries were lost (a cut-off file or a hand edit). ' +
        'Restore it from version control (e.g. git checkout -- fleet.lock.yaml): allocating from an incomplete lock could hand a retired number and address block to another tenant',
    ]);
  });

  it('fails when a retired entry was deleted by hand (its number would be free again)', () => {
    expect(problemsOf(withoutEntry(serializeLockFile(sample()), 'beta'))[0]).toMatch(/^fleet\.lock\.yaml:4:1: fleet\.lock\.yaml was written with 3 tenant entries but holds 2/);
  });

  it('fails when an entry was changed by hand, and accepts the change once the seal line is deleted', () => {
    const text = serializeLockFile(sample());
    const edited = text.replace('    ags: "07999011"', '    ags: "07999099"');
    expect(problemsOf(edited)).toEqual([
      'fleet.lock.yaml:4:1: the entries of fleet.lock.yaml differ from what kommunal-cdk wrote (SHA-256 mismatch): the file was edited by hand. ' +
        'Restore it from version control; if the edit was deliberate and reviewed, delete this line and run kommunal synth to seal the lock again',
    ]);
    const unsealed = edited.split('\n').filter((l) => !l.startsWith('# integrity:')).join('\n');
    expect(parseLockFile(unsealed, 'fleet.lock.yaml').tenants.alpha.ags).toBe('07999099');
  });

  it('fails on a malformed seal line', () => {
    const text = serializeLockFile(sample()).replace(/sha256:[0-9a-f]{64}/, 'sha256:xyz');
    expect(problemsOf(text)).toEqual([
      'fleet.lock.yaml:4:1: the integrity line "# integrity: 3 tenants, sha256:xyz" is not "# integrity: <n> tenants, sha256:<64 hex digits>"; restore fleet.lock.yaml from version control',
    ]);
  });
});
