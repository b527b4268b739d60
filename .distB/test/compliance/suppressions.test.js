"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const apply_1 = require("../../lib/compliance/apply");
const check_1 = require("../../lib/compliance/check");
const suppressions_1 = require("../../lib/compliance/suppressions");
const virtual_environment_pool_1 = require("../../lib/providers/proxmox/virtual-environment-pool");
const backup_job_1 = require("../../lib/providers/proxmox/backup-job");
const proxmox_connection_1 = require("../../lib/providers/proxmox-connection");
const fixtures_1 = require("./fixtures");
const synth_1 = require("../helpers/synth");
const ref = (0, fixtures_1.musterstadt)();
const REASON = 'Hausmeister VLAN runs a vendor DHCP appliance, ISB decision 2025-14';
const sup = (rule, reason = REASON, extra = {}) => ({ rule, reason, source: 'option', origin: 'test', ...extra });
const net3 = (r) => r.results.find((x) => x.rule === 'KOM-NET-3');
describe('suppressions', () => {
    it('suppress a failing finding, which stays in the report with its reason', () => {
        const r = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3')], now: '2026-01-01' });
        expect(net3(r).status).toBe('suppressed');
        expect(net3(r).suppressed.map((s) => s.suppression.reason)).toEqual([REASON]);
        expect(r.suppressionProblems).toEqual([]);
    });
    it('fails when the reason is too short or only repeats characters', () => {
        const short = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3', 'temporary')] });
        expect(short.suppressionProblems.join()).toContain('has 9 characters; at least 20');
        const rep = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-3', 'abababababababababababab')] });
        expect(rep.suppressionProblems.join()).toContain('repetition');
        expect(net3(rep).status).toBe('fail');
        expect(rep.errorCount).toBe(1);
    });
    it('fails when the rule ID is unknown, with a suggestion', () => {
        const r = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [sup('KOM-NET-9')] });
        expect(r.suppressionProblems.join()).toContain('rule "KOM-NET-9" is not a rule of the pack; did you mean');
    });
    it('fails when a suppression matches nothing', () => {
        const r = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [sup('KOM-BAK-1')] });
        expect(r.suppressionProblems).toEqual(['test (option): suppression of KOM-BAK-1 matches no finding; remove it']);
        expect(r.errorCount).toBe(1);
    });
    it('stops applying after its expiry date (judged on the explicit date)', () => {
        const s = sup('KOM-NET-3', REASON, { expires: '2026-03-31' });
        expect(net3((0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [s], now: '2026-03-31' })).status).toBe('suppressed');
        const late = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [s], now: '2026-04-01' });
        expect(net3(late).status).toBe('fail');
        expect(late.notes.join()).toContain('expired on 2026-03-31');
        const undated = (0, check_1.checkStack)(ref.json, { spec: ref.spec, suppressions: [s] });
        expect(undated.notes.join()).toContain('not evaluated');
    });
    it('applies tenant-file suppressions from the spec', () => {
        const spec = (0, fixtures_1.clone)(ref.spec);
        spec.suppressions = { 'iot-dhcp': { rule: 'KOM-NET-3', reason: REASON } };
        const r = (0, check_1.checkStack)(ref.json, { spec });
        expect(net3(r).suppressed[0].suppression.origin).toBe('suppressions.iot-dhcp');
    });
    it('a construct suppression covers only resources below its construct', () => {
        const j = (0, fixtures_1.clone)(ref.json);
        const subnetPath = Object.values(j.resource.proxmox_sdn_subnet).find((s) => String(s.vnet).includes('iot'))['//'].metadata.path;
        const scoped = (scope) => (0, check_1.checkStack)(j, { spec: ref.spec, suppressions: [sup('KOM-NET-3', REASON, { scope, source: 'construct' })] });
        expect(net3(scoped(subnetPath.split('/').slice(0, -1).join('/'))).status).toBe('suppressed');
        const other = scoped('musterstadt/Network/servers');
        expect(net3(other).status).toBe('fail');
        expect(other.suppressionProblems.join()).toContain('matches no finding');
    });
});
describe('applyCompliance', () => {
    function handStack(withJob) {
        const app = (0, synth_1.testApp)();
        const stack = new cdktf_1.TerraformStack(app, 'hand');
        new proxmox_connection_1.ProxmoxConnection(stack, 'Proxmox');
        new virtual_environment_pool_1.VirtualEnvironmentPool(stack, 'Pool', { poolId: 'kom-x' });
        if (withJob) {
            new backup_job_1.BackupJob(stack, 'Job', { id: 'kom-x', pool: 'kom-x', schedule: '*-*-* 01:00', storage: 'pbs', pruneBackups: { 'keep-daily': '7', 'keep-weekly': '4', 'keep-monthly': '3' }, lifecycle: { preventDestroy: true } });
        }
        return stack;
    }
    it('fails synthesis on an unsuppressed error, naming the rule', () => {
        const stack = handStack(false);
        (0, apply_1.applyCompliance)(stack);
        expect(() => (0, synth_1.synthText)(stack, true)).toThrow(/KOM-BAK-1.*pool kom-x is covered by no enabled backup job/);
    });
    it('report-only mode synthesizes and keeps the report', () => {
        const stack = handStack(false);
        (0, apply_1.applyCompliance)(stack, { mode: 'report-only' });
        expect(() => (0, synth_1.synthText)(stack, true)).not.toThrow();
        expect((0, apply_1.complianceReportOf)(stack).results.find((r) => r.rule === 'KOM-BAK-1').status).toBe('fail');
    });
    it('a construct suppression made with suppress() lets synthesis pass', () => {
        const stack = handStack(false);
        (0, suppressions_1.suppress)(stack, 'KOM-BAK-1', 'Pool kom-x holds templates only, rebuilt from Git (ISB 2025-03)');
        (0, suppressions_1.suppress)(stack, 'KOM-LOG-1', 'Templates are never booted, nothing to log (ISB 2025-03 decision)');
        (0, apply_1.applyCompliance)(stack);
        expect(() => (0, synth_1.synthText)(stack, true)).not.toThrow();
        expect((0, apply_1.complianceReportOf)(stack).errorCount).toBe(0);
    });
    it('a compliant hand-written stack passes BAK-1', () => {
        const stack = handStack(true);
        (0, apply_1.applyCompliance)(stack, { mode: 'report-only' });
        (0, synth_1.synthText)(stack, true);
        expect((0, apply_1.complianceReportOf)(stack).results.find((r) => r.rule === 'KOM-BAK-1').status).toBe('pass');
    });
});
