/**
 * Approvals that mean something (issue #14, deliverable 2): exact addresses (no globs), a reason
 * that explains, an expiry at most APPROVAL_MAX_DAYS after the approval, and an expired approval
 * refused by `kommunal validate` and ignored by the plan guard.
 */
import * as fs from 'fs';
import * as path from 'path';
import { guardPlan } from '../../lib/pipeline/plan-guard';
import { parsePlanJson } from '../../lib/pipeline/plan-json';
import { APPROVAL_MAX_DAYS, hasGlob } from '../../lib/model/approvals';
import type { ApprovalSpec, TenantSpec } from '../../lib/model/spec';
import { checkKommuneFile } from '../../lib/config/load';
import { formatProblem } from '../../lib/config/problems';
import { exampleModel } from '../helpers/fleet';
import { cleanup, kommunalInProcess, musterstadtFleet, PLANS } from './fixtures';

const PBS = 'proxmox_storage_pbs.Backup_Storage_B9017233';
const deletePbs = parsePlanJson(fs.readFileSync(path.join(PLANS, 'delete-pbs-storage.json'), 'utf8'), 'delete-pbs-storage.json');
const active = exampleModel('musterstadt').specs.musterstadt;
const REASON = 'Storage moves to the new PBS cluster, ticket INFRA-4711, data copied';
const approval = (over: Partial<ApprovalSpec>): ApprovalSpec => ({
  address: PBS, action: 'delete', reason: REASON, approvedBy: 'Erika Mustermann', approvedOn: '2025-05-20', expires: '2025-06-30', ...over,
});
const withApprovals = (approvals: Record<string, ApprovalSpec>): TenantSpec => ({ ...active, approvals });

describe('plan guard: which approvals count', () => {
  it('honours an exact, reasoned, current approval (the baseline the other cases change one thing of)', () => {
    const r = guardPlan(deletePbs, withApprovals({ ok: approval({}) }), { date: '2025-06-01' });
    expect(r.decisions.map((d) => [d.address, d.verdict])).toEqual([[PBS, 'approved']]);
  });

  it('refuses a glob approval and names the exact addresses of the plan it would have covered', () => {
    for (const glob of ['proxmox_storage_pbs.*', '**', 'proxmox_**']) {
      const r = guardPlan(deletePbs, withApprovals({ broad: approval({ address: glob }) }), { date: '2025-06-01' });
      expect(r.ok).toBe(false);
      expect(r.decisions[0].reasons.join('\n')).toContain(
        `approval "broad" names the glob ${JSON.stringify(glob)}; approvals name exact resource addresses (no "*" or "**"): write one approval per address instead: ${PBS}`,
      );
      expect(r.unusedApprovals).toEqual(['broad']);
    }
  });

  it(`does not honour an approval valid for more than ${APPROVAL_MAX_DAYS} days, or one whose reason is a repetition`, () => {
    const long = guardPlan(deletePbs, withApprovals({ long: approval({ approvedOn: '2025-01-01', expires: '2025-12-31' }) }), { date: '2025-06-01' });
    expect(long.ok).toBe(false);
    expect(long.decisions[0].reasons.join('\n')).toContain('approval "long": the approval runs from 2025-01-01 to 2025-12-31, longer than 90 days; set "expires" on or before 2025-04-01');
    const rep = guardPlan(deletePbs, withApprovals({ rep: approval({ reason: 'ok ok ok ok ok ok ok ok ok ok' }) }), { date: '2025-06-01' });
    expect(rep.ok).toBe(false);
    expect(rep.decisions[0].reasons.join('\n')).toContain('approval "rep": reason "ok ok ok ok ok ok ok ok ok ok" is a repetition');
  });

  it('does not honour an expired approval', () => {
    const r = guardPlan(deletePbs, withApprovals({ old: approval({}) }), { date: '2025-07-01' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0].reasons.join('\n')).toContain('approval "old" expired on 2025-06-30');
  });

  it('reads a "*" inside a quoted instance key as part of the address, not as a glob', () => {
    expect(hasGlob('proxmox_virtual_environment_vm.vm["a*b"]')).toBe(false);
    expect(hasGlob('proxmox_virtual_environment_vm.vm["a\\"*"]')).toBe(false);
    expect(hasGlob('proxmox_virtual_environment_vm.vm["a"].*')).toBe(true);
    expect(hasGlob('module.*.proxmox_sdn_vnet.x')).toBe(true);
  });
});

describe('tenant file: approvals are refused at validate with positioned errors', () => {
  let dir: string;
  afterEach(() => cleanup(dir));
  const block = (id: string, over: Record<string, string>) =>
    [`  ${id}:`, ...Object.entries({ address: PBS, action: 'delete', reason: REASON, approvedBy: 'Erika Mustermann', approvedOn: '"2025-05-20"', expires: '"2025-06-30"', ...over }).map(([k, v]) => `    ${k}: ${v}`)].join('\n');
  const problems = (blocks: string[], date?: string) => {
    dir = musterstadtFleet(`approvals:\n${blocks.join('\n')}\n`);
    const file = path.join(dir, 'kommunen/musterstadt.yaml');
    const text = fs.readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    return { lineOf, out: checkKommuneFile(file, { displayRoot: dir, ...(date ? { date } : {}) }).problems.map(formatProblem) };
  };

  it('refuses a glob at its address, naming the approval and how to migrate', () => {
    const { lineOf, out } = problems([block('broad', { address: '"proxmox_**"' })]);
    expect(out).toEqual([
      `kommunen/musterstadt.yaml:${lineOf('"proxmox_**"')}:14 approvals.broad.address: approval "broad" names the glob "proxmox_**"; approvals name exact resource addresses (no "*" or "**"): run the plan guard on the plan (kommunal plan-guard) to see the exact addresses, then write one approval per address`,
    ]);
  });

  it(`refuses an approval valid for more than ${APPROVAL_MAX_DAYS} days and a reason that repeats itself`, () => {
    const { out } = problems([block('long', { approvedOn: '"2025-01-01"', expires: '"2025-12-31"' }), block('rep', { reason: 'xxxxxxxxxxxxxxxxxxxxxxxxxx' })]);
    expect(out).toEqual([
      expect.stringMatching(/approvals\.long\.expires: the approval runs from 2025-01-01 to 2025-12-31, longer than 90 days; set "expires" on or before 2025-04-01/),
      expect.stringMatching(/approvals\.rep\.reason: reason "x+" is a repetition, not an explanation/),
    ]);
  });

  it('refuses an expired approval when a run date is given, and only then', () => {
    expect(problems([block('old', {})]).out).toEqual([]);
    expect(problems([block('old', {})], '2025-06-30').out).toEqual([]);
    const { lineOf, out } = problems([block('old', {})], '2025-07-01');
    expect(out).toEqual([
      `kommunen/musterstadt.yaml:${lineOf('expires: "2025-06-30"')}:14 approvals.old.expires: approval "old" expired on 2025-06-30 (run date 2025-07-01); the plan guard no longer honours it: remove it once its change is applied, or renew it (new approvedOn, expires, reviewed by the platform team)`,
    ]);
  });

  it('kommunal validate checks expiry against --date (default today)', async () => {
    dir = musterstadtFleet(`approvals:\n${block('old', {})}\n`);
    const file = path.join(dir, 'kommunen/musterstadt.yaml');
    const before = await kommunalInProcess(['validate', file, '--date', '2025-06-01'], dir);
    expect(before.status).toBe(0);
    const after = await kommunalInProcess(['validate', file, '--date', '2025-07-01'], dir);
    expect(after.status).not.toBe(0);
    expect(after.stdout + after.stderr).toContain('approvals.old.expires: approval "old" expired on 2025-06-30 (run date 2025-07-01)');
    // Without --date the CLI takes today's date, which is after 2025-06-30.
    expect((await kommunalInProcess(['validate', file], dir)).stdout + '').not.toContain('ok:');
    expect((await kommunalInProcess(['validate', file, '--date', '2025-02-30'], dir)).stderr).toContain('--date "2025-02-30" is not a calendar date');
  });

  it('kommunal validate of a whole fleet passes the run date to its tenant files', async () => {
    dir = musterstadtFleet(`approvals:\n${block('old', {})}\n`);
    const r = await kommunalInProcess(['validate', dir, '--date', '2025-07-01'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain('approvals.old.expires: approval "old" expired on 2025-06-30 (run date 2025-07-01)');
  });
});
