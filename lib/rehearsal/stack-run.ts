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
  /** The plan guard for this stack; a report that is not ok stops the stack before apply. */
  readonly guard?: (plan: PlanJson) => GuardReport;
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

/** Runs the sequence for one stack whose working folder the workspace has prepared. */
export async function runStack(ws: Workspace, stack: string, options: StackRunOptions = {}): Promise<StackRunResult> {
  const t0 = Date.now();
  const steps: StepRecord[] = [];
  const dir = ws.stackDir(stack);
  let counts = NO_CHANGES;
  let plan: PlanJson | undefined;
  let guard: GuardReport | undefined;
  let applied = false;
  let drift: string[] = [];
  const planFile = path.join(dir, 'rehearsal.tfplan');
  const planJsonFile = path.join(dir, 'rehearsal.plan.json');
  const done = (failure?: { step: string; detail: string }): StackRunResult => ({
    stack,
    ok: failure === undefined,
    counts,
    ...(plan ? { plan, planJsonFile } : {}),
    ...(guard ? { guard } : {}),
    applied,
    drift,
    steps,
    ms: Date.now() - t0,
    terraformMs: steps.reduce((n, s) => n + s.ms, 0),
    ...(failure ? { failure } : {}),
  });
  try {
    await ws.step(stack, 'init', ['init', '-input=false', '-no-color'], [0], steps);
    await ws.step(stack, 'validate', ['validate', '-no-color'], [0], steps);
    await ws.step(stack, 'plan', ['plan', '-input=false', '-no-color', '-lock-timeout=0s', `-out=${planFile}`], [0], steps);
    const shown = await ws.step(stack, 'show', ['show', '-json', '-no-color', planFile], [0], steps);
    fs.writeFileSync(planJsonFile, shown.stdout);
    plan = parsePlanJson(shown.stdout, planJsonFile);
    counts = countChanges(plan);
    if (options.guard) {
      guard = options.guard(plan);
      if (!guard.ok) {
        const lines = guard.decisions.filter((d) => d.verdict === 'rejected').map((d) => `REJECTED ${d.kind} ${d.address}: ${d.reasons.join('; ')}`);
        return done({ step: 'guard', detail: lines.join('\n') });
      }
    }
    if (options.planOnly) return done();
    await ws.step(stack, 'apply', ['apply', '-input=false', '-no-color', '-auto-approve', '-lock-timeout=0s', planFile], [0], steps);
    applied = true;
    const again = await ws.step(stack, 're-plan', ['plan', '-input=false', '-no-color', '-detailed-exitcode', '-lock-timeout=0s', `-out=${planFile}`], [0, 2], steps);
    if (again.exitCode === 2) {
      const shownAgain = await ws.step(stack, 'show re-plan', ['show', '-json', '-no-color', planFile], [0], steps);
      const second = parsePlanJson(shownAgain.stdout, `${planJsonFile} (second plan)`);
      drift = second.resourceChanges.filter((r) => r.mode === 'managed' && !['none', undefined].includes(changeKind(r.change.actions))).map((r) => `${r.change.actions.join(',')} ${r.address}`);
      return done({ step: 're-plan', detail: `the plan after apply is not empty:\n${drift.join('\n')}` });
    }
    return done();
  } catch (e) {
    if (e instanceof RehearsalStepError) return done({ step: e.step, detail: e.detail });
    throw e;
  }
}
