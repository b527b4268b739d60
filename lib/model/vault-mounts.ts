/**
 * Vault secrets-engine mount types that hold data: destroying such a mount deletes every secret,
 * key or certificate in it. Shared by the compliance rule KOM-VLT-1 (prevent_destroy required) and
 * the plan guard (a destroy of such a mount needs an approval), so both judge a mount alike.
 *
 * `generic` is the name the KV engine had before Vault 0.8; Vault still treats a mount of type
 * `generic` as KV (hashicorp/vault, vault/request_handling.go, the `case "kv", "generic"` switch on
 * the mount entry type in the request handler, commit a1d1c85c2d78b463a208d55fda8c8c05d8a53d85),
 * so it holds data like `kv`. `kv-v2` is the type alias that terraform-provider-vault accepts for a
 * KV version 2 mount. Which of the other engines count as data holding (transit keys, database
 * connection configurations and roles) is our judgement, not a Vault rule.
 */
import { hasTemplateSequence } from '../core/terraform-template';

/** Mount types whose mount holds data. */
export const DATA_MOUNT_TYPES: readonly string[] = ['kv', 'kv-v2', 'generic', 'pki', 'ssh', 'totp', 'transit', 'database'];

/** True when deleting a mount of this type deletes data. */
export function isDataMountType(type: string): boolean {
  return DATA_MOUNT_TYPES.includes(type);
}

/**
 * Resource types whose destruction deletes data and that must carry `lifecycle.prevent_destroy`
 * (KOM-VLT-1), in the order the rule reports them: Vault mounts (of a data type, see
 * {@link isDataHolder}), Vault namespaces, PBS storages (short and legacy Proxmox name) and backup
 * jobs. Shared by KOM-VLT-1 and the plan guard, which reads `prevent_destroy` from the
 * synthesized stack (plan JSON carries no lifecycle).
 */
export const DATA_HOLDER_TYPES: readonly string[] = ['vault_mount', 'vault_namespace', 'proxmox_storage_pbs', 'proxmox_virtual_environment_storage_pbs', 'proxmox_backup_job'];

/**
 * True for a resource of a synthesized stack (its type and JSON body) whose destruction deletes
 * data: a type of {@link DATA_HOLDER_TYPES}; a `vault_mount` only when its `type` is a data mount
 * type or not a literal (an expression, unknown at synthesis: judged as data).
 */
export function isDataHolder(type: string, body: Readonly<Record<string, unknown>>): boolean {
  if (!DATA_HOLDER_TYPES.includes(type)) return false;
  if (type !== 'vault_mount') return true;
  const mountType = body.type;
  return typeof mountType !== 'string' || hasTemplateSequence(mountType) || isDataMountType(mountType);
}

/** True when a resource body of a synthesized stack sets `lifecycle.prevent_destroy` to literally true. */
export function preventsDestroyIn(body: Readonly<Record<string, unknown>>): boolean {
  const lc = body.lifecycle;
  return lc !== null && typeof lc === 'object' && (lc as { prevent_destroy?: unknown }).prevent_destroy === true;
}
