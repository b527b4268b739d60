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
exports.REPO = exports.VALID_FLEET = exports.FIXTURES = void 0;
exports.tempDir = tempDir;
exports.writeFiles = writeFiles;
exports.fleetWith = fleetWith;
exports.cleanup = cleanup;
exports.yaml = yaml;
/** Helpers for parameter-file tests: temporary fleets and files written from inline YAML. */
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
exports.FIXTURES = path.resolve(__dirname, '../fixtures/config');
exports.VALID_FLEET = path.join(exports.FIXTURES, 'valid-fleet');
exports.REPO = path.resolve(__dirname, '../..');
/** A fresh temporary folder (removed by `cleanup`). */
function tempDir(prefix = 'kommunal-config-') {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
/** Writes files (relative path -> content) below `dir` and returns `dir`. */
function writeFiles(dir, files) {
    for (const [rel, text] of Object.entries(files)) {
        const abs = path.join(dir, rel);
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text);
    }
    return dir;
}
/** Copies the valid fixture fleet into a temporary folder, then applies `files` on top (null deletes). */
function fleetWith(files = {}) {
    const dir = tempDir();
    fs.cpSync(exports.VALID_FLEET, dir, { recursive: true });
    for (const [rel, text] of Object.entries(files)) {
        const abs = path.join(dir, rel);
        if (text === null)
            fs.rmSync(abs, { force: true });
        else
            writeFiles(dir, { [rel]: text });
    }
    return dir;
}
function cleanup(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
}
/** Joins lines into file content (keeps line numbers in tests readable). */
function yaml(...lines) {
    return `${lines.join('\n')}\n`;
}
