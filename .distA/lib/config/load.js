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
exports.checkKommuneFile = checkKommuneFile;
exports.checkFleetFile = checkFleetFile;
exports.loadKommuneFile = loadKommuneFile;
exports.loadFleetFile = loadFleetFile;
exports.checkFleetWithTenants = checkFleetWithTenants;
exports.loadFleet = loadFleet;
/**
 * Loading parameter files with positions: YAML syntax, structure (JSON Schema via ajv) and
 * semantics, all problems of a file (and of a fleet) at once.
 *
 * The `check*` functions return problems; the `load*` functions throw a ValidationError carrying
 * all of them, or return typed, positioned data. File names in messages are relative to
 * `displayRoot` (default: the working directory).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const D = __importStar(require("./defaults"));
const messages_1 = require("./messages");
const problems_1 = require("./problems");
const schema_check_1 = require("./schema-check");
const source_1 = require("./source");
const validate_fleet_1 = require("./validate-fleet");
const validate_kommune_1 = require("./validate-kommune");
function displayName(abs, opts) {
    const root = opts.displayRoot ?? process.cwd();
    const rel = path.relative(root, abs);
    return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}
function checkFile(file, kind, opts) {
    const abs = path.resolve(file);
    const shown = displayName(abs, opts);
    let text;
    try {
        text = fs.readFileSync(abs, 'utf8');
    }
    catch (e) {
        const reason = e.code === 'ENOENT' ? 'no such file' : e.message;
        return { data: undefined, problems: [{ file: shown, line: 1, column: 1, path: '', message: messages_1.MSG.cannotRead(reason) }] };
    }
    const src = new source_1.SourceFile(shown, text);
    if (src.syntaxProblems.length > 0)
        return { src, data: undefined, problems: src.syntaxProblems };
    const what = kind === 'fleet' ? 'fleet file' : 'Kommune file';
    if (src.data === null || src.data === undefined) {
        return { src, data: src.data, problems: [src.problem([], messages_1.MSG.emptyFile(what))] };
    }
    if (!(0, validate_kommune_1.isObj)(src.data))
        return { src, data: src.data, problems: [src.problem([], messages_1.MSG.notAMapping(`a ${what}`, src.data))] };
    const problems = [...(0, schema_check_1.schemaProblems)(src, kind), ...(kind === 'fleet' ? (0, validate_fleet_1.checkFleet)(src, src.data) : (0, validate_kommune_1.checkKommune)(src, src.data))];
    return { src, data: src.data, problems: (0, problems_1.sortProblems)(problems) };
}
/** Checks one kommune file; never throws for invalid input. */
function checkKommuneFile(file, opts = {}) {
    return checkFile(file, 'kommune', opts);
}
/** Checks one fleet file alone (without its tenants); never throws for invalid input. */
function checkFleetFile(file, opts = {}) {
    return checkFile(file, 'fleet', opts);
}
function loaded(abs, src, data) {
    return {
        file: src.file,
        path: abs,
        data: data,
        position: (p) => ({ file: src.file, ...src.position(p) }),
    };
}
/** Loads and validates one `kommunen/<key>.yaml`. @throws ValidationError with every problem */
function loadKommuneFile(file, opts = {}) {
    const c = checkKommuneFile(file, opts);
    if (c.problems.length > 0 || !c.src)
        throw new problems_1.ValidationError(c.problems);
    return loaded(path.resolve(file), c.src, c.data);
}
/** Loads and validates fleet.yaml alone (its tenants are not read). @throws ValidationError */
function loadFleetFile(file, opts = {}) {
    const c = checkFleetFile(file, opts);
    if (c.problems.length > 0 || !c.src)
        throw new problems_1.ValidationError(c.problems);
    return loaded(path.resolve(file), c.src, c.data);
}
/** Tenant files of a fleet folder: `*.yaml` and `*.yml` (the latter are reported), sorted by name. */
function tenantFiles(dir) {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
        .map((e) => e.name)
        .sort()
        .map((n) => path.join(dir, n));
}
/** Checks fleet.yaml and every tenant file of its tenants folder; never throws for invalid input. */
function checkFleetWithTenants(fleetPath, opts = {}) {
    const abs = path.resolve(fleetPath);
    const dir = path.dirname(abs);
    const fc = checkFleetFile(abs, opts);
    const problems = [...fc.problems];
    const files = [abs];
    const fleetData = (0, validate_kommune_1.isObj)(fc.data) ? fc.data : {};
    const folder = typeof fleetData.tenants === 'string' ? fleetData.tenants : D.DEFAULT_TENANTS_FOLDER;
    const tenantsDir = path.resolve(dir, folder);
    const tenants = [];
    if (!fs.existsSync(tenantsDir) || !fs.statSync(tenantsDir).isDirectory()) {
        if (fc.src)
            problems.push(fc.src.problem(['tenants'], messages_1.MSG.tenantsFolderMissing(folder)));
    }
    else {
        const list = tenantFiles(tenantsDir);
        if (list.length === 0 && fc.src)
            problems.push(fc.src.problem(['tenants'], messages_1.MSG.noTenants(folder)));
        for (const f of list) {
            const check = checkKommuneFile(f, opts);
            files.push(f);
            problems.push(...check.problems);
            if (f.endsWith('.yml') && check.src)
                problems.push(check.src.problem([], messages_1.MSG.wrongExtension(path.basename(f))));
            tenants.push({ abs: f, check });
        }
    }
    problems.push(...(0, validate_fleet_1.checkFleetTenants)(fc.data, tenants.filter((t) => t.check.src).map((t) => ({ src: t.check.src, data: t.check.data }))));
    if (problems.length > 0 || !fc.src)
        return { problems: (0, problems_1.sortProblems)(problems), files };
    const base = loaded(abs, fc.src, fc.data);
    const fleet = {
        ...base,
        dir,
        tenantsDir,
        tenants: tenants.map((t) => loaded(t.abs, t.check.src, t.check.data)),
    };
    return { problems: [], files, fleet };
}
/**
 * Loads fleet.yaml and all tenant files of its `tenants` folder (sorted by file name).
 * @throws ValidationError with every problem of every file
 */
function loadFleet(fleetPath, opts = {}) {
    const c = checkFleetWithTenants(fleetPath, opts);
    if (!c.fleet)
        throw new problems_1.ValidationError(c.problems);
    return c.fleet;
}
