/**
 * Vetted defaults and bounds of the parameter files. One source for each number (STYLE 3): the
 * loader's semantic checks, the resolution, the generated JSON Schemas (lib/config/json-schema.ts)
 * and the generated parameter table in docs/parameters.md all read these constants.
 *
 * Changing a bound here changes what every Kommune may choose: review it with the information
 * security officer (ISB) and the data protection officer, then run `writeJsonSchemas()` and
 * `writeParameterDocs()` (the drift tests fail until you do).
 */
import type { Retention, TenantState, ZoneType } from './parameters';
import { MAX_VM_ID, MIN_VM_ID } from './allocation-scheme';
import { TENANT_KEY_PATTERN as NAMING_KEY_PATTERN, TENANT_KEY_MAX_LENGTH, TENANT_KEY_MIN_LENGTH } from './tenant-key';

/** An inclusive integer range. */
export interface IntBounds {
  readonly min: number;
  readonly max: number;
}

// ---------------------------------------------------------------------------------------------
// Tenant key and texts
// ---------------------------------------------------------------------------------------------

/**
 * Shape of a tenant key: a lower-case DNS label of 3-40 characters, taken from lib/model (which
 * owns the full rule set, e.g. no double hyphen); this is the part the JSON Schema can express.
 */
/** The tenant-key rule of lib/model as a JSON Schema pattern string. */
export const TENANT_KEY_PATTERN_SOURCE: string = NAMING_KEY_PATTERN.source;
export const TENANT_KEY_LENGTH: IntBounds = { min: TENANT_KEY_MIN_LENGTH, max: TENANT_KEY_MAX_LENGTH };

/** Stable slug used as map key for members, flow exceptions and suppressions. */
export const SLUG_PATTERN = '^[a-z]([a-z0-9-]*[a-z0-9])?$';

/**
 * Minimum length of every free-text reason (flow exceptions, suppressions). Twenty characters is
 * enough for "who asked, why" ("Fachverfahren OK.VISION needs SMB") and too long for "test" or
 * "temporary", which tell an auditor nothing.
 */
export const REASON_MIN_LENGTH = 20;

/** Amtlicher Gemeindeschluessel: 8 digits, Land in the first two. */
export const AGS_PATTERN = '^[0-9]{8}$';
/** Amtlicher Regionalschluessel: 12 digits (Land 2, Regierungsbezirk 1, Kreis 2, Verband 4, Gemeinde 3). */
export const ARS_PATTERN = '^[0-9]{12}$';
/** Two-digit Land code of the fleet (07 = Rheinland-Pfalz, 06 = Hessen). */
export const LAND_PATTERN = '^(0[1-9]|1[0-6])$';
/** ISO calendar date, used by `expires` fields. */
export { DATE_PATTERN } from '../core/dates';
/** Clock time "HH:MM" (24 h). */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** Compliance rule ID, e.g. KOM-NET-1 (stable IDs of the rule pack). */
export const RULE_ID_PATTERN = '^KOM-[A-Z]+-[0-9]+$';
/** Firewall destination ports: "443", "8000:8080" or a comma list of those. */
export const PORTS_PATTERN = '^[0-9]{1,5}(:[0-9]{1,5})?(,[0-9]{1,5}(:[0-9]{1,5})?)*$';

// ---------------------------------------------------------------------------------------------
// Tenant defaults
// ---------------------------------------------------------------------------------------------

export const DEFAULT_STATE: TenantState = 'active';

/** Identity source when a Kommune does not bring its own directory. */
export const DEFAULT_IDENTITY_SOURCE = 'platform' as const;

/** LDAP defaults: LDAPS on 636, so bind passwords never cross the wire in clear text. */
export const DEFAULT_LDAP_PORT = 636;
export const DEFAULT_LDAP_USER_ATTRIBUTE = 'uid';
export const DEFAULT_AD_USER_ATTRIBUTE = 'sAMAccountName';
export const PORT_BOUNDS: IntBounds = { min: 1, max: 65535 };

/** OIDC claim that carries the user's groups. */
export const DEFAULT_OIDC_GROUPS_CLAIM = 'groups';
/**
 * Bounds of an OIDC realm's `clientKeyVersion` (tenant file): bpg `client_key_wo_version` is a number
 * attribute (/work/shared/schemas/bpg-proxmox-0.111.1.json); 1 to 2^31-1 keeps it exact in JSON and YAML.
 */
export const OIDC_CLIENT_KEY_VERSION_BOUNDS: IntBounds = { min: 1, max: 2147483647 };
/**
 * Bounds of the fleet's `logging.metrics.influxTokenVersion`: bpg `influx_token_wo_version` is an
 * Int64 attribute (/work/shared/schemas/bpg-proxmox-0.111.1.json: number); 1 to 2^31-1 keeps it exact
 * in JSON and YAML, as for {@link OIDC_CLIENT_KEY_VERSION_BOUNDS}.
 */
export const INFLUX_TOKEN_VERSION_BOUNDS: IntBounds = { min: 1, max: 2147483647 };
/** Default of `logging.metrics.influxTokenVersion`: the first token. */
export const DEFAULT_INFLUX_TOKEN_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Backup (Grundschutz CON.3)
// ---------------------------------------------------------------------------------------------

/**
 * Bounds of the keep-policy. Lower bounds: CON.3 asks that a restore point exists from before an
 * incident is noticed; ransomware is typically detected within days to weeks, so at least 7 daily,
 * 4 weekly and 3 monthly restore points stay. Upper bounds: PBS deduplicates, but every restore
 * point pins chunks, and personal data must not be kept forever (DSGVO Art. 5(1)(e), storage
 * limitation): 90 daily, 52 weekly, 36 monthly and 10 yearly cover the usual archive periods of
 * a municipal administration; longer archiving belongs in a records system, not in VM backups.
 */
export const RETENTION_BOUNDS: Readonly<Record<keyof Retention, IntBounds>> = {
  keepLast: { min: 0, max: 14 },
  keepDaily: { min: 7, max: 90 },
  keepWeekly: { min: 4, max: 52 },
  keepMonthly: { min: 3, max: 36 },
  keepYearly: { min: 0, max: 10 },
};

/** Default keep-policy: two weeks daily, two months weekly, a year monthly, one yearly. */
export const DEFAULT_RETENTION: Readonly<Required<Omit<Retention, 'keepLast'>>> = {
  keepDaily: 14,
  keepWeekly: 8,
  keepMonthly: 12,
  keepYearly: 1,
};

/** Keep-policy fields in PBS order. */
export const RETENTION_FIELDS: readonly (keyof Retention)[] = ['keepLast', 'keepDaily', 'keepWeekly', 'keepMonthly', 'keepYearly'];

/**
 * Backups run at night, outside office hours, so the load on storage and network does not hit the
 * administration: every window lies inside 18:00-06:00 (it may cross midnight).
 */
export const BACKUP_WINDOW_BOUNDS = { earliest: '18:00', latest: '06:00' } as const;
export const DEFAULT_BACKUP_WINDOW = { start: '22:00', end: '05:00' } as const;
/** A window shorter than this cannot hold a full backup of a typical Kommune. */
export const BACKUP_WINDOW_MIN_MINUTES = 120;
/**
 * Start times are spread over the window minus this reserve, so the last job to start still has an
 * hour to finish inside the window.
 */
export const BACKUP_RUN_RESERVE_MINUTES = 60;
export const DEFAULT_BACKUP_PROTECTED = false;
export const BACKUP_MODE = 'snapshot' as const;
export const BACKUP_COMPRESS = 'zstd' as const;
/**
 * Name of the tenant stack output that states the PBS prune job enforcing the retention (Proxmox VE
 * keeps every backup; lib/backup/prune-job.ts). The compliance pack reads the retention from it.
 */
export const PBS_PRUNE_JOB_OUTPUT = 'pbs_prune_job';

// ---------------------------------------------------------------------------------------------
// Logging (Grundschutz OPS.1.1.5)
// ---------------------------------------------------------------------------------------------

/**
 * Central log retention in days. Minimum 30: OPS.1.1.5 and DER.1 need enough history to
 * reconstruct an incident that is noticed late (a monthly review cycle plus investigation time).
 * Maximum 180: logs contain personal data of employees and citizens (IP addresses, user names);
 * storage limitation (DSGVO Art. 5(1)(e)) and the usual guidance of the German data protection
 * authorities cap log data for security purposes at about six months. Longer retention needs a
 * documented legal basis and is therefore not a self-service knob.
 */
export const LOG_RETENTION_DAYS = { min: 30, max: 180, default: 90 } as const;
/** Firewall log level of tenant rules: `info` logs dropped and rejected packets. */
export const DEFAULT_FIREWALL_LOG_LEVEL = 'info' as const;

// ---------------------------------------------------------------------------------------------
// Fleet defaults (platform settings)
// ---------------------------------------------------------------------------------------------

export const DEFAULT_BRIDGE = 'vmbr1';
/** VM ID and PBS namespace defaults are owned by the allocation scheme; re-exported here so docs and schemas read one source. */
export { DEFAULT_VM_ID_BASE, DEFAULT_VM_IDS_PER_TENANT, DEFAULT_PBS_NAMESPACE_ROOT } from './allocation-scheme';
/** Proxmox VM IDs are cluster-wide integers in this range. */
export const VM_ID_BOUNDS: IntBounds = { min: MIN_VM_ID, max: MAX_VM_ID };
export const VM_IDS_PER_TENANT_BOUNDS: IntBounds = { min: 10, max: 100000 };
/**
 * Storages whose space tenant guests may use: each becomes a member of every tenant pool, so the
 * pool's ACLs (Datastore.AllocateSpace of KommunalAdmin and KommunalPipeline) reach
 * `/storage/<id>` (pve-access-control src/PVE/RPCEnvironment.pm `$compile_acl_path`, pool roles
 * carried to member storages). `local-lvm` is the thin pool the Proxmox VE installer creates on an
 * LVM install; a cluster with shared VM storage (Ceph RBD) names it in `compute.guestStorages`.
 */
export const DEFAULT_GUEST_STORAGES: readonly string[] = ['local-lvm'];

/**
 * Bridge of the edge's uplink NIC (its path out of the tenant, to the platform services): the
 * Proxmox default bridge `vmbr0` (PVE's installer creates it). A project decision; a fleet with a
 * transfer network names its bridge in `compute.edgeUplinkBridge`.
 */
export const DEFAULT_EDGE_UPLINK_BRIDGE = 'vmbr0';
/** Prefix of a tenant's PBS storage ID, `pbs-<tenant code>`. */
export const TENANT_PBS_STORAGE_PREFIX = 'pbs-';
export const DEFAULT_BACKUP_NOTIFICATION_TARGET = 'kommunal-backup';
export const DEFAULT_PKI_INTERMEDIATE_PATH = 'pki-int';
export const DEFAULT_VAULT_TENANT_ROOT = 'kommunen';
/** Shared KV v2 mount of all tenants in path mode. */
export const DEFAULT_SHARED_KV_MOUNT = 'kv-kommunen';
/** KV v2 mount inside a tenant namespace. */
export const NAMESPACE_KV_MOUNT = 'kv';
export const DEFAULT_METRICS_SERVER = 'platform-metrics';
export const DEFAULT_PBS_USER_PREFIX = 'pve-';
export const DEFAULT_CI_JWT_MOUNT = 'jwt-ci';
/** The branch whose pipelines may apply (the apply role binds `ref` to it, with `ref_protected`). */
export const DEFAULT_CI_DEFAULT_BRANCH = 'main';
/** GitLab environment of a tenant's pipeline jobs: `<prefix>/<key>` (bound in the tenant's Vault CI role). */
export const CI_ENVIRONMENT_PREFIX = 'kommunen';
/**
 * Datastore of the fleet's logging vendor data. Cloud-init files must be on storage every node
 * reads, so the default is the CephFS storage `pveceph fs create` adds under its default name
 * `cephfs` (pve-docs pveceph "CephFS"; guess: line not read). The node-local `local` is refused.
 */
export const DEFAULT_SNIPPETS_DATASTORE = 'cephfs';
export const DEFAULT_TENANTS_FOLDER = 'kommunen';

/**
 * SDN zone IDs of the platform-wide zones (vlan, vxlan), owned by PlatformStack. Per-tenant zones
 * (qinq, evpn) get their ID from the lockfile.
 */
export const PLATFORM_ZONE_IDS: Readonly<Record<ZoneType, string>> = {
  vlan: 'komvlan',
  qinq: 'komqinq',
  vxlan: 'komvxlan',
  evpn: 'komevpn',
};

/**
 * Tenants one Proxmox VE cluster holds by default (fleet `clusters.<id>.maxTenants`). Issue #17
 * estimates from the config formats (not measured here) that the datacenter firewall file
 * `firewall/cluster.fw` reaches the 1 MiB file limit of pmxcfs (pve-cluster src/pmxcfs/memdb.h) at
 * about 715 tenants and the iptables ipset ceiling at about 1,170; 350 keeps half of the smallest
 * estimate as headroom until the rehearsal's model measures it.
 */
export const DEFAULT_CLUSTER_MAX_TENANTS = 350;
/** Bounds of `maxTenants`: at most the estimated cluster.fw overflow (above, an estimate). */
export const CLUSTER_MAX_TENANTS_BOUNDS: IntBounds = { min: 1, max: 700 };
/** ID of the one cluster of a fleet without `clusters` (see clusterOf in lib/model/clusters.ts). */
export const IMPLICIT_CLUSTER_ID = 'default';
/** ID pattern of sites and clusters: a lower-case DNS label of 2-20 characters (used in stack names). */
export const CLUSTER_ID_PATTERN = '^[a-z][a-z0-9-]{0,18}[a-z0-9]$';
/** ID pattern of a cluster's cells: a lower-case label of 1-16 characters (e.g. `a`, `rack-1`). */
export const CELL_ID_PATTERN = '^[a-z]([a-z0-9-]{0,14}[a-z0-9])?$';
