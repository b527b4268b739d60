/**
 * The props of TenantAccess and the vocabulary they use: roles, groups, paths, realms, the
 * pipeline account. Plain types, usable without the parameter files (a realm is described by
 * LdapRealmSettings / OidcRealmSettings, not by the YAML input types). Validation:
 * validate-tenant-access-props.ts.
 */
import { pveDirectoryGroupId } from '../model/pve-names';
import type { TenantIdentity } from '../model/tenant-identity';
import type { IPlatformRoles, PlatformRoleKey } from './platform-roles';

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
/**
 * Human roles that may see the tenant's backups without using them (role backupAuditor): the pool ACL
 * does not reach the PBS storage, which is no pool member, so without this auditors see no backup.
 */
export const STORAGE_AUDIT_ROLES: readonly AccessRole[] = ['auditors'];

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

/** Connection of a realm to the Kommune's LDAP or Active Directory. */
export interface LdapRealmSettings {
  /** Host name or address of the directory server. */
  readonly server: string;
  /**
   * A second server, used when the first does not answer.
   * @default - none
   */
  readonly server2?: string;
  /**
   * Port of the directory servers.
   * @default - not set: the realm uses the port of its connection mode (`ldaps`)
   */
  readonly port?: number;
  /** Base DN of the users, e.g. `ou=people,dc=musterstadt,dc=de`. */
  readonly baseDn: string;
  /**
   * DN to bind as. Its password is `realmSecrets.bindPassword` of the access props, else the
   * sensitive Terraform variable {@link realmSecretVariableName}(realm, 'bind_password').
   * @default - no bind DN: the realm binds anonymously
   */
  readonly bindDn?: string;
  /**
   * An Active Directory instead of plain LDAP (realm type `ad`).
   * @default false
   */
  readonly activeDirectory?: boolean;
  /**
   * Attribute holding the user name.
   * @default 'uid', or 'sAMAccountName' with activeDirectory (DEFAULT_LDAP_USER_ATTRIBUTE, DEFAULT_AD_USER_ATTRIBUTE)
   */
  readonly userAttribute?: string;
  /**
   * LDAP filter selecting the groups a sync reads.
   * @default - '(objectClass=group)' with activeDirectory (DEFAULT_AD_GROUP_FILTER), else none
   */
  readonly groupFilter?: string;
}

/**
 * A realm's OpenID Connect provider. A confidential client (with `clientKeyVersion`) gets its key
 * as the write-only `client_key_wo`: `realmSecrets.clientKey` of the access props, else the
 * ephemeral sensitive variable {@link realmSecretVariableName}(realm, 'client_key').
 */
export interface OidcRealmSettings {
  /** Issuer URL of the provider (https). */
  readonly issuerUrl: string;
  /** Client ID registered for Proxmox at the provider. */
  readonly clientId: string;
  /**
   * Claim listing the user's groups.
   * @default 'groups' (DEFAULT_OIDC_GROUPS_CLAIM)
   */
  readonly groupsClaim?: string;
  /**
   * A confidential client: the version of its client key, sent as `client_key_wo_version`. The key
   * itself is write-only (`client_key_wo`), so terraform never stores it and cannot see it change:
   * raising this version is what makes the provider send a rotated key.
   * @default - a public client without a key
   */
  readonly clientKeyVersion?: number;
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
      readonly ldap: LdapRealmSettings;
    }
  | {
      /** The Kommune's own OpenID Connect provider. */
      readonly source: 'oidc';
      /** Realm ID to create. */
      readonly realm: string;
      /** Provider. Defaults: groups claim `groups`. The client key comes from a sensitive Terraform variable. */
      readonly oidc: OidcRealmSettings;
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
   * Storages the tenant's guests may put their disks on. Each becomes a member of the tenant pool
   * (`proxmox_pool_membership`), so the pool's ACLs reach `/storage/<id>`: without it KommunalAdmin
   * and KommunalPipeline hold Datastore.AllocateSpace on no storage and no guest can be created.
   * One storage may be a member of many pools (pve-manager PVE/API2/Pool.pm update_pool checks
   * only this pool's members, L359-373).
   * @default - none: the pool has no storage members
   */
  readonly guestStorages?: readonly string[];
  /**
   * The tenant's pipeline user and API token (privilege-separated, KommunalPipeline on the pool).
   * @default - no pipeline account
   */
  readonly pipeline?: PipelineAccess;
  /**
   * The realm's secrets as Terraform expressions (tokens), e.g. fields of the tenant's
   * pipeline-inputs secret read from Vault (KommuneStack). Never literals.
   * @default - the sensitive stack variables {@link realmSecretVariableName}
   */
  readonly realmSecrets?: RealmSecrets;
}

/** The realm secrets of a {@link TenantAccessProps} when they do not come from stack variables. */
export interface RealmSecrets {
  /**
   * LDAP bind password (used when the LDAP realm has a bind DN).
   * @default - the variable {@link realmSecretVariableName}(realm, 'bind_password')
   */
  readonly bindPassword?: string;
  /**
   * OIDC client key of a confidential client (`clientKeyVersion` set); it goes to the write-only
   * `client_key_wo`, so it may be (and should be) an ephemeral value.
   * @default - the ephemeral sensitive variable {@link realmSecretVariableName}(realm, 'client_key')
   */
  readonly clientKey?: string;
}

/** One ACL entry the construct created, as plain data (for reports and model-level isolation checks). */
export interface AclEntry {
  readonly path: string;
  readonly roleId: string;
  readonly propagate: boolean;
  readonly principal: { readonly kind: 'group' | 'user' | 'token'; readonly id: string };
}

/** Name of the sensitive Terraform variable holding a realm secret (LDAP bind password, OIDC client key); also the field name in the tenant's pipeline-inputs secret in Vault. */
export function realmSecretVariableName(realm: string, kind: 'bind_password' | 'client_key'): string {
  return `proxmox_realm_${realm.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}_${kind}`;
}

/** The Proxmox group ID that a directory group gets in a realm (sync and OIDC group claims). */
export function directoryGroupId(directoryGroup: string, realm: string): string {
  return pveDirectoryGroupId(directoryGroup, realm);
}
