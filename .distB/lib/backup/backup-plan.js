"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackupPlan = exports.BACKUP_DEFAULTS = void 0;
exports.pruneBackupsMap = pruneBackupsMap;
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const defaults_1 = require("../config/defaults");
const errors_1 = require("../core/errors");
const variables_1 = require("../providers/variables");
const backup_job_1 = require("../providers/proxmox/backup-job");
const storage_pbs_1 = require("../providers/proxmox/storage-pbs");
const calendar_event_1 = require("./calendar-event");
/** Vetted defaults of the backup plan (one source: code, docs and the parameter schema use them). */
exports.BACKUP_DEFAULTS = {
    mode: defaults_1.BACKUP_MODE,
    compress: defaults_1.BACKUP_COMPRESS,
    mailNotification: 'failure',
};
const KEEP_KEYS = [
    ['keepLast', 'keep-last'],
    ['keepHourly', 'keep-hourly'],
    ['keepDaily', 'keep-daily'],
    ['keepWeekly', 'keep-weekly'],
    ['keepMonthly', 'keep-monthly'],
    ['keepYearly', 'keep-yearly'],
];
/** The keep-policy as Proxmox's prune-backups map (`keep-daily` = "14", ...), unset counts left out. */
function pruneBackupsMap(retention) {
    const out = {};
    for (const [k, name] of KEEP_KEYS) {
        const v = retention[k];
        if (v !== undefined)
            out[name] = String(v);
    }
    return out;
}
/**
 * Backups of one tenant: a Proxmox Backup Server storage with the tenant's own namespace and a
 * backup job selecting the tenant's guests by pool, with retention, snapshot mode and zstd.
 * Encryption key and password come from sensitive Terraform variables, never from literals; the
 * storage and the job are protected from destroy.
 */
class BackupPlan extends constructs_1.Construct {
    /** The backup job (primary resource). */
    resource;
    storage;
    /** The second copy, for documents and checks. */
    secondCopy;
    /** The schedule as rendered. */
    schedule;
    constructor(scope, id, props) {
        super(scope, id);
        validate(props).throwIfAny('BackupPlan', this.node.path);
        // Variables are stack-level with stable, tenant-independent names.
        const stack = cdktf_1.TerraformStack.of(this);
        const password = new cdktf_1.TerraformVariable(stack, 'pbs_password', {
            type: 'string',
            sensitive: true,
            description: `Password of PBS user ${props.storage.username}; from the pipeline's Vault secret, never committed.`,
        });
        const encryptionKey = new cdktf_1.TerraformVariable(stack, 'pbs_encryption_key', {
            type: 'string',
            sensitive: true,
            description: 'Client-side PBS encryption key (JSON) of this tenant; keep a copy offline (CON.3).',
        });
        const fingerprint = (0, variables_1.nullableVariable)(this, 'pbs_fingerprint', {
            type: 'string',
            description: 'SHA-256 fingerprint of the PBS server certificate; null when it has a trusted certificate.',
        });
        this.storage = new storage_pbs_1.StoragePbs(this, 'Storage', {
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
        this.resource = new backup_job_1.BackupJob(this, 'Resource', {
            id: `kom-${props.tenant.key}`,
            schedule: props.schedule,
            storage: this.storage.id,
            pool: props.tenant.pool,
            mode: props.mode ?? exports.BACKUP_DEFAULTS.mode,
            compress: exports.BACKUP_DEFAULTS.compress,
            pruneBackups: pruneBackupsMap(props.retention),
            protected: props.protected ?? false,
            enabled: props.enabled ?? true,
            repeatMissed: true,
            mailnotification: props.mailTo && props.mailTo.length > 0 ? exports.BACKUP_DEFAULTS.mailNotification : undefined,
            mailto: props.mailTo && props.mailTo.length > 0 ? [...props.mailTo] : undefined,
            notesTemplate: `{{guestname}} (${props.tenant.key})`,
            lifecycle: { preventDestroy: true },
        });
        this.secondCopy = props.secondCopy;
        this.schedule = props.schedule;
    }
}
exports.BackupPlan = BackupPlan;
function validate(props) {
    const p = new errors_1.ProblemCollector();
    const s = props.storage;
    if (!s) {
        p.add('storage', 'a backup target is required: every tenant needs a PBS storage');
    }
    else {
        p.check(/^[A-Za-z][A-Za-z0-9\-_.]{1,62}[A-Za-z0-9]$/.test(s.id), 'storage.id', `${(0, errors_1.show)(s.id)} is not a Proxmox storage ID (letter first, then letters, digits, - _ .; 3-64 characters)`);
        p.check(typeof s.server === 'string' && s.server.length > 0 && !/^https?:/.test(s.server), 'storage.server', `${(0, errors_1.show)(s.server)} must be a host name or address without scheme`);
        p.check(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s.datastore ?? ''), 'storage.datastore', `${(0, errors_1.show)(s.datastore)} is not a PBS datastore name`);
        const parts = (s.namespace ?? '').split('/');
        p.check(parts.length <= 7 && parts.every((c) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(c)), 'storage.namespace', `${(0, errors_1.show)(s.namespace)} is not a PBS namespace (components of letters, digits, . _ -, at most 7 levels)`);
        p.check(/^[^@\s]+@[A-Za-z0-9._-]+(![A-Za-z0-9._-]+)?$/.test(s.username ?? ''), 'storage.username', `${(0, errors_1.show)(s.username)} is not a PBS user ID like name@realm`);
    }
    const problem = typeof props.schedule === 'string' ? (0, calendar_event_1.calendarEventProblem)(props.schedule) : 'must be a string';
    p.check(problem === undefined, 'schedule', `${(0, errors_1.show)(props.schedule)} would be rejected by Proxmox: ${problem}`);
    const counts = KEEP_KEYS.map(([k]) => [k, props.retention?.[k]]);
    for (const [k, v] of counts) {
        if (v !== undefined)
            p.check(Number.isInteger(v) && v >= 0 && v <= 10000, `retention.${k}`, `${(0, errors_1.show)(v)} must be a whole number from 0 to 10000`);
    }
    p.check(counts.some(([, v]) => typeof v === 'number' && v > 0), 'retention', 'at least one keep count must be above 0, or every backup would be pruned');
    if (!props.secondCopy) {
        p.add('secondCopy', 'a second copy (another PBS or an off-site target) is part of the vetted standard (CON.3)');
    }
    else {
        p.check(!!props.secondCopy.server && props.secondCopy.server !== s?.server, 'secondCopy.server', `${(0, errors_1.show)(props.secondCopy.server)} must be a different server than the primary PBS ${(0, errors_1.show)(s?.server)}`);
    }
    for (const [i, m] of (props.mailTo ?? []).entries()) {
        p.check(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m), `mailTo.${i}`, `${(0, errors_1.show)(m)} is not a mail address`);
    }
    return p;
}
