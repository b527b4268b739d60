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
export type { ProxmoxSeed, SeedIdentity, SeedGrant, SeedStorage, SeedPbsDatastore, SeedGuestTemplate } from './seed';
export { TEMPLATE_CLONE_ROLE } from './seed';
export { GUEST_TYPES, GUEST_TEMPLATE_TYPE, allGuests, backupJobGuests, guestById, guestOf, poolGuestIds } from './guests';
export type { Guest, GuestNic } from './guests';
export { GUEST_FILE_TYPE } from './guest-calls';
export { T as PROXMOX_TYPES } from './access';
export { callsFor } from './calls';
export type { ApiCall, PermCheck } from './calls';
export { CLUSTER_FILES, clusterFilePaths, filesOfChange, filesOfType, guestFiles, writeClusterFile, writeClusterFiles } from './cluster-files';
export type { ClusterFilePath, GuestFilePath, StaticClusterFilePath } from './cluster-files';
export { DEFAULT_CLUSTER_LIMITS, LIMITS_TYPE, clusterFootprint, limitRefusals, limitsOf } from './limits';
export type { ClusterLimits, ClusterFootprint } from './limits';
