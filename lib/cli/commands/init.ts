/**
 * `kommunal init <AGS or name> [--kind <kind>] [--dir kommunen] [--key <key>] [--force]`: scaffolds
 * a tenant file `<dir>/<key>.yaml` for one municipality of the official register that ships with the
 * package (data/gemeinden-2021.csv, see data/README.md).
 *
 * - An 8-digit argument is an AGS; anything else is an official name, matched case-insensitively
 *   against the full name ("Mainz, kfr. St.") and the base name without status ("Mainz").
 * - Several matches: lists them with their AGS and exits 1 (ask again with the AGS). No match: exits
 *   1 with did-you-mean suggestions.
 * - The kind comes from the status suffix of the official name (", Stadt", ", St", ", kfr. St." ...
 *   give `stadt`, everything else `gemeinde`); `--kind` overrides it.
 * - The key is lib/model's suggestion, with ambiguity computed over the whole register
 *   (`assignTenantKeys`), so two "Altdorf" never get the same key; `--key` overrides it.
 * - An existing file is never overwritten without `--force`. The written file is loaded with the
 *   regular loader before success is reported; if it does not load, it is removed again.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { printable } from '../../core/display';
import * as D from '../../model/defaults';
import { SEGMENT_CATALOGUE, SEGMENT_NAMES, DEFAULT_SIZE } from '../../model/catalogue';
import { editDistance } from '../../core/did-you-mean';
import { FLOW_CATALOGUE, FLOW_IDS } from '../../model/flows';
import { packageRoot } from '../../config/json-schema';
import { loadKommuneFile } from '../../config/load';
import type { TenantKind } from '../../model/parameters';
import { formatProblem, isValidationError } from '../../config/problems';
import { assignTenantKeys, validateTenantKey } from '../../model/tenant-key';
import { baseName } from '../../model/slug';
import { CliContext, EXIT, resolvePath, UsageError } from '../io';
import { fleetProjectFiles, LIBRARY_PACKAGE, projectPackageName, renderFleetReadme, renderFleetYaml } from '../fleet-project';
import { parse as parseCsvSync } from 'csv-parse/sync';

// ---------------------------------------------------------------------------------------------
// The municipality register
// ---------------------------------------------------------------------------------------------

/** Register file inside the package, relative to the package root. */
export const REGISTER_FILE = 'data/gemeinden-2021.csv';
/** Columns the register must have (in any order; more are allowed). */
const REGISTER_COLUMNS = ['ags', 'name', 'land'] as const;

/** One municipality of the register. */
export interface RegisterEntry {
  /** Amtlicher Gemeindeschluessel, 8 digits. */
  readonly ags: string;
  /** Official name exactly as printed in the register. */
  readonly name: string;
  /** Two-letter Land code. */
  readonly land: string;
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; a BOM
 * and CRLF are tolerated) with csv-parse. Errors name the file and line.
 */
export function parseCsv(text: string, fileName = 'CSV'): string[][] {
  try {
    return parseCsvSync(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new Error(`${fileName}:${err.lines ?? '?'}: ${err.message.replace(/ at line \d+.*$/s, '')}`);
  }
}

/** Parses register CSV text (header row with at least ags, name, land). Collects all bad rows. */
export function parseRegister(text: string, fileName = REGISTER_FILE): RegisterEntry[] {
  const rows = parseCsv(text, fileName);
  const header = rows[0] ?? [];
  const col = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof REGISTER_COLUMNS)[number], number>;
  const missing = REGISTER_COLUMNS.filter((c) => col[c] < 0);
  if (missing.length > 0) throw new Error(`${fileName}:1: missing column(s) ${missing.join(', ')}; the header is ${JSON.stringify(header.join(','))}`);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const out: RegisterEntry[] = [];
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r.length !== header.length) {
      problems.push(`${fileName}:${line}: has ${r.length} fields, the header has ${header.length}`);
      return;
    }
    const ags = r[col.ags];
    const name = r[col.name].trim();
    if (!/^[0-9]{8}$/.test(ags)) problems.push(`${fileName}:${line}: ags ${JSON.stringify(ags)} is not 8 digits`);
    if (name === '') problems.push(`${fileName}:${line}: name is empty`);
    const first = seen.get(ags);
    if (first !== undefined) problems.push(`${fileName}:${line}: ags ${ags} repeats line ${first}`);
    seen.set(ags, line);
    out.push({ ags, name, land: r[col.land] });
  });
  if (problems.length > 0) throw new Error(`${fileName}: ${problems.length} bad row(s):\n  ${problems.join('\n  ')}`);
  return out;
}

/** Reads the register that ships with the package. */
export function readRegister(file: string = path.join(packageRoot(), REGISTER_FILE)): RegisterEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the municipality register ${file}: ${(e as Error).message}; the package is incomplete (data/ must be shipped)`);
  }
  return parseRegister(text, file);
}

// ---------------------------------------------------------------------------------------------
// Lookup, kind and rendering (pure)
// ---------------------------------------------------------------------------------------------

/** Result of looking up an AGS or a name in the register. */
export type LookupResult =
  | { readonly kind: 'found'; readonly entry: RegisterEntry }
  | { readonly kind: 'ambiguous'; readonly matches: readonly RegisterEntry[] }
  | { readonly kind: 'none'; readonly suggestions: readonly RegisterEntry[] };

/** How many did-you-mean suggestions are shown at most. */
export const MAX_SUGGESTIONS = 5;

/**
 * A name folded for comparison: NFC, single spaces, lower case, and "Sankt"/"St." as one spelling
 * (the register writes "St. Ingbert, Stadt" and "Sankt Goar, Stadt"; people write either).
 */
const fold = (s: string): string =>
  s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE').replace(/(^|[\s(/-])(?:sankt\s+|st\.\s*)(?=\p{L})/gu, '$1st. ');

/**
 * Looks up an 8-digit AGS, or a name: an exact (case-insensitive) match of the official name wins;
 * otherwise every entry whose base name matches. Suggestions: entries whose base name is within an
 * edit distance of max(2, length/4), nearest first.
 */
export function lookupMunicipality(register: readonly RegisterEntry[], query: string): LookupResult {
  const q = fold(query);
  if (/^[0-9]{8}$/.test(q)) {
    const entry = register.find((e) => e.ags === q);
    return entry ? { kind: 'found', entry } : { kind: 'none', suggestions: [] };
  }
  const full = register.filter((e) => fold(e.name) === q);
  const matches = full.length > 0 ? full : register.filter((e) => fold(baseName(e.name)) === q);
  if (matches.length === 1) return { kind: 'found', entry: matches[0] };
  if (matches.length > 1) return { kind: 'ambiguous', matches };
  const limit = Math.max(2, Math.floor(q.length / 4));
  const qt = transliterate(q);
  const scored = register
    .map((e) => {
      const base = fold(baseName(e.name));
      // 0: same after transliteration (Muenchen/München); 1: the name starts with the query as a word
      // ("Ingelheim" -> "Ingelheim am Rhein"); else the edit distance, offset so these rank first
      if (transliterate(base) === qt) return { e, d: 0 };
      if (base.startsWith(`${q} `) || base.startsWith(`${q}-`) || base.startsWith(`${q}/`)) return { e, d: 1 };
      const d = Math.min(editDistance(q, base), editDistance(q, fold(e.name)), editDistance(qt, transliterate(base)));
      return { e, d: d <= limit ? d + 1 : Infinity };
    })
    .filter((x) => x.d !== Infinity)
    .sort((a, b) => a.d - b.d || a.e.ags.localeCompare(b.e.ags));
  return { kind: 'none', suggestions: scored.slice(0, MAX_SUGGESTIONS).map((x) => x.e) };
}

/** German letters spelled out, so "Muenchen" finds "München" and "Strasse" finds "Straße". */
function transliterate(s: string): string {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** Status suffixes (after the last comma) that mark a Stadt; compared case-insensitively. */
const STADT_SUFFIXES = new Set(['stadt', 'st', 'st.', 'kfr. st.', 'kfr.st.', 'gr. kr. st.', 'gr.kr.st.', 'gkst']);

/**
 * The kind a register entry states: `stadt` for ", Stadt", ", St", ", kfr. St.", ", gr. kr. St.",
 * ", GKSt", "(Krfr. St)", titles ending in "stadt" (", Hansestadt", ", documenta-Stadt"), and for a
 * kreisfreie Stadt, whose AGS ends in "000" ("Frankenthal (Pfalz)", 07311000); `gemeinde` otherwise
 * (also for ", M" = Markt and ", Flecken", which are Gemeinden).
 */
export function kindFromName(officialName: string, ags?: string): TenantKind {
  if (ags !== undefined && /^[0-9]{5}000$/.test(ags)) return 'stadt';
  const name = officialName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (/\((krfr\.\s*st\.?|kreisfreie stadt)\)$/i.test(name)) return 'stadt';
  if (/\s(kfr\.\s*st\.|gr\.\s*kr\.\s*st\.)$/i.test(name)) return 'stadt';
  const comma = name.lastIndexOf(',');
  if (comma < 0) return 'gemeinde';
  // "Weißwasser/O.L., Stadt/Běła Woda": the status is the part before the slash
  const suffix = name.slice(comma + 1).split('/')[0].trim().toLowerCase();
  if (STADT_SUFFIXES.has(suffix) || /stadt$/.test(suffix)) return 'stadt';
  return 'gemeinde';
}

/** Kinds `kommunal init` can scaffold from a register entry. */
export const INIT_KINDS: readonly TenantKind[] = ['gemeinde', 'stadt', 'landkreis', 'zweckverband'];

/** Everything the scaffolded file says. */
export interface ScaffoldInput {
  readonly key: string;
  /** The name written into the file: the register's name without its status suffix. */
  readonly name: string;
  /** The name exactly as the register prints it (", Stadt", ", kfr. St." and all). */
  readonly officialName: string;
  readonly kind: TenantKind;
  readonly ags: string;
  /** Where the kind came from, for the comment. */
  readonly kindSource: 'name' | 'option';
  /** Relative path from the file's folder to kommune.schema.json (forward slashes). */
  readonly schemaPath: string;
}

const q = (s: string): string => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** The text of a new tenant file: required fields set, every optional knob commented with its vetted default. */
export function renderKommuneYaml(s: ScaffoldInput): string {
  const r = D.DEFAULT_RETENTION;
  const optional = SEGMENT_NAMES.filter((n) => !SEGMENT_CATALOGUE[n].mandatory);
  const L: string[] = [
    `# yaml-language-server: $schema=${s.schemaPath}`,
    '#',
    `# Tenant file of ${printable(s.name)} (AGS ${printable(s.ags)}), scaffolded by \`kommunal init\` from the official register`,
    '# (data/gemeinden-2021.csv in kommunal-cdk). Only safe knobs live here; the provider engineers set the',
    '# platform in fleet.yaml. Every commented line shows a knob with its vetted default: uncomment it only',
    '# to choose something else. Check the file with `kommunal validate`.',
    '',
    '# Stable tenant key: file name, DNS label, Vault path, PBS namespace. Never change it after the first apply.',
    `key: ${s.key}`,
    s.name === s.officialName
      ? '# Name as printed in the register.'
      : `# Name without the register's status suffix (the register prints ${q(s.officialName)}).`,
    `name: ${q(s.name)}`,
    s.kindSource === 'name'
      ? '# Kind, read from the official name and AGS (gemeinde | stadt | landkreis | zweckverband | verbandsgemeinde).'
      : '# Kind, chosen with --kind (gemeinde | stadt | landkreis | zweckverband | verbandsgemeinde).',
    `kind: ${s.kind}`,
  ];
  if (s.kind === 'zweckverband') {
    L.push(`# A Zweckverband has no AGS; the register entry used was ${s.ags}.`);
  } else {
    L.push('# Amtlicher Gemeindeschluessel. Keep the quotes: unquoted, YAML drops the leading zero.', `ags: ${q(s.ags)}`);
  }
  L.push(
    '',
    `# Size profile s | m | l: picks the address block and the default segment sizes (default ${DEFAULT_SIZE}).`,
    `# size: ${DEFAULT_SIZE}`,
    '',
    `# Segments management, servers and clients always exist. Optional ones: ${optional.join(', ')}.`,
    '# segments:',
    ...optional.map((n) => `#   ${n}: {}   # ${SEGMENT_CATALOGUE[n].role}`),
    '',
    '# Traffic between segments is denied unless a flow of the vetted catalogue is enabled here:',
    '# flows:',
    ...FLOW_IDS.map((id) => `#   ${id}: {}   # ${FLOW_CATALOGUE[id].description}`),
    '',
    '# Nightly backup to Proxmox Backup Server (BSI CON.3). Window inside ' +
      `${D.BACKUP_WINDOW_BOUNDS.earliest}-${D.BACKUP_WINDOW_BOUNDS.latest}, retention within vetted bounds.`,
    '# backup:',
    `#   windowStart: ${q(D.DEFAULT_BACKUP_WINDOW.start)}`,
    `#   windowEnd: ${q(D.DEFAULT_BACKUP_WINDOW.end)}`,
    '#   retention:',
    `#     keepDaily: ${r.keepDaily}     # ${D.RETENTION_BOUNDS.keepDaily.min}-${D.RETENTION_BOUNDS.keepDaily.max}`,
    `#     keepWeekly: ${r.keepWeekly}     # ${D.RETENTION_BOUNDS.keepWeekly.min}-${D.RETENTION_BOUNDS.keepWeekly.max}`,
    `#     keepMonthly: ${r.keepMonthly}   # ${D.RETENTION_BOUNDS.keepMonthly.min}-${D.RETENTION_BOUNDS.keepMonthly.max}`,
    `#     keepYearly: ${r.keepYearly}     # ${D.RETENTION_BOUNDS.keepYearly.min}-${D.RETENTION_BOUNDS.keepYearly.max}`,
    `#   protected: ${D.DEFAULT_BACKUP_PROTECTED}`,
    '',
    `# Days logs are kept centrally (${D.LOG_RETENTION_DAYS.min}-${D.LOG_RETENTION_DAYS.max}).`,
    '# logging:',
    `#   retentionDays: ${D.LOG_RETENTION_DAYS.default}`,
    '',
    `# Logins: ${q(D.DEFAULT_IDENTITY_SOURCE)} uses the provider's shared realm; ldap or oidc bring the Kommune's own directory.`,
    '# identity:',
    `#   source: ${D.DEFAULT_IDENTITY_SOURCE}`,
    '',
  );
  return `${L.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------

interface InitOptions {
  kind?: string;
  dir?: string;
  key?: string;
  force?: boolean;
  fleet?: string;
  name?: string;
}

function listLine(e: RegisterEntry): string {
  return `  ${e.ags}  ${e.name} (${e.land})`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** A path as the user sees it: relative to the working directory when that is shorter. */
function shownPath(io: CliContext['io'], file: string): string {
  return toPosix(path.relative(io.cwd, file)) || '.';
}

/** The version pins a new fleet project takes from this package's own package.json. */
function libraryPins(): { libraryVersion: string; typescriptVersion: string; nodeTypesVersion: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
    devDependencies?: Record<string, string>;
  };
  return {
    libraryVersion: pkg.version,
    // The published package.json keeps its devDependencies; these are the versions it is built with.
    typescriptVersion: pkg.devDependencies?.typescript ?? '5.9.3',
    nodeTypesVersion: pkg.devDependencies?.['@types/node'] ?? '20.19.25',
  };
}

/**
 * `init --fleet <dir>`: writes a fleet project (lib/cli/fleet-project.ts) and `fleet.yaml` into a
 * new or empty folder. Returns the files written, or undefined when it refused (exit code set).
 */
function scaffoldFleet(ctx: CliContext, dirArg: string, opts: InitOptions, land: string): { dir: string; written: string[] } | undefined {
  const { io } = ctx;
  const dir = resolvePath(io, dirArg);
  const name = opts.name ?? projectPackageName(path.basename(dir));
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    throw new UsageError(`--name ${JSON.stringify(name)}: a fleet name is a lower-case DNS label (a-z, 0-9 and -, at most 63 characters, no - at either end); pass one with --name`);
  }
  const files: Record<string, string> = {
    ...fleetProjectFiles({ packageName: `${name}-fleet`, description: `Fleet ${name}: the kommunal-cdk blueprint for its Kommunen`, ...libraryPins() }),
    'fleet.yaml': renderFleetYaml({ name, land, schemaPath: `./node_modules/${LIBRARY_PACKAGE}/schemas/fleet.schema.json` }),
    'README.md': renderFleetReadme(name),
  };
  const existing = Object.keys(files).filter((f) => fs.existsSync(path.join(dir, f)));
  if (existing.length > 0 && !opts.force) {
    io.stderr(`kommunal: ${shownPath(io, dir)} already has ${existing.join(', ')}; nothing written (use --force to replace them)\n`);
    ctx.exitCode = EXIT.invalid;
    return undefined;
  }
  fs.mkdirSync(path.join(dir, D.DEFAULT_TENANTS_FOLDER), { recursive: true });
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
    written.push(file);
  }
  return { dir, written };
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('scaffold kommunen/<key>.yaml for a municipality of the official register (by AGS or official name), or with --fleet a new fleet repository')
    .argument('[ags-or-name]', 'an 8-digit AGS (e.g. 07315000) or an official name (e.g. "Mainz"); optional with --fleet')
    .option('--fleet <dir>', 'scaffold a fleet repository in <dir>: package.json, tsconfig.json, cdktf.json, main.ts, fleet.yaml, kommunen/, README.md')
    .option('--name <name>', 'with --fleet: the fleet name (default: from the folder name)')
    .option('--kind <kind>', `override the kind read from the name (${INIT_KINDS.join(', ')})`)
    .option('--dir <folder>', `folder of the tenant files (default: ${D.DEFAULT_TENANTS_FOLDER}, inside the --fleet folder with --fleet)`)
    .option('--key <key>', 'override the suggested tenant key')
    .option('--force', 'overwrite existing files')
    .action((query: string | undefined, opts: InitOptions) => {
      const { io } = ctx;
      if (opts.name !== undefined && opts.fleet === undefined) throw new UsageError('--name is an option of --fleet');
      if (query === undefined && opts.fleet === undefined) throw new UsageError('name the municipality (an AGS or an official name), or scaffold a fleet repository with --fleet <dir>');
      let chosen: ChosenMunicipality | undefined;
      if (query !== undefined) {
        checkTenantOptions(query, opts);
        // Looked up before anything is written: a run that fails writes nothing.
        chosen = chooseMunicipality(ctx, query, opts);
        if (chosen === undefined) return;
      }
      let tenantsDir = resolvePath(io, opts.dir ?? D.DEFAULT_TENANTS_FOLDER);
      if (opts.fleet !== undefined) {
        // The fleet's Land is the first Kommune's (the AGS starts with it); Rheinland-Pfalz otherwise.
        const made = scaffoldFleet(ctx, opts.fleet, opts, chosen?.entry.ags.slice(0, 2) ?? '07');
        if (made === undefined) return;
        for (const f of made.written) io.stdout(`wrote ${shownPath(io, f)}\n`);
        tenantsDir = opts.dir !== undefined ? resolvePath(io, opts.dir) : path.join(made.dir, D.DEFAULT_TENANTS_FOLDER);
        if (chosen === undefined) {
          const where = shownPath(io, made.dir);
          io.stdout(`next: cd ${where} && npm install && npx kommunal init <AGS or name> --dir ${D.DEFAULT_TENANTS_FOLDER}, then npx kommunal validate\n`);
          ctx.exitCode = EXIT.ok;
          return;
        }
      }
      scaffoldTenant(ctx, chosen as ChosenMunicipality, opts, tenantsDir);
      if (opts.fleet !== undefined && ctx.exitCode === EXIT.ok) {
        io.stdout(`next: cd ${shownPath(io, resolvePath(io, opts.fleet))} && npm install && npx kommunal validate .\n`);
      }
    });
}

/** Refuses bad tenant options before anything is written. */
function checkTenantOptions(query: string, opts: InitOptions): void {
  if (/^[0-9]+$/.test(query.trim()) && !/^[0-9]{8}$/.test(query.trim())) {
    throw new UsageError(`"${query}" is not an AGS: an Amtlicher Gemeindeschluessel has 8 digits (e.g. 07315000; keep leading zeros)`);
  }
  if (opts.kind !== undefined && !INIT_KINDS.includes(opts.kind as TenantKind)) {
    if (opts.kind === 'verbandsgemeinde') {
      throw new UsageError(
        '--kind verbandsgemeinde: a Verbandsgemeinde is not in the municipality register and needs its Ortsgemeinden under "members"; start from examples/verbandsgemeinde/kommunen/vg-musterland.yaml instead',
      );
    }
    throw new UsageError(`--kind "${opts.kind}" is not allowed; use one of ${INIT_KINDS.join(', ')}`);
  }
  if (opts.key !== undefined) {
    const problems = validateTenantKey(opts.key);
    if (problems.length > 0) throw new UsageError(`--key: ${problems.join('; ')}`);
  }
}

/** A register entry with the key and kind its file gets. */
interface ChosenMunicipality {
  readonly entry: RegisterEntry;
  readonly key: string;
  readonly kind: TenantKind;
}

/** Looks the query up in the register; reports and sets the exit code when it is not one entry. */
function chooseMunicipality(ctx: CliContext, query: string, opts: InitOptions): ChosenMunicipality | undefined {
  const { io } = ctx;
  const registerFile = path.join(packageRoot(), REGISTER_FILE);
  const reg = readRegister(registerFile);
  const found = lookupMunicipality(reg, query);
  if (found.kind === 'ambiguous') {
    io.stderr(`kommunal: "${query}" matches ${found.matches.length} municipalities; run again with the AGS of the one you mean:\n`);
    for (const e of found.matches) io.stderr(`${listLine(e)}\n`);
    ctx.exitCode = EXIT.invalid;
    return undefined;
  }
  if (found.kind === 'none') {
    const what = /^[0-9]{8}$/.test(query.trim()) ? `AGS ${query.trim()}` : `"${query}"`;
    io.stderr(`kommunal: ${what} is not in the municipality register (${REGISTER_FILE}, Gebietsstand 2021).\n`);
    if (found.suggestions.length > 0) {
      io.stderr('Did you mean:\n');
      for (const e of found.suggestions) io.stderr(`${listLine(e)}\n`);
    } else {
      io.stderr('Verbandsgemeinden, Landkreise and Zweckverbaende are not in the register; write their file by hand (see docs/parameters.md).\n');
    }
    ctx.exitCode = EXIT.invalid;
    return undefined;
  }

  const entry = found.entry;
  const key = opts.key ?? assignTenantKeys(reg).get(entry.ags);
  if (key === undefined) throw new Error(`no key for AGS ${entry.ags}`);
  const kind = (opts.kind as TenantKind | undefined) ?? kindFromName(entry.name, entry.ags);
  return { entry, key, kind };
}

/** Writes `<dir>/<key>.yaml` for one register entry. */
function scaffoldTenant(ctx: CliContext, chosen: ChosenMunicipality, opts: InitOptions, dir: string): void {
  const { io } = ctx;
  const { entry, key, kind } = chosen;
  const file = path.join(dir, `${key}.yaml`);
  const shown = shownPath(io, file);
  if (fs.existsSync(file) && !opts.force) {
    io.stderr(`kommunal: ${shown} already exists; not overwritten (use --force to replace it)\n`);
    ctx.exitCode = EXIT.invalid;
    return;
  }
  const schema = path.join(packageRoot(), 'schemas', 'kommune.schema.json');
  const text = renderKommuneYaml({
    key, name: baseName(entry.name), officialName: entry.name, kind, ags: entry.ags,
    kindSource: opts.kind !== undefined ? 'option' : 'name',
    schemaPath: toPosix(path.relative(dir, schema)),
  });
  const previous = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, text);
  try {
    loadKommuneFile(file, { displayRoot: io.cwd });
  } catch (e) {
    // never leave a file behind that does not load
    if (previous !== undefined) fs.writeFileSync(file, previous);
    else fs.rmSync(file);
    if (isValidationError(e)) {
      for (const p of e.problems) io.stderr(`${formatProblem(p)}\n`);
      io.stderr(`kommunal: the scaffolded file did not validate and was not kept; this is a bug in kommunal-cdk, please report it\n`);
      ctx.exitCode = EXIT.invalid;
      return;
    }
    throw e;
  }
  io.stdout(`wrote ${shown}: ${entry.name} (AGS ${entry.ags}), key ${key}, kind ${kind}\n`);
  if (opts.fleet === undefined) io.stdout(`next: review the file, then run \`kommunal validate ${shownPath(io, dir)}\`\n`);
  ctx.exitCode = EXIT.ok;
}
