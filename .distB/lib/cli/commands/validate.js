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
 * `kommunal validate <files or folders...>`: checks fleet files (with all their tenant files) and
 * Kommune files, prints every problem as `file:line:column path: message`.
 *
 * - a folder with a fleet.yaml: that fleet and its tenants folder;
 * - another folder: every *.yaml / *.yml in it (fleet.yaml as fleet, *.lock.yaml skipped);
 * - a file named fleet.yaml or *.fleet.yaml: that fleet with its tenants; any other file: a Kommune file.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const load_1 = require("../../config/load");
const messages_1 = require("../../config/messages");
const problems_1 = require("../../config/problems");
const validate_fleet_1 = require("../../config/validate-fleet");
const io_1 = require("../io");
const isFleetName = (name) => name === 'fleet.yaml' || name.endsWith('.fleet.yaml');
const isLockName = (name) => name.endsWith('.lock.yaml');
function plan(ctx, args) {
    const out = { fleets: [], kommunen: [] };
    for (const arg of args) {
        const abs = (0, io_1.resolvePath)(ctx.io, arg);
        if (!fs.existsSync(abs))
            throw new io_1.UsageError(messages_1.MSG.noSuchPath(arg));
        if (fs.statSync(abs).isDirectory()) {
            const fleet = path.join(abs, 'fleet.yaml');
            if (fs.existsSync(fleet)) {
                out.fleets.push(fleet);
                continue;
            }
            const files = fs
                .readdirSync(abs, { withFileTypes: true })
                .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !isLockName(e.name))
                .map((e) => e.name)
                .sort();
            if (files.length === 0)
                throw new io_1.UsageError(messages_1.MSG.noParameterFiles(arg));
            for (const f of files)
                (isFleetName(f) ? out.fleets : out.kommunen).push(path.join(abs, f));
        }
        else {
            (isFleetName(path.basename(abs)) ? out.fleets : out.kommunen).push(abs);
        }
    }
    return out;
}
function register(program, ctx) {
    program
        .command('validate')
        .description('validate fleet.yaml and Kommune parameter files; prints every problem with file:line:column')
        .argument('<paths...>', 'files or folders (a folder with fleet.yaml validates the whole fleet)')
        .action((paths) => {
        const p = plan(ctx, paths);
        const seen = new Set();
        const problems = [];
        const opts = { displayRoot: ctx.io.cwd };
        let fleets = 0;
        for (const f of p.fleets) {
            if (seen.has(f))
                continue;
            const c = (0, load_1.checkFleetWithTenants)(f, opts);
            fleets += 1;
            c.files.forEach((x) => seen.add(x));
            problems.push(...c.problems);
        }
        const loose = [];
        for (const f of p.kommunen) {
            if (seen.has(f))
                continue;
            seen.add(f);
            const c = (0, load_1.checkKommuneFile)(f, opts);
            problems.push(...c.problems);
            if (c.src)
                loose.push({ src: c.src, data: c.data });
        }
        problems.push(...(0, validate_fleet_1.checkFleetTenants)(undefined, loose));
        const files = seen.size;
        if (problems.length === 0) {
            ctx.io.stdout(`ok: ${files} file${files === 1 ? '' : 's'} valid (${fleets} fleet${fleets === 1 ? '' : 's'}, ${files - fleets} Kommune file${files - fleets === 1 ? '' : 's'})\n`);
            ctx.exitCode = io_1.EXIT.ok;
            return;
        }
        const sorted = (0, problems_1.sortProblems)(problems);
        for (const pr of sorted)
            ctx.io.stderr(`${(0, problems_1.formatProblem)(pr)}\n`);
        const bad = new Set(sorted.map((x) => x.file)).size;
        ctx.io.stderr(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${bad} of ${files} file${files === 1 ? '' : 's'}\n`);
        ctx.exitCode = io_1.EXIT.invalid;
    });
}
