"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.INIT_KINDS = exports.MAX_SUGGESTIONS = exports.REGISTER_FILE = void 0;
exports.parseCsv = parseCsv;
exports.parseRegister = parseRegister;
exports.readRegister = readRegister;
exports.lookupMunicipality = lookupMunicipality;
exports.kindFromName = kindFromName;
exports.renderKommuneYaml = renderKommuneYaml;
exports.register = register;
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
 * - The key is lib/naming's suggestion, with ambiguity computed over the whole register
 *   (`assignTenantKeys`), so two "Altdorf" never get the same key; `--key` overrides it.
 * - An existing file is never overwritten without `--force`. The written file is loaded with the
 *   regular loader before success is reported; if it does not load, it is removed again.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const D = __importStar(require("../../config/defaults"));
const catalogue_1 = require("../../config/catalogue");
const did_you_mean_1 = require("../../config/did-you-mean");
const flows_1 = require("../../config/flows");
const json_schema_1 = require("../../config/json-schema");
const load_1 = require("../../config/load");
const problems_1 = require("../../config/problems");
const tenant_key_1 = require("../../naming/tenant-key");
const slug_1 = require("../../naming/slug");
const io_1 = require("../io");
const sync_1 = require("csv-parse/sync");
// ---------------------------------------------------------------------------------------------
// The municipality register
// ---------------------------------------------------------------------------------------------
/** Register file inside the package, relative to the package root. */
exports.REGISTER_FILE = 'data/gemeinden-2021.csv';
/** Columns the register must have (in any order; more are allowed). */
const REGISTER_COLUMNS = ['ags', 'name', 'land'];
/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; a BOM
 * and CRLF are tolerated) with csv-parse. Errors name the file and line.
 */
function parseCsv(text, fileName = 'CSV') {
    try {
        return (0, sync_1.parse)(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] });
    }
    catch (e) {
        const err = e;
        throw new Error(`${fileName}:${err.lines ?? '?'}: ${err.message.replace(/ at line \d+.*$/s, '')}`);
    }
}
/** Parses register CSV text (header row with at least ags, name, land). Collects all bad rows. */
function parseRegister(text, fileName = exports.REGISTER_FILE) {
    const rows = parseCsv(text, fileName);
    const header = rows[0] ?? [];
    const col = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, header.indexOf(c)]));
    const missing = REGISTER_COLUMNS.filter((c) => col[c] < 0);
    if (missing.length > 0)
        throw new Error(`${fileName}:1: missing column(s) ${missing.join(', ')}; the header is ${JSON.stringify(header.join(','))}`);
    const problems = [];
    const seen = new Map();
    const out = [];
    rows.slice(1).forEach((r, i) => {
        const line = i + 2;
        if (r.length !== header.length) {
            problems.push(`${fileName}:${line}: has ${r.length} fields, the header has ${header.length}`);
            return;
        }
        const ags = r[col.ags];
        const name = r[col.name].trim();
        if (!/^[0-9]{8}$/.test(ags))
            problems.push(`${fileName}:${line}: ags ${JSON.stringify(ags)} is not 8 digits`);
        if (name === '')
            problems.push(`${fileName}:${line}: name is empty`);
        const first = seen.get(ags);
        if (first !== undefined)
            problems.push(`${fileName}:${line}: ags ${ags} repeats line ${first}`);
        seen.set(ags, line);
        out.push({ ags, name, land: r[col.land] });
    });
    if (problems.length > 0)
        throw new Error(`${fileName}: ${problems.length} bad row(s):\n  ${problems.join('\n  ')}`);
    return out;
}
/** Reads the register that ships with the package. */
function readRegister(file = path.join((0, json_schema_1.packageRoot)(), exports.REGISTER_FILE)) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new Error(`cannot read the municipality register ${file}: ${e.message}; the package is incomplete (data/ must be shipped)`);
    }
    return parseRegister(text, file);
}
/** How many did-you-mean suggestions are shown at most. */
exports.MAX_SUGGESTIONS = 5;
const fold = (s) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
/**
 * Looks up an 8-digit AGS, or a name: an exact (case-insensitive) match of the official name wins;
 * otherwise every entry whose base name matches. Suggestions: entries whose base name is within an
 * edit distance of max(2, length/4), nearest first.
 */
function lookupMunicipality(register, query) {
    const q = fold(query);
    if (/^[0-9]{8}$/.test(q)) {
        const entry = register.find((e) => e.ags === q);
        return entry ? { kind: 'found', entry } : { kind: 'none', suggestions: [] };
    }
    const full = register.filter((e) => fold(e.name) === q);
    const matches = full.length > 0 ? full : register.filter((e) => fold((0, slug_1.baseName)(e.name)) === q);
    if (matches.length === 1)
        return { kind: 'found', entry: matches[0] };
    if (matches.length > 1)
        return { kind: 'ambiguous', matches };
    const limit = Math.max(2, Math.floor(q.length / 4));
    const qt = transliterate(q);
    const scored = register
        .map((e) => {
        const base = fold((0, slug_1.baseName)(e.name));
        // 0: same after transliteration (Muenchen/München); 1: the name starts with the query as a word
        // ("Ingelheim" -> "Ingelheim am Rhein"); else the edit distance, offset so these rank first
        if (transliterate(base) === qt)
            return { e, d: 0 };
        if (base.startsWith(`${q} `) || base.startsWith(`${q}-`) || base.startsWith(`${q}/`))
            return { e, d: 1 };
        const d = Math.min((0, did_you_mean_1.editDistance)(q, base), (0, did_you_mean_1.editDistance)(q, fold(e.name)), (0, did_you_mean_1.editDistance)(qt, transliterate(base)));
        return { e, d: d <= limit ? d + 1 : Infinity };
    })
        .filter((x) => x.d !== Infinity)
        .sort((a, b) => a.d - b.d || a.e.ags.localeCompare(b.e.ags));
    return { kind: 'none', suggestions: scored.slice(0, exports.MAX_SUGGESTIONS).map((x) => x.e) };
}
/** German letters spelled out, so "Muenchen" finds "München" and "Strasse" finds "Straße". */
function transliterate(s) {
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
function kindFromName(officialName, ags) {
    if (ags !== undefined && /^[0-9]{5}000$/.test(ags))
        return 'stadt';
    const name = officialName.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (/\((krfr\.\s*st\.?|kreisfreie stadt)\)$/i.test(name))
        return 'stadt';
    if (/\s(kfr\.\s*st\.|gr\.\s*kr\.\s*st\.)$/i.test(name))
        return 'stadt';
    const comma = name.lastIndexOf(',');
    if (comma < 0)
        return 'gemeinde';
    // "Weißwasser/O.L., Stadt/Běła Woda": the status is the part before the slash
    const suffix = name.slice(comma + 1).split('/')[0].trim().toLowerCase();
    if (STADT_SUFFIXES.has(suffix) || /stadt$/.test(suffix))
        return 'stadt';
    return 'gemeinde';
}
/** Kinds `kommunal init` can scaffold from a register entry. */
exports.INIT_KINDS = ['gemeinde', 'stadt', 'landkreis', 'zweckverband'];
const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
/** The text of a new tenant file: required fields set, every optional knob commented with its vetted default. */
function renderKommuneYaml(s) {
    const r = D.DEFAULT_RETENTION;
    const optional = catalogue_1.SEGMENT_NAMES.filter((n) => !catalogue_1.SEGMENT_CATALOGUE[n].mandatory);
    const L = [
        `# yaml-language-server: $schema=${s.schemaPath}`,
        '#',
        `# Tenant file of ${s.name} (AGS ${s.ags}), scaffolded by \`kommunal init\` from the official register`,
        '# (data/gemeinden-2021.csv in kommunal-cdk). Only safe knobs live here; the provider engineers set the',
        '# platform in fleet.yaml. Every commented line shows a knob with its vetted default: uncomment it only',
        '# to choose something else. Check the file with `kommunal validate`.',
        '',
        '# Stable tenant key: file name, DNS label, Vault path, PBS namespace. Never change it after the first apply.',
        `key: ${s.key}`,
        '# Official name as printed in the register (status suffixes included).',
        `name: ${q(s.name)}`,
        s.kindSource === 'name'
            ? '# Kind, read from the official name and AGS (gemeinde | stadt | landkreis | zweckverband | verbandsgemeinde).'
            : '# Kind, chosen with --kind (gemeinde | stadt | landkreis | zweckverband | verbandsgemeinde).',
        `kind: ${s.kind}`,
    ];
    if (s.kind === 'zweckverband') {
        L.push(`# A Zweckverband has no AGS; the register entry used was ${s.ags}.`);
    }
    else {
        L.push('# Amtlicher Gemeindeschluessel. Keep the quotes: unquoted, YAML drops the leading zero.', `ags: ${q(s.ags)}`);
    }
    L.push('', `# Size profile s | m | l: picks the address block and the default segment sizes (default ${catalogue_1.DEFAULT_SIZE}).`, `# size: ${catalogue_1.DEFAULT_SIZE}`, '', `# Segments management, servers and clients always exist. Optional ones: ${optional.join(', ')}.`, '# segments:', ...optional.map((n) => `#   ${n}: {}   # ${catalogue_1.SEGMENT_CATALOGUE[n].role}`), '', '# Traffic between segments is denied unless a flow of the vetted catalogue is enabled here:', '# flows:', ...flows_1.FLOW_IDS.map((id) => `#   ${id}: {}   # ${flows_1.FLOW_CATALOGUE[id].description}`), '', '# Nightly backup to Proxmox Backup Server (BSI CON.3). Window inside ' +
        `${D.BACKUP_WINDOW_BOUNDS.earliest}-${D.BACKUP_WINDOW_BOUNDS.latest}, retention within vetted bounds.`, '# backup:', `#   windowStart: ${q(D.DEFAULT_BACKUP_WINDOW.start)}`, `#   windowEnd: ${q(D.DEFAULT_BACKUP_WINDOW.end)}`, '#   retention:', `#     keepDaily: ${r.keepDaily}     # ${D.RETENTION_BOUNDS.keepDaily.min}-${D.RETENTION_BOUNDS.keepDaily.max}`, `#     keepWeekly: ${r.keepWeekly}     # ${D.RETENTION_BOUNDS.keepWeekly.min}-${D.RETENTION_BOUNDS.keepWeekly.max}`, `#     keepMonthly: ${r.keepMonthly}   # ${D.RETENTION_BOUNDS.keepMonthly.min}-${D.RETENTION_BOUNDS.keepMonthly.max}`, `#     keepYearly: ${r.keepYearly}     # ${D.RETENTION_BOUNDS.keepYearly.min}-${D.RETENTION_BOUNDS.keepYearly.max}`, `#   protected: ${D.DEFAULT_BACKUP_PROTECTED}`, '', `# Days logs are kept centrally (${D.LOG_RETENTION_DAYS.min}-${D.LOG_RETENTION_DAYS.max}).`, '# logging:', `#   retentionDays: ${D.LOG_RETENTION_DAYS.default}`, '', `# Logins: ${q(D.DEFAULT_IDENTITY_SOURCE)} uses the provider's shared realm; ldap or oidc bring the Kommune's own directory.`, '# identity:', `#   source: ${D.DEFAULT_IDENTITY_SOURCE}`, '');
    return `${L.join('\n')}`;
}
function listLine(e) {
    return `  ${e.ags}  ${e.name} (${e.land})`;
}
function toPosix(p) {
    return p.split(path.sep).join('/');
}
function register(program, ctx) {
    program
        .command('init')
        .description('scaffold kommunen/<key>.yaml for a municipality of the official register, by AGS or official name')
        .argument('<ags-or-name>', 'an 8-digit AGS (e.g. 07315000) or an official name (e.g. "Mainz")')
        .option('--kind <kind>', `override the kind read from the name (${exports.INIT_KINDS.join(', ')})`)
        .option('--dir <folder>', 'folder of the tenant files', D.DEFAULT_TENANTS_FOLDER)
        .option('--key <key>', 'override the suggested tenant key')
        .option('--force', 'overwrite an existing file')
        .action((query, opts) => {
        const { io } = ctx;
        if (/^[0-9]+$/.test(query.trim()) && !/^[0-9]{8}$/.test(query.trim())) {
            throw new io_1.UsageError(`"${query}" is not an AGS: an Amtlicher Gemeindeschluessel has 8 digits (e.g. 07315000; keep leading zeros)`);
        }
        if (opts.kind !== undefined && !exports.INIT_KINDS.includes(opts.kind)) {
            if (opts.kind === 'verbandsgemeinde') {
                throw new io_1.UsageError('--kind verbandsgemeinde: a Verbandsgemeinde is not in the municipality register and needs its Ortsgemeinden under "members"; start from examples/verbandsgemeinde/kommunen/vg-musterland.yaml instead');
            }
            throw new io_1.UsageError(`--kind "${opts.kind}" is not allowed; use one of ${exports.INIT_KINDS.join(', ')}`);
        }
        if (opts.key !== undefined) {
            const problems = (0, tenant_key_1.validateTenantKey)(opts.key);
            if (problems.length > 0)
                throw new io_1.UsageError(`--key: ${problems.join('; ')}`);
        }
        const registerFile = path.join((0, json_schema_1.packageRoot)(), exports.REGISTER_FILE);
        const reg = readRegister(registerFile);
        const found = lookupMunicipality(reg, query);
        if (found.kind === 'ambiguous') {
            io.stderr(`kommunal: "${query}" matches ${found.matches.length} municipalities; run again with the AGS of the one you mean:\n`);
            for (const e of found.matches)
                io.stderr(`${listLine(e)}\n`);
            ctx.exitCode = io_1.EXIT.invalid;
            return;
        }
        if (found.kind === 'none') {
            const what = /^[0-9]{8}$/.test(query.trim()) ? `AGS ${query.trim()}` : `"${query}"`;
            io.stderr(`kommunal: ${what} is not in the municipality register (${exports.REGISTER_FILE}, Gebietsstand 2021).\n`);
            if (found.suggestions.length > 0) {
                io.stderr('Did you mean:\n');
                for (const e of found.suggestions)
                    io.stderr(`${listLine(e)}\n`);
            }
            else {
                io.stderr('Verbandsgemeinden, Landkreise and Zweckverbaende are not in the register; write their file by hand (see docs/parameters.md).\n');
            }
            ctx.exitCode = io_1.EXIT.invalid;
            return;
        }
        const entry = found.entry;
        const key = opts.key ?? (0, tenant_key_1.assignTenantKeys)(reg).get(entry.ags);
        if (key === undefined)
            throw new Error(`no key for AGS ${entry.ags}`);
        const kind = opts.kind ?? kindFromName(entry.name, entry.ags);
        const dir = (0, io_1.resolvePath)(io, opts.dir);
        const file = path.join(dir, `${key}.yaml`);
        const shown = toPosix(path.relative(io.cwd, file)) || file;
        if (fs.existsSync(file) && !opts.force) {
            io.stderr(`kommunal: ${shown} already exists; not overwritten (use --force to replace it)\n`);
            ctx.exitCode = io_1.EXIT.invalid;
            return;
        }
        const schema = path.join((0, json_schema_1.packageRoot)(), 'schemas', 'kommune.schema.json');
        const text = renderKommuneYaml({
            key, name: entry.name, kind, ags: entry.ags,
            kindSource: opts.kind !== undefined ? 'option' : 'name',
            schemaPath: toPosix(path.relative(dir, schema)),
        });
        const previous = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, text);
        try {
            (0, load_1.loadKommuneFile)(file, { displayRoot: io.cwd });
        }
        catch (e) {
            // never leave a file behind that does not load
            if (previous !== undefined)
                fs.writeFileSync(file, previous);
            else
                fs.rmSync(file);
            if ((0, problems_1.isValidationError)(e)) {
                for (const p of e.problems)
                    io.stderr(`${(0, problems_1.formatProblem)(p)}\n`);
                io.stderr(`kommunal: the scaffolded file did not validate and was not kept; this is a bug in kommunal-cdk, please report it\n`);
                ctx.exitCode = io_1.EXIT.invalid;
                return;
            }
            throw e;
        }
        io.stdout(`wrote ${shown}: ${entry.name} (AGS ${entry.ags}), key ${key}, kind ${kind}\n`);
        io.stdout(`next: review the file, then run \`kommunal validate ${toPosix(path.relative(io.cwd, dir)) || '.'}\`\n`);
        ctx.exitCode = io_1.EXIT.ok;
    });
}
