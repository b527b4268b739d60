"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PipelineInputError = exports.JOBS_PER_PIPELINE_LIMIT = exports.PIPELINE_DEFAULTS = void 0;
exports.chunkName = chunkName;
exports.chunkIndex = chunkIndex;
exports.generateGitlabPipelines = generateGitlabPipelines;
/**
 * GitLab CI pipelines for a fleet: a parent pipeline (committed) and one child pipeline per chunk
 * of tenants (generated in every pipeline run by the parent's `generate` job).
 *
 * - Parent: `generate` synthesizes the fleet and writes the child pipelines as artifacts; one
 *   trigger job per chunk includes its child (`trigger: include: artifact`, `strategy: depend`).
 * - Child: per selected tenant a `plan:<key>` job (init, plan, show -json, compliance check, plan
 *   guard; plan, plan JSON and reports as artifacts) and, on the default branch only, a manual
 *   `apply:<key>` job that runs the plan guard again and applies the reviewed plan file. Both hold
 *   `resource_group: tenant-<key>`, so two pipelines never run terraform on one tenant at once.
 * - Chunks: a tenant's chunk is fixed by its allocation number from the lockfile (numbers are never
 *   reused), `chunk = floor((number - 1) / chunkSize)`: adding tenants never moves another tenant.
 *   Chunks without a selected tenant get a child with one no-op job (GitLab rejects empty children).
 *
 * Secrets never appear in the YAML: credentials come from CI/CD variables (listed in the header)
 * and Vault logins use GitLab ID tokens. Output is deterministic: sorted keys, sorted tenants.
 */
const yaml_1 = require("yaml");
const state_backend_1 = require("../blueprint/state-backend");
const defaults_1 = require("../config/defaults");
/** Vetted defaults of the generator (one source, used by code, CLI help and docs). */
exports.PIPELINE_DEFAULTS = {
    /**
     * Tenants per child pipeline. Two jobs per tenant (plan, apply) make 400 jobs, below the lowest
     * per-pipeline job limit we know to be configured in practice (500, GitLab.com's free plan value
     * of `ci_pipeline_size`); self-managed GitLab has no limit by default (0).
     */
    chunkSize: 200,
    tool: 'tofu',
    outDir: 'pipelines',
    /** CI/CD variable holding the job image (node, tofu or terraform, vault CLI). */
    image: '$KOMMUNAL_CI_IMAGE',
    parentFile: 'parent.gitlab-ci.yml',
};
/** GitLab's `ci_pipeline_size` value on GitLab.com's free plan; the chunk size is checked against it. */
exports.JOBS_PER_PIPELINE_LIMIT = 500;
/** Bad generator input (unknown tenant, bad chunk size): one message per problem. */
class PipelineInputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'PipelineInputError';
    }
}
exports.PipelineInputError = PipelineInputError;
const posixDir = (p) => {
    const i = p.lastIndexOf('/');
    return i < 0 ? '.' : p.slice(0, i);
};
const join = (...parts) => parts.filter((x) => x !== '' && x !== '.').join('/');
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Name of the chunk of an allocation number. */
function chunkName(index) {
    return `chunk-${String(index).padStart(3, '0')}`;
}
/** The chunk index of a tenant (stable: numbers are never reused). */
function chunkIndex(number, chunkSize) {
    return Math.floor((number - 1) / chunkSize);
}
const ZERO_SHA = '0000000000000000000000000000000000000000';
function header(lines) {
    return `${lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')}\n`;
}
function render(doc, head) {
    return header(head) + (0, yaml_1.stringify)(doc, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}
/** Generates the parent and child pipelines. @throws PipelineInputError */
function generateGitlabPipelines(options) {
    const chunkSize = options.chunkSize ?? exports.PIPELINE_DEFAULTS.chunkSize;
    const tool = options.tool ?? exports.PIPELINE_DEFAULTS.tool;
    const outDir = options.outDir ?? exports.PIPELINE_DEFAULTS.outDir;
    const image = options.image ?? exports.PIPELINE_DEFAULTS.image;
    const fleetFile = options.fleetFile;
    const stacksDir = options.stacksDir ?? join(posixDir(fleetFile), 'cdktf.out/stacks');
    const backend = options.stateBackend ?? 'local';
    const problems = [];
    if (!Number.isInteger(chunkSize) || chunkSize < 1)
        problems.push(`chunk size ${chunkSize} is not a positive integer`);
    else if (chunkSize * 2 > exports.JOBS_PER_PIPELINE_LIMIT) {
        problems.push(`chunk size ${chunkSize} makes up to ${chunkSize * 2} jobs per child pipeline; keep it at most ${exports.JOBS_PER_PIPELINE_LIMIT / 2} (GitLab's per-pipeline job limit ci_pipeline_size is ${exports.JOBS_PER_PIPELINE_LIMIT} on GitLab.com's free plan)`);
    }
    if (tool !== 'terraform' && tool !== 'tofu')
        problems.push(`tool ${JSON.stringify(tool)} is not terraform or tofu`);
    const byName = new Map();
    for (const t of options.tenants) {
        if (byName.has(t.key))
            problems.push(`tenant "${t.key}" is listed twice`);
        if (!Number.isInteger(t.number) || t.number < 1)
            problems.push(`tenant "${t.key}" has allocation number ${t.number}; expected an integer >= 1`);
        byName.set(t.key, t);
    }
    const selected = [...new Set(options.selected)].sort(byKey);
    for (const k of selected)
        if (!byName.has(k))
            problems.push(`tenant "${k}" is not in the fleet`);
    if (problems.length > 0)
        throw new PipelineInputError(problems);
    // chunks of the whole fleet
    const chunkTenants = new Map();
    for (const t of [...options.tenants].sort((a, b) => byKey(a.key, b.key))) {
        const i = chunkIndex(t.number, chunkSize);
        chunkTenants.set(i, [...(chunkTenants.get(i) ?? []), t.key]);
    }
    const selectedSet = new Set(selected);
    const chunks = [...chunkTenants.keys()]
        .sort((a, b) => a - b)
        .map((i) => {
        const tenants = chunkTenants.get(i);
        return { name: chunkName(i), file: join(outDir, `${chunkName(i)}.yml`), tenants, selected: tenants.filter((k) => selectedSet.has(k)) };
    });
    const credentialVars = [...state_backend_1.BACKEND_CREDENTIAL_ENV[backend]];
    const head = [
        'Generated by `kommunal pipeline`; do not edit. Regenerate after adding tenants or changing options.',
        '',
        'CI/CD variables to define in the project settings (masked, protected; never in this file):',
        '  KOMMUNAL_CI_IMAGE         job image with node, tofu or terraform, and the vault CLI',
        '  PROXMOX_VE_ENDPOINT       Proxmox VE API URL',
        '  PROXMOX_VE_API_TOKEN      Proxmox VE API token of the pipeline',
        ...(options.vault ? ['  VAULT_ADDR                Vault/OpenBao address (login with the job\'s ID token)'] : []),
        ...credentialVars.map((v) => `  ${v.padEnd(25)} state backend credential (${backend})`),
        ...(backend === 'http' ? ['  (GitLab-managed state: TF_HTTP_USERNAME/TF_HTTP_PASSWORD are set from CI_JOB_TOKEN below)'] : []),
        '  TF_TOOL                   optional: tofu or terraform, overrides the default below',
    ];
    const parentFile = join(outDir, exports.PIPELINE_DEFAULTS.parentFile);
    const generateArgs = [
        `--fleet ${fleetFile}`,
        `--out ${outDir}`,
        `--tool ${tool}`,
        `--chunk-size ${chunkSize}`,
        ...(options.stacksDir !== undefined ? [`--stacks-dir ${stacksDir}`] : []),
        ...(options.image !== undefined ? [`--image '${image}'`] : []),
    ].join(' ');
    const parent = {
        workflow: {
            rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
        },
        stages: ['generate', 'tenants'],
        variables: { TF_TOOL: tool },
        generate: {
            stage: 'generate',
            image,
            variables: { GIT_DEPTH: '0' },
            script: [
                'npm ci',
                'BASE="${CI_MERGE_REQUEST_DIFF_BASE_SHA:-$CI_COMMIT_BEFORE_SHA}"',
                // Only the changed tenants are synthesized and planned (the whole fleet on a first run).
                `if [ -n "$BASE" ] && [ "$BASE" != "${ZERO_SHA}" ]; then CHANGED="--changed-since $BASE"; else CHANGED=""; fi`,
                `npx kommunal synth --fleet ${fleetFile}${options.stacksDir !== undefined ? ` --out ${posixDir(stacksDir)}` : ''} $CHANGED`,
                `npx kommunal pipeline ${generateArgs} $CHANGED`,
                `git diff --exit-code -- ${parentFile} || { echo "${parentFile} is out of date: run kommunal pipeline and commit it"; exit 1; }`,
            ],
            artifacts: { paths: [`${stacksDir}/`, `${outDir}/`], expire_in: '1 week' },
        },
    };
    for (const c of chunks) {
        parent[`tenants:${c.name}`] = {
            stage: 'tenants',
            needs: ['generate'],
            variables: { PARENT_PIPELINE_ID: '$CI_PIPELINE_ID' },
            trigger: { include: [{ artifact: c.file, job: 'generate' }], strategy: 'depend' },
        };
    }
    const children = {};
    for (const c of chunks) {
        children[c.file] = render(childPipeline(c, byName, { fleetFile, stacksDir, image, vault: options.vault, backend }), [
            ...head.slice(0, 1),
            `Child pipeline ${c.name}: ${c.selected.length} of ${c.tenants.length} tenants planned.`,
        ]);
    }
    return { parent: { file: parentFile, text: render(parent, head) }, children, chunks };
}
function childPipeline(c, tenants, ctx) {
    const doc = {
        stages: ['plan', 'apply'],
        default: { image: ctx.image, interruptible: false, before_script: ['npm ci'] },
    };
    if (c.selected.length === 0) {
        doc['no-changes'] = { stage: 'plan', script: [`echo "no tenant of ${c.name} changed"`] };
        return doc;
    }
    const generated = { pipeline: '$PARENT_PIPELINE_ID', job: 'generate' };
    for (const key of c.selected) {
        const t = tenants.get(key);
        const dir = `${ctx.stacksDir}/${key}`;
        const login = ctx.vault && t.vaultRole
            ? [`export VAULT_TOKEN="$(vault write -field=token auth/${ctx.vault.mount}/login role=${t.vaultRole} jwt="$VAULT_ID_TOKEN")"`]
            : [];
        const common = {
            resource_group: `tenant-${key}`,
            variables: {
                TENANT: key,
                ...(ctx.backend === 'http' ? { TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: '$CI_JOB_TOKEN' } : {}),
            },
            ...(ctx.vault && t.vaultRole ? { id_tokens: { VAULT_ID_TOKEN: { aud: ctx.vault.audience } } } : {}),
        };
        const guard = `npx kommunal plan-guard ${dir}/plan.json --tenant ${key} --fleet ${ctx.fleetFile}`;
        doc[`plan:${key}`] = {
            ...common,
            stage: 'plan',
            needs: [generated],
            // The environment (without deploying) puts the tenant into the ID token's `environment` claim,
            // which the tenant's Vault CI role binds in a fleet repository.
            environment: { name: `${defaults_1.CI_ENVIRONMENT_PREFIX}/${key}`, action: 'prepare' },
            script: [
                ...login,
                `npx kommunal env-check ${dir}`,
                `cd ${dir}`,
                '"$TF_TOOL" init -input=false',
                '"$TF_TOOL" plan -input=false -lock-timeout=10m -out=plan.cache',
                '"$TF_TOOL" show -json plan.cache > plan.json',
                'cd "$CI_PROJECT_DIR"',
                `npx kommunal check --fleet ${ctx.fleetFile} --tenant ${key} --out reports/compliance-${key} || COMPLIANCE_FAILED=1`,
                `${guard} --gitlab-report ${dir}/plan-report.json`,
                'test -z "$COMPLIANCE_FAILED" || { echo "compliance check failed: see the test report"; exit 1; }',
            ],
            artifacts: {
                when: 'always',
                expire_in: '1 week',
                paths: [`${dir}/plan.cache`, `${dir}/plan.json`, `${dir}/.terraform.lock.hcl`],
                reports: { terraform: `${dir}/plan-report.json`, junit: `reports/compliance-${key}/compliance.junit.xml` },
            },
        };
        doc[`apply:${key}`] = {
            ...common,
            stage: 'apply',
            needs: [generated, { job: `plan:${key}`, artifacts: true }],
            rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }],
            allow_failure: false,
            environment: { name: `${defaults_1.CI_ENVIRONMENT_PREFIX}/${key}`, action: 'start' },
            script: [
                guard,
                ...login,
                `npx kommunal env-check ${dir}`,
                `cd ${dir}`,
                '"$TF_TOOL" init -input=false',
                '"$TF_TOOL" apply -input=false -lock-timeout=10m plan.cache',
            ],
        };
    }
    return doc;
}
