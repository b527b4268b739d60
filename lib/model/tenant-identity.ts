/**
 * Shared vocabulary of the L2 constructs (STYLE 4): declared once, reused by every construct.
 * These are plain values taken from a resolved TenantSpec; constructs never derive names themselves.
 */
import { ProblemCollector } from '../core/errors';
import { show } from '../core/display';
import { PVE_ACCESS_ID_RULE } from './identifier-rules';
import { TENANT_KEY_PATTERN } from './tenant-key';

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
  /**
   * Keeps the last N backups, whatever their age.
   * @default - not set: this rule keeps nothing
   */
  readonly keepLast?: number;
  /**
   * Keeps one backup per hour for N hours.
   * @default - not set: this rule keeps nothing
   */
  readonly keepHourly?: number;
  /**
   * Keeps one backup per day for N days.
   * @default - not set: this rule keeps nothing
   */
  readonly keepDaily?: number;
  /**
   * Keeps one backup per week for N weeks.
   * @default - not set: this rule keeps nothing
   */
  readonly keepWeekly?: number;
  /**
   * Keeps one backup per month for N months.
   * @default - not set: this rule keeps nothing
   */
  readonly keepMonthly?: number;
  /**
   * Keeps one backup per year for N years.
   * @default - not set: this rule keeps nothing
   */
  readonly keepYearly?: number;
}

/** Proxmox firewall log levels. */
export type FirewallLogLevel = 'emerg' | 'alert' | 'crit' | 'err' | 'warning' | 'notice' | 'info' | 'debug' | 'nolog';

/** The fields of a TenantIdentity a construct uses, and so checks. */
export type TenantIdentityField = keyof TenantIdentity;

/**
 * Checks the fields of `tenant` that a construct uses, adding one problem per bad field at
 * `tenant.<field>`: the key against the tenant-key rule, the pool against the Proxmox pool-ID rule
 * (pve-poolid, see PVE_ACCESS_ID_RULE), code and display name for being non-empty. Every L2
 * construct calls it, so a tenant is judged alike wherever it is used.
 */
export function checkTenantIdentity(problems: ProblemCollector, tenant: TenantIdentity | undefined, fields: readonly TenantIdentityField[]): void {
  if (tenant === null || typeof tenant !== 'object') {
    problems.add('tenant', `${show(tenant)} is not allowed; allowed: an object with key, code, displayName and pool`);
    return;
  }
  for (const field of fields) {
    const value: unknown = tenant[field];
    switch (field) {
      case 'key':
        if (typeof value !== 'string' || !TENANT_KEY_PATTERN.test(value)) {
          problems.add('tenant.key', `${show(value)} is not a valid tenant key (lower-case DNS label, 3-40 characters); allowed: ${TENANT_KEY_PATTERN.source}`);
        }
        break;
      case 'pool':
        if (typeof value !== 'string' || !PVE_ACCESS_ID_RULE.pattern.test(value)) {
          problems.add('tenant.pool', `${show(value)} is not a valid Proxmox pool ID; allowed: ${PVE_ACCESS_ID_RULE.pattern.source}`);
        }
        break;
      case 'code':
        if (typeof value !== 'string' || value === '') problems.add('tenant.code', 'must not be empty: give the tenant code');
        break;
      case 'displayName':
        if (typeof value !== 'string' || value.trim() === '') problems.add('tenant.displayName', 'must not be empty: give the display name');
        break;
    }
  }
}
