import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { parseDocument } from 'yaml';
import { checkStack } from '../../lib/compliance/check';
import { analyseIsolation, isolationInputFromJson } from '../../lib/compliance/isolation';
import { GRUNDSCHUTZ_PACK } from '../../lib/compliance/pack';
import { fleetReport, renderJsonReport, renderJunitReport, renderMarkdownReport } from '../../lib/compliance/report';
import { renderRuleTable, RULES_END_MARKER, RULES_START_MARKER, withRuleTable } from '../../lib/compliance/rule-table';
import { exampleStacks, LANDKREIS, musterstadt, REPO } from './fixtures';

const ref = musterstadt();
const suppression = { rule: 'KOM-NET-3', reason: 'Building automation vendor DHCP, accepted by the ISB (ticket 4712)', source: 'option' as const, origin: 'test' };
const report = fleetReport([
  checkStack(ref.json, { spec: ref.spec, now: '2026-01-15', suppressions: [suppression] }),
  checkStack({ resource: {} }, { tenant: 'handwritten', now: '2026-01-15' }),
], { date: '2026-01-15', isolation: analyseIsolation([isolationInputFromJson('musterstadt', ref.json, ref.spec)]) });

/** Counts XML elements by a tiny tag scan (well-formedness is checked separately). */
function count(xml: string, tag: string): number {
  return (xml.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
}

describe('reports', () => {
  it('JSON: result per rule per tenant with requirement IDs', () => {
    const doc = JSON.parse(renderJsonReport(report));
    expect(Object.keys(doc.tenants)).toEqual(['handwritten', 'musterstadt']);
    expect(doc.tenants.musterstadt.rules).toHaveLength(GRUNDSCHUTZ_PACK.length);
    const net3 = doc.tenants.musterstadt.rules.find((r: { id: string }) => r.id === 'KOM-NET-3');
    expect(net3).toMatchObject({ status: 'suppressed', grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'] });
    expect(net3.suppressed[0].reason).toBe(suppression.reason);
    expect(doc.summary).toEqual({ tenants: 2, errors: 0, warnings: 0 });
    expect(doc.isolation.ok).toBe(true);
  });

  it('JUnit: parses as XML with one testsuite per tenant and the right counts', () => {
    const xml = renderJunitReport(report);
    // well-formed: the XML parser of the platform (python3 is on the CI image) reads it
    const py = spawnSync('python3', ['-c', 'import sys,xml.etree.ElementTree as E; r=E.fromstring(sys.stdin.read()); print(len(r.findall("testsuite")), r.get("tests"), r.get("failures"), r.get("skipped"))'], { input: xml, encoding: 'utf8' });
    const ms = report.tenants.find((t) => t.tenant === 'musterstadt')!;
    const hw = report.tenants.find((t) => t.tenant === 'handwritten')!;
    const skipped = [ms, hw].flatMap((t) => t.results).filter((r) => r.status === 'unknown' || r.status === 'suppressed').length;
    const failures = [ms, hw].flatMap((t) => t.results).filter((r) => r.status === 'fail').length;
    const tests = GRUNDSCHUTZ_PACK.length * 2 + 1;
    if (py.status === 0) expect(py.stdout.trim()).toBe(`3 ${tests} ${failures} ${skipped}`);
    expect(count(xml, 'testsuite')).toBe(3);
    expect(count(xml, 'testcase')).toBe(tests);
    expect(count(xml, 'skipped')).toBe(skipped);
    expect(count(xml, 'failure')).toBe(failures);
    expect(xml).toContain('suppressed: Building automation vendor DHCP');
  });

  it('JUnit: failures carry the finding; a broken isolation is a failure', () => {
    const bad = checkStack({ resource: { vault_mount: { kv: { path: 'kv', type: 'kv' } } } }, { tenant: 'bad' });
    const xml = renderJunitReport(fleetReport([bad], { isolation: { ok: false, tenants: 2, grantsChecked: 1, resourcesIndexed: 1, violations: [{ kind: 'proxmox-acl', tenant: 'a', grant: 'ACL / (propagate) for g', otherTenant: 'b', resource: '/pool/b' }] } }));
    expect(xml).toMatch(/<failure type="error" message="vault_mount holds data[^"]*">/);
    expect(xml).toContain('a: ACL / (propagate) for g reaches /pool/b of tenant b');
  });

  it('Markdown: German terms and every rule with both titles', () => {
    const md = renderMarkdownReport(report);
    for (const r of GRUNDSCHUTZ_PACK) {
      expect(md).toContain(`| ${r.id} | ${r.title.de.replace(/\|/g, '\\|')} / *${r.title.en}*`);
    }
    expect(md).toContain('Stichtag: 2026-01-15');
    expect(md).toContain('Ausnahme (begründet)');
    expect(md).toContain(`Begründung: „${suppression.reason}“`);
    expect(md).toContain('## Mandantentrennung');
  });
});

describe('README rule table', () => {
  it('is generated from the pack (run writeRuleTable("README.md") after changing a rule)', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain(RULES_START_MARKER);
    expect(withRuleTable(readme)).toBe(readme);
    for (const r of GRUNDSCHUTZ_PACK) expect(renderRuleTable()).toContain(`| ${r.id} |`);
  });
  it('fails when the markers are missing', () => {
    expect(() => withRuleTable('# no markers', 'X.md')).toThrow(`X.md: markers ${RULES_START_MARKER} and ${RULES_END_MARKER} not found`);
  });
});

describe('kommunal check (spawned)', () => {
  const BIN = path.join(REPO, 'bin/kommunal.js');
  const DIST = path.join(REPO, 'dist/lib/cli/commands/check.js');
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  let tmp: string;
  beforeAll(() => {
    if (!fs.existsSync(DIST)) throw new Error(`${path.relative(REPO, DIST)} is missing: run \`npm run build\` first (\`npm test\` does).`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-check-test-'));
    fs.cpSync(LANDKREIS, path.join(tmp, 'fleet'), { recursive: true, filter: (src) => !src.includes('cdktf.out') });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes the three reports and exits 0 for the example fleet', () => {
    const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--out', 'reports', '--date', '2026-01-15'], tmp);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const tenants = exampleStacks(LANDKREIS).length;
    expect(r.stdout).toContain(`${tenants} tenants checked on 2026-01-15: 0 errors`);
    const doc = JSON.parse(fs.readFileSync(path.join(tmp, 'reports/compliance.json'), 'utf8'));
    expect(Object.keys(doc.tenants)).toHaveLength(tenants);
    expect(doc.isolation.ok).toBe(true);
    expect(fs.readFileSync(path.join(tmp, 'reports/compliance.junit.xml'), 'utf8')).toContain('<testsuites');
    expect(fs.readFileSync(path.join(tmp, 'reports/compliance.md'), 'utf8')).toContain('# Compliance-Bericht');
    // The auditor's documents of every checked tenant lie next to the findings.
    const documents = fs.readdirSync(path.join(tmp, 'reports/documents')).sort();
    expect(documents).toEqual(Object.keys(doc.tenants).sort());
    for (const t of documents) {
      expect(fs.readdirSync(path.join(tmp, 'reports/documents', t)).sort()).toEqual(['access-matrix.md', 'backup-plan.md', 'network-plan.md']);
      expect(fs.readFileSync(path.join(tmp, 'reports/documents', t, 'backup-plan.md'), 'utf8')).toContain('CON.3.A14');
    }
  });

  it('fails when a tenant file suppresses an unknown rule, unless --report-only', () => {
    const dir = path.join(tmp, 'fleet/kommunen');
    const file = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()[0];
    const doc = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'));
    doc.setIn(['suppressions', 'bogus'], { rule: 'KOM-XYZ-1', reason: 'A reason that is long enough for the check' });
    fs.writeFileSync(path.join(dir, file), doc.toString());
    const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--out', 'reports2', '--date', '2026-01-15', '--tenant', file.replace(/\.yaml$/, '')], tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('rule "KOM-XYZ-1" is not a rule of the pack');
    // Without --out the reports go next to the fleet file, not into the working directory.
    const ro = run(['check', '--fleet', 'fleet/fleet.yaml', '--report-only', '--date', '2026-01-15'], tmp);
    expect(ro.status).toBe(0);
    expect(ro.stdout).toContain('reports in fleet/compliance-reports\n');
    expect(fs.existsSync(path.join(tmp, 'fleet/compliance-reports/compliance.json'))).toBe(true);
    expect(fs.existsSync(path.join(tmp, 'compliance-reports'))).toBe(false);
  });

  it('fails with a usage error on a bad date', () => {
    const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--date', '15.01.2026'], tmp);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date "15.01.2026" is not a date');
  });
});
