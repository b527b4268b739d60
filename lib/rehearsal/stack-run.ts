/**
 * One stack through the pipeline's sequence, on real terraform: `init` (from the shadow mirror),
 * `validate`, `plan -out`, `show -json`, the plan guard on that real plan, `apply` of the saved
 * plan, and a second plan that must report no changes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { changeKind, parsePlanJson, PlanJson } from '../pipeline/plan-json';
import type { GuardReport } from '../pipeline/plan-guard';
import { RehearsalStepError, StepRecord, Workspace } from './workspace';

export interface PlanCounts {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly replace: number;
  readonly forget: number;
}

export interface StackRunOptions {
  /** Stop after the guard (no apply, no second plan). @default false */
  readonly planOnly?: boolean;
  /** Plan the destruction of every object of the stack (`plan -destroy`). @default false */
  readonly destroy?: boolean;
  /** The plan guard for this stack; a report that is not ok stops the stack before apply. */
  readonly guard?: (plan: PlanJson) => GuardReport;
  /**
   * Run `terraform validate` before the plan. The generated pipeline jobs do not (their plan
   * validates the configuration as part of planning, and fails with the same diagnostics); the
   * `rehearse` command does, so a rejected stack is reported at its own step. Each terraform command
   * starts both providers twice, so lifecycle scenarios that only assert on plans and applies skip
   * it. @default true
   */
  readonly validate?: boolean;
}

export interface StackRunResult {
  readonly stack: string;
  readonly ok: boolean;
  readonly counts: PlanCounts;
  /** The real plan (`terraform show -json`), parsed for the guard. */
  readonly plan?: PlanJson;
  /** The raw plan JSON as terraform printed it. */
  readonly planJsonFile?: string;
  readonly guard?: GuardReport;
  readonly applied: boolean;
  /** Addresses the second plan still wants to change (empty when it is clean). */
  readonly drift: readonly string[];
  readonly steps: readonly StepRecord[];
  /** Wall time of the stack and the part spent in terraform. */
  readonly ms: number;
  readonly terraformMs: number;
  /** The failed step and terraform's (or the guard's) text. */
  readonly failure?: { readonly step: string; readonly detail: string };
}

/** Counts the changes of a plan by kind (a replace counts once, as a replace). */
export function countChanges(plan: PlanJson): PlanCounts {
  const c = { create: 0, update: 0, delete: 0, replace: 0, forget: 0 };
  for (const r of plan.resourceChanges) {
    if (r.mode !== 'managed') continue;
    const k = changeKind(r.change.actions);
    if (k !== undefined && k !== 'none') c[k] += 1;
  }
  return c;
}

const NO_CHANGES: PlanCounts = { create: 0, update: 0, delete: 0, replace: 0, forget: 0 };

/** The files of a stack's saved plan in its working folder. */
export function planFiles(ws: Workspace, stack: string): { readonly plan: string; readonly json: string } {
  const dir = ws.stackDir(stack);
  return { plan: path.join(dir, 'rehearsal.tfplan'), json: path.join(dir, 'rehearsal.plan.json') };
}

/** The raw `terraform show -json` document of the stack's last saved plan. */
export function readRawPlan(ws: Workspace, stack: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(planFiles(ws, stack).json, 'utf8')) as Record<string, unknown>;
}

class Run {
  readonly t0 = Date.now();
  readonly steps: StepRecord[] = [];
  counts = NO_CHANGES;
  plan?: PlanJson;
  guard?: GuardReport;
  applied = false;
  drift: string[] = [];
  constructor(
    readonly ws: Workspace,
    readonly stack: string,
  ) {}

  result(failure?: { step: string; detail: string }): StackRunResult {
    return {
      stack: this.stack,
      ok: failure === undefined,
      counts: this.counts,
      ...(this.plan ? { plan: this.plan, planJsonFile: planFiles(this.ws, this.stack).json } : {}),
      ...(this.guard ? { guard: this.guard } : {}),
      applied: this.applied,
      drift: this.drift,
      steps: this.steps,
      ms: Date.now() - this.t0,
      terraformMs: this.steps.reduce((n, x) => n + x.ms, 0),
      ...(failure ? { failure } : {}),
    };
  }

  async planAndGuard(options: StackRunOptions): Promise<{ step: string; detail: string } | undefined> {
    const { ws, stack, steps } = this;
    const files = planFiles(ws, stack);
    await ws.step(stack, 'init', ['init', '-input=false', '-no-color'], [0], steps);
    if (options.validate !== false) await ws.step(stack, 'validate', ['validate', '-no-color'], [0], steps);
    const destroy = options.destroy ? ['-destroy'] : [];
    await ws.step(stack, 'plan', ['plan', '-input=false', '-no-color', '-lock-timeout=0s', ...destroy, `-out=${files.plan}`], [0], steps);
    const shown = await ws.step(stack, 'show', ['show', '-json', '-no-color', files.plan], [0], steps);
    fs.writeFileSync(files.json, shown.stdout);
    this.plan = parsePlanJson(shown.stdout, files.json);
    this.counts = countChanges(this.plan);
    if (options.guard) {
      this.guard = options.guard(this.plan);
      if (!this.guard.ok) {
        const lines = this.guard.decisions.filter((d) => d.verdict === 'rejected').map((d) => `REJECTED ${d.kind} ${d.address}: ${d.reasons.join('; ')}`);
        return { step: 'guard', detail: lines.join('\n') };
      }
    }
    return undefined;
  }

  /** After a destroy, the second plan is a destroy plan too: it must find nothing left. */
  async applyAndReplan(destroyed = false): Promise<{ step: string; detail: string } | undefined> {
    const { ws, stack, steps } = this;
    const files = planFiles(ws, stack);
    await ws.step(stack, 'apply', ['apply', '-input=false', '-no-color', '-auto-approve', '-lock-timeout=0s', files.plan], [0], steps);
    this.applied = true;
    const again = await ws.step(stack, 're-plan', ['plan', '-input=false', '-no-color', '-detailed-exitcode', '-lock-timeout=0s', ...(destroyed ? ['-destroy'] : []), `-out=${files.plan}.second`], [0, 2], steps);
    if (again.exitCode === 2) {
      const shownAgain = await ws.step(stack, 'show re-plan', ['show', '-json', '-no-color', `${files.plan}.second`], [0], steps);
      const second = parsePlanJson(shownAgain.stdout, `${files.json} (second plan)`);
      this.drift = second.resourceChanges
        .filter((r) => r.mode === 'managed' && !['none', undefined].includes(changeKind(r.change.actions)))
        .map((r) => `${r.change.actions.join(',')} ${r.address}`);
      return { step: 're-plan', detail: `the plan after apply is not empty:\n${this.drift.join('\n')}` };
    }
    return undefined;
  }
}

async function guarded(run: Run, body: () => Promise<{ step: string; detail: string } | undefined>): Promise<StackRunResult> {
  try {
    return run.result(await body());
  } catch (e) {
    if (e instanceof RehearsalStepError) return run.result({ step: e.step, detail: e.detail });
    throw e;
  }
}

/** init, validate, plan (saved in the stack's folder), show -json and the guard; no apply. */
export function planStack(ws: Workspace, stack: string, options: StackRunOptions = {}): Promise<StackRunResult> {
  const run = new Run(ws, stack);
  return guarded(run, () => run.planAndGuard(options));
}

/**
 * Applies the stack's saved plan (from planStack) and plans again, which must show no changes
 * (`destroyed`: the saved plan was a destroy plan, and the second plan is one too).
 */
export function applyStack(ws: Workspace, stack: string, destroyed = false): Promise<StackRunResult> {
  const run = new Run(ws, stack);
  return guarded(run, () => run.applyAndReplan(destroyed));
}

/** Runs the whole sequence for one stack whose working folder the workspace has prepared. */
export function runStack(ws: Workspace, stack: string, options: StackRunOptions = {}): Promise<StackRunResult> {
  const run = new Run(ws, stack);
  return guarded(run, async () => (await run.planAndGuard(options)) ?? (options.planOnly ? undefined : run.applyAndReplan(options.destroy)));
}
