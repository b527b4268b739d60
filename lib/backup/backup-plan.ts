import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BACKUP_COMPRESS, BACKUP_MODE } from '../model/defaults';
import { ProblemCollector, show } from '../core/errors';
import { checkTenantIdentity, type KeepPolicy, type TenantIdentity } from '../model/tenant-identity';
import { nullableVariable } from '../providers/variables';
import { BackupJob } from '../providers/proxmox/backup-job';
import { StoragePbs } from '../providers/proxmox/storage-pbs';
import { calendarEventProblem } from './calendar-event';

/** Backup modes of vzdump. */
export type BackupMode = 'snapshot' | 'suspend' | 'stop';

/** Vetted defaults of the backup plan (one source: code, docs and the parameter schema use them). */
export const BACKUP_DEFAULTS = {
  mode: BACKUP_MODE as BackupMode,
  compress: BACKUP_COMPRESS,
  mailNotification: 'failure' as const,
};

/** The tenant's PBS storage as Proxmox VE sees it. */
export interface PbsStorageTarget {
  /** Proxmox storage ID, e.g. `pbs-t0001`. */
  readonly id: string;
  /** PBS server host name. */
  readonly server: string;
  readonly datastore: string;
  /** The tenant's own PBS namespace, e.g. `kommunen/musterstadt`. */
  readonly namespace: string;
  /** PBS user for this tenant, e.g. `pve-musterstadt@pbs`. Not a secret; the password comes from a variable. */
  readonly username: string;
  /**
   * Nodes the storage is available on.
   * @default - all nodes
   */
  readonly nodes?: readonly string[];
}

/** Where the second copy of every backup lives (PBS sync job or off-site target). */
export interface SecondCopyTarget {
  readonly server: string;
  readonly datastore: string;
  readonly namespace: string;
}

/** Properties of {@link BackupPlan}. */
export interface BackupPlanProps {
  readonly tenant: TenantIdentity;
  readonly storage: PbsStorageTarget;
  /** Proxmox calendar event, e.g. `*-*-* 01:37`; validated at synth. */
  readonly schedule: string;
  /** Keep-policy applied by the job (prune-backups); at least one count must be set. */
  readonly retention: KeepPolicy;
  /** The second copy; Proxmox VE cannot configure PBS-side sync, so it is recorded for the plan document. */
  readonly secondCopy: SecondCopyTarget;
  /**
   * @default BACKUP_DEFAULTS.mode ('snapshot')
   */
  readonly mode?: BackupMode;
  /**
   * Mark new backups as protected on PBS (cannot be pruned or deleted until unprotected).
   * @default false
   */
  readonly protected?: boolean;
  /**
   * Run the job. A decommissioning tenant keeps its storage and job (and so its backups, for their
   * retention) but stops taking new backups.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Mail addresses for job notifications.
   * @default - no mail; Proxmox notification matchers of the platform apply
   */
  readonly mailTo?: readonly string[];
}

const KEEP_KEYS: ReadonlyArray<[keyof KeepPolicy, string]> = [
  ['keepLast', 'keep-last'],
  ['keepHourly', 'keep-hourly'],
  ['keepDaily', 'keep-daily'],
  ['keepWeekly', 'keep-weekly'],
  ['keepMonthly', 'keep-monthly'],
  ['keepYearly', 'keep-yearly'],
];

/** The keep-policy as Proxmox's prune-backups map (`keep-daily` = "14", ...), unset counts left out. */
export function pruneBackupsMap(retention: KeepPolicy): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, name] of KEEP_KEYS) {
    const v = retention[k];
    if (v !== undefined) out[name] = String(v);
  }
  return out;
}

/**
 * Backups of one tenant: a Proxmox Backup Server storage with the tenant's own namespace and a
 * backup job selecting the tenant's guests by pool, with retention, snapshot mode and zstd.
 * Encryption key and password come from sensitive Terraform variables, never from literals; the
 * storage and the job are protected from destroy.
 */
export class BackupPlan extends Construct {
  /** The backup job (primary resource). */
  public readonly resource: BackupJob;
  public readonly storage: StoragePbs;
  /** The second copy, for documents and checks. */
  public readonly secondCopy: SecondCopyTarget;
  /** The schedule as rendered. */
  public readonly schedule: string;

  public constructor(scope: Construct, id: string, props: BackupPlanProps) {
    super(scope, id);
    validate(props).throwIfAny('BackupPlan', this.node.path);

    // Variables are stack-level with stable, tenant-independent names.
    const stack = TerraformStack.of(this);
    const password = new TerraformVariable(stack, 'pbs_password', {
      type: 'string',
      sensitive: true,
      description: `Password of PBS user ${props.storage.username}; from the pipeline's Vault secret, never committed.`,
    });
    const encryptionKey = new TerraformVariable(stack, 'pbs_encryption_key', {
      type: 'string',
      sensitive: true,
      description: 'Client-side PBS encryption key (JSON) of this tenant; keep a copy offline (CON.3).',
    });
    const fingerprint = nullableVariable(this, 'pbs_fingerprint', {
      type: 'string',
      description: 'SHA-256 fingerprint of the PBS server certificate; null when it has a trusted certificate.',
    });

    this.storage = new StoragePbs(this, 'Storage', {
      id: props.storage.id,
      server: props.storage.server,
      datastore: props.storage.datastore,
      namespace: props.storage.namespace,
      username: props.storage.username,
      password: password.stringValue,
      fingerprint: fingerprint.stringValue,
      encryptionKey: encryptionKey.stringValue,
      content: ['backup'],
      nodes: props.storage.nodes ? [...props.storage.nodes] : undefined,
      lifecycle: { preventDestroy: true },
    });

    this.resource = new BackupJob(this, 'Resource', {
      id: `kom-${props.tenant.key}`,
      schedule: props.schedule,
      storage: this.storage.id,
      pool: props.tenant.pool,
      mode: props.mode ?? BACKUP_DEFAULTS.mode,
      compress: BACKUP_DEFAULTS.compress,
      pruneBackups: pruneBackupsMap(props.retention),
      protected: props.protected ?? false,
      enabled: props.enabled ?? true,
      repeatMissed: true,
      mailnotification: props.mailTo && props.mailTo.length > 0 ? BACKUP_DEFAULTS.mailNotification : undefined,
      mailto: props.mailTo && props.mailTo.length > 0 ? [...props.mailTo] : undefined,
      notesTemplate: `{{guestname}} (${props.tenant.key})`,
      lifecycle: { preventDestroy: true },
    });
    this.secondCopy = props.secondCopy;
    this.schedule = props.schedule;
  }
}

function validate(props: BackupPlanProps): ProblemCollector {
  const p = new ProblemCollector();
  checkTenantIdentity(p, props.tenant, ['key', 'pool']);
  const s = props.storage;
  if (!s) {
    p.add('storage', 'a backup target is required: every tenant needs a PBS storage');
  } else {
    p.check(/^[A-Za-z][A-Za-z0-9\-_.]{1,62}[A-Za-z0-9]$/.test(s.id), 'storage.id', `${show(s.id)} is not a Proxmox storage ID (letter first, then letters, digits, - _ .; 3-64 characters)`);
    p.check(typeof s.server === 'string' && s.server.length > 0 && !/^https?:/.test(s.server), 'storage.server', `${show(s.server)} must be a host name or address without scheme`);
    p.check(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s.datastore ?? ''), 'storage.datastore', `${show(s.datastore)} is not a PBS datastore name`);
    const parts = (s.namespace ?? '').split('/');
    p.check(parts.length <= 7 && parts.every((c) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(c)), 'storage.namespace', `${show(s.namespace)} is not a PBS namespace (components of letters, digits, . _ -, at most 7 levels)`);
    p.check(/^[^@\s]+@[A-Za-z0-9._-]+(![A-Za-z0-9._-]+)?$/.test(s.username ?? ''), 'storage.username', `${show(s.username)} is not a PBS user ID like name@realm`);
  }
  const problem = typeof props.schedule === 'string' ? calendarEventProblem(props.schedule) : 'must be a string';
  p.check(problem === undefined, 'schedule', `${show(props.schedule)} would be rejected by Proxmox: ${problem}`);
  const counts = KEEP_KEYS.map(([k]) => [k, props.retention?.[k]] as const);
  for (const [k, v] of counts) {
    if (v !== undefined) p.check(Number.isInteger(v) && v >= 0 && v <= 10000, `retention.${k}`, `${show(v)} must be a whole number from 0 to 10000`);
  }
  p.check(counts.some(([, v]) => typeof v === 'number' && v > 0), 'retention', 'at least one keep count must be above 0, or every backup would be pruned');
  if (!props.secondCopy) {
    p.add('secondCopy', 'a second copy (another PBS or an off-site target) is part of the vetted standard (CON.3)');
  } else {
    p.check(!!props.secondCopy.server && props.secondCopy.server !== s?.server, 'secondCopy.server', `${show(props.secondCopy.server)} must be a different server than the primary PBS ${show(s?.server)}`);
  }
  for (const [i, m] of (props.mailTo ?? []).entries()) {
    p.check(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m), `mailTo.${i}`, `${show(m)} is not a mail address`);
  }
  return p;
}
