/**
 * kommunal-cdk: the public API. Re-exports only (STYLE 1). The generated Proxmox bindings are a
 * separate entry point: `kommunal-cdk/proxmox` (or `kommunal-cdk/proxmox/<resource>`).
 */
export * from './core/errors';
export * from './core/tenant';
export * from './config';
export * from './model';
export {
  allocate, requestFromFleet, AllocationError, checkLockConsistency, parseLockFile, readLockFile, readLockFileIfPresent,
  serializeLockFile, writeLockFile, LOCKFILE_NAME, gatewayOf, dhcpRangeOf,
} from './allocation';
export type { AllocationRequest, AllocationResult, TenantRequest, TenantPins } from './allocation';
export * from './network';
export * from './identity';
export * from './backup';
export * from './logging';
export * from './blueprint';
export * from './compliance';
export * from './verify';
export * from './upgrade';
export {
  parsePlanJson, PlanInputError, changeKind, gitlabTerraformReport, classifyResource, PROTECTED_CATEGORIES, guardPlan,
  formatGuardReport, longestRetentionDays, addressMatches, generateGitlabPipelines, PIPELINE_DEFAULTS, PipelineInputError,
  selectChangedTenants, changedLockEntries, tenantFacts, checkTenantScope, credentialNeeds, missingCredentials, isBackupJobStop,
} from './pipeline';
export type {
  PlanJson, PlanResourceChange, ChangeKind, GitlabTerraformReport, ResourceCategory, ResourceClass, GuardOptions, GuardReport,
  GuardDecision, Verdict, UsedApproval, GitlabPipelineOptions, GeneratedPipelines, GeneratedChunk, PipelineTenant,
  PipelineVaultLogin, TfTool, ChangeInput, ChangeSelection, TenantFacts, ScopeFinding, ScopeResult, CredentialNeed,
} from './pipeline';
export { ProxmoxConnection, PROXMOX_PROVIDER_VERSION } from './providers/proxmox-connection';
export type { ProxmoxConnectionProps } from './providers/proxmox-connection';
export { VaultConnection, VAULT_PROVIDER_VERSION } from './providers/vault-connection';
export type { VaultConnectionProps } from './providers/vault-connection';
export { nullableVariable } from './providers/variables';
export * from './synth';
