"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const check_1 = require("../../lib/compliance/check");
const apply_1 = require("../../lib/compliance/apply");
const fleet_1 = require("../../lib/blueprint/fleet");
const kommune_stack_1 = require("../../lib/blueprint/kommune-stack");
const fixtures_1 = require("./fixtures");
const synth_1 = require("../helpers/synth");
describe('reference tenants', () => {
    it('musterstadt passes with zero unsuppressed errors', () => {
        for (const s of (0, fixtures_1.exampleStacks)(fixtures_1.MUSTERSTADT)) {
            const r = (0, check_1.checkStack)(s.json, { spec: s.spec, now: '2026-01-15' });
            const summary = r.results.map((x) => `${x.rule}:${x.status}${x.findings.length ? ` ${x.findings.map((f) => f.message).join(' | ')}` : ''}`);
            expect({ errors: r.errorCount, problems: r.suppressionProblems }).toEqual({ errors: 0, problems: [] });
            expect(r.results.filter((x) => x.status === 'fail' && x.level === 'error').map((x) => x.rule)).toEqual([]);
            expect(summary.length).toBe(r.results.length);
            // most rules decide on the reference tenant
            expect(r.results.filter((x) => x.status === 'pass').length).toBeGreaterThanOrEqual(11);
        }
    });
    it('verbandsgemeinde example passes with zero unsuppressed errors', () => {
        const stacks = (0, fixtures_1.exampleStacks)(fixtures_1.VERBANDSGEMEINDE);
        expect(stacks.length).toBeGreaterThan(0);
        for (const s of stacks) {
            const r = (0, check_1.checkStack)(s.json, { spec: s.spec, now: '2026-01-15' });
            expect({ tenant: s.key, fails: r.results.filter((x) => x.status === 'fail').map((x) => `${x.rule}: ${x.findings.map((f) => f.message).join(' | ')}`), problems: r.suppressionProblems })
                .toEqual({ tenant: s.key, fails: [], problems: [] });
        }
    });
});
describe('KommuneStack applies the pack by default', () => {
    it.each([fixtures_1.MUSTERSTADT, fixtures_1.VERBANDSGEMEINDE, fixtures_1.LANDKREIS])('every example synthesizes with compliance on (%s)', (dir) => {
        const app = (0, synth_1.testApp)();
        const fleet = new fleet_1.Fleet(app, (0, fixtures_1.exampleModel)(dir), { platform: false, compliance: { now: '2026-01-15' } });
        for (const stack of Object.values(fleet.tenants)) {
            expect(() => (0, synth_1.synthText)(stack, true)).not.toThrow();
            expect((0, apply_1.complianceReportOf)(stack).errorCount).toBe(0);
        }
    });
    it('fails synthesis when a tenant file suppression matches nothing', () => {
        const model = (0, fixtures_1.exampleModel)(fixtures_1.MUSTERSTADT);
        const spec = JSON.parse(JSON.stringify(model.specs.musterstadt));
        spec.suppressions = { stale: { rule: 'KOM-BAK-1', reason: 'Old exception from the 2024 audit, never removed' } };
        const app = (0, synth_1.testApp)();
        const stack = new kommune_stack_1.KommuneStack(app, 'musterstadt', { spec, platform: model.platform });
        expect(() => (0, synth_1.synthText)(stack, true)).toThrow(/suppressions.stale \(tenant-file\): suppression of KOM-BAK-1 matches no finding/);
    });
});
