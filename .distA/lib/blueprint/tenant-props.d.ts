import type { SegmentName } from '../config/model';
import type { TenantSpec } from '../config/spec';
import type { TenantIdentity } from '../core/tenant';
import type { BackupPlanProps } from '../backup/backup-plan';
import type { TenantAccessProps } from '../identity/tenant-access';
import type { TenantVaultProps } from '../identity/tenant-vault';
import type { LoggingBaselineProps } from '../logging/logging-baseline';
import type { NetworkSegmentsProps } from '../network/network-segments';
import type { TenantFirewallProps } from '../network/tenant-firewall';
import type { PlatformSpec } from './platform-spec';
/** The tenant's segments in catalogue order. */
export declare function activeSegments(spec: TenantSpec): SegmentName[];
export declare function tenantIdentity(spec: TenantSpec): TenantIdentity;
export declare function networkProps(spec: TenantSpec, platform: PlatformSpec): NetworkSegmentsProps;
/**
 * Firewall props. A catalogue flow to `all` becomes one flow per target segment, keyed
 * `<flow id>--<target>` so that each rule names its flow.
 */
export declare function firewallProps(spec: TenantSpec): TenantFirewallProps;
export declare function accessProps(spec: TenantSpec, platform: PlatformSpec): TenantAccessProps;
export declare function vaultProps(spec: TenantSpec, platform: PlatformSpec): TenantVaultProps;
/**
 * The claims a tenant's CI role binds: its own project (one project per tenant), or the fleet
 * repository plus the tenant's environment (one repository for all tenants, as the generated
 * GitLab pipelines run it).
 */
export declare function ciBoundClaims(ci: {
    readonly projectPathPrefix?: string;
    readonly projectPath?: string;
}, key: string): Readonly<Record<string, string>>;
export declare function backupProps(spec: TenantSpec, platform: PlatformSpec): BackupPlanProps;
export declare function loggingProps(spec: TenantSpec, platform: PlatformSpec): LoggingBaselineProps;
