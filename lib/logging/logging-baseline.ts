import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_FIREWALL_LOG_LEVEL } from '../model/defaults';
import { type FirewallLogLevel, type TenantIdentity } from '../model/tenant-identity';
import { validateLoggingBaselineProps } from './validate-logging-baseline-props';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
export { LOG_RETENTION_BOUNDS } from './validate-logging-baseline-props';

/** The platform's central log collector (syslog over TLS or TCP). */
export interface LogCollector {
  /** Host name of the collector. */
  readonly host: string;
  /**
   * Port of the collector (syslog over TLS, RFC 5425).
   * @default 6514
   */
  readonly port?: number;
  /**
   * Transport to the collector.
   * @default 'tls'
   */
  readonly protocol?: 'tls' | 'tcp';
}

/** Properties of {@link LoggingBaseline}. */
export interface LoggingBaselineProps {
  /** The tenant whose guests use the baseline. */
  readonly tenant: TenantIdentity;
  /** Days the central store keeps this tenant's logs; within LOG_RETENTION_BOUNDS. */
  readonly retentionDays: number;
  /** Name of the platform's Proxmox metrics server (platform-owned, referenced by name). */
  readonly metricsServer: string;
  /**
   * Volume ID of the fleet's logging vendor data, owned by the platform stack
   * (LoggingVendorData, `loggingVendorDataVolume`), e.g. `cephfs:snippets/kommunal-<fleet>-logging.yaml`.
   */
  readonly vendorDataVolume: string;
  /**
   * Log level of the guest firewalls (dropped traffic).
   * @default DEFAULT_FIREWALL_LOG_LEVEL ('info')
   */
  readonly firewallLogLevel?: FirewallLogLevel;
}

/**
 * The tenant's logging baseline: the platform's logging vendor data guests reference as
 * `cicustom: vendor=<vendorDataVolume>` (output `logging_vendor_data`; the platform stack owns and
 * uploads the one file of the fleet, see LoggingVendorData), the firewall log level that
 * TenantFirewall applies, the platform metrics server by reference, and the retention period
 * handed to the central store as an output. It declares no resource of its own.
 */
export class LoggingBaseline extends Construct {
  /** Volume ID guests reference as `cicustom: vendor=<vendorDataVolume>`. */
  public readonly vendorDataVolume: string;
  public readonly firewallLogLevel: FirewallLogLevel;
  public readonly retentionDays: number;
  public readonly metricsServer: string;

  public constructor(scope: Construct, id: string, props: LoggingBaselineProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateLoggingBaselineProps(props).throwIfAny('LoggingBaseline', this.node.path);
    this.vendorDataVolume = props.vendorDataVolume;
    this.firewallLogLevel = props.firewallLogLevel ?? DEFAULT_FIREWALL_LOG_LEVEL;
    this.retentionDays = props.retentionDays;
    this.metricsServer = props.metricsServer;
    new TerraformOutput(this, 'log_retention_days', {
      value: props.retentionDays,
      description: 'Days the central log store must keep this tenant\'s logs (applied by the platform log store).',
    }).overrideLogicalId('log_retention_days');
  }
}
