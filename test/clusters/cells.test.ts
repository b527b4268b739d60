/**
 * Cells (issue #17 item 3): named node groups of a cluster (`clusters.<id>.cells`). Each tenant of a
 * cluster with cells is placed on one cell, recorded in the lock as `cell`; its PBS storage entry
 * and its guests use that cell's nodes only. Bad input is a positioned error before any output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { ValidationError, type Problem } from '../../lib/config/problems';
import { placeTenants } from '../../lib/allocation/placement';
import { moveTenant } from '../../lib/allocation/move';
import { parseLockFile, serializeLockFile, scanGeneratedLock } from '../../lib/allocation/lockfile';
import { backupProps, guestsProps } from '../../lib/blueprint/internal/tenant-props';
import { platformForTenant } from '../../lib/blueprint/resolve-platform';
import type { LockFile, TenantAllocation } from '../../lib/model/parameters';
import { cleanup, fleetWith, yaml } from '../config/fixtures';
import { brief, checkLines, loadProblems, tenantFile, twoClusterFleet } from '../helpers/clusters';
import { PLATFORM_SERVICE_LINES } from '../guests/fixtures';
import { synthModel } from '../helpers/fleet';

function entry(n: number, cluster?: string, cell?: string): TenantAllocation {
  return {
    number: n, code: `t${String(n).padStart(4, '0')}`, block: `10.0.${n}.0/24`, segments: {}, vmIds: { start: 100000 + n * 1000, end: 100999 + n * 1000 },
    pbsNamespace: `kommunen/t${n}`, ...(cluster !== undefined ? { cluster } : {}), ...(cell !== undefined ? { cell } : {}),
  };
}
const lockOf = (tenants: Record<string, TenantAllocation>): LockFile => ({ version: 1, zoneType: 'vlan', tenants });
const cellsOf = (lock: LockFile): Record<string, string | undefined> => Object.fromEntries(Object.entries(lock.tenants).map(([k, t]) => [k, t.cell]));

describe('cell placement (lib/allocation/placement.ts)', () => {
  const clusters = [{ id: 'ka', maxTenants: 10, cells: ['b', 'a'] }, { id: 'kb', maxTenants: 10 }];

  it('places tenants of a cluster with cells on the cell with the fewest tenants, ties to the lower ID, in key order', () => {
    const lock = lockOf({ t1: entry(1, 'ka'), t2: entry(2, 'ka'), t3: entry(3, 'ka'), t4: entry(4, 'ka', 'a'), t5: entry(5, 'kb') });
    const r = placeTenants({ clusters, tenants: { t3: {}, t1: {}, t2: {}, t4: {}, t5: {} } }, lock);
    expect(r.problems).toEqual([]);
    // t4 holds a; t1 -> b (0 < 1); t2 -> a (tie 1:1, lower ID); t3 -> b (b 1 < a 2). kb has no cells.
    expect(cellsOf(r.lock)).toEqual({ t1: 'b', t2: 'a', t3: 'b', t4: 'a', t5: undefined });
    expect(r.celled).toEqual(['t1', 't2', 't3']);
    // Stable: placing the placed lock again changes nothing, in any request order.
    const again = placeTenants({ clusters: [...clusters].reverse(), tenants: { t5: {}, t4: {}, t3: {}, t2: {}, t1: {} } }, r.lock);
    expect(again.lock).toEqual(r.lock);
    expect(again.celled).toBeUndefined();
  });

  it('honours a cell pin and never moves a placed tenant', () => {
    const r = placeTenants({ clusters, tenants: { x: { cellPin: 'b' }, y: {} } }, lockOf({ x: entry(1, 'ka'), y: entry(2, 'ka') }));
    expect(cellsOf(r.lock)).toEqual({ x: 'b', y: 'a' });
    const moved = placeTenants({ clusters, tenants: { x: { cellPin: 'a' } } }, r.lock);
    expect(moved.problems).toEqual([expect.objectContaining({ path: 'tenants.x.cell', tenant: 'x', message: expect.stringContaining('placements never move by themselves') })]);
  });

  it('reports a pin to an unknown cell, a cell pin on a cluster without cells or a fleet without clusters, and a lock cell that no longer exists', () => {
    const lock = lockOf({ x: entry(1, 'ka'), y: entry(2, 'kb'), z: entry(3, 'ka', 'c'), w: entry(4, 'kb', 'a') });
    const r = placeTenants({ clusters, tenants: { x: { cellPin: 'q' }, y: { cellPin: 'a' }, z: {}, w: {} } }, lock);
    expect(r.problems.map((p) => [p.path, p.message])).toEqual([
      ['clusters.kb.cells', expect.stringContaining('places tenant "w" on cell "a" of cluster "kb", which the cluster does not declare (cells: none)')],
      ['tenants.x.cell', 'tenant "x" pins cell "q", which its cluster "ka" does not declare (cells: a, b)'],
      ['tenants.y.cell', expect.stringContaining('its cluster "kb" declares no cells')],
      ['clusters.ka.cells', expect.stringContaining('places tenant "z" on cell "c" of cluster "ka", which the cluster does not declare (cells: a, b)')],
    ]);
    const none = placeTenants({ clusters: [], tenants: { x: { cellPin: 'a' } } }, lockOf({ x: entry(1) }));
    expect(none.problems.map((p) => p.message)).toEqual([expect.stringContaining('the fleet declares no clusters')]);
  });

  it('a move drops the cell at the switch, so that the target cluster places it again', () => {
    const lock = lockOf({ x: entry(1, 'ka', 'a') });
    const started = moveTenant(lock, { tenant: 'x', step: 'start', to: 'kb', clusters });
    expect(started.lock.tenants.x.cell).toBe('a');
    const switched = moveTenant(started.lock, { tenant: 'x', step: 'switch', clusters });
    expect(switched.lock.tenants.x).toEqual(expect.objectContaining({ cluster: 'kb', movedFrom: 'ka' }));
    expect(switched.lock.tenants.x.cell).toBeUndefined();
  });

  it('the lock writes `cell` after `cluster`, reads it back through both parsers, and refuses a cell without a cluster', () => {
    const lock = lockOf({ xxx: entry(1, 'ka', 'a') });
    const text = serializeLockFile(lock);
    expect(text).toContain('    cluster: ka\n    cell: a\n');
    expect(scanGeneratedLock(text)).toEqual(lock);
    const handEdited = text.replace(/^# integrity: .*\n/m, '').replace('    cell: a\n', '    cell: "a"\n');
    expect(parseLockFile(handEdited, 'fleet.lock.yaml').tenants.xxx.cell).toBe('a');
    const orphan = serializeLockFile(lockOf({ xxx: entry(1, undefined, 'a') })).replace(/^# integrity: .*\n/m, '');
    expect(() => parseLockFile(orphan, 'fleet.lock.yaml')).toThrow(/records cell "a" but no cluster/);
  });
});

const CELLS_KA = ['cells:', '  east: [pve1]', '  west: [pve2]'];

describe('a fleet with cells (loadFleetModel)', () => {
  let dir = '';
  afterEach(() => cleanup(dir));

  it('records each tenant\'s cell and restricts its PBS storage entry and guests to the cell\'s nodes', () => {
    dir = fleetWith({
      'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }),
      'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: ka']),
      'kommunen/beta.yaml': tenantFile('beta', '07999012', ['cluster: ka', 'cell: west']),
      'kommunen/gamma.yaml': tenantFile('gamma', '07999013', ['cluster: kb']),
    });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    expect(cellsOf(model.lock)).toEqual({ alpha: 'east', beta: 'west', gamma: undefined });
    expect(Object.fromEntries(Object.entries(model.specs).map(([k, s]) => [k, s.cell]))).toEqual({
      alpha: { id: 'east', nodes: ['pve1'] }, beta: { id: 'west', nodes: ['pve2'] }, gamma: undefined,
    });
    const storageNodes = (key: string) => backupProps(model.specs[key], platformForTenant(model.platform, model.specs[key])).storage.nodes;
    expect([storageNodes('alpha'), storageNodes('beta'), storageNodes('gamma')]).toEqual([['pve1'], ['pve2'], ['pve3', 'pve4']]);
    // The lock written and read again gives the same placement.
    fs.writeFileSync(model.lockPath, serializeLockFile(model.lock));
    const again = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    expect(again.lock).toEqual(model.lock);
  });

  it('guests of a celled tenant are created on its cell\'s nodes, cloned on the cluster\'s first node', () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }), 'kommunen/beta.yaml': tenantFile('beta', '07999012', ['cluster: ka', 'cell: west']) });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const spec = { ...model.specs.beta, guests: {} };
    const props = guestsProps(spec, platformForTenant(model.platform, spec));
    expect(props).toEqual(expect.objectContaining({ nodes: ['pve1', 'pve2'], cellNodes: ['pve2'] }));
  });

  it('HA guests of a celled tenant get one strict node-affinity rule over its HA resources on its cell\'s nodes', () => {
    const compute = ['compute:', ...PLATFORM_SERVICE_LINES, '  guestStorages: [local-lvm]', '  templates:', '    edge: { vmId: 9000 }', '    directory: { vmId: 9001 }', '    container: { file: "cephfs:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst" }'];
    const guests = ['guests:', '  fw: { profile: edge }', '  dc: { profile: directory }', '  web: { profile: container }'];
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet(compute, { a: CELLS_KA }), 'kommunen/beta.yaml': tenantFile('beta', '07999012', ['cluster: ka', 'cell: west', ...guests]) });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    const beta = synthModel(model).stacks.beta as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const ha = Object.values(beta.resource.proxmox_haresource).map((h) => h.resource_id).sort();
    expect(ha).toHaveLength(2);
    const rules = Object.values(beta.resource.proxmox_harule);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ rule: `${model.specs.beta.compute.pool}-cell`, type: 'node-affinity', strict: true, nodes: { pve2: 1 }, resources: ha });
    expect(rules[0].depends_on).toHaveLength(2);
  });
});

describe('bad cell input: positioned errors before any output', () => {
  let dir = '';
  afterEach(() => cleanup(dir));
  const check = (files: Record<string, string>): string[] => checkLines(dir = fleetWith(files));
  const load = (files: Record<string, string>): string[] => loadProblems(dir = fleetWith(files)).map((p) => `${brief(p)}: ${p.message}`);

  it('a cell node that is not a node of the cluster, a node in two cells', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet([], { a: ['cells:', '  east: [pve1, pve3]', '  west: [pve2, pve1]'] }) }))
      .toEqual([
        'fleet.yaml:30:20 clusters.ka.cells.east[1]: node "pve3" of cell "east" is not a node of cluster "ka" (nodes: pve1, pve2); a cell groups nodes of its own cluster',
        'fleet.yaml:31:20 clusters.ka.cells.west[1]: node "pve1" is in cell "west" and in cell "east"; a node belongs to one cell at most',
      ]);
  });

  it('a malformed cell ID or an empty cell is a schema error', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet([], { a: ['cells:', '  East: [pve1]', '  west: []'] }) }).map((p) => p.split(': ')[0]))
      .toEqual(['fleet.yaml:30:7 clusters.ka.cells.East', 'fleet.yaml:31:13 clusters.ka.cells.west']);
  });

  it('a pin to an unknown cell, a pin to a cell of another cluster, a cell pin in a fleet without cells', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }), 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: ka', 'cell: north']) }))
      .toEqual(['kommunen/alpha.yaml:6:7 cell: cell "north" is not a cell of cluster "ka" (cells: east, west)']);
    expect(check({ 'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }), 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: kb', 'cell: east']) }))
      .toEqual(['kommunen/alpha.yaml:6:7 cell: cell "east" is pinned but cluster "kb" declares no cells; remove the pin or declare cells (clusters.<id>.cells)']);
    expect(check({ 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cell: east']) }))
      .toEqual(['kommunen/alpha.yaml:5:7 cell: cell "east" is pinned but no cluster of the fleet declares cells; remove the pin or declare cells (clusters.<id>.cells)']);
  });

  it('a tenant placed on a cluster without cells that pins a cell, and a lock cell that no longer exists, at resolution', () => {
    // beta is placed (no cluster pin) on kb, the less loaded cluster, which has no cells: its pin names a cell of ka only.
    expect(load({ 'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }), 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: ka']), 'kommunen/beta.yaml': tenantFile('beta', '07999012', ['cell: east']) }).map((p) => p.split(': ')[0]))
      .toEqual(['kommunen/beta.yaml:5:7 cell']);
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet([], { a: CELLS_KA }), 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: ka']) });
    const first = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    fs.writeFileSync(first.lockPath, serializeLockFile(first.lock));
    fs.writeFileSync(path.join(dir, 'fleet.yaml'), twoClusterFleet([], { a: ['cells:', '  north: [pve1, pve2]'] }));
    let problems: Problem[] = [];
    try {
      loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      problems = [...e.problems];
    }
    expect(problems.map((p) => `${brief(p)}: ${p.message.split(';')[0]}`)).toEqual([
      'fleet.yaml:30:7 clusters.ka.cells: fleet.lock.yaml places tenant "alpha" on cell "east" of cluster "ka", which the cluster does not declare (cells: north)',
    ]);
  });
});
