/**
 * The lock records the backup retention a tenant's backups were taken under (issue #14,
 * deliverable 2: "the backup hold uses the retention recorded when the backups were taken"):
 * format (fast and positioned reader), backwards compatibility (a lock without the record reads
 * and stays as it is), and the rule that the record only grows (lib/allocation/backup-retention.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { recordBackupRetention } from '../../lib/allocation/backup-retention';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import type { LockFile } from '../../lib/model/parameters';
import { musterstadtFleet } from '../pipeline/fixtures';
import { lockProblemsOf } from './fixtures';

const modelOf = (dir: string) => loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
const lockText = (dir: string) => fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
/** A lock whose musterstadt entry records the given retention. */
const withRecord = (lock: LockFile, keepDaily: number): LockFile => ({
  ...lock,
  tenants: { ...lock.tenants, musterstadt: { ...lock.tenants.musterstadt, backupRetention: { keepDaily, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 } } },
});

describe('recorded backup retention in the lock', () => {
  it('round-trips on the fast and on the positioned path, written as one line', () => {
    const lock = withRecord(modelOf(musterstadtFleet()).lock, 30);
    const text = serializeLockFile(lock);
    expect(text).toContain('    backupRetention: {keepDaily: 30, keepWeekly: 8, keepMonthly: 12, keepYearly: 1}\n');
    expect(parseLockFile(text, 'fleet.lock.yaml')).toEqual(lock);
    // A comment forces the YAML parser with positions; the seal covers the record too.
    expect(parseLockFile(text.replace('tenants:\n', 'tenants: # reviewed\n'), 'fleet.lock.yaml')).toEqual(lock);
    expect(() => parseLockFile(text.replace('keepDaily: 30', 'keepDaily: 7'), 'fleet.lock.yaml')).toThrow(/edited|integrity|seal/i);
  });

  it('reports a malformed record with its position', () => {
    const text = serializeLockFile(withRecord(modelOf(musterstadtFleet()).lock, 30)).replace(/^# integrity.*\n/m, '');
    expect(lockProblemsOf(text.replace('keepDaily: 30', 'keepDaily: -1')).join('\n')).toMatch(/:\d+:\d+.*backupRetention\.keepDaily: must be an integer >= 0/);
    expect(lockProblemsOf(text.replace('keepYearly: 1}', 'keepYearly: 1, keepHourly: 2}')).join('\n')).toMatch(/backupRetention\.keepHourly: unknown field/);
  });

  it('leaves the lock of an unchanged fleet as it is (no record added, nothing to write)', () => {
    const dir = musterstadtFleet();
    const model = modelOf(dir);
    expect(model.lockChanged).toBe(false);
    expect(model.lock.tenants.musterstadt.backupRetention).toBeUndefined();
    expect(serializeLockFile(model.lock)).toBe(lockText(dir));
  });

  it('records every tenant\'s retention when the lock is written anyway (a tenant added)', () => {
    const other = fs.readFileSync(path.join(musterstadtFleet(), 'kommunen/musterstadt.yaml'), 'utf8')
      .replace(/^key: .*$/m, 'key: nachbarstadt').replace(/^name: .*$/m, 'name: Nachbarstadt').replace(/^ags: .*$/m, 'ags: "07999002"').replace(/keepDaily: 30/, 'keepDaily: 10');
    const model = modelOf(musterstadtFleet('', { nachbarstadt: other }));
    expect(model.lockChanged).toBe(true);
    expect(model.lock.tenants.musterstadt.backupRetention).toEqual({ keepDaily: 30, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 });
    expect(model.lock.tenants.nachbarstadt.backupRetention).toEqual({ keepDaily: 10, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 });
  });

  it('keeps the longest retention: lowering keepDaily leaves the record, raising it raises the record', () => {
    const dir = musterstadtFleet();
    fs.writeFileSync(path.join(dir, 'fleet.lock.yaml'), serializeLockFile(withRecord(modelOf(dir).lock, 30)));
    const tenantFile = path.join(dir, 'kommunen/musterstadt.yaml');
    const original = fs.readFileSync(tenantFile, 'utf8');

    fs.writeFileSync(tenantFile, original.replace('keepDaily: 30', 'keepDaily: 7'));
    const lowered = modelOf(dir);
    expect(lowered.specs.musterstadt.backup.retention.keepDaily).toBe(7);
    expect(lowered.lockChanged).toBe(false);
    expect(lowered.lock.tenants.musterstadt.backupRetention?.keepDaily).toBe(30);

    fs.writeFileSync(tenantFile, original.replace('keepDaily: 30', 'keepDaily: 60\n    keepYearly: 0'));
    const raised = modelOf(dir);
    expect(raised.lockChanged).toBe(true);
    // Field by field: keepDaily grows to 60, keepYearly stays at the recorded 1.
    expect(raised.lock.tenants.musterstadt.backupRetention).toEqual({ keepDaily: 60, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 });
  });

  it('returns the same lock object when no record changes, and leaves retired entries alone', () => {
    const lock = withRecord(modelOf(musterstadtFleet()).lock, 30);
    const current = { musterstadt: { keepDaily: 5, keepWeekly: 1, keepMonthly: 1, keepYearly: 0 } };
    expect(recordBackupRetention(lock, current, true)).toBe(lock);
    const retired: LockFile = { ...lock, tenants: { musterstadt: { ...lock.tenants.musterstadt, retired: true, backupRetention: undefined } } };
    expect(recordBackupRetention(retired, current, true)).toBe(retired);
  });
});
