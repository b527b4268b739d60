/**
 * One batch of the fast fleet synthesis: a fresh App in which the batch's stacks are built and
 * synthesized one at a time with the single-pass resolver, each removed and its tokens released
 * afterwards, so that a long-lived worker keeps flat memory. Runs in a worker process, a worker
 * thread or inline (same code in all three).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, StackManifest, TerraformResource, TerraformStack } from 'cdktf';
import type { TenantSpec } from '../../model/spec';
import { PLATFORM_STACK_NAME } from '../../blueprint/fleet';
import { KommuneStack } from '../../blueprint/kommune-stack';
import type { PlatformSpec } from '../../blueprint/platform-spec';
import { PlatformStack, platformStacksOf } from '../../blueprint/platform-stack';
import { stackFailureDetail, type StackFailureDetail } from '../../blueprint/stack-failure';
import { markTokens, releaseTokensSince, synthesizeSelfContainedStacks, withTokenStackTracesDisabled } from './cdktf-internals';

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

export type { StackFailureDetail } from '../../blueprint/stack-failure';

/** A stack of a batch failed to build or synthesize (a construct's props, the compliance rule pack, ...). */
export class StackSynthesisError extends Error {
  /** The failing stack: a tenant key or `platform`. */
  public readonly stackName: string;
  /** The failure as data, when it is a construct's props or the compliance rule pack. */
  public readonly detail?: StackFailureDetail;
  public constructor(stackName: string, message: string, detail?: StackFailureDetail) {
    super(message);
    this.name = 'StackSynthesisError';
    this.stackName = stackName;
    if (detail !== undefined) this.detail = detail;
  }
}

/** The outcome of a batch. */
export interface BatchResult {
  readonly stacks: readonly StackResult[];
}

function countResources(stack: TerraformStack): number {
  let n = 0;
  const visit = (c: { node: { children: readonly unknown[] } }): void => {
    if (TerraformResource.isTerraformResource(c)) n += 1;
    for (const child of c.node.children) visit(child as typeof c);
  };
  visit(stack);
  return n;
}

/**
 * Synthesizes one batch into `job.outdir/stacks/<name>/cdk.tf.json`. Throws on the first failing
 * stack. Stacks are built and synthesized one at a time in the batch's App and removed from it
 * (their tokens released) right after: a tenant's objects die young, so the garbage collector
 * frees them cheaply instead of promoting a whole batch to the old generation.
 */
export function synthBatch(job: BatchJob): BatchResult {
  return withTokenStackTracesDisabled(() => {
    const mark = markTokens();
    try {
      const app = new App({ outdir: job.outdir, stackTraces: false });
      const out: StackResult[] = [];
      const one = (name: string, build: () => TerraformStack): void => {
        const before = markTokens();
        let stack: TerraformStack;
        try {
          stack = build();
        } catch (e) {
          releaseTokensSince(before);
          throw new StackSynthesisError(name, e instanceof Error ? e.message : String(e), stackFailureDetail(e));
        }
        try {
          const [entry] = synthesizeSelfContainedStacks(app, [stack]);
          out.push({
            name: stack.node.id,
            manifest: entry,
            resources: countResources(stack),
            bytes: fs.statSync(path.join(job.outdir, entry.synthesizedStackPath)).size,
          });
        } catch (e) {
          throw new StackSynthesisError(name, e instanceof Error ? e.message : String(e), stackFailureDetail(e, stack));
        } finally {
          app.node.tryRemoveChild(stack.node.id);
          releaseTokensSince(before);
        }
      };
      // In a fleet with clusters the platform job also builds each cluster's platform stack.
      if (job.platformStack) {
        for (const s of platformStacksOf(job.platform)) {
          one(s.name, () => new PlatformStack(app, s.name, { platform: job.platform, ...(s.cluster !== undefined ? { cluster: s.cluster } : {}) }));
        }
      }
      for (const spec of [...job.specs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
        one(spec.key, () => new KommuneStack(app, spec.key, { spec, platform: job.platform, recordedBlueprintVersion: job.recordedBlueprint?.[spec.key] }));
      }
      return { stacks: out };
    } finally {
      releaseTokensSince(mark);
    }
  });
}
