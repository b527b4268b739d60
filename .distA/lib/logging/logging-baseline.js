"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoggingBaseline = exports.LOG_RETENTION_BOUNDS = void 0;
exports.cloudInitLogging = cloudInitLogging;
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const defaults_1 = require("../config/defaults");
const errors_1 = require("../core/errors");
const virtual_environment_file_1 = require("../providers/proxmox/virtual-environment-file");
/** Vetted bounds of central log retention in days (one source: lib/config/defaults.ts, with the reasoning). */
exports.LOG_RETENTION_BOUNDS = { minDays: defaults_1.LOG_RETENTION_DAYS.min, maxDays: defaults_1.LOG_RETENTION_DAYS.max };
/**
 * The tenant's logging baseline: a cloud-init snippet that makes every guest forward its syslog to
 * the platform collector, tagged with the tenant key (guests opt in through their cicustom user
 * data), the firewall log level that TenantFirewall applies, the platform metrics server by
 * reference, and the retention period handed to the central store as an output.
 */
class LoggingBaseline extends constructs_1.Construct {
    /** The uploaded cloud-init snippet (primary resource). */
    resource;
    /** Volume ID guests reference as `cicustom: user=<snippetVolume>`. */
    snippetVolume;
    firewallLogLevel;
    retentionDays;
    metricsServer;
    constructor(scope, id, props) {
        super(scope, id);
        validate(props).throwIfAny('LoggingBaseline', this.node.path);
        const fileName = `kommunal-${props.tenant.key}-logging.yaml`;
        this.resource = new virtual_environment_file_1.VirtualEnvironmentFile(this, 'Resource', {
            nodeName: props.snippet.node,
            datastoreId: props.snippet.datastore,
            contentType: 'snippets',
            sourceRaw: { fileName, data: cloudInitLogging(props) },
        });
        this.snippetVolume = `${props.snippet.datastore}:snippets/${fileName}`;
        this.firewallLogLevel = props.firewallLogLevel ?? defaults_1.DEFAULT_FIREWALL_LOG_LEVEL;
        this.retentionDays = props.retentionDays;
        this.metricsServer = props.metricsServer;
        new cdktf_1.TerraformOutput(this, 'log_retention_days', {
            value: props.retentionDays,
            description: 'Days the central log store must keep this tenant\'s logs (applied by the platform log store).',
        }).overrideLogicalId('log_retention_days');
    }
}
exports.LoggingBaseline = LoggingBaseline;
/** The cloud-init user data that forwards syslog to the collector. Deterministic text. */
function cloudInitLogging(props) {
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
function validate(props) {
    const p = new errors_1.ProblemCollector();
    const { minDays, maxDays } = exports.LOG_RETENTION_BOUNDS;
    p.check(Number.isInteger(props.retentionDays) && props.retentionDays >= minDays, 'retentionDays', `${(0, errors_1.show)(props.retentionDays)} is below the vetted minimum of ${minDays} days (or not a whole number)`);
    p.check(!(props.retentionDays > maxDays), 'retentionDays', `${(0, errors_1.show)(props.retentionDays)} is above the legal maximum of ${maxDays} days for log data`);
    p.check(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(props.collector?.host ?? ''), 'collector.host', `${(0, errors_1.show)(props.collector?.host)} is not a host name`);
    const port = props.collector?.port;
    p.check(port === undefined || (Number.isInteger(port) && port >= 1 && port <= 65535), 'collector.port', `${(0, errors_1.show)(port)} is not a port 1-65535`);
    p.check(/^[A-Za-z0-9._-]+$/.test(props.metricsServer ?? ''), 'metricsServer', `${(0, errors_1.show)(props.metricsServer)} is not a metrics server name`);
    p.check(/^[A-Za-z0-9._-]+$/.test(props.snippet?.node ?? ''), 'snippet.node', `${(0, errors_1.show)(props.snippet?.node)} is not a node name`);
    p.check(/^[A-Za-z][A-Za-z0-9._-]*$/.test(props.snippet?.datastore ?? ''), 'snippet.datastore', `${(0, errors_1.show)(props.snippet?.datastore)} is not a datastore ID`);
    return p;
}
