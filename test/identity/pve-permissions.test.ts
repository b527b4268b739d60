/**
 * Proxmox VE's permission computation against pve-access-control's behaviour (AccessControl.pm
 * `roles`, RPCEnvironment.pm `permissions`/`check`/`check_any`/`check_perm_modify`; the line
 * citations are in lib/identity/pve-permissions.ts).
 */
import {
  PVE_BUILTIN_ROLES,
  PVE_PRIVILEGES,
  PveAccess,
  PveAccessConfig,
  effectivePvePrivileges,
  isValidPveAclPath,
  normalizePvePath,
  permissionCheckFailed,
  splitPveTokenId,
} from '../../lib/identity/pve-permissions';

const NOW = 1_800_000_000;

function cfg(over: Partial<PveAccessConfig>): PveAccessConfig {
  return { roles: {}, users: [], groups: {}, tokens: [], acl: [], ...over };
}

const privs = (m: ReadonlyMap<string, boolean>): string[] => [...m.keys()].sort();

describe('built-in roles (AccessControl.pm create_roles)', () => {
  it('Administrator holds every valid privilege, including Permissions.Modify and the root-only ones', () => {
    const admin = PVE_BUILTIN_ROLES.get('Administrator');
    expect([...(admin ?? [])].sort()).toEqual([...PVE_PRIVILEGES].sort());
    for (const p of ['Permissions.Modify', 'Sys.Modify', 'Realm.Allocate', 'Sys.PowerMgmt']) expect(admin?.has(p)).toBe(true);
  });

  it('PVEAdmin has no root-only privilege, no Permissions.Modify and no Mapping.Modify', () => {
    const r = PVE_BUILTIN_ROLES.get('PVEAdmin');
    for (const p of ['Sys.Modify', 'Realm.Allocate', 'Permissions.Modify', 'Mapping.Modify', 'Sys.PowerMgmt']) expect(r?.has(p)).toBe(false);
    for (const p of ['VM.Allocate', 'Datastore.Allocate', 'SDN.Allocate', 'User.Modify', 'Pool.Allocate', 'Sys.Console']) expect(r?.has(p)).toBe(true);
  });

  it('audit, user and category roles are built from the privilege groups', () => {
    expect([...(PVE_BUILTIN_ROLES.get('PVEAuditor') ?? [])].sort()).toEqual(
      ['Datastore.Audit', 'Mapping.Audit', 'Pool.Audit', 'SDN.Audit', 'Sys.Audit', 'VM.Audit', 'VM.GuestAgent.Audit'].sort(),
    );
    expect([...(PVE_BUILTIN_ROLES.get('PVESDNUser') ?? [])].sort()).toEqual(['SDN.Audit', 'SDN.Use']);
    expect([...(PVE_BUILTIN_ROLES.get('PVEPoolUser') ?? [])].sort()).toEqual(['Pool.Audit']);
    expect([...(PVE_BUILTIN_ROLES.get('PVEPoolAdmin') ?? [])].sort()).toEqual(['Pool.Allocate', 'Pool.Audit']);
    expect([...(PVE_BUILTIN_ROLES.get('PVEDatastoreUser') ?? [])].sort()).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit']);
    expect([...(PVE_BUILTIN_ROLES.get('PVEUserManager') ?? [])]).toEqual([]);
    expect(PVE_BUILTIN_ROLES.has('PVEUserUser')).toBe(false); // category User has no user privileges
    expect([...(PVE_BUILTIN_ROLES.get('PVETemplateUser') ?? [])].sort()).toEqual(['VM.Audit', 'VM.Clone']);
    expect(PVE_BUILTIN_ROLES.get('NoAccess')?.size).toBe(0);
    expect(PVE_BUILTIN_ROLES.get('PVEVMAdmin')?.has('VM.Backup')).toBe(true);
    expect(PVE_BUILTIN_ROLES.get('PVESDNAdmin')?.has('SDN.Use')).toBe(true);
  });

  it('a custom role cannot redefine a built-in one', () => {
    const a = new PveAccess(cfg({ roles: { PVEAuditor: ['Sys.Modify'] }, users: [{ id: 'u@pve', enabled: true }], acl: [{ path: '/', roleId: 'PVEAuditor', propagate: true, user: 'u@pve' }] }));
    expect(a.privileges('u@pve', '/').has('Sys.Modify')).toBe(false);
  });
});

describe('paths', () => {
  it('normalizes like normalize_path and accepts only check_path paths', () => {
    expect(normalizePvePath('pool//a/')).toBe('/pool/a');
    expect(normalizePvePath('/')).toBe('/');
    expect(normalizePvePath('/a b')).toBeUndefined();
    expect(isValidPveAclPath('/sdn/zones/z1/v1')).toBe(true);
    expect(isValidPveAclPath('/sdn/zones/z1/v1/100')).toBe(true);
    expect(isValidPveAclPath('/vms/99')).toBe(false); // VMIDs start at 100
    expect(isValidPveAclPath('/whatever')).toBe(false);
  });

  it('splits token IDs', () => {
    expect(splitPveTokenId('ci@pve!terraform')).toEqual({ userId: 'ci@pve', tokenName: 'terraform' });
    expect(splitPveTokenId('ci@pve')).toBeUndefined();
  });
});

describe('roles and privileges (AccessControl.pm roles, RPCEnvironment.pm permissions)', () => {
  const users = [
    { id: 'alice@pve', enabled: true },
    { id: 'bob@pve', enabled: true },
  ];

  it('root@pam is superuser on every path, without any ACL', () => {
    const a = new PveAccess(cfg({}));
    expect(privs(a.privileges('root@pam', '/sdn/zones/x'))).toEqual([...PVE_PRIVILEGES].sort());
  });

  it('a propagated ACL reaches descendants; a non-propagated one only its own path', () => {
    const a = new PveAccess(
      cfg({
        users,
        acl: [
          { path: '/pool', roleId: 'PVEPoolUser', propagate: true, user: 'alice@pve' },
          { path: '/storage', roleId: 'PVEDatastoreUser', propagate: false, user: 'alice@pve' },
        ],
      }),
    );
    expect(privs(a.privileges('alice@pve', '/pool/a'))).toEqual(['Pool.Audit']);
    expect(privs(a.privileges('alice@pve', '/storage'))).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit']);
    expect(privs(a.privileges('alice@pve', '/storage/local'))).toEqual([]);
    expect(a.privileges('alice@pve', '/storage').get('Datastore.Audit')).toBe(false); // the informational propagate flag
  });

  it('the more specific path replaces what the less specific granted', () => {
    const a = new PveAccess(
      cfg({
        users,
        acl: [
          { path: '/', roleId: 'PVEAdmin', propagate: true, user: 'alice@pve' },
          { path: '/pool/a', roleId: 'PVEPoolUser', propagate: true, user: 'alice@pve' },
        ],
      }),
    );
    expect(privs(a.privileges('alice@pve', '/pool/a'))).toEqual(['Pool.Audit']);
    expect(a.privileges('alice@pve', '/pool/b').has('VM.Allocate')).toBe(true);
  });

  it('user ACLs win over group ACLs on the same path; group ACLs of several groups add up', () => {
    const base = {
      users,
      groups: { ops: ['alice@pve', 'bob@pve'], net: ['bob@pve'] },
      acl: [
        { path: '/sdn', roleId: 'PVESDNAdmin', propagate: true, group: 'ops' },
        { path: '/sdn', roleId: 'PVEAuditor', propagate: true, group: 'net' },
        { path: '/sdn', roleId: 'PVEPoolUser', propagate: true, user: 'alice@pve' },
      ],
    };
    const a = new PveAccess(cfg(base));
    expect(privs(a.privileges('alice@pve', '/sdn/zones'))).toEqual(['Pool.Audit']);
    const bob = privs(a.privileges('bob@pve', '/sdn/zones'));
    expect(bob).toContain('SDN.Allocate');
    expect(bob).toContain('Sys.Audit');
  });

  it('a group ACL on a more specific path overrides a user ACL above it', () => {
    const a = new PveAccess(
      cfg({
        users,
        groups: { g: ['alice@pve'] },
        acl: [
          { path: '/', roleId: 'Administrator', propagate: true, user: 'alice@pve' },
          { path: '/pool/a', roleId: 'PVEAuditor', propagate: true, group: 'g' },
        ],
      }),
    );
    expect(a.privileges('alice@pve', '/pool/a').has('Sys.Modify')).toBe(false);
    expect(a.privileges('alice@pve', '/pool/a').has('Sys.Audit')).toBe(true);
  });

  it('NoAccess among the roles on a path leaves no privilege; a more specific grant below it wins again', () => {
    const a = new PveAccess(
      cfg({
        users,
        groups: { g: ['alice@pve'] },
        acl: [
          { path: '/', roleId: 'PVEAdmin', propagate: true, user: 'alice@pve' },
          { path: '/storage', roleId: 'NoAccess', propagate: true, user: 'alice@pve' },
          { path: '/storage', roleId: 'PVEAuditor', propagate: true, user: 'alice@pve' },
          { path: '/storage/x', roleId: 'PVEDatastoreUser', propagate: true, user: 'alice@pve' },
        ],
      }),
    );
    expect(privs(a.privileges('alice@pve', '/storage/local'))).toEqual([]);
    expect(privs(a.roles('alice@pve', '/storage/local'))).toEqual(['NoAccess']);
    expect(privs(a.privileges('alice@pve', '/storage/x'))).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit']);
  });

  it('pool ACLs apply to the pool\'s storages and guests, without overriding their own roles', () => {
    const a = new PveAccess(
      cfg({
        users,
        pools: [{ id: 'p', storages: ['pbs1'], vms: [100] }],
        acl: [
          { path: '/pool/p', roleId: 'PVEDatastoreUser', propagate: true, user: 'alice@pve' },
          { path: '/storage/pbs1', roleId: 'PVEAuditor', propagate: false, user: 'alice@pve' },
        ],
      }),
    );
    expect(privs(a.privileges('alice@pve', '/storage/pbs1'))).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit', 'Mapping.Audit', 'Pool.Audit', 'SDN.Audit', 'Sys.Audit', 'VM.Audit', 'VM.GuestAgent.Audit']);
    expect(privs(a.privileges('alice@pve', '/vms/100'))).toEqual(['Datastore.AllocateSpace', 'Datastore.Audit']);
    expect(privs(a.privileges('alice@pve', '/storage/other'))).toEqual([]);
  });

  it('a pool NoAccess trumps the member path\'s own roles; a path NoAccess is not trumped by the pool', () => {
    const a = new PveAccess(
      cfg({
        users,
        pools: [{ id: 'p', storages: ['s1', 's2'] }],
        acl: [
          { path: '/pool/p', roleId: 'NoAccess', propagate: true, user: 'alice@pve' },
          { path: '/storage/s1', roleId: 'PVEDatastoreAdmin', propagate: false, user: 'alice@pve' },
          { path: '/pool/p', roleId: 'PVEDatastoreAdmin', propagate: true, user: 'bob@pve' },
          { path: '/storage/s2', roleId: 'NoAccess', propagate: false, user: 'bob@pve' },
        ],
      }),
    );
    expect(privs(a.privileges('alice@pve', '/storage/s1'))).toEqual([]);
    expect(privs(a.privileges('bob@pve', '/storage/s2'))).toEqual([]);
    expect(a.privileges('bob@pve', '/storage/s1').has('Datastore.Allocate')).toBe(true);
  });
});

describe('API tokens', () => {
  const base = {
    users: [{ id: 'ci@pve', enabled: true }],
    roles: { R: ['Pool.Allocate', 'Pool.Audit', 'VM.Allocate'] },
  };

  it('a privilege-separated token gets the intersection of its own ACLs and its user\'s', () => {
    const a = new PveAccess(
      cfg({
        ...base,
        tokens: [{ id: 'ci@pve!tf', privsep: true }],
        acl: [
          { path: '/pool', roleId: 'R', propagate: true, user: 'ci@pve' },
          { path: '/pool', roleId: 'PVEPoolAdmin', propagate: true, token: 'ci@pve!tf' },
          { path: '/storage', roleId: 'PVEDatastoreAdmin', propagate: true, token: 'ci@pve!tf' },
        ],
      }),
    );
    expect(privs(a.privileges('ci@pve!tf', '/pool/x'))).toEqual(['Pool.Allocate', 'Pool.Audit']);
    expect(privs(a.privileges('ci@pve!tf', '/storage/x'))).toEqual([]); // the user has nothing there
  });

  it('a privilege-separated token does not inherit its user\'s ACLs or groups', () => {
    const a = new PveAccess(cfg({ ...base, groups: { g: ['ci@pve'] }, tokens: [{ id: 'ci@pve!tf', privsep: true }], acl: [{ path: '/', roleId: 'R', propagate: true, group: 'g' }] }));
    expect(privs(a.privileges('ci@pve', '/pool/x'))).toEqual(['Pool.Allocate', 'Pool.Audit', 'VM.Allocate']);
    expect(privs(a.privileges('ci@pve!tf', '/pool/x'))).toEqual([]);
  });

  it('a token without privilege separation has exactly its user\'s privileges', () => {
    const a = new PveAccess(
      cfg({
        ...base,
        tokens: [{ id: 'ci@pve!tf', privsep: false }],
        acl: [
          { path: '/pool', roleId: 'R', propagate: true, user: 'ci@pve' },
          { path: '/', roleId: 'Administrator', propagate: true, token: 'ci@pve!tf' },
        ],
      }),
    );
    expect(privs(a.privileges('ci@pve!tf', '/pool/x'))).toEqual(['Pool.Allocate', 'Pool.Audit', 'VM.Allocate']);
    expect(privs(a.privileges('ci@pve!tf', '/'))).toEqual([]);
  });

  it('an unknown token has no privileges', () => {
    const a = new PveAccess(cfg({ ...base, acl: [{ path: '/', roleId: 'R', propagate: true, token: 'ci@pve!ghost' }] }));
    expect(privs(a.privileges('ci@pve!ghost', '/'))).toEqual([]);
  });
});

describe('authentication: disabled and expired', () => {
  const c = cfg({
    users: [
      { id: 'off@pve', enabled: false },
      { id: 'old@pve', enabled: true, expire: NOW - 1 },
      { id: 'ok@pve', enabled: true, expire: NOW + 1 },
    ],
    tokens: [
      { id: 'ok@pve!gone', privsep: false, expire: NOW - 10 },
      { id: 'ok@pve!tf', privsep: false },
    ],
    acl: ['off@pve', 'old@pve', 'ok@pve'].map((u) => ({ path: '/', roleId: 'PVEAuditor', propagate: true, user: u })),
  });

  it('a disabled or expired user, an expired or unknown token cannot authenticate (server wording) and so has no effective privileges', () => {
    const a = new PveAccess(c);
    expect(a.authError('off@pve', NOW)).toBe("user 'off@pve' is disabled");
    expect(a.authError('old@pve', NOW)).toBe("user 'old@pve' access expired");
    expect(a.authError('ok@pve!gone', NOW)).toBe("token 'gone' access expired");
    expect(a.authError('ok@pve!none', NOW)).toBe("no such token 'none' for user 'ok@pve'");
    expect(a.authError('ghost@pve', NOW)).toBe("no such user ('ghost@pve')");
    expect(a.authError('ok@pve!tf', NOW)).toBeUndefined();
    expect(effectivePvePrivileges(c, 'off@pve', '/', NOW).size).toBe(0);
    expect(effectivePvePrivileges(c, 'old@pve', '/', NOW).size).toBe(0);
    expect(effectivePvePrivileges(c, 'ok@pve!tf', '/', NOW).has('Sys.Audit')).toBe(true);
    // permissions() itself does not look at enable/expire (that is the authentication's job).
    expect(a.privileges('off@pve', '/').has('Sys.Audit')).toBe(true);
  });
});

describe('check, check_any, perm-modify', () => {
  const a = new PveAccess(
    cfg({
      users: [{ id: 'u@pve', enabled: true }],
      acl: [
        { path: '/pool', roleId: 'PVEPoolAdmin', propagate: true, user: 'u@pve' },
        { path: '/storage', roleId: 'PVEDatastoreAdmin', propagate: true, user: 'u@pve' },
      ],
    }),
  );

  it('words a refusal like raise_perm_exc: the first missing privilege, or all of them for check_any', () => {
    expect(a.check('u@pve', '/sdn/zones/x', ['SDN.Allocate'])).toBe('Permission check failed (/sdn/zones/x, SDN.Allocate)');
    expect(a.check('u@pve', '/pool/p', ['Pool.Audit', 'VM.Allocate'])).toBe('Permission check failed (/pool/p, VM.Allocate)');
    expect(a.check('u@pve', '/pool/p', ['VM.Allocate', 'Pool.Audit'], true)).toBeUndefined();
    expect(a.check('u@pve', '/', ['Sys.Audit', 'Sys.Modify'], true)).toBe('Permission check failed (/, Sys.Audit|Sys.Modify)');
    expect(permissionCheckFailed()).toBe('Permission check failed');
  });

  it('perm-modify accepts Pool.Allocate on pools and Datastore.Allocate on storages, only Permissions.Modify elsewhere', () => {
    expect(a.checkPermModify('u@pve', '/pool/p')).toBeUndefined();
    expect(a.checkPermModify('u@pve', '/storage/s')).toBeUndefined();
    expect(a.checkPermModify('u@pve', '/sdn/zones/z/v')).toBe('Permission check failed (/sdn/zones/z/v, Permissions.Modify)');
    expect(a.checkPermModify('u@pve', undefined)).toBe('Permission check failed (/access, Permissions.Modify)');
  });
});
