/**
 * Lifecycle on real terraform (rehearsal): a parameter change that the provider applies in place,
 * and a change that forces a replacement of a protected resource, which the plan guard stops until
 * the tenant file carries an approval for exactly that address.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Scenario, copyExample, describeRehearsal, editFile, expectOk, withActions } from '../../helpers/rehearsal';

describeRehearsal('rehearsal: changes to a live tenant', () => {
  it('a changed backup window updates the backup job in place and nothing else', async () => {
    const dir = copyExample('musterstadt');
    const sc = new Scenario(dir);
    await sc.synth(['musterstadt']);
    expectOk(await sc.planAndApply('platform'));
    expectOk(await sc.planAndApply('musterstadt'));

    editFile(path.join(dir, 'kommunen/musterstadt.yaml'), 'windowStart: "21:00"', 'windowStart: "22:30"');
    await sc.synth(['musterstadt']);
    const r = await sc.plan('musterstadt');
    expectOk(r);
    const changes = sc.changes('musterstadt');
    expect(withActions(changes, 'update').map((a) => a.split('.')[0])).toEqual(['proxmox_backup_job']);
    const job = changes.find((c) => c.type === 'proxmox_backup_job')!;
    expect(job.change.before?.schedule).not.toEqual(job.change.after?.schedule);
    // The job starts inside the new window (22:30-04:30, across midnight).
    const m = /(\d\d):(\d\d)$/.exec(String(job.change.after?.schedule))!;
    const minutes = Number(m[1]) * 60 + Number(m[2]);
    expect(minutes >= 22 * 60 + 30 || minutes <= 4 * 60 + 30).toBe(true);
    expect(changes.filter((c) => !['no-op', 'update'].includes(c.change.actions.join(',')))).toEqual([]);
    expect(r.counts).toEqual({ create: 0, update: 1, delete: 0, replace: 0, forget: 0 });
    expectOk(await sc.apply('musterstadt'));
  }, 300000);

  it('renumbering a segment replaces its subnet; the guard stops it until approved', async () => {
    const dir = copyExample('musterstadt');
    const sc = new Scenario(dir);
    await sc.synth(['musterstadt']);
    expectOk(await sc.planAndApply('platform'));
    expectOk(await sc.planAndApply('musterstadt'));

    // A planned renumbering: the platform team moves the iot segment within the tenant's block. A
    // deliberate hand edit of the lock drops its integrity line (the loader refuses a sealed lock that
    // was edited; it seals the lock again on the next write).
    editFile(path.join(dir, 'fleet.lock.yaml'), 'cidr: 10.64.0.128/25', 'cidr: 10.64.4.0/25');
    editFile(path.join(dir, 'fleet.lock.yaml'), /^# integrity: .*\n/m, '');
    await sc.synth(['musterstadt']);
    const stopped = await sc.plan('musterstadt');
    expect(stopped.ok).toBe(false);
    expect(stopped.failure?.step).toBe('guard');
    const changes = sc.changes('musterstadt');
    const subnet = changes.find((c) => c.type === 'proxmox_sdn_subnet' && c.change.actions.includes('delete'))!;
    expect(subnet).toBeDefined();
    // Terraform says why: the provider marked the changed CIDR as requiring replacement.
    expect(subnet.change.actions).toEqual(['delete', 'create']);
    expect(subnet.action_reason).toBe('replace_because_cannot_update');
    expect(subnet.change.replace_paths).toContainEqual(['cidr']);
    expect(stopped.failure?.detail).toContain(subnet.address);

    fs.appendFileSync(
      path.join(dir, 'kommunen/musterstadt.yaml'),
      `approvals:\n  renumber-iot:\n    address: ${subnet.address}\n    action: replace\n    reason: The iot segment moves to 10.64.4.0/25 for the new building automation network (ticket NET-2042)\n    approvedBy: Erika Mustermann\n    approvedOn: "2026-12-01"\n    expires: "2026-12-31"\n`,
    );
    await sc.synth(['musterstadt']);
    const approved = await sc.plan('musterstadt');
    expectOk(approved);
    expect(approved.guard?.decisions.filter((d) => d.verdict === 'approved').map((d) => d.address)).toEqual([subnet.address]);
    expectOk(await sc.apply('musterstadt'));
  }, 300000);
});
