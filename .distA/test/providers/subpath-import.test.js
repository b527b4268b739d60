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
/** Users import the generated bindings as a prebuilt provider package: `kommunal-cdk/proxmox`. */
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const ROOT = path.resolve(__dirname, '../..');
function node(code) {
    if (!fs.existsSync(path.join(ROOT, 'dist/lib/index.js')))
        throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
    // Node resolves the package's own name through package.json "exports" (self-reference).
    return (0, child_process_1.spawnSync)(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
}
describe('package entry points', () => {
    it('exposes one resource binding by deep subpath', () => {
        const r = node("const { SdnVnet } = require('kommunal-cdk/proxmox/sdn-vnet'); console.log(SdnVnet.tfResourceType)");
        expect({ status: r.status, out: r.stdout.trim(), err: r.stderr }).toEqual({ status: 0, out: 'proxmox_sdn_vnet', err: '' });
    });
    it('exposes all bindings as lazy namespaces under kommunal-cdk/proxmox', () => {
        const r = node("const p = require('kommunal-cdk/proxmox'); console.log(p.backupJob.BackupJob.tfResourceType, p.provider.ProxmoxProvider.tfResourceType)");
        expect({ status: r.status, out: r.stdout.trim() }).toEqual({ status: 0, out: 'proxmox_backup_job proxmox' });
    });
    it('exposes the constructs from the package root', () => {
        const r = node("const k = require('kommunal-cdk'); console.log(typeof k.KommuneStack, typeof k.NetworkSegments, typeof k.checkConformance, k.PROXMOX_PROVIDER_VERSION)");
        expect({ status: r.status, out: r.stdout.trim() }).toEqual({ status: 0, out: 'function function function 0.111.1' });
    });
});
describe('lazy namespace index', () => {
    it('loads a resource module only when its namespace is touched', () => {
        const r = node("const p = require('kommunal-cdk/proxmox'); const before = Object.keys(require.cache).filter((f) => f.includes('providers/proxmox/')).length; p.sdnVnet; const after = Object.keys(require.cache).filter((f) => f.includes('providers/proxmox/')).length; console.log(before, after)");
        const [before, after] = r.stdout.trim().split(' ').map(Number);
        expect(before).toBeLessThan(5);
        expect(after).toBe(before + 1);
    });
});
