import { type ComplianceRule } from '../types';
/** Vault mount types that hold data (destroying the mount deletes it). */
export declare const DATA_MOUNT_TYPES: readonly string[];
/**
 * KOM-VLT-1: resources whose destruction deletes data carry `lifecycle.prevent_destroy`: Vault KV
 * and PKI mounts, Vault namespaces, PBS storages and backup jobs.
 */
export declare const vlt1PreventDestroy: ComplianceRule;
