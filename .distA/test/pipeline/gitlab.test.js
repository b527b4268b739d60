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
/**
 * GitLab CI pipeline generation: every generated file parses as YAML and validates against
 * GitLab's own CI schema (../shared/schemas/gitlab-ci.schema.json, skipped when absent); the
 * 2,301-tenant fleet is split into child pipelines within GitLab's job limits; chunks are stable;
 * `kommunal pipeline` runs as a process, including --changed-since in a temporary Git repository.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
const changed_1 = require("../../lib/pipeline/changed");
const gitlab_1 = require("../../lib/pipeline/gitlab");
const fixtures_1 = require("./fixtures");
const itIfSchema = fixtures_1.HAS_GITLAB_SCHEMA ? it : it.skip;
/** Synthetic fleet: keys t00001 ... with allocation numbers 1..n. */
const synthetic = (n) => Array.from({ length: n }, (_, i) => ({ key: `kommune-${String(i + 1).padStart(5, '0')}`, number: i + 1, vaultRole: `kommunen-kommune-${i + 1}-ci` }));
const jobsOf = (doc) => Object.entries(doc).filter(([k]) => !['stages', 'variables', 'workflow', 'default', 'include'].includes(k));
function allFiles(g) {
    return [[g.parent.file, g.parent.text], ...Object.entries(g.children)];
}
function expectValid(files) {
    const validate = (0, fixtures_1.gitlabValidator)();
    for (const [file, text] of files) {
        const ok = validate((0, yaml_1.parse)(text));
        if (!ok)
            throw new Error(`${file}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
    }
}
describe('generateGitlabPipelines', () => {
    const options = {
        tenants: synthetic(5),
        selected: ['kommune-00002', 'kommune-00004'],
        fleetFile: 'fleet.yaml',
        vault: { mount: 'jwt-ci', audience: 'https://gitlab.example.org' },
        stateBackend: 'http',
    };
    itIfSchema('writes a parent and child pipelines that validate against the GitLab CI schema', () => {
        const g = (0, gitlab_1.generateGitlabPipelines)(options);
        expectValid(allFiles(g));
    });
    it('plans each selected tenant in its own job with resource_group, reports, ID token and a manual apply on the default branch', () => {
        const g = (0, gitlab_1.generateGitlabPipelines)(options);
        const child = (0, yaml_1.parse)(g.children['pipelines/chunk-000.yml']);
        expect(jobsOf(child).map(([k]) => k).sort()).toEqual(['apply:kommune-00002', 'apply:kommune-00004', 'plan:kommune-00002', 'plan:kommune-00004']);
        const plan = child['plan:kommune-00002'];
        const apply = child['apply:kommune-00002'];
        expect(plan.resource_group).toBe('tenant-kommune-00002');
        expect(apply.resource_group).toBe('tenant-kommune-00002');
        expect(plan.artifacts.reports).toEqual({
            terraform: 'cdktf.out/stacks/kommune-00002/plan-report.json',
            junit: 'reports/compliance-kommune-00002/compliance.junit.xml',
        });
        expect(plan.id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.example.org' } });
        expect(plan.script.join('\n')).toContain('"$TF_TOOL" show -json plan.cache > plan.json');
        expect(apply.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
        expect(apply.script[0]).toMatch(/^npx kommunal plan-guard cdktf\.out\/stacks\/kommune-00002\/plan\.json --tenant kommune-00002/);
        expect(apply.script.indexOf(apply.script.find((l) => l.includes('apply -input=false')))).toBeGreaterThan(0);
        expect(plan.variables).toMatchObject({ TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: '$CI_JOB_TOKEN' });
    });
    it('never writes a secret: credentials are CI/CD variable references', () => {
        const g = (0, gitlab_1.generateGitlabPipelines)(options);
        for (const [, text] of allFiles(g)) {
            expect(text).not.toMatch(/PROXMOX_VE_API_TOKEN\s*[:=]\s*['"]?[A-Za-z0-9]/);
            expect(text).not.toMatch(/password\s*[:=]\s*['"]?(?!\$)[A-Za-z0-9]/i);
        }
        expect(g.parent.text).toContain('#   PROXMOX_VE_API_TOKEN');
    });
    it('triggers each chunk from the parent with the artifact of the generate job and strategy depend', () => {
        const g = (0, gitlab_1.generateGitlabPipelines)({ ...options, tenants: synthetic(5), chunkSize: 2 });
        const parent = (0, yaml_1.parse)(g.parent.text);
        expect(Object.keys(parent).filter((k) => k.startsWith('tenants:'))).toEqual(['tenants:chunk-000', 'tenants:chunk-001', 'tenants:chunk-002']);
        expect(parent['tenants:chunk-001'].trigger).toEqual({ include: [{ artifact: 'pipelines/chunk-001.yml', job: 'generate' }], strategy: 'depend' });
        expect(parent.generate.script.join('\n')).toMatch(/npx kommunal synth --fleet fleet\.yaml[\s\S]*npx kommunal pipeline --fleet fleet\.yaml --out pipelines --tool tofu --chunk-size 2/);
        expect(parent.variables).toEqual({ TF_TOOL: 'tofu' });
        // chunk-002 (tenant 5) has no selected tenant: one no-op job
        expect(jobsOf((0, yaml_1.parse)(g.children['pipelines/chunk-002.yml']))).toEqual([['no-changes', expect.objectContaining({ stage: 'plan' })]]);
    });
    it('is deterministic and keeps a tenant in its chunk when tenants are added', () => {
        const a = (0, gitlab_1.generateGitlabPipelines)({ ...options, tenants: synthetic(300), selected: ['kommune-00150'], chunkSize: 100 });
        const b = (0, gitlab_1.generateGitlabPipelines)({ ...options, tenants: [...synthetic(300)].reverse(), selected: ['kommune-00150'], chunkSize: 100 });
        expect(b).toEqual(a);
        const grown = (0, gitlab_1.generateGitlabPipelines)({
            ...options,
            tenants: [...synthetic(300), { key: 'aaa-first-by-name', number: 301 }],
            selected: ['kommune-00150', 'aaa-first-by-name'],
            chunkSize: 100,
        });
        expect(grown.chunks.find((c) => c.selected.includes('kommune-00150'))?.name).toBe('chunk-001');
        expect(grown.chunks.find((c) => c.selected.includes('aaa-first-by-name'))?.name).toBe('chunk-003');
        expect(grown.children['pipelines/chunk-001.yml']).toBe(a.children['pipelines/chunk-001.yml']);
    });
    it('fails when the chunk size would exceed the per-pipeline job limit, or a selected tenant is unknown', () => {
        expect(() => (0, gitlab_1.generateGitlabPipelines)({ ...options, chunkSize: 300 })).toThrow(/at most 250 \(GitLab's per-pipeline job limit ci_pipeline_size/);
        expect(() => (0, gitlab_1.generateGitlabPipelines)({ ...options, selected: ['nowhere'] })).toThrow(gitlab_1.PipelineInputError);
        expect(() => (0, gitlab_1.generateGitlabPipelines)({ ...options, chunkSize: 0 })).toThrow(/chunk size 0 is not a positive integer/);
    });
    describe('scale: 2,301 tenants', () => {
        const all = synthetic(2301);
        const g = (0, gitlab_1.generateGitlabPipelines)({ ...options, tenants: all, selected: all.map((t) => t.key) });
        it('splits the fleet into 12 child pipelines of at most 200 tenants, each within the job and needs limits', () => {
            expect(g.chunks).toHaveLength(12);
            expect(g.chunks.reduce((n, c) => n + c.selected.length, 0)).toBe(2301);
            expect(new Set(g.chunks.flatMap((c) => c.selected)).size).toBe(2301);
            for (const [, text] of Object.entries(g.children)) {
                const jobs = jobsOf((0, yaml_1.parse)(text));
                expect(jobs.length).toBeLessThanOrEqual(400);
                expect(jobs.length).toBeLessThanOrEqual(gitlab_1.JOBS_PER_PIPELINE_LIMIT);
                for (const [, job] of jobs)
                    expect((job.needs ?? []).length).toBeLessThanOrEqual(50);
            }
            const parent = jobsOf((0, yaml_1.parse)(g.parent.text));
            expect(parent).toHaveLength(13);
        });
        itIfSchema('validates every file of the 2,301-tenant fleet against the GitLab CI schema', () => {
            expectValid(allFiles(g));
        });
    });
});
describe('selectChangedTenants', () => {
    const base = { fleetFile: 'fleet/fleet.yaml', tenantsDir: 'fleet/kommunen', lockFile: 'fleet/fleet.lock.yaml', tenants: ['a-dorf', 'b-stadt', 'c-kreis'] };
    const lock = (blocks) => ({
        version: 1,
        zoneType: 'qinq',
        tenants: Object.fromEntries(Object.entries(blocks).map(([k, b], i) => [k, { number: i + 1, code: `t000${i + 1}`, block: b, segments: {}, vmIds: { start: 1, end: 2 }, pbsNamespace: k }])),
    });
    it('selects the tenants whose files changed and ignores docs', () => {
        const s = (0, changed_1.selectChangedTenants)({ ...base, changedFiles: ['fleet/kommunen/b-stadt.yaml', 'README.md', 'docs/x.md', 'fleet/README.md'] });
        expect(s).toEqual({ tenants: ['b-stadt'], removed: [] });
    });
    it('selects every tenant when fleet.yaml, the app or the package changes', () => {
        expect((0, changed_1.selectChangedTenants)({ ...base, changedFiles: ['fleet/fleet.yaml'] }).tenants).toEqual(base.tenants);
        expect((0, changed_1.selectChangedTenants)({ ...base, changedFiles: ['fleet/main.ts'] }).allBecause).toContain('fleet/main.ts changed');
        expect((0, changed_1.selectChangedTenants)({ ...base, changedFiles: ['package-lock.json'] }).allBecause).toContain('package-lock.json changed');
    });
    it('selects the tenants whose lock entries changed, and reports removed tenant files', () => {
        const s = (0, changed_1.selectChangedTenants)({
            ...base,
            changedFiles: ['fleet/fleet.lock.yaml', 'fleet/kommunen/d-gone.yaml'],
            lockNow: lock({ 'a-dorf': '10.0.0.0/24', 'b-stadt': '10.0.1.0/24', 'c-kreis': '10.0.2.0/24' }),
            lockThen: lock({ 'a-dorf': '10.0.0.0/24', 'b-stadt': '10.0.9.0/24' }),
        });
        expect(s).toEqual({ tenants: ['b-stadt', 'c-kreis'], removed: ['d-gone'] });
    });
});
describe('kommunal pipeline', () => {
    let dir;
    afterEach(() => (0, fixtures_1.cleanup)(dir));
    it('writes the pipelines for the example fleet; they parse and validate', () => {
        dir = (0, fixtures_1.musterstadtFleet)();
        const r = (0, fixtures_1.kommunal)(['pipeline', '--out', 'ci', '--tool', 'terraform'], dir);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('planning all 1 tenant');
        expect(r.stdout).toContain('wrote ci/parent.gitlab-ci.yml and 1 child pipeline in ci/');
        const parent = fs.readFileSync(path.join(dir, 'ci/parent.gitlab-ci.yml'), 'utf8');
        const child = fs.readFileSync(path.join(dir, 'ci/chunk-000.yml'), 'utf8');
        expect((0, yaml_1.parse)(parent).variables).toEqual({ TF_TOOL: 'terraform' });
        expect((0, yaml_1.parse)(child)['plan:musterstadt'].id_tokens).toEqual({ VAULT_ID_TOKEN: { aud: 'https://gitlab.platform.example.org' } });
        expect(child).toContain('auth/jwt-ci/login role=kommunen-musterstadt-ci');
        if (fixtures_1.HAS_GITLAB_SCHEMA)
            expectValid([['parent', parent], ['child', child]]);
    });
    it('fails with exit 1 and a suggestion for an unknown --tenant, and exit 2 for a bad --tool', async () => {
        dir = (0, fixtures_1.musterstadtFleet)();
        const r = await (0, fixtures_1.kommunalInProcess)(['pipeline', '--tenant', 'musterstat'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('did you mean "musterstadt"?');
        const t = await (0, fixtures_1.kommunalInProcess)(['pipeline', '--tool', 'pulumi'], dir);
        expect(t.status).toBe(2);
        expect(t.stderr).toContain('--tool "pulumi" is not allowed (allowed: tofu, terraform)');
        const both = await (0, fixtures_1.kommunalInProcess)(['pipeline', '--tenant', 'musterstadt', '--changed-since', 'HEAD'], dir);
        expect(both.status).toBe(2);
    });
    describe('--changed-since in a Git repository', () => {
        beforeEach(() => {
            dir = (0, fixtures_1.musterstadtFleet)('', { beispieldorf: (0, fixtures_1.simpleTenant)('beispieldorf', '07999002') });
            (0, fixtures_1.git)(dir, ['init', '-q', '-b', 'main']);
            (0, fixtures_1.git)(dir, ['add', '.']);
            (0, fixtures_1.git)(dir, ['commit', '-q', '-m', 'fleet']);
        });
        it('plans only the tenant whose file changed', () => {
            fs.appendFileSync(path.join(dir, 'kommunen/beispieldorf.yaml'), 'logging:\n  retentionDays: 120\n');
            const r = (0, fixtures_1.kommunal)(['pipeline', '--changed-since', 'HEAD'], dir);
            expect(r.stderr).toBe('');
            expect(r.status).toBe(0);
            expect(r.stdout).toContain('planning 1 tenant changed since HEAD');
            const child = (0, yaml_1.parse)(fs.readFileSync(path.join(dir, 'pipelines/chunk-000.yml'), 'utf8'));
            expect(Object.keys(child).filter((k) => k.startsWith('plan:'))).toEqual(['plan:beispieldorf']);
        });
        it('plans every tenant when fleet.yaml changed', async () => {
            fs.appendFileSync(path.join(dir, 'fleet.yaml'), '# a comment is a change too\n');
            const r = await (0, fixtures_1.kommunalInProcess)(['pipeline', '--changed-since', 'HEAD'], dir);
            expect(r.status).toBe(0);
            expect(r.stdout).toContain('planning all 2 tenants: fleet.yaml changed');
        });
        it('plans nothing when nothing changed (child pipelines get a no-op job)', async () => {
            const r = await (0, fixtures_1.kommunalInProcess)(['pipeline', '--changed-since', 'HEAD'], dir);
            expect(r.stdout).toContain('planning 0 tenants changed since HEAD');
            expect(Object.keys((0, yaml_1.parse)(fs.readFileSync(path.join(dir, 'pipelines/chunk-000.yml'), 'utf8')))).toContain('no-changes');
        });
        it('fails with exit 1 and a clear message when the ref does not exist', () => {
            const r = (0, fixtures_1.kommunal)(['pipeline', '--changed-since', 'no-such-branch'], dir);
            expect(r.status).toBe(1);
            expect(r.stderr).toContain('unknown Git ref "no-such-branch"');
            expect(r.stderr).not.toMatch(/\n\s+at /);
            expect(fs.existsSync(path.join(dir, 'pipelines'))).toBe(false);
        });
    });
});
