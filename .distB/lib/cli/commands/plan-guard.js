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
 * `kommunal plan-guard <plan.json> [--tenant X] [--fleet fleet.yaml] [--lock file] [--date YYYY-MM-DD]
 * [--json] [--gitlab-report file]`: checks a plan (`terraform show -json` / `tofu show -json`)
 * before apply. Exit 0: every change allowed or approved; 1: a change rejected (or unknown tenant);
 * 2: the input is not a readable plan, or a bad option.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const resolve_1 = require("../../config/resolve");
const lockfile_1 = require("../../allocation/lockfile");
const plan_guard_1 = require("../../pipeline/plan-guard");
const plan_json_1 = require("../../pipeline/plan-json");
const fleet_input_1 = require("../fleet-input");
const io_1 = require("../io");
/** Today's date (UTC) as "YYYY-MM-DD": the CLI's default run date (lib/ never reads the clock). */
function today() {
    return new Date().toISOString().slice(0, 10);
}
function register(program, ctx) {
    program
        .command('plan-guard')
        .description('check a tenant plan (terraform/tofu show -json) before apply: protected deletes and replaces need an approval, changes outside the tenant and changes to a decommissioning tenant are rejected')
        .argument('<plan>', 'plan JSON file, from `terraform show -json plan.cache > plan.json`')
        .option('--tenant <key>', 'tenant the plan belongs to (without it only protected resources are checked)')
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--lock <file>', `lock file (default: ${lockfile_1.LOCKFILE_NAME} next to the fleet file)`)
        .option('--date <YYYY-MM-DD>', 'run date that approvals are checked against (default: today, UTC)')
        .option('--json', 'print the report as JSON')
        .option('--gitlab-report <file>', 'also write the create/update/delete counts for GitLab\'s artifacts:reports:terraform')
        .action((planArg, opts) => {
        const { io } = ctx;
        const date = opts.date ?? today();
        if (!(0, plan_guard_1.isIsoDate)(date))
            throw new io_1.UsageError(`--date ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
        const planPath = (0, io_1.resolvePath)(io, planArg);
        let text;
        try {
            text = fs.readFileSync(planPath, 'utf8');
        }
        catch (e) {
            const code = e.code;
            throw new io_1.UsageError(`cannot read plan ${planArg}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : e.message}`);
        }
        let plan;
        try {
            plan = (0, plan_json_1.parsePlanJson)(text, planArg);
        }
        catch (e) {
            if (e instanceof plan_json_1.PlanInputError)
                throw new io_1.UsageError(e.message);
            throw e;
        }
        if (opts.gitlabReport !== undefined) {
            const out = (0, io_1.resolvePath)(io, opts.gitlabReport);
            fs.mkdirSync(path.dirname(out), { recursive: true });
            fs.writeFileSync(out, `${JSON.stringify((0, plan_json_1.gitlabTerraformReport)(plan))}\n`);
        }
        let spec;
        let tenantFile;
        if (opts.tenant !== undefined) {
            const { fleet, lock } = (0, fleet_input_1.loadFleetInput)(io, { fleet: opts.fleet, lock: opts.lock });
            const unknown = (0, fleet_input_1.unknownTenantMessage)(fleet, opts.tenant);
            if (unknown !== undefined) {
                io.stderr(`kommunal: ${unknown}\n`);
                ctx.exitCode = io_1.EXIT.invalid;
                return;
            }
            spec = (0, resolve_1.resolveFleet)(fleet, lock).specs[opts.tenant];
            tenantFile = fleet.tenants.find((t) => t.data.key === opts.tenant)?.file;
        }
        const report = (0, plan_guard_1.guardPlan)(plan, spec, { date, ...(tenantFile ? { tenantFile } : {}) });
        if (opts.json)
            io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else
            io.stdout((0, plan_guard_1.formatGuardReport)(report));
        ctx.exitCode = report.ok ? io_1.EXIT.ok : io_1.EXIT.invalid;
    });
}
