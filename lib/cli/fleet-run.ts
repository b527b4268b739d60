/**
 * The one check pipeline of `kommunal validate` and `kommunal synth` for a whole fleet: parameter
 * files (YAML, schema, semantic and fleet rules), the lock (format, consistency, retired numbers),
 * allocation and resolution, then every stack built and synthesized (every construct's props
 * validation and the compliance rule pack). `validate` stops there and writes nothing; `synth`
 * renders the same run into its output folder and only then writes the lock.
 *
 * Every user error comes back as positioned problems (`file:line:column path: message`), reported
 * by `reportProblems` (lib/cli/report.ts) the same way for both commands.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FleetModel, modelOfLoadedFleet } from '../blueprint/fleet';
import { LOCKFILE_NAME } from '../allocation/lockfile';
import { checkFleetWithTenants, LoadedFleet } from '../config/load';
import { SECRET_PATTERNS } from '../compliance/rules/sec-1-no-secret-literals';
import { formatPath, isValidationError, Problem } from '../config/problems';
import type { PathSegment } from '../config/source';
import { FleetSynthOptions, FleetSynthResult, StackSynthesisError, synthFleet } from '../synth/synth-fleet';
import type { CliIo } from './io';
import { reportProblems } from './report';

/** What one run of the pipeline found. */
export interface FleetRunOutcome {
  /** Problems, sorted; empty when the fleet passed every check. */
  readonly problems: readonly Problem[];
  /** Files the run read: fleet.yaml, tenant files and the lock when present (absolute paths). */
  readonly files: readonly string[];
  /** The resolved fleet, when parameter files, lock and resolution passed. */
  readonly model?: FleetModel;
  /** The synthesis result, when every stack passed. */
  readonly result?: FleetSynthResult;
}

/** Options of {@link runFleetPipeline}. */
export interface FleetRunOptions {
  /** Absolute path of fleet.yaml. */
  readonly fleetFile: string;
  /** Output folder whose input hashes decide which stacks are built (written only without dryRun). */
  readonly outdir?: string;
  /** Check only: nothing is written. */
  readonly dryRun: boolean;
  /** Passed on to synthFleet. */
  readonly synth?: Partial<Pick<FleetSynthOptions, 'force' | 'jobs' | 'runner' | 'onProgress'>>;
  /**
   * Picks the tenants to render once the fleet is resolved (e.g. `--changed-since`); the platform
   * stack is then not rendered.
   * @default - every tenant and the platform stack
   */
  readonly select?: (model: FleetModel) => readonly string[] | undefined;
}

/**
 * Text of a failed stack as the user should read it: cdktf's advice to pass `skipValidation`
 * (which would hide the vetted checks) is dropped, and construct paths are kept as context.
 * The wrapping texts are those of cdktf 0.21.0, lib/errors.js (installed package, read here):
 * `stackValidationFailure` (lines 149-152: "Validation failed with the following errors:" ...
 * "If you wish to ignore these validations, pass 'skipValidation: true' ...") and
 * `appValidationFailure` (lines 14-17: "App-level validation failed ...", "Validations allow for
 * dynamic verification of your project.", "To skip validations, add 'skipValidation: true' ...").
 */
export function stackFailureMessage(e: StackSynthesisError): string {
  return e.message
    .split('\n')
    .filter((l) => !/skipValidation|If you wish to ignore|^\s*(App-level )?validation failed with the following errors:\s*$|^\s*Validations allow for dynamic verification/i.test(l))
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('; ');
}

/** Every string value of a parameter file with its field path. */
function stringsOf(value: unknown, at: PathSegment[] = [], out: { path: PathSegment[]; text: string }[] = []): { path: PathSegment[]; text: string }[] {
  if (typeof value === 'string') out.push({ path: at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsOf(v, [...at, k], out);
  return out;
}

/**
 * Failed stacks as problems. A tenant stack that failed KOM-SEC-1 because a parameter value looks
 * like a secret (the rule's own patterns) is reported at each such value; any other failure at the
 * tenant file's key (the platform stack: at fleet.yaml), with the stack's message.
 */
function stackProblems(fleet: LoadedFleet, e: StackSynthesisError): Problem[] {
  const tenant = fleet.tenants.find((t) => t.data.key === e.stackName);
  if (tenant !== undefined && /\bKOM-SEC-1\b/.test(e.message)) {
    const secrets = stringsOf(tenant.data).flatMap((v) => {
      const hit = SECRET_PATTERNS.find((p) => p.re.test(v.text));
      return hit === undefined ? [] : [{
        ...tenant.position(v.path),
        path: formatPath(v.path),
        message: `looks like a secret (${hit.name}) and would be written into the stack "${e.stackName}" (compliance rule KOM-SEC-1); secrets never go in parameter files`,
      }];
    });
    if (secrets.length > 0) return secrets;
  }
  const pos = tenant !== undefined ? tenant.position(['key']) : fleet.position([]);
  return [{ ...pos, path: tenant !== undefined ? 'key' : '', message: `stack "${e.stackName}" failed: ${stackFailureMessage(e)}` }];
}

/**
 * Runs every check of a fleet and, without `dryRun`, renders it into `outdir`. Never throws for a
 * user error (those are returned as problems); real bugs propagate.
 */
export async function runFleetPipeline(io: CliIo, o: FleetRunOptions): Promise<FleetRunOutcome> {
  const check = checkFleetWithTenants(o.fleetFile, { displayRoot: io.cwd });
  const files = [...check.files];
  if (!check.fleet) return { problems: check.problems, files };
  const fleet = check.fleet;
  const lockPath = path.join(fleet.dir, LOCKFILE_NAME);
  if (fs.existsSync(lockPath)) files.push(lockPath);
  let model: FleetModel;
  try {
    model = modelOfLoadedFleet(fleet, { displayRoot: io.cwd });
  } catch (e) {
    if (isValidationError(e)) return { problems: e.problems, files };
    throw e;
  }
  const outdir = o.outdir ?? path.join(fleet.dir, 'cdktf.out');
  try {
    const tenants = o.select?.(model);
    const result = await synthFleet({ model, outdir, tenants, platform: tenants === undefined, dryRun: o.dryRun, ...(o.synth ?? {}) });
    return { problems: [], files, model, result };
  } catch (e) {
    if (e instanceof StackSynthesisError) return { problems: stackProblems(fleet, e), files, model };
    throw e;
  }
}

/**
 * A stack that failed to synthesize, reported as the fleet pipeline reports it (at the parameter
 * that looks like a secret, else at its tenant file's `key`, or at fleet.yaml for the platform).
 */
export function reportStackFailure(io: CliIo, model: FleetModel, e: StackSynthesisError): void {
  reportProblems(io, stackProblems(model.fleet, e), 1);
}
