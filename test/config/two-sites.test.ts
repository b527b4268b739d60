/**
 * Two sites (issue #17, deliverable 4): with two or more sites each tenant's second backup copy is
 * the PBS of its site's partner site (`sites.<id>.syncTo`, or the other of exactly two sites), made
 * by one PBS pull sync job per site; `backup.secondCopy` is then refused. Without sites the
 * fleet-wide `backup.secondCopy` stays. Bad input is reported with its position.
 */
import * as path from 'path';
import { loadFleetModel } from '../../lib/blueprint/fleet';
import { checkFleetWithTenants } from '../../lib/config/load';
import type { Problem } from '../../lib/config/problems';
import { partnerSiteOf, pbsSyncJobId, PBS_SYNC_SCHEDULE } from '../../lib/model/sites';
import { formatSpec } from '../../lib/cli/format-spec';
import { propSources } from '../../lib/config/prop-sources';
import { cleanup, fleetWith } from './fixtures';
import { twoClusterFleet } from '../helpers/clusters';

const brief = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.path}`;

/** The two-cluster fleet with a third site `west` (PBS pbs-west, cluster kc) and `syncTo` lines. */
function threeSiteFleet(syncTo: { nord?: string; sued?: string; west?: string }): string {
  let text = twoClusterFleet([
    '  kc:',
    '    site: west',
    '    endpoint: https://pve-c.example.org:8006/',
    '    nodes: [pve5]',
  ]);
  text = text.replace('clusters:\n', '  west:\n    pbs: { server: pbs-west.example.org, datastore: west }\nclusters:\n');
  for (const [site, to] of Object.entries(syncTo)) {
    text = text.replace(`  ${site}:\n`, `  ${site}:\n    syncTo: ${to}\n`);
  }
  return text;
}

describe('the second copy with two sites', () => {
  let dir = '';
  afterEach(() => cleanup(dir));
  const load = (files: Record<string, string>) => {
    dir = fleetWith(files);
    return loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
  };

  it('goes to the other site\'s PBS, same namespace, by the sync job of the tenant\'s site', () => {
    const model = load({ 'fleet.yaml': twoClusterFleet() });
    const alpha = model.specs.alpha.backup;
    const beta = model.specs.beta.backup;
    expect(model.specs.alpha.cluster).toBe('ka');
    expect(model.specs.beta.cluster).toBe('kb');
    expect(alpha.pbsServer).toBe('pbs-nord.example.org');
    expect(alpha.site).toBe('nord');
    expect(alpha.secondCopy).toEqual({
      server: 'pbs-sued.example.org', datastore: 'sued', namespace: alpha.namespace, site: 'sued',
      sync: { jobId: 'sync-nord', fromSite: 'nord', remote: 'kommunal-nord', namespace: 'kommunen', schedule: '*-*-* 06:00' },
    });
    expect(alpha.namespace).toBe('kommunen/alpha');
    expect(beta.site).toBe('sued');
    expect(beta.secondCopy).toMatchObject({ server: 'pbs-nord.example.org', datastore: 'nord', namespace: 'kommunen/beta', site: 'nord', sync: { jobId: 'sync-sued', remote: 'kommunal-sued' } });
    // The sync runs once every allowed backup window has ended (windows end by 06:00 at the latest).
    expect(PBS_SYNC_SCHEDULE).toBe('*-*-* 06:00');
    // `kommunal explain` shows it; a problem with the copy points at the sites when there is no backup.secondCopy.
    expect(formatSpec(model.specs.alpha)).toContain('pbs-sued.example.org datastore sued, namespace kommunen/alpha (site sued, sync job sync-nord *-*-* 06:00)');
    expect(propSources('BackupPlan', 'secondCopy.server').map((s) => s.path)).toContainEqual(['sites']);
  });

  it('follows syncTo with three sites; a site without clusters can take copies', () => {
    const model = load({ 'fleet.yaml': threeSiteFleet({ nord: 'west', sued: 'nord', west: 'sued' }), 'kommunen/gamma.yaml': 'key: gamma\nname: Gamma\nkind: gemeinde\nags: "07999013"\ncluster: kc\n' });
    expect(model.specs.alpha.backup.secondCopy.site).toBe('west');
    expect(model.specs.beta.backup.secondCopy.site).toBe('nord');
    expect(model.specs.gamma.backup.secondCopy).toMatchObject({ site: 'sued', server: 'pbs-sued.example.org', sync: { jobId: 'sync-west' } });
    expect(partnerSiteOf(model.fleet.data, 'nord')).toBe('west');
  });

  it('names a sync job per namespace parent: tenants under an earlier namespace root get their own', () => {
    expect(pbsSyncJobId('nord', 'kommunen', 'kommunen')).toBe('sync-nord');
    const other = pbsSyncJobId('nord', 'alt/kommunen', 'kommunen');
    expect(other).toMatch(/^sync-nord-[0-9a-f]{6}$/);
    expect(pbsSyncJobId('nord', 'alt/kommunen', 'kommunen')).toBe(other);
    expect(pbsSyncJobId('a-site-id-of-twenty', 'x', 'kommunen').length).toBeLessThanOrEqual(32);
  });

  it('a fleet without sites keeps the fleet-wide second copy, with no site or sync job', () => {
    const model = load({});
    const b = model.specs.alpha.backup;
    expect(b.secondCopy).toEqual({ server: model.fleet.data.backup.secondCopy!.server, datastore: model.fleet.data.backup.secondCopy!.datastore, namespace: b.namespace });
    expect('site' in b).toBe(false);
  });
});

describe('bad input about the second copy, positioned', () => {
  let dir = '';
  afterEach(() => cleanup(dir));
  const check = (files: Record<string, string>): string[] => {
    dir = fleetWith(files);
    return checkFleetWithTenants(path.join(dir, 'fleet.yaml'), { displayRoot: dir }).problems.map((p) => `${brief(p)}: ${p.message}`);
  };

  it('a site that syncs to itself or to an unknown site', () => {
    expect(check({ 'fleet.yaml': threeSiteFleet({ nord: 'nord', sued: 'nord', west: 'ost' }) })).toEqual([
      'fleet.yaml:20:13 sites.nord.syncTo: site "nord" cannot sync to itself: the second copy must be at another site',
      'fleet.yaml:27:13 sites.west.syncTo: site "west" syncs to site "ost", which the fleet does not declare (other sites: nord, sued)',
    ]);
  });

  it('three sites need syncTo on every site', () => {
    expect(check({ 'fleet.yaml': threeSiteFleet({ nord: 'west', west: 'nord' }) })).toEqual([
      'fleet.yaml:23:3 sites.sued: site "sued" needs "syncTo": with 3 sites the partner site that takes the second copy of its backups must be named',
    ]);
  });

  it('a partner site on the same PBS server', () => {
    const fleet = twoClusterFleet().replace('pbs-sued.example.org', 'PBS-nord.example.org');
    expect(check({ 'fleet.yaml': fleet })).toEqual([
      'fleet.yaml:21:20 sites.nord.pbs.server: site "nord" and its partner site "sued" use the same PBS server "pbs-nord.example.org": the second copy must be on another server at another site',
      'fleet.yaml:23:20 sites.sued.pbs.server: site "sued" and its partner site "nord" use the same PBS server "pbs-nord.example.org": the second copy must be on another server at another site',
    ]);
  });

  it('backup.secondCopy next to two sites is refused; without two sites it is required', () => {
    const both = twoClusterFleet().replace("  # no secondCopy: each site's backups are copied to the other site's PBS", '  secondCopy: { server: pbs2.example.org, datastore: store2 }');
    expect(check({ 'fleet.yaml': both })).toEqual([
      'fleet.yaml:10:3 backup.secondCopy: with two or more sites the second copy of each site\'s backups goes to its partner site (sites.<id>.syncTo, docs/clusters.md "Two sites"); remove "backup.secondCopy"',
    ]);
    // One site with clusters, no fleet-wide second copy: no place for the copy.
    const oneSite = twoClusterFleet().replace('  sued:\n    pbs: { server: pbs-sued.example.org, datastore: sued }\n', '').replace('    site: sued', '    site: nord');
    expect(check({ 'fleet.yaml': oneSite })).toEqual([
      'fleet.yaml:7:1 backup: "backup.secondCopy" is required: with one site there is no partner site for the second copy (another PBS server, off-site)',
    ]);
  });
});
