import { TerraformElement, TerraformStack } from 'cdktf';
import { Construct, Node } from 'constructs';
import { BackupPlan } from '../backup/backup-plan';
import { type ComplianceOptions } from '../compliance/apply';
import type { TenantSpec } from '../config/spec';
import { TenantAccess } from '../identity/tenant-access';
import { TenantVault } from '../identity/tenant-vault';
import { LoggingBaseline } from '../logging/logging-baseline';
import { NetworkSegments } from '../network/network-segments';
import { TenantFirewall } from '../network/tenant-firewall';
import type { PlatformSpec } from './platform-spec';
/** Properties of {@link KommuneStack}. */
export interface KommuneStackProps {
    /** The tenant, fully resolved (lib/config/resolve.ts). */
    readonly spec: TenantSpec;
    /** The platform the tenant lives in (platform objects are referenced by stable name). */
    readonly platform: PlatformSpec;
    /**
     * Blueprint version the tenant's state was last applied with (recorded in its lock entry, see
     * docs/adr/0003-upgrades.md). When older than BLUEPRINT_VERSION, the stack emits `moved` blocks
     * for every address renamed since (lib/upgrade).
     * @default - the tenant is current: no moved blocks
     */
    readonly recordedBlueprintVersion?: number;
    /**
     * Compliance rule pack (lib/compliance, docs/compliance.md), evaluated at synthesis with this
     * tenant's spec and the suppressions of its Kommune file. `false` turns it off (for callers that
     * evaluate the stacks themselves, such as `kommunal check`).
     * @default - enabled: unsuppressed errors fail synthesis; suppression expiry is not evaluated
     */
    readonly compliance?: KommuneComplianceOptions | false;
}
/** Compliance options of a KommuneStack (the spec is the stack's own). */
export type KommuneComplianceOptions = Omit<ComplianceOptions, 'spec'>;
/**
 * One Kommune: one Terraform stack with its own state. Renders the tenant's network segments,
 * firewall, access, Vault, backup and logging from its TenantSpec; references platform objects
 * (zones, roles, metrics server, PKI, auth mounts) by name, so each tenant plans alone. Cluster-wide
 * singletons are refused (TenantScopeGuard).
 *
 * A tenant in state `decommissioning` keeps only what holds data: its PBS storage and backup job
 * (disabled: no new backups, the existing ones stay for their retention) and, in namespace
 * isolation, its Vault namespace and KV mount. Everything else (network, firewall, access,
 * realm, tokens, policies, logins, logging) is left out, so the next plan revokes it; the plan
 * guard lets exactly those deletes through and holds back the data until an approval dated after
 * the retention (docs/pipelines.md, "Offboarding").
 */
export declare class KommuneStack extends TerraformStack {
    readonly spec: TenantSpec;
    /** Absent while decommissioning. */
    readonly network?: NetworkSegments;
    /** Absent while decommissioning. */
    readonly firewall?: TenantFirewall;
    /** Absent while decommissioning. */
    readonly access?: TenantAccess;
    readonly vault: TenantVault;
    readonly backup: BackupPlan;
    /** Absent while decommissioning. */
    readonly logging?: LoggingBaseline;
    constructor(scope: Construct, id: string, props: KommuneStackProps);
    /**
     * cdktf's default logical IDs, remembered by construct path across the tenant stacks of a process
     * (every tenant has the same paths; the default scheme hashes each one).
     */
    protected allocateLogicalId(tfElement: TerraformElement | Node): string;
}
