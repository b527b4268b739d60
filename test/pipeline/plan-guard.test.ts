/**
 * The plan guard, run as `node bin/kommunal.js plan-guard` on the plan fixtures in
 * test/fixtures/plans (documented `terraform show -json` format) against the musterstadt example
 * fleet. Run `npm run build` first.
 */
import * as fs from 'fs';
import * as path from 'path';
import { addressMatches, addDays, guardPlan, isBackupJobStop, longestRetentionDays } from '../../lib/pipeline/plan-guard';
import type { TenantSpec } from '../../lib/model/spec';
import { exampleModel } from '../helpers/fleet';
import { FORMER_TENANT_CI_ROLE_ADDRESS, PLATFORM_AUDIT_DEVICE_ADDRESS } from '../../lib/model/vault-names';
import { changeKind, gitlabTerraformReport, parsePlanJson, PlanInputError } from '../../lib/pipeline/plan-json';
import { checkKommuneFile } from '../../lib/config/load';
import { formatProblem } from '../../lib/config/problems';
import { cleanup, kommunal, kommunalInProcess, musterstadtFleet, PLANS } from './fixtures';

const plan = (name: string) => path.join(PLANS, name);
const args = (dir: string, fixture: string, extra: string[]) => ['plan-guard', plan(fixture), '--tenant', 'musterstadt', '--fleet', path.join(dir, 'fleet.yaml'), ...extra];
/** Spawns `node bin/kommunal.js plan-guard ...`. */
const spawnGuard = (dir: string, fixture: string, ...extra: string[]) => kommunal(args(dir, fixture, extra), dir);
/** The same command through main() in-process (fast; for the many small cases). */
const guard = (dir: string, fixture: string, ...extra: string[]) => kommunalInProcess(args(dir, fixture, extra), dir);

const APPROVE_PBS = (on: string, expires: string) => `approvals:
  drop-old-pbs:
    address: proxmox_storage_pbs.Backup_Storage_B9017233
    action: delete
    reason: Storage moves to the new PBS cluster, ticket INFRA-4711, data copied
    approvedBy: Erika Mustermann
    approvedOn: "${on}"
    expires: "${expires}"
`;

/** Approvals of both backup holders of decommission-destroy-backups.json (one exact address each). */
const APPROVE_BACKUPS = (on: string, expires: string) =>
  APPROVE_PBS(on, expires) + APPROVE_PBS(on, expires).replace('approvals:\n', '').replace('drop-old-pbs', 'drop-backup-job').replace('proxmox_storage_pbs.Backup_Storage_B9017233', 'proxmox_backup_job.Backup_DA3807AC');

describe('plan JSON input', () => {
  it('reads the documented format and reduces action lists', async () => {
    const p = parsePlanJson(fs.readFileSync(plan('replace-vnet.json'), 'utf8'), 'replace-vnet.json');
    expect(p.resourceChanges.map((r) => [r.type, changeKind(r.change.actions)])).toEqual([['proxmox_sdn_vnet', 'replace']]);
    expect(changeKind(['create', 'delete'])).toBe('replace');
    expect(changeKind(['no-op'])).toBe('none');
    expect(changeKind(['update', 'delete'])).toBeUndefined();
  });

  it('counts creates, updates and deletes for the GitLab terraform report (a replace is one of each)', async () => {
    const p = parsePlanJson(fs.readFileSync(plan('replace-kv-mount-create-first.json'), 'utf8'), 'x');
    expect(gitlabTerraformReport(p)).toEqual({ create: 1, update: 0, delete: 1 });
  });

  it('fails when the input is a state, arbitrary JSON, or has an unknown action', async () => {
    expect(() => parsePlanJson(fs.readFileSync(plan('state-not-plan.json'), 'utf8'), 's.json')).toThrow(/s\.json: this is a state/);
    expect(() => parsePlanJson(fs.readFileSync(plan('not-a-plan.json'), 'utf8'), 'n.json')).toThrow(/"format_version" is missing/);
    expect(() => parsePlanJson(fs.readFileSync(plan('unknown-action.json'), 'utf8'), 'u.json')).toThrow(/resource_changes\[0\]\.change\.actions must list actions/);
    expect(() => parsePlanJson('{"format_version":"2.0","resource_changes":[]}', 'v.json')).toThrow(PlanInputError);
  });
});

describe('approval matching and retention arithmetic', () => {
  it('matches exact addresses only: a glob matches nothing (issue #14)', async () => {
    expect(addressMatches('proxmox_sdn_vnet.Network_dmz_Vnet_B4775840', 'proxmox_sdn_vnet.Network_dmz_Vnet_B4775840')).toBe(true);
    expect(addressMatches('proxmox_sdn_vnet.*', 'proxmox_sdn_vnet.Network_dmz_Vnet_B4775840')).toBe(false);
    expect(addressMatches('proxmox_sdn_*.*', 'proxmox_storage_pbs.Backup')).toBe(false);
    expect(addressMatches('**.Network_dmz_Vnet_B4775840', 'module.net.proxmox_sdn_vnet.Network_dmz_Vnet_B4775840')).toBe(false);
  });

  it('takes the longest of the keep-policy periods and adds calendar days', async () => {
    expect(longestRetentionDays({ keepDaily: 30, keepWeekly: 8, keepMonthly: 12, keepYearly: 1 })).toBe(372);
    expect(longestRetentionDays({ keepDaily: 14, keepWeekly: 4, keepMonthly: 0, keepYearly: 0 })).toBe(28);
    expect(addDays('2025-01-31', 372)).toBe('2026-02-07');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('kommunal plan-guard', () => {
  let dir: string;
  afterEach(() => cleanup(dir));

  it('passes a plan whose changes stay inside the tenant and touch nothing protected', async () => {
    dir = musterstadtFleet();
    const r = spawnGuard(dir, 'update-inside.json', '--date', '2025-06-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok: 2 allowed, 0 approved, 0 rejected');
  });

  it('fails when a protected resource would be deleted', async () => {
    dir = musterstadtFleet();
    const r = spawnGuard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('REJECTED delete  proxmox_storage_pbs.Backup_Storage_B9017233 [backup]');
    expect(r.stdout).toContain('no approval in kommunen/musterstadt.yaml matches this address with action "delete"');
  });

  it('fails when a protected resource would be replaced (delete-then-create and create-then-delete)', async () => {
    dir = musterstadtFleet();
    const vnet = await guard(dir, 'replace-vnet.json', '--date', '2025-06-01');
    expect(vnet.status).toBe(1);
    expect(vnet.stdout).toMatch(/REJECTED replace proxmox_sdn_vnet\.Network_dmz_Vnet_B4775840 \[network\]\n\s+replacing \(destroy and re-create\) a protected resource/);
    const kv = await guard(dir, 'replace-kv-mount-create-first.json', '--date', '2025-06-01', '--json');
    expect(kv.status).toBe(1);
    const report = JSON.parse(kv.stdout);
    expect(report.decisions.map((d: { kind: string; category: string; verdict: string }) => [d.kind, d.category, d.verdict])).toEqual([['replace', 'data', 'rejected']]);
  });

  it('passes an approved delete and shows the approval', async () => {
    dir = musterstadtFleet(APPROVE_PBS('2025-05-20', '2025-06-30'));
    const r = spawnGuard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01');
    expect(r.stdout).toContain('APPROVED delete  proxmox_storage_pbs.Backup_Storage_B9017233 [backup]');
    expect(r.stdout).toContain('approval "drop-old-pbs" by Erika Mustermann on 2025-05-20, valid until 2025-06-30: Storage moves to the new PBS cluster');
    expect(r.status).toBe(0);
    const json = JSON.parse((await guard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01', '--json')).stdout);
    expect(json.decisions[0].approval).toMatchObject({ id: 'drop-old-pbs', approvedBy: 'Erika Mustermann' });
    expect(json.unusedApprovals).toEqual([]);
  });

  it('fails when the only matching approval has expired', async () => {
    dir = musterstadtFleet(APPROVE_PBS('2025-05-20', '2025-05-31'));
    const r = spawnGuard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('approval "drop-old-pbs" expired on 2025-05-31');
  });

  it('fails when the approval is dated after the run date', async () => {
    dir = musterstadtFleet(APPROVE_PBS('2025-06-10', '2025-06-30'));
    const r = await guard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('approval "drop-old-pbs" is dated 2025-06-10, after the run date 2025-06-01');
  });

  it('fails when an approval is for another action than the plan has', async () => {
    dir = musterstadtFleet(APPROVE_PBS('2025-05-20', '2025-06-30').replace('action: delete', 'action: replace'));
    expect((await guard(dir, 'delete-pbs-storage.json', '--date', '2025-06-01')).status).toBe(1);
  });

  it('fails when a change touches a pool or vnet outside the tenant, even with an approval of the address', async () => {
    dir = musterstadtFleet(`approvals:
  anything:
    address: proxmox_acl.Access_Acl-pool-admins_3151AC55
    action: replace
    reason: An approval that must not unlock the pools of other tenants
    approvedBy: Someone Else
    approvedOn: "2025-05-20"
    expires: "2025-06-30"
`);
    const r = spawnGuard(dir, 'outside-tenant.json', '--date', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('path "/pool/kom-nachbarstadt" (after the change) is not the tenant\'s');
    expect(r.stdout).toContain('id "t0002sv" (after the change) is not the tenant\'s (expected one of t0001cl, t0001dz, t0001io, t0001mg, t0001sv)');
    expect(r.stdout).toContain('zone "z0002" (after the change) is not the tenant\'s (expected z0001)');
    expect(r.stdout).toContain('unused approvals (remove them once applied): anything');
  });

  it('fails when a tenant plan contains a cluster singleton', async () => {
    dir = musterstadtFleet();
    const r = await guard(dir, 'cluster-singleton.json', '--date', '2025-06-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sets the datacenter options of the whole cluster');
  });

  it('checks protected classes without a tenant (no approvals can apply)', async () => {
    dir = musterstadtFleet();
    const ok = await kommunalInProcess(['plan-guard', plan('outside-tenant.json'), '--date', '2025-06-01'], dir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('no tenant given');
    expect((await kommunalInProcess(['plan-guard', plan('replace-vnet.json'), '--date', '2025-06-01'], dir)).status).toBe(1);
  });

  it('writes the GitLab terraform report even when the guard fails', async () => {
    dir = musterstadtFleet();
    const out = path.join(dir, 'reports/plan-report.json');
    const r = await guard(dir, 'replace-vnet.json', '--date', '2025-06-01', '--gitlab-report', out);
    expect(r.status).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual({ create: 1, update: 0, delete: 1 });
  });

  it.each([
    ['not-a-plan.json', /not-a-plan\.json: not a plan: "format_version" is missing; expected the output of `terraform show -json <planfile>`/],
    ['not-json.json', /not-json\.json: not JSON \(/],
    ['state-not-plan.json', /this is a state .*not a plan/],
    ['unknown-action.json', /change\.actions must list actions out of no-op, create, read, update, delete, forget, got \["destroy"\]/],
  ])('fails with exit 2 and a message for %s, never a stack trace', async (fixture, message) => {
    dir = musterstadtFleet();
    const r = await guard(dir, fixture, '--date', '2025-06-01');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('fails with exit 2 for an unreadable plan file and for a bad --date', async () => {
    dir = musterstadtFleet();
    const missing = await kommunalInProcess(['plan-guard', path.join(dir, 'nope.json')], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read plan');
    expect(missing.stderr).toContain('no such file');
    const notPlan = spawnGuard(dir, 'not-a-plan.json', '--date', '2025-06-01');
    expect(notPlan.status).toBe(2);
    expect(notPlan.stderr).toContain('not a plan: "format_version" is missing');
    expect(notPlan.stderr).not.toMatch(/\n\s+at /);
    const date = await guard(dir, 'update-inside.json', '--date', '2025-02-30');
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--date "2025-02-30" is not a calendar date');
  });

  it('fails with exit 1 for an unknown tenant and suggests the near miss', async () => {
    dir = musterstadtFleet();
    const r = await kommunalInProcess(['plan-guard', plan('update-inside.json'), '--tenant', 'musterstat', '--fleet', path.join(dir, 'fleet.yaml')], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('did you mean "musterstadt"?');
  });
});

describe('offboarding: state decommissioning', () => {
  let dir: string;
  afterEach(() => cleanup(dir));
  const DECOM = 'state: decommissioning\ndecommissionedSince: "2025-01-31"\n';

  it('allows revoking identities and deleting the network, and reports when backups may go', async () => {
    dir = musterstadtFleet(DECOM);
    const r = spawnGuard(dir, 'decommission-revoke.json', '--date', '2025-03-01', '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.state).toBe('decommissioning');
    expect(report.backupRetentionEnds).toBe('2026-02-07');
    expect(report.decisions.map((d: { type: string; verdict: string }) => `${d.type}:${d.verdict}`)).toEqual([
      'proxmox_acl:allowed', 'proxmox_virtual_environment_group:allowed', 'proxmox_realm_ldap:allowed', 'proxmox_user_token:allowed',
      'vault_policy:allowed', 'vault_jwt_auth_backend_role:allowed', 'proxmox_sdn_vnet:allowed',
    ]);
  });

  it('fails when a decommissioning tenant would be updated or get new resources', async () => {
    dir = musterstadtFleet(DECOM);
    const upd = await guard(dir, 'decommission-update.json', '--date', '2025-03-01');
    expect(upd.status).toBe(1);
    expect(upd.stdout).toContain('tenant "musterstadt" is decommissioning since 2025-01-31: changes are frozen, only deletes are allowed (update is not)');
    expect((await guard(dir, 'update-inside.json', '--date', '2025-03-01')).status).toBe(1);
  });

  it('fails when backups would be deleted before the retention has passed, even with an approval', async () => {
    dir = musterstadtFleet(DECOM + APPROVE_PBS('2025-03-01', '2025-05-30'));
    const r = await guard(dir, 'decommission-destroy-backups.json', '--date', '2025-03-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('backups are kept until 2026-02-07 (decommissionedSince 2025-01-31 + 372 days, the longest retention); the run date is 2025-03-01');
  });

  it('fails when the backup approval was given before the retention ended', async () => {
    dir = musterstadtFleet(DECOM + APPROVE_BACKUPS('2026-01-15', '2026-03-31'));
    const r = await guard(dir, 'decommission-destroy-backups.json', '--date', '2026-03-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('was given on 2026-01-15, before the backup retention ended (2026-02-07)');
  });

  it('passes the destroy of backups with an approval given after the retention', async () => {
    dir = musterstadtFleet(DECOM + APPROVE_BACKUPS('2026-02-10', '2026-03-31'));
    const r = await guard(dir, 'decommission-destroy-backups.json', '--date', '2026-03-01');
    expect(r.stdout).toContain('APPROVED delete  proxmox_backup_job.Backup_DA3807AC [backup]');
    expect(r.stdout).toContain('APPROVED delete  proxmox_storage_pbs.Backup_Storage_B9017233 [backup]');
    expect(r.status).toBe(0);
  });
});

describe('tenant file: decommissionedSince and approvals are validated', () => {
  let dir: string;
  afterEach(() => cleanup(dir));
  const problems = (extra: string) => {
    dir = musterstadtFleet(extra);
    return checkKommuneFile(path.join(dir, 'kommunen/musterstadt.yaml'), { displayRoot: dir }).problems.map(formatProblem);
  };

  it('fails when state decommissioning has no decommissionedSince', async () => {
    expect(problems('state: decommissioning\n')).toEqual([
      expect.stringMatching(/kommunen\/musterstadt\.yaml:\d+:8 state: state "decommissioning" needs "decommissionedSince"/),
    ]);
  });

  it('fails when decommissionedSince is set on an active tenant or is not a calendar date', async () => {
    expect(problems('decommissionedSince: "2025-01-31"\n').join('\n')).toContain('"decommissionedSince" is only allowed with state "decommissioning", not "active"');
    expect(problems('state: decommissioning\ndecommissionedSince: "2025-02-30"\n').join('\n')).toContain('"2025-02-30" is not a calendar date');
  });

  it('fails when an approval has a short reason, an unknown action, no approvedOn, or expires before it was given', async () => {
    const out = problems(`approvals:
  bad:
    address: proxmox_sdn_vnet.x
    action: destroy
    reason: because
    approvedBy: Erika Mustermann
    expires: "2025-01-01"
  inverted:
    address: proxmox_sdn_vnet.y
    action: delete
    reason: Segment dmz is removed, ticket 4712 (Ratsbeschluss 2025-03)
    approvedBy: Erika Mustermann
    approvedOn: "2025-02-01"
    expires: "2025-01-01"
`).join('\n');
    expect(out).toContain('approvals.bad.action: "destroy" is not allowed');
    expect(out).toContain('approvals.bad.reason: "because" is too short: at least 20 characters');
    expect(out).toContain('approvals.bad.approvedOn: required field "approvedOn" is missing');
    expect(out).toContain('approvals.inverted.expires: the approval expires (2025-01-01) before it was given (2025-02-01)');
  });
});

describe('isBackupJobStop', () => {
  const job = { id: 'kom-musterstadt', schedule: '*-*-* 01:37', enabled: true, pool: 'kom-musterstadt' };
  it('accepts an update that only switches the backup job off (what the decommissioning stack plans)', () => {
    expect(isBackupJobStop('proxmox_backup_job', job, { ...job, enabled: false })).toBe(true);
  });
  it('fails when anything else changes too, or the job is switched on, or it is another type', () => {
    expect(isBackupJobStop('proxmox_backup_job', job, { ...job, enabled: false, schedule: 'daily' })).toBe(false);
    expect(isBackupJobStop('proxmox_backup_job', { ...job, enabled: false }, job)).toBe(false);
    expect(isBackupJobStop('proxmox_storage_pbs', job, { ...job, enabled: false })).toBe(false);
  });
  it('lets a decommissioning tenant stop its backup job while other updates stay frozen', () => {
    const spec = { ...exampleModel('musterstadt').specs.musterstadt, state: 'decommissioning', decommissionedSince: '2025-01-31' } as TenantSpec;
    const plan = (after: Record<string, unknown>) => parsePlanJson(JSON.stringify({
      format_version: '1.2',
      resource_changes: [{ address: 'proxmox_backup_job.Backup_DA3807AC', mode: 'managed', type: 'proxmox_backup_job', name: 'Backup_DA3807AC', change: { actions: ['update'], before: job, after } }],
    }), 'plan.json');
    expect(guardPlan(plan(({ ...job, enabled: false })), spec, { date: '2025-03-01' }).decisions[0].verdict).toBe('allowed');
    expect(guardPlan(plan(({ ...job, enabled: false, schedule: 'daily' })), spec, { date: '2025-03-01' }).decisions[0].verdict).toBe('rejected');
  });
});

describe('forget (a removed block)', () => {
  // The tenant CI role as an earlier blueprint's tenant stack held it in its state (musterstadt).
  const role = { id: 'auth/jwt-ci/role/kommunen-musterstadt-ci', backend: 'jwt-ci', role_name: 'kommunen-musterstadt-ci', role_type: 'jwt', token_policies: ['kommunen-musterstadt-pipeline'] };
  const planOf = (address: string, type: string, before: Record<string, unknown>) => parsePlanJson(JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    resource_changes: [{ address, mode: 'managed', type, name: address.split('.')[1], change: { actions: ['forget'], before, after: null } }],
  }), 'plan.json');
  const active = exampleModel('musterstadt').specs.musterstadt;

  it('lets a tenant forget its former CI role (the platform owns it now), active or decommissioning', () => {
    const plan = planOf(FORMER_TENANT_CI_ROLE_ADDRESS, 'vault_jwt_auth_backend_role', role);
    for (const spec of [active, { ...active, state: 'decommissioning', decommissionedSince: '2025-01-31' } as TenantSpec]) {
      const r = guardPlan(plan, spec, { date: '2025-03-01' });
      expect(r.ok).toBe(true);
      expect(r.counts.forget).toBe(1);
      expect(r.decisions[0]).toMatchObject({ kind: 'forget', verdict: 'allowed', scope: 'inside' });
    }
  });

  it('refuses to forget the tenant PBS storage without a delete approval (forgetting takes it out of management)', () => {
    const r = guardPlan(planOf('proxmox_storage_pbs.Backup_Storage_B9017233', 'proxmox_storage_pbs', { id: active.backup.storageId }), active, { date: '2025-03-01' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0].reasons.join('\n')).toMatch(/forgetting proxmox_storage_pbs\.Backup_Storage_B9017233 \(a removed block\) takes a protected resource .* out of management like a delete; no approval .* with action "delete"/);
  });

  it('refuses to forget an identity object of the tenant (not protected, not owned elsewhere)', () => {
    const r = guardPlan(planOf('proxmox_virtual_environment_group.G', 'proxmox_virtual_environment_group', { group_id: [...Object.values(active.identity.groups)][0] }), active, { date: '2025-03-01' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0].reasons.join('\n')).toMatch(/forgetting proxmox_virtual_environment_group\.G \(a removed block\): terraform would stop managing it/);
  });

  it('lets the platform forget the audit device it created through the API (vault.auditDevice server-config), and nothing else; a tenant may not', () => {
    const audit = { id: 'kommunal-stdout', path: 'kommunal-stdout', type: 'file' };
    const platform = guardPlan(planOf(PLATFORM_AUDIT_DEVICE_ADDRESS, 'vault_audit', audit), undefined, { date: '2025-03-01' });
    expect(platform.ok).toBe(true);
    expect(platform.decisions[0]).toMatchObject({ kind: 'forget', verdict: 'allowed' });
    expect(guardPlan(planOf(FORMER_TENANT_CI_ROLE_ADDRESS, 'vault_jwt_auth_backend_role', role), undefined, { date: '2025-03-01' }).ok).toBe(false);
    expect(guardPlan(planOf(PLATFORM_AUDIT_DEVICE_ADDRESS, 'vault_audit', audit), active, { date: '2025-03-01' }).ok).toBe(false);
  });

  it("refuses another tenant's role under the CI role address (scope)", () => {
    const r = guardPlan(planOf(FORMER_TENANT_CI_ROLE_ADDRESS, 'vault_jwt_auth_backend_role', { ...role, role_name: 'kommunen-hahn-ci' }), active, { date: '2025-03-01' });
    expect(r.ok).toBe(false);
    expect(r.decisions[0].scope).toBe('outside');
  });
});
