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
exports.register = register;
/**
 * `kommunal record-blueprint [--fleet fleet.yaml] [--tenant X …]`: after a tenant's pipeline has
 * applied the current blueprint version, record that version in its lock entry (`blueprint: N`),
 * so its stack no longer carries the upgrade's moved blocks. Commit the lock afterwards. The lock is
 * generated; this command is the way to change the field without editing it by hand.
 */
const fs = __importStar(require("fs"));
const lockfile_1 = require("../../allocation/lockfile");
const address_map_1 = require("../../upgrade/address-map");
const record_1 = require("../../upgrade/record");
const fleet_input_1 = require("../fleet-input");
const io_1 = require("../io");
function register(program, ctx) {
    program
        .command('record-blueprint')
        .description(`after an upgrade was applied, record blueprint version ${address_map_1.BLUEPRINT_VERSION} in the lock entries of the given tenants (all without --tenant)`)
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--lock <file>', 'lock file (default: fleet.lock.yaml next to the fleet file)')
        .option('--tenant <key...>', 'only these tenants (default: every tenant in the lock that is not retired)')
        .action((opts) => {
        const { io } = ctx;
        const { fleet, lock, lockPath } = (0, fleet_input_1.loadFleetInput)(io, opts);
        if (!lock)
            throw new io_1.UsageError(`no lock file at ${lockPath}: nothing was allocated yet, so there is no version to record`);
        for (const key of opts.tenant ?? []) {
            const unknown = (0, fleet_input_1.unknownTenantMessage)(fleet, key) ?? (lock.tenants[key] === undefined ? `tenant "${key}" has no lock entry yet (run kommunal synth first)` : undefined);
            if (unknown !== undefined) {
                io.stderr(`kommunal: ${unknown}\n`);
                ctx.exitCode = io_1.EXIT.invalid;
                return;
            }
        }
        const keys = opts.tenant ?? Object.keys(lock.tenants).filter((k) => !lock.tenants[k].retired);
        const result = (0, record_1.recordBlueprintVersion)(lock, keys, address_map_1.BLUEPRINT_VERSION);
        if (result.newer.length > 0) {
            io.stderr(`kommunal: ${result.newer.join(', ')} recorded a blueprint version newer than ${address_map_1.BLUEPRINT_VERSION}, this library's: upgrade kommunal-cdk before planning them\n`);
            ctx.exitCode = io_1.EXIT.invalid;
            return;
        }
        if (result.changed.length === 0) {
            io.stdout(`nothing to record: ${keys.length} tenant${keys.length === 1 ? '' : 's'} already at blueprint ${address_map_1.BLUEPRINT_VERSION}\n`);
            ctx.exitCode = io_1.EXIT.ok;
            return;
        }
        fs.writeFileSync(lockPath, (0, lockfile_1.serializeLockFile)(result.lock));
        io.stdout(`recorded blueprint ${address_map_1.BLUEPRINT_VERSION} for ${result.changed.length} tenant${result.changed.length === 1 ? '' : 's'} (${result.changed.join(', ')}); commit ${lockPath}\n`);
        ctx.exitCode = io_1.EXIT.ok;
    });
}
