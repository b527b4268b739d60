import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_AD_USER_ATTRIBUTE, DEFAULT_LDAP_USER_ATTRIBUTE, DEFAULT_OIDC_GROUPS_CLAIM } from '../model/defaults';
import type { LdapInput, OidcInput } from '../model/parameters';
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity, type TenantIdentity } from '../model/tenant-identity';
import { Acl } from '../providers/proxmox/acl';
import { RealmLdap } from '../providers/proxmox/realm-ldap';
import { RealmOpenid } from '../providers/proxmox/realm-openid';
import { RealmSync } from '../providers/proxmox/realm-sync';
import { UserToken } from '../providers/proxmox/user-token';
import { VirtualEnvironmentGroup } from '../providers/proxmox/virtual-environment-group';
import { VirtualEnvironmentPool } from '../providers/proxmox/virtual-environment-pool';
import { VirtualEnvironmentUser } from '../providers/proxmox/virtual-environment-user';
import { IPlatformRoles, PlatformRoleKey, validateRoleIds } from './platform-roles';
import {
  BUILTIN_REALMS,
  CLAIM_NAME,
  HOST,
  isHttpsUrl,
  LDAP_ATTRIBUTE,
  LDAP_DN,
  MAX_GROUP_ID_LENGTH,
  MAX_SDN_ID_LENGTH,
  MAX_USER_ID_LENGTH,
  MSG,
  PROXMOX_GROUP_ID,
  PROXMOX_REALM_ID,
  PROXMOX_SDN_ID,
  PROXMOX_STORAGE_ID,
  PROXMOX_TOKEN_NAME,
  PROXMOX_USER_ID,
} from './internal/rules';

/** The tenant's three human roles. */
export type AccessRole = 'admins' | 'operators' | 'auditors';
/** Every access role, in a fixed order. */
export const ACCESS_ROLES: readonly AccessRole[] = ['admins', 'operators', 'auditors'];

/** Which platform role each human role gets on the tenant pool. */
export const POOL_ROLE_OF: { readonly [R in AccessRole]: PlatformRoleKey } = { admins: 'admin', operators: 'operator', auditors: 'auditor' };
/** Human roles that may attach guests to the tenant's vnets (role networkUser). */
export const VNET_ROLES: readonly AccessRole[] = ['admins', 'operators'];
/** Human roles that may write to and restore from the tenant's backup storages (role backupUser). */
export const STORAGE_ROLES: readonly AccessRole[] = ['admins', 'operators'];

/** Default LDAP connection mode: TLS from the first byte. */
export const DEFAULT_LDAP_MODE = 'ldaps';
/** Default group filter of an Active Directory. */
export const DEFAULT_AD_GROUP_FILTER = '(objectClass=group)';
/** What a directory sync removes when it vanished from the directory. */
export const DEFAULT_SYNC_REMOVE_VANISHED = 'acl;entry;properties';

/** Proxmox group IDs of the tenant's roles. */
export interface TenantAccessGroups {
  /** Group of the Kommune's administrators (KommunalAdmin on the pool). */
  readonly admins: string;
  /** Group of the operators (KommunalOperator on the pool). */
  readonly operators: string;
  /** Group of the auditors (KommunalAuditor on the pool). */
  readonly auditors: string;
}

/** The tenant's own paths besides its pool. */
export interface TenantAccessPaths {
  /** SDN vnet paths `/sdn/zones/<zone>/<vnet>`; each vnet ID starts with the tenant code. */
  readonly vnets: readonly string[];
  /** Tenant-specific storage paths `/storage/<id>` (e.g. the PBS storage with the tenant's namespace). */
  readonly storages: readonly string[];
}

/** Where the tenant's people log in. */
export type RealmSpec =
  | {
      /** The Kommune's own LDAP or Active Directory. */
      readonly source: 'ldap';
      /** Realm ID to create. */
      readonly realm: string;
      /**
       * Directory connection. Defaults: mode `ldaps`; user attribute `uid` (`sAMAccountName` with
       * activeDirectory); group filter `(objectClass=group)` with activeDirectory. The bind password
       * is read from the sensitive Terraform variable {@link realmSecretVariableName}.
       */
      readonly ldap: LdapInput;
    }
  | {
      /** The Kommune's own OpenID Connect provider. */
      readonly source: 'oidc';
      /** Realm ID to create. */
      readonly realm: string;
      /** Provider. Defaults: groups claim `groups`. The client key comes from a sensitive Terraform variable. */
      readonly oidc: OidcInput;
    }
  | {
      /** The platform's shared realm: nothing is created. */
      readonly source: 'platform';
      /** ID of the shared realm. */
      readonly realm: string;
    };

/** The tenant's pipeline account. */
export interface PipelineAccess {
  /** Proxmox-local user, e.g. `ci-musterstadt@pve`. */
  readonly user: string;
  /** API token name, e.g. `terraform`. */
  readonly tokenName: string;
}

/** Properties of {@link TenantAccess}. */
export interface TenantAccessProps {
  /** The tenant (pool ID and display name are used). */
  readonly tenant: TenantIdentity;
  /** The platform roles, by reference (`PlatformRoles.fromAttributes()`). */
  readonly roles: IPlatformRoles;
  /** Proxmox group IDs of the tenant's roles (decided in resolution). */
  readonly groups: TenantAccessGroups;
  /** The tenant's own vnet and storage paths. */
  readonly paths: TenantAccessPaths;
  /** The login realm. */
  readonly identity: RealmSpec;
  /**
   * Directory groups mapped to the roles. For each, a Proxmox group `<directory group>-<realm>` is
   * created (the name Proxmox gives synced LDAP groups and OIDC group claims) and granted the same
   * ACLs as the role's group, so directory membership decides access.
   * @default - no directory groups: membership of the role groups is managed in Proxmox
   */
  readonly directoryGroups?: { readonly [R in AccessRole]?: string };
  /**
   * The tenant's pipeline user and API token (privilege-separated, KommunalPipeline on the pool).
   * @default - no pipeline account
   */
  readonly pipeline?: PipelineAccess;
}

/** One ACL entry the construct created, as plain data (for reports and model-level isolation checks). */
export interface AclEntry {
  readonly path: string;
  readonly roleId: string;
  readonly propagate: boolean;
  readonly principal: { readonly kind: 'group' | 'user' | 'token'; readonly id: string };
}

/** Name of the sensitive Terraform variable holding a realm secret (LDAP bind password, OIDC client key). */
export function realmSecretVariableName(realm: string, kind: 'bind_password' | 'client_key'): string {
  return `proxmox_realm_${realm.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}_${kind}`;
}

/**
 * A tenant's Proxmox access: its pool, one group per role, ACLs on the tenant's own paths only,
 * its login realm (or the platform's), and a privilege-separated pipeline token.
 */
export class TenantAccess extends Construct {
  /** The tenant pool (primary resource). */
  public readonly resource: VirtualEnvironmentPool;
  public readonly poolId: string;
  /** Proxmox group IDs of the roles. */
  public readonly groupIds: { readonly [R in AccessRole]: string };
  /** Proxmox group IDs of the mapped directory groups. */
  public readonly directoryGroupIds: { readonly [R in AccessRole]?: string };
  /** The realm tenant users log in with. */
  public readonly realm: string;
  /** Full token ID `<user>!<token>` of the pipeline, when configured. */
  public readonly pipelineTokenId?: string;
  /** Every ACL entry created, in creation order. */
  public readonly aclEntries: readonly AclEntry[];

  public constructor(scope: Construct, id: string, props: TenantAccessProps) {
    super(scope, id);
    validateTenantAccessProps(props).throwIfAny('TenantAccess', this.node.path);

    const { tenant, identity } = props;
    const roleIds = props.roles.roleIds;
    const poolPath = `/pool/${tenant.pool}`;
    this.poolId = tenant.pool;
    this.realm = identity.realm;

    this.resource = new VirtualEnvironmentPool(this, 'Resource', {
      poolId: tenant.pool,
      comment: `${tenant.displayName} (${tenant.key})`,
    });

    // Groups: one per role, plus one per mapped directory group.
    const principals = {} as Record<AccessRole, Array<{ id: string; key: string; dependency: Construct }>>;
    const dirIds: { [R in AccessRole]?: string } = {};
    for (const role of ACCESS_ROLES) {
      const groupId = props.groups[role];
      const group = new VirtualEnvironmentGroup(this, `Group-${role}`, {
        groupId,
        comment: `${tenant.displayName}: ${role} (${roleIds[POOL_ROLE_OF[role]]} on ${poolPath})`,
      });
      principals[role] = [{ id: groupId, key: role, dependency: group }];
      const dir = props.directoryGroups?.[role];
      if (dir !== undefined) {
        const dirId = directoryGroupId(dir, identity.realm);
        const dirGroup = new VirtualEnvironmentGroup(this, `DirectoryGroup-${role}`, {
          groupId: dirId,
          comment: `${tenant.displayName}: ${role} from directory group ${dir} of realm ${identity.realm}`,
        });
        principals[role].push({ id: dirId, key: `directory-${role}`, dependency: dirGroup });
        dirIds[role] = dirId;
      }
    }

    const entries: AclEntry[] = [];
    const acl = (aclId: string, entry: AclEntry, dependsOn: Construct[]) => {
      new Acl(this, aclId, {
        path: entry.path,
        roleId: entry.roleId,
        propagate: entry.propagate,
        groupId: entry.principal.kind === 'group' ? entry.principal.id : undefined,
        userId: entry.principal.kind === 'user' ? entry.principal.id : undefined,
        tokenId: entry.principal.kind === 'token' ? entry.principal.id : undefined,
        dependsOn: dependsOn as never,
      });
      entries.push(entry);
    };

    for (const role of ACCESS_ROLES) {
      for (const p of principals[role]) {
        acl(`Acl-pool-${p.key}`, { path: poolPath, roleId: roleIds[POOL_ROLE_OF[role]], propagate: true, principal: { kind: 'group', id: p.id } }, [this.resource, p.dependency]);
      }
    }
    for (const vnetPath of props.paths.vnets) {
      const vnet = vnetPath.split('/')[4];
      for (const role of VNET_ROLES) {
        for (const p of principals[role]) {
          acl(`Acl-vnet-${vnet}-${p.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: { kind: 'group', id: p.id } }, [p.dependency]);
        }
      }
    }
    for (const storagePath of props.paths.storages) {
      const storage = storagePath.split('/')[2];
      for (const role of STORAGE_ROLES) {
        for (const p of principals[role]) {
          acl(`Acl-storage-${storage}-${p.key}`, { path: storagePath, roleId: roleIds.backupUser, propagate: false, principal: { kind: 'group', id: p.id } }, [p.dependency]);
        }
      }
    }

    // Realm.
    if (identity.source === 'ldap') {
      const ldap = identity.ldap;
      const ad = ldap.activeDirectory === true;
      let bindPassword: string | undefined;
      if (ldap.bindDn !== undefined) {
        bindPassword = new TerraformVariable(TerraformStack.of(this), realmSecretVariableName(identity.realm, 'bind_password'), {
          type: 'string',
          sensitive: true,
          description: `Bind password of ${ldap.bindDn} for the LDAP realm ${identity.realm} (${tenant.displayName}); set it from the CI secret store, never in code.`,
        }).stringValue;
      }
      const realm = new RealmLdap(this, 'Realm', {
        realm: identity.realm,
        server1: ldap.server,
        server2: ldap.server2,
        port: ldap.port,
        mode: DEFAULT_LDAP_MODE,
        verify: true,
        baseDn: ldap.baseDn,
        bindDn: ldap.bindDn,
        bindPassword,
        userAttr: ldap.userAttribute ?? (ad ? DEFAULT_AD_USER_ATTRIBUTE : DEFAULT_LDAP_USER_ATTRIBUTE),
        groupFilter: ldap.groupFilter ?? (ad ? DEFAULT_AD_GROUP_FILTER : undefined),
        groupClasses: ad ? 'group' : undefined,
        caseSensitive: ad ? false : undefined,
        comment: `${tenant.displayName}: ${ad ? 'Active Directory' : 'LDAP directory'}`,
      });
      const groupDeps = ACCESS_ROLES.flatMap((r) => principals[r].map((p) => p.dependency));
      new RealmSync(this, 'RealmSync', {
        realm: identity.realm,
        scope: 'both',
        enableNew: true,
        removeVanished: DEFAULT_SYNC_REMOVE_VANISHED,
        dependsOn: [realm, ...groupDeps] as never,
      });
    } else if (identity.source === 'oidc') {
      const oidc = identity.oidc;
      const clientKey = new TerraformVariable(TerraformStack.of(this), realmSecretVariableName(identity.realm, 'client_key'), {
        type: 'string',
        sensitive: true,
        nullable: true,
        description: `Client secret of ${oidc.clientId} for the OpenID realm ${identity.realm} (${tenant.displayName}); null for a public client.`,
      });
      clientKey.addOverride('default', null);
      new RealmOpenid(this, 'Realm', {
        realm: identity.realm,
        issuerUrl: oidc.issuerUrl,
        clientId: oidc.clientId,
        clientKey: clientKey.stringValue,
        groupsClaim: oidc.groupsClaim ?? DEFAULT_OIDC_GROUPS_CLAIM,
        // Only the groups created here (which carry the ACLs) receive members; memberships follow
        // the provider at every login.
        groupsAutocreate: false,
        groupsOverwrite: true,
        autocreate: true,
        comment: `${tenant.displayName}: OpenID Connect`,
      });
    }

    // Pipeline: a local user and a privilege-separated token. With privilege separation the token's
    // rights are the intersection of the user's and the token's ACLs, so both get the same grants.
    if (props.pipeline !== undefined) {
      const { user: userId, tokenName } = props.pipeline;
      const tokenId = `${userId}!${tokenName}`;
      const user = new VirtualEnvironmentUser(this, 'PipelineUser', {
        userId,
        enabled: true,
        comment: `${tenant.displayName}: pipeline service account (Terraform), API token only`,
      });
      const token = new UserToken(this, 'PipelineToken', {
        userId,
        tokenName,
        privilegesSeparation: true,
        comment: `${tenant.displayName}: Terraform pipeline`,
        dependsOn: [user],
      });
      const who = [
        { key: 'pipeline-user', principal: { kind: 'user' as const, id: userId }, dep: user as Construct },
        { key: 'pipeline-token', principal: { kind: 'token' as const, id: tokenId }, dep: token as Construct },
      ];
      for (const w of who) {
        acl(`Acl-pool-${w.key}`, { path: poolPath, roleId: roleIds.pipeline, propagate: true, principal: w.principal }, [this.resource, w.dep]);
      }
      for (const vnetPath of props.paths.vnets) {
        const vnet = vnetPath.split('/')[4];
        for (const w of who) {
          acl(`Acl-vnet-${vnet}-${w.key}`, { path: vnetPath, roleId: roleIds.networkUser, propagate: true, principal: w.principal }, [w.dep]);
        }
      }
      this.pipelineTokenId = tokenId;
    }

    this.groupIds = Object.freeze({ ...props.groups });
    this.directoryGroupIds = Object.freeze(dirIds);
    this.aclEntries = Object.freeze(entries);
  }
}

/** The Proxmox group ID that a directory group gets in a realm (sync and OIDC group claims). */
export function directoryGroupId(directoryGroup: string, realm: string): string {
  return `${directoryGroup}-${realm}`;
}

/** Checks TenantAccess props; returns every problem. */
export function validateTenantAccessProps(props: TenantAccessProps): ProblemCollector {
  const problems = new ProblemCollector();
  const { tenant, identity } = props;

  checkTenantIdentity(problems, tenant, ['key', 'pool', 'displayName', 'code']);

  validateRoleIds(problems, 'roles.roleIds', props.roles.roleIds);

  // Groups: format, length, distinct.
  const seenGroups = new Map<string, string>();
  const checkGroup = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !PROXMOX_GROUP_ID.test(value)) {
      problems.add(path, MSG.pattern(value, 'Proxmox group ID', PROXMOX_GROUP_ID));
      return;
    }
    if (value.length > MAX_GROUP_ID_LENGTH) problems.add(path, MSG.tooLong(value, 'Proxmox group ID', MAX_GROUP_ID_LENGTH));
    const other = seenGroups.get(value);
    if (other !== undefined) problems.add(path, MSG.duplicate(value, other));
    else seenGroups.set(value, path);
  };
  for (const role of ACCESS_ROLES) checkGroup(`groups.${role}`, props.groups[role]);

  // Realm.
  const realmOk = typeof identity.realm === 'string' && PROXMOX_REALM_ID.test(identity.realm);
  if (!realmOk) problems.add('identity.realm', MSG.pattern(identity.realm, 'Proxmox realm ID (2-32 characters, first a letter)', PROXMOX_REALM_ID));
  if (identity.source === 'ldap') {
    if (BUILTIN_REALMS.includes(identity.realm)) problems.add('identity.realm', MSG.builtinRealm(identity.realm));
    validateLdap(problems, identity.ldap);
  } else if (identity.source === 'oidc') {
    if (BUILTIN_REALMS.includes(identity.realm)) problems.add('identity.realm', MSG.builtinRealm(identity.realm));
    validateOidc(problems, identity.oidc);
  } else if ((identity as { source: unknown }).source !== 'platform') {
    problems.add('identity.source', MSG.unknownSource((identity as { source: unknown }).source));
  }

  for (const role of ACCESS_ROLES) {
    const dir = props.directoryGroups?.[role];
    if (dir === undefined) continue;
    const path = `directoryGroups.${role}`;
    if (typeof dir !== 'string' || !PROXMOX_GROUP_ID.test(dir)) {
      problems.add(path, `${MSG.pattern(dir, 'directory group name', PROXMOX_GROUP_ID)} (Proxmox names the synced group <name>-<realm>; rename the directory group or map another one)`);
    } else if (realmOk) {
      checkGroup(path, directoryGroupId(dir, identity.realm));
    }
  }

  validateAclPaths(problems, props);

  if (props.pipeline !== undefined) {
    const { user, tokenName } = props.pipeline;
    if (typeof user !== 'string' || !PROXMOX_USER_ID.test(user)) {
      problems.add('pipeline.user', MSG.pattern(user, 'Proxmox user ID <name>@<realm>', PROXMOX_USER_ID));
    } else {
      if (user.length > MAX_USER_ID_LENGTH) problems.add('pipeline.user', MSG.tooLong(user, 'Proxmox user ID', MAX_USER_ID_LENGTH));
      if (!user.endsWith('@pve')) problems.add('pipeline.user', MSG.pipelineRealm(user));
    }
    if (typeof tokenName !== 'string' || !PROXMOX_TOKEN_NAME.test(tokenName)) {
      problems.add('pipeline.tokenName', MSG.pattern(tokenName, 'Proxmox API token name', PROXMOX_TOKEN_NAME));
    }
  }
  return problems;
}

const VNET_PATH = /^\/sdn\/zones\/([^/]+)\/([^/]+)$/;
const STORAGE_PATH = /^\/storage\/([^/]+)$/;

/**
 * ACL paths: only the tenant's own vnets (`/sdn/zones/<zone>/<vnet>`, vnet ID starting with the
 * tenant code) and storages (`/storage/<id>`); never `/`, a pool, `/access`, `/nodes`, `/vms`, a
 * whole zone or anything else.
 */
function validateAclPaths(problems: ProblemCollector, props: TenantAccessProps): void {
  const { tenant } = props;
  const seen = new Set<string>();
  const common = (path: string, value: string): boolean => {
    const normalized = `/${value}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    if (normalized === '/') {
      problems.add(path, MSG.rootAclPath(value));
      return false;
    }
    if (normalized === `/pool/${tenant.pool}`) {
      problems.add(path, MSG.ownPoolInList(value));
      return false;
    }
    if (value !== normalized) {
      problems.add(path, `${show(value)} is not in normal form (${show(normalized)}); write paths with one leading '/' and no trailing '/'`);
      return false;
    }
    if (seen.has(value)) {
      problems.add(path, MSG.duplicate(value, 'another entry of paths'));
      return false;
    }
    seen.add(value);
    return true;
  };

  props.paths.vnets.forEach((value, i) => {
    const path = `paths.vnets[${i}]`;
    if (typeof value !== 'string') {
      problems.add(path, MSG.pattern(value, 'vnet path', '/sdn/zones/<zone>/<vnet>'));
      return;
    }
    if (!common(path, value)) return;
    const m = VNET_PATH.exec(value);
    if (m === null) {
      problems.add(path, MSG.foreignAclPath(value, `the tenant's vnet paths /sdn/zones/<zone>/<vnet> (a whole zone, a pool, /access, /nodes or /vms are never granted)`));
      return;
    }
    const [, zone, vnet] = m;
    for (const [what, id] of [['zone', zone], ['vnet', vnet]] as const) {
      if (!PROXMOX_SDN_ID.test(id) || id.length > MAX_SDN_ID_LENGTH) {
        problems.add(path, MSG.pattern(id, `SDN ${what} ID (at most ${MAX_SDN_ID_LENGTH} characters)`, PROXMOX_SDN_ID));
      }
    }
    if (typeof tenant.code === 'string' && tenant.code !== '' && !vnet.startsWith(tenant.code)) problems.add(path, MSG.vnetNotTenant(vnet, tenant.code));
  });

  props.paths.storages.forEach((value, i) => {
    const path = `paths.storages[${i}]`;
    if (typeof value !== 'string') {
      problems.add(path, MSG.pattern(value, 'storage path', '/storage/<id>'));
      return;
    }
    if (!common(path, value)) return;
    const m = STORAGE_PATH.exec(value);
    if (m === null) {
      problems.add(path, MSG.foreignAclPath(value, "the tenant's storage paths /storage/<id> (a pool, /access, /nodes or /vms are never granted)"));
      return;
    }
    if (!PROXMOX_STORAGE_ID.test(m[1])) problems.add(path, MSG.pattern(m[1], 'Proxmox storage ID', PROXMOX_STORAGE_ID));
  });
}

function validateLdap(problems: ProblemCollector, ldap: LdapInput | undefined): void {
  if (ldap === undefined) {
    problems.add('identity.ldap', MSG.empty("LDAP connection (server, baseDn) for identity.source 'ldap'"));
    return;
  }
  const host = (path: string, value: unknown, required: boolean) => {
    if (value === undefined || value === '') {
      if (required) problems.add(path, MSG.empty('LDAP server host name'));
      return;
    }
    if (typeof value !== 'string') problems.add(path, MSG.pattern(value, 'host name', HOST));
    else if (/^[a-z]+:\/\//i.test(value) || /:\d+$/.test(value)) problems.add(path, MSG.hostWithScheme(value));
    else if (!HOST.test(value)) problems.add(path, MSG.pattern(value, 'host name or IP address', HOST));
  };
  host('identity.ldap.server', ldap.server, true);
  host('identity.ldap.server2', ldap.server2, false);
  if (ldap.port !== undefined && (!Number.isInteger(ldap.port) || ldap.port < 1 || ldap.port > 65535)) problems.add('identity.ldap.port', MSG.port(ldap.port));
  if (ldap.baseDn === undefined || ldap.baseDn === '') problems.add('identity.ldap.baseDn', MSG.empty('base DN, e.g. "ou=people,dc=musterstadt,dc=de"'));
  else if (!LDAP_DN.test(ldap.baseDn)) problems.add('identity.ldap.baseDn', MSG.pattern(ldap.baseDn, 'LDAP DN (attr=value,attr=value…)', LDAP_DN));
  if (ldap.bindDn !== undefined && !LDAP_DN.test(ldap.bindDn)) problems.add('identity.ldap.bindDn', MSG.pattern(ldap.bindDn, 'LDAP DN (attr=value,attr=value…)', LDAP_DN));
  if (ldap.userAttribute !== undefined && !LDAP_ATTRIBUTE.test(ldap.userAttribute)) {
    problems.add('identity.ldap.userAttribute', MSG.pattern(ldap.userAttribute, 'LDAP attribute name', LDAP_ATTRIBUTE));
  }
  if (ldap.groupFilter !== undefined && !/^\(.*\)$/.test(ldap.groupFilter)) {
    problems.add('identity.ldap.groupFilter', MSG.pattern(ldap.groupFilter, 'LDAP filter in parentheses', '(…)'));
  }
}

function validateOidc(problems: ProblemCollector, oidc: OidcInput | undefined): void {
  if (oidc === undefined) {
    problems.add('identity.oidc', MSG.empty("OpenID provider (issuerUrl, clientId) for identity.source 'oidc'"));
    return;
  }
  if (oidc.issuerUrl === undefined || oidc.issuerUrl === '') problems.add('identity.oidc.issuerUrl', MSG.empty('issuer URL (https://…)'));
  else if (!isHttpsUrl(oidc.issuerUrl)) problems.add('identity.oidc.issuerUrl', MSG.notHttps(oidc.issuerUrl));
  if (oidc.clientId === undefined || oidc.clientId.trim() === '') problems.add('identity.oidc.clientId', MSG.empty('OpenID client ID'));
  if (oidc.groupsClaim !== undefined && !CLAIM_NAME.test(oidc.groupsClaim)) problems.add('identity.oidc.groupsClaim', MSG.pattern(oidc.groupsClaim, 'claim name', CLAIM_NAME));
}
