import { Construct } from 'constructs';
import { ProblemCollector } from '../core/errors';
import { VirtualEnvironmentRole } from '../providers/proxmox/virtual-environment-role';
import { MSG, PROXMOX_ROLE_ID } from './internal/rules';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';

/**
 * The least-privilege custom Proxmox roles of the platform. They are defined ONCE per datacenter by
 * the platform stack ({@link PlatformRoles}); tenant stacks only reference their IDs
 * ({@link PlatformRoles.fromAttributes}) and bind them to the tenant's own paths (TenantAccess).
 */

/** The platform roles by stable key. */
export type PlatformRoleKey = 'admin' | 'operator' | 'auditor' | 'pipeline' | 'networkUser' | 'backupUser' | 'backupAuditor';

/** Every platform role key, in a fixed order. */
export const PLATFORM_ROLE_KEYS: readonly PlatformRoleKey[] = ['admin', 'operator', 'auditor', 'pipeline', 'networkUser', 'backupUser', 'backupAuditor'];

/** Role IDs of the platform roles. */
export type PlatformRoleIds = { readonly [K in PlatformRoleKey]: string };

/** Default role IDs. */
export const DEFAULT_PLATFORM_ROLE_IDS: PlatformRoleIds = {
  admin: 'KommunalAdmin',
  operator: 'KommunalOperator',
  auditor: 'KommunalAuditor',
  pipeline: 'KommunalPipeline',
  networkUser: 'KommunalNetworkUser',
  backupUser: 'KommunalBackupUser',
  backupAuditor: 'KommunalBackupAuditor',
};

/**
 * Every Proxmox VE privilege (PVE 8 and 9). Used to reject typos in privilege lists: Proxmox
 * rejects an unknown privilege only at apply time.
 */
export const PROXMOX_PRIVILEGES: readonly string[] = [
  'Datastore.Allocate', 'Datastore.AllocateSpace', 'Datastore.AllocateTemplate', 'Datastore.Audit',
  'Group.Allocate',
  'Mapping.Audit', 'Mapping.Modify', 'Mapping.Use',
  'Permissions.Modify',
  'Pool.Allocate', 'Pool.Audit',
  'Realm.Allocate', 'Realm.AllocateUser',
  'SDN.Allocate', 'SDN.Audit', 'SDN.Use',
  'Sys.AccessNetwork', 'Sys.Audit', 'Sys.Console', 'Sys.Incoming', 'Sys.Modify', 'Sys.PowerMgmt', 'Sys.Syslog',
  'User.Modify',
  'VM.Allocate', 'VM.Audit', 'VM.Backup', 'VM.Clone',
  'VM.Config.CDROM', 'VM.Config.CPU', 'VM.Config.Cloudinit', 'VM.Config.Disk', 'VM.Config.HWType',
  'VM.Config.Memory', 'VM.Config.Network', 'VM.Config.Options',
  'VM.Console', 'VM.Migrate', 'VM.Monitor', 'VM.PowerMgmt', 'VM.Replicate', 'VM.Snapshot', 'VM.Snapshot.Rollback',
  'VM.GuestAgent.Audit', 'VM.GuestAgent.FileRead', 'VM.GuestAgent.FileWrite', 'VM.GuestAgent.FileSystemMgmt', 'VM.GuestAgent.Unrestricted',
];

/**
 * Privileges no tenant role may ever hold, with the reason. They act on the datacenter, on other
 * tenants or on the permission system itself.
 */
export const FORBIDDEN_PRIVILEGES: Readonly<Record<string, string>> = {
  'Sys.Modify': 'changes node and cluster configuration shared by every tenant',
  'Sys.PowerMgmt': 'reboots or shuts down nodes that run other tenants',
  'Sys.Console': 'gives a root shell on the node',
  'Sys.Syslog': 'reads node logs that contain other tenants\' events',
  'Sys.Incoming': 'accepts migrations from other clusters',
  'Sys.AccessNetwork': 'opens network access from the node',
  'Permissions.Modify': 'lets the holder grant itself any privilege',
  'Realm.Allocate': 'creates and changes authentication realms',
  'Realm.AllocateUser': 'assigns users to realms',
  'User.Modify': 'changes users and group memberships, including other tenants\'',
  'Group.Allocate': 'creates groups, the unit ACLs are granted to',
  'Pool.Allocate': 'changes pools and their membership, the unit of tenant isolation',
  'Datastore.Allocate': 'creates and changes storage definitions shared by the datacenter',
  'SDN.Allocate': 'changes SDN zones and vnets, the unit of network isolation',
  'Mapping.Modify': 'changes hardware mappings of the nodes',
};

/**
 * KommunalAdmin: the Kommune's administrators, bound on the tenant pool only. Full lifecycle of
 * the tenant's guests, nothing on the datacenter, users, realms or permissions.
 */
export const ADMIN_PRIVILEGES: readonly string[] = [
  'VM.Allocate', // create and remove guests; the pool ACL limits it to the tenant's pool
  'VM.Clone', // deploy from templates
  'VM.Audit', // see guest configuration
  'VM.Config.CDROM', // mount ISO images
  'VM.Config.CPU', // size guests
  'VM.Config.Cloudinit', // set cloud-init users and keys
  'VM.Config.Disk', // add and resize disks (space comes from Datastore.AllocateSpace)
  'VM.Config.HWType', // emulated hardware (BIOS, machine type)
  'VM.Config.Memory', // size guests
  'VM.Config.Network', // attach NICs; which vnet additionally needs SDN.Use on that vnet
  'VM.Config.Options', // boot order, name, description, tags
  'VM.Console', // operate guests through the console
  'VM.PowerMgmt', // start, stop, reboot
  'VM.Backup', // run and restore backups of the tenant's guests
  'VM.Snapshot', // take snapshots before changes
  'VM.Snapshot.Rollback', // roll back the tenant's own snapshots
  'Datastore.AllocateSpace', // disk space on storages that are members of the pool
  'Datastore.Audit', // see storage usage
  'Pool.Audit', // see the pool and its members
  'SDN.Use', // attach guests to the tenant's vnets (the ACL on the vnet path limits it)
  'SDN.Audit', // see the tenant's vnets
  // Never: VM.Migrate (node placement is the platform's), Sys.*, Permissions.Modify, Realm.*,
  // User.Modify, Pool.Allocate, Datastore.Allocate, SDN.Allocate (FORBIDDEN_PRIVILEGES).
];

/** KommunalOperator: day-to-day operation of existing guests, no creation, no configuration. */
export const OPERATOR_PRIVILEGES: readonly string[] = [
  'VM.Audit', // see guest configuration and state
  'VM.PowerMgmt', // start, stop, reboot
  'VM.Console', // log in through the console
  'VM.Backup', // run backups and restores
  'VM.Snapshot', // take snapshots before maintenance (no rollback: that is the admins' decision)
  'Datastore.Audit', // see storage usage
  'Datastore.AllocateSpace', // write backups and snapshot state (limited by the storage ACLs)
  'Pool.Audit', // see the pool and its members
  'SDN.Audit', // see the tenant's vnets
];

/** KommunalAuditor: read-only, only `*.Audit` privileges (Grundschutz ORP.4 separation of duties). */
export const AUDITOR_PRIVILEGES: readonly string[] = [
  'VM.Audit', // guest configuration
  'Datastore.Audit', // storage usage and backup listings
  'Pool.Audit', // pool membership
  'SDN.Audit', // the tenant's vnets
];

/**
 * KommunalPipeline: what Terraform (bpg/proxmox) needs to manage guests inside the tenant pool.
 * Reading guest agent data is not included (VM.Monitor in PVE 8, VM.GuestAgent.* in PVE 9 differ),
 * so tenant blueprints must not wait for agent IP addresses.
 */
export const PIPELINE_PRIVILEGES: readonly string[] = [
  'VM.Allocate', // create and destroy guests in the pool
  'VM.Clone', // clone templates
  'VM.Audit', // read guest state for plans
  'VM.Config.CDROM', // cloud-init drive and ISO
  'VM.Config.CPU', // guest sizing
  'VM.Config.Cloudinit', // cloud-init settings
  'VM.Config.Disk', // disks
  'VM.Config.HWType', // machine, BIOS, SCSI controller
  'VM.Config.Memory', // guest sizing
  'VM.Config.Network', // NICs
  'VM.Config.Options', // name, tags, boot order, description
  'VM.PowerMgmt', // start guests after creation, stop before destroy
  'Datastore.AllocateSpace', // disks on pool storages
  'Datastore.Audit', // read storage content for plans
  'Pool.Audit', // read the pool
  'SDN.Use', // attach NICs to the tenant's vnets
  'SDN.Audit', // read the vnets
];

/** KommunalNetworkUser: bound on each of the tenant's vnet paths, so guests can be attached to them. */
export const NETWORK_USER_PRIVILEGES: readonly string[] = [
  'SDN.Use', // attach NICs to the vnet
  'SDN.Audit', // see the vnet
];

/** KommunalBackupUser: bound on the tenant's backup storage, so backups can be written and listed. */
export const BACKUP_USER_PRIVILEGES: readonly string[] = [
  'Datastore.AllocateSpace', // write backup archives
  'Datastore.Audit', // list backups for restores
];

/**
 * KommunalBackupAuditor: bound on the tenant's backup storage for its auditors, so they can list
 * backups without writing or restoring. A role of its own because Proxmox lets a caller without
 * Permissions.Modify grant only roles whose every privilege it holds on the path
 * (pve-access-control src/PVE/API2/ACL.pm update_acl, "requires 'Permissions.Modify' or superset
 * of privileges"), and the tenant provisioning identity holds only Datastore.* on /storage.
 */
export const BACKUP_AUDITOR_PRIVILEGES: readonly string[] = [
  'Datastore.Audit', // list backups
];

/** The vetted privilege list of each platform role. */
export const PLATFORM_ROLE_PRIVILEGES: { readonly [K in PlatformRoleKey]: readonly string[] } = {
  admin: ADMIN_PRIVILEGES,
  operator: OPERATOR_PRIVILEGES,
  auditor: AUDITOR_PRIVILEGES,
  pipeline: PIPELINE_PRIVILEGES,
  networkUser: NETWORK_USER_PRIVILEGES,
  backupUser: BACKUP_USER_PRIVILEGES,
  backupAuditor: BACKUP_AUDITOR_PRIVILEGES,
};

/**
 * Built-in Proxmox roles that are too broad for a tenant: they reach the permission system, users,
 * realms, the system, or allocate shared pools, storages, SDN or mappings.
 */
export const FORBIDDEN_BUILTIN_ROLES: readonly string[] = [
  'Administrator',
  'PVEAdmin',
  'PVEUserAdmin',
  'PVESysAdmin',
  'PVEPoolAdmin',
  'PVEDatastoreAdmin',
  'PVESDNAdmin',
  'PVEMappingAdmin',
];

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
  readonly privileges?: { readonly [K in PlatformRoleKey]?: readonly string[] };
}

/**
 * Creates the platform's custom Proxmox roles (platform stack, once per datacenter).
 */
export class PlatformRoles extends Construct implements IPlatformRoles {
  /**
   * References platform roles created elsewhere (in the platform stack) from a tenant stack.
   * @param attrs role IDs that differ from DEFAULT_PLATFORM_ROLE_IDS
   */
  public static fromAttributes(attrs: Partial<PlatformRoleIds> = {}): IPlatformRoles {
    return { roleIds: Object.freeze({ ...DEFAULT_PLATFORM_ROLE_IDS, ...definedOnly(attrs) }) };
  }

  public readonly roleIds: PlatformRoleIds;
  /** The privileges each role was created with (sorted). */
  public readonly privileges: { readonly [K in PlatformRoleKey]: readonly string[] };

  public constructor(scope: Construct, id: string, props: PlatformRolesProps = {}) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    const roleIds: PlatformRoleIds = { ...DEFAULT_PLATFORM_ROLE_IDS, ...definedOnly(props.roleIds ?? {}) };
    const privileges = {} as Record<PlatformRoleKey, readonly string[]>;
    for (const key of PLATFORM_ROLE_KEYS) {
      privileges[key] = [...new Set(props.privileges?.[key] ?? PLATFORM_ROLE_PRIVILEGES[key])].sort();
    }

    const problems = new ProblemCollector();
    validateRoleIds(problems, 'roleIds', roleIds);
    for (const key of PLATFORM_ROLE_KEYS) {
      const list = privileges[key];
      if (list.length === 0) problems.add(`privileges.${key}`, MSG.empty('privilege list'));
      for (const p of props.privileges?.[key] ?? []) {
        const path = `privileges.${key}`;
        if (!PROXMOX_PRIVILEGES.includes(p)) problems.add(path, MSG.unknownPrivilege(p));
        else if (FORBIDDEN_PRIVILEGES[p] !== undefined) problems.add(path, MSG.forbiddenPrivilege(p, FORBIDDEN_PRIVILEGES[p]));
        else if (key === 'auditor' && !p.endsWith('.Audit')) problems.add(path, MSG.auditorPrivilege(p));
      }
    }
    problems.throwIfAny('PlatformRoles', this.node.path);

    for (const key of PLATFORM_ROLE_KEYS) {
      new VirtualEnvironmentRole(this, key, { roleId: roleIds[key], privileges: [...privileges[key]] });
    }
    this.roleIds = Object.freeze(roleIds);
    this.privileges = Object.freeze(privileges);
  }
}

/**
 * Checks a set of role IDs: format, no privileged built-in role, all distinct (two keys sharing
 * one role would silently merge their rights).
 */
export function validateRoleIds(problems: ProblemCollector, prefix: string, roleIds: PlatformRoleIds): void {
  const seen = new Map<string, string>();
  for (const key of PLATFORM_ROLE_KEYS) {
    const value = roleIds[key];
    const path = `${prefix}.${key}`;
    if (typeof value !== 'string' || !PROXMOX_ROLE_ID.test(value)) {
      problems.add(path, MSG.pattern(value, 'Proxmox role ID', PROXMOX_ROLE_ID));
      continue;
    }
    if (FORBIDDEN_BUILTIN_ROLES.includes(value)) problems.add(path, MSG.builtinRole(value));
    const other = seen.get(value);
    if (other !== undefined) problems.add(path, MSG.duplicate(value, `${prefix}.${other}`));
    else seen.set(value, key);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
