import { BackupPlan, BackupPlanProps, pruneBackupsMap } from '../../lib/backup/backup-plan';
import { calendarEventProblem } from '../../lib/backup/calendar-event';
import { resourceAddresses, resourcesOf, synthJson, testStack } from '../helpers/synth';

const tenant = { key: 'musterstadt', code: 't0001', displayName: 'Musterstadt, Stadt', pool: 'kom-musterstadt' };

function props(overrides: Partial<BackupPlanProps> = {}): BackupPlanProps {
  return {
    tenant,
    storage: { id: 'pbs-t0001', server: 'pbs1.dc.example', datastore: 'tenants', namespace: 'kommunen/musterstadt', username: 'pve-musterstadt@pbs' },
    schedule: '*-*-* 01:37',
    retention: { keepDaily: 14, keepWeekly: 8, keepMonthly: 12, keepYearly: 2 },
    secondCopy: { server: 'pbs2.dr.example', datastore: 'tenants-copy', namespace: 'kommunen/musterstadt' },
    ...overrides,
  };
}

function synth(p: BackupPlanProps) {
  const { stack } = testStack();
  new BackupPlan(stack, 'Backup', p);
  return synthJson(stack);
}

describe('BackupPlan', () => {
  it('renders a PBS storage with the tenant namespace and secrets from variables', () => {
    const json = synth(props());
    const storages = Object.values(resourcesOf(json, 'proxmox_storage_pbs'));
    expect(storages).toHaveLength(1);
    expect(storages[0]).toMatchObject({
      id: 'pbs-t0001', server: 'pbs1.dc.example', datastore: 'tenants', namespace: 'kommunen/musterstadt',
      username: 'pve-musterstadt@pbs', password: '${var.pbs_password}', encryption_key: '${var.pbs_encryption_key}',
      fingerprint: '${var.pbs_fingerprint}', content: ['backup'], lifecycle: { prevent_destroy: true },
    });
    expect(json.variable?.pbs_password).toMatchObject({ sensitive: true });
    expect(json.variable?.pbs_password).not.toHaveProperty('default');
    expect(json.variable?.pbs_encryption_key).toMatchObject({ sensitive: true });
  });

  it('renders a job selecting the tenant pool in snapshot mode with zstd that keeps every backup on Proxmox VE', () => {
    const json = synth(props({ mailTo: ['it@musterstadt.example'] }));
    const jobs = Object.values(resourcesOf(json, 'proxmox_backup_job'));
    expect(jobs).toHaveLength(1);
    // keep-all: the tenant's PBS user (DatastoreBackup) may not prune, so a PVE prune after the job
    // would be refused; PBS's prune job applies the retention (lib/backup/prune-job.ts).
    expect(jobs[0]).toMatchObject({
      id: 'kom-musterstadt', pool: 'kom-musterstadt', schedule: '*-*-* 01:37', mode: 'snapshot', compress: 'zstd',
      protected: false, enabled: true, mailto: ['it@musterstadt.example'], mailnotification: 'failure',
      prune_backups: { 'keep-all': '1' },
      lifecycle: { prevent_destroy: true },
    });
    expect(Object.values(resourcesOf(json, 'proxmox_storage_pbs'))[0]).toMatchObject({ backups: { keep_all: true } });
    expect(String(jobs[0].storage)).toMatch(/^\$\{proxmox_storage_pbs\.[A-Za-z0-9_]+\.id\}$/);
    expect(jobs[0]).not.toHaveProperty('all');
  });

  it('states the PBS prune job of the tenant namespace with the retention, as a property and as stack output', () => {
    const { stack } = testStack();
    const plan = new BackupPlan(stack, 'Backup', props({ pruneSchedule: '*-*-* 05:30' }));
    expect(plan.pruneJob).toEqual({
      id: 'kommunal-t0001', tenant: 'musterstadt', server: 'pbs1.dc.example', store: 'tenants', ns: 'kommunen/musterstadt', maxDepth: 0,
      schedule: '*-*-* 05:30', keep: { 'keep-daily': '14', 'keep-weekly': '8', 'keep-monthly': '12', 'keep-yearly': '2' },
    });
    expect(synthJson(stack).output?.pbs_prune_job).toMatchObject({
      value: { id: 'kommunal-t0001', store: 'tenants', ns: 'kommunen/musterstadt', 'max-depth': 0, schedule: '*-*-* 05:30', 'keep-daily': '14', 'keep-weekly': '8', 'keep-monthly': '12', 'keep-yearly': '2' },
    });
    expect(synth(props()).output?.pbs_prune_job).toMatchObject({ value: { schedule: '*-*-* 05:00' } });
    expect(() => synth(props({ pruneSchedule: 'after backups' }))).toThrow(/pruneSchedule: "after backups" is not a calendar event/);
  });

  it('has stable addresses', () => {
    expect(resourceAddresses(synth(props()))).toEqual(['proxmox_backup_job.Backup_DA3807AC', 'proxmox_storage_pbs.Backup_Storage_B9017233']);
  });

  it('leaves unset keep counts out of prune-backups', () => {
    expect(pruneBackupsMap({ keepLast: 3, keepYearly: 0 })).toEqual({ 'keep-last': '3', 'keep-yearly': '0' });
  });

  it('fails when the tenant key or pool is not valid (as every construct checks the tenant)', () => {
    expect(() => synth(props({ tenant: { ...tenant, key: 'Muster Stadt' } }))).toThrow(/tenant\.key: "Muster Stadt" is not a valid tenant key/);
    expect(() => synth(props({ tenant: { ...tenant, pool: 'kom/musterstadt' } }))).toThrow(/tenant\.pool: "kom\/musterstadt" is not a valid Proxmox pool ID/);
  });

  it('fails when every backup would be protected: PBS never prunes protected snapshots, so the retention would be fiction', () => {
    expect(() => synth(props({ protected: true }))).toThrow(/protected: true would keep every backup forever: PBS never prunes protected snapshots/);
    expect(() => synth(props({ protected: false }))).not.toThrow();
  });

  it('fails when the schedule would be rejected by Proxmox', () => {
    expect(() => synth(props({ schedule: '25:00' }))).toThrow(/schedule: "25:00" would be rejected by Proxmox: hour 25 is outside 0..23/);
    expect(() => synth(props({ schedule: 'every night' }))).toThrow(/schedule: "every night" would be rejected by Proxmox/);
  });

  it('fails when retention would prune everything or is not a whole number', () => {
    expect(() => synth(props({ retention: {} }))).toThrow(/retention: at least one keep count must be above 0/);
    expect(() => synth(props({ retention: { keepDaily: 2.5 } }))).toThrow(/retention.keepDaily: 2.5 must be a whole number/);
  });

  it('fails when there is no backup target or no distinct second copy', () => {
    expect(() => synth(props({ storage: undefined as never }))).toThrow(/storage: a backup target is required/);
    expect(() => synth(props({ secondCopy: { server: 'pbs1.dc.example', datastore: 'x', namespace: 'y' } }))).toThrow(/secondCopy.server: "pbs1.dc.example" must be a different server/);
  });

  it('fails with every problem at once', () => {
    let message = '';
    try {
      synth(props({ schedule: 'xx', storage: { ...props().storage, id: '1bad', namespace: 'a/b/c/d/e/f/g/h' } }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/has 3 invalid props/);
    expect(message).toMatch(/storage.id: "1bad"/);
    expect(message).toMatch(/storage.namespace: "a\/b\/c\/d\/e\/f\/g\/h"/);
  });
});

describe('calendarEventProblem', () => {
  it.each(['daily', '01:30', '*-*-* 01:37', 'mon..fri 21:00', 'sat,sun 03:15', '*-*-1 02:00', '2026-12-24 23:00', '0/2:00', '22:00:30'])('accepts %s', (e) => {
    expect(calendarEventProblem(e)).toBeUndefined();
  });
  it.each([
    ['', 'the schedule is empty'],
    ['24:00', 'hour 24 is outside 0..23'],
    ['12:60', 'minute 60 is outside 0..59'],
    ['monday 01:00', 'weekday "monday" is not one of mon, tue, wed, thu, fri, sat, sun (or a range like mon..fri)'],
    ['*-13-01 01:00', 'month 13 is outside 1..12'],
    ['01:00 extra', 'unexpected "extra" after the time'],
    ['5..3:00', 'hour range 5..3 runs backwards'],
  ])('rejects %j', (e, why) => {
    expect(calendarEventProblem(e)).toBe(why);
  });
});
