/**
 * `kommunal-cdk/testing`: what a Kommune's own repository (or a provider's fleet repository) needs to
 * rehearse its fork of the blueprint: real `terraform` against the shadow providers of this package,
 * which serve the real schemas and declared behaviour of bpg/proxmox 0.111.1 and hashicorp/vault
 * 5.6.0. A rehearsal proves what terraform and the providers' declared behaviour accept, not what a
 * Proxmox or Vault server does (README: "What the rehearsal proves").
 */
export { rehearseFleet } from './rehearsal/rehearse-fleet';
export type { FleetRehearsalOptions, FleetRehearsalResult } from './rehearsal/rehearse-fleet';
export { applyStack, countChanges, planStack, readRawPlan, runStack } from './rehearsal/stack-run';
export type { PlanCounts, StackRunOptions, StackRunResult } from './rehearsal/stack-run';
export { BACKEND_OVERRIDE_FILE, RehearsalStepError, rehearsalVariables, Workspace } from './rehearsal/workspace';
export type { StepRecord, WorkspaceOptions } from './rehearsal/workspace';
export { checkTool, SUPPORTED_VERSIONS, ToolError, toolFromEnv } from './rehearsal/terraform';
export type { StepResult, TfTool, ToolInfo } from './rehearsal/terraform';
export { installRehearsalProviders, SHADOWED_PROVIDERS } from './rehearsal/providers';
export type { ShadowedProviderName, ShadowLauncher } from './rehearsal/providers';
export { createShadowProvider, loadShadowProvider } from './rehearsal/engine/provider';
export type { ShadowProviderOptions, ShadowProviderSpec } from './rehearsal/engine/provider';
export { FileObjectStore } from './rehearsal/engine/store';
export type { ObjectStore, StoredObject } from './rehearsal/engine/store';
export type { KvSecretV2 } from './rehearsal/model/vault';
export type { ApiChange, AuthResult, Caller, DataReadResult, DatacenterStore, DatacenterView, ModelError, ProviderModel, ProxmoxCaller, VaultCaller } from './rehearsal/model/api';
export { DynamicValue, isUnknown, UNKNOWN } from './rehearsal/provider-api';
export type { ApplyRequest, ApplyResult, Diagnostic, MoveRequest, PathStep, PlanRequest, PlanResult, ProviderSchemaJson, ShadowProvider, Value } from './rehearsal/provider-api';
export type { ProviderBehaviourJson } from './rehearsal/engine/behaviour';
export { SHIPPED_PROVIDERS } from './rehearsal/engine/provider';
export type { PlanJson, PlanOutputChange } from './pipeline/plan-json';
export type { GuardReport } from './pipeline/plan-guard';
export type { FleetModel } from './blueprint/fleet';
