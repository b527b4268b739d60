/**
 * `kommunal capacity` and lib/rehearsal/capacity.ts: per cluster, the cluster files, kernel ipsets
 * and storages per node measured from the synthesized fleet replayed into the datacenter model.
 * The full Rhineland-Palatinate fleet (2,301 stacks, ~20 s of synthesis CPU) is replayed by
 * `node dist/bench/capacity.js`; here a deterministic sample of it is measured and projected.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { assignTenantKeys } from '../../lib/model/tenant-key';
import { fleetCapacity, formatCapacity, type ClusterCapacity } from '../../lib/rehearsal/capacity';
import { DEFAULT_CLUSTER_LIMITS } from '../../lib/rehearsal/model/proxmox/limits';
import { writeFleet } from '../../bench/fleets';
import { describeIfGemeinden, loadGemeinden } from '../helpers/shared-data';
import { runKommunal } from '../helpers/cli';
import { clusterOf } from '../../lib/model/clusters';
import { twoClusterFleet } from '../helpers/clusters';
import { cleanup, fleetWith } from '../config/fixtures';

const EXAMPLES = path.join(__dirname, '../../examples');

function line(c: ClusterCapacity, what: string) {
  const l = c.lines.find((x) => x.what === what);
  if (l === undefined) throw new Error(`no line ${what}`);
  return l;
}

describe('fleetCapacity on the example fleets', () => {
  it.each([
    ['landkreis-fleet', { dc1: 4, dr1: 1 }],
    ['musterstadt', { default: 1 }],
  ] as const)('%s: every cluster within every limit, headroom from the measured per-tenant bytes', async (example, tenantsPerCluster) => {
    const model = loadFleetModel({ fleetFile: path.join(EXAMPLES, example, 'fleet.yaml') });
    const clusters = await fleetCapacity(model, { jobs: 1 });
    expect(Object.fromEntries(clusters.map((c) => [c.cluster, c.tenants]))).toEqual(tenantsPerCluster);
    for (const c of clusters) {
      expect(c.refusal).toBeUndefined();
      for (const l of c.lines) expect(l.used).toBeLessThanOrEqual(l.limit);
      const users = line(c, 'user.cfg');
      expect(users.perTenant).toBeGreaterThan(0);
      // The headroom is what still fits: one more tenant than the headroom would not.
      expect(users.used + users.headroom! * users.perTenant).toBeLessThanOrEqual(users.limit);
      expect(users.used + (users.headroom! + 1) * users.perTenant).toBeGreaterThan(users.limit);
      expect(c.headroom).toBe(Math.min(...c.lines.filter((l) => l.headroom !== undefined).map((l) => l.headroom!)));
      expect(formatCapacity([c])).toContain(`cluster ${c.cluster}: ${c.tenants} tenant`);
    }
  }, 60_000);
});

describeIfGemeinden('fleetCapacity on a sample of the Rhineland-Palatinate register', () => {
  let dir: string;
  afterAll(() => dir !== undefined && fs.rmSync(dir, { recursive: true, force: true }));

  it('projects that the 2,301 Gemeinden overflow one cluster in cluster.fw and user.cfg, and that 350 fit the files', async () => {
    const rlp = loadGemeinden().filter((g) => g.ags.startsWith('07'));
    expect(rlp.length).toBe(2301);
    const sample = rlp.filter((_, i) => i % 80 === 0); // 29 Gemeinden spread over the Land
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-capacity-rlp-'));
    const fleetFile = writeFleet(dir, sample, assignTenantKeys(sample), 'qinq', '07');
    const [c] = await fleetCapacity(loadFleetModel({ fleetFile }), { jobs: 1 });
    expect(c.tenants).toBe(sample.length);
    const projected = (what: string, tenants: number) => {
      const l = line(c, what);
      return l.used + (tenants - c.tenants) * l.perTenant;
    };
    const limit = DEFAULT_CLUSTER_LIMITS.fileBytes;
    const overAtRlp = c.lines.filter((l) => l.limit === limit && projected(l.what, 2301) > limit).map((l) => l.what);
    expect(overAtRlp).toEqual(expect.arrayContaining(['user.cfg', 'firewall/cluster.fw']));
    for (const l of c.lines.filter((x) => x.limit === limit)) expect(projected(l.what, 350)).toBeLessThanOrEqual(limit);
  }, 120_000);
});

describe('kommunal capacity', () => {
  it('prints per cluster the files against their limits, and --json the same as data', () => {
    const fleet = path.join(EXAMPLES, 'musterstadt', 'fleet.yaml');
    const text = runKommunal(['capacity', '--fleet', fleet]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^cluster default: 1 tenant, headroom \d+ tenants \(binding: /);
    expect(text.stdout).toMatch(/^ {2}firewall\/cluster\.fw +\d+ \/ 1048576 /m);
    const json = runKommunal(['capacity', '--fleet', fleet, '--json', '--storage-budget', '3']);
    // The seeded storages alone fill a budget of 3: one tenant PBS entry is over it.
    expect(json.code).toBe(1);
    const data = JSON.parse(json.stdout) as { limits: { storagesPerNode: number }; clusters: ClusterCapacity[] };
    expect(data.limits.storagesPerNode).toBe(3);
    expect(data.clusters[0].refusal?.error.summary).toMatch(/^storage budget exceeded: node '[^']+' would poll 4 enabled storages \(budget 3 per node\)$/);
    expect(runKommunal(['capacity', '--fleet', fleet, '--storage-budget', 'x']).code).not.toBe(0);
  }, 60_000);
});

describe('fleetCapacity on a fleet with two clusters', () => {
  let dir = '';
  afterAll(() => cleanup(dir));

  it('measures each cluster with its own platform stack, its tenants (as placed) and its nodes', async () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet() });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const clusters = await fleetCapacity(model, { jobs: 1 });
    const placed = new Map<string, number>();
    for (const spec of Object.values(model.specs)) placed.set(clusterOf(spec!), (placed.get(clusterOf(spec!)) ?? 0) + 1);
    expect(clusters.map((c) => [c.cluster, c.tenants])).toEqual([...placed].sort());
    for (const c of clusters) {
      const nodes = model.platform.clusters![c.cluster]!.network.nodes!;
      // Storages are counted on the cluster's own nodes only.
      expect(c.lines.filter((l) => l.what.startsWith('storages on ')).map((l) => l.what.slice('storages on '.length)).sort()).toEqual([...nodes].sort());
      // The cluster's platform stack (roles, zone, firewall baseline) is part of its base: the SDN zone file is not empty.
      expect(line(c, 'sdn/zones.cfg').used).toBeGreaterThan(0);
    }
  }, 120000);
});
