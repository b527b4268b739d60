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
exports.BIN = exports.REPO = void 0;
exports.runKommunal = runKommunal;
/** Runs the compiled `kommunal` CLI as a process, as users and CI do (needs `npm run build`). */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
exports.REPO = path.resolve(__dirname, '../..');
exports.BIN = path.join(exports.REPO, 'bin/kommunal.js');
/** `node bin/kommunal.js <args>` in `cwd`; fails clearly when dist/ has not been built. */
function runKommunal(args, options = {}) {
    if (!fs.existsSync(path.join(exports.REPO, 'dist/lib/cli/main.js'))) {
        throw new Error('dist/lib/cli/main.js is missing: the CLI tests run the compiled CLI. Run `npm run build` first (`npm test` does).');
    }
    const r = (0, child_process_1.spawnSync)(process.execPath, [exports.BIN, ...args], {
        cwd: options.cwd ?? exports.REPO,
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 30000,
        ...(options.env ? { env: options.env } : {}),
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
