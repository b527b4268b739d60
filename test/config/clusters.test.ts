/**
 * Clusters and sites in the fleet file (issue #17, deliverables 1 and 2): the fleet file's `sites`
 * and `clusters`, placement of tenants onto clusters (recorded in the lock), pins, and positioned
 * errors for bad input. A fleet without `clusters` keeps everything as before.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { placeTenants } from '../../lib/allocation/placement';
import { parseLockFile, serializeLockFile, scanGeneratedLock } from '../../lib/allocation/lockfile';
import { clusterOf, fleetClusters } from '../../lib/model/clusters';
import type { LockFile, TenantAllocation } from '../../lib/model/parameters';
import { cleanup, fleetWith, yaml } from './fixtures';
import { brief, checkLines, loadProblems, tenantFile, twoClusterFleet } from '../helpers/clusters';


const problemsOf = loadProblems;

function entry(n: number, cluster?: string): TenantAllocation {
  return {
    number: n, code: `t${String(n).padStart(4, '0')}`, block: `10.0.${n}.0/24`, segments: {}, vmIds: { start: 100000 + n * 1000, end: 100999 + n * 1000 },
    pbsNamespace: `kommunen/t${n}`, ...(cluster !== undefined ? { cluster } : {}),
  };
}
const lockOf = (tenants: Record<string, TenantAllocation>): LockFile => ({ version: 1, zoneType: 'vlan', tenants });

describe('placement (lib/allocation/placement.ts)', () => {
  const clusters = [{ id: 'b', maxTenants: 3 }, { id: 'a', maxTenants: 3 }];

  it('places new tenants in key order on the least-loaded cluster, ties to the lower cluster ID', () => {
    const lock = lockOf({ c: entry(1), d: entry(2), e: entry(3) });
    const r = placeTenants({ clusters, tenants: { d: {}, c: {}, e: {} }, added: ['c', 'd', 'e'] }, lock);
    expect(r.problems).toEqual([]);
    // c: a 0/3 = b 0/3, tie -> a; d: b 0/3 < a 1/3 -> b; e: tie 1/3 -> a.
    expect(Object.fromEntries(Object.entries(r.lock.tenants).map(([k, t]) => [k, t.cluster]))).toEqual({ c: 'a', d: 'b', e: 'a' });
    expect(r.placed).toEqual(['c', 'd', 'e']);
  });

  it('fills clusters by their share in use and does not depend on the order tenants or clusters are listed', () => {
    const cs = [{ id: 'small', maxTenants: 2 }, { id: 'big', maxTenants: 4 }];
    const lock = lockOf({ old: entry(9, 'small'), t1: entry(1), t2: entry(2), t3: entry(3) });
    const one = placeTenants({ clusters: cs, tenants: { old: {}, t3: {}, t1: {}, t2: {} }, added: ['t1', 't2', 't3'] }, lock);
    const two = placeTenants({ clusters: [...cs].reverse(), tenants: { t2: {}, t1: {}, old: {}, t3: {} }, added: ['t3', 't2', 't1'] }, lock);
    expect(one.problems).toEqual([]);
    expect(two).toEqual(one);
    // t1: big 0/4 < small 1/2 -> big; t2: big 1/4 < 1/2 -> big; t3: big 2/4 = small 1/2, tie -> big (lower ID).
    expect(Object.fromEntries(Object.entries(one.lock.tenants).map(([k, t]) => [k, t.cluster]))).toEqual({ old: 'small', t1: 'big', t2: 'big', t3: 'big' });
  });

  it('records the cluster of each new lock entry, keeps placed ones and honours pins', () => {
    const lock = lockOf({ a1: entry(1, 'a'), n1: entry(2), n2: entry(3), n3: entry(4) });
    // n1..n3 record no cluster and the fleet has a legacy cluster: they stay on it.
    const r = placeTenants({ clusters, legacyCluster: 'b', tenants: { a1: {}, n1: {}, n2: { pin: 'b' }, n3: {} } }, lock);
    expect(r.problems).toEqual([]);
    expect(Object.fromEntries(Object.entries(r.lock.tenants).map(([k, t]) => [k, t.cluster]))).toEqual({ a1: 'a', n1: 'b', n2: 'b', n3: 'b' });
    expect(r.placed).toEqual(['n1', 'n2', 'n3']);
  });

  it('never moves a placed tenant: a pin that differs from the lock is an error naming the move command and runbook', () => {
    const r = placeTenants({ clusters, tenants: { x: { pin: 'b' } } }, lockOf({ x: entry(1, 'a') }));
    expect(r.problems).toEqual([expect.objectContaining({ path: 'tenants.x.cluster', tenant: 'x', message: expect.stringContaining('`kommunal move-tenant x --to b` (docs/moving-a-tenant.md)') })]);
    expect(r.lock.tenants.x.cluster).toBe('a');
  });

  it('reports a cluster over its maxTenants, a full fleet, a pin or lock cluster that does not exist', () => {
    const full = placeTenants({ clusters: [{ id: 'a', maxTenants: 1 }], tenants: { x: {}, y: {} } }, lockOf({ x: entry(1, 'a') }));
    expect(full.problems.map((p) => [p.path, p.message.slice(0, 30)])).toEqual([['tenants.y.cluster', 'no cluster has room for tenant']]);
    const over = placeTenants({ clusters: [{ id: 'a', maxTenants: 1 }], tenants: { x: {}, y: { pin: 'a' } } }, lockOf({ x: entry(1, 'a') }));
    expect(over.problems.map((p) => p.path)).toEqual(['clusters.a.maxTenants']);
    const unknown = placeTenants({ clusters, tenants: { x: {}, y: { pin: 'zz' } } }, lockOf({ x: entry(1, 'gone') }));
    expect(unknown.problems.map((p) => p.path)).toEqual(['tenants.x.cluster', 'tenants.y.cluster']);
  });

  it('refuses lock entries without a cluster when the fleet names no legacyCluster, also with one cluster', () => {
    const keys = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
    const lock = lockOf(Object.fromEntries(keys.map((k, i) => [k, entry(i + 1)])));
    const tenants = Object.fromEntries(keys.map((k) => [k, {}]));
    for (const cs of [[{ id: 'only', maxTenants: 350 }], clusters.map((c) => ({ ...c, maxTenants: 350 }))]) {
      const r = placeTenants({ clusters: cs, tenants }, lock);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].path).toBe('legacyCluster');
      // The count, the first five keys, and what to set.
      expect(r.problems[0].message).toMatch(/^7 tenant entries of fleet\.lock\.yaml record no cluster \("t1", "t2", "t3", "t4", "t5", \.\.\.\): /);
      expect(r.problems[0].message).toContain(`Set \`legacyCluster: <id>\` to the cluster they run on, the old one (one of ${cs.map((c) => c.id).sort().join(', ')}`);
      expect(r.lock).toEqual(lock);
    }
    const one = placeTenants({ clusters: [{ id: 'only', maxTenants: 350 }], tenants: { t1: {} } }, lockOf({ t1: entry(1) }));
    expect(one.problems.map((p) => p.message.slice(0, 65))).toEqual(['1 tenant entry of fleet.lock.yaml records no cluster ("t1"): they']);
  });

  it('accepts one cluster without legacyCluster when every entry without a cluster is new, and with legacyCluster', () => {
    const only = [{ id: 'only', maxTenants: 350 }];
    const fresh = placeTenants({ clusters: only, tenants: { x: {}, y: {} }, added: ['x', 'y'] }, lockOf({ x: entry(1), y: entry(2) }));
    expect(fresh.problems).toEqual([]);
    expect(Object.values(fresh.lock.tenants).map((t) => t.cluster)).toEqual(['only', 'only']);
    const legacy = placeTenants({ clusters: only, legacyCluster: 'only', tenants: { x: {}, y: {} } }, lockOf({ x: entry(1), y: entry(2) }));
    expect(legacy.problems).toEqual([]);
    expect(legacy.placed).toEqual(['x', 'y']);
    expect(Object.values(legacy.lock.tenants).map((t) => t.cluster)).toEqual(['only', 'only']);
  });

  it('places nothing in a fleet without clusters, and refuses a lock that records clusters there', () => {
    const lock = lockOf({ x: entry(1) });
    expect(placeTenants({ clusters: [], tenants: { x: {} } }, lock)).toEqual({ lock, placed: [], problems: [] });
    expect(placeTenants({ clusters: [], tenants: { x: {} } }, lockOf({ x: entry(1, 'a') })).problems.map((p) => p.path)).toEqual(['tenants.x.cluster']);
  });
});

describe('the lock records the cluster', () => {
  it('round-trips through the generated-layout scanner and the positioned parser', () => {
    const lock = lockOf({ xxx: entry(1, 'ka'), yyy: entry(2) });
    const text = serializeLockFile(lock);
    expect(text).toContain('    cluster: ka\n');
    expect(scanGeneratedLock(text)).toEqual(lock);
    // A hand-formatted copy goes through the YAML parser (flow style: not the scanner's layout).
    const unsealed = text.replace(/^# integrity: .*\n/m, '').replace('    cluster: ka\n', '    cluster: "ka"\n');
    expect(parseLockFile(unsealed, 'fleet.lock.yaml').tenants.xxx.cluster).toBe('ka');
  });
});

describe('fleet with clusters (loadFleetModel)', () => {
  let dir = '';
  afterEach(() => cleanup(dir));

  it('a fleet without clusters: no cluster in lock or spec, clusterOf names the implicit cluster', () => {
    dir = fleetWith();
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    expect(Object.values(model.lock.tenants).map((t) => t.cluster)).toEqual([undefined, undefined]);
    expect(Object.values(model.specs).map((s) => [s.cluster, clusterOf(s)])).toEqual([[undefined, 'default'], [undefined, 'default']]);
    expect(fleetClusters(model.fleet.data).map((c) => c.id)).toEqual(['default']);
  });

  it('places every tenant, records it in the lock and takes the PBS of the cluster\'s site', () => {
    dir = fleetWith({
      'fleet.yaml': twoClusterFleet(),
      'kommunen/gamma.yaml': tenantFile('gamma', '07999013'),
      'kommunen/delta.yaml': tenantFile('delta', '07999014', ['cluster: ka']),
    });
    const model = loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
    // delta pinned to a; then alpha -> b (a 1/350, b 0/350), beta -> a (tie, lower ID), gamma -> b.
    const placed = Object.fromEntries(Object.entries(model.specs).map(([k, s]) => [k, clusterOf(s)]));
    expect(placed).toEqual({ alpha: 'kb', beta: 'ka', delta: 'ka', gamma: 'kb' });
    expect(Object.fromEntries(Object.entries(model.lock.tenants).map(([k, t]) => [k, t.cluster]))).toEqual(placed);
    expect(model.specs.alpha.backup).toMatchObject({ pbsServer: 'pbs-sued.example.org', datastore: 'sued' });
    expect(model.specs.beta.backup).toMatchObject({ pbsServer: 'pbs-nord.example.org', datastore: 'nord' });
    expect(model.lockChanged).toBe(true);
  });

  it('keeps the placement of a written lock when tenants are added', () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet() });
    const fleetFile = path.join(dir, 'fleet.yaml');
    const first = loadFleetModel({ fleetFile, displayRoot: dir });
    fs.writeFileSync(first.lockPath, serializeLockFile(first.lock));
    fs.writeFileSync(path.join(dir, 'kommunen', 'zeta.yaml'), tenantFile('zeta', '07999019'));
    const second = loadFleetModel({ fleetFile, displayRoot: dir });
    expect(second.lock.tenants.alpha.cluster).toBe(first.lock.tenants.alpha.cluster);
    expect(second.lock.tenants.beta.cluster).toBe(first.lock.tenants.beta.cluster);
    expect(second.lock.tenants.zeta.cluster).toBe('ka');
  });

  it('places lock entries written before clusters on legacyCluster (and asks for it when unclear)', () => {
    dir = fleetWith();
    const fleetFile = path.join(dir, 'fleet.yaml');
    const before = loadFleetModel({ fleetFile, displayRoot: dir });
    fs.writeFileSync(before.lockPath, serializeLockFile(before.lock));
    fs.writeFileSync(fleetFile, twoClusterFleet());
    const problems = problemsOf(dir);
    expect(problems.map((p) => [brief(p), p.message.split(": ")[0]])).toEqual([['fleet.yaml:25:3 legacyCluster', '2 tenant entries of fleet.lock.yaml record no cluster ("alpha", "beta")']]);
    fs.writeFileSync(fleetFile, twoClusterFleet(['legacyCluster: kb']));
    const after = loadFleetModel({ fleetFile, displayRoot: dir });
    expect(Object.values(after.lock.tenants).map((t) => t.cluster)).toEqual(['kb', 'kb']);
    // Nothing but the cluster changes in an entry.
    for (const [k, t] of Object.entries(after.lock.tenants)) expect({ ...t, cluster: undefined }).toEqual({ ...before.lock.tenants[k], cluster: undefined });
  });

  it('converting to one cluster without legacyCluster is refused at legacyCluster; a new fleet or legacyCluster set is accepted', () => {
    // One cluster (ka) at one site: the fleet a single-cluster fleet becomes when it is converted.
    const oneCluster = (extra: string[] = []): string => twoClusterFleet(extra).replace(/ {2}kb:\n(?: {4}.*\n)*/, '').replace(/ {2}sued:\n(?: {4}.*\n)*/, '').replace('  # no secondCopy', '  secondCopy: { server: pbs2.example.org, datastore: store2 }\n  # no secondCopy');
    // A new fleet with clusters and no lock: every tenant is new and placed on the cluster.
    dir = fleetWith({ 'fleet.yaml': oneCluster() });
    const fleetFile = path.join(dir, 'fleet.yaml');
    const fresh = loadFleetModel({ fleetFile, displayRoot: dir });
    expect(Object.values(fresh.lock.tenants).map((t) => t.cluster)).toEqual(['ka', 'ka']);
    cleanup(dir);
    // A lock written before clusters, then the fleet declares its one cluster without legacyCluster.
    dir = fleetWith();
    const fleetFile2 = path.join(dir, 'fleet.yaml');
    const before = loadFleetModel({ fleetFile: fleetFile2, displayRoot: dir });
    fs.writeFileSync(before.lockPath, serializeLockFile(before.lock));
    fs.writeFileSync(fleetFile2, oneCluster());
    const problems = problemsOf(dir);
    expect(problems.map(brief)).toEqual(['fleet.yaml:24:3 legacyCluster']);
    expect(problems[0].message).toMatch(/^2 tenant entries of fleet\.lock\.yaml record no cluster \("alpha", "beta"\): .*Set `legacyCluster: <id>` to the cluster they run on, the old one \(one of ka;/);
    // `kommunal validate` and `synth` refuse it too and write nothing: test/cli/check-pipeline.test.ts.
    // Named, the old tenants stay on it and only the cluster is recorded.
    fs.writeFileSync(fleetFile2, oneCluster(['legacyCluster: ka']));
    const after = loadFleetModel({ fleetFile: fleetFile2, displayRoot: dir });
    expect(Object.values(after.lock.tenants).map((t) => t.cluster)).toEqual(['ka', 'ka']);
    for (const [k, t] of Object.entries(after.lock.tenants)) expect({ ...t, cluster: undefined }).toEqual({ ...before.lock.tenants[k], cluster: undefined });
  });

  it('a pin that would move a placed tenant is positioned at the pin', () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet() });
    const fleetFile = path.join(dir, 'fleet.yaml');
    const first = loadFleetModel({ fleetFile, displayRoot: dir });
    fs.writeFileSync(first.lockPath, serializeLockFile(first.lock));
    const other = first.lock.tenants.alpha.cluster === 'ka' ? 'kb' : 'ka';
    fs.appendFileSync(path.join(dir, 'kommunen', 'alpha.yaml'), `cluster: ${other}\n`);
    expect(problemsOf(dir).map((p) => [brief(p), p.message.includes(`kommunal move-tenant alpha --to ${other}`)])).toEqual([['kommunen/alpha.yaml:5:10 cluster', true]]);
  });

  it('a cluster over its maxTenants is positioned at maxTenants', () => {
    dir = fleetWith({ 'fleet.yaml': twoClusterFleet([], { a: ['maxTenants: 1'] }), 'kommunen/gamma.yaml': tenantFile('gamma', '07999013', ['cluster: ka']), 'kommunen/beta.yaml': tenantFile('beta', '07999012', ['cluster: ka']) });
    expect(problemsOf(dir).map(brief)).toEqual(['fleet.yaml:29:17 clusters.ka.maxTenants']);
  });
});

describe('bad cluster input: positioned errors before any output', () => {
  let dir = '';
  afterEach(() => cleanup(dir));
  const check = (files: Record<string, string>): string[] => checkLines(dir = fleetWith(files));

  it('a tenant pinned to an unknown cluster', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet(), 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: kc']) }))
      .toEqual(['kommunen/alpha.yaml:5:10 cluster: cluster "kc" is not a cluster of the fleet; did you mean "ka"? (clusters: ka, kb)']);
    expect(check({ 'kommunen/alpha.yaml': tenantFile('alpha', '07999011', ['cluster: ka']) }))
      .toEqual(['kommunen/alpha.yaml:5:10 cluster: cluster "ka" is pinned but the fleet declares no clusters (it is one implicit cluster); remove the pin']);
  });

  it('a cluster naming an unknown site, a site without a PBS', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet().replace('    site: sued', '    site: west') }))
      .toEqual(['fleet.yaml:30:11 clusters.kb.site: cluster "kb" names site "west", which the fleet does not declare (sites: nord, sued)']);
    const noPbs = check({ 'fleet.yaml': twoClusterFleet().replace('    pbs: { server: pbs-sued.example.org, datastore: sued }\n', '    name: Sued\n') });
    expect(noPbs).toEqual(['fleet.yaml:22:3 sites.sued.pbs: required field "pbs" is missing']);
  });

  it('two clusters with the same node, endpoint or underlay peer', () => {
    const fleet = twoClusterFleet()
      .replace('nodes: [pve3, pve4]', 'nodes: [pve3, PVE2]')
      .replace('https://pve-b.example.org:8006/', 'https://PVE-A.example.org:8006');
    expect(check({ 'fleet.yaml': fleet })).toEqual([
      'fleet.yaml:31:15 clusters.kb.endpoint: endpoint "https://PVE-A.example.org:8006" of cluster "kb" is already endpoint of cluster "ka"; clusters share no endpoints',
      'fleet.yaml:32:19 clusters.kb.nodes[1]: node "PVE2" of cluster "kb" is already node of cluster "ka"; clusters share no nodes',
    ]);
    const vxlan = twoClusterFleet([], { a: ['vxlanPeers: [192.0.2.1, 192.0.2.2]'], b: ['vxlanPeers: [192.0.2.3, 192.0.2.2]'] }).replace('zoneType: vlan', 'zoneType: vxlan');
    expect(check({ 'fleet.yaml': vxlan })).toEqual([
      'fleet.yaml:34:29 clusters.kb.vxlanPeers[1]: underlay peer "192.0.2.2" of cluster "kb" is already underlay peer of cluster "ka"; clusters share no underlay peers',
    ]);
  });

  it('zone settings per cluster: needed peers, unused fields, shared fleet-wide peers, network.nodes', () => {
    const evpn = (extra: string[], a: string[] = [], b: string[] = []) => twoClusterFleet(extra, { a, b })
      .replace('zoneType: vlan', 'zoneType: evpn\n  evpnController: evpn1\n  evpnAsn: 65000');
    expect(check({ 'fleet.yaml': evpn([], ['evpnPeers: [192.0.2.1]']) }).map((p) => p.split(': ')[0]))
      .toEqual(['fleet.yaml:33:5 clusters.kb']);
    expect(check({ 'fleet.yaml': evpn([], ['evpnPeers: [192.0.2.1]'], ['evpnPeers: [192.0.2.2]', 'bridge: vmbr2']) }).map((p) => p.split(': ')[0]))
      .toEqual(['fleet.yaml:37:5 clusters.kb.bridge']);
    const shared = evpn([]).replace('  evpnAsn: 65000', '  evpnAsn: 65000\n  evpnPeers: [192.0.2.9]\n  nodes: [pve1]');
    expect(check({ 'fleet.yaml': shared }).map((p) => p.split(': ')[0])).toEqual(['fleet.yaml:8:3 network.evpnPeers', 'fleet.yaml:9:3 network.nodes']);
  });

  it('legacyCluster must name a cluster; sites need clusters', () => {
    expect(check({ 'fleet.yaml': twoClusterFleet(['legacyCluster: kc']) }).map((p) => p.split(': ')[0])).toEqual(['fleet.yaml:33:16 legacyCluster']);
    const sitesOnly = twoClusterFleet().replace(/clusters:[\s\S]*$/, '');
    expect(check({ 'fleet.yaml': sitesOnly }).map((p) => p.split(': ')[0])).toEqual(['fleet.yaml:18:1 sites']);
  });
});
