"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bak3Encryption = void 0;
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/** KOM-BAK-3: backups are encrypted on the client: every PBS storage sets an encryption key (from a variable). */
exports.bak3Encryption = {
    id: 'KOM-BAK-3',
    level: 'warning',
    title: { en: 'Backups encrypted on the client', de: 'Datensicherungen clientseitig verschlüsselt' },
    cause: 'A Proxmox Backup Server storage has no client-side encryption key.',
    fix: 'Set encryption_key from a sensitive variable (BackupPlan does) and keep a copy of the key offline.',
    grundschutz: ['CON.3.A14'],
    grundschutzPlusPlus: [],
    usesSpec: 'optional',
    evaluate: ({ json, spec }) => {
        const storages = (0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('storage_pbs'));
        if (storages.length === 0) {
            return spec === undefined ? (0, types_1.unknown)('the stack declares no PBS storage') : (0, types_1.failIfAny)([{ message: `tenant ${spec.key} declares no PBS storage (${spec.backup.storageId})` }]);
        }
        return (0, types_1.failIfAny)(storages
            .filter((s) => !(0, stack_json_1.isExpression)(s.body.encryption_key) && (typeof s.body.encryption_key !== 'string' || s.body.encryption_key === ''))
            .map((s) => (0, stack_json_1.findingAt)(s, 'PBS storage has no encryption_key; backups would be stored unencrypted')));
    },
};
