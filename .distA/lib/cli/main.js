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
exports.UsageError = exports.EXIT = void 0;
exports.buildProgram = buildProgram;
exports.main = main;
exports.run = run;
/**
 * The `kommunal` command line. `main(argv, io)` parses the user arguments (without node and the
 * script path), runs one command and returns the exit code; `run()` wires it to the process.
 *
 * Adding a command: create lib/cli/commands/<name>.ts exporting `register(program, ctx)` and add it
 * to COMMANDS below. Commands report user errors by setting `ctx.exitCode` (or throwing UsageError
 * / ValidationError); no stack trace is ever printed for those.
 */
const commander_1 = require("commander");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const json_schema_1 = require("../config/json-schema");
const problems_1 = require("../config/problems");
const io_1 = require("./io");
var io_2 = require("./io");
Object.defineProperty(exports, "EXIT", { enumerable: true, get: function () { return io_2.EXIT; } });
Object.defineProperty(exports, "UsageError", { enumerable: true, get: function () { return io_2.UsageError; } });
/**
 * Registered commands, in help order. Modules load lazily: a run loads only the command it runs
 * (all of them for the overview help or an unknown command), so `kommunal validate` does not load
 * cdktf or the provider bindings.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS = {
    validate: () => require('./commands/validate'),
    explain: () => require('./commands/explain'),
    init: () => require('./commands/init'),
    synth: () => require('./commands/synth'),
    check: () => require('./commands/check'),
    pipeline: () => require('./commands/pipeline'),
    'plan-guard': () => require('./commands/plan-guard'),
    'env-check': () => require('./commands/env-check'),
    'record-blueprint': () => require('./commands/record-blueprint'),
};
/* eslint-enable @typescript-eslint/no-require-imports */
function packageVersion() {
    return JSON.parse(fs.readFileSync(path.join((0, json_schema_1.packageRoot)(), 'package.json'), 'utf8')).version;
}
/**
 * Builds the commander program for one run. With `argv`, only the command it names is registered
 * (every command when it names none or an unknown one, so help and suggestions stay complete).
 */
function buildProgram(ctx, argv = []) {
    const program = new commander_1.Command();
    program
        .name('kommunal')
        .description('kommunal-cdk: parameter files, synthesis, compliance, pipelines and plan guard for a fleet of Kommunen')
        .version(packageVersion(), '-V, --version')
        .exitOverride()
        .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
        .showSuggestionAfterError(true);
    const named = argv.find((a) => !a.startsWith('-'));
    const names = named !== undefined && COMMANDS[named] !== undefined ? [named] : Object.keys(COMMANDS);
    for (const name of names)
        COMMANDS[name]().register(program, ctx);
    return program;
}
function isAllocationError(e) {
    return e instanceof Error && e.name === 'AllocationError' && Array.isArray(e.problems);
}
/** Runs the CLI with user arguments; never throws, returns the exit code. */
async function main(argv, io) {
    const ctx = { io, exitCode: io_1.EXIT.ok };
    const program = buildProgram(ctx, argv);
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return ctx.exitCode;
    }
    catch (e) {
        if (e instanceof commander_1.CommanderError) {
            if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version')
                return io_1.EXIT.ok;
            return io_1.EXIT.usage; // commander already printed the message and usage
        }
        if (e instanceof io_1.UsageError) {
            io.stderr(`kommunal: ${e.message}\n`);
            return io_1.EXIT.usage;
        }
        if ((0, problems_1.isValidationError)(e)) {
            for (const p of e.problems)
                io.stderr(`${(0, problems_1.formatProblem)(p)}\n`);
            io.stderr(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} found\n`);
            return io_1.EXIT.invalid;
        }
        if (isAllocationError(e)) {
            io.stderr(`${e.message}\n`);
            return io_1.EXIT.invalid;
        }
        const message = e instanceof Error ? e.message : String(e);
        io.stderr(`kommunal: internal error: ${message}\nThis is a bug in kommunal-cdk; please report it with the command line you used.\n`);
        return io_1.EXIT.invalid;
    }
}
/** Entry point of bin/kommunal.js: runs with process.argv and sets process.exitCode. */
function run() {
    const io = {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
    };
    void main(process.argv.slice(2), io).then((code) => {
        process.exitCode = code;
    });
}
