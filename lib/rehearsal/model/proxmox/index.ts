/** The Proxmox VE (+ PBS) half of the rehearsal's datacenter model. */
export { proxmoxModel, authenticateProxmox, checkProxmox, proxmoxEffects } from './model';
export type { ProxmoxModelCaller } from './model';
export { pendingSdnChanges, SDN_PENDING_TYPE } from './sdn';
export type { PendingSdnChange } from './sdn';
export {
  seedProxmox,
  DEFAULT_PROXMOX_SEED,
  PLATFORM_IDENTITY,
  TENANT_IDENTITY,
  REHEARSAL_NOW,
  SEED_TYPES,
  identityApiToken,
  identityTokenId,
} from './seed';
export type { ProxmoxSeed, SeedIdentity, SeedGrant, SeedStorage, SeedPbsDatastore } from './seed';
export { T as PROXMOX_TYPES } from './access';
export { callsFor } from './calls';
export type { ApiCall, PermCheck } from './calls';
export { CLUSTER_FILES, filesOfType, writeClusterFile, writeClusterFiles } from './cluster-files';
export type { ClusterFilePath } from './cluster-files';
export { DEFAULT_CLUSTER_LIMITS, LIMITS_TYPE, clusterFootprint, limitRefusals, limitsOf } from './limits';
export type { ClusterLimits, ClusterFootprint } from './limits';
