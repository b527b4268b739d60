"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLATFORM_ZONE_IDS = exports.DEFAULT_TENANTS_FOLDER = exports.DEFAULT_SNIPPETS_DATASTORE = exports.CI_ENVIRONMENT_PREFIX = exports.DEFAULT_CI_JWT_MOUNT = exports.DEFAULT_PBS_USER_PREFIX = exports.DEFAULT_METRICS_SERVER = exports.NAMESPACE_KV_MOUNT = exports.DEFAULT_SHARED_KV_MOUNT = exports.DEFAULT_VAULT_TENANT_ROOT = exports.DEFAULT_PKI_INTERMEDIATE_PATH = exports.DEFAULT_BACKUP_NOTIFICATION_TARGET = exports.VM_IDS_PER_TENANT_BOUNDS = exports.VM_ID_BOUNDS = exports.DEFAULT_PBS_NAMESPACE_ROOT = exports.DEFAULT_VM_IDS_PER_TENANT = exports.DEFAULT_VM_ID_BASE = exports.DEFAULT_BRIDGE = exports.DEFAULT_FIREWALL_LOG_LEVEL = exports.LOG_RETENTION_DAYS = exports.BACKUP_COMPRESS = exports.BACKUP_MODE = exports.DEFAULT_BACKUP_PROTECTED = exports.BACKUP_RUN_RESERVE_MINUTES = exports.BACKUP_WINDOW_MIN_MINUTES = exports.DEFAULT_BACKUP_WINDOW = exports.BACKUP_WINDOW_BOUNDS = exports.RETENTION_FIELDS = exports.DEFAULT_RETENTION = exports.RETENTION_BOUNDS = exports.DEFAULT_OIDC_GROUPS_CLAIM = exports.PORT_BOUNDS = exports.DEFAULT_AD_USER_ATTRIBUTE = exports.DEFAULT_LDAP_USER_ATTRIBUTE = exports.DEFAULT_LDAP_PORT = exports.DEFAULT_IDENTITY_SOURCE = exports.DEFAULT_STATE = exports.PORTS_PATTERN = exports.RULE_ID_PATTERN = exports.TIME_PATTERN = exports.DATE_PATTERN = exports.LAND_PATTERN = exports.ARS_PATTERN = exports.AGS_PATTERN = exports.REASON_MIN_LENGTH = exports.SLUG_PATTERN = exports.TENANT_KEY_LENGTH = exports.TENANT_KEY_PATTERN_SOURCE = void 0;
const constants_1 = require("../allocation/constants");
const tenant_key_1 = require("../naming/tenant-key");
// ---------------------------------------------------------------------------------------------
// Tenant key and texts
// ---------------------------------------------------------------------------------------------
/**
 * Shape of a tenant key: a lower-case DNS label of 3-40 characters, taken from lib/naming (which
 * owns the full rule set, e.g. no double hyphen); this is the part the JSON Schema can express.
 */
/** The tenant-key rule of lib/naming as a JSON Schema pattern string. */
exports.TENANT_KEY_PATTERN_SOURCE = tenant_key_1.TENANT_KEY_PATTERN.source;
exports.TENANT_KEY_LENGTH = { min: tenant_key_1.TENANT_KEY_MIN_LENGTH, max: tenant_key_1.TENANT_KEY_MAX_LENGTH };
/** Stable slug used as map key for members, flow exceptions and suppressions. */
exports.SLUG_PATTERN = '^[a-z]([a-z0-9-]*[a-z0-9])?$';
/**
 * Minimum length of every free-text reason (flow exceptions, suppressions). Twenty characters is
 * enough for "who asked, why" ("Fachverfahren OK.VISION needs SMB") and too long for "test" or
 * "temporary", which tell an auditor nothing.
 */
exports.REASON_MIN_LENGTH = 20;
/** Amtlicher Gemeindeschluessel: 8 digits, Land in the first two. */
exports.AGS_PATTERN = '^[0-9]{8}$';
/** Amtlicher Regionalschluessel: 12 digits (Land 2, Regierungsbezirk 1, Kreis 2, Verband 4, Gemeinde 3). */
exports.ARS_PATTERN = '^[0-9]{12}$';
/** Two-digit Land code of the fleet (07 = Rheinland-Pfalz, 06 = Hessen). */
exports.LAND_PATTERN = '^(0[1-9]|1[0-6])$';
/** ISO calendar date, used by `expires` fields. */
var dates_1 = require("../core/dates");
Object.defineProperty(exports, "DATE_PATTERN", { enumerable: true, get: function () { return dates_1.DATE_PATTERN; } });
/** Clock time "HH:MM" (24 h). */
exports.TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** Compliance rule ID, e.g. KOM-NET-1 (stable IDs of the rule pack). */
exports.RULE_ID_PATTERN = '^KOM-[A-Z]+-[0-9]+$';
/** Firewall destination ports: "443", "8000:8080" or a comma list of those. */
exports.PORTS_PATTERN = '^[0-9]{1,5}(:[0-9]{1,5})?(,[0-9]{1,5}(:[0-9]{1,5})?)*$';
// ---------------------------------------------------------------------------------------------
// Tenant defaults
// ---------------------------------------------------------------------------------------------
exports.DEFAULT_STATE = 'active';
/** Identity source when a Kommune does not bring its own directory. */
exports.DEFAULT_IDENTITY_SOURCE = 'platform';
/** LDAP defaults: LDAPS on 636, so bind passwords never cross the wire in clear text. */
exports.DEFAULT_LDAP_PORT = 636;
exports.DEFAULT_LDAP_USER_ATTRIBUTE = 'uid';
exports.DEFAULT_AD_USER_ATTRIBUTE = 'sAMAccountName';
exports.PORT_BOUNDS = { min: 1, max: 65535 };
/** OIDC claim that carries the user's groups. */
exports.DEFAULT_OIDC_GROUPS_CLAIM = 'groups';
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
exports.RETENTION_BOUNDS = {
    keepLast: { min: 0, max: 14 },
    keepDaily: { min: 7, max: 90 },
    keepWeekly: { min: 4, max: 52 },
    keepMonthly: { min: 3, max: 36 },
    keepYearly: { min: 0, max: 10 },
};
/** Default keep-policy: two weeks daily, two months weekly, a year monthly, one yearly. */
exports.DEFAULT_RETENTION = {
    keepDaily: 14,
    keepWeekly: 8,
    keepMonthly: 12,
    keepYearly: 1,
};
/** Keep-policy fields in PBS order. */
exports.RETENTION_FIELDS = ['keepLast', 'keepDaily', 'keepWeekly', 'keepMonthly', 'keepYearly'];
/**
 * Backups run at night, outside office hours, so the load on storage and network does not hit the
 * administration: every window lies inside 18:00-06:00 (it may cross midnight).
 */
exports.BACKUP_WINDOW_BOUNDS = { earliest: '18:00', latest: '06:00' };
exports.DEFAULT_BACKUP_WINDOW = { start: '22:00', end: '05:00' };
/** A window shorter than this cannot hold a full backup of a typical Kommune. */
exports.BACKUP_WINDOW_MIN_MINUTES = 120;
/**
 * Start times are spread over the window minus this reserve, so the last job to start still has an
 * hour to finish inside the window.
 */
exports.BACKUP_RUN_RESERVE_MINUTES = 60;
exports.DEFAULT_BACKUP_PROTECTED = false;
exports.BACKUP_MODE = 'snapshot';
exports.BACKUP_COMPRESS = 'zstd';
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
exports.LOG_RETENTION_DAYS = { min: 30, max: 180, default: 90 };
/** Firewall log level of tenant rules: `info` logs dropped and rejected packets. */
exports.DEFAULT_FIREWALL_LOG_LEVEL = 'info';
// ---------------------------------------------------------------------------------------------
// Fleet defaults (platform settings)
// ---------------------------------------------------------------------------------------------
exports.DEFAULT_BRIDGE = 'vmbr1';
/** VM ID and PBS namespace defaults are owned by the allocation scheme; re-exported here so docs and schemas read one source. */
var constants_2 = require("../allocation/constants");
Object.defineProperty(exports, "DEFAULT_VM_ID_BASE", { enumerable: true, get: function () { return constants_2.DEFAULT_VM_ID_BASE; } });
Object.defineProperty(exports, "DEFAULT_VM_IDS_PER_TENANT", { enumerable: true, get: function () { return constants_2.DEFAULT_VM_IDS_PER_TENANT; } });
Object.defineProperty(exports, "DEFAULT_PBS_NAMESPACE_ROOT", { enumerable: true, get: function () { return constants_2.DEFAULT_PBS_NAMESPACE_ROOT; } });
/** Proxmox VM IDs are cluster-wide integers in this range. */
exports.VM_ID_BOUNDS = { min: constants_1.MIN_VM_ID, max: constants_1.MAX_VM_ID };
exports.VM_IDS_PER_TENANT_BOUNDS = { min: 10, max: 100000 };
exports.DEFAULT_BACKUP_NOTIFICATION_TARGET = 'kommunal-backup';
exports.DEFAULT_PKI_INTERMEDIATE_PATH = 'pki-int';
exports.DEFAULT_VAULT_TENANT_ROOT = 'kommunen';
/** Shared KV v2 mount of all tenants in path mode. */
exports.DEFAULT_SHARED_KV_MOUNT = 'kv-kommunen';
/** KV v2 mount inside a tenant namespace. */
exports.NAMESPACE_KV_MOUNT = 'kv';
exports.DEFAULT_METRICS_SERVER = 'platform-metrics';
exports.DEFAULT_PBS_USER_PREFIX = 'pve-';
exports.DEFAULT_CI_JWT_MOUNT = 'jwt-ci';
/** GitLab environment of a tenant's pipeline jobs: `<prefix>/<key>` (bound in the tenant's Vault CI role). */
exports.CI_ENVIRONMENT_PREFIX = 'kommunen';
exports.DEFAULT_SNIPPETS_DATASTORE = 'local';
exports.DEFAULT_TENANTS_FOLDER = 'kommunen';
/**
 * SDN zone IDs of the platform-wide zones (vlan, vxlan), owned by PlatformStack. Per-tenant zones
 * (qinq, evpn) get their ID from the lockfile.
 */
exports.PLATFORM_ZONE_IDS = {
    vlan: 'komvlan',
    qinq: 'komqinq',
    vxlan: 'komvxlan',
    evpn: 'komevpn',
};
