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
import { stringify } from 'yaml';
import { BACKEND_CREDENTIAL_ENV } from '../blueprint/state-backend';
import { CI_ENVIRONMENT_PREFIX } from '../model/defaults';

export type TfTool = 'terraform' | 'tofu';

/** One tenant of the fleet as the generator needs it. */
export interface PipelineTenant {
  readonly key: string;
  /** Allocation number from the lockfile (>= 1); fixes the tenant's chunk. */
  readonly number: number;
  /** Vault JWT role of the tenant's pipeline. @default - no Vault login in the tenant's jobs */
  readonly vaultRole?: string;
}

/** Vault login of the CI jobs with GitLab ID tokens. */
export interface PipelineVaultLogin {
  /** JWT auth mount, e.g. `jwt-ci`. */
  readonly mount: string;
  /** Audience (`aud`) of the ID token. */
  readonly audience: string;
}

/** Vetted defaults of the generator (one source, used by code, CLI help and docs). */
export const PIPELINE_DEFAULTS = {
  /**
   * Tenants per child pipeline. Two jobs per tenant (plan, apply) make 400 jobs, below the lowest
   * per-pipeline job limit we know to be configured in practice (500, GitLab.com's free plan value
   * of `ci_pipeline_size`); self-managed GitLab has no limit by default (0).
   */
  chunkSize: 200,
  tool: 'tofu' as TfTool,
  outDir: 'pipelines',
  /** CI/CD variable holding the job image (node, tofu or terraform, vault CLI). */
  image: '$KOMMUNAL_CI_IMAGE',
  parentFile: 'parent.gitlab-ci.yml',
} as const;

/** GitLab's `ci_pipeline_size` value on GitLab.com's free plan; the chunk size is checked against it. */
export const JOBS_PER_PIPELINE_LIMIT = 500;

export interface GitlabPipelineOptions {
  /** Every tenant of the fleet (decides the chunks the parent triggers). */
  readonly tenants: readonly PipelineTenant[];
  /** Keys of the tenants to plan in this run; each must be in `tenants`. */
  readonly selected: readonly string[];
  /** Fleet file, relative to the repository root (as job scripts use it). */
  readonly fleetFile: string;
  /** Folder of the synthesized stacks, relative to the repository root. @default `<fleet dir>/cdktf.out/stacks` */
  readonly stacksDir?: string;
  /** Folder the child pipelines are written to, relative to the repository root. @default 'pipelines' */
  readonly outDir?: string;
  /** Default of the `TF_TOOL` variable (a project CI/CD variable overrides it). @default 'tofu' */
  readonly tool?: TfTool;
  /** Tenants per child pipeline. @default PIPELINE_DEFAULTS.chunkSize */
  readonly chunkSize?: number;
  /** Job image. @default '$KOMMUNAL_CI_IMAGE' */
  readonly image?: string;
  /** Vault login with ID tokens. @default - no Vault login */
  readonly vault?: PipelineVaultLogin;
  /** State backend of the fleet (decides which credentials the header lists). @default 'local' */
  readonly stateBackend?: keyof typeof BACKEND_CREDENTIAL_ENV;
}

export interface GeneratedChunk {
  /** e.g. `chunk-003`. */
  readonly name: string;
  /** Path of the child pipeline file, relative to the repository root. */
  readonly file: string;
  /** All fleet tenants of the chunk, sorted. */
  readonly tenants: readonly string[];
  /** Tenants planned in this run, sorted. */
  readonly selected: readonly string[];
}

export interface GeneratedPipelines {
  /** Parent pipeline file path (relative to the repository root) and text. */
  readonly parent: { readonly file: string; readonly text: string };
  /** Child pipeline files by path (relative to the repository root). */
  readonly children: Readonly<Record<string, string>>;
  readonly chunks: readonly GeneratedChunk[];
}

/** Bad generator input (unknown tenant, bad chunk size): one message per problem. */
export class PipelineInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'PipelineInputError';
  }
}

const posixDir = (p: string) => {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : p.slice(0, i);
};
const join = (...parts: string[]) => parts.filter((x) => x !== '' && x !== '.').join('/');
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Name of the chunk of an allocation number. */
export function chunkName(index: number): string {
  return `chunk-${String(index).padStart(3, '0')}`;
}

/** The chunk index of a tenant (stable: numbers are never reused). */
export function chunkIndex(number: number, chunkSize: number): number {
  return Math.floor((number - 1) / chunkSize);
}

const ZERO_SHA = '0000000000000000000000000000000000000000';

function header(lines: readonly string[]): string {
  return `${lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')}\n`;
}

function render(doc: unknown, head: readonly string[]): string {
  return header(head) + stringify(doc, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}

/** Generates the parent and child pipelines. @throws PipelineInputError */
export function generateGitlabPipelines(options: GitlabPipelineOptions): GeneratedPipelines {
  const chunkSize = options.chunkSize ?? PIPELINE_DEFAULTS.chunkSize;
  const tool = options.tool ?? PIPELINE_DEFAULTS.tool;
  const outDir = options.outDir ?? PIPELINE_DEFAULTS.outDir;
  const image = options.image ?? PIPELINE_DEFAULTS.image;
  const fleetFile = options.fleetFile;
  const stacksDir = options.stacksDir ?? join(posixDir(fleetFile), 'cdktf.out/stacks');
  const backend = options.stateBackend ?? 'local';

  const problems: string[] = [];
  if (!Number.isInteger(chunkSize) || chunkSize < 1) problems.push(`chunk size ${chunkSize} is not a positive integer`);
  else if (chunkSize * 2 > JOBS_PER_PIPELINE_LIMIT) {
    problems.push(`chunk size ${chunkSize} makes up to ${chunkSize * 2} jobs per child pipeline; keep it at most ${JOBS_PER_PIPELINE_LIMIT / 2} (GitLab's per-pipeline job limit ci_pipeline_size is ${JOBS_PER_PIPELINE_LIMIT} on GitLab.com's free plan)`);
  }
  if (tool !== 'terraform' && tool !== 'tofu') problems.push(`tool ${JSON.stringify(tool)} is not terraform or tofu`);
  const byName = new Map<string, PipelineTenant>();
  for (const t of options.tenants) {
    if (byName.has(t.key)) problems.push(`tenant "${t.key}" is listed twice`);
    if (!Number.isInteger(t.number) || t.number < 1) problems.push(`tenant "${t.key}" has allocation number ${t.number}; expected an integer >= 1`);
    byName.set(t.key, t);
  }
  const selected = [...new Set(options.selected)].sort(byKey);
  for (const k of selected) if (!byName.has(k)) problems.push(`tenant "${k}" is not in the fleet`);
  if (problems.length > 0) throw new PipelineInputError(problems);

  // chunks of the whole fleet
  const chunkTenants = new Map<number, string[]>();
  for (const t of [...options.tenants].sort((a, b) => byKey(a.key, b.key))) {
    const i = chunkIndex(t.number, chunkSize);
    chunkTenants.set(i, [...(chunkTenants.get(i) ?? []), t.key]);
  }
  const selectedSet = new Set(selected);
  const chunks: GeneratedChunk[] = [...chunkTenants.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const tenants = chunkTenants.get(i) as string[];
      return { name: chunkName(i), file: join(outDir, `${chunkName(i)}.yml`), tenants, selected: tenants.filter((k) => selectedSet.has(k)) };
    });

  const credentialVars = [...BACKEND_CREDENTIAL_ENV[backend]];
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

  const parentFile = join(outDir, PIPELINE_DEFAULTS.parentFile);
  const generateArgs = [
    `--fleet ${fleetFile}`,
    `--out ${outDir}`,
    `--tool ${tool}`,
    `--chunk-size ${chunkSize}`,
    ...(options.stacksDir !== undefined ? [`--stacks-dir ${stacksDir}`] : []),
    ...(options.image !== undefined ? [`--image '${image}'`] : []),
  ].join(' ');
  const parent: Record<string, unknown> = {
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

  const children: Record<string, string> = {};
  for (const c of chunks) {
    children[c.file] = render(childPipeline(c, byName, { fleetFile, stacksDir, image, vault: options.vault, backend }), [
      ...head.slice(0, 1),
      `Child pipeline ${c.name}: ${c.selected.length} of ${c.tenants.length} tenants planned.`,
    ]);
  }
  return { parent: { file: parentFile, text: render(parent, head) }, children, chunks };
}

interface ChildContext {
  readonly fleetFile: string;
  readonly stacksDir: string;
  readonly image: string;
  readonly vault?: PipelineVaultLogin;
  readonly backend: keyof typeof BACKEND_CREDENTIAL_ENV;
}

function childPipeline(c: GeneratedChunk, tenants: ReadonlyMap<string, PipelineTenant>, ctx: ChildContext): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    stages: ['plan', 'apply'],
    default: { image: ctx.image, interruptible: false, before_script: ['npm ci'] },
  };
  if (c.selected.length === 0) {
    doc['no-changes'] = { stage: 'plan', script: [`echo "no tenant of ${c.name} changed"`] };
    return doc;
  }
  const generated = { pipeline: '$PARENT_PIPELINE_ID', job: 'generate' };
  for (const key of c.selected) {
    const t = tenants.get(key) as PipelineTenant;
    const dir = `${ctx.stacksDir}/${key}`;
    const login = ctx.vault && t.vaultRole
      ? [`export VAULT_TOKEN="$(vault write -field=token auth/${ctx.vault.mount}/login role=${t.vaultRole} jwt="$VAULT_ID_TOKEN")"`]
      : [];
    const common: Record<string, unknown> = {
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
      environment: { name: `${CI_ENVIRONMENT_PREFIX}/${key}`, action: 'prepare' },
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
      environment: { name: `${CI_ENVIRONMENT_PREFIX}/${key}`, action: 'start' },
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
