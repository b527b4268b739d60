import { Construct } from 'constructs';
import { ProblemCollector } from '../core/errors';
/**
 * The least-privilege custom Proxmox roles of the platform. They are defined ONCE per datacenter by
 * the platform stack ({@link PlatformRoles}); tenant stacks only reference their IDs
 * ({@link PlatformRoles.fromAttributes}) and bind them to the tenant's own paths (TenantAccess).
 */
/** The platform roles by stable key. */
export type PlatformRoleKey = 'admin' | 'operator' | 'auditor' | 'pipeline' | 'networkUser' | 'backupUser';
/** Every platform role key, in a fixed order. */
export declare const PLATFORM_ROLE_KEYS: readonly PlatformRoleKey[];
/** Role IDs of the platform roles. */
export type PlatformRoleIds = {
    readonly [K in PlatformRoleKey]: string;
};
/** Default role IDs. */
export declare const DEFAULT_PLATFORM_ROLE_IDS: PlatformRoleIds;
/**
 * Every Proxmox VE privilege (PVE 8 and 9). Used to reject typos in privilege lists: Proxmox
 * rejects an unknown privilege only at apply time.
 */
export declare const PROXMOX_PRIVILEGES: readonly string[];
/**
 * Privileges no tenant role may ever hold, with the reason. They act on the datacenter, on other
 * tenants or on the permission system itself.
 */
export declare const FORBIDDEN_PRIVILEGES: Readonly<Record<string, string>>;
/**
 * KommunalAdmin: the Kommune's administrators, bound on the tenant pool only. Full lifecycle of
 * the tenant's guests, nothing on the datacenter, users, realms or permissions.
 */
export declare const ADMIN_PRIVILEGES: readonly string[];
/** KommunalOperator: day-to-day operation of existing guests, no creation, no configuration. */
export declare const OPERATOR_PRIVILEGES: readonly string[];
/** KommunalAuditor: read-only, only `*.Audit` privileges (Grundschutz ORP.4 separation of duties). */
export declare const AUDITOR_PRIVILEGES: readonly string[];
/**
 * KommunalPipeline: what Terraform (bpg/proxmox) needs to manage guests inside the tenant pool.
 * Reading guest agent data is not included (VM.Monitor in PVE 8, VM.GuestAgent.* in PVE 9 differ),
 * so tenant blueprints must not wait for agent IP addresses.
 */
export declare const PIPELINE_PRIVILEGES: readonly string[];
/** KommunalNetworkUser: bound on each of the tenant's vnet paths, so guests can be attached to them. */
export declare const NETWORK_USER_PRIVILEGES: readonly string[];
/** KommunalBackupUser: bound on the tenant's backup storage, so backups can be written and listed. */
export declare const BACKUP_USER_PRIVILEGES: readonly string[];
/** The vetted privilege list of each platform role. */
export declare const PLATFORM_ROLE_PRIVILEGES: {
    readonly [K in PlatformRoleKey]: readonly string[];
};
/**
 * Built-in Proxmox roles that are too broad for a tenant: they reach the permission system, users,
 * realms, the system, or allocate shared pools, storages, SDN or mappings.
 */
export declare const FORBIDDEN_BUILTIN_ROLES: readonly string[];
/** The platform roles as a tenant stack sees them: role IDs only. */
export interface IPlatformRoles {
    /** Proxmox role ID of each platform role. */
    readonly roleIds: PlatformRoleIds;
}
/** Properties of {@link PlatformRoles}. */
export interface PlatformRolesProps {
    /**
     * Role IDs, per role key.
     * @default DEFAULT_PLATFORM_ROLE_IDS (KommunalAdmin, KommunalOperator, …)
     */
    readonly roleIds?: Partial<PlatformRoleIds>;
    /**
     * Privilege lists replacing the vetted ones, per role key. Checked: known privileges only, none of
     * FORBIDDEN_PRIVILEGES, only `*.Audit` for the auditor.
     * @default PLATFORM_ROLE_PRIVILEGES
     */
    readonly privileges?: {
        readonly [K in PlatformRoleKey]?: readonly string[];
    };
}
/**
 * Creates the platform's custom Proxmox roles (platform stack, once per datacenter).
 */
export declare class PlatformRoles extends Construct implements IPlatformRoles {
    /**
     * References platform roles created elsewhere (in the platform stack) from a tenant stack.
     * @param attrs role IDs that differ from DEFAULT_PLATFORM_ROLE_IDS
     */
    static fromAttributes(attrs?: Partial<PlatformRoleIds>): IPlatformRoles;
    readonly roleIds: PlatformRoleIds;
    /** The privileges each role was created with (sorted). */
    readonly privileges: {
        readonly [K in PlatformRoleKey]: readonly string[];
    };
    constructor(scope: Construct, id: string, props?: PlatformRolesProps);
}
/**
 * Checks a set of role IDs: format, no privileged built-in role, all distinct (two keys sharing
 * one role would silently merge their rights).
 */
export declare function validateRoleIds(problems: ProblemCollector, prefix: string, roleIds: PlatformRoleIds): void;
