/** The Vault/OpenBao half of the datacenter model (see ./model.ts). */
export { vaultModel, tokenAcl, namespaces, builtinObjects, TOKEN_TYPE, POLICY_TYPE, BUILTIN_MOUNT_TYPE, SETTINGS_TYPE, type VaultSession, type VaultServerSettings } from './model';
export { seedVault, loginJwt, DEFAULT_VAULT_SEED, KOMMUNAL_PLATFORM_POLICY_HCL, PLATFORM_TOKEN, ROOT_TOKEN, type VaultSeed, type SeedToken, type JwtLogin } from './seed';
export { vaultCalls, isRootProtected, MODELLED_VAULT_TYPES, type VaultCall } from './calls';
export { KV_SECRET_TYPE, deleteKvSecretV2, kvV2DataPath, readVaultData, writeKvSecretV2, type KvSecretV2 } from './kv';
