/**
 * Shared vocabulary of the L2 constructs (STYLE 4): declared once, reused by every construct.
 * These are plain values taken from a resolved TenantSpec; constructs never derive names themselves.
 */
/** Who a tenant is, as every construct needs to know it. */
export interface TenantIdentity {
    /** Stable tenant key (lower-case DNS label, 3-40 characters), e.g. `musterstadt`. */
    readonly key: string;
    /** Compact allocated tenant code (prefix of SDN IDs and security groups), e.g. `t0001`. */
    readonly code: string;
    /** Official name for comments and documents, e.g. `Musterstadt, Stadt`. */
    readonly displayName: string;
    /** Proxmox resource pool ID of the tenant, e.g. `kom-musterstadt`. */
    readonly pool: string;
}
/** A Proxmox keep-policy (PBS prune options). Units are counts of backups kept per period. */
export interface KeepPolicy {
    readonly keepLast?: number;
    readonly keepHourly?: number;
    readonly keepDaily?: number;
    readonly keepWeekly?: number;
    readonly keepMonthly?: number;
    readonly keepYearly?: number;
}
/** Proxmox firewall log levels. */
export type FirewallLogLevel = 'emerg' | 'alert' | 'crit' | 'err' | 'warning' | 'notice' | 'info' | 'debug' | 'nolog';
