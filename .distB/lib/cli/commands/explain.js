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
 * `kommunal explain <tenant> [--fleet fleet.yaml] [--lock fleet.lock.yaml] [--json]`: prints the
 * fully resolved TenantSpec of one tenant. Without a lock file the fleet is allocated in memory
 * (and the output says so): the numbers are then not yet recorded anywhere.
 */
const path = __importStar(require("path"));
const messages_1 = require("../../config/messages");
const resolve_1 = require("../../config/resolve");
const lockfile_1 = require("../../allocation/lockfile");
const format_spec_1 = require("../format-spec");
const fleet_input_1 = require("../fleet-input");
const io_1 = require("../io");
function register(program, ctx) {
    program
        .command('explain')
        .description('print the resolved configuration of one tenant: names, IDs, CIDRs, segments, flows, schedule, retention')
        .argument('<tenant>', 'tenant key, e.g. musterstadt')
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--lock <file>', `lock file (default: ${lockfile_1.LOCKFILE_NAME} next to the fleet file)`)
        .option('--json', 'print the spec as JSON (for scripts)')
        .action((tenant, opts) => {
        const { io } = ctx;
        const { fleet, lock, lockPath } = (0, fleet_input_1.loadFleetInput)(io, opts);
        const unknown = (0, fleet_input_1.unknownTenantMessage)(fleet, tenant);
        if (unknown !== undefined) {
            io.stderr(`kommunal: ${unknown}\n`);
            ctx.exitCode = io_1.EXIT.invalid;
            return;
        }
        const resolved = (0, resolve_1.resolveFleet)(fleet, lock);
        const spec = resolved.specs[tenant];
        const shownLock = path.relative(io.cwd, lockPath) || lockPath;
        let note;
        if (!lock)
            note = messages_1.MSG.allocatedInMemory(shownLock);
        else if (resolved.allocation.added.includes(tenant))
            note = messages_1.MSG.notInLockYet(tenant, shownLock);
        if (opts.json) {
            if (note)
                io.stderr(`${note}\n`);
            io.stdout(`${JSON.stringify(spec, null, 2)}\n`);
        }
        else {
            if (note)
                io.stdout(`${note}\n\n`);
            io.stdout((0, format_spec_1.formatSpec)(spec));
        }
        ctx.exitCode = io_1.EXIT.ok;
    });
}
