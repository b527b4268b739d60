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
exports.changedLockEntries = changedLockEntries;
exports.selectChangedTenants = selectChangedTenants;
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
const path = __importStar(require("path"));
const PACKAGE_FILES = new Set(['package.json', 'package-lock.json']);
/** Lock entries that differ between two lockfiles (added, removed or changed), by tenant key. */
function changedLockEntries(now, then) {
    if (!now || !then)
        return { all: true, keys: [] };
    if (now.zoneType !== then.zoneType)
        return { all: true, keys: [] };
    const keys = new Set([...Object.keys(now.tenants), ...Object.keys(then.tenants)]);
    return { all: false, keys: [...keys].filter((k) => JSON.stringify(now.tenants[k]) !== JSON.stringify(then.tenants[k])).sort() };
}
/** Selects the tenants a set of changed files touches. */
function selectChangedTenants(input) {
    const known = new Set(input.tenants);
    const selected = new Set();
    const removed = new Set();
    let allBecause;
    const norm = (p) => path.posix.normalize(p).replace(/^\.\//, '').replace(/\/$/, '').replace(/^\.$/, '');
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
            if (diff.all)
                allBecause ??= `${file} changed its zone type or was added or removed`;
            for (const k of diff.keys)
                if (known.has(k))
                    selected.add(k);
            continue;
        }
        if (/\.ya?ml$/.test(file) && path.posix.dirname(file) === (tenantsDir === '' ? '.' : tenantsDir)) {
            const key = path.posix.basename(file).replace(/\.ya?ml$/, '');
            if (known.has(key))
                selected.add(key);
            else
                removed.add(key);
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
