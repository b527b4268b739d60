import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { ProblemCollector, show } from '../core/errors';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';
import { VirtualEnvironmentFile } from '../providers/proxmox/virtual-environment-file';
import type { LogCollector } from './logging-baseline';

/**
 * Storage IDs that are node-local on every Proxmox VE installation: the installer creates `local`
 * (a `dir` storage on /var/lib/vz without `shared`) and `local-lvm`/`local-zfs` (no file content).
 * A custom cloud-init file must exist on every node that may start the guest, because PVE reads
 * the `cicustom` volume on the node that builds the cloud-init drive (pve-docs qm-cloud-init
 * "Custom Cloud-Init Configuration": the snippets storage "needs to be available on all nodes the
 * VM is migrated to"). Which other IDs are shared the fleet cannot tell at synth; the rehearsal
 * model checks `shared` against its seed. (The list of installer defaults is from pve-installer;
 * guess: file and line not read.)
 */
export const NODE_LOCAL_STORAGE_IDS: readonly string[] = ['local', 'local-lvm', 'local-zfs'];

/** Properties of {@link LoggingVendorData}. */
export interface LoggingVendorDataProps {
  /** Name of the fleet; names the file (`kommunal-<fleet>-logging.yaml`). */
  readonly fleet: string;
  /** The central log collector guests forward to. */
  readonly collector: LogCollector;
  /** Where the file is uploaded: a shared datastore with content type `snippets`. */
  readonly snippets: {
    /** Proxmox node the upload goes through (bpg writes over SSH to this node). */
    readonly node: string;
    /** Shared datastore with content type "snippets" (never node-local: see NODE_LOCAL_STORAGE_IDS). */
    readonly datastore: string;
  };
  /**
   * PEM of the CA that signed the collector's certificate (the platform CA). Written to the guest
   * and used as rsyslog's CA file.
   * @default - the guest's system trust store (/etc/ssl/certs/ca-certificates.crt, Debian/Ubuntu path)
   */
  readonly collectorCaPem?: string;
}

/** File name of the fleet's logging vendor data on the snippets datastore. */
export function loggingVendorDataFileName(fleet: string): string {
  return `kommunal-${fleet}-logging.yaml`;
}

/** The volume ID guests pass as `cicustom: vendor=<volume>` (PVE volume ID `<storage>:snippets/<file>`). */
export function loggingVendorDataVolume(fleet: string, datastore: string): string {
  return `${datastore}:snippets/${loggingVendorDataFileName(fleet)}`;
}

/**
 * The fleet's ONE logging vendor data (platform stack): a cloud-init file on shared storage that
 * makes every guest forward its syslog to the collector over TLS. Guests reference it as
 * `cicustom: vendor=<volume>` so that PVE's own user data (user, SSH keys) stays in place: a custom
 * `user=` file would replace it (pve-docs qm-cloud-init, "Custom Cloud-Init Configuration").
 * Uploaded by the platform job, whose provider has SSH credentials (bpg uploads snippets over SSH:
 * bpg/terraform-provider-proxmox v0.111.1 proxmoxtf/resource/file.go L595-620, NodeUpload /
 * NodeStreamUpload through `capi.SSH()`; only iso/vztmpl/import go through the API, L572-580).
 */
export class LoggingVendorData extends Construct {
  /** The uploaded file (primary resource). */
  public readonly resource: VirtualEnvironmentFile;
  /** Volume ID for `cicustom: vendor=`. */
  public readonly volume: string;

  public constructor(scope: Construct, id: string, props: LoggingVendorDataProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateLoggingVendorDataProps(props).throwIfAny('LoggingVendorData', this.node.path);
    this.resource = new VirtualEnvironmentFile(this, 'Resource', {
      nodeName: props.snippets.node,
      datastoreId: props.snippets.datastore,
      contentType: 'snippets',
      sourceRaw: { fileName: loggingVendorDataFileName(props.fleet), data: cloudInitLogging(props) },
    });
    this.volume = loggingVendorDataVolume(props.fleet, props.snippets.datastore);
    new TerraformOutput(this, 'logging_vendor_data', {
      value: this.volume,
      description: 'Volume ID of the logging vendor data; every guest sets cicustom vendor=<this>.',
    }).overrideLogicalId('logging_vendor_data');
  }
}

function validateLoggingVendorDataProps(props: LoggingVendorDataProps): ProblemCollector {
  const p = new ProblemCollector();
  p.check(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(props.fleet ?? ''), 'fleet', `${show(props.fleet)} is not a fleet name`);
  p.check(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(props.collector?.host ?? ''), 'collector.host', `${show(props.collector?.host)} is not a host name`);
  const port = props.collector?.port;
  p.check(port === undefined || (Number.isInteger(port) && port >= 1 && port <= 65535), 'collector.port', `${show(port)} is not a port 1-65535`);
  p.check(/^[A-Za-z0-9._-]+$/.test(props.snippets?.node ?? ''), 'snippets.node', `${show(props.snippets?.node)} is not a node name`);
  const ds = props.snippets?.datastore ?? '';
  p.check(/^[A-Za-z][A-Za-z0-9._-]*$/.test(ds), 'snippets.datastore', `${show(ds)} is not a datastore ID`);
  p.check(!NODE_LOCAL_STORAGE_IDS.includes(ds), 'snippets.datastore', `${show(ds)} is node-local storage; cloud-init files must be on shared storage that every node reads`);
  if (props.collectorCaPem !== undefined) {
    p.check(/^-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*$/.test(props.collectorCaPem), 'collectorCaPem', 'is not a PEM certificate');
  }
  return p;
}

/** Guest path of the collector CA the vendor data writes (when a CA is given). */
export const COLLECTOR_CA_PATH = '/etc/ssl/kommunal/log-collector-ca.pem';
/** The system trust store rsyslog uses when no CA is given (Debian/Ubuntu ca-certificates path). */
const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** The cloud-init vendor data that forwards syslog to the collector. Deterministic text. */
export function cloudInitLogging(props: LoggingVendorDataProps): string {
  const port = props.collector.port ?? 6514;
  const tls = (props.collector.protocol ?? 'tls') === 'tls';
  const caFile = props.collectorCaPem !== undefined ? COLLECTOR_CA_PATH : SYSTEM_CA_BUNDLE;
  const action = [
    `action(type="omfwd" target="${props.collector.host}" port="${port}" protocol="tcp"`,
    tls ? ` StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name" StreamDriverPermittedPeers="${props.collector.host}"` : '',
    ` template="KommunalFleet" queue.type="LinkedList" queue.filename="kommunal-fwd" queue.saveOnShutdown="on" action.resumeRetryCount="-1")`,
  ].join('');
  const caFileLines = props.collectorCaPem !== undefined
    ? [
      `  - path: ${COLLECTOR_CA_PATH}`,
      "    permissions: '0644'",
      '    content: |',
      ...props.collectorCaPem.trim().split(/\r?\n/).map((l) => `      ${l}`),
    ]
    : [];
  return [
    '#cloud-config',
    `# kommunal-cdk logging vendor data of fleet ${props.fleet} (generated; do not edit).`,
    'packages:',
    '  - rsyslog',
    ...(tls ? ['  - rsyslog-gnutls'] : []),
    'write_files:',
    ...caFileLines,
    '  - path: /etc/rsyslog.d/60-kommunal-forward.conf',
    "    permissions: '0644'",
    '    content: |',
    ...(tls ? [`      global(DefaultNetstreamDriverCAFile="${caFile}")`] : []),
    `      template(name="KommunalFleet" type="string" string="<%PRI%>1 %TIMESTAMP:::date-rfc3339% %HOSTNAME% %APP-NAME% %PROCID% %MSGID% [kommunal fleet=\\"${props.fleet}\\"] %msg%\\n")`,
    `      ${action}`,
    'runcmd:',
    '  - [systemctl, restart, rsyslog]',
    '',
  ].join('\n');
}
