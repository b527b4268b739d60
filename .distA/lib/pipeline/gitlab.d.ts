import { BACKEND_CREDENTIAL_ENV } from '../blueprint/state-backend';
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
export declare const PIPELINE_DEFAULTS: {
    /**
     * Tenants per child pipeline. Two jobs per tenant (plan, apply) make 400 jobs, below the lowest
     * per-pipeline job limit we know to be configured in practice (500, GitLab.com's free plan value
     * of `ci_pipeline_size`); self-managed GitLab has no limit by default (0).
     */
    readonly chunkSize: 200;
    readonly tool: TfTool;
    readonly outDir: "pipelines";
    /** CI/CD variable holding the job image (node, tofu or terraform, vault CLI). */
    readonly image: "$KOMMUNAL_CI_IMAGE";
    readonly parentFile: "parent.gitlab-ci.yml";
};
/** GitLab's `ci_pipeline_size` value on GitLab.com's free plan; the chunk size is checked against it. */
export declare const JOBS_PER_PIPELINE_LIMIT = 500;
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
    readonly parent: {
        readonly file: string;
        readonly text: string;
    };
    /** Child pipeline files by path (relative to the repository root). */
    readonly children: Readonly<Record<string, string>>;
    readonly chunks: readonly GeneratedChunk[];
}
/** Bad generator input (unknown tenant, bad chunk size): one message per problem. */
export declare class PipelineInputError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/** Name of the chunk of an allocation number. */
export declare function chunkName(index: number): string;
/** The chunk index of a tenant (stable: numbers are never reused). */
export declare function chunkIndex(number: number, chunkSize: number): number;
/** Generates the parent and child pipelines. @throws PipelineInputError */
export declare function generateGitlabPipelines(options: GitlabPipelineOptions): GeneratedPipelines;
