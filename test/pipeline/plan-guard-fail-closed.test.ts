/**
 * The plan guard fails closed (issue #14, deliverable 2), judged on real plan JSON: the fixtures in
 * test/fixtures/plans/real were recorded once from real terraform 1.11.4 runs against the shadow
 * providers (`npm run build && node scripts/record-guard-plans.js`, which says how each was made).
 * Variants (an update of an ACL, a policy, a PKI role) start from the real objects of those plans
 * and change one attribute, so that the values have the shapes terraform really writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { guardPlan, type GuardReport } from '../../lib/pipeline/plan-guard';
import { parsePlanJson, type PlanJson } from '../../lib/pipeline/plan-json';
import { classifyResource, identityWidening, protectionWeakening, retentionLowered } from '../../lib/pipeline/resource-classes';
import type { ApprovalSpec, TenantSpec } from '../../lib/model/spec';
import { exampleModel } from '../helpers/fleet';
import { PLANS } from './fixtures';

const REAL = path.join(PLANS, 'real');
const read = (name: string): PlanJson => parsePlanJson(fs.readFileSync(path.join(REAL, name), 'utf8'), name);
type Raw = { address: string; mode: string; type: string; name: string; change: { actions: string[]; before: unknown; after: unknown; importing?: unknown } };
const raw = (name: string): { resource_changes: Raw[] } => JSON.parse(fs.readFileSync(path.join(REAL, name), 'utf8'));
const musterstadt = exampleModel('musterstadt').specs.musterstadt!;
const DATE = '2026-12-05';
const planOf = (changes: readonly Raw[], outputs: Record<string, unknown> = {}): PlanJson =>
  parsePlanJson(JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes, output_changes: outputs }), 'plan.json');
/** The `after` of the first create of a type in a real first plan. */
const created = (fixture: string, type: string, where: (after: Record<string, unknown>) => boolean = () => true): Raw => {
  const rc = raw(fixture).resource_changes.find((c) => c.type === type && c.change.actions.join() === 'create' && where(c.change.after as Record<string, unknown>));
  if (!rc) throw new Error(`${fixture}: no create of ${type}`);
  return rc;
};
/** An update of a real object: before = what the first plan created, after = with `patch` applied. */
const updateOf = (rc: Raw, patch: Record<string, unknown>): Raw => ({ ...rc, change: { actions: ['update'], before: rc.change.after, after: { ...(rc.change.after as object), ...patch } } });
const withApprovals = (spec: TenantSpec, approvals: Record<string, ApprovalSpec>): TenantSpec => ({ ...spec, approvals } as TenantSpec);
const approve = (address: string, action: ApprovalSpec['action']): ApprovalSpec => ({
  address, action, reason: 'Reviewed by the platform team, ticket INFRA-4711', approvedBy: 'Erika Mustermann', approvedOn: '2026-12-01', expires: '2026-12-31',
});
const reasons = (r: GuardReport) => r.decisions.flatMap((d) => d.reasons).join('\n');

describe('real first plans pass (holdouts in both isolation modes)', () => {
  it.each([
    ['musterstadt-first.json', 'musterstadt', 'musterstadt'],
    ['vg-musterland-first.json', 'verbandsgemeinde', 'vg-musterland'],
  ])('%s: every create is allowed, and every type was recognised as the tenant\'s', (fixture, example, key) => {
    const r = guardPlan(read(fixture), exampleModel(example).specs[key], { date: DATE });
    expect(reasons(r)).toBe('');
    expect(r.ok).toBe(true);
    expect(r.decisions.length).toBeGreaterThan(50);
    expect(r.decisions.filter((d) => d.scope !== 'inside').map((d) => d.type)).toEqual([]);
  });

  it('the platform\'s first plan passes (protected classes only; no tenant scope)', () => {
    const r = guardPlan(read('platform-first.json'), undefined, { date: DATE });
    expect(r.ok).toBe(true);
  });
});

describe('unclassified resource types are refused in a tenant plan', () => {
  const file: Raw = { address: 'proxmox_virtual_environment_file.Snippet', mode: 'managed', type: 'proxmox_virtual_environment_file', name: 'Snippet', change: { actions: ['create'], before: null, after: { node_name: 'pve1', datastore_id: 'local', content_type: 'snippets' } } };

  it('refuses a create of a type the guard compares nothing of, next to real creates that pass', () => {
    const r = guardPlan(planOf([created('musterstadt-first.json', 'proxmox_virtual_environment_pool'), file]), musterstadt, { date: DATE });
    expect(r.ok).toBe(false);
    expect(r.decisions.map((d) => [d.type, d.scope, d.verdict])).toEqual([
      ['proxmox_virtual_environment_pool', 'inside', 'allowed'],
      ['proxmox_virtual_environment_file', 'not-checked', 'rejected'],
    ]);
    expect(r.decisions[1]!.reasons[0]).toMatch(/compares no identifying attribute of this type.*unclassified types are refused/);
  });

  it('refuses a known type whose identifying attributes are missing from the values (nothing compared)', () => {
    const pool = { ...created('musterstadt-first.json', 'proxmox_virtual_environment_pool'), change: { actions: ['update'], before: { comment: 'a' }, after: { comment: 'b' } } };
    expect(guardPlan(planOf([pool]), musterstadt, { date: DATE }).decisions[0]).toMatchObject({ scope: 'not-checked', verdict: 'rejected' });
  });

  it('leaves the platform plan to its own rules (no tenant: unclassified types are not refused)', () => {
    expect(guardPlan(planOf([file]), undefined, { date: DATE }).ok).toBe(true);
  });
});

describe('imports', () => {
  const pool = created('musterstadt-first.json', 'proxmox_virtual_environment_pool');
  const imported = (after: Record<string, unknown>): Raw => ({ ...pool, change: { actions: ['no-op'], before: after, after, importing: { id: String(after.pool_id) } } });
  const importCreate = (after: Record<string, unknown>): Raw => ({ ...pool, change: { actions: ['create'], before: null, after, importing: { id: String(after.pool_id) } } });

  it("refuses importing another tenant's pool, allows importing the tenant's own", () => {
    const foreign = guardPlan(planOf([importCreate({ ...(pool.change.after as object), pool_id: 'kom-nachbarstadt' })]), musterstadt, { date: DATE });
    expect(foreign.ok).toBe(false);
    expect(foreign.decisions[0]).toMatchObject({ importing: true, scope: 'outside' });
    expect(reasons(foreign)).toMatch(/importing proxmox_virtual_environment_pool\.\S+: the object is not the tenant's/);
    const own = guardPlan(planOf([importCreate(pool.change.after as Record<string, unknown>)]), musterstadt, { date: DATE });
    expect(own.ok).toBe(true);
    expect(own.decisions[0]).toMatchObject({ importing: true, scope: 'inside', verdict: 'allowed' });
  });

  it('reads `importing` from the plan JSON (a no-op import is still parsed)', () => {
    expect(planOf([imported(pool.change.after as Record<string, unknown>)]).resourceChanges[0]!.change.importing).toEqual({ id: 'kom-musterstadt' });
  });
});

describe('retention: the keep-all update stays allowed, a lowered retention needs an approval', () => {
  it('allows the real in-place keep-all update every existing tenant plans (it keeps more)', () => {
    const plan = read('musterstadt-keep-all.json');
    const updates = plan.resourceChanges.filter((c) => c.change.actions.join() === 'update');
    expect(updates.map((c) => c.type).sort()).toEqual(['proxmox_backup_job', 'proxmox_storage_pbs']);
    const r = guardPlan(plan, musterstadt, { date: DATE });
    expect(reasons(r)).toBe('');
    expect(r.ok).toBe(true);
  });

  it('refuses the real plan of a tenant file that lowered keepDaily 30 → 7 (only the PBS prune job output changes)', () => {
    const plan = read('musterstadt-retention-lowered.json');
    const r = guardPlan(plan, musterstadt, { date: DATE });
    expect(r.ok).toBe(false);
    expect(r.decisions.filter((d) => d.verdict !== 'allowed').map((d) => [d.address, d.category, d.verdict])).toEqual([['output.pbs_prune_job', 'backup', 'rejected']]);
    expect(reasons(r)).toContain("the PBS prune job's retention is lowered (keep-daily 30 → 7)");
    const approved = guardPlan(plan, withApprovals(musterstadt, { 'shorter-daily': approve('output.pbs_prune_job', 'update') }), { date: DATE });
    expect(approved.ok).toBe(true);
    expect(approved.decisions.find((d) => d.address === 'output.pbs_prune_job')).toMatchObject({ verdict: 'approved', approval: { id: 'shorter-daily' } });
  });

  it('treats dropping keep-all, lowering or removing a count as lowered; raising or adding as not', () => {
    expect(retentionLowered({ 'keep-daily': '30' }, { 'keep-all': '1' })).toEqual([]);
    expect(retentionLowered({ keep_all: true }, { keep_all: false, keep_daily: 7 })).toEqual(['keep-all → keep-daily 7: backups beyond these counts are pruned']);
    expect(retentionLowered({ 'keep-daily': '30', 'keep-weekly': '8' }, { 'keep-daily': '14' })).toEqual(['keep-daily 30 → 14', 'keep-weekly 8 removed']);
    expect(retentionLowered({ 'keep-daily': '14' }, { 'keep-daily': '30', 'keep-last': '3' })).toEqual([]);
  });

  it('refuses switching keep-all off on the real PBS storage and backup job without an approval', () => {
    const plan = read('musterstadt-keep-all.json');
    const reversed = plan.resourceChanges.filter((c) => c.change.actions.join() === 'update').map((c) => ({ ...c, name: c.address.split('.')[1]!, change: { actions: ['update'], before: c.change.after, after: c.change.before } }));
    const r = guardPlan(planOf(reversed as Raw[]), musterstadt, { date: DATE });
    expect(r.decisions.map((d) => d.verdict)).toEqual(['rejected', 'rejected']);
    expect(reasons(r)).toMatch(/prune_backups: retention lowered: keep-all → keep-daily 30/);
    expect(reasons(r)).toMatch(/backups: retention lowered: keep-all → keep-daily 30/);
  });
});

describe('updates that weaken protection need an approval like deletes do', () => {
  const job = created('musterstadt-first.json', 'proxmox_backup_job');

  it('refuses switching off the backup job of an active tenant; an update approval passes it', () => {
    const plan = planOf([updateOf(job, { enabled: false })]);
    const r = guardPlan(plan, musterstadt, { date: DATE });
    expect(r.ok).toBe(false);
    expect(reasons(r)).toMatch(/weakens protection: enabled: the backup job of an active tenant is switched off; no approval .* with action "update"/);
    expect(guardPlan(plan, withApprovals(musterstadt, { pause: approve(job.address, 'update') }), { date: DATE }).ok).toBe(true);
    expect(guardPlan(plan, withApprovals(musterstadt, { pause: approve(job.address, 'delete') }), { date: DATE }).ok).toBe(false);
  });

  it('finds a disk removed from a VM, a container mount point removed, and a data mount whose type changed', () => {
    const vm = { vm_id: 1000, disk: [{ interface: 'scsi0', size: 32 }, { interface: 'scsi1', size: 500 }] };
    expect(protectionWeakening('proxmox_virtual_environment_vm', vm, { ...vm, disk: [vm.disk[0]] }, true).map((f) => f.detail)).toEqual(['disk scsi1 removed from the guest: its data goes with it']);
    expect(protectionWeakening('proxmox_virtual_environment_vm', vm, { ...vm, disk: [...vm.disk, { interface: 'scsi2' }] }, true)).toEqual([]);
    const ct = { vm_id: 1001, mount_point: [{ path: '/srv', volume: 'local-lvm:10' }] };
    expect(protectionWeakening('proxmox_virtual_environment_container', ct, { ...ct, mount_point: [] }, true).map((f) => f.attribute)).toEqual(['mount_point']);
    expect(protectionWeakening('vault_mount', { path: 'kommunen/x/kv', type: 'kv-v2' }, { path: 'kommunen/x/kv', type: 'transit' }, true).map((f) => f.attribute)).toEqual(['type']);
  });

  it('classifies every Vault mount type that holds data as data (kv v1/v2, generic, pki, ssh, totp, transit, database)', () => {
    for (const type of ['kv', 'kv-v2', 'generic', 'pki', 'ssh', 'totp', 'transit', 'database']) {
      expect([type, classifyResource('vault_mount', { type }, null)?.category]).toEqual([type, 'data']);
    }
    expect(classifyResource('vault_mount', { type: 'jwt' }, null)).toBeUndefined();
  });
});

describe('identity-bearing updates are compared attribute by attribute', () => {
  const acl = created('musterstadt-first.json', 'proxmox_acl', (a) => typeof a.group_id === 'string');
  const pki = created('musterstadt-first.json', 'vault_pki_secret_backend_role');
  const policy = created('musterstadt-first.json', 'vault_policy', (a) => typeof a.policy === 'string' && String(a.name).startsWith('kommunen-musterstadt'));

  it('refuses a real ACL whose role or propagate widens; an update approval passes it; narrowing passes', () => {
    const wider = guardPlan(planOf([updateOf(acl, { role_id: 'Administrator' })]), musterstadt, { date: DATE });
    expect(wider.ok).toBe(false);
    expect(reasons(wider)).toMatch(/widens access: role_id: role_id "\w+" → "Administrator" grants a role it did not/);
    const unpropagated = { ...acl, change: { ...acl.change, after: { ...(acl.change.after as object), propagate: false } } };
    expect(reasons(guardPlan(planOf([updateOf(unpropagated, { propagate: true })]), musterstadt, { date: DATE }))).toMatch(/propagate false → true/);
    const approved = guardPlan(planOf([updateOf(acl, { role_id: 'Administrator' })]), withApprovals(musterstadt, { admin: approve(acl.address, 'update') }), { date: DATE });
    expect(approved.decisions[0]).toMatchObject({ verdict: 'approved' });
    const before = acl.change.after as Record<string, unknown>;
    expect(identityWidening('proxmox_acl', { ...before, propagate: true }, { ...before, propagate: false })).toEqual([]);
  });

  it('refuses a real PKI role that widens its domains or names (each listed attribute)', () => {
    for (const patch of [{ allow_subdomains: true }, { allow_any_name: true }, { allow_glob_domains: true }, { allow_bare_domains: true }, { allowed_domains: ['example.org'] }]) {
      const before = pki.change.after as Record<string, unknown>;
      if (Object.entries(patch).every(([k, v]) => JSON.stringify(before[k]) === JSON.stringify(v))) continue;
      const r = guardPlan(planOf([updateOf(pki, patch)]), musterstadt, { date: DATE });
      expect([Object.keys(patch)[0], r.ok]).toEqual([Object.keys(patch)[0], false]);
    }
  });

  it('refuses a real tenant policy that gains a path outside the tenant, needs an approval for a capability inside, allows narrowing', () => {
    const text = String((policy.change.after as Record<string, unknown>).policy);
    const outside = guardPlan(planOf([updateOf(policy, { policy: `${text}\npath "kommunen/hahn/*" {\n  capabilities = ["read"]\n}\n` })]), withApprovals(musterstadt, { any: approve(policy.address, 'update') }), { date: DATE });
    expect(outside.ok).toBe(false);
    expect(reasons(outside)).toMatch(/widens access outside tenant "musterstadt": policy: new path "kommunen\/hahn\/\*" with read \(outside the tenant's paths kommunen\/musterstadt\/\.\.\.\)/);
    const inside = updateOf(policy, { policy: `${text}\npath "kommunen/musterstadt/extra/*" {\n  capabilities = ["read", "sudo"]\n}\n` });
    expect(guardPlan(planOf([inside]), musterstadt, { date: DATE }).ok).toBe(false);
    expect(guardPlan(planOf([inside]), withApprovals(musterstadt, { extra: approve(policy.address, 'update') }), { date: DATE }).ok).toBe(true);
    expect(identityWidening('vault_policy', { policy: text }, { policy: '' })).toEqual([]);
  });

  it('compares JWT bound_claims, token_policies and bound_audiences, and the users\' groups and acl', () => {
    const role = { role_name: 'r', bound_claims: { project_path: 'kommunen/musterstadt', ref_protected: 'true' }, token_policies: ['a'], bound_audiences: ['https://vault'] };
    const find = (after: Record<string, unknown>) => identityWidening('vault_jwt_auth_backend_role', role, { ...role, ...after }).map((f) => f.attribute);
    expect(find({ bound_claims: { project_path: 'kommunen/musterstadt' } })).toEqual(['bound_claims.ref_protected']);
    expect(find({ bound_claims: { project_path: 'kommunen/musterstadt,kommunen/hahn', ref_protected: 'true' } })).toEqual(['bound_claims.project_path']);
    expect(find({ token_policies: ['a', 'b'] })).toEqual(['token_policies']);
    expect(find({ bound_audiences: [] })).toEqual(['bound_audiences']);
    expect(find({ token_policies: [] })).toEqual([]);
    const user = { user_id: 'ci-musterstadt@pve', groups: ['musterstadt-admins'], acl: [] };
    expect(identityWidening('proxmox_virtual_environment_user', user, { ...user, groups: ['musterstadt-admins', 'platform-admins'] }).map((f) => f.detail)).toEqual(['adds "platform-admins"']);
    expect(identityWidening('proxmox_virtual_environment_group', { acl: [] }, { acl: [{ path: '/', role_id: 'Administrator', propagate: true }] }).map((f) => f.detail)).toEqual(['adds / Administrator (propagate)']);
  });
});

describe('the backup hold of a decommissioning tenant', () => {
  const decommissioning = { ...musterstadt, state: 'decommissioning', decommissionedSince: '2026-01-31' } as TenantSpec;
  const storage = created('musterstadt-first.json', 'proxmox_storage_pbs');
  const del: Raw = { ...storage, change: { actions: ['delete'], before: storage.change.after, after: null } };

  it('counts from the retention recorded in the lock when given, else from the tenant file and says so', () => {
    const fromFile = guardPlan(planOf([del]), decommissioning, { date: '2026-03-01' });
    expect(fromFile).toMatchObject({ backupRetentionEnds: '2027-02-07', retentionSource: 'tenant-file' });
    const fromLock = guardPlan(planOf([del]), decommissioning, { date: '2026-03-01', recordedRetention: { keepDaily: 30, keepWeekly: 8, keepMonthly: 36, keepYearly: 0 } });
    expect(fromLock).toMatchObject({ backupRetentionEnds: '2029-02-20', retentionSource: 'lock' });
  });
});
