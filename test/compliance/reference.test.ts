import { checkStack } from '../../lib/compliance/check';
import { complianceReportOf } from '../../lib/compliance/apply';
import { Fleet } from '../../lib/blueprint/fleet';
import { KommuneStack } from '../../lib/blueprint/kommune-stack';
import { exampleModel, exampleStacks, LANDKREIS, MUSTERSTADT, VERBANDSGEMEINDE } from './fixtures';
import { synthText, testApp } from '../helpers/synth';

describe('reference tenants', () => {
  it('musterstadt passes with zero unsuppressed errors', () => {
    for (const s of exampleStacks(MUSTERSTADT)) {
      const r = checkStack(s.json, { spec: s.spec, now: '2026-01-15' });
      const summary = r.results.map((x) => `${x.rule}:${x.status}${x.findings.length ? ` ${x.findings.map((f) => f.message).join(' | ')}` : ''}`);
      expect({ errors: r.errorCount, problems: r.suppressionProblems }).toEqual({ errors: 0, problems: [] });
      expect(r.results.filter((x) => x.status === 'fail' && x.level === 'error').map((x) => x.rule)).toEqual([]);
      expect(summary.length).toBe(r.results.length);
      // most rules decide on the reference tenant
      expect(r.results.filter((x) => x.status === 'pass').length).toBeGreaterThanOrEqual(11);
    }
  });

  it('verbandsgemeinde example passes with zero unsuppressed errors', () => {
    const stacks = exampleStacks(VERBANDSGEMEINDE);
    expect(stacks.length).toBeGreaterThan(0);
    for (const s of stacks) {
      const r = checkStack(s.json, { spec: s.spec, now: '2026-01-15' });
      expect({ tenant: s.key, fails: r.results.filter((x) => x.status === 'fail').map((x) => `${x.rule}: ${x.findings.map((f) => f.message).join(' | ')}`), problems: r.suppressionProblems })
        .toEqual({ tenant: s.key, fails: [], problems: [] });
    }
  });
});

describe('KommuneStack applies the pack by default', () => {
  it.each([MUSTERSTADT, VERBANDSGEMEINDE, LANDKREIS])('every example synthesizes with compliance on (%s)', (dir) => {
    const app = testApp();
    const fleet = new Fleet(app, exampleModel(dir), { platform: false, compliance: { now: '2026-01-15' } });
    for (const stack of Object.values(fleet.tenants)) {
      expect(() => synthText(stack, true)).not.toThrow();
      expect(complianceReportOf(stack)!.errorCount).toBe(0);
    }
  });
  it('fails synthesis when a tenant file suppression matches nothing', () => {
    const model = exampleModel(MUSTERSTADT);
    const spec = JSON.parse(JSON.stringify(model.specs.musterstadt));
    spec.suppressions = { stale: { rule: 'KOM-BAK-1', reason: 'Old exception from the 2024 audit, never removed' } };
    const app = testApp();
    const stack = new KommuneStack(app, 'musterstadt', { spec, platform: model.platform });
    expect(() => synthText(stack, true)).toThrow(/suppressions.stale \(tenant-file\): suppression of KOM-BAK-1 matches no finding/);
  });
});
