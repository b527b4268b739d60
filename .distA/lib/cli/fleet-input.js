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
exports.loadFleetInput = loadFleetInput;
exports.unknownTenantMessage = unknownTenantMessage;
/** Loading the fleet and its lock for CLI commands, with the same usage errors everywhere. */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const lockfile_1 = require("../allocation/lockfile");
const did_you_mean_1 = require("../config/did-you-mean");
const load_1 = require("../config/load");
const messages_1 = require("../config/messages");
const io_1 = require("./io");
/**
 * Loads `--fleet` (default fleet.yaml) with its tenant files and `--lock` (default fleet.lock.yaml
 * next to the fleet file). A missing fleet file, or a missing lock file that was named explicitly,
 * is a usage error.
 */
function loadFleetInput(io, opts) {
    const fleetPath = (0, io_1.resolvePath)(io, opts.fleet);
    if (!fs.existsSync(fleetPath))
        throw new io_1.UsageError(messages_1.MSG.noFleetFile(opts.fleet));
    const fleet = (0, load_1.loadFleet)(fleetPath, { displayRoot: io.cwd });
    const lockPath = opts.lock !== undefined ? (0, io_1.resolvePath)(io, opts.lock) : path.join(fleet.dir, lockfile_1.LOCKFILE_NAME);
    if (fs.existsSync(lockPath))
        return { fleet, lock: (0, lockfile_1.readLockFile)(lockPath), lockPath };
    if (opts.lock !== undefined)
        throw new io_1.UsageError(messages_1.MSG.noLockFile(opts.lock));
    return { fleet, lockPath };
}
/** The message for a tenant key the fleet does not have (with did-you-mean), or undefined when it has it. */
function unknownTenantMessage(fleet, tenant) {
    const keys = fleet.tenants.map((t) => t.data.key).sort();
    return keys.includes(tenant) ? undefined : messages_1.MSG.unknownTenant(tenant, fleet.file, keys, (0, did_you_mean_1.didYouMean)(tenant, keys));
}
