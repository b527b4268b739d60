import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { recordBackupRetention } from '../allocation/backup-retention';
import { readLockFileIfPresent, serializeLockFile, writeLockFile, LOCKFILE_NAME } from '../allocation/lockfile';
import { AllocationError, MSG as ALLOCATION_MSG } from '../allocation/errors';
import { positionAllocationProblems } from '../config/allocation-problems';
import { loadFleet, LoadedFleet, LoadOptions } from '../config/load';
import { Problem, ValidationError } from '../config/problems';
import type { LockFile } from '../model/parameters';
import { resolveFleet } from '../config/resolve';
import { BLUEPRINT_VERSION } from '../upgrade/address-map';
import type { TenantSpec } from '../model/spec';
import { KommuneStack, type KommuneComplianceOptions } from './kommune-stack';
import { PLATFORM_STACK_NAME, PlatformStack, platformStacksOf } from './platform-stack';
export { clusterPlatformStackName, platformStackOfCluster, platformStacksOf } from './platform-stack';
import type { PlatformSpec } from './platform-spec';
import { resolvePlatform } from './resolve-platform';
import { tenantPipelineLogins } from './internal/tenant-props';
import { pbsPruneJobOfSpec, renderAccessMatrix, renderBackupPlan, renderNetworkPlan } from './tenant-documents';
import { pbsCopyPruneJobOfSpec, pbsSyncJobsOf, renderSiteFailure } from './site-documents';
import { renderPbsSyncJobs, renderPbsSyncJobsJson } from '../backup/sync-job';
import { hasTwoSiteCopy } from '../model/sites';
import type { FleetFile } from '../model/parameters';
import { renderPbsPruneJobs } from '../backup/prune-job';

/**
 * The blueprint version a tenant's state was last applied with, when it differs from this
 * library's (then its stack carries moved blocks, or fails for a newer version); undefined when the
 * tenant is current. Absent in the lock means version 1.
 */
export function recordedBlueprintFor(lock: LockFile, key: string): number | undefined {
  const recorded = lock.tenants[key]?.blueprint ?? 1;
  return recorded !== BLUEPRINT_VERSION ? recorded : undefined;
}

export { PLATFORM_STACK_NAME } from './platform-stack';

/** A fleet read from disk and resolved: everything the stacks render, as plain data. */
export interface FleetModel {
  readonly fleet: LoadedFleet;
  readonly platform: PlatformSpec;
  readonly specs: Readonly<Record<string, TenantSpec>>;
  /** The lock after resolution (new tenants allocated). */
  readonly lock: LockFile;
  /** Where the lock lives. */
  readonly lockPath: string;
  /** True when resolution allocated or retired something: the lock file must be written and committed. */
  readonly lockChanged: boolean;
}

export interface LoadFleetModelOptions extends LoadOptions {
  /** Path of fleet.yaml. */
  readonly fleetFile: string;
  /**
   * Path of the lockfile.
   * @default fleet.lock.yaml next to fleet.yaml
   */
  readonly lockFile?: string;
}

/**
 * Reads fleet.yaml, its tenant files and the lockfile, validates and resolves them.
 * @throws ValidationError with every positioned problem: parameter files, the lock (format,
 * consistency, retired numbers) and allocation, each at the file:line:column that caused it
 */
export function loadFleetModel(options: LoadFleetModelOptions): FleetModel {
  const fleet = loadFleet(options.fleetFile, options);
  return modelOfLoadedFleet(fleet, options);
}

/**
 * Reads the lock of an already loaded fleet and resolves it (the second half of {@link loadFleetModel}).
 * @throws ValidationError with every positioned lock and allocation problem
 */
export function modelOfLoadedFleet(fleet: LoadedFleet, options: Omit<LoadFleetModelOptions, 'fleetFile'> = {}): FleetModel {
  const lockPath = options.lockFile ?? path.join(fleet.dir, LOCKFILE_NAME);
  try {
    const previous = readLockFileIfPresent(lockPath);
    if (previous !== undefined) {
      const problems = keysOfOtherMunicipalities(fleet, previous);
      if (problems.length > 0) throw new ValidationError(problems);
    }
    const resolved = resolveFleet(fleet, previous);
    // New tenants are built with the current blueprint; record it so later upgrades know where they
    // start, and record whom the allocation belongs to (AGS and name).
    const added = new Set(resolved.allocation.added);
    const byKey = new Map(fleet.tenants.map((t) => [t.data.key, t.data]));
    const owner = (k: string) => {
      const d = byKey.get(k);
      return { ...(d?.ags !== undefined ? { ags: d.ags } : {}), ...(d !== undefined ? { name: d.name } : {}) };
    };
    const allocated: LockFile = added.size === 0 ? resolved.lock : {
      ...resolved.lock,
      tenants: Object.fromEntries(Object.entries(resolved.lock.tenants).map(([k, t]) => [k, added.has(k) ? { ...t, blueprint: BLUEPRINT_VERSION, ...owner(k) } : t])),
    };
    const allocationChanged = previous === undefined || serializeLockFile(previous) !== serializeLockFile(allocated);
    // A lock that is written anyway records every tenant's backup retention it lacks
    // (lib/allocation/backup-retention.ts); an unchanged fleet's lock is left as it is.
    const lock = allocationChanged ? recordBackupRetention(allocated, Object.fromEntries(Object.entries(resolved.specs).map(([k, s]) => [k, s.backup.retention])), true) : allocated;
    const lockChanged = allocationChanged;
    const platform = resolvePlatform(fleet);
    // The platform owns every tenant's CI login (docs/identity.md), so it is resolved with all tenants.
    const tenantPipelines = tenantPipelineLogins(resolved.specs, platform);
    return { fleet, platform: tenantPipelines === undefined ? platform : { ...platform, tenantPipelines }, specs: resolved.specs, lock, lockPath, lockChanged };
  } catch (e) {
    // Lock and allocation problems are user errors: report them where the user can fix them.
    if (e instanceof AllocationError) throw new ValidationError(positionAllocationProblems(fleet, e.problems, options.displayRoot ?? process.cwd()));
    throw e;
  }
}

/**
 * A key whose lock entry records another municipality (AGS) than the tenant file now names: the
 * key would inherit that municipality's number, address block and PBS namespace with its backups.
 * Checked for every recorded entry, retired or not (entries written before the AGS was recorded
 * carry none and are not checked).
 */
function keysOfOtherMunicipalities(fleet: LoadedFleet, lock: LockFile): Problem[] {
  const problems: Problem[] = [];
  for (const t of fleet.tenants) {
    const was = lock.tenants[t.data.key];
    if (was?.ags === undefined || t.data.ags === undefined || was.ags === t.data.ags) continue;
    problems.push({
      ...t.position(['ags']),
      path: 'ags',
      message: ALLOCATION_MSG.keyOfAnotherMunicipality(t.data.key, was.name ?? `"${t.data.key}"`, was.ags, t.data.name, t.data.ags),
    });
  }
  return problems;
}

/**
 * Writes the lock when it changed, atomically (a temporary file in the same folder, then a rename),
 * so an interrupted run never leaves half a lock; returns whether it wrote.
 */
export function writeLockIfChanged(model: FleetModel): boolean {
  if (!model.lockChanged) return false;
  writeLockFile(model.lockPath, model.lock);
  return true;
}

export interface FleetStacksOptions {
  /**
   * Tenants to build stacks for.
   * @default - every tenant of the fleet
   */
  readonly tenants?: readonly string[];
  /**
   * Also build the platform stack.
   * @default true
   */
  readonly platform?: boolean;
  /**
   * Compliance rule pack options of every tenant stack (see KommuneStackProps.compliance).
   * @default - enabled, unsuppressed errors fail synthesis
   */
  readonly compliance?: KommuneComplianceOptions | false;
}

/**
 * Builds the platform stack and one KommuneStack per tenant of a resolved fleet into an App.
 * Stack names: `platform` and each tenant key; in a fleet with clusters also `platform-<id>` per
 * cluster other than the legacyCluster (docs/clusters.md).
 */
export class Fleet {
  /**
   * The platform stack `platform` (in a fleet with clusters: its fleet-wide Vault part, and the
   * Proxmox part of the fleet's legacyCluster when it names one).
   */
  public readonly platform?: PlatformStack;
  /**
   * In a fleet with clusters: the platform stack of each cluster, by cluster ID (`platform-<id>`;
   * for the legacyCluster the stack `platform` itself).
   */
  public readonly clusterPlatforms: Readonly<Record<string, PlatformStack>>;
  public readonly tenants: Readonly<Record<string, KommuneStack>>;
  /** Every tenant spec of the fleet (also those without a stack here), for the platform's documents. */
  private readonly allSpecs: readonly TenantSpec[];
  /** The fleet file, for the platform's documents of a fleet with two or more sites. */
  private readonly fleetFile: FleetFile;

  public constructor(app: App, model: FleetModel, options: FleetStacksOptions = {}) {
    this.allSpecs = Object.keys(model.specs).sort().map((k) => model.specs[k]);
    this.fleetFile = model.fleet.data;
    const wanted = options.tenants ?? Object.keys(model.specs);
    const unknown = wanted.filter((k) => model.specs[k] === undefined);
    if (unknown.length > 0) {
      throw new Error(`unknown tenant${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; the fleet has ${Object.keys(model.specs).length} tenants (see "kommunal explain")`);
    }
    if (model.specs[PLATFORM_STACK_NAME]) throw new Error(`tenant key "${PLATFORM_STACK_NAME}" is reserved for the platform stack; rename the tenant`);
    const clusterPlatforms: Record<string, PlatformStack> = {};
    if (options.platform ?? true) {
      for (const s of platformStacksOf(model.platform)) {
        const stack = new PlatformStack(app, s.name, { platform: model.platform, ...(s.cluster !== undefined ? { cluster: s.cluster } : {}) });
        if (s.name === PLATFORM_STACK_NAME) this.platform = stack;
        // The legacyCluster's Proxmox part is in `platform`: that stack is its cluster platform too.
        if (s.cluster !== undefined) clusterPlatforms[s.cluster] = stack;
      }
    }
    this.clusterPlatforms = clusterPlatforms;
    const tenants: Record<string, KommuneStack> = {};
    for (const key of [...wanted].sort()) {
      tenants[key] = new KommuneStack(app, key, {
        spec: model.specs[key],
        platform: model.platform,
        compliance: options.compliance,
        // A tenant last applied with another blueprint version gets moved blocks (or a clear error
        // when its version is newer than this library); an up-to-date tenant gets nothing.
        recordedBlueprintVersion: recordedBlueprintFor(model.lock, key),
      });
    }
    this.tenants = tenants;
  }

  /** Writes each tenant's network plan, backup plan and access matrix below `dir/<key>/`. */
  public writeDocuments(dir: string): string[] {
    const written: string[] = [];
    for (const [key, stack] of Object.entries(this.tenants)) {
      const out = path.join(dir, key);
      fs.mkdirSync(out, { recursive: true });
      const docs: Record<string, string> = {
        'network-plan.md': renderNetworkPlan(stack.spec),
        'backup-plan.md': renderBackupPlan(stack.spec),
        'access-matrix.md': renderAccessMatrix(stack.spec, stack.access?.aclEntries ?? [], Object.values(stack.vault.policies).filter((p): p is NonNullable<typeof p> => p !== undefined)),
      };
      for (const [name, text] of Object.entries(docs)) {
        fs.writeFileSync(path.join(out, name), text);
        written.push(path.join(out, name));
      }
    }
    // The platform's documents (`platform` is no tenant key): every tenant's PBS prune job, which
    // the platform engineer configures on PBS (lib/backup/prune-job.ts).
    if (this.platform !== undefined) {
      const out = path.join(dir, PLATFORM_STACK_NAME);
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, 'pbs-prune-jobs.md');
      fs.writeFileSync(file, renderPbsPruneJobs(this.allSpecs.map(pbsPruneJobOfSpec)));
      written.push(file);
      // Two or more sites: the sync jobs of the second copies at the partner sites (with the copies'
      // prune jobs) and the site-failure document (lib/blueprint/site-documents.ts).
      if (hasTwoSiteCopy(this.fleetFile)) {
        const sync = pbsSyncJobsOf(this.allSpecs);
        const prunes = this.allSpecs.map(pbsCopyPruneJobOfSpec).filter((j): j is NonNullable<typeof j> => j !== undefined);
        const docs: Record<string, string> = {
          'pbs-sync-jobs.md': renderPbsSyncJobs(sync, prunes),
          'pbs-sync-jobs.json': renderPbsSyncJobsJson(sync, prunes),
          'site-failure.md': renderSiteFailure(this.fleetFile, this.allSpecs),
        };
        for (const [name, text] of Object.entries(docs)) {
          fs.writeFileSync(path.join(out, name), text);
          written.push(path.join(out, name));
        }
      }
    }
    return written;
  }
}

/** Options of {@link runFleetApp}. */
export interface RunFleetAppOptions {
  /** Folder with fleet.yaml, kommunen/ and fleet.lock.yaml. */
  readonly dir: string;
  /**
   * Output folder.
   * @default CDKTF_OUTDIR, else `<dir>/cdktf.out`
   */
  readonly outdir?: string;
  /** Prints what happened (lock written). @default console.log */
  readonly log?: (line: string) => void;
}

/**
 * The whole cdktf app of a fleet folder, as the examples run it: load and resolve the fleet, build
 * the platform and tenant stacks, synthesize, write the tenant documents next to the stacks
 * (`<outdir>/documents/<key>/`) and record new allocations in fleet.lock.yaml (commit it).
 */
export function runFleetApp(options: RunFleetAppOptions): { app: App; fleet: Fleet; model: FleetModel } {
  const log = options.log ?? ((line: string) => console.log(line));
  const model = loadFleetModel({ fleetFile: path.join(options.dir, 'fleet.yaml'), displayRoot: options.dir });
  const outdir = path.resolve(options.outdir ?? process.env.CDKTF_OUTDIR ?? path.join(options.dir, 'cdktf.out'));
  // Like `kommunal synth`, nothing is written unless the whole run succeeds: cdktf writes stack by
  // stack and a later stack's validation can fail, so the app synthesizes into a staging folder next
  // to the output and replaces the output only at the end; the lock follows after that.
  const staging = `${outdir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const app = new App({ outdir: staging });
  let fleet: Fleet;
  try {
    fleet = new Fleet(app, model);
    app.synth();
    fleet.writeDocuments(path.join(staging, 'documents'));
    replaceFolder(staging, outdir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  if (writeLockIfChanged(model)) log(`allocated new tenants: wrote ${path.relative(options.dir, model.lockPath)} (commit it)`);
  return { app, fleet, model };
}

/** Puts `from` where `to` is (two renames; the old `to` is removed after the new one is in place). */
function replaceFolder(from: string, to: string): void {
  const old = `${to}.old-${process.pid}`;
  fs.rmSync(old, { recursive: true, force: true });
  const existed = fs.existsSync(to);
  if (existed) fs.renameSync(to, old);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
  if (existed) fs.rmSync(old, { recursive: true, force: true });
}
