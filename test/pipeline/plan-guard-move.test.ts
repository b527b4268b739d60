/**
 * The plan guard during a move between clusters, and its wrong-cluster check, on plans recorded
 * from real terraform 1.11.4 runs (`node scripts/record-guard-plans.js --only move`):
 *
 * - musterstadt-move-leave.json: phase 1 against nord1: 81 deletes of Proxmox objects, Vault no-op;
 * - musterstadt-move-arrive.json: phase 2 against sued1: the 81 Proxmox objects created again;
 * - musterstadt-wrong-endpoint.json: the first plan, made with sued1's URL while the lock says nord1.
 */
import * as fs from 'fs';
import * as path from 'path';
import { moveTenant } from '../../lib/allocation/move';
import { parseLockFile, serializeLockFile } from '../../lib/allocation/lockfile';
import { guardPlan } from '../../lib/pipeline/plan-guard';
import { parsePlanJson } from '../../lib/pipeline/plan-json';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { kommunalInProcess, PLANS } from './fixtures';
import { moveApproval, NORD1_ENDPOINT, SUED1_ENDPOINT, twoClusterMusterstadt } from '../helpers/move';

const REAL = path.join(PLANS, 'real');
const LEAVE = path.join(REAL, 'musterstadt-move-leave.json');
const ARRIVE = path.join(REAL, 'musterstadt-move-arrive.json');
const WRONG = path.join(REAL, 'musterstadt-wrong-endpoint.json');
const CLUSTERS = [{ id: 'nord1', maxTenants: 350 }, { id: 'sued1', maxTenants: 350 }];

/** Advances musterstadt's move in the lock of `dir` by the given steps. */
function stepLock(dir: string, ...steps: ('start' | 'switch')[]): void {
  const file = path.join(dir, 'fleet.lock.yaml');
  let lock = parseLockFile(fs.readFileSync(file, 'utf8'), file);
  for (const step of steps) lock = moveTenant(lock, { tenant: 'musterstadt', step, to: 'sued1', clusters: CLUSTERS }).lock;
  fs.writeFileSync(file, serializeLockFile(lock));
}
const guard = (dir: string, plan: string) => kommunalInProcess(['plan-guard', plan, '--tenant', 'musterstadt', '--fleet', path.join(dir, 'fleet.yaml'), '--date', '2026-12-05', '--json'], dir);
type Report = ReturnType<typeof guardPlan>;
const reportOf = (stdout: string): Report => JSON.parse(stdout) as Report;

describe('the recorded move plans', () => {
  it('phase 1 only deletes Proxmox objects, phase 2 only creates them, and the endpoints are the two clusters\'', () => {
    const leave = parsePlanJson(fs.readFileSync(LEAVE, 'utf8'), LEAVE);
    const arrive = parsePlanJson(fs.readFileSync(ARRIVE, 'utf8'), ARRIVE);
    const changed = (p: typeof leave) => p.resourceChanges.filter((c) => c.change.actions.join() !== 'no-op');
    expect(new Set(changed(leave).map((c) => `${c.change.actions.join()} ${c.type.split('_')[0]}`))).toEqual(new Set(['delete proxmox']));
    expect(new Set(changed(arrive).map((c) => `${c.change.actions.join()} ${c.type.split('_')[0]}`))).toEqual(new Set(['create proxmox']));
    expect(changed(leave).map((c) => c.address).sort()).toEqual(changed(arrive).map((c) => c.address).sort());
    expect([leave.variables?.proxmox_endpoint, arrive.variables?.proxmox_endpoint]).toEqual([NORD1_ENDPOINT, SUED1_ENDPOINT]);
  });
});

describe('plan-guard: phase 1 of a move (the tenant leaves nord1)', () => {
  it('lets every delete of a Proxmox object through with the move approval, and checks the endpoint', async () => {
    const dir = twoClusterMusterstadt(moveApproval());
    stepLock(dir, 'start');
    const r = await guard(dir, LEAVE);
    const report = reportOf(r.stdout);
    expect(r.status).toBe(0);
    expect(report.move).toMatchObject({ from: 'nord1', to: 'sued1', phase: 'leave', approval: { id: 'move-to-sued1' } });
    expect(report.endpoint).toEqual({ expected: NORD1_ENDPOINT, planned: NORD1_ENDPOINT, verdict: 'allowed', reasons: [] });
    expect(report.counts.delete).toBe(81);
    // The protected ones (backup job, PBS storage entry, network, pool) are approved by the move, not by delete approvals.
    const approved = report.decisions.filter((d) => d.verdict === 'approved');
    expect(approved).toHaveLength(81);
    expect(approved.map((d) => d.type)).toEqual(expect.arrayContaining(['proxmox_backup_job', 'proxmox_storage_pbs', 'proxmox_sdn_vnet']));
    expect(report.unusedApprovals).toEqual([]);
  });

  it.each([
    ['no move approval', '', 'no approval in kommunen/musterstadt.yaml with action "move", from "nord1", to "sued1"'],
    ['an approval of another move', moveApproval({ to: 'west1' }), '("move-to-sued1" approves nord1 -> west1)'],
    ['an expired approval', moveApproval({ approvedOn: '2026-10-01', expires: '2026-11-30' }), 'approval "move-to-sued1" expired on 2026-11-30'],
  ])('refuses every delete with %s, naming the approval that is missing', async (_what, approvals, message) => {
    const dir = twoClusterMusterstadt(approvals);
    stepLock(dir, 'start');
    const r = await guard(dir, LEAVE);
    expect(r.status).toBe(1);
    const report = reportOf(r.stdout);
    expect(report.rejected).toBe(81);
    expect(report.decisions.every((d) => d.reasons.some((why) => why.includes(message)))).toBe(true);
  });

  it('without a recorded move, the same plan needs delete approvals (protected objects) as before', async () => {
    const dir = twoClusterMusterstadt(moveApproval());
    const report = reportOf((await guard(dir, LEAVE)).stdout);
    expect(report.ok).toBe(false);
    expect(report.move).toBeUndefined();
    expect(report.decisions.find((d) => d.type === 'proxmox_backup_job')?.reasons.join()).toContain('with action "delete"');
  });

  it('refuses creates in phase 1 (the arrive plan made before the switch), and the wrong endpoint', async () => {
    const dir = twoClusterMusterstadt(moveApproval());
    stepLock(dir, 'start');
    const report = reportOf((await guard(dir, ARRIVE)).stdout);
    expect(report.ok).toBe(false);
    expect(report.endpoint?.verdict).toBe('rejected');
    expect(report.decisions[0].reasons.join()).toContain('is in phase 1 of its move from "nord1" to "sued1"');
  });
});

describe('plan-guard: phase 2 of a move (the tenant arrives on sued1)', () => {
  it('lets the creates through with the move approval; without it refuses them', async () => {
    const dir = twoClusterMusterstadt(moveApproval());
    stepLock(dir, 'start', 'switch');
    const ok = await guard(dir, ARRIVE);
    expect(ok.status).toBe(0);
    const report = reportOf(ok.stdout);
    expect(report.move).toMatchObject({ phase: 'arrive', approval: { id: 'move-to-sued1' } });
    expect(report.endpoint?.planned).toBe(SUED1_ENDPOINT);
    expect(report.decisions.filter((d) => d.verdict === 'approved')).toHaveLength(81);

    const none = twoClusterMusterstadt();
    stepLock(none, 'start', 'switch');
    const refused = await guard(none, ARRIVE);
    expect(refused.status).toBe(1);
    expect(reportOf(refused.stdout).rejected).toBe(81);
    // The phase-1 plan of the old cluster is the wrong cluster now.
    expect(reportOf((await guard(dir, LEAVE)).stdout).endpoint).toMatchObject({ expected: SUED1_ENDPOINT, planned: NORD1_ENDPOINT, verdict: 'rejected' });
  });
});

describe('plan-guard: a plan made against another cluster than the lock\'s', () => {
  it('is refused, naming both URLs (text report)', async () => {
    const dir = twoClusterMusterstadt();
    const r = await kommunalInProcess(['plan-guard', WRONG, '--tenant', 'musterstadt', '--fleet', path.join(dir, 'fleet.yaml'), '--date', '2026-12-05'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('REJECTED endpoint');
    expect(r.stdout).toContain(`the plan was made against ${SUED1_ENDPOINT}, but the lock places the tenant on ${NORD1_ENDPOINT} of cluster "nord1": wrong cluster`);
  });

  it('compares URLs without regard to the host\'s case or a trailing slash; a plan without the variable is refused', () => {
    const dir = twoClusterMusterstadt();
    const spec = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir }).specs.musterstadt;
    const plan = parsePlanJson(fs.readFileSync(WRONG, 'utf8'), WRONG);
    const judge = (expected: string, variables?: Record<string, unknown>) => guardPlan({ ...plan, resourceChanges: [], ...(variables ? { variables } : { variables: undefined }) }, spec, { date: '2026-12-05', expectedEndpoint: expected }).endpoint?.verdict;
    expect(judge('HTTPS://PVE-SUED1.example.org:8006', { proxmox_endpoint: SUED1_ENDPOINT })).toBe('allowed');
    expect(judge(NORD1_ENDPOINT, { proxmox_endpoint: SUED1_ENDPOINT })).toBe('rejected');
    expect(judge(NORD1_ENDPOINT)).toBe('rejected');
    // A fleet without clusters: nothing to compare (the CLI passes no expected endpoint).
    expect(guardPlan(plan, spec, { date: '2026-12-05' }).endpoint).toBeUndefined();
  });
});
