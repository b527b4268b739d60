/**
 * Benchmark fleets from the real municipality register (../shared/data/gemeinden-2021.csv) or a
 * generated stand-in of the same size, and the report helpers shared by the benchmarks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { serializeLockFile } from '../lib/allocation/lockfile';
import { loadFleetModel } from '../lib/blueprint/fleet';
import type { Municipality } from '../lib/model/tenant-key';

/** The repository: the nearest folder above this file with a package.json (dist/bench/ compiled, bench/ under jest). */
export const REPO = ((): string => {
  for (let dir = path.dirname(__dirname); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
})();
export const CSV = path.resolve(REPO, '..', 'shared', 'data', 'gemeinden-2021.csv');
export const GERMANY = 10_793;
export const RLP = 2_301;

export function register(): { rows: Municipality[]; real: boolean } {
  if (fs.existsSync(CSV)) {
    const lines = fs.readFileSync(CSV, 'utf8').split('\n').filter((l) => l !== '');
    const row = /^(\d{8}),("(?:[^"]|"")*"|[^,"]*),/;
    return {
      real: true,
      rows: lines.slice(1).map((l) => {
        const m = row.exec(l)!;
        return { ags: m[1], name: m[2].startsWith('"') ? m[2].slice(1, -1).replace(/""/g, '"') : m[2] };
      }),
    };
  }
  // Stand-in of the same size and Land split: 2,301 in Land 07, the rest spread over the others.
  const rows: Municipality[] = [];
  for (let i = 0; i < GERMANY; i++) {
    const land = i < RLP ? 7 : 1 + (i % 15 >= 6 ? (i % 15) + 2 : (i % 15) + 1);
    const ags = `${String(land).padStart(2, '0')}${String(100000 + i).padStart(6, '0')}`;
    rows.push({ ags, name: `Gemeinde ${i % 4000}` });
  }
  return { real: false, rows };
}

/** Tenants per cluster the benchmark fleets are planned for (DEFAULT_CLUSTER_MAX_TENANTS, docs/clusters.md). */
export const TENANTS_PER_CLUSTER = 350;

/** Clusters a benchmark fleet of `n` tenants gets: none (one implicit cluster) up to 350, else ceil(n / 350). */
export function clusterCountFor(n: number): number {
  return n <= TENANTS_PER_CLUSTER ? 0 : Math.ceil(n / TENANTS_PER_CLUSTER);
}

/** ID of the i-th (0-based) benchmark cluster: c01, c02, ... */
export function benchClusterId(i: number): string {
  return `c${String(i + 1).padStart(2, '0')}`;
}

/** Nodes per benchmark cluster: 16, in 4 cells of 4 (our choice within the 8-16 nodes of the research notes, §2). */
export const NODES_PER_CLUSTER = 16;
/** Cells per benchmark cluster (`clusters.<id>.cells`: a, b, c, d), each of NODES_PER_CLUSTER / CELLS_PER_CLUSTER nodes. */
export const CELLS_PER_CLUSTER = 4;

/**
 * The `sites` and `clusters` of a benchmark fleet with `count` clusters: two sites (nord, sued) with
 * a PBS each, clusters alternating between them, 16 nodes per cluster in 4 cells of 4 (a tenant's
 * PBS storage entry and guests use its cell's nodes only: docs/clusters.md "Cells"), and per-cluster
 * EVPN peers, one per node (198.18.0.0/15, the benchmarking range of RFC 2544), for evpn fleets.
 * With clusters the two sites copy each other's backups (docs/clusters.md "Two sites"): no
 * fleet-wide backup.secondCopy.
 */
function clustersYaml(count: number, zone: 'qinq' | 'evpn'): string {
  if (count === 0) return '';
  let out = 'sites:\n  nord:\n    pbs: { server: pbs-nord.platform.example.org, datastore: kommunen }\n  sued:\n    pbs: { server: pbs-sued.platform.example.org, datastore: kommunen }\nclusters:\n';
  const perCell = NODES_PER_CLUSTER / CELLS_PER_CLUSTER;
  for (let i = 0; i < count; i++) {
    const id = benchClusterId(i);
    const nodes = Array.from({ length: NODES_PER_CLUSTER }, (_, n) => `${id}-pve${String(n + 1).padStart(2, '0')}`);
    out += `  ${id}:\n    site: ${i % 2 === 0 ? 'nord' : 'sued'}\n    endpoint: https://pve-${id}.platform.example.org:8006/\n    nodes: [${nodes.join(', ')}]\n    cells:\n`;
    for (let c = 0; c < CELLS_PER_CLUSTER; c++) out += `      ${String.fromCharCode(97 + c)}: [${nodes.slice(c * perCell, (c + 1) * perCell).join(', ')}]\n`;
    if (zone === 'evpn') out += `    evpnPeers: [${nodes.map((_, n) => `198.18.${i}.${n + 1}`).join(', ')}]\n`;
  }
  return out;
}

const FLEET_YAML = (zone: 'qinq' | 'evpn', land: string | undefined, clusters: number) => `name: bench
namingDomain: kommunen.example.org
${land ? `land: "${land}"\n` : ''}network:
  zoneType: ${zone}
  supernets: [10.0.0.0/8]
${zone === 'evpn' ? '  evpnController: evpn1\n  evpnAsn: 65000\n' : '  bridge: vmbr1\n'}${clusters === 0 ? '  nodes: [pve1, pve2, pve3]\n' : ''}${clustersYaml(clusters, zone)}backup:
  server: pbs1.platform.example.org
  datastore: kommunen
${clusters === 0 ? '  secondCopy:\n    server: pbs2.offsite.example.org\n    datastore: kommunen-copy\n' : ''}vault:
  isolation: path
  ci:
    issuer: https://gitlab.platform.example.org
    projectPathPrefix: kommunen
  directoryAuth:
    kind: oidc
    mount: oidc
    discoveryUrl: https://sso.platform.example.org/realms/kommunen
    clientId: vault
    redirectUris: [https://vault.platform.example.org/ui/vault/auth/oidc/oidc/callback]
logging:
  collector: logs.platform.example.org:6514
  metrics:
    server: influx.platform.example.org
    port: 8086
    influxBucket: proxmox
    influxOrganization: platform
identity:
  sharedRealm:
    id: platform-oidc
    issuerUrl: https://sso.platform.example.org/realms/kommunen
    clientId: proxmox-ve
`;

/**
 * Writes a benchmark fleet: fleet.yaml, one tenant file per municipality and the lock. With
 * `clusters` > 0 the fleet declares that many clusters at two sites, and the lock's allocation
 * places every tenant with the fleet's own placement (lib/allocation/placement.ts). @returns the fleet file
 */
export function writeFleet(dir: string, rows: readonly Municipality[], keys: Map<string, string>, zone: 'qinq' | 'evpn', land?: string, clusters = 0): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'fleet.yaml'), FLEET_YAML(zone, land, clusters));
  writeTenantFiles(path.join(dir, 'kommunen'), rows, keys);
  return writeLock(path.join(dir, 'fleet.yaml'));
}

/**
 * One minimal tenant file per municipality (key, name, kind, AGS; everything else the defaults)
 * into `tenantsDir`: the kind is `stadt` when the register's name says so.
 */
export function writeTenantFiles(tenantsDir: string, rows: readonly Municipality[], keys: ReadonlyMap<string, string>): void {
  fs.mkdirSync(tenantsDir, { recursive: true });
  for (const g of rows) {
    const key = keys.get(g.ags)!;
    const kind = /Stadt|, St\b|kfr\. St\.|Krfr\. St/.test(g.name) ? 'stadt' : 'gemeinde';
    fs.writeFileSync(path.join(tenantsDir, `${key}.yaml`), `key: ${key}\nname: ${JSON.stringify(g.name)}\nkind: ${kind}\nags: "${g.ags}"\n`);
  }
}

/** Allocates the fleet once and writes its lock, as a real fleet commits it; returns the fleet file. */
export function writeLock(fleetFile: string): string {
  const model = loadFleetModel({ fleetFile });
  fs.writeFileSync(model.lockPath, serializeLockFile(model.lock));
  return fleetFile;
}

export const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mib = (x: number) => `${x.toFixed(0)} MiB`;

export function line(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
}
