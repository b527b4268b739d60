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
import { checkFleetWithTenants, LoadedFleet, LoadedKommune } from '../config/load';
import type { SuppressionProblemSite } from '../compliance/check';
import type { ConstructProblem } from '../core/errors';
import { propSources } from '../config/prop-sources';
import { SECRET_PATTERNS } from '../compliance/rules/sec-1-no-secret-literals';
import { formatPath, formatProblem, isValidationError, Problem } from '../config/problems';
import { hasField, type PathSegment } from '../config/source';
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
  /** Run date that tenant-file approvals must not have expired before (`validate`). @default - not evaluated */
  readonly date?: string;
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

/** Where a failed stack's problem belongs when nothing more specific is known. */
function fallbackSite(fleet: LoadedFleet, tenant: LoadedKommune | undefined): Omit<Problem, 'message'> {
  return tenant !== undefined ? { ...tenant.position(['key']), path: 'key' } : { ...fleet.position([]), path: '' };
}

/**
 * The parameter behind a construct's prop: the first candidate (lib/config/prop-sources.ts) present
 * in its file. A value of fleet.yaml that a tenant's stack refused says which tenant inherits it.
 */
function propProblem(fleet: LoadedFleet, tenant: LoadedKommune | undefined, stackName: string, p: ConstructProblem): Problem {
  const where = `${p.construct} prop ${p.path}`;
  const sites = propSources(p.construct, p.path);
  // A prop that is a parameter 1:1 and is missing (e.g. a required backend setting) is named as that
  // field, at the position of its parent.
  const exact = sites[0] !== undefined && formatPath(sites[0].path) === p.path ? sites[0] : undefined;
  for (const site of sites) {
    const file = site.file === 'tenant' ? tenant : fleet;
    if (file === undefined || !hasField(file.data, site.path)) continue;
    const missing = exact !== undefined && site !== exact && site.file === exact.file && site.path.every((seg, i) => exact.path[i] === seg);
    const path = formatPath(missing ? exact.path : site.path);
    const inherited = site.file === 'fleet' && tenant !== undefined ? `; tenant "${stackName}" inherits it from fleet.yaml` : '';
    const named = path === p.path ? '' : ` (${where})`;
    return { ...file.position(site.path), path, message: `${p.message}${named}${inherited}` };
  }
  return { ...fallbackSite(fleet, tenant), message: `stack "${stackName}" failed: ${where}: ${p.message}` };
}

/** A suppression problem of the rule pack: a tenant file's suppression at its field, else at the fallback. */
function suppressionProblem(fleet: LoadedFleet, tenant: LoadedKommune | undefined, stackName: string, s: SuppressionProblemSite): Problem {
  const id = /^suppressions\.(.+)$/.exec(s.origin)?.[1];
  if (tenant !== undefined && s.source === 'tenant-file' && id !== undefined && hasField(tenant.data, ['suppressions', id])) {
    const at: PathSegment[] = ['suppressions', id, s.field ?? 'rule'];
    return { ...tenant.position(at), path: formatPath(at), message: `${s.text} (compliance rule pack, stack "${stackName}")` };
  }
  return { ...fallbackSite(fleet, tenant), message: `stack "${stackName}" failed: suppression ${s.origin} (${s.source}): ${s.text}` };
}

/** KOM-SEC-1 findings of a tenant stack: each parameter value that looks like a secret (the rule's own patterns). */
function secretProblems(tenant: LoadedKommune, stackName: string): Problem[] {
  return stringsOf(tenant.data).flatMap((v) => {
    const hit = SECRET_PATTERNS.find((p) => p.re.test(v.text));
    return hit === undefined ? [] : [{
      ...tenant.position(v.path),
      path: formatPath(v.path),
      message: `looks like a secret (${hit.name}) and would be written into the stack "${stackName}" (compliance rule KOM-SEC-1); secrets never go in parameter files`,
    }];
  });
}

/** Drops repeated problems (same place, same text): each is reported once. */
function once(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = formatProblem(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Failed stacks as problems, positioned from the failure's data (never from its text): a
 * construct's refused prop at the parameter that supplied it (tenant file or fleet.yaml), a
 * suppression problem of the rule pack at the tenant file's suppression, a KOM-SEC-1 finding at each
 * secret-looking value; anything else at the tenant file's key (the platform stack: at fleet.yaml),
 * with the stack's message.
 */
function stackProblems(fleet: LoadedFleet, e: StackSynthesisError): Problem[] {
  const tenant = fleet.tenants.find((t) => t.data.key === e.stackName);
  const detail = e.detail;
  const out: Problem[] = [];
  if (detail?.props !== undefined) out.push(...detail.props.map((p) => propProblem(fleet, tenant, e.stackName, p)));
  if (detail?.compliance !== undefined) {
    out.push(...detail.compliance.suppressions.map((s) => suppressionProblem(fleet, tenant, e.stackName, s)));
    const findings = detail.compliance.findings;
    const secrets = tenant !== undefined && findings.some((f) => f.rule === 'KOM-SEC-1') ? secretProblems(tenant, e.stackName) : [];
    out.push(...secrets);
    for (const f of findings) {
      if (f.rule === 'KOM-SEC-1' && secrets.length > 0) continue;
      out.push({ ...fallbackSite(fleet, tenant), message: `stack "${e.stackName}" failed compliance rule ${f.rule}${f.address !== undefined ? ` at ${f.address}` : ''}: ${f.message}` });
    }
  }
  if (out.length > 0) return once(out);
  return [{ ...fallbackSite(fleet, tenant), message: `stack "${e.stackName}" failed: ${stackFailureMessage(e)}` }];
}

/**
 * Runs every check of a fleet and, without `dryRun`, renders it into `outdir`. Never throws for a
 * user error (those are returned as problems); real bugs propagate.
 */
export async function runFleetPipeline(io: CliIo, o: FleetRunOptions): Promise<FleetRunOutcome> {
  const check = checkFleetWithTenants(o.fleetFile, { displayRoot: io.cwd, ...(o.date !== undefined ? { date: o.date } : {}) });
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
 * A stack that failed to synthesize, reported as the fleet pipeline reports it: at the parameter
 * behind the refused prop, suppression or secret-looking value, else at its tenant file's `key`
 * (at fleet.yaml for the platform).
 */
export function reportStackFailure(io: CliIo, model: FleetModel, e: StackSynthesisError): void {
  reportProblems(io, stackProblems(model.fleet, e), 1);
}
