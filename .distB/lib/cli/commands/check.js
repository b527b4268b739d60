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
exports.REPORT_FILES = void 0;
exports.register = register;
/**
 * `kommunal check [--fleet fleet.yaml] [--tenant X...] [--out dir] [--report-only] [--date YYYY-MM-DD]`:
 * synthesizes the fleet's tenant stacks in memory, runs the compliance rule pack on each and the
 * fleet-wide isolation analysis, writes compliance.json, compliance.md and compliance.junit.xml,
 * and exits 1 on unsuppressed errors (unless --report-only).
 */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdktf_1 = require("cdktf");
const fleet_1 = require("../../blueprint/fleet");
const check_1 = require("../../compliance/check");
const isolation_1 = require("../../compliance/isolation");
const report_1 = require("../../compliance/report");
const suppressions_1 = require("../../compliance/suppressions");
const io_1 = require("../io");
/** Report file names written to --out. */
exports.REPORT_FILES = { json: 'compliance.json', markdown: 'compliance.md', junit: 'compliance.junit.xml' };
function register(program, ctx) {
    program
        .command('check')
        .description('run the Grundschutz compliance rule pack and the tenant isolation analysis; writes JSON, Markdown and JUnit reports and each tenant\'s network plan, backup plan and access matrix')
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--tenant <key...>', 'only these tenants (default: all)')
        .option('--out <dir>', 'folder for the reports', 'compliance-reports')
        .option('--report-only', 'exit 0 even when there are unsuppressed errors')
        .option('--date <YYYY-MM-DD>', 'evaluation date for suppression expiry (default: today, UTC)')
        .action((opts) => {
        const date = opts.date ?? new Date().toISOString().slice(0, 10);
        if (!(0, suppressions_1.isIsoDate)(date))
            throw new io_1.UsageError(`--date ${JSON.stringify(opts.date)} is not a date; allowed: YYYY-MM-DD`);
        const fleetFile = (0, io_1.resolvePath)(ctx.io, opts.fleet);
        if (!fs.existsSync(fleetFile))
            throw new io_1.UsageError(`${opts.fleet}: no such file (pass the fleet file with --fleet)`);
        const model = (0, fleet_1.loadFleetModel)({ fleetFile, displayRoot: ctx.io.cwd });
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-check-'));
        try {
            const app = new cdktf_1.App({ outdir });
            let fleet;
            try {
                fleet = new fleet_1.Fleet(app, model, { tenants: opts.tenant, platform: false, compliance: false });
            }
            catch (e) {
                throw new io_1.UsageError(e.message);
            }
            const reports = [];
            const inputs = [];
            for (const [key, stack] of Object.entries(fleet.tenants)) {
                const json = stack.toTerraform();
                reports.push((0, check_1.checkStack)(json, { spec: stack.spec, suppressions: (0, suppressions_1.constructSuppressions)(stack), now: date, stackPath: stack.node.path }));
                inputs.push((0, isolation_1.isolationInputFromJson)(key, json, stack.spec));
            }
            const report = (0, report_1.fleetReport)(reports, { date, isolation: (0, isolation_1.analyseIsolation)(inputs) });
            const out = (0, io_1.resolvePath)(ctx.io, opts.out);
            fs.mkdirSync(out, { recursive: true });
            fs.writeFileSync(path.join(out, exports.REPORT_FILES.json), (0, report_1.renderJsonReport)(report));
            fs.writeFileSync(path.join(out, exports.REPORT_FILES.markdown), (0, report_1.renderMarkdownReport)(report));
            fs.writeFileSync(path.join(out, exports.REPORT_FILES.junit), (0, report_1.renderJunitReport)(report));
            // The evidence an auditor asks for next to the findings: network plan, backup plan and
            // access matrix of every checked tenant (out/documents/<key>/).
            fleet.writeDocuments(path.join(out, 'documents'));
            const errors = (0, report_1.fleetErrorCount)(report);
            for (const t of report.tenants)
                for (const l of (0, check_1.errorLines)(t))
                    ctx.io.stderr(`${t.tenant}: ${l}\n`);
            for (const v of report.isolation?.violations ?? [])
                ctx.io.stderr(`isolation: ${(0, isolation_1.formatViolation)(v)}\n`);
            const warnings = report.tenants.reduce((n, t) => n + t.warningCount, 0);
            ctx.io.stdout(`${report.tenants.length} tenant${report.tenants.length === 1 ? '' : 's'} checked on ${date}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; reports in ${path.relative(ctx.io.cwd, out) || '.'}\n`);
            ctx.exitCode = errors > 0 && opts.reportOnly !== true ? io_1.EXIT.invalid : io_1.EXIT.ok;
        }
        finally {
            fs.rmSync(outdir, { recursive: true, force: true });
        }
    });
}
