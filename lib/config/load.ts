/**
 * Loading parameter files with positions: YAML syntax, structure (JSON Schema via ajv) and
 * semantics, all problems of a file (and of a fleet) at once.
 *
 * The `check*` functions return problems; the `load*` functions throw a ValidationError carrying
 * all of them, or return typed, positioned data. File names in messages are relative to
 * `displayRoot` (default: the working directory).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as D from '../model/defaults';
import { MSG } from './messages';
import type { FleetFile, KommuneFile, SourcePosition } from '../model/parameters';
import { Problem, sortProblems, ValidationError } from './problems';
import { schemaProblems, SchemaKind } from './schema-check';
import { PathSegment, SourceFile } from './source';
import { checkFleet, checkFleetTenants, isSubfolder } from './validate-fleet';
import { isRecord } from '../core/guards';
import { checkKommune } from './validate-kommune';

export interface LoadOptions {
  /** Folder that file names in messages are relative to. @default process.cwd() */
  readonly displayRoot?: string;
  /**
   * Run date ("YYYY-MM-DD") that approvals of tenant files must not have expired before
   * (`kommunal validate` passes today). @default - expiry is not evaluated
   */
  readonly date?: string;
}

/** A parameter file after validation: its data plus a way back to positions. */
export interface Loaded<T> {
  /** File name as shown in messages. */
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
  readonly data: T;
  /** Position of a field (falls back to the nearest existing ancestor). */
  position(fieldPath: readonly PathSegment[]): SourcePosition;
}

export type LoadedKommune = Loaded<KommuneFile>;

export interface LoadedFleet extends Loaded<FleetFile> {
  /** Folder of fleet.yaml. */
  readonly dir: string;
  /** Absolute path of the tenants folder. */
  readonly tenantsDir: string;
  /** Tenant files, sorted by file name. */
  readonly tenants: readonly LoadedKommune[];
}

/** The outcome of checking one file: problems, and the source when it could be read. */
export interface FileCheck {
  readonly src?: SourceFile;
  readonly data: unknown;
  readonly problems: readonly Problem[];
}

function displayName(abs: string, opts: LoadOptions): string {
  const root = opts.displayRoot ?? process.cwd();
  const rel = path.relative(root, abs);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

function checkFile(file: string, kind: SchemaKind, opts: LoadOptions): FileCheck {
  const abs = path.resolve(file);
  const shown = displayName(abs, opts);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { data: undefined, problems: [{ file: shown, line: 1, column: 1, path: '', message: MSG.cannotRead(reason) }] };
  }
  const src = new SourceFile(shown, text);
  if (src.syntaxProblems.length > 0) return { src, data: undefined, problems: src.syntaxProblems };
  const what = kind === 'fleet' ? 'fleet file' : 'Kommune file';
  if (src.data === null || src.data === undefined) {
    return { src, data: src.data, problems: [src.problem([], MSG.emptyFile(what))] };
  }
  if (!isRecord(src.data)) return { src, data: src.data, problems: [src.problem([], MSG.notAMapping(`a ${what}`, src.data))] };
  const semantic = kind === 'fleet' ? checkFleet(src, src.data) : checkKommune(src, src.data, opts.date !== undefined ? { date: opts.date } : {});
  // A bad tenant key is reported once, by the semantic check (it names every rule the key breaks and
  // suggests a valid key), not a second time by the schema's pattern for the same field.
  const keyReported = kind === 'kommune' && semantic.some((p) => p.path === 'key');
  const problems = [...schemaProblems(src, kind).filter((p) => !(keyReported && p.path === 'key')), ...semantic];
  // A valid file rarely needs positions again (a later cross-file or allocation problem parses it anew).
  if (problems.length === 0) src.compact();
  return { src, data: src.data, problems: sortProblems(problems) };
}

/** Checks one kommune file; never throws for invalid input. */
export function checkKommuneFile(file: string, opts: LoadOptions = {}): FileCheck {
  return checkFile(file, 'kommune', opts);
}

/** Checks one fleet file alone (without its tenants); never throws for invalid input. */
export function checkFleetFile(file: string, opts: LoadOptions = {}): FileCheck {
  return checkFile(file, 'fleet', opts);
}

function loaded<T>(abs: string, src: SourceFile, data: unknown): Loaded<T> {
  return {
    file: src.file,
    path: abs,
    data: data as T,
    position: (p) => ({ file: src.file, ...src.position(p) }),
  };
}

/** Loads and validates one `kommunen/<key>.yaml`. @throws ValidationError with every problem */
export function loadKommuneFile(file: string, opts: LoadOptions = {}): LoadedKommune {
  const c = checkKommuneFile(file, opts);
  if (c.problems.length > 0 || !c.src) throw new ValidationError(c.problems);
  return loaded<KommuneFile>(path.resolve(file), c.src, c.data);
}

/** Loads and validates fleet.yaml alone (its tenants are not read). @throws ValidationError */
export function loadFleetFile(file: string, opts: LoadOptions = {}): Loaded<FleetFile> {
  const c = checkFleetFile(file, opts);
  if (c.problems.length > 0 || !c.src) throw new ValidationError(c.problems);
  return loaded<FleetFile>(path.resolve(file), c.src, c.data);
}

/**
 * The entries of a tenants folder, sorted by name: `*.yaml` files are tenant files; `*.yml` files are
 * read too (and reported: tenant files end in ".yaml"); any other file (`alpha.json`,
 * `alpha.yaml.bak`, `notes.txt`) is reported by name and not read, so a tenant is never left out
 * silently. Hidden files (`.gitkeep`, editor swap files) and subfolders are not looked at.
 */
function tenantFiles(dir: string): { readonly read: string[]; readonly foreign: string[] } {
  const read: string[] = [];
  const foreign: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const isFile = e.isFile() || (e.isSymbolicLink() && fs.statSync(path.join(dir, e.name), { throwIfNoEntry: false })?.isFile() === true);
    if (!isFile) continue;
    (/\.ya?ml$/.test(e.name) ? read : foreign).push(e.name);
  }
  const sorted = (names: string[]) => names.sort().map((n) => path.join(dir, n));
  return { read: sorted(read), foreign: sorted(foreign) };
}

/** True when `inner` is `outer` itself or not below it. */
function notBelow(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/** The outcome of checking a whole fleet. */
export interface FleetCheck {
  readonly problems: readonly Problem[];
  /** Absolute paths of every file that was checked (fleet.yaml and tenant files). */
  readonly files: readonly string[];
  /** Set when there are no problems. */
  readonly fleet?: LoadedFleet;
}

/** Checks fleet.yaml and every tenant file of its tenants folder; never throws for invalid input. */
export function checkFleetWithTenants(fleetPath: string, opts: LoadOptions = {}): FleetCheck {
  const abs = path.resolve(fleetPath);
  const dir = path.dirname(abs);
  const fc = checkFleetFile(abs, opts);
  const problems: Problem[] = [...fc.problems];
  const files = [abs];
  const fleetData = isRecord(fc.data) ? fc.data : {};
  const folder = typeof fleetData.tenants === 'string' ? fleetData.tenants : D.DEFAULT_TENANTS_FOLDER;
  const tenantsDir = path.resolve(dir, folder);
  const tenants: { abs: string; check: FileCheck }[] = [];
  if (!isSubfolder(folder) || notBelow(dir, tenantsDir)) {
    // Reported by checkFleet (validate-fleet.ts) from the text of the setting; nothing outside is read.
  } else if (!fs.existsSync(tenantsDir) || !fs.statSync(tenantsDir).isDirectory()) {
    if (fc.src) problems.push(fc.src.problem(['tenants'], MSG.tenantsFolderMissing(folder)));
  } else if (notBelow(fs.realpathSync(dir), fs.realpathSync(tenantsDir))) {
    // A symbolic link that leads out of the fleet folder.
    if (fc.src) problems.push(fc.src.problem(['tenants'], MSG.tenantsOutsideFleet(folder)));
  } else {
    const { read: list, foreign } = tenantFiles(tenantsDir);
    for (const f of foreign) {
      files.push(f);
      problems.push({ file: displayName(f, opts), line: 1, column: 1, path: '', message: MSG.notATenantFile(path.basename(f), folder) });
    }
    if (list.length === 0 && foreign.length === 0 && fc.src) problems.push(fc.src.problem(['tenants'], MSG.noTenants(folder)));
    for (const f of list) {
      const check = checkKommuneFile(f, opts);
      files.push(f);
      problems.push(...check.problems);
      if (f.endsWith('.yml') && check.src) problems.push(check.src.problem([], MSG.wrongExtension(path.basename(f))));
      tenants.push({ abs: f, check });
    }
  }
  problems.push(
    ...checkFleetTenants(
      fc.data,
      tenants.filter((t) => t.check.src).map((t) => ({ src: t.check.src as SourceFile, data: t.check.data })),
    ),
  );
  if (problems.length > 0 || !fc.src) return { problems: sortProblems(problems), files };
  const base = loaded<FleetFile>(abs, fc.src, fc.data);
  const fleet: LoadedFleet = {
    ...base,
    dir,
    tenantsDir,
    tenants: tenants.map((t) => loaded<KommuneFile>(t.abs, t.check.src as SourceFile, t.check.data)),
  };
  return { problems: [], files, fleet };
}

/**
 * Loads fleet.yaml and all tenant files of its `tenants` folder (sorted by file name).
 * @throws ValidationError with every problem of every file
 */
export function loadFleet(fleetPath: string, opts: LoadOptions = {}): LoadedFleet {
  const c = checkFleetWithTenants(fleetPath, opts);
  if (!c.fleet) throw new ValidationError(c.problems);
  return c.fleet;
}
