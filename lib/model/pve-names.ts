/**
 * Proxmox VE names of a tenant that no resolved field carries, shared by the constructs
 * (lib/blueprint/internal/tenant-props.ts), the footprint registry (./footprint.ts) and the
 * isolation analysis, so that all of them always agree.
 */

/** Name of the API token of a tenant's pipeline user. */
export const TENANT_PIPELINE_TOKEN_NAME = 'terraform';

/** The local user (realm `pve`) a tenant's pipeline acts as, e.g. `ci-mainz@pve`. */
export function tenantPipelineUserId(key: string): string {
  return `ci-${key}@pve`;
}

/** The full token ID (`user@realm!token`) of a tenant's pipeline, e.g. `ci-mainz@pve!terraform`. */
export function tenantPipelineTokenId(key: string): string {
  return `${tenantPipelineUserId(key)}!${TENANT_PIPELINE_TOKEN_NAME}`;
}

/**
 * The Proxmox group ID a directory group gets in a realm (realm sync and OIDC group claims name
 * the group `<directory group>-<realm>`).
 */
export function pveDirectoryGroupId(directoryGroup: string, realm: string): string {
  return `${directoryGroup}-${realm}`;
}
