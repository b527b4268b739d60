import { Construct } from 'constructs';
import type { KeepPolicy, TenantIdentity } from '../core/tenant';
import { BackupJob } from '../providers/proxmox/backup-job';
import { StoragePbs } from '../providers/proxmox/storage-pbs';
/** Backup modes of vzdump. */
export type BackupMode = 'snapshot' | 'suspend' | 'stop';
/** Vetted defaults of the backup plan (one source: code, docs and the parameter schema use them). */
export declare const BACKUP_DEFAULTS: {
    mode: BackupMode;
    compress: "zstd";
    mailNotification: "failure";
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
/** The keep-policy as Proxmox's prune-backups map (`keep-daily` = "14", ...), unset counts left out. */
export declare function pruneBackupsMap(retention: KeepPolicy): Record<string, string>;
/**
 * Backups of one tenant: a Proxmox Backup Server storage with the tenant's own namespace and a
 * backup job selecting the tenant's guests by pool, with retention, snapshot mode and zstd.
 * Encryption key and password come from sensitive Terraform variables, never from literals; the
 * storage and the job are protected from destroy.
 */
export declare class BackupPlan extends Construct {
    /** The backup job (primary resource). */
    readonly resource: BackupJob;
    readonly storage: StoragePbs;
    /** The second copy, for documents and checks. */
    readonly secondCopy: SecondCopyTarget;
    /** The schedule as rendered. */
    readonly schedule: string;
    constructor(scope: Construct, id: string, props: BackupPlanProps);
}
