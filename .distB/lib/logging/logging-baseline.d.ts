import { Construct } from 'constructs';
import type { FirewallLogLevel, TenantIdentity } from '../core/tenant';
import { VirtualEnvironmentFile } from '../providers/proxmox/virtual-environment-file';
/** Vetted bounds of central log retention in days (one source: lib/config/defaults.ts, with the reasoning). */
export declare const LOG_RETENTION_BOUNDS: {
    readonly minDays: 30;
    readonly maxDays: 180;
};
/** The platform's central log collector (syslog over TLS or TCP). */
export interface LogCollector {
    /** Host name of the collector. */
    readonly host: string;
    /** @default 6514 */
    readonly port?: number;
    /** @default 'tls' */
    readonly protocol?: 'tls' | 'tcp';
}
/** Properties of {@link LoggingBaseline}. */
export interface LoggingBaselineProps {
    readonly tenant: TenantIdentity;
    readonly collector: LogCollector;
    /** Days the central store keeps this tenant's logs; within LOG_RETENTION_BOUNDS. */
    readonly retentionDays: number;
    /** Name of the platform's Proxmox metrics server (platform-owned, referenced by name). */
    readonly metricsServer: string;
    /** Where the cloud-init snippet is uploaded. */
    readonly snippet: {
        /** Proxmox node holding the snippets datastore. */
        readonly node: string;
        /** A datastore with content type "snippets" (shared storage in a cluster). */
        readonly datastore: string;
    };
    /**
     * Log level of the guest firewalls (dropped traffic).
     * @default DEFAULT_FIREWALL_LOG_LEVEL ('info')
     */
    readonly firewallLogLevel?: FirewallLogLevel;
}
/**
 * The tenant's logging baseline: a cloud-init snippet that makes every guest forward its syslog to
 * the platform collector, tagged with the tenant key (guests opt in through their cicustom user
 * data), the firewall log level that TenantFirewall applies, the platform metrics server by
 * reference, and the retention period handed to the central store as an output.
 */
export declare class LoggingBaseline extends Construct {
    /** The uploaded cloud-init snippet (primary resource). */
    readonly resource: VirtualEnvironmentFile;
    /** Volume ID guests reference as `cicustom: user=<snippetVolume>`. */
    readonly snippetVolume: string;
    readonly firewallLogLevel: FirewallLogLevel;
    readonly retentionDays: number;
    readonly metricsServer: string;
    constructor(scope: Construct, id: string, props: LoggingBaselineProps);
}
/** The cloud-init user data that forwards syslog to the collector. Deterministic text. */
export declare function cloudInitLogging(props: LoggingBaselineProps): string;
