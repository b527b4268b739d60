"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const child_process_1 = require("child_process");
const yaml_1 = require("yaml");
const check_1 = require("../../lib/compliance/check");
const isolation_1 = require("../../lib/compliance/isolation");
const pack_1 = require("../../lib/compliance/pack");
const report_1 = require("../../lib/compliance/report");
const rule_table_1 = require("../../lib/compliance/rule-table");
const fixtures_1 = require("./fixtures");
const ref = (0, fixtures_1.musterstadt)();
const suppression = { rule: 'KOM-NET-3', reason: 'Building automation vendor DHCP, accepted by the ISB (ticket 4712)', source: 'option', origin: 'test' };
const report = (0, report_1.fleetReport)([
    (0, check_1.checkStack)(ref.json, { spec: ref.spec, now: '2026-01-15', suppressions: [suppression] }),
    (0, check_1.checkStack)({ resource: {} }, { tenant: 'handwritten', now: '2026-01-15' }),
], { date: '2026-01-15', isolation: (0, isolation_1.analyseIsolation)([(0, isolation_1.isolationInputFromJson)('musterstadt', ref.json, ref.spec)]) });
/** Counts XML elements by a tiny tag scan (well-formedness is checked separately). */
function count(xml, tag) {
    return (xml.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
}
describe('reports', () => {
    it('JSON: result per rule per tenant with requirement IDs', () => {
        const doc = JSON.parse((0, report_1.renderJsonReport)(report));
        expect(Object.keys(doc.tenants)).toEqual(['handwritten', 'musterstadt']);
        expect(doc.tenants.musterstadt.rules).toHaveLength(pack_1.GRUNDSCHUTZ_PACK.length);
        const net3 = doc.tenants.musterstadt.rules.find((r) => r.id === 'KOM-NET-3');
        expect(net3).toMatchObject({ status: 'suppressed', grundschutz: ['NET.1.1.A5', 'SYS.1.5.A4'] });
        expect(net3.suppressed[0].reason).toBe(suppression.reason);
        expect(doc.summary).toEqual({ tenants: 2, errors: 0, warnings: 0 });
        expect(doc.isolation.ok).toBe(true);
    });
    it('JUnit: parses as XML with one testsuite per tenant and the right counts', () => {
        const xml = (0, report_1.renderJunitReport)(report);
        // well-formed: the XML parser of the platform (python3 is on the CI image) reads it
        const py = (0, child_process_1.spawnSync)('python3', ['-c', 'import sys,xml.etree.ElementTree as E; r=E.fromstring(sys.stdin.read()); print(len(r.findall("testsuite")), r.get("tests"), r.get("failures"), r.get("skipped"))'], { input: xml, encoding: 'utf8' });
        const ms = report.tenants.find((t) => t.tenant === 'musterstadt');
        const hw = report.tenants.find((t) => t.tenant === 'handwritten');
        const skipped = [ms, hw].flatMap((t) => t.results).filter((r) => r.status === 'unknown' || r.status === 'suppressed').length;
        const failures = [ms, hw].flatMap((t) => t.results).filter((r) => r.status === 'fail').length;
        const tests = pack_1.GRUNDSCHUTZ_PACK.length * 2 + 1;
        if (py.status === 0)
            expect(py.stdout.trim()).toBe(`3 ${tests} ${failures} ${skipped}`);
        expect(count(xml, 'testsuite')).toBe(3);
        expect(count(xml, 'testcase')).toBe(tests);
        expect(count(xml, 'skipped')).toBe(skipped);
        expect(count(xml, 'failure')).toBe(failures);
        expect(xml).toContain('suppressed: Building automation vendor DHCP');
    });
    it('JUnit: failures carry the finding; a broken isolation is a failure', () => {
        const bad = (0, check_1.checkStack)({ resource: { vault_mount: { kv: { path: 'kv', type: 'kv' } } } }, { tenant: 'bad' });
        const xml = (0, report_1.renderJunitReport)((0, report_1.fleetReport)([bad], { isolation: { ok: false, tenants: 2, grantsChecked: 1, resourcesIndexed: 1, violations: [{ kind: 'proxmox-acl', tenant: 'a', grant: 'ACL / (propagate) for g', otherTenant: 'b', resource: '/pool/b' }] } }));
        expect(xml).toMatch(/<failure type="error" message="vault_mount holds data[^"]*">/);
        expect(xml).toContain('a: ACL / (propagate) for g reaches /pool/b of tenant b');
    });
    it('Markdown: German terms and every rule with both titles', () => {
        const md = (0, report_1.renderMarkdownReport)(report);
        for (const r of pack_1.GRUNDSCHUTZ_PACK) {
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
        const readme = fs.readFileSync(path.join(fixtures_1.REPO, 'README.md'), 'utf8');
        expect(readme).toContain(rule_table_1.RULES_START_MARKER);
        expect((0, rule_table_1.withRuleTable)(readme)).toBe(readme);
        for (const r of pack_1.GRUNDSCHUTZ_PACK)
            expect((0, rule_table_1.renderRuleTable)()).toContain(`| ${r.id} |`);
    });
    it('fails when the markers are missing', () => {
        expect(() => (0, rule_table_1.withRuleTable)('# no markers', 'X.md')).toThrow(`X.md: markers ${rule_table_1.RULES_START_MARKER} and ${rule_table_1.RULES_END_MARKER} not found`);
    });
});
describe('kommunal check (spawned)', () => {
    const BIN = path.join(fixtures_1.REPO, 'bin/kommunal.js');
    const DIST = path.join(fixtures_1.REPO, 'dist/lib/cli/commands/check.js');
    const run = (args, cwd) => (0, child_process_1.spawnSync)(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
    let tmp;
    beforeAll(() => {
        if (!fs.existsSync(DIST))
            throw new Error(`${path.relative(fixtures_1.REPO, DIST)} is missing: run \`npm run build\` first (\`npm test\` does).`);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-check-test-'));
        fs.cpSync(fixtures_1.LANDKREIS, path.join(tmp, 'fleet'), { recursive: true, filter: (src) => !src.includes('cdktf.out') });
    });
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
    it('writes the three reports and exits 0 for the example fleet', () => {
        const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--out', 'reports', '--date', '2026-01-15'], tmp);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const tenants = (0, fixtures_1.exampleStacks)(fixtures_1.LANDKREIS).length;
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
        const doc = (0, yaml_1.parseDocument)(fs.readFileSync(path.join(dir, file), 'utf8'));
        doc.setIn(['suppressions', 'bogus'], { rule: 'KOM-XYZ-1', reason: 'A reason that is long enough for the check' });
        fs.writeFileSync(path.join(dir, file), doc.toString());
        const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--out', 'reports2', '--date', '2026-01-15', '--tenant', file.replace(/\.yaml$/, '')], tmp);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('rule "KOM-XYZ-1" is not a rule of the pack');
        const ro = run(['check', '--fleet', 'fleet/fleet.yaml', '--out', 'reports3', '--report-only', '--date', '2026-01-15'], tmp);
        expect(ro.status).toBe(0);
    });
    it('fails with a usage error on a bad date', () => {
        const r = run(['check', '--fleet', 'fleet/fleet.yaml', '--date', '15.01.2026'], tmp);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('--date "15.01.2026" is not a date');
    });
});
