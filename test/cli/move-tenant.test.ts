/**
 * `kommunal move-tenant` (lib/cli/commands/move-tenant.ts): each step is written to the lock only
 * when every check passed; a failed or repeated run leaves the lock byte-identical.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseLockFile } from '../../lib/allocation/lockfile';
import { kommunalInProcess } from '../pipeline/fixtures';
import { twoClusterMusterstadt } from '../helpers/move';

const lockText = (dir: string): string => fs.readFileSync(path.join(dir, 'fleet.lock.yaml'), 'utf8');
const entryOf = (dir: string) => parseLockFile(lockText(dir), 'fleet.lock.yaml').tenants.musterstadt;
const move = (dir: string, ...args: string[]) => kommunalInProcess(['move-tenant', 'musterstadt', '--fleet', path.join(dir, 'fleet.yaml'), ...args], dir);
const ZWEITSTADT = 'key: zweitstadt\nname: Zweitstadt\nkind: stadt\nags: "07999002"\nsize: s\ncluster: sued1\n';

describe('kommunal move-tenant', () => {
  it('records phase 1, phase 2 and the end of a move in the lock; a repeated step changes nothing', async () => {
    const dir = twoClusterMusterstadt();
    expect(entryOf(dir).cluster).toBe('nord1');
    const start = await move(dir, '--to', 'sued1');
    expect([start.status, start.stderr]).toEqual([0, '']);
    expect(start.stdout).toContain('move from "nord1" to "sued1" recorded (phase 1');
    expect(entryOf(dir)).toMatchObject({ cluster: 'nord1', moveTo: 'sued1' });
    const before = lockText(dir);
    const again = await move(dir, '--to', 'sued1');
    expect([again.status, again.stdout]).toEqual([0, expect.stringContaining('already recorded')]);
    expect(again.stdout).not.toContain('wrote');
    expect(lockText(dir)).toBe(before);
    expect((await move(dir, '--switch')).status).toBe(0);
    expect(entryOf(dir)).toMatchObject({ cluster: 'sued1', movedFrom: 'nord1' });
    expect(entryOf(dir).moveTo).toBeUndefined();
    expect((await move(dir, '--finish')).status).toBe(0);
    const done = entryOf(dir);
    expect([done.cluster, done.moveTo, done.movedFrom]).toEqual(['sued1', undefined, undefined]);
  });

  it.each([
    ['a cluster the fleet does not declare', [] as string[], ['--to', 'west9'], /fleet\.yaml:\d+:\d+ tenants\.musterstadt\.moveTo: cluster "west9" is not declared/],
    ['a full target cluster, positioned at its maxTenants', ['sued1'], ['--to', 'sued1'], /fleet\.yaml:\d+:\d+ clusters\.sued1\.maxTenants: moving tenant "musterstadt" to cluster "sued1" would put 2 tenants there/],
    ['a switch without a started move', [] as string[], ['--switch'], /fleet\.lock\.yaml:\d+:1 tenants\.musterstadt\.moveTo: tenant "musterstadt" has no move under way/],
  ])('refuses %s and writes nothing', async (_what, fullSued1, args, message) => {
    const dir = twoClusterMusterstadt('', fullSued1.length > 0 ? { sued1Extra: 'maxTenants: 1', more: { zweitstadt: ZWEITSTADT } } : {});
    const before = lockText(dir);
    const r = await move(dir, ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(lockText(dir)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('refuses a move that a pin of the tenant file contradicts, and writes nothing', async () => {
    const dir = twoClusterMusterstadt();
    const before = lockText(dir);
    // The pin names nord1 (the current cluster): fine for phase 1; after the switch it would contradict.
    fs.appendFileSync(path.join(dir, 'kommunen/musterstadt.yaml'), 'cluster: nord1\n');
    expect((await move(dir, '--to', 'sued1')).status).toBe(0);
    const phase1 = lockText(dir);
    expect(phase1).not.toBe(before);
    const r = await move(dir, '--switch');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('but its file pins cluster "nord1"');
    expect(r.stderr).toContain('`kommunal move-tenant musterstadt --to nord1`');
    expect(lockText(dir)).toBe(phase1);
  });

  it('refuses to start moving a decommissioning tenant, positioned at its state', async () => {
    const dir = twoClusterMusterstadt('state: decommissioning\ndecommissionedSince: "2026-11-01"\n');
    const before = lockText(dir);
    const r = await move(dir, '--to', 'sued1');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kommunen\/musterstadt\.yaml:\d+:\d+ state: tenant "musterstadt" is decommissioning/);
    expect(lockText(dir)).toBe(before);
  });

  it('needs exactly one step and a known tenant (usage errors)', async () => {
    const dir = twoClusterMusterstadt();
    expect((await move(dir)).status).toBe(2);
    expect((await move(dir, '--to', 'sued1', '--switch')).status).toBe(2);
    const unknown = await kommunalInProcess(['move-tenant', 'musterstad', '--to', 'sued1', '--fleet', path.join(dir, 'fleet.yaml')], dir);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('musterstadt')]);
  });
});
