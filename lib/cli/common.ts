/**
 * Helpers shared by the commands that run over a fleet (synth, rehearse): tenant selection by Git
 * changes, the progress display and the way paths and durations are shown.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SingleBar as SingleBarType } from 'cli-progress';
import { parseLockFile } from '../allocation/lockfile';
import { selectChangedTenants } from '../pipeline/changed';
import { didYouMean } from '../core/did-you-mean';
import { MSG } from '../config/messages';
import { changedFilesSince, fileAtRef, gitTopLevel, GitRefError } from '../pipeline/git';
import { CliIo, resolvePath, UsageError } from './io';

export function progressAllowed(json: boolean | undefined): boolean {
  return !json && process.stderr.isTTY === true && process.env.CI !== 'true';
}

export function posix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Tenants touched by the Git changes since `ref` (lib/pipeline), restricted to the fleet. */
export function changedSince(ref: string, fleetFile: string, tenantsDir: string, lockPath: string, tenants: readonly string[]): { tenants: string[]; note: string } {
  const top = gitTopLevel(path.dirname(fleetFile));
  const changedFiles = changedFilesSince(top, ref);
  const rel = (p: string) => posix(path.relative(top, p));
  const lockThenText = fileAtRef(top, ref, rel(lockPath));
  const lockNow = fs.existsSync(lockPath) ? parseLockFile(fs.readFileSync(lockPath, 'utf8'), lockPath) : undefined;
  const lockThen = lockThenText !== undefined ? parseLockFile(lockThenText, `${ref}:${rel(lockPath)}`) : undefined;
  const sel = selectChangedTenants({ changedFiles, fleetFile: rel(fleetFile), tenantsDir: rel(tenantsDir), lockFile: rel(lockPath), tenants, lockNow, lockThen });
  const note = sel.allBecause !== undefined ? `every tenant: ${sel.allBecause}` : `${sel.tenants.length} tenant${sel.tenants.length === 1 ? '' : 's'} changed since ${ref}`;
  return { tenants: [...sel.tenants], note };
}

/** {@link changedSince} for a command: a Git ref that cannot be read is a usage error (exit 2). */
export function changedSinceForCommand(ref: string, fleetFile: string, tenantsDir: string, lockPath: string, tenants: readonly string[]): { tenants: string[]; note: string } {
  try {
    return changedSince(ref, fleetFile, tenantsDir, lockPath, tenants);
  } catch (e) {
    if (e instanceof GitRefError) throw new UsageError(e.message);
    throw e;
  }
}

/** Prints one "unknown tenant" line (with did-you-mean) per key of `unknown`; true when there was any. */
export function reportUnknownTenants(io: CliIo, unknown: readonly string[], keys: readonly string[], fleetFile: string): boolean {
  for (const k of unknown) io.stderr(`kommunal: ${MSG.unknownTenant(k, fleetFile, keys, didYouMean(k, keys))}\n`);
  return unknown.length > 0;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** cli-progress, loaded only when a progress bar is shown (a terminal, no --json). */
export function loadProgressBar(): typeof SingleBarType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('cli-progress') as { SingleBar: typeof SingleBarType }).SingleBar;
}

/**
 * A synthesized stack named on the command line: a stack folder (`cdktf.out/stacks/<name>`, whose
 * `cdk.tf.json` is read) or the `cdk.tf.json` itself. A missing file or one that is not JSON is a
 * usage error naming the argument.
 */
export function readStackArgument(io: CliIo, arg: string): { readonly file: string; readonly json: unknown } {
  const p = resolvePath(io, arg);
  const file = fs.existsSync(p) && fs.statSync(p).isDirectory() ? path.join(p, 'cdk.tf.json') : p;
  if (!fs.existsSync(file)) throw new UsageError(`no synthesized stack at ${arg} (expected a folder with cdk.tf.json; run "kommunal synth" first)`);
  try {
    return { file, json: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (e) {
    throw new UsageError(`${arg}: not a synthesized stack (cdk.tf.json is not JSON: ${(e as Error).message})`);
  }
}
