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
 * `kommunal pipeline [--fleet fleet.yaml] [--changed-since <ref> | --tenant X ...] [--out dir]
 * [--tool terraform|tofu] [--chunk-size N] [--stacks-dir dir] [--image image]`: writes the GitLab CI
 * parent pipeline (`<out>/parent.gitlab-ci.yml`) and one child pipeline per chunk of tenants
 * (`<out>/chunk-NNN.yml`). Without --changed-since or --tenant every tenant is planned.
 * Paths in the pipelines are relative to the working directory (run it from the repository root).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const defaults_1 = require("../../config/defaults");
const did_you_mean_1 = require("../../config/did-you-mean");
const messages_1 = require("../../config/messages");
const resolve_1 = require("../../config/resolve");
const lockfile_1 = require("../../allocation/lockfile");
const changed_1 = require("../../pipeline/changed");
const git_1 = require("../../pipeline/git");
const gitlab_1 = require("../../pipeline/gitlab");
const fleet_input_1 = require("../fleet-input");
const io_1 = require("../io");
const collect = (value, previous = []) => [...previous, value];
const posix = (p) => p.split(path.sep).join('/');
function register(program, ctx) {
    program
        .command('pipeline')
        .description('write GitLab CI pipelines: a parent pipeline and child pipelines with plan and manual apply jobs per tenant')
        .option('--fleet <file>', 'fleet file', 'fleet.yaml')
        .option('--lock <file>', `lock file (default: ${lockfile_1.LOCKFILE_NAME} next to the fleet file)`)
        .option('--changed-since <ref>', 'plan only tenants changed since this Git ref (see docs/pipelines.md)')
        .option('--tenant <key>', 'plan this tenant (repeatable)', collect)
        .option('--out <dir>', 'folder for the pipeline files', gitlab_1.PIPELINE_DEFAULTS.outDir)
        .option('--tool <tool>', 'default of the TF_TOOL variable: tofu or terraform', gitlab_1.PIPELINE_DEFAULTS.tool)
        .option('--chunk-size <n>', 'tenants per child pipeline', String(gitlab_1.PIPELINE_DEFAULTS.chunkSize))
        .option('--stacks-dir <dir>', 'folder of the synthesized stacks (default: cdktf.out/stacks next to the fleet file)')
        .option('--image <image>', 'job image (default: the CI/CD variable $KOMMUNAL_CI_IMAGE)')
        .action((opts) => {
        const { io } = ctx;
        if (opts.changedSince !== undefined && opts.tenant !== undefined)
            throw new io_1.UsageError('use either --changed-since or --tenant, not both');
        if (opts.tool !== 'tofu' && opts.tool !== 'terraform')
            throw new io_1.UsageError(`--tool ${JSON.stringify(opts.tool)} is not allowed (allowed: tofu, terraform)`);
        if (!/^[0-9]+$/.test(opts.chunkSize))
            throw new io_1.UsageError(`--chunk-size ${JSON.stringify(opts.chunkSize)} is not a positive integer`);
        const { fleet, lock, lockPath } = (0, fleet_input_1.loadFleetInput)(io, opts);
        const resolved = (0, resolve_1.resolveFleet)(fleet, lock);
        const keys = Object.keys(resolved.specs).sort();
        let selected = keys;
        let note = `all ${keys.length} tenant${keys.length === 1 ? '' : 's'}`;
        if (opts.tenant !== undefined) {
            const unknown = opts.tenant.filter((k) => !keys.includes(k));
            if (unknown.length > 0) {
                for (const k of unknown)
                    io.stderr(`kommunal: ${messages_1.MSG.unknownTenant(k, fleet.file, keys, (0, did_you_mean_1.didYouMean)(k, keys))}\n`);
                ctx.exitCode = io_1.EXIT.invalid;
                return;
            }
            selected = [...new Set(opts.tenant)].sort();
            note = `${selected.length} tenant${selected.length === 1 ? '' : 's'} given with --tenant`;
        }
        else if (opts.changedSince !== undefined) {
            const ref = opts.changedSince;
            try {
                const top = (0, git_1.gitTopLevel)(fleet.dir);
                const rel = (abs) => posix(path.relative(top, abs));
                const files = (0, git_1.changedFilesSince)(top, ref);
                const thenText = (0, git_1.fileAtRef)(top, ref, rel(lockPath));
                const selection = (0, changed_1.selectChangedTenants)({
                    changedFiles: files,
                    fleetFile: rel(fleet.path),
                    tenantsDir: rel(fleet.tenantsDir),
                    lockFile: rel(lockPath),
                    tenants: keys,
                    ...(lock ? { lockNow: lock } : {}),
                    ...(thenText !== undefined ? { lockThen: (0, lockfile_1.parseLockFile)(thenText, `${ref}:${rel(lockPath)}`) } : {}),
                });
                selected = selection.tenants;
                note = selection.allBecause !== undefined
                    ? `all ${keys.length} tenants: ${selection.allBecause}`
                    : `${selected.length} tenant${selected.length === 1 ? '' : 's'} changed since ${ref}`;
                for (const k of selection.removed) {
                    io.stderr(`warning: the tenant file of "${k}" was removed since ${ref}; it is not planned and its resources stay in its state (offboard with state: decommissioning instead)\n`);
                }
            }
            catch (e) {
                if (e instanceof git_1.GitRefError) {
                    io.stderr(`kommunal: ${e.message}\n`);
                    ctx.exitCode = io_1.EXIT.invalid;
                    return;
                }
                throw e;
            }
        }
        const ci = fleet.data.vault.ci;
        const tenants = keys.map((k) => {
            const spec = resolved.specs[k];
            const admin = spec.vault.policies.admin;
            return { key: k, number: spec.number, ...(ci ? { vaultRole: `${admin.slice(0, admin.length - 'admin'.length)}ci` } : {}) };
        });
        const outDir = posix(path.relative(io.cwd, (0, io_1.resolvePath)(io, opts.out))) || '.';
        if (outDir.startsWith('..') || path.isAbsolute(outDir)) {
            throw new io_1.UsageError(`--out ${opts.out} is outside the working directory; run kommunal pipeline from the repository root with an --out folder inside it (job artifacts must be inside the project)`);
        }
        let generated;
        try {
            generated = (0, gitlab_1.generateGitlabPipelines)({
                tenants,
                selected,
                fleetFile: posix(path.relative(io.cwd, fleet.path)),
                outDir,
                tool: opts.tool,
                chunkSize: Number(opts.chunkSize),
                ...(opts.stacksDir !== undefined ? { stacksDir: posix(path.relative(io.cwd, (0, io_1.resolvePath)(io, opts.stacksDir))) } : {}),
                ...(opts.image !== undefined ? { image: opts.image } : {}),
                ...(ci ? { vault: { mount: ci.mount ?? defaults_1.DEFAULT_CI_JWT_MOUNT, audience: ci.audience ?? ci.issuer } } : {}),
                stateBackend: fleet.data.state?.backend ?? 'local',
            });
        }
        catch (e) {
            if (e instanceof gitlab_1.PipelineInputError)
                throw new io_1.UsageError(e.problems.join('; '));
            throw e;
        }
        const write = (rel, text) => {
            const abs = (0, io_1.resolvePath)(io, rel);
            fs.mkdirSync(path.dirname(abs), { recursive: true });
            fs.writeFileSync(abs, text);
        };
        write(generated.parent.file, generated.parent.text);
        for (const [file, text] of Object.entries(generated.children))
            write(file, text);
        const planned = generated.chunks.filter((c) => c.selected.length > 0).length;
        io.stdout(`planning ${note}\n`);
        io.stdout(`wrote ${generated.parent.file} and ${generated.chunks.length} child pipeline${generated.chunks.length === 1 ? '' : 's'} in ${outDir}/ (${planned} with tenants to plan)\n`);
        if (selected.length > 0 && selected.length <= 20)
            io.stdout(`tenants: ${selected.join(', ')}\n`);
        ctx.exitCode = io_1.EXIT.ok;
    });
}
