/**
 * Validation errors of constructs (STYLE 7): all problems of one construct are collected and thrown
 * together, before any child is created. Each problem names the prop path, the bad value and what
 * is allowed.
 */

/** One problem with a construct's props. */
export interface PropProblem {
  /** Prop path, e.g. `segments.servers.cidr`. */
  readonly path: string;
  /** What is wrong and what is allowed, including the bad value. */
  readonly message: string;
}

/**
 * One problem of a construct as plain data (it crosses process and thread boundaries with a failed
 * synthesis): which construct, where in the tree, which prop and what is wrong. The CLI maps the
 * construct's prop path back to the parameter that supplied the value (lib/config/prop-sources.ts).
 */
export interface ConstructProblem extends PropProblem {
  /** Construct class, e.g. `TenantFirewall`. */
  readonly construct: string;
  /** Construct path, e.g. `musterstadt/Firewall`. */
  readonly constructPath: string;
}

/** Thrown by a construct whose props are invalid; lists every problem. */
export class PropsValidationError extends Error {
  public readonly problems: readonly PropProblem[];
  /** Construct class that refused its props, e.g. `TenantFirewall`. */
  public readonly constructName: string;
  /** Construct path, e.g. `musterstadt/Firewall`. */
  public readonly constructPath: string;
  public constructor(constructName: string, constructPath: string, problems: readonly PropProblem[]) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}`);
    super(`${constructName} at ${constructPath} has ${problems.length} invalid prop${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'PropsValidationError';
    this.problems = problems;
    this.constructName = constructName;
    this.constructPath = constructPath;
  }

  /** The problems with their construct, as plain data. */
  public constructProblems(): ConstructProblem[] {
    return this.problems.map((p) => ({ construct: this.constructName, constructPath: this.constructPath, path: p.path, message: p.message }));
  }
}

/** Type guard that also works across module copies (dist vs. lib). */
export function isPropsValidationError(e: unknown): e is PropsValidationError {
  return e instanceof PropsValidationError
    || (e instanceof Error && e.name === 'PropsValidationError' && Array.isArray((e as { problems?: unknown }).problems) && typeof (e as { constructName?: unknown }).constructName === 'string');
}

/** Collects problems; `throwIfAny` throws one PropsValidationError listing them all. */
export class ProblemCollector {
  private readonly problems: PropProblem[] = [];

  public add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Adds a problem when `ok` is false. */
  public check(ok: boolean, path: string, message: string): void {
    if (!ok) this.add(path, message);
  }

  public get count(): number {
    return this.problems.length;
  }

  public throwIfAny(constructName: string, constructPath: string): void {
    if (this.problems.length > 0) throw new PropsValidationError(constructName, constructPath, this.problems);
  }
}

export { show } from './display';
