/**
 * kommunal-cdk: the public API. Named re-exports only (STYLE 1), grouped by layer (see
 * docs/architecture.md). Every name here is part of the reviewed surface recorded in
 * `api/kommunal-cdk.api.md`; a change to this list changes that report, which a test checks.
 *
 * Other entry points: `kommunal-cdk/proxmox` (the generated Proxmox bindings, also
 * `kommunal-cdk/proxmox/<resource>`) and `kommunal-cdk/testing` (lib/testing.ts). Modules in an
 * `internal/` folder are never exported.
 */

// ---- Shared vocabulary of the constructs, and their validation error --------------------------
export { PropsValidationError } from './core/errors';
export type { ConstructProblem, PropProblem } from './core/errors';
export type { FirewallLogLevel, KeepPolicy, TenantIdentity } from './model/tenant-identity';

// ---- Provider wiring (the L1 bindings are `kommunal-cdk/proxmox`) ------------------------------
export { PROXMOX_PROVIDER_VERSION, ProxmoxConnection } from './providers/proxmox-connection';
export type { ProxmoxConnectionProps } from './providers/proxmox-connection';
export { VAULT_PROVIDER_VERSION, VaultConnection } from './providers/vault-connection';
export type { VaultConnectionProps } from './providers/vault-connection';

// ---- L2 constructs: network ----------------------------------------------------------------
export { NetworkSegments } from './network/network-segments';
export type {
  DhcpRange, NetworkSegmentsProps, SegmentDefinition, SegmentVnet, SegmentZone, ZoneOwner,
} from './network/network-segments';
export { TenantFirewall } from './network/tenant-firewall';
export type {
  FirewallFlow, FirewallGuest, FirewallPlatformService, FirewallSegment, FlowSource, GuestFirewall, GuestKind, TenantFirewallProps,
} from './network/tenant-firewall';
export { findClusterSingletons, TenantScopeGuard } from './network/tenant-scope-guard';
export type { SingletonViolation } from './network/tenant-scope-guard';
export { CLUSTER_FORWARD_POLICY, hostFirewallRules } from './network/host-firewall';
export type { HostFirewallRule, HostFirewallSettings } from './network/host-firewall';

// ---- L2 constructs: identity -----------------------------------------------------------------
export { TenantAccess } from './identity/tenant-access';
export { realmSecretVariableName } from './identity/tenant-access-props';
export type {
  AccessRole, AclEntry, LdapRealmSettings, OidcRealmSettings, PipelineAccess, RealmSecrets, RealmSpec, TenantAccessGroups, TenantAccessPaths,
  TenantAccessProps,
} from './identity/tenant-access-props';
export { DEFAULT_PLATFORM_ROLE_IDS, PlatformRoles } from './identity/platform-roles';
export type { IPlatformRoles, PlatformRoleIds, PlatformRoleKey, PlatformRolesProps } from './identity/platform-roles';
export { TenantVault } from './identity/tenant-vault';
export type { DirectoryRole, TenantVaultPolicy, TenantVaultProps } from './identity/tenant-vault';
export { CI_INPUTS_SECRET, TenantPipelineLogin, tenantCiInputs, tenantPlannerPolicyName, tenantPlannerRules, tenantProvisionerPolicyName, tenantProvisionerRules, PROVISIONER_POLICY_PREFIX } from './identity/tenant-pipeline-login';
export type { TenantCiInputs, TenantPipelineLoginProps, TenantProvisionerProps } from './identity/tenant-pipeline-login';
export { PlatformPipelineLogin, platformCiBoundClaims, platformCiPlanBoundClaims, platformCiPlanRoleName, platformCiRoleName, platformPlannerPolicyName, platformPlannerRules, PLATFORM_BOOTSTRAP_POLICY, PLATFORM_BOOTSTRAP_TOKEN_VARIABLE, PLATFORM_CI_ENVIRONMENT } from './identity/platform-pipeline-login';
export type { PlatformCiClaimSettings, PlatformPipelineLoginProps, PlatformPlannerProps } from './identity/platform-pipeline-login';
export { VAULT_CAPABILITIES } from './identity/policy-document';
export type { VaultGrant } from './identity/path-access';
export type { PolicyRule, VaultCapability } from './identity/policy-document';

// ---- L2 constructs: backup and logging -------------------------------------------------------
export { BACKUP_DEFAULTS, BACKUP_SECRET_NAMES, BackupPlan } from './backup/backup-plan';
export type { BackupMode, BackupPlanProps, BackupPlanSecrets, PbsStorageTarget, SecondCopyTarget } from './backup/backup-plan';
export { pbsPruneJob, pbsPruneJobCommand, PVE_KEEP_ALL, renderPbsPruneJobs } from './backup/prune-job';
export type { PbsPruneJob } from './backup/prune-job';
export { pbsSyncJobCommand, pbsSyncJobConfig, renderPbsSyncJobs, renderPbsSyncJobsJson, PBS_COPY_PRUNE_JOB_ID_PREFIX } from './backup/sync-job';
export type { PbsSyncJob } from './backup/sync-job';
export { LoggingBaseline } from './logging/logging-baseline';
export type { LogCollector, LoggingBaselineProps } from './logging/logging-baseline';

// ---- L3: stacks, the fleet, per-tenant documents ---------------------------------------------
export { KommuneStack } from './blueprint/kommune-stack';
export type { KommuneComplianceOptions, KommuneStackProps } from './blueprint/kommune-stack';
export { PlatformStack } from './blueprint/platform-stack';
export type { PlatformStackProps } from './blueprint/platform-stack';
export { PlatformBase } from './blueprint/platform-base';
export type { MetricsServerSettings, PlatformBaseProps } from './blueprint/platform-base';
export type { PlatformSpec } from './blueprint/platform-spec';
export { resolvePlatform } from './blueprint/resolve-platform';
export type { StateBackendConfig } from './blueprint/state-backend';
export { Fleet, loadFleetModel, PLATFORM_STACK_NAME, runFleetApp } from './blueprint/fleet';
export type { FleetModel, FleetStacksOptions, LoadFleetModelOptions, RunFleetAppOptions } from './blueprint/fleet';
export { pbsPruneJobOfSpec, renderAccessMatrix, renderBackupPlan, renderNetworkPlan } from './blueprint/tenant-documents';
export { pbsCopyPruneJobOfSpec, pbsSyncJobsOf, renderSiteFailure, restoreTargets } from './blueprint/site-documents';
export type { RestoreTarget } from './blueprint/site-documents';

// ---- Parameter files: load, validate, allocate, resolve --------------------------------------
export {
  checkFleetFile, checkFleetWithTenants, checkKommuneFile, loadFleet, loadFleetFile, loadKommuneFile,
} from './config/load';
export type { FileCheck, FleetCheck, Loaded, LoadedFleet, LoadedKommune, LoadOptions } from './config/load';
export { formatProblem, ValidationError } from './config/problems';
export type { Problem } from './config/problems';
export type { Part, PathSegment, SourceFile } from './config/source';
export { resolveFleet, resolveTenant } from './config/resolve';
export type { ResolvedFleet } from './config/resolve';
export { allocate, requestFromFleet } from './allocation/allocate';
export type { AllocationRequest, AllocationResult, TenantPins, TenantRequest } from './allocation/allocate';
export { AllocationError } from './allocation/errors';
export type { AllocationProblem } from './allocation/errors';
export { placeTenants } from './allocation/placement';
export type { PlacementCluster, PlacementRequest, PlacementResult } from './allocation/placement';
export {
  LOCKFILE_NAME, parseLockFile, readLockFile, readLockFileIfPresent, serializeLockFile, writeLockFile,
} from './allocation/lockfile';

// ---- The model: file types, catalogue, TenantSpec, tenant keys --------------------------------
export type {
  ApprovalInput, BackupInput, ClusterInput, FleetFile, FlowExceptionInput, FlowInput, IdentityInput, KommuneFile, LdapInput, LockFile,
  LoggingInput, MemberInput, OidcInput, PbsTarget, Retention, SegmentAllocation, SegmentInput, SegmentName, SizeProfile,
  RecordedRetention, SiteInput, SourcePosition, SuppressionInput, TenantAllocation, TenantKind, TenantState, TrustLevel, VaultIsolation, ZoneType,
} from './model/parameters';
export type {
  ApprovalSpec, BackupSpec, FlowSpec, IdentitySpec, LdapSpec, LoggingSpec, OidcSpec, RetentionSpec, RoleGroups,
  SegmentSpec, SuppressionSpec, TenantCell, TenantSpec, VaultSpec, ZoneSpec,
} from './model/spec';
export { SEGMENT_CATALOGUE, SEGMENT_NAMES } from './model/catalogue';
export { clusterOf, declaresClusters, fleetCluster, fleetClusters } from './model/clusters';
export type { SecondCopySpec, SecondCopySyncSpec } from './model/spec';
export { fleetSites, hasTwoSiteCopy, partnerSiteOf, pbsRemoteId, pbsSyncJobId, secondCopyOf, PBS_SYNC_MAX_DEPTH, PBS_SYNC_SCHEDULE } from './model/sites';
export type { SiteSpec } from './model/sites';
export type { ClusterSpec } from './model/clusters';
export type { SegmentCatalogueEntry } from './model/catalogue';
export { FLOW_CATALOGUE } from './model/flows';
export type { FlowCatalogueEntry, FlowProtocol } from './model/flows';
export type { VaultPolicyRole } from './model/vault-names';
export { assignTenantKeys, suggestTenantKey, validateTenantKey } from './model/tenant-key';
export type { Municipality } from './model/tenant-key';

// ---- Compliance: the Grundschutz rule pack, suppressions, reports, isolation -----------------
export { applyCompliance, ComplianceAspect, complianceReportOf } from './compliance/apply';
export type { ComplianceMode, ComplianceOptions } from './compliance/apply';
export { checkStack } from './compliance/check';
export type { CheckStackOptions, RuleResult, StackReport, SuppressedFinding, SuppressionProblemSite } from './compliance/check';
export { GRUNDSCHUTZ_PACK, GRUNDSCHUTZ_PACK_NAME, RULE_IDS, ruleById } from './compliance/pack';
export { suppress } from './compliance/suppressions';
export type { Suppression, SuppressionField, SuppressionSource, SuppressOptions } from './compliance/suppressions';
export type {
  Bilingual, ComplianceRule, Finding, ResultStatus, RuleContext, RuleLevel, RuleOutcome, RuleStatus, StackJson,
} from './compliance/types';
export { fleetReport, renderJsonReport, renderJunitReport, renderMarkdownReport } from './compliance/report';
export type { FleetReport } from './compliance/report';
export { analyseIsolation, isolationInputFromFootprint, isolationInputFromJson, isolationInputFromSpec } from './compliance/isolation';
export type {
  IsolationOptions, IsolationResult, IsolationViolation, IsolationViolationKind, TenantIsolationInput,
} from './compliance/isolation';
export { FOOTPRINT_KINDS, FootprintRegistry, PLATFORM_OWNER, platformFootprint, tenantFootprint } from './model/footprint';
export type {
  AllocatedSegments, Footprint, FootprintKind, FootprintRegistryOptions, PlatformFootprintInput, TenantFootprint,
} from './model/footprint';
export type { ProxmoxGrant, TenantGrants, TenantOwnership, VaultBinding, VaultPolicyGrants } from './compliance/ownership';

// ---- Offline conformance of synthesized JSON against the provider schemas ---------------------
export { checkConformance, checkConformanceFile, formatFindings } from './verify/conformance';
export type { ConformanceCode, ConformanceFinding, ConformanceOptions } from './verify/conformance';
export type {
  AttributeFacts, AttributeNesting, BlockFacts, BlockNesting, CtyType, NestedAttributeFacts, NestedBlockFacts, ProviderFacts,
} from './verify/schema-facts';

// ---- Guests: the vetted guest catalogue and its L2 construct (docs/workloads.md) ----------------
export { TenantGuests, guestNode, guestTags } from './compute/tenant-guests';
export type { GuestInstance, TenantGuestsProps } from './compute/tenant-guests';
export { GUEST_CATALOGUE, GUEST_PROFILE_NAMES, GUEST_SIZE_NAMES } from './model/guests';
export type { GuestKindName, GuestProfile, GuestProfileName, GuestSizeName, GuestSizeSpec } from './model/guests';
export type { GuestInput, GuestOverrideInput, GuestAllocation } from './model/parameters';
export type { GuestInstanceSpec, GuestNicSpec, GuestSpec } from './model/spec';
