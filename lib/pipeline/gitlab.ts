/**
 * GitLab CI pipelines for a fleet: a parent pipeline (committed) and one child pipeline per chunk
 * of tenants (generated in every pipeline run by the parent's `generate` job).
 *
 * - Parent: `generate` synthesizes the fleet and writes the child pipelines as artifacts;
 *   `plan:platform` and, on the default branch, a manual `apply:platform` run the platform stack
 *   (tenant ACLs grant the platform's roles, so it is applied first); then one trigger job per chunk
 *   includes its child (`trigger: include: artifact`, `strategy: depend`).
 * - Child: per selected tenant a `plan:<key>` job (init, plan, redacted show -json, compliance
 *   check, plan guard; the redacted plan JSON and reports as artifacts) and, on the default branch
 *   only, a manual `apply:<key>` job that plans again, requires the same changes as the reviewed
 *   plan, runs the plan guard on its plan and applies that plan file. Both hold
 *   `resource_group: tenant-<key>`, so two pipelines never run terraform on one tenant at once.
 * - Chunks: a tenant's chunk is fixed by its allocation number from the lockfile (numbers are never
 *   reused), `chunk = floor((number - 1) / chunkSize)`: adding tenants never moves another tenant.
 *   Chunks without a selected tenant get a child with one no-op job (GitLab rejects empty children).
 *
 * Secrets never appear in the YAML: credentials come from CI/CD variables (listed in the header)
 * and Vault logins use GitLab ID tokens. Output is deterministic: sorted keys, sorted tenants.
 *
 * Every value interpolated into a script line (paths, image, tenant keys, Vault names) goes through
 * `shellQuote` (lib/core/shell.ts); values a script line cannot carry (line breaks and other
 * control characters, a leading `-` where a command would read an option) are refused.
 */
import { stringify } from 'yaml';
import { clusterPlatformStackName, PLATFORM_STACK_NAME } from '../blueprint/fleet';
import { BACKEND_CREDENTIAL_ENV, BACKEND_ENVIRONMENT } from '../blueprint/state-backend';
import { shellArgumentProblem, shellQuote as q } from '../core/shell';
import { CI_ENVIRONMENT_PREFIX } from '../model/defaults';
import { PLAN_PROXMOX_TOKEN_VARIABLE, PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE, pipelineSecretVariables, STACK_SECRET_VARIABLES, type CredentialStage } from './credentials';
import { PLAN_PG_CONN_STR_VARIABLE } from './state-roles';
import { PLATFORM_BOOTSTRAP_TOKEN_VARIABLE } from '../identity/platform-pipeline-login';

export type TfTool = 'terraform' | 'tofu';

/** The parent pipeline's job that runs `kommunal realm-sync-jobs` (scheduled directory sync). */
export const REALM_SYNC_JOBS_JOB = 'realm-sync-jobs';

/** One tenant of the fleet as the generator needs it. */
export interface PipelineTenant {
  readonly key: string;
  /** Allocation number from the lockfile (>= 1); fixes the tenant's chunk. */
  readonly number: number;
  /**
   * Vault JWT role of the tenant's pipeline: the apply job's (protected default branch only).
   * @default - no Vault login in the tenant's jobs
   */
  readonly vaultRole?: string;
  /**
   * The cluster the tenant is placed on, in a fleet with clusters: its chunk waits for that
   * cluster's platform apply (`apply:platform-<cluster>`) as well, unless the cluster is the
   * fleet's `GitlabPipelineOptions.legacyCluster` (its Proxmox part is in `platform`).
   * @default - a fleet of one cluster: only `apply:platform`
   */
  readonly cluster?: string;
  /** Vault JWT role of the tenant's plan job (read-only policy, any branch). @default - the plan job logs in with `vaultRole` */
  readonly vaultPlanRole?: string;
}

/** Vault login of the CI jobs with GitLab ID tokens. */
export interface PipelineVaultLogin {
  /** JWT auth mount, e.g. `jwt-ci`. */
  readonly mount: string;
  /** Audience (`aud`) of the ID token. */
  readonly audience: string;
  /**
   * The platform jobs' own JWT roles (lib/identity/platform-pipeline-login.ts): the `platform`
   * stack's plan job logs in with `planRole`, its apply job with `role`, unless the one-time
   * bootstrap token variable is set (PLATFORM_BOOTSTRAP_TOKEN_VARIABLE). Both jobs then run on the
   * default branch only.
   * @default - the platform jobs use the CI/CD variable VAULT_TOKEN
   */
  readonly platform?: { readonly role: string; readonly planRole: string };
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

/**
 * GitLab refuses a CI configuration whose parsed YAML is too big: gitlab-org/gitlab
 * lib/gitlab/config/loader/yaml.rb raises "The parsed YAML is too big" when
 * Gitlab::Utils::DeepSize of the loaded objects exceeds the application setting
 * `max_yaml_size_bytes`, which (GitLab's docs, "Maximum size and depth of CI/CD configuration
 * YAML files") "is not directly tied to the size of the YAML file, but rather the memory allocated
 * for the relevant objects". Its historical default is 1 MiB (MAX_YAML_SIZE = 1.megabyte in that
 * file); an instance can raise it. Each child pipeline is a configuration of its own.
 */
export const CHILD_YAML_LIMIT_BYTES = 1024 * 1024;

/**
 * An estimate of the memory CRuby allocates for a YAML document once Psych has loaded it, which is
 * what GitLab's DeepSize measures (ObjectSpace.memsize_of of every object). A guess calibrated on
 * CRuby's object layout, not measured on GitLab: every object takes a 40-byte slot; a string longer
 * than 23 bytes (the embedded limit) adds its bytes; an array adds 8 bytes per element beyond 3; a
 * hash with more than 8 entries adds 24 bytes per entry (its st_table). Integers and booleans are
 * immediates.
 */
export function estimateParsedYamlBytes(value: unknown): number {
  if (typeof value === 'string') {
    const n = Buffer.byteLength(value);
    return 40 + (n > 23 ? n + 1 : 0);
  }
  if (Array.isArray(value)) return 40 + (value.length > 3 ? 8 * value.length : 0) + value.reduce((s: number, v) => s + estimateParsedYamlBytes(v), 0);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return 40 + (entries.length > 8 ? 24 * entries.length : 0) + entries.reduce((s, [k, v]) => s + estimateParsedYamlBytes(k) + estimateParsedYamlBytes(v), 0);
  }
  return 0;
}

export interface GitlabPipelineOptions {
  /** Every tenant of the fleet (decides the chunks the parent triggers). */
  readonly tenants: readonly PipelineTenant[];
  /**
   * In a fleet with clusters: the fleet's legacyCluster, whose Proxmox part is in the stack
   * `platform` (docs/clusters.md). It gets no `platform-<id>` jobs; its tenants wait for
   * `apply:platform` only, and the environment `platform` holds its Proxmox credentials.
   * @default - every cluster of a tenant gets its own `platform-<id>` jobs
   */
  readonly legacyCluster?: string;
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
  /**
   * Tenants per child pipeline. Given, a chunk whose child pipeline would exceed
   * `maxChildYamlBytes` is an error; not given, the chunk size is PIPELINE_DEFAULTS.chunkSize or
   * smaller, so that every child pipeline (with all of its tenants planned) fits.
   * @default - PIPELINE_DEFAULTS.chunkSize, reduced to fit
   */
  readonly chunkSize?: number;
  /** Budget of one child pipeline's parsed YAML (estimateParsedYamlBytes). @default CHILD_YAML_LIMIT_BYTES */
  readonly maxChildYamlBytes?: number;
  /** Job image. @default '$KOMMUNAL_CI_IMAGE' */
  readonly image?: string;
  /** Vault login with ID tokens. @default - no Vault login */
  readonly vault?: PipelineVaultLogin;
  /**
   * State backend of the fleet: decides the credentials the header lists and the environment the
   * jobs set. `local` is refused: every job starts from a fresh checkout, so a local state would be
   * lost between the plan and the apply job and between pipelines.
   */
  readonly stateBackend: keyof typeof BACKEND_CREDENTIAL_ENV;
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
  /** The chunk size used (the given one, or the default reduced until every child pipeline fits). */
  readonly chunkSize: number;
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

/**
 * The first lines of every job script. `set -euo pipefail`: gitlab-runner sets errexit, and
 * pipefail only when the shell has it (gitlabhq/gitlab-runner shells/bash.go `Finish`, commit
 * 018a2f64: `if set -o | grep pipefail …; then set -o pipefail; fi; set -o errexit`), never
 * nounset; here an unset variable stops the job instead of expanding to nothing, and a shell
 * without pipefail fails at once instead of hiding a failed pipe. `npm ci --omit=dev
 * --ignore-scripts`: the jobs run only `npx kommunal` (a runtime dependency of the fleet project),
 * so no dev dependency is installed, and no package's install script runs with the job's credentials.
 */
export const JOB_PROLOGUE: readonly string[] = ['set -euo pipefail', 'npm ci --omit=dev --ignore-scripts'];

function header(lines: readonly string[]): string {
  return `${lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')}\n`;
}

function render(doc: unknown, head: readonly string[]): string {
  return header(head) + stringify(doc, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Generates the parent and child pipelines. The size of each child pipeline is measured (as GitLab
 * would parse it, with every tenant of the chunk planned — the first run plans them all): without
 * an explicit chunk size the default shrinks until every child fits; an explicit one that does not
 * fit is an error naming a size that would. @throws PipelineInputError
 */
export function generateGitlabPipelines(options: GitlabPipelineOptions): GeneratedPipelines {
  const budget = options.maxChildYamlBytes ?? CHILD_YAML_LIMIT_BYTES;
  let size = options.chunkSize ?? PIPELINE_DEFAULTS.chunkSize;
  for (;;) {
    const generated = generateWithChunkSize(options, size, budget);
    if (!('tooLarge' in generated)) return generated;
    const largest = generated.tooLarge;
    const fitting = Math.max(1, Math.min(size - 1, Math.floor((size * budget) / largest.bytes)));
    if (options.chunkSize !== undefined || size === 1) {
      throw new PipelineInputError([
        `child pipeline ${largest.name} would be about ${Math.ceil(largest.bytes / 1024)} KiB of parsed YAML with all of its ${size === 1 ? 'tenant' : 'tenants'} planned, over GitLab's limit of ${Math.floor(budget / 1024)} KiB (max_yaml_size_bytes)` +
          (size > 1 ? `; use --chunk-size ${fitting} or less, or leave --chunk-size out to size the chunks by measurement` : ''),
      ]);
    }
    size = fitting;
  }
}

/**
 * The pipelines for one chunk size, or — before anything is rendered — the largest child pipeline
 * when one would exceed `budget` (measured with all of its tenants planned).
 */
function generateWithChunkSize(options: GitlabPipelineOptions, chunkSize: number, budget: number): GeneratedPipelines | { readonly tooLarge: { readonly name: string; readonly bytes: number } } {
  const tool = options.tool ?? PIPELINE_DEFAULTS.tool;
  const outDir = options.outDir ?? PIPELINE_DEFAULTS.outDir;
  const image = options.image ?? PIPELINE_DEFAULTS.image;
  const fleetFile = options.fleetFile;
  const stacksDir = options.stacksDir ?? join(posixDir(fleetFile), 'cdktf.out/stacks');
  const backend = options.stateBackend;

  const problems: string[] = [];
  if (backend === 'local') {
    problems.push('state backend "local" cannot run in a pipeline: each CI job starts from a fresh checkout, so the state written by one job is gone in the next (the apply job and the next pipeline would plan every resource again). Set state.backend in the fleet file to http (GitLab-managed state), s3 or pg');
  } else if (!(backend in BACKEND_CREDENTIAL_ENV)) {
    problems.push(`state backend ${JSON.stringify(backend)} is not one of ${Object.keys(BACKEND_CREDENTIAL_ENV).filter((b) => b !== 'local').join(', ')}`);
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) problems.push(`chunk size ${chunkSize} is not a positive integer`);
  else if (chunkSize * 2 > JOBS_PER_PIPELINE_LIMIT) {
    problems.push(`chunk size ${chunkSize} makes up to ${chunkSize * 2} jobs per child pipeline; keep it at most ${JOBS_PER_PIPELINE_LIMIT / 2} (GitLab's per-pipeline job limit ci_pipeline_size is ${JOBS_PER_PIPELINE_LIMIT} on GitLab.com's free plan)`);
  }
  if (tool !== 'terraform' && tool !== 'tofu') problems.push(`tool ${JSON.stringify(tool)} is not terraform or tofu`);
  const scriptValue = (what: string, value: string | undefined, argument: boolean) => {
    const problem = value === undefined ? undefined : shellArgumentProblem(value, { argument });
    if (problem !== undefined) problems.push(`${what} ${JSON.stringify(value)} ${problem}`);
  };
  scriptValue('fleet file', fleetFile, true);
  scriptValue('stacks folder', options.stacksDir, true);
  scriptValue('output folder', options.outDir, true);
  scriptValue('image', options.image, true);
  scriptValue('Vault JWT mount', options.vault?.mount, false);
  scriptValue('Vault role of the platform', options.vault?.platform?.role, false);
  scriptValue('Vault plan role of the platform', options.vault?.platform?.planRole, false);
  for (const t of options.tenants) {
    scriptValue('tenant key', t.key, true);
    scriptValue(`Vault role of tenant ${JSON.stringify(t.key)}`, t.vaultRole, false);
    scriptValue(`Vault plan role of tenant ${JSON.stringify(t.key)}`, t.vaultPlanRole, false);
  }
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

  const credentialVars = backend === 'http' ? [] : [...BACKEND_CREDENTIAL_ENV[backend]];
  const backendEnv = Object.keys(BACKEND_ENVIRONMENT[backend]);
  const pad = (name: string) => `  ${name.padEnd(41)} `;
  const head = [
    'Generated by `kommunal pipeline`; do not edit. Regenerate after adding tenants or changing options.',
    '',
    'CI/CD variables to define in the project settings (masked, protected; never in this file).',
    `Scope per-tenant values to the environment ${CI_ENVIRONMENT_PREFIX}/<key> and platform values to the environment ${PLATFORM_STACK_NAME}.`,
    // A fleet with clusters and a legacyCluster: that cluster's Proxmox values are the platform's.
    ...(options.legacyCluster !== undefined
      ? [`With clusters: a cluster's Proxmox values go to the environment ${PLATFORM_STACK_NAME}-<id>, except the legacy cluster ${options.legacyCluster}'s, which go to ${PLATFORM_STACK_NAME} (its Proxmox part is in that stack).`]
      : []),
    `${pad('KOMMUNAL_CI_IMAGE')}job image with node, tofu or terraform${options.vault ? ', and the vault CLI' : ''}`,
    `${pad('PROXMOX_VE_ENDPOINT')}Proxmox VE API URL`,
    `${pad('PROXMOX_VE_API_TOKEN')}Proxmox VE API token of the apply jobs and the platform jobs; protected (only protected branches get it)`,
    `${pad(PLAN_PROXMOX_TOKEN_VARIABLE)}tenant plan jobs: token of a read-only PVE user (privileges: docs/security.md); not protected (merge requests plan)`,
    ...(options.vault?.platform !== undefined ? [`${pad(PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE)}platform plan jobs (environment ${PLATFORM_STACK_NAME} and ${PLATFORM_STACK_NAME}-<cluster>): token of a second read-only PVE user (privileges: docs/security.md); protected`] : []),
    `${pad('PROXMOX_VE_SSH_USERNAME')}platform jobs only (environment ${PLATFORM_STACK_NAME}): SSH user on the nodes for the snippet upload`,
    `${pad('PROXMOX_VE_SSH_PRIVATE_KEY')}platform jobs only: its private key (or PROXMOX_VE_SSH_AGENT=true with an agent)`,
    `${pad('VAULT_ADDR')}Vault/OpenBao address`,
    ...(options.vault?.platform !== undefined
      ? [
        `${pad(PLATFORM_BOOTSTRAP_TOKEN_VARIABLE)}only for the first platform run (environment ${PLATFORM_STACK_NAME}, protected): a Vault token with the bootstrap policy;`,
        `${pad('')}the platform stack creates the JWT roles its jobs log in with (${options.vault.platform.planRole}, ${options.vault.platform.role}); remove it afterwards`,
        `${pad('VAULT_TOKEN')}not needed: the platform and tenant jobs log in with their ID token`,
      ]
      : [options.vault
        ? `${pad('VAULT_TOKEN')}platform jobs only (environment ${PLATFORM_STACK_NAME}); tenant jobs log in with their ID token`
        : `${pad('VAULT_TOKEN')}Vault token of the jobs`]),
    ...(backend === 'pg'
      ? [
        `${pad('PG_CONN_STR')}per environment: the stack's <schema>_apply role (writes only its own state; \`kommunal state-roles\`); protected`,
        `${pad(PLAN_PG_CONN_STR_VARIABLE)}per environment ${CI_ENVIRONMENT_PREFIX}/<key>: the tenant's <schema>_plan role (reads only its own state); not protected`,
        ...(options.vault?.platform !== undefined ? [`${pad('')}and for the environment ${PLATFORM_STACK_NAME}: the platform's <schema>_plan role (plan:${PLATFORM_STACK_NAME}); protected`, `${pad('')}and for each environment ${PLATFORM_STACK_NAME}-<cluster>: that cluster platform stack's <schema>_plan role (plan:${PLATFORM_STACK_NAME}-<cluster>); protected`] : []),
      ]
      : credentialVars.map((v) => `${pad(v)}state backend credential (${backend})`)),
    ...(backend === 'http' ? ['  (GitLab-managed state: the jobs set TF_HTTP_USERNAME and TF_HTTP_PASSWORD from CI_JOB_TOKEN)'] : []),
    ...(backendEnv.length > 0 ? [`  (${backend}: the jobs set ${backendEnv.join(' and ')} themselves)`] : []),
    'Terraform variables without a default, as TF_VAR_<name> (`kommunal env-check` in each job names any that is missing):',
    ...pipelineSecretVariables(options.vault !== undefined).map((v) => `${pad(`TF_VAR_${v.name}`)}${v.stacks}`),
    ...(options.vault !== undefined
      ? [
        `  (tenant inputs are no CI/CD variables: each tenant job reads ${STACK_SECRET_VARIABLES.filter((v) => v.tenantInput && !v.name.endsWith('_client_key')).map((v) => v.name).join(', ')}`,
        '   from Vault, fields of the secret <tenant root>/<key>/ci/terraform in the KV v2 mount vault.sharedKvMount, root namespace;',
        '   a confidential OIDC realm\'s client key is the field client_key of <tenant root>/<key>/ci/realm-client-key, read ephemerally)',
      ]
      : []),
    `${pad('TF_TOOL')}optional: tofu or terraform, overrides the default below`,
  ];

  const parentFile = join(outDir, PIPELINE_DEFAULTS.parentFile);
  const generateArgs = [
    `--fleet ${q(fleetFile)}`,
    `--out ${q(outDir)}`,
    `--tool ${q(tool)}`,
    // Only an explicit chunk size is passed on: without one the job sizes the chunks the same way.
    ...(options.chunkSize !== undefined ? [`--chunk-size ${chunkSize}`] : []),
    ...(options.stacksDir !== undefined ? [`--stacks-dir ${q(stacksDir)}`] : []),
    // Always quoted: the default, `$KOMMUNAL_CI_IMAGE`, must reach the command unexpanded.
    ...(options.image !== undefined ? [`--image ${q(image, { always: true })}`] : []),
  ].join(' ');
  const jobEnv = backendJobVariables(backend);
  const parent: Record<string, unknown> = {
    workflow: {
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
    stages: ['generate', 'platform', 'tenants', 'directory'],
    variables: { TF_TOOL: tool },
    generate: {
      stage: 'generate',
      image,
      variables: { GIT_DEPTH: '0' },
      script: [
        ...JOB_PROLOGUE,
        'BASE="${CI_MERGE_REQUEST_DIFF_BASE_SHA:-${CI_COMMIT_BEFORE_SHA:-}}"',
        // Only the changed tenants are planned (the whole fleet on a first run). The whole fleet is
        // synthesized: `kommunal synth --changed-since` leaves the platform stack out, and its jobs
        // run in every pipeline.
        `if [ -n "$BASE" ] && [ "$BASE" != "${ZERO_SHA}" ]; then CHANGED="--changed-since $BASE"; else CHANGED=""; fi`,
        `npx kommunal synth --fleet ${q(fleetFile)}${options.stacksDir !== undefined ? ` --out ${q(posixDir(stacksDir))}` : ''}`,
        `npx kommunal pipeline ${generateArgs} $CHANGED`,
        `git diff --exit-code -- ${q(parentFile)} || { echo ${q(`${parentFile} is out of date: run kommunal pipeline and commit it`)}; exit 1; }`,
      ],
      artifacts: { paths: [`${stacksDir}/`, `${outDir}/`], expire_in: '1 week' },
    },
    ...platformStackJobs(PLATFORM_STACK_NAME, { fleetFile, stacksDir, image, jobEnv, ...(options.vault?.platform !== undefined ? { login: { mount: options.vault.mount, audience: options.vault.audience, ...options.vault.platform }, stateBackend: backend, planToken: true } : {}) }),
  };
  // Scheduled directory sync (lib/pipeline/realm-sync-jobs.ts): keeps one PVE realm-sync job per
  // tenant LDAP realm, so PVE itself syncs joiners and leavers every hour. It runs in pipelines of a
  // GitLab pipeline schedule on the default branch (set one up, e.g. daily: docs/datacenter.md), and
  // on demand on the default branch (after tenant applies that added or removed a realm). No
  // `needs`: it reads only the fleet files and the Proxmox API, with the platform's token.
  parent[REALM_SYNC_JOBS_JOB] = {
    stage: 'directory',
    image,
    needs: [],
    rules: [
      { if: '$CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' },
      { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual', allow_failure: true },
    ],
    resource_group: REALM_SYNC_JOBS_JOB,
    environment: { name: PLATFORM_STACK_NAME, action: 'prepare' },
    script: [...JOB_PROLOGUE, `npx kommunal realm-sync-jobs --fleet ${q(fleetFile)}`],
  };
  // A fleet with clusters: each cluster's platform stack (platform-<id>) gets its plan and apply
  // job, and a chunk waits for the platform of every cluster its tenants are placed on. The
  // legacyCluster's Proxmox part is in `platform` (lib/blueprint/platform-stack.ts
  // platformStackOfCluster): its tenants need only apply:platform, which every chunk waits for.
  const clusterOfTenant = new Map(options.tenants.filter((t) => t.cluster !== undefined && t.cluster !== options.legacyCluster).map((t) => [t.key, t.cluster as string]));
  for (const cluster of [...new Set(clusterOfTenant.values())].sort(byKey)) Object.assign(parent, platformStackJobs(clusterPlatformStackName(cluster), { fleetFile, stacksDir, image, jobEnv, ...(options.vault?.platform !== undefined ? { planToken: true, stateBackend: backend } : {}) }));
  for (const c of chunks) {
    const chunkClusters = [...new Set(c.tenants.map((k) => clusterOfTenant.get(k)).filter((x): x is string => x !== undefined))].sort(byKey);
    parent[`tenants:${c.name}`] = {
      stage: 'tenants',
      // Tenant stacks grant the platform's roles and use its zones: on the default branch the
      // platform is applied first. In merge requests apply:platform does not exist (optional).
      needs: ['generate', { job: `apply:${PLATFORM_STACK_NAME}`, optional: true }, ...chunkClusters.map((x) => ({ job: `apply:${clusterPlatformStackName(x)}`, optional: true }))],
      variables: { PARENT_PIPELINE_ID: '$CI_PIPELINE_ID' },
      trigger: { include: [{ artifact: c.file, job: 'generate' }], strategy: 'depend' },
    };
  }

  const ctx: ChildContext = { fleetFile, stacksDir, image, vault: options.vault, jobEnv, stateBackend: backend };
  const complete = chunks.map((c) => childPipeline({ ...c, selected: c.tenants }, byName, ctx));
  let tooLarge = { name: '', bytes: 0 };
  complete.forEach((doc, i) => {
    const bytes = estimateParsedYamlBytes(doc);
    if (bytes > budget && bytes > tooLarge.bytes) tooLarge = { name: chunks[i]!.name, bytes };
  });
  if (tooLarge.bytes > 0) return { tooLarge };
  const children: Record<string, string> = {};
  chunks.forEach((c, i) => {
    // A chunk whose every tenant is planned is the document just measured.
    const doc = c.selected.length === c.tenants.length ? complete[i] : childPipeline(c, byName, ctx);
    children[c.file] = render(doc, [...head.slice(0, 1), `Child pipeline ${c.name}: ${c.selected.length} of ${c.tenants.length} tenants planned.`]);
  });
  return { parent: { file: parentFile, text: render(parent, head) }, children, chunks, chunkSize };
}

/**
 * Plan and apply job of a platform stack: `platform` (the whole platform of a fleet without
 * clusters; the fleet-wide Vault part of one with clusters, plus its legacyCluster's Proxmox part)
 * and, in a fleet with clusters, each other cluster's `platform-<id>` (its Proxmox part). Each
 * stack has its own folder, resource group and GitLab environment (a cluster's Proxmox token and
 * SSH key are CI/CD variables scoped to the environment `platform-<id>`; the legacyCluster's to
 * the environment `platform`).
 */
function platformStackJobs(name: string, ctx: { fleetFile: string; stacksDir: string; image: string; jobEnv: Record<string, string>; login?: PlatformLogin; stateBackend?: keyof typeof BACKEND_CREDENTIAL_ENV; planToken?: boolean }): Record<string, unknown> {
  const dir = `${ctx.stacksDir}/${name}`;
  const variables = Object.keys(ctx.jobEnv).length > 0 ? { variables: ctx.jobEnv } : {};
  const login = ctx.login;
  // With the platform's own CI roles (docs/security.md): the plan role accepts only protected
  // refs, so the plan job runs in default-branch pipelines only (the workflow creates pipelines for
  // merge requests and the default branch; a merge request's job could not log in). The pg
  // backend: the plan job uses the platform's read-only state role. A cluster's platform stack
  // (`planToken` without a login: no Vault provider) gets the same rule: its plan token and state
  // role are protected variables, and merge request pipelines get no protected variables (GitLab:
  // gitlab-org epic 17186 "Protected variables and JWT claims not available in merge request
  // pipelines"; gitlab-org/gitlab-ee#11093), so the job could only fail there.
  const planOnly = {
    ...(login !== undefined || ctx.planToken === true ? { rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }] } : {}),
    ...(login !== undefined ? { id_tokens: { VAULT_ID_TOKEN: { aud: login.audience } } } : {}),
  };
  return {
    [`plan:${name}`]: {
      stage: 'platform',
      image: ctx.image,
      needs: [{ job: 'generate', artifacts: true }],
      ...planOnly,
      resource_group: name,
      environment: { name, action: 'prepare' },
      ...variables,
      script: [
        ...JOB_PROLOGUE,
        ...(login !== undefined ? platformVaultLoginLines(login.mount, login.planRole) : []),
        // With platform roles (a fleet with `vault.ci` and a platform project): the platform plan
        // jobs' own read-only Proxmox token (protected; credentials.ts PLATFORM_PLAN_PROXMOX_*) and
        // the stack's read-only state role, never the apply jobs' credentials.
        ...((login !== undefined || ctx.planToken === true) && ctx.stateBackend === 'pg' ? [`export PG_CONN_STR="\${${PLAN_PG_CONN_STR_VARIABLE}:-}"`] : []),
        ...(ctx.planToken === true ? [`export PROXMOX_VE_API_TOKEN="\${${PLATFORM_PLAN_PROXMOX_TOKEN_VARIABLE}:-}"`] : []),
        ...planSteps(dir, ctx.planToken === true ? 'plan' : undefined),
        // Without --tenant the guard checks the protected classes only (docs/pipelines.md).
        `npx kommunal plan-guard ${q(`${dir}/plan.json`)} --stack ${q(`${dir}/cdk.tf.json`)} --fleet ${q(ctx.fleetFile)} --gitlab-report ${q(`${dir}/plan-report.json`)}`,
      ],
      artifacts: {
        when: 'always',
        expire_in: '1 week',
        // No plan.cache: the binary plan holds secrets in clear text; the apply job plans again.
        paths: [`${dir}/plan.json`, `${dir}/.terraform.lock.hcl`],
        reports: { terraform: `${dir}/plan-report.json` },
      },
    },
    [`apply:${name}`]: {
      stage: 'platform',
      image: ctx.image,
      needs: [{ job: 'generate', artifacts: true }, { job: `plan:${name}`, artifacts: true }],
      rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }],
      // A blocking manual job: the tenant triggers that need it wait until it has run (gitlab-org/gitlab#31264).
      allow_failure: false,
      ...(login !== undefined ? { id_tokens: { VAULT_ID_TOKEN: { aud: login.audience } } } : {}),
      resource_group: name,
      environment: { name, action: 'start' },
      ...variables,
      script: [
        ...JOB_PROLOGUE,
        `npx kommunal plan-guard ${q(`${dir}/plan.json`)} --stack ${q(`${dir}/cdk.tf.json`)} --fleet ${q(ctx.fleetFile)}`,
        ...(login !== undefined ? platformVaultLoginLines(login.mount, login.role) : []),
        ...applySteps(dir, (plan) => `npx kommunal plan-guard ${q(plan)} --stack ${q(`${dir}/cdk.tf.json`)} --fleet ${q(ctx.fleetFile)}`),
      ],
    },
  };
}

/** The variables every terraform job sets for the backend (http: GitLab's job token; s3: BACKEND_ENVIRONMENT). */
function backendJobVariables(backend: keyof typeof BACKEND_CREDENTIAL_ENV): Record<string, string> {
  return {
    ...(backend === 'http' ? { TF_HTTP_USERNAME: 'gitlab-ci-token', TF_HTTP_PASSWORD: '$CI_JOB_TOKEN' } : {}),
    ...BACKEND_ENVIRONMENT[backend],
  };
}

/**
 * The terraform steps of a plan job. `-chdir` instead of `cd`: the job stays in the project folder,
 * so later steps need neither `cd "$CI_PROJECT_DIR"` nor a correct CI_PROJECT_DIR (gitlab-ci-local
 * 4.72.0 sets it to /builds/... for jobs with an image even under --force-shell-executor,
 * src/job.ts `_predefinedVariables`).
 */
function planSteps(dir: string, stage?: CredentialStage): string[] {
  return [
    `npx kommunal env-check ${q(dir)}${stage === undefined ? '' : ` --stage ${stage}`}`,
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} init -input=false`,
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} plan -input=false -lock-timeout=10m -out=plan.cache`,
    // The plan JSON is only written redacted (every sensitive value replaced: lib/pipeline/redact-plan.ts):
    // it is kept as artifact. An empty input (show failed) fails the redaction.
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} show -json plan.cache | npx kommunal redact-plan - --out ${q(`${dir}/plan.json`)}`,
  ];
}

/** File of the apply job's own plan JSON (redacted), next to the reviewed `plan.json`. */
const APPLY_PLAN_JSON = 'plan.apply.json';

/**
 * The terraform steps of an apply job. The plan job's binary plan is no artifact (it holds the
 * values of sensitive attributes and data sources in clear text: docs/pipelines.md "Secrets and
 * artifacts"), so the apply job plans again, requires its plan's changes to equal the reviewed
 * plan's (`redact-plan --reviewed`: addresses, actions, before/after of every resource change),
 * guards it with `guard` (the plan guard command for the given plan JSON) and applies exactly
 * that plan file.
 */
function applySteps(dir: string, guard: (planJson: string) => string, stage?: CredentialStage): string[] {
  return [
    `npx kommunal env-check ${q(dir)}${stage === undefined ? '' : ` --stage ${stage}`}`,
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} init -input=false`,
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} plan -input=false -lock-timeout=10m -out=plan.cache`,
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} show -json plan.cache | npx kommunal redact-plan - --out ${q(`${dir}/${APPLY_PLAN_JSON}`)} --reviewed ${q(`${dir}/plan.json`)}`,
    guard(`${dir}/${APPLY_PLAN_JSON}`),
    `"$TF_TOOL" ${q(`-chdir=${dir}`)} apply -input=false -lock-timeout=10m plan.cache`,
  ];
}

/**
 * The tenant job's Vault login. `export VAULT_TOKEN="$(vault write …)"` would go on with an empty
 * token when the login fails: the exit status of `export` is 0 whatever its command substitution
 * returned (POSIX.1-2017 Shell Command Language 2.9.1: only a command without a command name takes
 * the status of its last command substitution). So the assignment stands alone (its status is the
 * login's, and GitLab runs bash job scripts with `set -eo pipefail`: gitlab-runner
 * shells/bash.go), an empty token stops the job as well, and only then is the token exported.
 */
export function vaultLoginLines(mount: string, role: string): string[] {
  return [
    `VAULT_TOKEN="$(vault write -field=token ${q(`auth/${mount}/login`)} ${q(`role=${role}`)} jwt="$VAULT_ID_TOKEN")"`,
    `test -n "$VAULT_TOKEN" || { echo ${q(`Vault login as ${role} returned no token`)} >&2; exit 1; }`,
    'export VAULT_TOKEN',
  ];
}

/** The platform jobs' Vault login: the CI mount, the ID token's audience and the two roles. */
interface PlatformLogin {
  readonly mount: string;
  readonly audience: string;
  readonly role: string;
  readonly planRole: string;
}

/**
 * The platform job's Vault login: the JWT login of {@link vaultLoginLines}, or, while the one-time
 * bootstrap token variable is set (the platform stack creates the roles, so its first run cannot
 * use them), that token, with a line in the job log that says so. Either way an empty token stops
 * the job before terraform runs.
 */
export function platformVaultLoginLines(mount: string, role: string): string[] {
  const [jwtLogin, ...rest] = vaultLoginLines(mount, role);
  const v = PLATFORM_BOOTSTRAP_TOKEN_VARIABLE;
  return [
    `if [ -n "\${${v}:-}" ]; then echo ${q(`Vault: using the one-time bootstrap token ${v} instead of the JWT role ${role}; remove the variable after the first platform apply`)} >&2; VAULT_TOKEN="$${v}"; else ${jwtLogin}; fi`,
    ...rest,
  ];
}

interface ChildContext {
  readonly fleetFile: string;
  readonly stacksDir: string;
  readonly image: string;
  readonly vault?: PipelineVaultLogin;
  readonly jobEnv: Readonly<Record<string, string>>;
  readonly stateBackend: keyof typeof BACKEND_CREDENTIAL_ENV;
}

function childPipeline(c: GeneratedChunk, tenants: ReadonlyMap<string, PipelineTenant>, ctx: ChildContext): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    stages: ['plan', 'apply'],
    // before_script and script run as one script (gitlab-org/gitlab lib/gitlab/ci/build/step.rb
    // `from_commands`: before_script + script), so the shell options hold for the job's script too.
    default: { image: ctx.image, interruptible: false, before_script: [...JOB_PROLOGUE] },
  };
  if (c.selected.length === 0) {
    doc['no-changes'] = { stage: 'plan', script: [`echo ${q(`no tenant of ${c.name} changed`)}`] };
    return doc;
  }
  const generated = { pipeline: '$PARENT_PIPELINE_ID', job: 'generate' };
  for (const key of c.selected) {
    const t = tenants.get(key) as PipelineTenant;
    const dir = `${ctx.stacksDir}/${key}`;
    // Plan and apply log in as different roles: the plan role reads only and accepts any branch, the
    // apply role writes and accepts only the protected default branch (docs/security.md).
    const login = ctx.vault && t.vaultRole ? vaultLoginLines(ctx.vault.mount, t.vaultRole) : [];
    const planLogin = ctx.vault && t.vaultRole ? vaultLoginLines(ctx.vault.mount, t.vaultPlanRole ?? t.vaultRole) : [];
    const common: Record<string, unknown> = {
      resource_group: `tenant-${key}`,
      variables: { TENANT: key, ...ctx.jobEnv },
      ...(ctx.vault && t.vaultRole ? { id_tokens: { VAULT_ID_TOKEN: { aud: ctx.vault.audience } } } : {}),
    };
    // --stack: the guard reads prevent_destroy from the synthesized stack (plan JSON has none).
    const guardOf = (planJson: string) => `npx kommunal plan-guard ${q(planJson)} --stack ${q(`${dir}/cdk.tf.json`)} --tenant ${q(key)} --fleet ${q(ctx.fleetFile)}`;
    const guard = guardOf(`${dir}/plan.json`);
    doc[`plan:${key}`] = {
      ...common,
      stage: 'plan',
      needs: [generated],
      // The environment (without deploying) puts the tenant into the ID token's `environment` claim,
      // which the tenant's Vault CI role binds in a fleet repository.
      environment: { name: `${CI_ENVIRONMENT_PREFIX}/${key}`, action: 'prepare' },
      script: [
        ...planLogin,
        // The plan job's own Proxmox token (read-only PVE user), never the apply jobs' token.
        `export PROXMOX_VE_API_TOKEN="\${${PLAN_PROXMOX_TOKEN_VARIABLE}:-}"`,
        // pg: the tenant's read-only state role, never the apply role's PG_CONN_STR (state-roles.ts).
        ...(ctx.stateBackend === 'pg' ? [`export PG_CONN_STR="\${${PLAN_PG_CONN_STR_VARIABLE}:-}"`] : []),
        ...planSteps(dir, 'plan'),
        `npx kommunal check --fleet ${q(ctx.fleetFile)} --tenant ${q(key)} --out ${q(`reports/compliance-${key}`)} || COMPLIANCE_FAILED=1`,
        `${guard} --gitlab-report ${q(`${dir}/plan-report.json`)}`,
        'test -z "${COMPLIANCE_FAILED:-}" || { echo "compliance check failed: see the test report"; exit 1; }',
      ],
      artifacts: {
        when: 'always',
        expire_in: '1 week',
        // No plan.cache: the binary plan holds secrets in clear text; the apply job plans again.
        paths: [`${dir}/plan.json`, `${dir}/.terraform.lock.hcl`],
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
      script: [guard, ...login, ...applySteps(dir, guardOf, 'apply')],
    };
  }
  return doc;
}
