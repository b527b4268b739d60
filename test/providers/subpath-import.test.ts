/** Users import the generated bindings as a prebuilt provider package: `kommunal-cdk/proxmox`. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

function node(code: string) {
  if (!fs.existsSync(path.join(ROOT, 'dist/lib/index.js'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
  // Node resolves the package's own name through package.json "exports" (self-reference).
  return spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
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
