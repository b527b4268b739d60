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
 * `kommunal env-check <stack folder or cdk.tf.json>…`: before `terraform init/plan`, checks that the
 * environment holds every credential a synthesized stack needs (state backend, Vault token,
 * provider endpoints and tokens, required variables) and names what is missing. Values are never
 * printed. The generated GitLab plan jobs run it first.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const credentials_1 = require("../../pipeline/credentials");
const io_1 = require("../io");
function register(program, ctx) {
    program
        .command('env-check')
        .description('check that the environment holds every credential a synthesized stack needs (backend, providers, variables); prints what is missing, never values')
        .argument('<stacks...>', 'stack folders (cdktf.out/stacks/<name>) or cdk.tf.json files')
        .action((stacks) => {
        const { io } = ctx;
        let missingTotal = 0;
        for (const arg of stacks) {
            const p = (0, io_1.resolvePath)(io, arg);
            const file = fs.existsSync(p) && fs.statSync(p).isDirectory() ? path.join(p, 'cdk.tf.json') : p;
            if (!fs.existsSync(file))
                throw new io_1.UsageError(`no synthesized stack at ${arg} (expected a folder with cdk.tf.json; run "kommunal synth" first)`);
            let json;
            try {
                json = JSON.parse(fs.readFileSync(file, 'utf8'));
            }
            catch (e) {
                throw new io_1.UsageError(`${arg}: not a synthesized stack (cdk.tf.json is not JSON: ${e.message})`);
            }
            const missing = (0, credentials_1.missingCredentials)((0, credentials_1.credentialNeeds)(json), process.env);
            const name = path.relative(io.cwd, file) || file;
            if (missing.length === 0) {
                io.stdout(`ok: ${name}: every credential is set\n`);
                continue;
            }
            missingTotal += missing.length;
            io.stderr(`${name}: ${missing.length} credential${missing.length === 1 ? '' : 's'} missing:\n`);
            for (const m of missing)
                io.stderr(`  ${m.what}: set ${m.anyOf.join(' or ')}\n`);
        }
        ctx.exitCode = missingTotal > 0 ? io_1.EXIT.invalid : io_1.EXIT.ok;
    });
}
