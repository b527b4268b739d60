import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_FIREWALL_LOG_LEVEL } from '../model/defaults';
import { type FirewallLogLevel, type TenantIdentity } from '../model/tenant-identity';
import { VirtualEnvironmentFile } from '../providers/proxmox/virtual-environment-file';
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
  /** The tenant: its `key` tags every forwarded log line. */
  readonly tenant: TenantIdentity;
  /** The central log collector guests forward to. */
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
export class LoggingBaseline extends Construct {
  /** The uploaded cloud-init snippet (primary resource). */
  public readonly resource: VirtualEnvironmentFile;
  /** Volume ID guests reference as `cicustom: user=<snippetVolume>`. */
  public readonly snippetVolume: string;
  public readonly firewallLogLevel: FirewallLogLevel;
  public readonly retentionDays: number;
  public readonly metricsServer: string;

  public constructor(scope: Construct, id: string, props: LoggingBaselineProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateLoggingBaselineProps(props).throwIfAny('LoggingBaseline', this.node.path);
    const fileName = `kommunal-${props.tenant.key}-logging.yaml`;
    this.resource = new VirtualEnvironmentFile(this, 'Resource', {
      nodeName: props.snippet.node,
      datastoreId: props.snippet.datastore,
      contentType: 'snippets',
      sourceRaw: { fileName, data: cloudInitLogging(props) },
    });
    this.snippetVolume = `${props.snippet.datastore}:snippets/${fileName}`;
    this.firewallLogLevel = props.firewallLogLevel ?? DEFAULT_FIREWALL_LOG_LEVEL;
    this.retentionDays = props.retentionDays;
    this.metricsServer = props.metricsServer;
    new TerraformOutput(this, 'log_retention_days', {
      value: props.retentionDays,
      description: 'Days the central log store must keep this tenant\'s logs (applied by the platform log store).',
    }).overrideLogicalId('log_retention_days');
  }
}

/** The cloud-init user data that forwards syslog to the collector. Deterministic text. */
export function cloudInitLogging(props: LoggingBaselineProps): string {
  const port = props.collector.port ?? 6514;
  const tls = (props.collector.protocol ?? 'tls') === 'tls';
  const action = [
    `action(type="omfwd" target="${props.collector.host}" port="${port}" protocol="tcp"`,
    tls ? ` StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name" StreamDriverPermittedPeers="${props.collector.host}"` : '',
    ` template="KommunalTenant" queue.type="LinkedList" queue.filename="kommunal-fwd" queue.saveOnShutdown="on" action.resumeRetryCount="-1")`,
  ].join('');
  return [
    '#cloud-config',
    `# kommunal-cdk logging baseline of tenant ${props.tenant.key} (generated; do not edit).`,
    `# Central retention: ${props.retentionDays} days.`,
    'packages:',
    '  - rsyslog',
    ...(tls ? ['  - rsyslog-gnutls'] : []),
    'write_files:',
    '  - path: /etc/rsyslog.d/60-kommunal-forward.conf',
    "    permissions: '0644'",
    '    content: |',
    `      template(name="KommunalTenant" type="string" string="<%PRI%>1 %TIMESTAMP:::date-rfc3339% %HOSTNAME% %APP-NAME% %PROCID% %MSGID% [kommunal tenant=\\"${props.tenant.key}\\"] %msg%\\n")`,
    `      ${action}`,
    'runcmd:',
    '  - [systemctl, restart, rsyslog]',
    '',
  ].join('\n');
}
