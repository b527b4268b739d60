import { PlatformRoles } from '../../lib/identity/platform-roles';
import { TenantAccess } from '../../lib/identity/tenant-access';
import { realmSecretVariableName, TenantAccessProps } from '../../lib/identity/tenant-access-props';
import { resourcesOf, SynthJson } from '../helpers/synth';
import { accessProps, errorOf, identityStack, MAINZ, synthChecked } from './fixtures';

function render(props: TenantAccessProps): { json: SynthJson; access: TenantAccess } {
  const stack = identityStack();
  const access = new TenantAccess(stack, 'Access', props);
  return { json: synthChecked(stack), access };
}

function aclSet(json: SynthJson): string[] {
  return Object.values(resourcesOf(json, 'proxmox_acl'))
    .map((a) => `${a.path} ${a.role_id} ${a.group_id ?? a.user_id ?? a.token_id} ${a.propagate}`)
    .sort();
}

describe('TenantAccess', () => {
  it('creates the pool with the display name and one group per role', () => {
    const { json } = render(accessProps(MAINZ, { directoryGroups: undefined }));
    expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_pool'))).toEqual([{ pool_id: 'kom-mainz', comment: 'Mainz, Stadt (mainz)' }]);
    const groups = Object.values(resourcesOf(json, 'proxmox_virtual_environment_group'));
    expect(groups.map((g) => g.group_id).sort()).toEqual(['mainz-admins', 'mainz-auditors', 'mainz-operators']);
    for (const g of groups) expect(g.comment).toMatch(/^Mainz, Stadt: (admins|operators|auditors) \(Kommunal\w+ on \/pool\/kom-mainz\)$/);
  });

  it('grants exactly the expected ACL set on the tenant own paths', () => {
    const { json, access } = render(
      accessProps(MAINZ, { directoryGroups: undefined, paths: { vnets: ['/sdn/zones/kzone/t0001srv'], storages: ['/storage/pbs-mainz'] } }),
    );
    expect(aclSet(json)).toEqual(
      [
        '/pool/kom-mainz KommunalAdmin mainz-admins true',
        '/pool/kom-mainz KommunalOperator mainz-operators true',
        '/pool/kom-mainz KommunalAuditor mainz-auditors true',
        '/pool/kom-mainz KommunalPipeline ci-mainz@pve true',
        '/pool/kom-mainz KommunalPipeline ci-mainz@pve!terraform true',
        '/sdn/zones/kzone/t0001srv KommunalNetworkUser mainz-admins true',
        '/sdn/zones/kzone/t0001srv KommunalNetworkUser mainz-operators true',
        '/sdn/zones/kzone/t0001srv KommunalNetworkUser ci-mainz@pve true',
        '/sdn/zones/kzone/t0001srv KommunalNetworkUser ci-mainz@pve!terraform true',
        '/storage/pbs-mainz KommunalBackupAuditor mainz-auditors false',
        '/storage/pbs-mainz KommunalBackupUser mainz-admins false',
        '/storage/pbs-mainz KommunalBackupUser mainz-operators false',
      ].sort(),
    );
    expect(access.aclEntries).toHaveLength(12);
    // Auditors never reach vnets; on the backup storage they may only list (KommunalBackupAuditor: Datastore.Audit).
    expect(aclSet(json).filter((a) => a.includes('auditors'))).toEqual(['/pool/kom-mainz KommunalAuditor mainz-auditors true', '/storage/pbs-mainz KommunalBackupAuditor mainz-auditors false']);
  });

  it('adds each guest storage to the pool as a member, referencing the pool so members go before it', () => {
    const { json, access } = render(accessProps(MAINZ, { guestStorages: ['local-lvm', 'ceph-vm'] }));
    const pools = resourcesOf(json, 'proxmox_virtual_environment_pool');
    const poolName = Object.keys(pools)[0];
    const members = Object.values(resourcesOf(json, 'proxmox_pool_membership')).sort((a, b) => String(a.storage_id).localeCompare(String(b.storage_id)));
    expect(members).toEqual([
      { pool_id: `\${proxmox_virtual_environment_pool.${poolName}.pool_id}`, storage_id: 'ceph-vm' },
      { pool_id: `\${proxmox_virtual_environment_pool.${poolName}.pool_id}`, storage_id: 'local-lvm' },
    ]);
    expect(access.guestStorages).toEqual(['local-lvm', 'ceph-vm']);
  });

  it('has no storage member without guest storages', () => {
    const { json } = render(accessProps(MAINZ));
    expect(resourcesOf(json, 'proxmox_pool_membership')).toEqual({});
  });

  it('refuses an invalid or repeated guest storage with its position', () => {
    const msg = errorOf(() => new TenantAccess(identityStack(), 'Access', accessProps(MAINZ, { guestStorages: ['local-lvm', 'Bad Id', 'local-lvm'] })));
    expect(msg).toContain('guestStorages[1]');
    expect(msg).toContain('guestStorages[2]');
    expect(msg).toContain('also used by guestStorages[0]');
  });

  it('uses the role IDs of the platform reference', () => {
    const { json } = render(accessProps(MAINZ, { roles: PlatformRoles.fromAttributes({ admin: 'RlpAdmin', networkUser: 'RlpNet' }) }));
    const roles = new Set(Object.values(resourcesOf(json, 'proxmox_acl')).map((a) => a.role_id));
    expect(roles.has('RlpAdmin')).toBe(true);
    expect(roles.has('RlpNet')).toBe(true);
    expect(roles.has('KommunalAdmin')).toBe(false);
  });

  it('maps directory groups to <group>-<realm> groups with the same ACLs', () => {
    const { json, access } = render(accessProps(MAINZ));
    expect(access.directoryGroupIds).toEqual({ admins: 'GG-PVE-Admins-mainz-ad', operators: 'GG-PVE-Operators-mainz-ad' });
    const acls = aclSet(json);
    expect(acls).toContain('/pool/kom-mainz KommunalAdmin GG-PVE-Admins-mainz-ad true');
    expect(acls).toContain('/sdn/zones/kzone/t0001cli KommunalNetworkUser GG-PVE-Operators-mainz-ad true');
    expect(acls.filter((a) => a.includes('GG-PVE-Admins-mainz-ad'))).toHaveLength(1 + 2 + 1);
  });

  it('creates an LDAP/AD realm with the bind password only from a sensitive variable, and a group sync', () => {
    const { json } = render(accessProps(MAINZ));
    const [realm] = Object.values(resourcesOf(json, 'proxmox_realm_ldap'));
    const variable = realmSecretVariableName('mainz-ad', 'bind_password');
    expect(realm).toMatchObject({
      realm: 'mainz-ad',
      server1: 'dc1.mainz.de',
      server2: 'dc2.mainz.de',
      base_dn: 'dc=mainz,dc=de',
      bind_dn: 'cn=proxmox,ou=svc,dc=mainz,dc=de',
      bind_password: `\${var.${variable}}`,
      user_attr: 'sAMAccountName',
      group_filter: '(objectClass=group)',
      mode: 'ldaps',
      verify: true,
    });
    expect(json.variable?.[variable]).toMatchObject({ type: 'string', sensitive: true });
    expect(json.variable?.[variable]).not.toHaveProperty('default');
    const [sync] = Object.values(resourcesOf(json, 'proxmox_realm_sync'));
    expect(sync).toMatchObject({ realm: 'mainz-ad', scope: 'both', enable_new: true });
  });

  it('plain LDAP without bind DN: uid attribute, anonymous bind, no password variable', () => {
    const props = accessProps(MAINZ, { identity: { source: 'ldap', realm: 'mainz-ldap', ldap: { server: 'ldap.mainz.de', port: 636, baseDn: 'ou=people,dc=mainz,dc=de', groupFilter: '(objectClass=groupOfNames)' } } });
    const { json } = render(props);
    const [realm] = Object.values(resourcesOf(json, 'proxmox_realm_ldap'));
    expect(realm).toMatchObject({ user_attr: 'uid', port: 636, group_filter: '(objectClass=groupOfNames)' });
    expect(realm).not.toHaveProperty('bind_password');
    expect(json.variable ?? {}).not.toHaveProperty(realmSecretVariableName('mainz-ldap', 'bind_password'));
  });

  it('creates an OpenID realm with groups claim; a confidential client gets its key write-only from an ephemeral variable', () => {
    const oidc = { issuerUrl: 'https://sso.mainz.de/realms/rathaus', clientId: 'proxmox', clientKeyVersion: 3 };
    const { json } = render(accessProps(MAINZ, { identity: { source: 'oidc', realm: 'mainz-sso', oidc } }));
    const [realm] = Object.values(resourcesOf(json, 'proxmox_realm_openid'));
    const variable = realmSecretVariableName('mainz-sso', 'client_key');
    expect(realm).toMatchObject({
      realm: 'mainz-sso',
      issuer_url: 'https://sso.mainz.de/realms/rathaus',
      client_id: 'proxmox',
      client_key_wo: `\${var.${variable}}`,
      client_key_wo_version: 3,
      groups_claim: 'groups',
      groups_overwrite: true,
    });
    expect(realm).not.toHaveProperty('client_key');
    expect(json.variable?.[variable]).toMatchObject({ sensitive: true, ephemeral: true });
    expect(resourcesOf(json, 'proxmox_realm_ldap')).toEqual({});
  });

  it('a public OpenID client (no clientKeyVersion) has no key and no key variable', () => {
    const { json } = render(accessProps(MAINZ, { identity: { source: 'oidc', realm: 'mainz-sso', oidc: { issuerUrl: 'https://sso.mainz.de/realms/rathaus', clientId: 'proxmox' } } }));
    const [realm] = Object.values(resourcesOf(json, 'proxmox_realm_openid'));
    expect(realm).not.toHaveProperty('client_key');
    expect(realm).not.toHaveProperty('client_key_wo');
    expect(realm).not.toHaveProperty('client_key_wo_version');
    expect(json.variable ?? {}).not.toHaveProperty(realmSecretVariableName('mainz-sso', 'client_key'));
  });

  it('creates no realm for the platform realm but still maps directory groups to it', () => {
    const { json } = render(accessProps(MAINZ, { identity: { source: 'platform', realm: 'kommunal-sso' }, directoryGroups: { auditors: 'mainz-revision' } }));
    expect(resourcesOf(json, 'proxmox_realm_ldap')).toEqual({});
    expect(resourcesOf(json, 'proxmox_realm_openid')).toEqual({});
    expect(resourcesOf(json, 'proxmox_realm_sync')).toEqual({});
    expect(aclSet(json)).toContain('/pool/kom-mainz KommunalAuditor mainz-revision-kommunal-sso true');
  });

  it('creates the pipeline user and a privilege-separated token', () => {
    const { json, access } = render(accessProps(MAINZ));
    expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_user'))).toEqual([expect.objectContaining({ user_id: 'ci-mainz@pve', enabled: true })]);
    expect(Object.values(resourcesOf(json, 'proxmox_virtual_environment_user'))[0]).not.toHaveProperty('password');
    expect(Object.values(resourcesOf(json, 'proxmox_user_token'))).toEqual([
      expect.objectContaining({ user_id: 'ci-mainz@pve', token_name: 'terraform', privileges_separation: true }),
    ]);
    expect(access.pipelineTokenId).toBe('ci-mainz@pve!terraform');
  });

  it('renders no pipeline resources without pipeline props', () => {
    const { json } = render(accessProps(MAINZ, { pipeline: undefined }));
    expect(resourcesOf(json, 'proxmox_user_token')).toEqual({});
    expect(resourcesOf(json, 'proxmox_virtual_environment_user')).toEqual({});
  });

  it('never grants "/" or a path outside the tenant (property over the synthesized ACLs)', () => {
    const { json } = render(accessProps(MAINZ));
    for (const acl of Object.values(resourcesOf(json, 'proxmox_acl'))) {
      expect(acl.path).toMatch(/^\/pool\/kom-mainz$|^\/sdn\/zones\/kzone\/t0001\w+$|^\/storage\/pbs-mainz$/);
    }
  });

  describe('validation', () => {
    const fails = (overrides: Partial<TenantAccessProps>) => errorOf(() => new TenantAccess(identityStack(), 'Access', accessProps(MAINZ, overrides)));

    it('fails when an ACL path is the root path', () => {
      expect(fails({ paths: { vnets: ['/'], storages: [] } })).toMatch(/paths\.vnets\[0\]: "\/" is the root path/);
    });

    it("fails when a path is another tenant's pool, /access, /nodes or /vms", () => {
      const msg = fails({ paths: { vnets: ['/pool/kom-worms', '/access', '/nodes/pve1'], storages: ['/vms/100100'] } });
      expect(msg).toContain('4 invalid props');
      expect(msg).toMatch(/paths\.vnets\[0\]: "\/pool\/kom-worms" is outside the tenant's own paths/);
      expect(msg).toMatch(/paths\.vnets\[1\]: "\/access" is outside/);
      expect(msg).toMatch(/paths\.vnets\[2\]: "\/nodes\/pve1" is outside/);
      expect(msg).toMatch(/paths\.storages\[0\]: "\/vms\/100100" is outside/);
    });

    it("fails when a vnet is not the tenant's or a whole zone is listed", () => {
      const msg = fails({ paths: { vnets: ['/sdn/zones/kzone/t0002srv', '/sdn/zones/kzone', '/sdn/zones/kzone/t0001toolong'], storages: [] } });
      expect(msg).toMatch(/paths\.vnets\[0\]: vnet "t0002srv" does not start with the tenant code "t0001"/);
      expect(msg).toMatch(/paths\.vnets\[1\]: "\/sdn\/zones\/kzone" is outside/);
      expect(msg).toMatch(/paths\.vnets\[2\]: "t0001toolong" is not a valid SDN vnet ID \(at most 8 characters\)/);
    });

    it('fails when the own pool, a duplicate or a non-normal path is listed', () => {
      const msg = fails({ paths: { vnets: ['/sdn/zones/kzone/t0001srv', '/sdn/zones/kzone/t0001srv/'], storages: ['/pool/kom-mainz', '/storage/PBS'] } });
      expect(msg).toMatch(/paths\.vnets\[1\]: "\/sdn\/zones\/kzone\/t0001srv\/" is not in normal form/);
      expect(msg).toMatch(/paths\.storages\[0\]: "\/pool\/kom-mainz" is the tenant's pool/);
      expect(msg).toMatch(/paths\.storages\[1\]: "PBS" is not a valid Proxmox storage ID/);
    });

    it('fails when a role reference names a privileged built-in role', () => {
      for (const builtin of ['Administrator', 'PVEAdmin', 'PVEUserAdmin', 'PVESysAdmin']) {
        expect(fails({ roles: PlatformRoles.fromAttributes({ operator: builtin }) })).toMatch(new RegExp(`roles\\.roleIds\\.operator: "${builtin}" is a privileged built-in Proxmox role`));
      }
    });

    it('fails when group IDs are too long, malformed or shared between roles', () => {
      const msg = fails({ groups: { admins: 'a'.repeat(65), operators: 'ops team', auditors: 'mainz-admins2' }, directoryGroups: { auditors: 'GG Revision' } });
      expect(msg).toMatch(/groups\.admins: "a{65}" is 65 characters long; a Proxmox group ID has at most 64/);
      expect(msg).toMatch(/groups\.operators: "ops team" is not a valid Proxmox group ID; allowed: \^\[A-Za-z0-9\._-\]\+\$/);
      expect(msg).toMatch(/directoryGroups\.auditors: "GG Revision" is not a valid directory group name/);
      const dup = fails({ groups: { admins: 'mainz-admins', operators: 'mainz-admins', auditors: 'mainz-auditors' } });
      expect(dup).toMatch(/groups\.operators: "mainz-admins" is also used by groups\.admins/);
    });

    it('fails when the realm ID breaks the Proxmox rules or is built in', () => {
      expect(fails({ identity: { source: 'platform', realm: '1sso' } })).toMatch(/identity\.realm: "1sso" is not a valid Proxmox realm ID/);
      expect(fails({ identity: { source: 'platform', realm: 'r'.repeat(33) } })).toMatch(/identity\.realm: "r{33}" is not a valid Proxmox realm ID \(2-32 characters/);
      expect(fails({ identity: { source: 'oidc', realm: 'pve', oidc: { issuerUrl: 'https://sso.mainz.de', clientId: 'pve' } } })).toMatch(/identity\.realm: "pve" is a built-in realm/);
    });

    it('fails when an LDAP realm misses its server or base DN, or has a URL as server', () => {
      const msg = fails({ identity: { source: 'ldap', realm: 'mainz-ad', ldap: { server: '', baseDn: '' } } });
      expect(msg).toMatch(/identity\.ldap\.server: must not be empty: give the LDAP server host name/);
      expect(msg).toMatch(/identity\.ldap\.baseDn: must not be empty: give the base DN/);
      const url = fails({ identity: { source: 'ldap', realm: 'mainz-ad', ldap: { server: 'ldaps://dc1.mainz.de', baseDn: 'mainz.de', port: 70000 } } });
      expect(url).toMatch(/identity\.ldap\.server: "ldaps:\/\/dc1\.mainz\.de" must be a bare host name/);
      expect(url).toMatch(/identity\.ldap\.baseDn: "mainz\.de" is not a valid LDAP DN/);
      expect(url).toMatch(/identity\.ldap\.port: 70000 is not a TCP port/);
    });

    it('fails when the OIDC issuer is not https or the client ID is missing', () => {
      const msg = fails({ identity: { source: 'oidc', realm: 'mainz-sso', oidc: { issuerUrl: 'http://sso.mainz.de', clientId: ' ' } } });
      expect(msg).toMatch(/identity\.oidc\.issuerUrl: "http:\/\/sso\.mainz\.de" is not an https URL/);
      expect(msg).toMatch(/identity\.oidc\.clientId: must not be empty/);
    });

    it('fails when the pipeline user is not a pve-realm user or the token name is invalid', () => {
      const msg = fails({ pipeline: { user: 'ci-mainz@mainz-ad', tokenName: '1-token' } });
      expect(msg).toMatch(/pipeline\.user: "ci-mainz@mainz-ad" is not in the 'pve' realm/);
      expect(msg).toMatch(/pipeline\.tokenName: "1-token" is not a valid Proxmox API token name/);
      expect(fails({ pipeline: { user: 'ci mainz', tokenName: 'tf' } })).toMatch(/pipeline\.user: "ci mainz" is not a valid Proxmox user ID/);
    });

    it('fails once with every problem, before creating any child', () => {
      const stack = identityStack();
      const msg = errorOf(() => new TenantAccess(stack, 'Access', accessProps(MAINZ, { paths: { vnets: ['/'], storages: ['/access'] }, pipeline: { user: 'x@pam', tokenName: 'tf' } })));
      expect(msg).toContain('TenantAccess at identity/Access has 3 invalid props');
      expect(stack.node.tryFindChild('Access')?.node.children ?? []).toHaveLength(0);
    });
  });
});
