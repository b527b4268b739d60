/**
 * A light fleet load for synthesizing a few named tenants (`kommunal synth --tenant X`): fleet.yaml,
 * the named tenant files, the set of tenant keys (file names) and the named tenants' entries of the
 * lock, instead of validating and resolving all tenant files and the whole lock (1.3 s for 2,301
 * tenants, 7 s for 10,793).
 *
 * Why the result equals the full load for the named tenants: a TenantSpec is a function of
 * fleet.yaml, the tenant file and the tenant's lock entry (resolveTenant), and allocation of a
 * tenant that is already in the lock depends only on its request and its own entry (new segments
 * go into its own block). The light load therefore allocates each named tenant against a lock that
 * holds only its own entry and requires that nothing changes; anything else falls back to the full
 * load (`partial: false`):
 *
 * - the lock is absent, not in the canonical layout written by serializeLockFile, or a named tenant
 *   is not (or more than once) in it, or retired there;
 * - allocation would change a named tenant's entry (new segment, size change, …);
 * - fleet.yaml or a named tenant file has a problem, or a `.yml` file is in the tenants folder (the
 *   full load reports these with file:line:column);
 * - a named tenant has no `<key>.yaml` file.
 *
 * What the light load does NOT check (the full load and `kommunal validate` do): the other tenant
 * files and lock entries, and cross-file rules that need their content (one AGS in two files).
 */
import * as fs from 'fs';
import * as path from 'path';
import { LOCK_SEAL_PREFIX, LOCKFILE_NAME, lockTextMatchesSeal, parseLockFile, serializeUnsealedLockFile } from '../allocation/lockfile';
import { FleetModel, loadFleetModel, LoadFleetModelOptions } from '../blueprint/fleet';
import { resolvePlatform } from '../blueprint/resolve-platform';
import * as D from '../model/defaults';
import { checkFleetFile, checkKommuneFile, LoadedFleet, LoadedKommune } from '../config/load';
import type { FleetFile, KommuneFile, LockFile } from '../model/parameters';
import type { SourceFile } from '../config/source';
import { resolveFleet } from '../config/resolve';
import { checkFleetTenants } from '../config/validate-fleet';
import { isRecord } from '../core/guards';

/** The outcome of {@link loadFleetModelForTenants}. */
export interface SelectedFleetModel {
  /**
   * The model. When `partial`, `specs`, `fleet.tenants` and `lock` hold only the named tenants
   * (`lockChanged` is false: nothing is written).
   */
  readonly model: FleetModel;
  /** True when the light load was used; false when it fell back to loadFleetModel. */
  readonly partial: boolean;
  /** Every tenant key of the fleet (file names of the tenants folder), sorted. */
  readonly fleetKeys: readonly string[];
  /** Why the full load was used (when not partial). */
  readonly fallbackReason?: string;
}

class Fallback extends Error {}

function loadedOf<T>(abs: string, src: SourceFile, data: unknown): { file: string; path: string; data: T; position: LoadedKommune['position'] } {
  return { file: src.file, path: abs, data: data as T, position: (p) => ({ file: src.file, ...src.position(p) }) };
}

/**
 * The lines of a canonical lockfile (serializeLockFile) that hold the given tenants: the top-level
 * fields and each tenant's block, as a smaller lockfile of the same layout. Undefined when the text
 * is not in that layout or a tenant is missing or appears twice.
 */
export function extractLockEntries(text: string, keys: readonly string[]): string | undefined {
  const lines = text.split('\n');
  const tenantsAt = lines.indexOf('tenants:');
  if (tenantsAt < 0) return undefined;
  // The seal covers the whole lock, not the extract: the caller checks it on the full text.
  const head = lines.slice(0, tenantsAt).filter((l) => !l.startsWith(LOCK_SEAL_PREFIX));
  // Top-level fields other than tenants must come before it; after it only tenant blocks follow.
  for (let i = tenantsAt + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l !== '' && !l.startsWith('  ')) return undefined;
  }
  const out = [...head, 'tenants:'];
  for (const key of [...keys].sort()) {
    const header = `  ${key}:`;
    const at = lines.indexOf(header, tenantsAt + 1);
    if (at < 0 || lines.indexOf(header, at + 1) >= 0) return undefined;
    out.push(header);
    for (let i = at + 1; i < lines.length && lines[i].startsWith('    '); i++) out.push(lines[i]);
  }
  return `${out.join('\n')}\n`;
}

function tenantKeysOf(dir: string): { keys: string[]; yml: boolean } {
  const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name);
  return { keys: names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort(), yml: names.some((n) => n.endsWith('.yml')) };
}

function lightLoad(options: LoadFleetModelOptions, tenants: readonly string[]): SelectedFleetModel {
  const fleetAbs = path.resolve(options.fleetFile);
  const dir = path.dirname(fleetAbs);
  const fc = checkFleetFile(fleetAbs, options);
  if (fc.problems.length > 0 || !fc.src || !isRecord(fc.data)) throw new Fallback('fleet.yaml has problems');
  const fleetData = fc.data as unknown as FleetFile;
  const folder = typeof fleetData.tenants === 'string' ? fleetData.tenants : D.DEFAULT_TENANTS_FOLDER;
  const tenantsDir = path.resolve(dir, folder);
  if (!fs.existsSync(tenantsDir) || !fs.statSync(tenantsDir).isDirectory()) throw new Fallback('no tenants folder');
  const { keys, yml } = tenantKeysOf(tenantsDir);
  if (yml) throw new Fallback('a .yml file in the tenants folder');
  const known = new Set(keys);
  const wanted = [...new Set(tenants)].sort();
  if (wanted.length === 0 || wanted.some((k) => !known.has(k))) throw new Fallback('unknown tenant');

  const loadedTenants: LoadedKommune[] = [];
  const checked: { src: SourceFile; data: unknown }[] = [];
  for (const key of wanted) {
    const abs = path.join(tenantsDir, `${key}.yaml`);
    const c = checkKommuneFile(abs, options);
    if (c.problems.length > 0 || !c.src) throw new Fallback(`${key}.yaml has problems`);
    loadedTenants.push(loadedOf<KommuneFile>(abs, c.src, c.data));
    checked.push({ src: c.src, data: c.data });
  }
  const cross = checkFleetTenants(fc.data, checked);
  if (cross.length > 0) throw new Fallback('cross-file problems');

  const lockPath = options.lockFile ?? path.join(dir, LOCKFILE_NAME);
  if (!fs.existsSync(lockPath)) throw new Fallback('no lock');
  const text = fs.readFileSync(lockPath, 'utf8');
  if (!lockTextMatchesSeal(text)) throw new Fallback('lock does not match its seal');
  const mini = extractLockEntries(text, wanted);
  if (mini === undefined) throw new Fallback('lock not in canonical layout or tenant not in it');
  let previous: LockFile;
  try {
    previous = parseLockFile(mini, lockPath);
  } catch {
    throw new Fallback('lock entry has problems');
  }
  if (serializeUnsealedLockFile(previous) !== mini) throw new Fallback('lock not in canonical layout');
  if (wanted.some((k) => previous.tenants[k] === undefined || previous.tenants[k].retired)) throw new Fallback('tenant retired');

  const base = loadedOf<FleetFile>(fleetAbs, fc.src, fc.data);
  const fleet: LoadedFleet = { ...base, dir, tenantsDir, tenants: loadedTenants };
  let resolved;
  try {
    resolved = resolveFleet(fleet, previous);
  } catch {
    throw new Fallback('resolution failed');
  }
  if (serializeUnsealedLockFile(resolved.lock) !== mini) throw new Fallback('allocation would change the lock');
  const model: FleetModel = { fleet, platform: resolvePlatform(fleet), specs: resolved.specs, lock: previous, lockPath, lockChanged: false };
  return { model, partial: true, fleetKeys: keys };
}

/**
 * Loads what synthesizing `tenants` needs (see the module comment), falling back to the full
 * loadFleetModel when the light load cannot prove it gives the same result.
 */
export function loadFleetModelForTenants(options: LoadFleetModelOptions, tenants: readonly string[]): SelectedFleetModel {
  try {
    return lightLoad(options, tenants);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    const model = loadFleetModel(options);
    return { model, partial: false, fleetKeys: Object.keys(model.specs).sort(), fallbackReason: e.message };
  }
}
