/**
 * Which tenants a change touches (`kommunal pipeline --changed-since <ref>`), from the files that
 * changed since a Git ref:
 *
 * - a tenant file (`<tenants folder>/<key>.yaml`) added or modified: that tenant;
 * - the lockfile: the tenants whose entries differ (a zone type change: all tenants);
 * - another YAML, TypeScript, JavaScript or JSON file directly in the fleet folder (fleet.yaml,
 *   main.ts, cdktf.json; not dotfiles): all tenants, since platform settings and the app reach
 *   every stack;
 * - package.json or package-lock.json at the repository root: all tenants, since a new version of
 *   kommunal-cdk or a provider binding can change every stack;
 * - a removed tenant file: reported, not planned (its spec is gone; offboard with
 *   `state: decommissioning` instead of deleting the file).
 *
 * Other files (docs, READMEs, the generated pipelines) do not select tenants.
 * Pure: the Git access is in git.ts.
 */
import * as path from 'path';
import type { LockFile } from '../model/parameters';

export interface ChangeInput {
  /** Changed files, relative to the repository root, with `/` separators. */
  readonly changedFiles: readonly string[];
  /** Fleet file relative to the repository root. */
  readonly fleetFile: string;
  /** Tenants folder relative to the repository root. */
  readonly tenantsDir: string;
  /** Lockfile relative to the repository root. */
  readonly lockFile: string;
  /** Current tenant keys. */
  readonly tenants: readonly string[];
  /** The lockfile now and at the ref (undefined when absent). */
  readonly lockNow?: LockFile;
  readonly lockThen?: LockFile;
}

export interface ChangeSelection {
  /** Tenants to plan, sorted. */
  readonly tenants: readonly string[];
  /** Why every tenant is selected, when it is. */
  readonly allBecause?: string;
  /** Tenant files removed since the ref (keys). */
  readonly removed: readonly string[];
}

const PACKAGE_FILES = new Set(['package.json', 'package-lock.json']);

/** Lock entries that differ between two lockfiles (added, removed or changed), by tenant key. */
export function changedLockEntries(now: LockFile | undefined, then: LockFile | undefined): { all: boolean; keys: string[] } {
  if (!now || !then) return { all: true, keys: [] };
  if (now.zoneType !== then.zoneType) return { all: true, keys: [] };
  const keys = new Set([...Object.keys(now.tenants), ...Object.keys(then.tenants)]);
  return { all: false, keys: [...keys].filter((k) => JSON.stringify(now.tenants[k]) !== JSON.stringify(then.tenants[k])).sort() };
}

/** Selects the tenants a set of changed files touches. */
export function selectChangedTenants(input: ChangeInput): ChangeSelection {
  const known = new Set(input.tenants);
  const selected = new Set<string>();
  const removed = new Set<string>();
  let allBecause: string | undefined;
  const norm = (p: string) => path.posix.normalize(p).replace(/^\.\//, '').replace(/\/$/, '').replace(/^\.$/, '');
  const fleetFile = norm(input.fleetFile);
  const fleetDir = path.posix.dirname(fleetFile) === '.' ? '' : path.posix.dirname(fleetFile);
  const tenantsDir = norm(input.tenantsDir);
  const lockFile = norm(input.lockFile);
  for (const raw of [...input.changedFiles].sort()) {
    const file = norm(raw);
    if (PACKAGE_FILES.has(file)) {
      allBecause ??= `${file} changed (a new kommunal-cdk or provider version can change every stack)`;
      continue;
    }
    if (file === fleetFile) {
      allBecause ??= `${file} changed (platform settings reach every tenant)`;
      continue;
    }
    if (file === lockFile) {
      const diff = changedLockEntries(input.lockNow, input.lockThen);
      if (diff.all) allBecause ??= `${file} changed its zone type or was added or removed`;
      for (const k of diff.keys) if (known.has(k)) selected.add(k);
      continue;
    }
    if (/\.ya?ml$/.test(file) && path.posix.dirname(file) === (tenantsDir === '' ? '.' : tenantsDir)) {
      const key = path.posix.basename(file).replace(/\.ya?ml$/, '');
      if (known.has(key)) selected.add(key);
      else removed.add(key);
      continue;
    }
    const base = path.posix.basename(file);
    if (path.posix.dirname(file) === (fleetDir === '' ? '.' : fleetDir) && !base.startsWith('.') && /\.(ya?ml|ts|js|json)$/.test(base)) {
      allBecause ??= `${file} changed (fleet settings and the app reach every tenant)`;
    }
  }
  const tenants = allBecause !== undefined ? [...known].sort() : [...selected].sort();
  return { tenants, ...(allBecause !== undefined ? { allBecause } : {}), removed: [...removed].sort() };
}
