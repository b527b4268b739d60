/**
 * Two sites (issue #17, deliverable 4): the platform's sync-job listing (Markdown and JSON), the
 * site-failure document, the second copy in each tenant's backup plan and KOM-BAK-2's site check,
 * on a two-site fleet written in the test (the examples have no sites).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Fleet, loadFleetModel, type FleetModel } from '../../lib/blueprint/fleet';
import { renderBackupPlan } from '../../lib/blueprint/tenant-documents';
import { pbsSyncJobsOf, renderSiteFailure, restoreTargets } from '../../lib/blueprint/site-documents';
import { ruleById } from '../../lib/compliance/pack';
import type { TenantSpec } from '../../lib/model/spec';
import { cleanup, fleetWith, VALID_FLEET } from '../config/fixtures';
import { twoClusterFleet } from '../helpers/clusters';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** alpha and gamma on ka (site nord), beta on kb (site sued, room for 2 tenants); gamma's name is hostile Markdown. */
function twoSiteModel(dir: string): FleetModel {
  return loadFleetModel({ fleetFile: path.join(dir, 'fleet.yaml'), displayRoot: dir });
}

describe('a fleet with two sites: documents of the second copy', () => {
  let dir = '';
  let out = '';
  let model: FleetModel;
  let written: string[] = [];
  const read = (name: string) => fs.readFileSync(path.join(out, 'platform', name), 'utf8');

  beforeAll(() => {
    dir = fleetWith({
      'fleet.yaml': twoClusterFleet([], { b: ['maxTenants: 2'] }),
      'kommunen/gamma.yaml': 'key: gamma\nname: "# Gamma | <b>*x*</b>"\nkind: gemeinde\nags: "07999013"\ncluster: ka\n',
      'kommunen/alpha.yaml': `${fs.readFileSync(path.join(VALID_FLEET, 'kommunen', 'alpha.yaml'), 'utf8')}cluster: ka\n`,
      'kommunen/beta.yaml': `${fs.readFileSync(path.join(VALID_FLEET, 'kommunen', 'beta.yaml'), 'utf8')}cluster: kb\n`,
    });
    model = twoSiteModel(dir);
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-two-site-docs-'));
    const app = new App({ outdir: path.join(out, 'cdktf.out') });
    written = new Fleet(app, model).writeDocuments(out);
  });
  afterAll(() => {
    cleanup(dir);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('writes the sync jobs (Markdown and JSON) and the site-failure document next to the prune jobs', () => {
    expect(fs.readdirSync(path.join(out, 'platform')).sort()).toEqual(['pbs-prune-jobs.md', 'pbs-sync-jobs.json', 'pbs-sync-jobs.md', 'site-failure.md']);
    expect(written).toContain(path.join(out, 'platform', 'site-failure.md'));
  });

  it('lists one pull sync job per site on the partner\'s PBS, with the exact command, and a copy prune job per tenant', () => {
    const md = read('pbs-sync-jobs.md');
    expect(md).toContain('2 sync jobs, 3 prune jobs of copies.');
    expect(md).toContain('| sync-nord | pbs-sued.example.org | sued | kommunen | kommunal-nord | pbs-nord.example.org | nord | kommunen | 1 | false | *-*-* 06:00 | 2 |');
    expect(md).toContain('| sync-sued | pbs-nord.example.org | nord | kommunen | kommunal-sued | pbs-sued.example.org | sued | kommunen | 1 | false | *-*-* 06:00 | 1 |');
    expect(md).toContain("proxmox-backup-manager sync-job create sync-nord --store sued --ns 'kommunen' --remote kommunal-nord --remote-store nord --remote-ns 'kommunen' --max-depth 1 --remove-vanished false --schedule '*-*-* 06:00'");
    expect(md).toContain('- on `pbs-sued.example.org`: remote `kommunal-nord` for host `pbs-nord.example.org`, role DatastoreReader on `/datastore/nord/kommunen` there.');
    const alpha = model.specs.alpha;
    // The copy keeps the tenant's retention, in its namespace on the partner's PBS.
    expect(md).toContain(`| alpha | kommunal-copy-${alpha.code} | pbs-sued.example.org | sued | kommunen/alpha | *-*-* ${alpha.backup.window.end} | keep-daily ${alpha.backup.retention.keepDaily}`);
    // The sync commands of a server come before its prune commands, under its own heading.
    const onSued = md.slice(md.indexOf('## Commands on pbs-sued.example.org'));
    expect(onSued.indexOf('sync-job create sync-nord')).toBeLessThan(onSued.indexOf(`prune-job create kommunal-copy-${alpha.code}`));

    const json = JSON.parse(read('pbs-sync-jobs.json')) as Json;
    expect(json.syncJobs.map((j: Json) => [j.server, j.id, j.tenants])).toEqual([
      ['pbs-nord.example.org', 'sync-sued', ['beta']],
      ['pbs-sued.example.org', 'sync-nord', ['alpha', 'gamma']],
    ]);
    expect(json.syncJobs[1].config).toEqual({ store: 'sued', ns: 'kommunen', remote: 'kommunal-nord', 'remote-store': 'nord', 'remote-ns': 'kommunen', 'max-depth': 1, 'remove-vanished': false, schedule: '*-*-* 06:00' });
    expect(json.pruneJobs).toHaveLength(3);
  });

  it('needs as many sync jobs as sites, not as tenants', () => {
    const specs = Object.values(model.specs);
    expect(specs).toHaveLength(3);
    expect(pbsSyncJobsOf(specs)).toHaveLength(2);
  });

  it('the site-failure document says what runs where, what restores where (by maxTenants), in which order, and what is lost', () => {
    const md = read('site-failure.md');
    const nord = md.slice(md.indexOf('## Site `nord`'), md.indexOf('## Site `sued`'));
    const sued = md.slice(md.indexOf('## Site `sued`'));
    expect(nord).toContain('## Site `nord` (Rechenzentrum Nord)');
    expect(nord).toContain('- cluster `ka` (2 nodes): 2 of 350 tenants');
    // kb holds beta and has room for one more: alpha goes there, gamma finds no room.
    expect(nord).toMatch(/\| alpha \| .* \| ka \| kommunen\/alpha \| pbs-sued\.example\.org:sued \| sync-nord \| kb \|/);
    expect(nord).toMatch(/\| gamma \| .* \| ka \| kommunen\/gamma \| pbs-sued\.example\.org:sued \| sync-nord \| \*\*no room\*\* \|/);
    expect(nord).toContain('**No room** at the partner site for 1 tenant (`gamma`)');
    // The tenant's name is untrusted: it is escaped, not a heading or a table border.
    expect(nord).toContain('\\# Gamma \\| \\<b\\>\\*x\\*\\</b\\>');
    expect(nord).not.toContain('<b>');
    const order = ['**Vault/OpenBao**', '**Cluster platforms** at the partner site: `platform-kb`', '**Tenants**, in tenant key order'];
    for (const step of order) expect(nord).toContain(step);
    expect(order.map((s) => nord.indexOf(s))).toEqual([...order.map((s) => nord.indexOf(s))].sort((a, b) => a - b));
    expect(nord).toContain('What is lost: everything after the last backup the last sync copied. The sync runs daily at `*-*-* 06:00`');
    expect(nord).toContain('The second copies of `sued` are kept here');
    expect(sued).toMatch(/\| beta \| Beta \| kb \| kommunen\/beta \| pbs-nord\.example\.org:nord \| sync-sued \| ka \|/);
  });

  it('is deterministic: the same documents whatever order the specs come in', () => {
    const specs = Object.keys(model.specs).sort().map((k) => model.specs[k]);
    expect(renderSiteFailure(model.fleet.data, [...specs].reverse())).toBe(read('site-failure.md'));
  });

  it('restore targets fill the partner clusters by their share in use, ties to the lower ID, none when full', () => {
    const c = (id: string, maxTenants: number) => ({ id, implicit: false, site: 's', nodes: ['n'], maxTenants, pbs: { server: 'p', datastore: 'd' } });
    expect(restoreTargets(['t3', 't1', 't2', 't4'], [c('y', 2), c('x', 2)], { x: 1 })).toEqual([
      { tenant: 't1', cluster: 'y' }, { tenant: 't2', cluster: 'x' }, { tenant: 't3', cluster: 'y' }, { tenant: 't4' },
    ]);
  });

  it('each tenant\'s backup plan names the second copy at the other site: server, datastore, namespace, sync job, schedule', () => {
    const alpha = model.specs.alpha;
    const md = renderBackupPlan(alpha);
    expect(md).toContain('| copy | site | server | datastore | namespace |');
    expect(md).toContain('| primary | nord | pbs-nord.example.org | nord | kommunen/alpha |');
    expect(md).toContain('| second copy | sued | pbs-sued.example.org | sued | kommunen/alpha |');
    expect(md).toContain('2. **Second copy at the other site.**');
    expect(md).toContain('the PBS sync job `sync-nord` pulls the namespaces below `kommunen`');
    expect(md).toContain('at `*-*-* 06:00`');
    expect(md).toContain(`the prune job \`kommunal-copy-${alpha.code}\``);
  });

  it('KOM-BAK-2 passes for the partner site and fails for a copy at the same site or on the same server', () => {
    const rule = ruleById('KOM-BAK-2')!;
    const run = (spec: TenantSpec) => rule.evaluate({ json: { resource: {} }, spec });
    const alpha = model.specs.alpha;
    expect(run(alpha).status).toBe('pass');
    const withCopy = (copy: Partial<TenantSpec['backup']['secondCopy']>): TenantSpec => ({ ...alpha, backup: { ...alpha.backup, secondCopy: { ...alpha.backup.secondCopy, ...copy } } });
    const sameSite = run(withCopy({ site: 'nord', server: 'pbs-nord2.example.org' }));
    expect(sameSite.status).toBe('fail');
    expect(sameSite.findings.map((f) => f.message)).toEqual(['second copy pbs-nord2.example.org:sued is at site nord, the site of the first copy; it must be at another site']);
    expect(run(withCopy({ server: 'PBS-NORD.example.org' })).status).toBe('fail');
    const { site: _site, ...noSite } = alpha.backup.secondCopy; // eslint-disable-line @typescript-eslint/no-unused-vars
    expect(run({ ...alpha, backup: { ...alpha.backup, secondCopy: noSite } }).status).toBe('fail');
  });
});

describe('a fleet without sites', () => {
  it('writes only the prune jobs among the platform documents', () => {
    const dir = fleetWith({});
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunal-one-site-docs-'));
    try {
      const model = twoSiteModel(dir);
      new Fleet(new App({ outdir: path.join(out, 'cdktf.out') }), model).writeDocuments(out);
      expect(fs.readdirSync(path.join(out, 'platform'))).toEqual(['pbs-prune-jobs.md']);
      expect(renderBackupPlan(model.specs.alpha)).toContain('| copy | server | datastore | namespace |');
    } finally {
      cleanup(dir);
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
