"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vlt1PreventDestroy = exports.DATA_MOUNT_TYPES = void 0;
const stack_json_1 = require("../stack-json");
const types_1 = require("../types");
/** Vault mount types that hold data (destroying the mount deletes it). */
exports.DATA_MOUNT_TYPES = ['kv', 'kv-v2', 'generic', 'pki', 'transit', 'database'];
/**
 * KOM-VLT-1: resources whose destruction deletes data carry `lifecycle.prevent_destroy`: Vault KV
 * and PKI mounts, Vault namespaces, PBS storages and backup jobs.
 */
exports.vlt1PreventDestroy = {
    id: 'KOM-VLT-1',
    level: 'error',
    title: { en: 'Data-holding resources protected from destroy', de: 'Datenhaltende Ressourcen gegen Löschen geschützt' },
    cause: 'A Vault KV/PKI mount, Vault namespace, PBS storage or backup job lacks lifecycle.prevent_destroy.',
    fix: 'Set lifecycle { prevent_destroy = true } (TenantVault and BackupPlan do); remove it only in a reviewed decommissioning change.',
    grundschutz: ['CON.3.A14', 'CON.3.A2'],
    grundschutzPlusPlus: [],
    usesSpec: 'no',
    evaluate: ({ json }) => {
        const data = [
            ...(0, stack_json_1.resourcesOf)(json, 'vault_mount').filter((m) => exports.DATA_MOUNT_TYPES.includes((0, stack_json_1.literal)(m.body.type) ?? '') || (0, stack_json_1.literal)(m.body.type) === undefined),
            ...(0, stack_json_1.resourcesOf)(json, 'vault_namespace'),
            ...(0, stack_json_1.resourcesOf)(json, ...(0, stack_json_1.proxmoxTypes)('storage_pbs')),
            ...(0, stack_json_1.resourcesOf)(json, 'proxmox_backup_job'),
        ];
        return (0, types_1.failIfAny)(data.filter((r) => r.body.lifecycle?.prevent_destroy !== true)
            .map((r) => (0, stack_json_1.findingAt)(r, `${r.type} holds data but has no lifecycle.prevent_destroy`)));
    },
};
