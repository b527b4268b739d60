/**
 * Vetted defaults and bounds of the parameter files. One source for each number (STYLE 3): the
 * loader's semantic checks, the resolution, the generated JSON Schemas (lib/config/json-schema.ts)
 * and the generated parameter table in docs/parameters.md all read these constants.
 *
 * Changing a bound here changes what every Kommune may choose: review it with the information
 * security officer (ISB) and the data protection officer, then run `writeJsonSchemas()` and
 * `writeParameterDocs()` (the drift tests fail until you do).
 */
import type { Retention, TenantState, ZoneType } from './model';
/** An inclusive integer range. */
export interface IntBounds {
    readonly min: number;
    readonly max: number;
}
/**
 * Shape of a tenant key: a lower-case DNS label of 3-40 characters, taken from lib/naming (which
 * owns the full rule set, e.g. no double hyphen); this is the part the JSON Schema can express.
 */
/** The tenant-key rule of lib/naming as a JSON Schema pattern string. */
export declare const TENANT_KEY_PATTERN_SOURCE: string;
export declare const TENANT_KEY_LENGTH: IntBounds;
/** Stable slug used as map key for members, flow exceptions and suppressions. */
export declare const SLUG_PATTERN = "^[a-z]([a-z0-9-]*[a-z0-9])?$";
/**
 * Minimum length of every free-text reason (flow exceptions, suppressions). Twenty characters is
 * enough for "who asked, why" ("Fachverfahren OK.VISION needs SMB") and too long for "test" or
 * "temporary", which tell an auditor nothing.
 */
export declare const REASON_MIN_LENGTH = 20;
/** Amtlicher Gemeindeschluessel: 8 digits, Land in the first two. */
export declare const AGS_PATTERN = "^[0-9]{8}$";
/** Amtlicher Regionalschluessel: 12 digits (Land 2, Regierungsbezirk 1, Kreis 2, Verband 4, Gemeinde 3). */
export declare const ARS_PATTERN = "^[0-9]{12}$";
/** Two-digit Land code of the fleet (07 = Rheinland-Pfalz, 06 = Hessen). */
export declare const LAND_PATTERN = "^(0[1-9]|1[0-6])$";
/** ISO calendar date, used by `expires` fields. */
export { DATE_PATTERN } from '../core/dates';
/** Clock time "HH:MM" (24 h). */
export declare const TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
/** Compliance rule ID, e.g. KOM-NET-1 (stable IDs of the rule pack). */
export declare const RULE_ID_PATTERN = "^KOM-[A-Z]+-[0-9]+$";
/** Firewall destination ports: "443", "8000:8080" or a comma list of those. */
export declare const PORTS_PATTERN = "^[0-9]{1,5}(:[0-9]{1,5})?(,[0-9]{1,5}(:[0-9]{1,5})?)*$";
export declare const DEFAULT_STATE: TenantState;
/** Identity source when a Kommune does not bring its own directory. */
export declare const DEFAULT_IDENTITY_SOURCE: "platform";
/** LDAP defaults: LDAPS on 636, so bind passwords never cross the wire in clear text. */
export declare const DEFAULT_LDAP_PORT = 636;
export declare const DEFAULT_LDAP_USER_ATTRIBUTE = "uid";
export declare const DEFAULT_AD_USER_ATTRIBUTE = "sAMAccountName";
export declare const PORT_BOUNDS: IntBounds;
/** OIDC claim that carries the user's groups. */
export declare const DEFAULT_OIDC_GROUPS_CLAIM = "groups";
/**
 * Bounds of the keep-policy. Lower bounds: CON.3 asks that a restore point exists from before an
 * incident is noticed; ransomware is typically detected within days to weeks, so at least 7 daily,
 * 4 weekly and 3 monthly restore points stay. Upper bounds: PBS deduplicates, but every restore
 * point pins chunks, and personal data must not be kept forever (DSGVO Art. 5(1)(e), storage
 * limitation): 90 daily, 52 weekly, 36 monthly and 10 yearly cover the usual archive periods of
 * a municipal administration; longer archiving belongs in a records system, not in VM backups.
 */
export declare const RETENTION_BOUNDS: Readonly<Record<keyof Retention, IntBounds>>;
/** Default keep-policy: two weeks daily, two months weekly, a year monthly, one yearly. */
export declare const DEFAULT_RETENTION: Readonly<Required<Omit<Retention, 'keepLast'>>>;
/** Keep-policy fields in PBS order. */
export declare const RETENTION_FIELDS: readonly (keyof Retention)[];
/**
 * Backups run at night, outside office hours, so the load on storage and network does not hit the
 * administration: every window lies inside 18:00-06:00 (it may cross midnight).
 */
export declare const BACKUP_WINDOW_BOUNDS: {
    readonly earliest: "18:00";
    readonly latest: "06:00";
};
export declare const DEFAULT_BACKUP_WINDOW: {
    readonly start: "22:00";
    readonly end: "05:00";
};
/** A window shorter than this cannot hold a full backup of a typical Kommune. */
export declare const BACKUP_WINDOW_MIN_MINUTES = 120;
/**
 * Start times are spread over the window minus this reserve, so the last job to start still has an
 * hour to finish inside the window.
 */
export declare const BACKUP_RUN_RESERVE_MINUTES = 60;
export declare const DEFAULT_BACKUP_PROTECTED = false;
export declare const BACKUP_MODE: "snapshot";
export declare const BACKUP_COMPRESS: "zstd";
/**
 * Central log retention in days. Minimum 30: OPS.1.1.5 and DER.1 need enough history to
 * reconstruct an incident that is noticed late (a monthly review cycle plus investigation time).
 * Maximum 180: logs contain personal data of employees and citizens (IP addresses, user names);
 * storage limitation (DSGVO Art. 5(1)(e)) and the usual guidance of the German data protection
 * authorities cap log data for security purposes at about six months. Longer retention needs a
 * documented legal basis and is therefore not a self-service knob.
 */
export declare const LOG_RETENTION_DAYS: {
    readonly min: 30;
    readonly max: 180;
    readonly default: 90;
};
/** Firewall log level of tenant rules: `info` logs dropped and rejected packets. */
export declare const DEFAULT_FIREWALL_LOG_LEVEL: "info";
export declare const DEFAULT_BRIDGE = "vmbr1";
/** VM ID and PBS namespace defaults are owned by the allocation scheme; re-exported here so docs and schemas read one source. */
export { DEFAULT_VM_ID_BASE, DEFAULT_VM_IDS_PER_TENANT, DEFAULT_PBS_NAMESPACE_ROOT } from '../allocation/constants';
/** Proxmox VM IDs are cluster-wide integers in this range. */
export declare const VM_ID_BOUNDS: IntBounds;
export declare const VM_IDS_PER_TENANT_BOUNDS: IntBounds;
export declare const DEFAULT_BACKUP_NOTIFICATION_TARGET = "kommunal-backup";
export declare const DEFAULT_PKI_INTERMEDIATE_PATH = "pki-int";
export declare const DEFAULT_VAULT_TENANT_ROOT = "kommunen";
/** Shared KV v2 mount of all tenants in path mode. */
export declare const DEFAULT_SHARED_KV_MOUNT = "kv-kommunen";
/** KV v2 mount inside a tenant namespace. */
export declare const NAMESPACE_KV_MOUNT = "kv";
export declare const DEFAULT_METRICS_SERVER = "platform-metrics";
export declare const DEFAULT_PBS_USER_PREFIX = "pve-";
export declare const DEFAULT_CI_JWT_MOUNT = "jwt-ci";
/** GitLab environment of a tenant's pipeline jobs: `<prefix>/<key>` (bound in the tenant's Vault CI role). */
export declare const CI_ENVIRONMENT_PREFIX = "kommunen";
export declare const DEFAULT_SNIPPETS_DATASTORE = "local";
export declare const DEFAULT_TENANTS_FOLDER = "kommunen";
/**
 * SDN zone IDs of the platform-wide zones (vlan, vxlan), owned by PlatformStack. Per-tenant zones
 * (qinq, evpn) get their ID from the lockfile.
 */
export declare const PLATFORM_ZONE_IDS: Readonly<Record<ZoneType, string>>;
