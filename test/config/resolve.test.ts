import * as path from 'path';
import { DEFAULT_BACKUP_WINDOW, DEFAULT_RETENTION, LOG_RETENTION_DAYS, PLATFORM_ZONE_IDS } from '../../lib/model/defaults';
import { loadFleet } from '../../lib/config/load';
import type { FleetFile, KommuneFile, TenantAllocation } from '../../lib/model/parameters';
import { backupSchedule, resolveFleet, resolveTenant, stableHash } from '../../lib/config/resolve';
import { minutesIntoNight } from '../../lib/config/validate-kommune';
import { cleanup, fleetWith, REPO, VALID_FLEET, yaml } from './fixtures';

const load = (dir: string) => loadFleet(path.join(dir, 'fleet.yaml'), { displayRoot: dir });

describe('resolveFleet on the fixture fleet', () => {
  const fleet = load(VALID_FLEET);
  const { specs, lock } = resolveFleet(fleet);
  const alpha = specs.alpha;
  const beta = specs.beta;

  it('applies the vetted defaults where the file leaves a value unset', () => {
    expect(alpha.size).toBe('s');
    expect(alpha.state).toBe('active');
    expect(alpha.backup.retention).toEqual({ ...DEFAULT_RETENTION });
    expect(alpha.backup.window).toEqual({ ...DEFAULT_BACKUP_WINDOW });
    expect(alpha.logging.retentionDays).toBe(LOG_RETENTION_DAYS.default);
    expect(alpha.domain).toBe('alpha.kommunen.example.org');
    expect(alpha.identity.source).toBe('platform');
    expect(alpha.identity.realm).toEqual({ id: 'platform-oidc', type: 'openid', owner: 'platform' });
    expect(Object.keys(alpha.network.segments)).toEqual(['management', 'servers', 'clients']);
  });

  it('keeps explicit values, including ones at the lower bound, and defaults only the unset fields', () => {
    expect(beta.size).toBe('m');
    expect(beta.backup.retention).toEqual({
      keepDaily: 30,
      keepWeekly: DEFAULT_RETENTION.keepWeekly,
      keepMonthly: DEFAULT_RETENTION.keepMonthly,
      keepYearly: 0,
    });
    expect(beta.backup.window).toEqual({ start: '23:00', end: '03:00' });
    expect(beta.logging.retentionDays).toBe(30);
    expect(Object.keys(beta.network.segments)).toEqual(['management', 'servers', 'clients', 'dmz']);
  });

  it('derives every name from the key, the code and the fleet', () => {
    expect(beta.compute.pool).toBe('kom-beta');
    expect(beta.identity.groups).toEqual({ admins: 'beta-admins', operators: 'beta-operators', auditors: 'beta-auditors' });
    expect(beta.identity.directoryGroups).toEqual(beta.identity.groups);
    expect(beta.backup.storageId).toBe(`pbs-${beta.code}`);
    expect(beta.backup.namespace).toBe(lock.tenants.beta.pbsNamespace);
    expect(beta.backup.secondCopy).toEqual({ server: 'pbs2.example.org', datastore: 'store2', namespace: lock.tenants.beta.pbsNamespace });
    expect(beta.vault).toEqual({
      isolation: 'namespace',
      namespace: 'kommunen/beta',
      pathPrefix: '',
      kvMount: 'kv',
      pkiMount: 'pki-int',
      pkiRole: 'kom-beta',
      policies: { admin: 'kommunen-beta-admin', operator: 'kommunen-beta-operator', readonly: 'kommunen-beta-readonly', pipeline: 'kommunen-beta-pipeline' },
      allowedDomain: 'beta.kommunen.example.org',
    });
    expect(beta.network.zone).toEqual({ id: PLATFORM_ZONE_IDS.vlan, owner: 'platform' });
    for (const s of Object.values(beta.network.segments)) {
      expect(s?.securityGroup.length).toBeLessThanOrEqual(18);
      expect(s?.vnetId).toBe(lock.tenants.beta.segments[s!.name]?.vnet);
      expect(s?.cidr).toBe(lock.tenants.beta.segments[s!.name]?.cidr);
    }
  });

  it('takes numbers and addresses from the allocation and computes gateway and DHCP range', () => {
    const a = lock.tenants.alpha;
    expect(alpha.number).toBe(a.number);
    expect(alpha.code).toBe(a.code);
    expect(alpha.network.block).toBe(a.block);
    expect(alpha.compute.vmIds).toEqual(a.vmIds);
    const clients = alpha.network.segments.clients!;
    const servers = alpha.network.segments.servers!;
    const base = clients.cidr.split('/')[0].split('.').map(Number);
    expect(clients.gateway).toBe([base[0], base[1], base[2], base[3] + 1].join('.'));
    expect(clients.dhcpRange).toBeDefined();
    expect(servers.dhcpRange).toBeUndefined();
  });

  it('resolves catalogue flows, expanding "all" to the tenant\'s other segments', () => {
    expect(beta.network.flows['management-to-all-ssh']).toEqual({
      id: 'management-to-all-ssh',
      from: 'management',
      to: 'all',
      targets: ['servers', 'clients', 'dmz'],
      protocol: 'tcp',
      ports: '22',
      reason: 'Administration over SSH from the management segment',
      source: 'catalogue',
    });
  });

  it('returns deeply frozen specs', () => {
    expect(Object.isFrozen(beta)).toBe(true);
    expect(Object.isFrozen(beta.network.segments.clients)).toBe(true);
    expect(Object.isFrozen(beta.backup.retention)).toBe(true);
    expect(Object.isFrozen(beta.network.flows['management-to-all-ssh'].targets)).toBe(true);
    expect(() => {
      (beta.backup.retention as { keepDaily: number }).keepDaily = 1;
    }).toThrow(TypeError);
    expect(beta.backup.retention.keepDaily).toBe(30);
  });

  it('is stable: resolving again with the lock gives the same specs', () => {
    const again = resolveFleet(fleet, lock);
    expect(JSON.stringify(again.specs)).toBe(JSON.stringify(specs));
    expect(again.allocation.added).toEqual([]);
  });
});

describe('resolution details', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(cleanup));

  it('keeps an explicit value that equals the default and explicit directory groups and reasons', () => {
    const dir = fleetWith({
      'kommunen/alpha.yaml': yaml(
        'key: alpha', 'name: Alpha', 'kind: gemeinde', 'domain: alpha.example.de',
        'flows:', '  clients-to-servers-web:', '    reason: Einwohnermeldewesen web client',
        'identity:', '  source: ldap', '  ldap:', '    server: dc1.alpha.example.de', '    baseDn: dc=alpha,dc=example,dc=de',
        '  groups:', '    admins: GG-Admins',
        'backup:', '  retention:', '    keepDaily: 14', '    keepLast: 3',
      ),
    });
    dirs.push(dir);
    const spec = resolveFleet(load(dir)).specs.alpha;
    expect(spec.domain).toBe('alpha.example.de');
    expect(spec.vault.allowedDomain).toBe('alpha.example.de');
    expect(spec.network.flows['clients-to-servers-web'].reason).toBe('Einwohnermeldewesen web client');
    expect(spec.identity.directoryGroups).toEqual({ admins: 'GG-Admins', operators: 'alpha-operators', auditors: 'alpha-auditors' });
    expect(spec.identity.ldap).toEqual({
      server: 'dc1.alpha.example.de', port: 636, baseDn: 'dc=alpha,dc=example,dc=de', activeDirectory: false, userAttribute: 'uid',
    });
    expect(spec.identity.realm).toEqual({ id: `${spec.code}-ldap`, type: 'ldap', owner: 'tenant' });
    expect(spec.backup.retention.keepLast).toBe(3);
    expect(spec.backup.retention.keepDaily).toBe(14);
  });

  it('uses path isolation and a per-tenant zone when the fleet says so', () => {
    const fleet = loadFleet(path.join(REPO, 'examples/musterstadt/fleet.yaml'), { displayRoot: REPO });
    const spec = resolveFleet(fleet).specs.musterstadt;
    expect(spec.vault.namespace).toBeUndefined();
    expect(spec.vault.pathPrefix).toBe('kommunen/musterstadt');
    // Path mode: a prefix of the shared mount, no mount per tenant (mount-table limit at fleet scale).
    expect(spec.vault.kvMount).toBe('kv-kommunen');
    expect(spec.network.zone.owner).toBe('tenant');
    expect(spec.network.zone.id).toMatch(/^[A-Za-z][A-Za-z0-9]{1,7}$/);
    expect(spec.network.zone.tag).toEqual(expect.any(Number));
    expect(spec.network.flows['clients-to-iot-heating-ui']).toMatchObject({ source: 'exception', expires: '2027-06-30', targets: ['iot'] });
  });

  it('resolves the Verbandsgemeinde example with its four Ortsgemeinden', () => {
    const fleet = loadFleet(path.join(REPO, 'examples/verbandsgemeinde/fleet.yaml'), { displayRoot: REPO });
    const spec = resolveFleet(fleet).specs['vg-musterland'];
    expect(Object.keys(spec.members)).toEqual(['altdorf', 'neudorf', 'oberweiler', 'unterweiler']);
    expect(spec.network.zone).toEqual({ id: PLATFORM_ZONE_IDS.vxlan, owner: 'platform' });
    expect(spec.network.bridge).toBeUndefined();
    expect(spec.vault.namespace).toBe('kommunen/vg-musterland');
    expect(spec.identity.realm.type).toBe('openid');
    expect(spec.suppressions['schools-dhcp'].rule).toBe('KOM-NET-3');
  });

  it('fails when a derived name breaks an identifier rule', () => {
    const fleet: FleetFile = {
      name: 'f', namingDomain: 'example.org', network: { zoneType: 'vlan', supernets: ['10.0.0.0/16'] },
      backup: { server: 'p', datastore: 'd', secondCopy: { server: 'q', datastore: 'e' } },
      vault: { isolation: 'path' }, logging: { collector: 'l:1' },
      identity: { sharedRealm: { id: 'r1', issuerUrl: 'https://x', clientId: 'c' } },
    };
    const k: KommuneFile = { key: 'alpha', name: 'Alpha', kind: 'gemeinde' };
    const a: TenantAllocation = {
      number: 1, code: 't0001', block: '10.0.0.0/22', vmIds: { start: 100000, end: 100999 }, pbsNamespace: 'kommunen/alpha',
      segments: {
        management: { vnet: 'this-is-too-long', tag: 2, cidr: '10.0.0.0/26' },
        servers: { vnet: 't0001sv', tag: 3, cidr: '10.0.1.0/25' },
        clients: { vnet: 't0001cl', tag: 5000, cidr: '10.0.2.0/24' },
      },
    };
    expect(() => resolveTenant(fleet, k, a)).toThrow(/derived vnet ID "this-is-too-long" is invalid.*derived segment tag "5000" is invalid/);
  });
});

describe('backup schedule', () => {
  const keys = Array.from({ length: 2301 }, (_, i) => `gemeinde-${i.toString(36)}-${(i * 7919) % 10007}`);

  it('spreads 2,301 tenants over many minutes, all inside the window', () => {
    const start = minutesIntoNight(DEFAULT_BACKUP_WINDOW.start);
    const end = minutesIntoNight(DEFAULT_BACKUP_WINDOW.end);
    const minutes = keys.map((k) => {
      const s = backupSchedule(k, DEFAULT_BACKUP_WINDOW.start, DEFAULT_BACKUP_WINDOW.end);
      expect(s).toMatch(/^\*-\*-\* ([01][0-9]|2[0-3]):[0-5][0-9]$/);
      return minutesIntoNight(s.slice(6));
    });
    for (const m of minutes) {
      expect(m).toBeGreaterThanOrEqual(start);
      expect(m).toBeLessThan(end);
    }
    const distinct = new Set(minutes).size;
    expect(distinct).toBeGreaterThan(200);
    const perMinute = new Map<number, number>();
    for (const m of minutes) perMinute.set(m, (perMinute.get(m) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBeLessThan(30);
  });

  it('is deterministic per key and leaves the run reserve at the end of the window', () => {
    expect(backupSchedule('musterstadt', '21:00', '04:30')).toBe(backupSchedule('musterstadt', '21:00', '04:30'));
    const latest = Math.max(...keys.map((k) => minutesIntoNight(backupSchedule(k, '23:00', '03:00').slice(6))));
    expect(latest).toBeLessThan(minutesIntoNight('02:00'));
    expect(latest).toBeGreaterThanOrEqual(minutesIntoNight('01:30'));
  });

  it('uses a stable 32-bit hash', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('musterstadt')).not.toBe(stableHash('musterstadu'));
  });
});
