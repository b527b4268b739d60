/**
 * The plan guard's remaining holes of issue #14 (deliverable 2), at the CLI:
 *
 * - the backup hold of a decommissioning tenant counts from the retention recorded in the lock
 *   (`backupRetention`, lib/allocation/backup-retention.ts), so lowering `keepDaily` in the tenant
 *   file does not shorten it;
 * - a dropped `prevent_destroy` (invisible in plan JSON) is read from the synthesized stack
 *   (`--stack`, or `cdk.tf.json` next to the plan, as the pipeline's plan jobs have it).
 *
 * Stacks are synthesized from the musterstadt example; the plans are the recorded fixtures
 * (test/fixtures/plans/real/*.json were recorded from real terraform 1.11.4 runs by
 * scripts/record-guard-plans.js; decommission-destroy-backups.json is the hand-made offboarding
 * plan of test/pipeline/plan-guard.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { serializeLockFile } from '../../lib/allocation/lockfile';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { exampleModel, synthModel } from '../helpers/fleet';
import { kommunal, kommunalInProcess, musterstadtFleet, PLANS, tempDir } from './fixtures';

const DECOM = 'state: decommissioning\ndecommissionedSince: "2025-01-31"\n';
const approval = (id: string, address: string, on: string, expires: string) => `  ${id}:
    address: ${address}
    action: delete
    reason: Backups of the former tenant may go, ticket INFRA-4711
    approvedBy: Erika Mustermann
    approvedOn: "${on}"
    expires: "${expires}"
`;
const BACKUP_JOB = 'proxmox_backup_job.Backup_DA3807AC';
const PBS_STORAGE = 'proxmox_storage_pbs.Backup_Storage_B9017233';
const guardArgs = (dir: string, planFile: string, ...extra: string[]) => ['plan-guard', planFile, '--fleet', path.join(dir, 'fleet.yaml'), ...extra];

describe('plan-guard: the backup hold uses the retention recorded in the lock', () => {
  /** A decommissioning musterstadt (keepDaily 30 in its file) whose backups were approved for deletion on 2026-02-10. */
  const offboardedFleet = () => musterstadtFleet(`${DECOM}approvals:\n${approval('job', BACKUP_JOB, '2026-02-10', '2026-03-31')}${approval('storage', PBS_STORAGE, '2026-02-10', '2026-03-31')}`);
  /** Records keepDaily 800 in the lock: the policy the backups were taken under before it was lowered to 30. */
  const recordLongerRetention = (dir: string) => {
    const lock = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir }).lock;
    const recorded = { ...lock, tenants: { ...lock.tenants, musterstadt: { ...lock.tenants.musterstadt, backupRetention: { keepDaily: 800, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 } } } };
    fs.writeFileSync(path.join(dir, 'fleet.lock.yaml'), serializeLockFile(recorded));
  };
  const plan = path.join(PLANS, 'decommission-destroy-backups.json');

  it('without a record (a lock written before it existed) the hold follows the tenant file, and the output says so', async () => {
    const dir = offboardedFleet();
    const r = await kommunalInProcess(guardArgs(dir, plan, '--tenant', 'musterstadt', '--date', '2026-03-01'), dir);
    expect(r.stdout).toContain('backups are kept until 2026-02-07 (retention of the current tenant file: the lock records none)');
    expect(r.status).toBe(0);
  });

  it('lowering keepDaily in the tenant file does not shorten the hold: the lock\'s 800 days count', async () => {
    const dir = offboardedFleet();
    recordLongerRetention(dir);
    const r = await kommunalInProcess(guardArgs(dir, plan, '--tenant', 'musterstadt', '--date', '2026-03-01'), dir);
    expect(r.stdout).toContain('backups are kept until 2027-04-11 (retention recorded in the lock when the backups were taken)');
    expect(r.stdout).toContain(`REJECTED delete  ${BACKUP_JOB} [backup]`);
    expect(r.stdout).toContain('backups are kept until 2027-04-11 (decommissionedSince 2025-01-31 + 800 days, the longest retention); the run date is 2026-03-01');
    expect(r.status).toBe(1);
    const json = JSON.parse((await kommunalInProcess(guardArgs(dir, plan, '--tenant', 'musterstadt', '--date', '2026-03-01', '--json'), dir)).stdout);
    expect(json).toMatchObject({ backupRetentionEnds: '2027-04-11', retentionSource: 'lock', ok: false });
  });

  it('a retention raised in the tenant file above the record counts as well (the longer of both, field by field)', async () => {
    const dir = offboardedFleet();
    recordLongerRetention(dir);
    const tenantFile = path.join(dir, 'kommunen/musterstadt.yaml');
    fs.writeFileSync(tenantFile, fs.readFileSync(tenantFile, 'utf8').replace('keepDaily: 30', 'keepDaily: 30\n    keepYearly: 3'));
    const r = await kommunalInProcess(guardArgs(dir, plan, '--tenant', 'musterstadt', '--date', '2026-03-01', '--json'), dir);
    // 3 years of 366 days = 1098 days > the recorded 800.
    expect(JSON.parse(r.stdout)).toMatchObject({ backupRetentionEnds: '2028-02-03', retentionSource: 'lock' });
  });
});

describe('plan-guard: a dropped prevent_destroy, read from the synthesized stack', () => {
  const synthesized = synthModel(exampleModel('musterstadt')).stacks;
  const tenantStack = synthesized.musterstadt as { resource: Record<string, Record<string, Record<string, unknown>>> };
  /** The musterstadt stack with prevent_destroy removed from its backup job. */
  const withoutPreventDestroy = () => {
    const copy = JSON.parse(JSON.stringify(tenantStack)) as typeof tenantStack;
    const [name] = Object.keys(copy.resource.proxmox_backup_job);
    delete copy.resource.proxmox_backup_job[name].lifecycle;
    return { stack: copy, address: `proxmox_backup_job.${name}` };
  };
  /** A folder like the pipeline's stack folder: plan.json (a real first plan) next to cdk.tf.json. */
  const stackFolder = (stack: unknown, planFixture = 'musterstadt-first.json') => {
    const dir = tempDir('kommunal-guard-stack-');
    fs.copyFileSync(path.join(PLANS, 'real', planFixture), path.join(dir, 'plan.json'));
    if (stack !== undefined) fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(stack));
    return dir;
  };
  const DATE = '2026-12-05';

  it('passes the real stack (every data holder keeps prevent_destroy), found next to the plan', async () => {
    expect(Object.keys(tenantStack.resource.proxmox_backup_job ?? {})).toHaveLength(1);
    const fleet = musterstadtFleet();
    const dir = stackFolder(tenantStack);
    const r = await kommunalInProcess(guardArgs(fleet, path.join(dir, 'plan.json'), '--tenant', 'musterstadt', '--date', DATE, '--json'), fleet);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, preventDestroy: 'checked', lifecycleDecisions: [] });
    expect(r.status).toBe(0);
  });

  it('passes the real platform stack with its first plan (no tenant: no approval, none needed)', async () => {
    const fleet = musterstadtFleet();
    const dir = stackFolder(synthesized.platform, 'platform-first.json');
    const r = await kommunalInProcess(guardArgs(fleet, path.join(dir, 'plan.json'), '--stack', path.join(dir, 'cdk.tf.json'), '--date', DATE, '--json'), fleet);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, preventDestroy: 'checked', lifecycleDecisions: [] });
  });

  it('rejects a data holder without prevent_destroy that no delete approval names (exit 1), in the process as well', () => {
    const { stack, address } = withoutPreventDestroy();
    const fleet = musterstadtFleet();
    const dir = stackFolder(stack);
    const r = kommunal(guardArgs(fleet, path.join(dir, 'plan.json'), '--stack', path.join(dir, 'cdk.tf.json'), '--tenant', 'musterstadt', '--date', DATE), fleet);
    expect(r.stdout).toContain(`REJECTED lifecycle ${address} [prevent_destroy lifted]`);
    expect(r.stdout).toContain(`${address} holds data (proxmox_backup_job) but its lifecycle.prevent_destroy is not set in the synthesized stack; the tenant stack lifts it only for an approved delete: no approval in`);
    expect(r.stdout).toMatch(/FAILED: 1 of \d+ changes rejected/);
    expect(r.status).toBe(1);
  });

  it('accepts it with a delete approval for the address that is valid on the run date, not with an expired one', async () => {
    const { stack, address } = withoutPreventDestroy();
    const dir = stackFolder(stack);
    const valid = musterstadtFleet(`approvals:\n${approval('go', address, '2026-12-01', '2026-12-31')}`);
    const ok = await kommunalInProcess(guardArgs(valid, path.join(dir, 'plan.json'), '--tenant', 'musterstadt', '--date', DATE), valid);
    expect(ok.stdout).toContain(`APPROVED lifecycle ${address} [prevent_destroy lifted]`);
    expect(ok.status).toBe(0);
    const expired = musterstadtFleet(`approvals:\n${approval('go', address, '2026-11-01', '2026-11-30')}`);
    const late = await kommunalInProcess(guardArgs(expired, path.join(dir, 'plan.json'), '--tenant', 'musterstadt', '--date', DATE), expired);
    expect(late.stdout).toContain('approval "go" expired on 2026-11-30');
    expect(late.status).toBe(1);
  });

  it('rejects it in the platform stack, where no approval can apply', async () => {
    const platform = JSON.parse(JSON.stringify(synthesized.platform)) as typeof tenantStack;
    const [type, byName] = Object.entries(platform.resource).find(([t, rs]) => t === 'vault_mount' && Object.keys(rs).length > 0)!;
    const name = Object.keys(byName)[0];
    delete byName[name].lifecycle;
    const fleet = musterstadtFleet();
    const dir = stackFolder(platform, 'platform-first.json');
    const r = await kommunalInProcess(guardArgs(fleet, path.join(dir, 'plan.json'), '--date', DATE), fleet);
    expect(r.stdout).toContain(`REJECTED lifecycle ${type}.${name} [prevent_destroy lifted]`);
    expect(r.stdout).toContain('no approval can lift it in the platform stack');
    expect(r.status).toBe(1);
  });

  it('says when it could not check (no stack next to the plan), and fails with exit 2 on a missing or broken --stack', async () => {
    const fleet = musterstadtFleet();
    const dir = stackFolder(undefined);
    const plan = path.join(dir, 'plan.json');
    const none = await kommunalInProcess(guardArgs(fleet, plan, '--tenant', 'musterstadt', '--date', DATE), fleet);
    expect(none.stdout).toContain('prevent_destroy not checked: no synthesized stack given');
    expect(none.status).toBe(0);
    const missing = await kommunalInProcess(guardArgs(fleet, plan, '--stack', path.join(dir, 'nope.json'), '--date', DATE), fleet);
    expect(missing.stderr).toContain('cannot read stack');
    expect(missing.status).toBe(2);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"resource": [1]}');
    const broken = await kommunalInProcess(guardArgs(fleet, plan, '--stack', path.join(dir, 'broken.json'), '--date', DATE), fleet);
    expect(broken.stderr).toContain('is not a synthesized stack');
    expect(broken.status).toBe(2);
  });
});
