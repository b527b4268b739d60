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

/** Mount types whose mount holds data. */
export const DATA_MOUNT_TYPES: readonly string[] = ['kv', 'kv-v2', 'generic', 'pki', 'ssh', 'totp', 'transit', 'database'];

/** True when deleting a mount of this type deletes data. */
export function isDataMountType(type: string): boolean {
  return DATA_MOUNT_TYPES.includes(type);
}
