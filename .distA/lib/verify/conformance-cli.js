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
exports.CONFORMANCE_USAGE = void 0;
exports.resolveStackFiles = resolveStackFiles;
exports.runConformanceCli = runConformanceCli;
/**
 * Command-line front end of the conformance check:
 *
 *   node dist/lib/verify/conformance-cli.js [--json] <cdk.tf.json | cdktf.out folder | stack folder>...
 *
 * A folder is searched for `stacks/<name>/cdk.tf.json` (a cdktf.out folder) or holds a
 * `cdk.tf.json` itself (one stack folder). Exit codes: 0 no findings, 1 findings, 2 usage or I/O
 * error. The `kommunal` CLI delegates to runConformanceCli.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const conformance_1 = require("./conformance");
const schema_facts_1 = require("./schema-facts");
exports.CONFORMANCE_USAGE = `usage: conformance [--json] <cdk.tf.json | cdktf.out folder | stack folder>...

Checks synthesized Terraform JSON against the committed provider schema facts
(bpg/proxmox, hashicorp/vault) without running terraform.

  --json       print the findings as a JSON array
  -h, --help   show this help

exit codes: 0 no findings, 1 findings, 2 usage or I/O error
`;
/** Expands the arguments to cdk.tf.json files; throws with a clear message for paths that hold none. */
function resolveStackFiles(args) {
    const out = [];
    for (const arg of args) {
        let st;
        try {
            st = fs.statSync(arg);
        }
        catch {
            throw new Error(`${arg}: no such file or folder; expected a cdk.tf.json file or a cdktf.out folder`);
        }
        if (st.isFile()) {
            out.push(arg);
            continue;
        }
        const own = path.join(arg, 'cdk.tf.json');
        if (fs.existsSync(own)) {
            out.push(own);
            continue;
        }
        const stacks = path.join(arg, 'stacks');
        const found = fs.existsSync(stacks)
            ? fs
                .readdirSync(stacks, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => path.join(stacks, e.name, 'cdk.tf.json'))
                .filter((f) => fs.existsSync(f))
                .sort()
            : [];
        if (found.length === 0) {
            throw new Error(`${arg}: no cdk.tf.json found (looked for ${own} and ${path.join(stacks, '*', 'cdk.tf.json')}); run "cdktf synth" first`);
        }
        out.push(...found);
    }
    return out;
}
/** Runs the conformance CLI; returns the exit code (0 clean, 1 findings, 2 usage/IO error). */
function runConformanceCli(argv, io) {
    let json = false;
    const targets = [];
    for (const a of argv) {
        if (a === '--json')
            json = true;
        else if (a === '-h' || a === '--help') {
            io.stdout.write(exports.CONFORMANCE_USAGE);
            return 0;
        }
        else if (a.startsWith('-') && a !== '-') {
            io.stderr.write(`conformance: unknown option "${a}"; allowed: --json, --help\n${exports.CONFORMANCE_USAGE}`);
            return 2;
        }
        else
            targets.push(a);
    }
    if (targets.length === 0) {
        io.stderr.write(`conformance: no input given\n${exports.CONFORMANCE_USAGE}`);
        return 2;
    }
    let files;
    const findings = [];
    try {
        files = resolveStackFiles(targets);
        const facts = Object.fromEntries(schema_facts_1.KNOWN_PROVIDERS.map((n) => [n, (0, schema_facts_1.loadProviderFacts)(n)]));
        for (const f of files)
            findings.push(...(0, conformance_1.checkConformanceFile)(f, { facts }));
    }
    catch (e) {
        io.stderr.write(`conformance: ${e.message}\n`);
        return 2;
    }
    if (json) {
        io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    }
    else {
        if (findings.length > 0)
            io.stdout.write(`${(0, conformance_1.formatFindings)(findings)}\n`);
        const versions = schema_facts_1.KNOWN_PROVIDERS.map((n) => {
            const f = (0, schema_facts_1.loadProviderFacts)(n);
            return `${f.source} ${f.version}`;
        }).join(', ');
        const summary = findings.length === 0
            ? `conformance: ${files.length} file(s) conform to ${versions}`
            : `conformance: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} of ${files.length} file(s) (checked against ${versions})`;
        io.stdout.write(`${summary}\n`);
    }
    return findings.length > 0 ? 1 : 0;
}
if (require.main === module) {
    process.exitCode = runConformanceCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}
