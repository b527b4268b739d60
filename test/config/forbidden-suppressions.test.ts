/**
 * The platform forbids tenant-file suppressions of security rules (issue #14, deliverable 2):
 * `compliance.forbidTenantSuppressions` in fleet.yaml (default KOM-SEC-*, KOM-IAM-3); a tenant
 * file that suppresses one of them is a positioned error, with or without its fleet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkFleetWithTenants, checkKommuneFile } from '../../lib/config/load';
import { checkFleetTenants } from '../../lib/config/validate-fleet';
import { formatProblem } from '../../lib/config/problems';
import { DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS, forbiddingEntry } from '../../lib/compliance/suppressions';
import { cleanup, fleetWith, yaml } from './fixtures';

const REASON = 'Decided by the IT steering group on 2025-03-01, ticket SEC-17';
const suppression = (id: string, rule: string) => [`  ${id}:`, `    rule: ${rule}`, `    reason: ${REASON}`];

describe('forbidden tenant-file suppressions', () => {
  let dir: string;
  afterEach(() => {
    if (dir !== undefined) cleanup(dir);
  });

  const alphaWith = (lines: string[]) => {
    const base = fs.readFileSync(path.join(__dirname, '../fixtures/config/valid-fleet/kommunen/alpha.yaml'), 'utf8');
    return `${base.trimEnd()}\n${yaml('suppressions:', ...lines)}`;
  };
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('matches rule IDs and rule families', () => {
    expect(DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS).toEqual(['KOM-SEC-*', 'KOM-IAM-3']);
    expect(forbiddingEntry('KOM-SEC-1', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBe('KOM-SEC-*');
    expect(forbiddingEntry('KOM-SEC-12', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBe('KOM-SEC-*');
    expect(forbiddingEntry('KOM-IAM-3', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBe('KOM-IAM-3');
    expect(forbiddingEntry('KOM-IAM-30', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBeUndefined();
    expect(forbiddingEntry('KOM-IAM-1', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBeUndefined();
    expect(forbiddingEntry('KOM-SECX-1', DEFAULT_FORBIDDEN_TENANT_SUPPRESSIONS)).toBeUndefined();
  });

  it('refuses KOM-SEC-1 and KOM-IAM-3 in a tenant file by default, positioned at the rule, and keeps KOM-NET-3', () => {
    const text = alphaWith([...suppression('secrets', 'KOM-SEC-1'), ...suppression('scope', 'KOM-IAM-3'), ...suppression('dhcp', 'KOM-NET-3')]);
    dir = fleetWith({ 'kommunen/alpha.yaml': text });
    const out = checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem);
    expect(out).toEqual([
      `kommunen/alpha.yaml:${lineOf(text, 'rule: KOM-SEC-1')}:11 suppressions.secrets.rule: a tenant file may not suppress KOM-SEC-1: the platform forbids tenant-file suppressions of KOM-SEC-* rules (default of compliance.forbidTenantSuppressions); fix the finding, or ask the platform team for an exception in reviewed code`,
      `kommunen/alpha.yaml:${lineOf(text, 'rule: KOM-IAM-3')}:11 suppressions.scope.rule: a tenant file may not suppress KOM-IAM-3: the platform forbids tenant-file suppressions of KOM-IAM-3 (default of compliance.forbidTenantSuppressions); fix the finding, or ask the platform team for an exception in reviewed code`,
    ]);
  });

  it('follows the fleet list: [] allows every rule, another list forbids what it names', () => {
    const text = alphaWith([...suppression('secrets', 'KOM-SEC-1'), ...suppression('dhcp', 'KOM-NET-3')]);
    const fleet = fs.readFileSync(path.join(__dirname, '../fixtures/config/valid-fleet/fleet.yaml'), 'utf8');
    dir = fleetWith({ 'kommunen/alpha.yaml': text, 'fleet.yaml': `${fleet.trimEnd()}\ncompliance:\n  forbidTenantSuppressions: []\n` });
    expect(checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem)).toEqual([]);
    cleanup(dir);
    dir = fleetWith({ 'kommunen/alpha.yaml': text, 'fleet.yaml': `${fleet.trimEnd()}\ncompliance:\n  forbidTenantSuppressions: [KOM-NET-*]\n` });
    const out = checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem);
    expect(out).toEqual([expect.stringContaining('suppressions.dhcp.rule: a tenant file may not suppress KOM-NET-3: the platform forbids tenant-file suppressions of KOM-NET-* rules (fleet.yaml compliance.forbidTenantSuppressions)')]);
  });

  it('refuses a malformed entry of the fleet list', () => {
    const fleet = fs.readFileSync(path.join(__dirname, '../fixtures/config/valid-fleet/fleet.yaml'), 'utf8');
    dir = fleetWith({ 'fleet.yaml': `${fleet.trimEnd()}\ncompliance:\n  forbidTenantSuppressions: [KOM-*]\n` });
    expect(checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map(formatProblem).join('\n')).toContain(
      'compliance.forbidTenantSuppressions[0]: "KOM-*" is not valid: expected a rule ID like "KOM-IAM-3" or a family like "KOM-SEC-*"',
    );
  });

  it('applies the default to tenant files validated without their fleet', () => {
    const text = alphaWith(suppression('secrets', 'KOM-SEC-1'));
    dir = fleetWith({ 'kommunen/alpha.yaml': text });
    const c = checkKommuneFile(path.join(dir, 'kommunen/alpha.yaml'), { displayRoot: dir });
    expect(c.problems).toEqual([]);
    expect(checkFleetTenants(undefined, [{ src: c.src!, data: c.data }]).map(formatProblem)).toEqual([
      expect.stringContaining('suppressions.secrets.rule: a tenant file may not suppress KOM-SEC-1'),
    ]);
  });
});
