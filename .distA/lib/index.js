"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.nullableVariable = exports.VAULT_PROVIDER_VERSION = exports.VaultConnection = exports.PROXMOX_PROVIDER_VERSION = exports.ProxmoxConnection = exports.isBackupJobStop = exports.missingCredentials = exports.credentialNeeds = exports.checkTenantScope = exports.tenantFacts = exports.changedLockEntries = exports.selectChangedTenants = exports.PipelineInputError = exports.PIPELINE_DEFAULTS = exports.generateGitlabPipelines = exports.addressMatches = exports.longestRetentionDays = exports.formatGuardReport = exports.guardPlan = exports.PROTECTED_CATEGORIES = exports.classifyResource = exports.gitlabTerraformReport = exports.changeKind = exports.PlanInputError = exports.parsePlanJson = exports.hasTenantZone = exports.ZONE_TYPES = exports.dhcpRangeOf = exports.gatewayOf = exports.LOCKFILE_NAME = exports.writeLockFile = exports.serializeLockFile = exports.readLockFileIfPresent = exports.readLockFile = exports.parseLockFile = exports.checkLockConsistency = exports.AllocationError = exports.requestFromFleet = exports.allocate = void 0;
/**
 * kommunal-cdk: the public API. Re-exports only (STYLE 1). The generated Proxmox bindings are a
 * separate entry point: `kommunal-cdk/proxmox` (or `kommunal-cdk/proxmox/<resource>`).
 */
__exportStar(require("./core/errors"), exports);
__exportStar(require("./core/tenant"), exports);
__exportStar(require("./config"), exports);
__exportStar(require("./naming"), exports);
var allocation_1 = require("./allocation");
Object.defineProperty(exports, "allocate", { enumerable: true, get: function () { return allocation_1.allocate; } });
Object.defineProperty(exports, "requestFromFleet", { enumerable: true, get: function () { return allocation_1.requestFromFleet; } });
Object.defineProperty(exports, "AllocationError", { enumerable: true, get: function () { return allocation_1.AllocationError; } });
Object.defineProperty(exports, "checkLockConsistency", { enumerable: true, get: function () { return allocation_1.checkLockConsistency; } });
Object.defineProperty(exports, "parseLockFile", { enumerable: true, get: function () { return allocation_1.parseLockFile; } });
Object.defineProperty(exports, "readLockFile", { enumerable: true, get: function () { return allocation_1.readLockFile; } });
Object.defineProperty(exports, "readLockFileIfPresent", { enumerable: true, get: function () { return allocation_1.readLockFileIfPresent; } });
Object.defineProperty(exports, "serializeLockFile", { enumerable: true, get: function () { return allocation_1.serializeLockFile; } });
Object.defineProperty(exports, "writeLockFile", { enumerable: true, get: function () { return allocation_1.writeLockFile; } });
Object.defineProperty(exports, "LOCKFILE_NAME", { enumerable: true, get: function () { return allocation_1.LOCKFILE_NAME; } });
Object.defineProperty(exports, "gatewayOf", { enumerable: true, get: function () { return allocation_1.gatewayOf; } });
Object.defineProperty(exports, "dhcpRangeOf", { enumerable: true, get: function () { return allocation_1.dhcpRangeOf; } });
Object.defineProperty(exports, "ZONE_TYPES", { enumerable: true, get: function () { return allocation_1.ZONE_TYPES; } });
Object.defineProperty(exports, "hasTenantZone", { enumerable: true, get: function () { return allocation_1.hasTenantZone; } });
__exportStar(require("./network"), exports);
__exportStar(require("./identity"), exports);
__exportStar(require("./backup"), exports);
__exportStar(require("./logging"), exports);
__exportStar(require("./blueprint"), exports);
__exportStar(require("./compliance"), exports);
__exportStar(require("./verify"), exports);
__exportStar(require("./upgrade"), exports);
var pipeline_1 = require("./pipeline");
Object.defineProperty(exports, "parsePlanJson", { enumerable: true, get: function () { return pipeline_1.parsePlanJson; } });
Object.defineProperty(exports, "PlanInputError", { enumerable: true, get: function () { return pipeline_1.PlanInputError; } });
Object.defineProperty(exports, "changeKind", { enumerable: true, get: function () { return pipeline_1.changeKind; } });
Object.defineProperty(exports, "gitlabTerraformReport", { enumerable: true, get: function () { return pipeline_1.gitlabTerraformReport; } });
Object.defineProperty(exports, "classifyResource", { enumerable: true, get: function () { return pipeline_1.classifyResource; } });
Object.defineProperty(exports, "PROTECTED_CATEGORIES", { enumerable: true, get: function () { return pipeline_1.PROTECTED_CATEGORIES; } });
Object.defineProperty(exports, "guardPlan", { enumerable: true, get: function () { return pipeline_1.guardPlan; } });
Object.defineProperty(exports, "formatGuardReport", { enumerable: true, get: function () { return pipeline_1.formatGuardReport; } });
Object.defineProperty(exports, "longestRetentionDays", { enumerable: true, get: function () { return pipeline_1.longestRetentionDays; } });
Object.defineProperty(exports, "addressMatches", { enumerable: true, get: function () { return pipeline_1.addressMatches; } });
Object.defineProperty(exports, "generateGitlabPipelines", { enumerable: true, get: function () { return pipeline_1.generateGitlabPipelines; } });
Object.defineProperty(exports, "PIPELINE_DEFAULTS", { enumerable: true, get: function () { return pipeline_1.PIPELINE_DEFAULTS; } });
Object.defineProperty(exports, "PipelineInputError", { enumerable: true, get: function () { return pipeline_1.PipelineInputError; } });
Object.defineProperty(exports, "selectChangedTenants", { enumerable: true, get: function () { return pipeline_1.selectChangedTenants; } });
Object.defineProperty(exports, "changedLockEntries", { enumerable: true, get: function () { return pipeline_1.changedLockEntries; } });
Object.defineProperty(exports, "tenantFacts", { enumerable: true, get: function () { return pipeline_1.tenantFacts; } });
Object.defineProperty(exports, "checkTenantScope", { enumerable: true, get: function () { return pipeline_1.checkTenantScope; } });
Object.defineProperty(exports, "credentialNeeds", { enumerable: true, get: function () { return pipeline_1.credentialNeeds; } });
Object.defineProperty(exports, "missingCredentials", { enumerable: true, get: function () { return pipeline_1.missingCredentials; } });
Object.defineProperty(exports, "isBackupJobStop", { enumerable: true, get: function () { return pipeline_1.isBackupJobStop; } });
var proxmox_connection_1 = require("./providers/proxmox-connection");
Object.defineProperty(exports, "ProxmoxConnection", { enumerable: true, get: function () { return proxmox_connection_1.ProxmoxConnection; } });
Object.defineProperty(exports, "PROXMOX_PROVIDER_VERSION", { enumerable: true, get: function () { return proxmox_connection_1.PROXMOX_PROVIDER_VERSION; } });
var vault_connection_1 = require("./providers/vault-connection");
Object.defineProperty(exports, "VaultConnection", { enumerable: true, get: function () { return vault_connection_1.VaultConnection; } });
Object.defineProperty(exports, "VAULT_PROVIDER_VERSION", { enumerable: true, get: function () { return vault_connection_1.VAULT_PROVIDER_VERSION; } });
var variables_1 = require("./providers/variables");
Object.defineProperty(exports, "nullableVariable", { enumerable: true, get: function () { return variables_1.nullableVariable; } });
__exportStar(require("./synth"), exports);
