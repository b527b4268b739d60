import { Construct } from 'constructs';
import type { LdapInput, OidcInput } from '../config/model';
import { ProblemCollector } from '../core/errors';
import type { TenantIdentity } from '../core/tenant';
import { VirtualEnvironmentPool } from '../providers/proxmox/virtual-environment-pool';
import { IPlatformRoles, PlatformRoleKey } from './platform-roles';
/** The tenant's three human roles. */
export type AccessRole = 'admins' | 'operators' | 'auditors';
/** Every access role, in a fixed order. */
export declare const ACCESS_ROLES: readonly AccessRole[];
/** Which platform role each human role gets on the tenant pool. */
export declare const POOL_ROLE_OF: {
    readonly [R in AccessRole]: PlatformRoleKey;
};
/** Human roles that may attach guests to the tenant's vnets (role networkUser). */
export declare const VNET_ROLES: readonly AccessRole[];
/** Human roles that may write to and restore from the tenant's backup storages (role backupUser). */
export declare const STORAGE_ROLES: readonly AccessRole[];
/** Default LDAP connection mode: TLS from the first byte. */
export declare const DEFAULT_LDAP_MODE = "ldaps";
/** Default group filter of an Active Directory. */
export declare const DEFAULT_AD_GROUP_FILTER = "(objectClass=group)";
/** What a directory sync removes when it vanished from the directory. */
export declare const DEFAULT_SYNC_REMOVE_VANISHED = "acl;entry;properties";
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
export type RealmSpec = {
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
} | {
    /** The Kommune's own OpenID Connect provider. */
    readonly source: 'oidc';
    /** Realm ID to create. */
    readonly realm: string;
    /** Provider. Defaults: groups claim `groups`. The client key comes from a sensitive Terraform variable. */
    readonly oidc: OidcInput;
} | {
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
    readonly directoryGroups?: {
        readonly [R in AccessRole]?: string;
    };
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
    readonly principal: {
        readonly kind: 'group' | 'user' | 'token';
        readonly id: string;
    };
}
/** Name of the sensitive Terraform variable holding a realm secret (LDAP bind password, OIDC client key). */
export declare function realmSecretVariableName(realm: string, kind: 'bind_password' | 'client_key'): string;
/**
 * A tenant's Proxmox access: its pool, one group per role, ACLs on the tenant's own paths only,
 * its login realm (or the platform's), and a privilege-separated pipeline token.
 */
export declare class TenantAccess extends Construct {
    /** The tenant pool (primary resource). */
    readonly resource: VirtualEnvironmentPool;
    readonly poolId: string;
    /** Proxmox group IDs of the roles. */
    readonly groupIds: {
        readonly [R in AccessRole]: string;
    };
    /** Proxmox group IDs of the mapped directory groups. */
    readonly directoryGroupIds: {
        readonly [R in AccessRole]?: string;
    };
    /** The realm tenant users log in with. */
    readonly realm: string;
    /** Full token ID `<user>!<token>` of the pipeline, when configured. */
    readonly pipelineTokenId?: string;
    /** Every ACL entry created, in creation order. */
    readonly aclEntries: readonly AclEntry[];
    constructor(scope: Construct, id: string, props: TenantAccessProps);
}
/** The Proxmox group ID that a directory group gets in a realm (sync and OIDC group claims). */
export declare function directoryGroupId(directoryGroup: string, realm: string): string;
/** Checks TenantAccess props; returns every problem. */
export declare function validateTenantAccessProps(props: TenantAccessProps): ProblemCollector;
