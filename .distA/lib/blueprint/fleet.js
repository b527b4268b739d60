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
exports.Fleet = exports.PLATFORM_STACK_NAME = void 0;
exports.recordedBlueprintFor = recordedBlueprintFor;
exports.loadFleetModel = loadFleetModel;
exports.writeLockIfChanged = writeLockIfChanged;
exports.runFleetApp = runFleetApp;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const lockfile_1 = require("../allocation/lockfile");
const load_1 = require("../config/load");
const resolve_1 = require("../config/resolve");
const address_map_1 = require("../upgrade/address-map");
const kommune_stack_1 = require("./kommune-stack");
const platform_stack_1 = require("./platform-stack");
const resolve_platform_1 = require("./resolve-platform");
const tenant_documents_1 = require("./tenant-documents");
/**
 * The blueprint version a tenant's state was last applied with, when it differs from this
 * library's (then its stack carries moved blocks, or fails for a newer version); undefined when the
 * tenant is current. Absent in the lock means version 1.
 */
function recordedBlueprintFor(lock, key) {
    const recorded = lock.tenants[key]?.blueprint ?? 1;
    return recorded !== address_map_1.BLUEPRINT_VERSION ? recorded : undefined;
}
/** Stack name of the platform stack; tenant keys may not take it. */
exports.PLATFORM_STACK_NAME = 'platform';
/** Reads fleet.yaml, its tenant files and the lockfile, validates and resolves them. */
function loadFleetModel(options) {
    const fleet = (0, load_1.loadFleet)(options.fleetFile, options);
    const lockPath = options.lockFile ?? path.join(path.dirname(path.resolve(options.fleetFile)), lockfile_1.LOCKFILE_NAME);
    const previous = (0, lockfile_1.readLockFileIfPresent)(lockPath);
    const resolved = (0, resolve_1.resolveFleet)(fleet, previous);
    // New tenants are built with the current blueprint; record it so later upgrades know where they start.
    const added = new Set(resolved.allocation.added);
    const lock = added.size === 0 ? resolved.lock : {
        ...resolved.lock,
        tenants: Object.fromEntries(Object.entries(resolved.lock.tenants).map(([k, t]) => [k, added.has(k) ? { ...t, blueprint: address_map_1.BLUEPRINT_VERSION } : t])),
    };
    const lockChanged = previous === undefined || (0, lockfile_1.serializeLockFile)(previous) !== (0, lockfile_1.serializeLockFile)(lock);
    return { fleet, platform: (0, resolve_platform_1.resolvePlatform)(fleet), specs: resolved.specs, lock, lockPath, lockChanged };
}
/** Writes the lock when it changed; returns whether it wrote. */
function writeLockIfChanged(model) {
    if (!model.lockChanged)
        return false;
    fs.writeFileSync(model.lockPath, (0, lockfile_1.serializeLockFile)(model.lock));
    return true;
}
/**
 * Builds the platform stack and one KommuneStack per tenant of a resolved fleet into an App.
 * Stack names: `platform` and each tenant key.
 */
class Fleet {
    platform;
    tenants;
    constructor(app, model, options = {}) {
        const wanted = options.tenants ?? Object.keys(model.specs);
        const unknown = wanted.filter((k) => model.specs[k] === undefined);
        if (unknown.length > 0) {
            throw new Error(`unknown tenant${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; the fleet has ${Object.keys(model.specs).length} tenants (see "kommunal explain")`);
        }
        if (model.specs[exports.PLATFORM_STACK_NAME])
            throw new Error(`tenant key "${exports.PLATFORM_STACK_NAME}" is reserved for the platform stack; rename the tenant`);
        if (options.platform ?? true)
            this.platform = new platform_stack_1.PlatformStack(app, exports.PLATFORM_STACK_NAME, { platform: model.platform });
        const tenants = {};
        for (const key of [...wanted].sort()) {
            tenants[key] = new kommune_stack_1.KommuneStack(app, key, {
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
    writeDocuments(dir) {
        const written = [];
        for (const [key, stack] of Object.entries(this.tenants)) {
            const out = path.join(dir, key);
            fs.mkdirSync(out, { recursive: true });
            const docs = {
                'network-plan.md': (0, tenant_documents_1.renderNetworkPlan)(stack.spec),
                'backup-plan.md': (0, tenant_documents_1.renderBackupPlan)(stack.spec),
                'access-matrix.md': (0, tenant_documents_1.renderAccessMatrix)(stack.spec, stack.access?.aclEntries ?? [], Object.values(stack.vault.policies).filter((p) => p !== undefined)),
            };
            for (const [name, text] of Object.entries(docs)) {
                fs.writeFileSync(path.join(out, name), text);
                written.push(path.join(out, name));
            }
        }
        return written;
    }
}
exports.Fleet = Fleet;
/**
 * The whole cdktf app of a fleet folder, as the examples run it: load and resolve the fleet, build
 * the platform and tenant stacks, synthesize, write the tenant documents next to the stacks
 * (`<outdir>/documents/<key>/`) and record new allocations in fleet.lock.yaml (commit it).
 */
function runFleetApp(options) {
    const log = options.log ?? ((line) => console.log(line));
    const model = loadFleetModel({ fleetFile: path.join(options.dir, 'fleet.yaml'), displayRoot: options.dir });
    const app = new cdktf_1.App({ outdir: options.outdir ?? process.env.CDKTF_OUTDIR ?? path.join(options.dir, 'cdktf.out') });
    const fleet = new Fleet(app, model);
    app.synth();
    fleet.writeDocuments(path.join(app.outdir, 'documents'));
    if (writeLockIfChanged(model))
        log(`allocated new tenants: wrote ${path.relative(options.dir, model.lockPath)} (commit it)`);
    return { app, fleet, model };
}
