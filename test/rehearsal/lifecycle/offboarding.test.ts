/**
 * Lifecycle on real terraform (rehearsal): offboarding. A tenant set to `decommissioning` loses its
 * access and network in a plan of deletes that the guard lets through; its backups stay. Destroying
 * the backups is refused before the retention has run out, and afterwards only with an approval.
 */
import * as fs from 'fs';
import * as path from 'path';
import { addDays, longestRetentionDays } from '../../../lib/pipeline/plan-guard';
import { Scenario, copyExample, describeRehearsal, editFile, expectOk, withActions } from '../../helpers/rehearsal';

describeRehearsal('rehearsal: offboarding', () => {
  it('revokes access and network first, and destroys the backups only after the retention and with an approval', async () => {
    const dir = copyExample('musterstadt');
    const sc = new Scenario(dir);
    await sc.synth(['musterstadt']);
    expectOk(await sc.planAndApply('platform'));
    expectOk(await sc.planAndApply('musterstadt'));
    const live = sc.changes('musterstadt').length;
    // terraform recorded the backup job's dependency on the pool (the job takes the pool by
    // reference), so the decommissioning apply below updates the job before it deletes the pool.
    const state = JSON.parse(fs.readFileSync(path.join(sc.ws.stateDir, 'musterstadt.tfstate'), 'utf8')) as { resources: { type: string; name: string; instances: { dependencies?: string[] }[] }[] };
    const jobState = state.resources.find((r) => r.type === 'proxmox_backup_job');
    const poolState = state.resources.find((r) => r.type === 'proxmox_virtual_environment_pool');
    expect(jobState?.instances[0]?.dependencies).toContain(`${poolState?.type}.${poolState?.name}`);

    const tenantFile = path.join(dir, 'kommunen/musterstadt.yaml');
    editFile(tenantFile, 'state: active', 'state: decommissioning\ndecommissionedSince: "2026-11-01"');
    // Decommissioning removes the guests, and a guest's deletion deletes its disks: the plan guard
    // holds each one until an approval names it (docs/workloads.md; the final backups stay on PBS).
    const guests = state.resources.filter((r) => r.type === 'proxmox_virtual_environment_vm').map((r) => `${r.type}.${r.name}`).sort();
    expect(guests.length).toBeGreaterThan(0);
    fs.appendFileSync(tenantFile, `approvals:\n${guests.map((address, i) =>
      `  remove-guest-${i}:\n    address: ${address}\n    action: delete\n    reason: Offboarding of Musterstadt; final backups of every guest taken on 2026-10-31 (ticket OFF-7)\n    approvedBy: Erika Mustermann\n    approvedOn: "2026-11-01"\n    expires: "2026-11-30"\n`).join('')}`);
    await sc.synth(['musterstadt']);
    const revoke = await sc.plan('musterstadt', { date: '2026-11-02' });
    expectOk(revoke);
    const changes = sc.changes('musterstadt');
    const deletes = withActions(changes, 'delete');
    expect(deletes.length).toBeGreaterThan(live / 2);
    // Deletes, and one update: the backup job is switched off (and nothing else about it changes).
    const others = changes.filter((c) => !['delete', 'no-op'].includes(c.change.actions.join(',')));
    expect(others.map((c) => `${c.change.actions.join(',')} ${c.type}`)).toEqual(['update proxmox_backup_job']);
    const job = others[0]!;
    expect([job.change.before?.enabled, job.change.after?.enabled]).toEqual([true, false]);
    expect({ ...job.change.after, enabled: true }).toEqual(job.change.before);
    // The data holders stay: the PBS storage is untouched.
    expect(changes.filter((c) => c.change.actions.join(',') === 'no-op').map((c) => c.type)).toEqual(['proxmox_storage_pbs']);
    const kept = changes.filter((c) => ['proxmox_backup_job', 'proxmox_storage_pbs'].includes(c.type));
    expect(deletes.some((a) => a.startsWith('proxmox_acl.'))).toBe(true);
    expect(deletes.some((a) => a.startsWith('proxmox_sdn_vnet.'))).toBe(true);
    expectOk(await sc.apply('musterstadt'));

    // Backups may go once the longest retention has run from decommissionedSince; before that, no approval helps.
    const ends = addDays('2026-11-01', longestRetentionDays(sc.model.specs.musterstadt!.backup.retention));
    const approvals = kept.map(
      (c, i) =>
        `  destroy-backups-${i}:\n    address: ${c.address}\n    action: delete\n    reason: Retention of the last backups of Musterstadt has run out; contract ended 2026-10-31 (ticket OFF-7)\n    approvedBy: Erika Mustermann\n    approvedOn: "${ends}"\n    expires: "${addDays(ends, 30)}"\n`,
    );
    // The approvals block is the file's last: the backups' approvals join the guests'.
    fs.appendFileSync(tenantFile, approvals.join(''));
    await sc.synth(['musterstadt']);
    const early = await sc.plan('musterstadt', { date: addDays(ends, -1), destroy: true });
    expect(early.ok).toBe(false);
    expect(early.failure?.step).toBe('guard');
    expect(withActions(sc.changes('musterstadt'), 'delete').map((a) => a.split('.')[0]).sort()).toEqual(['proxmox_backup_job', 'proxmox_storage_pbs']);
    expect(early.failure?.detail).toContain(`backups are kept until ${ends}`);

    const late = await sc.plan('musterstadt', { date: ends, destroy: true });
    expectOk(late);
    expect(late.guard?.decisions.map((d) => d.verdict)).toEqual(['approved', 'approved']);
    expectOk(await sc.apply('musterstadt', true));
  }, 300000);
});
