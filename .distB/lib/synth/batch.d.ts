import { StackManifest } from 'cdktf';
import type { TenantSpec } from '../config/spec';
import type { PlatformSpec } from '../blueprint/platform-spec';
/** What a batch synthesizes. Plain data (crosses process and thread boundaries). */
export interface BatchJob {
    /** Output directory (the App outdir; must exist). */
    readonly outdir: string;
    readonly platform: PlatformSpec;
    /** Also synthesize the platform stack. */
    readonly platformStack: boolean;
    /** Tenants of the batch. */
    readonly specs: readonly TenantSpec[];
    /** Recorded blueprint versions of the batch's tenants that are not current (recordedBlueprintFor). */
    readonly recordedBlueprint?: Readonly<Record<string, number>>;
}
/** One synthesized stack. */
export interface StackResult {
    /** Stack name (tenant key or `platform`). */
    readonly name: string;
    /** cdktf's manifest entry of the stack. */
    readonly manifest: StackManifest;
    /** Terraform resources in the stack (data sources not counted). */
    readonly resources: number;
    /** Size of cdk.tf.json in bytes. */
    readonly bytes: number;
}
/** The outcome of a batch. */
export interface BatchResult {
    readonly stacks: readonly StackResult[];
}
/**
 * Synthesizes one batch into `job.outdir/stacks/<name>/cdk.tf.json`. Throws on the first failing
 * stack. Stacks are built and synthesized one at a time in the batch's App and removed from it
 * (their tokens released) right after: a tenant's objects die young, so the garbage collector
 * frees them cheaply instead of promoting a whole batch to the old generation.
 */
export declare function synthBatch(job: BatchJob): BatchResult;
