import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderAccessMatrix, renderBackupPlan, renderNetworkPlan } from '../../lib/blueprint/tenant-documents';
import { exampleModel, removeDir, synthModel } from '../helpers/fleet';

describe('tenant documents (examples/musterstadt)', () => {
  const model = exampleModel('musterstadt');
  const spec = model.specs.musterstadt;

  it('network plan lists every segment with vnet, tag, CIDR and gateway, and every flow with its reason', () => {
    const md = renderNetworkPlan(spec);
    for (const s of Object.values(spec.network.segments)) {
      expect(md).toContain(`| ${s!.name} | ${s!.role} | ${s!.trust} | ${s!.vnetId} | ${s!.tag} | ${s!.cidr} | ${s!.gateway} |`);
    }
    for (const f of Object.values(spec.network.flows)) expect(md).toContain(`| ${f.id} | ${f.from} |`);
    expect(md).toContain('exception until 2027-06-30');
    expect(md).toContain(`Address block \`${spec.network.block}\``);
  });

  it('backup plan names schedule, retention, both copies and the restore-test duty', () => {
    const md = renderBackupPlan(spec);
    expect(md).toContain(`\`${spec.backup.schedule}\``);
    expect(md).toContain(`| daily | ${spec.backup.retention.keepDaily} |`);
    expect(md).toContain(`| primary | ${spec.backup.pbsServer} | ${spec.backup.datastore} | ${spec.backup.namespace} |`);
    expect(md).toContain(`| second copy | ${spec.backup.secondCopy.server} |`);
    expect(md).toMatch(/Restore test\.\*\* At least quarterly/);
    expect(md).toContain('CON.3.A14');
  });

  it('backup plan states the PBS prune job that enforces the retention (Proxmox VE keeps everything)', () => {
    const md = renderBackupPlan(spec);
    const b = spec.backup;
    expect(md).toContain('Proxmox VE keeps every backup (`keep-all`)');
    expect(md).toContain(`PBS prune job \`kommunal-${spec.code}\` of namespace \`${b.namespace}\` in datastore \`${b.datastore}\` (max-depth 0), at \`*-*-* ${b.window.end}\``);
    expect(md).toContain(`proxmox-backup-manager prune-job create kommunal-${spec.code} --store ${b.datastore} --ns '${b.namespace}' --max-depth 0 --schedule '*-*-* ${b.window.end}' --keep-daily ${b.retention.keepDaily} --keep-weekly ${b.retention.keepWeekly}`);
  });

  it('the platform lists every tenant\'s prune job, with the same job as the tenant\'s plan and stack output', () => {
    const synth = synthModel(model);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-docs-'));
    try {
      const written = synth.fleet.writeDocuments(dir);
      const file = path.join(dir, 'platform', 'pbs-prune-jobs.md');
      expect(written).toContain(file);
      const md = fs.readFileSync(file, 'utf8');
      const keys = Object.keys(model.specs).sort();
      expect(md).toContain(`${keys.length} job${keys.length === 1 ? '' : 's'}.`);
      for (const key of keys) {
        const s = model.specs[key];
        expect(md).toContain(`| ${key} | kommunal-${s.code} | ${s.backup.pbsServer} | ${s.backup.datastore} | ${s.backup.namespace} | *-*-* ${s.backup.window.end} | `);
        const output = (synth.stacks[key].output as Record<string, { value: Record<string, unknown> }>).pbs_prune_job.value;
        expect(output).toMatchObject({ id: `kommunal-${s.code}`, ns: s.backup.namespace, schedule: `*-*-* ${s.backup.window.end}`, 'keep-daily': String(s.backup.retention.keepDaily) });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      removeDir(synth.outdir);
    }
  });

  it('access matrix shows every ACL the stack renders and every Vault policy rule', () => {
    const synth = synthModel(model);
    try {
      const stack = synth.fleet.tenants.musterstadt;
      const policies = Object.values(stack.vault.policies).filter((p): p is NonNullable<typeof p> => p !== undefined);
      const md = renderAccessMatrix(spec, stack.access!.aclEntries, policies);
      for (const acl of stack.access!.aclEntries) expect(md).toContain(`| ${acl.principal.kind} \`${acl.principal.id}\` | ${acl.roleId} | ${acl.path} |`);
      for (const p of policies) {
        for (const r of p.rules) expect(md).toContain(`| ${p.name} | ${p.namespace ?? '(root)'} | ${r.path} | ${r.capabilities.join(', ')} |`);
      }
      expect(md).not.toMatch(/\| \/ \|/);
    } finally {
      removeDir(synth.outdir);
    }
  });

  it('renders byte-identical documents for the same spec (no dates)', () => {
    expect(renderNetworkPlan(exampleModel('musterstadt').specs.musterstadt)).toBe(renderNetworkPlan(spec));
    expect(renderBackupPlan(exampleModel('musterstadt').specs.musterstadt)).toBe(renderBackupPlan(spec));
  });
});
