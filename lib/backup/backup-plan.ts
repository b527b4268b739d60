import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BACKUP_COMPRESS, BACKUP_MODE, DEFAULT_BACKUP_WINDOW, PBS_PRUNE_JOB_OUTPUT } from '../model/defaults';
import { type KeepPolicy, type TenantIdentity } from '../model/tenant-identity';
import { nullableVariable } from '../providers/variables';
import { BackupJob } from '../providers/proxmox/backup-job';
import { StoragePbs } from '../providers/proxmox/storage-pbs';
import { validateBackupPlanProps } from './validate-backup-plan-props';
import { keepOptions, pbsPruneJob, PVE_KEEP_ALL, type PbsPruneJob } from './prune-job';
import { escapeTemplateLiteralsOf } from '../core/terraform-template';

/** Backup modes of vzdump. */
export type BackupMode = 'snapshot' | 'suspend' | 'stop';

/** Vetted defaults of the backup plan (one source: code, docs and the parameter schema use them). */
export const BACKUP_DEFAULTS = {
  mode: BACKUP_MODE as BackupMode,
  compress: BACKUP_COMPRESS,
  mailNotification: 'failure' as const,
  /** When the PBS prune job runs: at the end of the default backup window. */
  pruneSchedule: `*-*-* ${DEFAULT_BACKUP_WINDOW.end}`,
};

/** The tenant's PBS storage as Proxmox VE sees it. */
export interface PbsStorageTarget {
  /** Proxmox storage ID, e.g. `pbs-t0001`. */
  readonly id: string;
  /** PBS server host name. */
  readonly server: string;
  /** PBS datastore holding the tenant's backups, e.g. `tenants`. */
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
  /** Host of the second PBS; must differ from the primary server. */
  readonly server: string;
  /** Datastore of the copy on that server. */
  readonly datastore: string;
  /** Namespace of the copy, e.g. `kommunen/musterstadt`. */
  readonly namespace: string;
}

/** Properties of {@link BackupPlan}. */
export interface BackupPlanProps {
  /** The tenant: the job selects its guests by `pool`; `key` names them in backup notes. */
  readonly tenant: TenantIdentity;
  /** The PBS storage with the tenant's namespace that the job writes to. */
  readonly storage: PbsStorageTarget;
  /** Proxmox calendar event, e.g. `*-*-* 01:37`; validated at synth. */
  readonly schedule: string;
  /**
   * Keep-policy of the tenant's backups; at least one count must be set. Enforced by the PBS prune
   * job of the tenant's namespace ({@link BackupPlan.pruneJob}, stack output `pbs_prune_job`);
   * Proxmox VE keeps every backup (`keep-all`), because the tenant's PBS user may not prune.
   */
  readonly retention: KeepPolicy;
  /**
   * Calendar event of the PBS prune job (after the backup window).
   * @default BACKUP_DEFAULTS.pruneSchedule (the end of the default window)
   */
  readonly pruneSchedule?: string;
  /** The second copy; Proxmox VE cannot configure PBS-side sync, so it is recorded for the plan document. */
  readonly secondCopy: SecondCopyTarget;
  /**
   * How guests are backed up (vzdump mode).
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
  /**
   * The PBS password and client-side encryption key as Terraform expressions (tokens), e.g. fields
   * of the tenant's pipeline-inputs secret read from Vault (KommuneStack). Never literals.
   * @default - the sensitive stack variables `pbs_password` and `pbs_encryption_key`
   */
  readonly secrets?: BackupPlanSecrets;
}

/** The secrets of a {@link BackupPlan} when they do not come from stack variables. */
export interface BackupPlanSecrets {
  /** Password of the tenant's PBS user. */
  readonly password: string;
  /** Client-side PBS encryption key (JSON). */
  readonly encryptionKey: string;
}

/** Names of the backup secrets: the stack variables without Vault, the fields of the pipeline-inputs secret with it. */
export const BACKUP_SECRET_NAMES = { password: 'pbs_password', encryptionKey: 'pbs_encryption_key' } as const;

/** The keep-policy as Proxmox's prune-backups map (`keep-daily` = "14", ...), unset counts left out. */
export function pruneBackupsMap(retention: KeepPolicy): Record<string, string> {
  return keepOptions(retention);
}

/**
 * Backups of one tenant: a Proxmox Backup Server storage with the tenant's own namespace and a
 * backup job selecting the tenant's guests by pool, in snapshot mode with zstd. Proxmox VE keeps
 * every backup (`keep-all` on job and storage); the retention is enforced by a PBS prune job of the
 * tenant's namespace ({@link BackupPlan.pruneJob}, stack output `pbs_prune_job`, lib/backup/prune-job.ts).
 * Encryption key and password come from sensitive Terraform variables or from the given expressions
 * (Vault), never from literals; the storage and the job are protected from destroy.
 */
export class BackupPlan extends Construct {
  /** The backup job (primary resource). */
  public readonly resource: BackupJob;
  public readonly storage: StoragePbs;
  /** The second copy, for documents and checks. */
  public readonly secondCopy: SecondCopyTarget;
  /** The schedule as rendered. */
  public readonly schedule: string;
  /** The PBS prune job that enforces the retention (configured on PBS, outside Terraform). */
  public readonly pruneJob: PbsPruneJob;

  public constructor(scope: Construct, id: string, props: BackupPlanProps) {
    super(scope, id);
    // Literal text from props never reaches Terraform as a template (lib/core/terraform-template.ts).
    escapeTemplateLiteralsOf(this);
    validateBackupPlanProps(props).throwIfAny('BackupPlan', this.node.path);

    // Without given secrets: variables, stack-level with stable, tenant-independent names.
    const stack = TerraformStack.of(this);
    const secrets: BackupPlanSecrets = props.secrets ?? {
      password: new TerraformVariable(stack, BACKUP_SECRET_NAMES.password, {
        type: 'string',
        sensitive: true,
        description: `Password of PBS user ${props.storage.username}; a masked CI/CD variable, never committed.`,
      }).stringValue,
      encryptionKey: new TerraformVariable(stack, BACKUP_SECRET_NAMES.encryptionKey, {
        type: 'string',
        sensitive: true,
        description: 'Client-side PBS encryption key (JSON) of this tenant; keep a copy offline (CON.3).',
      }).stringValue,
    };
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
      password: secrets.password,
      fingerprint: fingerprint.stringValue,
      encryptionKey: secrets.encryptionKey,
      content: ['backup'],
      // PVE keeps every backup, also of manual "Backup now" runs (which take the storage's
      // prune-backups): the PBS user may not prune, PBS's prune job does (lib/backup/prune-job.ts).
      backups: { keepAll: true },
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
      pruneBackups: { ...PVE_KEEP_ALL },
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
    this.pruneJob = pbsPruneJob({
      tenant: props.tenant,
      server: props.storage.server,
      datastore: props.storage.datastore,
      namespace: props.storage.namespace,
      schedule: props.pruneSchedule ?? BACKUP_DEFAULTS.pruneSchedule,
      retention: props.retention,
    });
    // The retention, where the plan and the compliance pack (KOM-BAK-1) can read it.
    new TerraformOutput(this, PBS_PRUNE_JOB_OUTPUT, {
      value: { id: this.pruneJob.id, store: this.pruneJob.store, ns: this.pruneJob.ns, 'max-depth': this.pruneJob.maxDepth, schedule: this.pruneJob.schedule, ...this.pruneJob.keep },
      description: `PBS prune job enforcing the retention of ${props.tenant.key} on ${props.storage.server}; configured on PBS by the platform engineer (docs/datacenter.md)`,
    }).overrideLogicalId(PBS_PRUNE_JOB_OUTPUT);
  }
}
