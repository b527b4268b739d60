/**
 * Cells against the datacenter model (issue #17 item 3, proof a): a small fleet synthesized and
 * replayed into the model (lib/rehearsal/model/proxmox/replay.ts through lib/rehearsal/capacity.ts)
 * with a storage budget lowered to what three tenants per node need. Without cells every tenant's
 * PBS storage entry is enabled on every node and the replay is refused naming the budget and the
 * node; with two cells of one node each, every node polls only its cell's three entries.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFleetModel, type FleetModel } from '../../lib/blueprint/fleet';
import { formatCapacity, measureClusters } from '../../lib/rehearsal/capacity';
import { DEFAULT_CLUSTER_LIMITS } from '../../lib/rehearsal/model/proxmox/limits';
import { synthFleet } from '../../lib/synth/synth-fleet';
import { cleanup, fleetWith, yaml } from '../config/fixtures';
import { twoClusterFleet } from '../helpers/clusters';

const KEYS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
const tenants = Object.fromEntries(KEYS.map((k, i) => [`kommunen/${k}.yaml`, yaml(`key: ${k}`, `name: Gemeinde ${k}`, 'kind: gemeinde', `ags: "0799901${i + 1}"`, 'cluster: ka')]));

describe('cells keep a node\'s storage entries at its cell\'s tenants (model replay)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(cleanup));

  async function synthesized(cells: string[]): Promise<{ model: FleetModel; out: string }> {
    const dir = fleetWith({ 'fleet.yaml': twoClusterFleet([], { a: cells }), ...tenants });
    dirs.push(dir);
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-cells-'));
    dirs.push(out);
    await synthFleet({ model, outdir: out, jobs: 1, force: true });
    return { model, out };
  }

  it('without cells the lowered budget is refused naming the node; with cells it holds, each node counting its cell\'s tenants', async () => {
    const flat = await synthesized([]);
    const celled = await synthesized(['cells:', '  a: [pve1]', '  b: [pve2]']);
    // What a node polls before any tenant: the seeded storages and the cluster platform's own.
    const [flatKa] = measureClusters(flat.model, flat.out).filter((c) => c.cluster === 'ka');
    expect(flatKa.tenants).toBe(6);
    // A cluster without cells reports none.
    expect(flatKa.cells).toBeUndefined();
    const perNode = (c: typeof flatKa) => Object.fromEntries(c.lines.filter((l) => l.what.startsWith('storages on ')).map((l) => [l.what.slice(12), l.used]));
    const flatCounts = perNode(flatKa);
    const base = flatCounts.pve1 - 6;
    expect(flatCounts).toEqual({ pve1: base + 6, pve2: base + 6 });
    const limits = { ...DEFAULT_CLUSTER_LIMITS, storagesPerNode: base + 3 };

    const [refused] = measureClusters(flat.model, flat.out, { limits }).filter((c) => c.cluster === 'ka');
    expect(refused.refusal?.error.summary).toBe(`storage budget exceeded: node 'pve1' would poll ${base + 4} enabled storages (budget ${base + 3} per node)`);
    // The fourth tenant's PBS entry is the write refused.
    expect(refused.refusal?.stacksBefore).toBe(4);
    expect(refused.refusal?.address).toMatch(/^proxmox_virtual_environment_storage_pbs\.|^proxmox_storage_pbs\./);

    const [ok] = measureClusters(celled.model, celled.out, { limits }).filter((c) => c.cluster === 'ka');
    expect(ok.refusal).toBeUndefined();
    expect(perNode(ok)).toEqual({ pve1: base + 3, pve2: base + 3 });
    expect(ok.cells).toEqual([
      { cell: 'a', nodes: ['pve1'], tenants: 3, storagesPerNode: base + 3, limit: base + 3, headroom: 0 },
      { cell: 'b', nodes: ['pve2'], tenants: 3, storagesPerNode: base + 3, limit: base + 3, headroom: 0 },
    ]);
    expect(formatCapacity([ok])).toContain(`  cell a (pve1): 3 tenants, storages per node ${base + 3} / ${base + 3}, headroom 0 tenants in the cell\n`);
    // With the default budget the same cells leave room: headroom = budget - busiest node.
    const [roomy] = measureClusters(celled.model, celled.out).filter((c) => c.cluster === 'ka');
    expect(roomy.cells?.map((c) => c.headroom)).toEqual([DEFAULT_CLUSTER_LIMITS.storagesPerNode - base - 3, DEFAULT_CLUSTER_LIMITS.storagesPerNode - base - 3]);
  }, 120_000);
});
