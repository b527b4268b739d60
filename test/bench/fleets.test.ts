/**
 * The benchmark fleets (bench/fleets.ts) above 350 tenants declare clusters at two sites, and their
 * tenants are placed by the fleet's own placement (lib/allocation/placement.ts) when the lock is
 * written, not by a split in the benchmark.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { clusterOf } from '../../lib/model/clusters';
import { assignTenantKeys, type Municipality } from '../../lib/model/tenant-key';
import { benchClusterId, clusterCountFor, writeFleet } from '../../bench/fleets';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fleets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('benchmark fleets', () => {
  it('plan ceil(n / 350) clusters above 350 tenants: RLP 7, Germany 31', () => {
    expect([clusterCountFor(350), clusterCountFor(351), clusterCountFor(2301), clusterCountFor(10793)]).toEqual([0, 2, 7, 31]);
  });

  it('a fleet of 351 tenants is placed by the real placement onto 2 clusters at two sites, balanced and recorded in the lock', () => {
    const rows: Municipality[] = Array.from({ length: 351 }, (_, i) => ({ ags: `07${String(100000 + i).padStart(6, '0')}`, name: `Gemeinde ${i}` }));
    const fleetFile = writeFleet(path.join(dir, 'fleet'), rows, assignTenantKeys(rows), 'qinq', '07', clusterCountFor(rows.length));
    const model = loadFleetModel({ fleetFile });
    const counts = new Map<string, number>();
    for (const spec of Object.values(model.specs)) counts.set(clusterOf(spec), (counts.get(clusterOf(spec)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([0, 1].map(benchClusterId));
    expect([...counts.values()].sort()).toEqual([175, 176]);
    expect(Object.keys(model.platform.clusters ?? {}).sort()).toEqual(['c01', 'c02']);
    const lock = fs.readFileSync(model.lockPath, 'utf8');
    expect(lock.match(/cluster: c0[12]/g)).toHaveLength(351);
    // 16 nodes per cluster in 4 cells of 4; the placement spreads each cluster's tenants evenly over its cells.
    expect(model.platform.clusters?.c01?.network.nodes).toHaveLength(16);
    expect(lock.match(/\n {4}cell: [abcd]\n/g)).toHaveLength(351);
    const perCell = new Map<string, number>();
    for (const spec of Object.values(model.specs)) perCell.set(`${clusterOf(spec)}/${spec.cell?.id}`, (perCell.get(`${clusterOf(spec)}/${spec.cell?.id}`) ?? 0) + 1);
    expect(perCell.size).toBe(8);
    expect(Math.max(...perCell.values()) - Math.min(...perCell.values())).toBeLessThanOrEqual(1);
    expect(model.specs[Object.keys(model.specs)[0]].cell?.nodes).toHaveLength(4);
    expect(fs.readFileSync(fleetFile, 'utf8')).toMatch(/sites:\n  nord:[\s\S]*  sued:/);
  });
});
