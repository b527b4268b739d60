"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bak1Coverage = exports.PRUNE_KEYS = void 0;
const defaults_1 = require("../../config/defaults");
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/** PBS keep-option names of the keep-policy fields. */
exports.PRUNE_KEYS = {
    keepLast: 'keep-last', keepDaily: 'keep-daily', keepWeekly: 'keep-weekly', keepMonthly: 'keep-monthly', keepYearly: 'keep-yearly',
};
/**
 * KOM-BAK-1: every tenant pool is covered by an enabled, scheduled backup job whose keep-policy
 * (prune_backups) lies within RETENTION_BOUNDS.
 */
exports.bak1Coverage = {
    id: 'KOM-BAK-1',
    level: 'error',
    title: { en: 'Every pool backed up with bounded retention', de: 'Jeder Pool gesichert, Aufbewahrung in vorgegebenen Grenzen' },
    cause: 'A Proxmox pool of the tenant has no enabled, scheduled backup job, or the keep-policy is outside the vetted bounds.',
    fix: 'Render the backup with BackupPlan (pool-based job) and keep retention within RETENTION_BOUNDS (lib/config/defaults.ts).',
    grundschutz: ['CON.3.A2', 'CON.3.A5'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const pools = new Set((0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('pool')).map((p) => (0, stack_json_1.literal)(p.body.pool_id)).filter((x) => x !== undefined));
        if (spec !== undefined)
            pools.add(spec.compute.pool);
        const jobs = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('backup_job'));
        if (pools.size === 0) {
            return (0, types_1.unknown)(jobs.length === 0 ? 'the stack declares neither pools nor backup jobs' : 'the stack declares backup jobs but no pools; coverage of guests elsewhere cannot be checked');
        }
        const findings = [];
        const covered = new Set();
        for (const j of jobs) {
            const active = j.body.enabled !== false && (0, stack_json_1.literal)(j.body.schedule) !== undefined;
            if (!active)
                findings.push((0, stack_json_1.findingAt)(j, `backup job is ${j.body.enabled === false ? 'disabled' : 'without a literal schedule'}`));
            const pool = (0, stack_json_1.resolveRef)(json, j.body.pool).value;
            if (active && typeof pool === 'string')
                covered.add(pool);
            if (active && j.body.all === true)
                for (const p of pools)
                    covered.add(p);
            const prune = j.body.prune_backups;
            if (prune === undefined || prune === null || typeof prune !== 'object') {
                findings.push((0, stack_json_1.findingAt)(j, 'backup job has no keep-policy (prune_backups); retention would fall back to the storage setting'));
                continue;
            }
            for (const [field, key] of Object.entries(exports.PRUNE_KEYS)) {
                const raw = prune[key];
                const n = raw === undefined ? 0 : Number(raw);
                const b = defaults_1.RETENTION_BOUNDS[field];
                if (!Number.isInteger(n) || n < b.min || n > b.max) {
                    findings.push((0, stack_json_1.findingAt)(j, `${key} = ${raw === undefined ? 'unset (0)' : JSON.stringify(raw)}; allowed ${b.min}-${b.max} (RETENTION_BOUNDS.${field})`));
                }
            }
        }
        for (const p of [...pools].sort()) {
            if (!covered.has(p))
                findings.push({ message: `pool ${p} is covered by no enabled backup job` });
        }
        return (0, types_1.failIfAny)(findings);
    },
};
