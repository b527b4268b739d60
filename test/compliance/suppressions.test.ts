import { TerraformStack } from 'cdktf';
import { applyCompliance, complianceReportOf } from '../../lib/compliance/apply';
import { checkStack } from '../../lib/compliance/check';
import { suppress, type Suppression } from '../../lib/compliance/suppressions';
import { VirtualEnvironmentPool } from '../../lib/providers/proxmox/virtual-environment-pool';
import { BackupJob } from '../../lib/providers/proxmox/backup-job';
import { ProxmoxConnection } from '../../lib/providers/proxmox-connection';
import { clone, musterstadt } from './fixtures';
import { synthText, testApp } from '../helpers/synth';

const ref = musterstadt();
const REASON = 'Hausmeister VLAN runs a vendor DHCP appliance, ISB decision 2025-14';
const sup = (rule: string, reason = REASON, extra: Partial<Suppression> = {}): Suppression => ({ rule, reason, source: 'option', origin: 'test', ...extra });
const net3 = (r: ReturnType<typeof checkStack>) => r.results.find((x) => x.rule === 'KOM-NET-3')!;

describe('suppressions', () => {
  it('suppress a failing finding, which stays in the report with its reason', () => {
    const r = checkStack(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3')], now: '2026-01-01' });
    expect(net3(r).status).toBe('suppressed');
    expect(net3(r).suppressed.map((s) => s.suppression.reason)).toEqual([REASON]);
    expect(r.suppressionProblems).toEqual([]);
  });
  it('fails when the reason is too short or only repeats characters', () => {
    const short = checkStack(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3', 'temporary')] });
    expect(short.suppressionProblems.join()).toContain('has 9 characters; at least 20');
    const rep = checkStack(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3', 'abababababababababababab')] });
    expect(rep.suppressionProblems.join()).toContain('repetition');
    expect(net3(rep).status).toBe('fail');
    expect(rep.errorCount).toBe(1);
  });
  it('fails when the rule ID is unknown, with a suggestion', () => {
    const r = checkStack(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-9')] });
    expect(r.suppressionProblems.join()).toContain('rule "KOM-NET-9" is not a rule of the pack; did you mean');
  });
  it('fails when a suppression matches nothing', () => {
    const r = checkStack(ref.json, { spec: ref.spec, suppressions: [sup('KOM-BAK-1')] });
    expect(r.suppressionProblems).toEqual(['test (option): suppression of KOM-BAK-1 matches no finding; remove it']);
    expect(r.errorCount).toBe(1);
  });
  it('stops applying after its expiry date (judged on the explicit date)', () => {
    const s = sup('KOM-NET-3', REASON, { expires: '2026-03-31' });
    expect(net3(checkStack(ref.json, { spec: ref.spec, suppressions: [s], now: '2026-03-31' })).status).toBe('suppressed');
    const late = checkStack(ref.json, { spec: ref.spec, suppressions: [s], now: '2026-04-01' });
    expect(net3(late).status).toBe('fail');
    expect(late.notes.join()).toContain('expired on 2026-03-31');
    const undated = checkStack(ref.json, { spec: ref.spec, suppressions: [s] });
    expect(undated.notes.join()).toContain('not evaluated');
  });
  it('applies tenant-file suppressions from the spec', () => {
    const spec = clone(ref.spec) as any;
    spec.suppressions = { 'iot-dhcp': { rule: 'KOM-NET-3', reason: REASON } };
    const r = checkStack(ref.json, { spec });
    expect(net3(r).suppressed[0].suppression.origin).toBe('suppressions.iot-dhcp');
  });
  it('a construct suppression covers only resources below its construct', () => {
    const j = clone(ref.json) as any;
    const subnetPath = (Object.values(j.resource.proxmox_sdn_subnet) as any[]).find((s) => String(s.vnet).includes('iot'))['//'].metadata.path as string;
    const scoped = (scope: string) => checkStack(j, { spec: ref.spec, suppressions: [sup('KOM-NET-3', REASON, { scope, source: 'construct' })] });
    expect(net3(scoped(subnetPath.split('/').slice(0, -1).join('/'))).status).toBe('suppressed');
    const other = scoped('musterstadt/Network/servers');
    expect(net3(other).status).toBe('fail');
    expect(other.suppressionProblems.join()).toContain('matches no finding');
  });
});

describe('applyCompliance', () => {
  function handStack(withJob: boolean) {
    const app = testApp();
    const stack = new TerraformStack(app, 'hand');
    new ProxmoxConnection(stack, 'Proxmox');
    new VirtualEnvironmentPool(stack, 'Pool', { poolId: 'kom-x' });
    if (withJob) {
      new BackupJob(stack, 'Job', { id: 'kom-x', pool: 'kom-x', schedule: '*-*-* 01:00', storage: 'pbs', pruneBackups: { 'keep-daily': '7', 'keep-weekly': '4', 'keep-monthly': '3' }, lifecycle: { preventDestroy: true } });
    }
    return stack;
  }
  it('fails synthesis on an unsuppressed error, naming the rule', () => {
    const stack = handStack(false);
    applyCompliance(stack);
    expect(() => synthText(stack, true)).toThrow(/KOM-BAK-1.*pool kom-x is covered by no enabled backup job/);
  });
  it('report-only mode synthesizes and keeps the report', () => {
    const stack = handStack(false);
    applyCompliance(stack, { mode: 'report-only' });
    expect(() => synthText(stack, true)).not.toThrow();
    expect(complianceReportOf(stack)!.results.find((r) => r.rule === 'KOM-BAK-1')!.status).toBe('fail');
  });
  it('a construct suppression made with suppress() lets synthesis pass', () => {
    const stack = handStack(false);
    suppress(stack, 'KOM-BAK-1', 'Pool kom-x holds templates only, rebuilt from Git (ISB 2025-03)');
    suppress(stack, 'KOM-LOG-1', 'Templates are never booted, nothing to log (ISB 2025-03 decision)');
    applyCompliance(stack);
    expect(() => synthText(stack, true)).not.toThrow();
    expect(complianceReportOf(stack)!.errorCount).toBe(0);
  });
  it('a compliant hand-written stack passes BAK-1', () => {
    const stack = handStack(true);
    applyCompliance(stack, { mode: 'report-only' });
    synthText(stack, true);
    expect(complianceReportOf(stack)!.results.find((r) => r.rule === 'KOM-BAK-1')!.status).toBe('pass');
  });
});
