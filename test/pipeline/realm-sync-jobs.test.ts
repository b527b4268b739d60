/**
 * Recurring realm sync: `kommunal realm-sync-jobs` keeps one PVE realm-sync job per tenant LDAP
 * realm, against a local server that answers the job API as PVE does (test/helpers/pve-jobs-server.ts),
 * with the privileges of the seeded platform identity.
 */
import * as path from 'path';
import { main } from '../../lib/cli/main';
import { desiredRealmSyncJobs, planRealmSyncJobs, realmSyncJobId, reconcileRealmSyncJobs, REALM_SYNC_JOB_PREFIX, type RealmSyncJobSpec } from '../../lib/pipeline/realm-sync-jobs';
import { pveJobsApi } from '../../lib/cli/commands/realm-sync-jobs';
import type { TenantSpec } from '../../lib/model/spec';
import { accessFromView } from '../../lib/rehearsal/model/proxmox/access';
import { DEFAULT_PROXMOX_SEED, PLATFORM_IDENTITY, identityTokenId, seedProxmox, type ProxmoxSeed } from '../../lib/rehearsal/model/proxmox';
import { exampleModel } from '../helpers/fleet';
import { MemoryStore } from '../helpers/memory-store';
import { startPveJobsServer, type PveJobsServer } from '../helpers/pve-jobs-server';

const REPO = path.resolve(__dirname, '../..');
const musterstadt = exampleModel('musterstadt');
const ms = musterstadt.specs.musterstadt!;
const TOKEN_ID = identityTokenId(PLATFORM_IDENTITY);
const API_TOKEN = `${TOKEN_ID}=${PLATFORM_IDENTITY.secret}`;

function accessOf(seed: ProxmoxSeed) {
  const store = new MemoryStore();
  seedProxmox(store, seed);
  const access = accessFromView(store);
  return () => access;
}

/** The seed without the platform's realm-sync grants (as before this change). */
const SEED_WITHOUT_SYNC_GRANTS: ProxmoxSeed = {
  ...DEFAULT_PROXMOX_SEED,
  platform: { ...PLATFORM_IDENTITY, grants: PLATFORM_IDENTITY.grants.filter((g) => !g.roleId.startsWith('ProvisionPlatformRealmSync')) },
};

describe('the realm-sync jobs a fleet needs', () => {
  it('has one job per active tenant with its own LDAP/AD realm, hourly at the minute of its number', () => {
    expect(ms.identity.source).toBe('ldap');
    const jobs = desiredRealmSyncJobs(Object.values(musterstadt.specs));
    expect(jobs).toEqual([{
      id: `${REALM_SYNC_JOB_PREFIX}${ms.identity.realm.id}`,
      realm: ms.identity.realm.id,
      schedule: `*:${String(ms.number % 60).padStart(2, '0')}`,
      scope: 'both',
      removeVanished: 'acl;entry;properties',
      enableNew: true,
      comment: 'kommunal-cdk: directory sync of musterstadt (managed by kommunal realm-sync-jobs)',
    }]);
  });

  it('has none for OpenID, the shared realm, or a decommissioning tenant', () => {
    for (const example of ['verbandsgemeinde', 'landkreis-fleet']) {
      const specs = Object.values(exampleModel(example).specs);
      expect(specs.filter((s) => s.identity.source === 'ldap')).toEqual([]);
      expect(desiredRealmSyncJobs(specs)).toEqual([]);
    }
    const leaving = { ...ms, state: 'decommissioning' } as TenantSpec;
    expect(desiredRealmSyncJobs([leaving])).toEqual([]);
  });

  it('names a job after its realm as a PVE job ID (no dots)', () => {
    expect(realmSyncJobId('t1.ad')).toBe('kommunal-sync-t1_ad');
  });

  it('plans nothing for a job that matches, only the differing parameters otherwise, never the realm on update', () => {
    const [job] = desiredRealmSyncJobs([ms]) as [RealmSyncJobSpec];
    const realms = new Set([job.realm]);
    const same = { id: job.id, realm: job.realm, schedule: job.schedule, scope: 'both', 'remove-vanished': job.removeVanished, 'enable-new': 1, enabled: 1, comment: job.comment };
    expect(planRealmSyncJobs([job], [same], realms)).toEqual({ actions: [], waiting: [], unchanged: [job.id] });
    // enable-new and enabled default to 1 when PVE's answer leaves them out.
    const { 'enable-new': _e, enabled: _n, ...defaults } = same;
    void _e;
    void _n;
    expect(planRealmSyncJobs([job], [defaults], realms).actions).toEqual([]);
    expect(planRealmSyncJobs([job], [{ ...same, schedule: 'daily', enabled: 0 }], realms).actions).toEqual([
      { kind: 'update', id: job.id, realm: job.realm, body: { schedule: job.schedule, enabled: '1' } },
    ]);
  });
});

describe('kommunal realm-sync-jobs against the PVE job API', () => {
  let server: PveJobsServer;
  afterEach(async () => server.close());

  const start = async (seed: ProxmoxSeed = DEFAULT_PROXMOX_SEED) => {
    server = await startPveJobsServer({ access: accessOf(seed), tokens: { [TOKEN_ID]: PLATFORM_IDENTITY.secret } });
    return server;
  };

  it('creates the job once; a second run changes nothing; drift is put back with an update that carries no realm', async () => {
    const s = await start();
    s.realms.set(ms.identity.realm.id, 'ldap');
    const desired = desiredRealmSyncJobs([ms]);
    const api = pveJobsApi(s.url, API_TOKEN);
    const first = await reconcileRealmSyncJobs(api, desired);
    expect(first.actions.map((a) => a.kind)).toEqual(['create']);
    const id = desired[0]!.id;
    expect(s.jobs.get(id)).toEqual({
      type: 'realm-sync', realm: ms.identity.realm.id, schedule: desired[0]!.schedule, scope: 'both', 'remove-vanished': 'acl;entry;properties', 'enable-new': '1', enabled: '1', comment: desired[0]!.comment,
    });
    const second = await reconcileRealmSyncJobs(api, desired);
    expect(second).toEqual({ actions: [], waiting: [], unchanged: [id] });
    expect(s.writes).toEqual([`POST /cluster/jobs/realm-sync/${id}`]);

    s.jobs.get(id)!.schedule = 'sat 03:00';
    s.jobs.get(id)!.enabled = '0';
    await reconcileRealmSyncJobs(api, desired);
    expect(s.writes[1]).toBe(`PUT /cluster/jobs/realm-sync/${id}`);
    expect(s.requests.filter((r) => r.startsWith('PUT'))).toEqual([`PUT /cluster/jobs/realm-sync/${id} schedule=${encodeURIComponent(desired[0]!.schedule)}&enabled=1`]);
    expect(s.jobs.get(id)!.schedule).toBe(desired[0]!.schedule);
  });

  it('the server refuses a realm in an update, as PVE does (the realm is a fixed option)', async () => {
    const s = await start();
    s.realms.set('t1-ldap', 'ldap');
    const api = pveJobsApi(s.url, API_TOKEN);
    await api.post('/cluster/jobs/realm-sync/kommunal-sync-t1-ldap', { realm: 't1-ldap', schedule: '*:05', scope: 'both' });
    await expect(api.put('/cluster/jobs/realm-sync/kommunal-sync-t1-ldap', { realm: 't1-ldap', schedule: '*:06' })).rejects.toThrow(
      'PUT /api2/json/cluster/jobs/realm-sync/kommunal-sync-t1-ldap: HTTP 400 Parameter verification failed. (realm: property is not defined in schema and the schema does not allow additional properties)',
    );
  });

  it('waits for a realm that does not exist yet, removes managed jobs no tenant needs, leaves other jobs alone', async () => {
    const s = await start();
    s.jobs.set('kommunal-sync-gone-ldap', { type: 'realm-sync', realm: 'gone-ldap', schedule: '*:00', scope: 'both' });
    s.jobs.set('realmsync-by-hand', { type: 'realm-sync', realm: 'other-ldap', schedule: '*:00', scope: 'users' });
    s.jobs.set('backup-123', { type: 'vzdump', schedule: 'daily' });
    const plan = await reconcileRealmSyncJobs(pveJobsApi(s.url, API_TOKEN), desiredRealmSyncJobs([ms]));
    expect(plan.waiting).toEqual([{ id: realmSyncJobId(ms.identity.realm.id), realm: ms.identity.realm.id }]);
    expect(s.writes).toEqual(['DELETE /cluster/jobs/realm-sync/kommunal-sync-gone-ldap']);
    expect([...s.jobs.keys()].sort()).toEqual(['backup-123', 'realmsync-by-hand']);
  });

  it('needs the platform identity\'s realm-sync grants: without them PVE refuses the create', async () => {
    const s = await start(SEED_WITHOUT_SYNC_GRANTS);
    s.realms.set(ms.identity.realm.id, 'ldap');
    await expect(reconcileRealmSyncJobs(pveJobsApi(s.url, API_TOKEN), desiredRealmSyncJobs([ms]))).rejects.toThrow(
      `POST /api2/json/cluster/jobs/realm-sync/${realmSyncJobId(ms.identity.realm.id)}: HTTP 403 Permission check failed (/access/realm/${ms.identity.realm.id}, Realm.AllocateUser)`,
    );
    expect(s.jobs.size).toBe(0);
  });

  it('runs as a command with the pipeline\'s PROXMOX_VE_* variables; --dry-run changes nothing; a bad token fails with exit 1', async () => {
    const s = await start();
    s.realms.set(ms.identity.realm.id, 'ldap');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: REPO };
    const saved = { endpoint: process.env.PROXMOX_VE_ENDPOINT, token: process.env.PROXMOX_VE_API_TOKEN };
    try {
      process.env.PROXMOX_VE_ENDPOINT = s.url;
      process.env.PROXMOX_VE_API_TOKEN = API_TOKEN;
      const args = ['realm-sync-jobs', '--fleet', 'examples/musterstadt/fleet.yaml'];
      expect(await main([...args, '--dry-run'], io)).toBe(0);
      expect(s.writes).toEqual([]);
      expect(out.join('')).toContain(`would create ${realmSyncJobId(ms.identity.realm.id)} (realm ${ms.identity.realm.id}`);
      expect(await main(args, io)).toBe(0);
      expect(await main(args, io)).toBe(0);
      expect(s.writes).toHaveLength(1);
      expect(out.join('')).toContain('0 changes, 1 unchanged, 0 waiting');
      process.env.PROXMOX_VE_API_TOKEN = `${TOKEN_ID}=wrong`;
      expect(await main(args, io)).toBe(1);
      expect(err.join('')).toContain('HTTP 401');
      expect(err.join('')).not.toContain('wrong');
    } finally {
      for (const [k, v] of [['PROXMOX_VE_ENDPOINT', saved.endpoint], ['PROXMOX_VE_API_TOKEN', saved.token]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
