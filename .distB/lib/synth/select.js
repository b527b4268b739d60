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
exports.extractLockEntries = extractLockEntries;
exports.loadFleetModelForTenants = loadFleetModelForTenants;
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const lockfile_1 = require("../allocation/lockfile");
const fleet_1 = require("../blueprint/fleet");
const resolve_platform_1 = require("../blueprint/resolve-platform");
const D = __importStar(require("../config/defaults"));
const load_1 = require("../config/load");
const resolve_1 = require("../config/resolve");
const validate_fleet_1 = require("../config/validate-fleet");
const validate_kommune_1 = require("../config/validate-kommune");
class Fallback extends Error {
}
function loadedOf(abs, src, data) {
    return { file: src.file, path: abs, data: data, position: (p) => ({ file: src.file, ...src.position(p) }) };
}
/**
 * The lines of a canonical lockfile (serializeLockFile) that hold the given tenants: the top-level
 * fields and each tenant's block, as a smaller lockfile of the same layout. Undefined when the text
 * is not in that layout or a tenant is missing or appears twice.
 */
function extractLockEntries(text, keys) {
    const lines = text.split('\n');
    const tenantsAt = lines.indexOf('tenants:');
    if (tenantsAt < 0)
        return undefined;
    const head = lines.slice(0, tenantsAt);
    // Top-level fields other than tenants must come before it; after it only tenant blocks follow.
    for (let i = tenantsAt + 1; i < lines.length; i++) {
        const l = lines[i];
        if (l !== '' && !l.startsWith('  '))
            return undefined;
    }
    const out = [...head, 'tenants:'];
    for (const key of [...keys].sort()) {
        const header = `  ${key}:`;
        const at = lines.indexOf(header, tenantsAt + 1);
        if (at < 0 || lines.indexOf(header, at + 1) >= 0)
            return undefined;
        out.push(header);
        for (let i = at + 1; i < lines.length && lines[i].startsWith('    '); i++)
            out.push(lines[i]);
    }
    return `${out.join('\n')}\n`;
}
function tenantKeysOf(dir) {
    const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name);
    return { keys: names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort(), yml: names.some((n) => n.endsWith('.yml')) };
}
function lightLoad(options, tenants) {
    const fleetAbs = path.resolve(options.fleetFile);
    const dir = path.dirname(fleetAbs);
    const fc = (0, load_1.checkFleetFile)(fleetAbs, options);
    if (fc.problems.length > 0 || !fc.src || !(0, validate_kommune_1.isObj)(fc.data))
        throw new Fallback('fleet.yaml has problems');
    const fleetData = fc.data;
    const folder = typeof fleetData.tenants === 'string' ? fleetData.tenants : D.DEFAULT_TENANTS_FOLDER;
    const tenantsDir = path.resolve(dir, folder);
    if (!fs.existsSync(tenantsDir) || !fs.statSync(tenantsDir).isDirectory())
        throw new Fallback('no tenants folder');
    const { keys, yml } = tenantKeysOf(tenantsDir);
    if (yml)
        throw new Fallback('a .yml file in the tenants folder');
    const known = new Set(keys);
    const wanted = [...new Set(tenants)].sort();
    if (wanted.length === 0 || wanted.some((k) => !known.has(k)))
        throw new Fallback('unknown tenant');
    const loadedTenants = [];
    const checked = [];
    for (const key of wanted) {
        const abs = path.join(tenantsDir, `${key}.yaml`);
        const c = (0, load_1.checkKommuneFile)(abs, options);
        if (c.problems.length > 0 || !c.src)
            throw new Fallback(`${key}.yaml has problems`);
        loadedTenants.push(loadedOf(abs, c.src, c.data));
        checked.push({ src: c.src, data: c.data });
    }
    const cross = (0, validate_fleet_1.checkFleetTenants)(fc.data, checked);
    if (cross.length > 0)
        throw new Fallback('cross-file problems');
    const lockPath = options.lockFile ?? path.join(dir, lockfile_1.LOCKFILE_NAME);
    if (!fs.existsSync(lockPath))
        throw new Fallback('no lock');
    const mini = extractLockEntries(fs.readFileSync(lockPath, 'utf8'), wanted);
    if (mini === undefined)
        throw new Fallback('lock not in canonical layout or tenant not in it');
    let previous;
    try {
        previous = (0, lockfile_1.parseLockFile)(mini, lockPath);
    }
    catch {
        throw new Fallback('lock entry has problems');
    }
    if ((0, lockfile_1.serializeLockFile)(previous) !== mini)
        throw new Fallback('lock not in canonical layout');
    if (wanted.some((k) => previous.tenants[k] === undefined || previous.tenants[k].retired))
        throw new Fallback('tenant retired');
    const base = loadedOf(fleetAbs, fc.src, fc.data);
    const fleet = { ...base, dir, tenantsDir, tenants: loadedTenants };
    let resolved;
    try {
        resolved = (0, resolve_1.resolveFleet)(fleet, previous);
    }
    catch {
        throw new Fallback('resolution failed');
    }
    if ((0, lockfile_1.serializeLockFile)(resolved.lock) !== mini)
        throw new Fallback('allocation would change the lock');
    const model = { fleet, platform: (0, resolve_platform_1.resolvePlatform)(fleet), specs: resolved.specs, lock: previous, lockPath, lockChanged: false };
    return { model, partial: true, fleetKeys: keys };
}
/**
 * Loads what synthesizing `tenants` needs (see the module comment), falling back to the full
 * loadFleetModel when the light load cannot prove it gives the same result.
 */
function loadFleetModelForTenants(options, tenants) {
    try {
        return lightLoad(options, tenants);
    }
    catch (e) {
        if (!(e instanceof Fallback))
            throw e;
        const model = (0, fleet_1.loadFleetModel)(options);
        return { model, partial: false, fleetKeys: Object.keys(model.specs).sort(), fallbackReason: e.message };
    }
}
