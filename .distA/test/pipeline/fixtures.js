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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.HAS_GITLAB_SCHEMA = exports.GITLAB_SCHEMA = exports.PLANS = exports.REPO = void 0;
exports.gitlabValidator = gitlabValidator;
exports.tempDir = tempDir;
exports.cleanup = cleanup;
exports.musterstadtFleet = musterstadtFleet;
exports.simpleTenant = simpleTenant;
exports.kommunal = kommunal;
exports.git = git;
exports.kommunalInProcess = kommunalInProcess;
/** Test helpers of test/pipeline: temporary fleets, the CLI as a process, the GitLab CI schema. */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const ajv_1 = __importDefault(require("ajv"));
const ajv_formats_1 = __importDefault(require("ajv-formats"));
const cli_1 = require("../helpers/cli");
exports.REPO = path.resolve(__dirname, '../..');
exports.PLANS = path.join(exports.REPO, 'test/fixtures/plans');
exports.GITLAB_SCHEMA = path.resolve(exports.REPO, '../shared/schemas/gitlab-ci.schema.json');
exports.HAS_GITLAB_SCHEMA = fs.existsSync(exports.GITLAB_SCHEMA);
if (!exports.HAS_GITLAB_SCHEMA) {
    // eslint-disable-next-line no-console
    console.warn(`Skipping GitLab CI schema validation: ${exports.GITLAB_SCHEMA} not found (the shared folder is not checked out next to the repository).`);
}
let validator;
/** The GitLab CI schema compiled as ../shared/schemas/README.md prescribes (draft-07 Ajv, strict: false, ajv-formats). */
function gitlabValidator() {
    if (!validator) {
        const ajv = new ajv_1.default({ strict: false, allErrors: true });
        (0, ajv_formats_1.default)(ajv);
        validator = ajv.compile(JSON.parse(fs.readFileSync(exports.GITLAB_SCHEMA, 'utf8')));
    }
    return validator;
}
function tempDir(prefix = 'kommunal-pipeline-') {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
function cleanup(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
}
/**
 * Copies the musterstadt example fleet (fleet.yaml, lock, tenant file) into a temporary folder;
 * `tenantExtra` is appended to kommunen/musterstadt.yaml (after `state: active` is removed when
 * the extra sets a state). `more` adds tenant files by key with their YAML text.
 */
function musterstadtFleet(tenantExtra = '', more = {}) {
    const src = path.join(exports.REPO, 'examples/musterstadt');
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'kommunen'));
    fs.copyFileSync(path.join(src, 'fleet.yaml'), path.join(dir, 'fleet.yaml'));
    fs.copyFileSync(path.join(src, 'fleet.lock.yaml'), path.join(dir, 'fleet.lock.yaml'));
    let tenant = fs.readFileSync(path.join(src, 'kommunen/musterstadt.yaml'), 'utf8');
    if (/^state:/m.test(tenantExtra))
        tenant = tenant.replace(/^state: .*\n/m, '');
    fs.writeFileSync(path.join(dir, 'kommunen/musterstadt.yaml'), `${tenant}${tenantExtra}`);
    for (const [key, text] of Object.entries(more))
        fs.writeFileSync(path.join(dir, 'kommunen', `${key}.yaml`), text);
    return dir;
}
/** A second small tenant for fleets with more than one Kommune. */
function simpleTenant(key, ags) {
    return `key: ${key}\nname: ${key[0].toUpperCase()}${key.slice(1)}\nkind: gemeinde\nags: "${ags}"\nidentity:\n  source: platform\n`;
}
/** Runs `node bin/kommunal.js <args>` (needs a fresh `npm run build`). */
function kommunal(args, cwd = exports.REPO) {
    const r = (0, cli_1.runKommunal)(args, { cwd });
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}
/** Runs git in a folder with a fixed identity; throws on failure. */
function git(cwd, args) {
    const r = (0, child_process_1.spawnSync)('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
    if (r.status !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
}
/** Runs the CLI in-process through `main()` (same code path, no process start; for the many small cases). */
async function kommunalInProcess(args, cwd) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require('../../lib/cli/main');
    let stdout = '';
    let stderr = '';
    const status = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd });
    return { status, stdout, stderr };
}
