import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentClusterOptionsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#bandwidth_limit_clone VirtualEnvironmentClusterOptions#bandwidth_limit_clone}
    */
    readonly bandwidthLimitClone?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#bandwidth_limit_default VirtualEnvironmentClusterOptions#bandwidth_limit_default}
    */
    readonly bandwidthLimitDefault?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#bandwidth_limit_migration VirtualEnvironmentClusterOptions#bandwidth_limit_migration}
    */
    readonly bandwidthLimitMigration?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#bandwidth_limit_move VirtualEnvironmentClusterOptions#bandwidth_limit_move}
    */
    readonly bandwidthLimitMove?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#bandwidth_limit_restore VirtualEnvironmentClusterOptions#bandwidth_limit_restore}
    */
    readonly bandwidthLimitRestore?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#console VirtualEnvironmentClusterOptions#console}
    */
    readonly console?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha VirtualEnvironmentClusterOptions#crs_ha}
    */
    readonly crsHa?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_auto_rebalance VirtualEnvironmentClusterOptions#crs_ha_auto_rebalance}
    */
    readonly crsHaAutoRebalance?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_auto_rebalance_hold_duration VirtualEnvironmentClusterOptions#crs_ha_auto_rebalance_hold_duration}
    */
    readonly crsHaAutoRebalanceHoldDuration?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_auto_rebalance_margin VirtualEnvironmentClusterOptions#crs_ha_auto_rebalance_margin}
    */
    readonly crsHaAutoRebalanceMargin?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_auto_rebalance_method VirtualEnvironmentClusterOptions#crs_ha_auto_rebalance_method}
    */
    readonly crsHaAutoRebalanceMethod?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_auto_rebalance_threshold VirtualEnvironmentClusterOptions#crs_ha_auto_rebalance_threshold}
    */
    readonly crsHaAutoRebalanceThreshold?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#crs_ha_rebalance_on_start VirtualEnvironmentClusterOptions#crs_ha_rebalance_on_start}
    */
    readonly crsHaRebalanceOnStart?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#description VirtualEnvironmentClusterOptions#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#email_from VirtualEnvironmentClusterOptions#email_from}
    */
    readonly emailFrom?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#ha_shutdown_policy VirtualEnvironmentClusterOptions#ha_shutdown_policy}
    */
    readonly haShutdownPolicy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#http_proxy VirtualEnvironmentClusterOptions#http_proxy}
    */
    readonly httpProxy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#keyboard VirtualEnvironmentClusterOptions#keyboard}
    */
    readonly keyboard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#language VirtualEnvironmentClusterOptions#language}
    */
    readonly language?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#mac_prefix VirtualEnvironmentClusterOptions#mac_prefix}
    */
    readonly macPrefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#max_workers VirtualEnvironmentClusterOptions#max_workers}
    */
    readonly maxWorkers?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#migration_cidr VirtualEnvironmentClusterOptions#migration_cidr}
    */
    readonly migrationCidr?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#migration_type VirtualEnvironmentClusterOptions#migration_type}
    */
    readonly migrationType?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#next_id VirtualEnvironmentClusterOptions#next_id}
    */
    readonly nextId?: VirtualEnvironmentClusterOptionsNextId;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#notify VirtualEnvironmentClusterOptions#notify}
    */
    readonly notify?: VirtualEnvironmentClusterOptionsNotify;
}
export interface VirtualEnvironmentClusterOptionsNextId {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#lower VirtualEnvironmentClusterOptions#lower}
    */
    readonly lower?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#upper VirtualEnvironmentClusterOptions#upper}
    */
    readonly upper?: number;
}
export declare function virtualEnvironmentClusterOptionsNextIdToTerraform(struct?: VirtualEnvironmentClusterOptionsNextId | cdktf.IResolvable): any;
export declare function virtualEnvironmentClusterOptionsNextIdToHclTerraform(struct?: VirtualEnvironmentClusterOptionsNextId | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClusterOptionsNextIdOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClusterOptionsNextId | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClusterOptionsNextId | cdktf.IResolvable | undefined);
    private _lower?;
    get lower(): number;
    set lower(value: number);
    resetLower(): void;
    get lowerInput(): number | undefined;
    private _upper?;
    get upper(): number;
    set upper(value: number);
    resetUpper(): void;
    get upperInput(): number | undefined;
}
export interface VirtualEnvironmentClusterOptionsNotify {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#ha_fencing_mode VirtualEnvironmentClusterOptions#ha_fencing_mode}
    */
    readonly haFencingMode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#ha_fencing_target VirtualEnvironmentClusterOptions#ha_fencing_target}
    */
    readonly haFencingTarget?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#package_updates VirtualEnvironmentClusterOptions#package_updates}
    */
    readonly packageUpdates?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#package_updates_target VirtualEnvironmentClusterOptions#package_updates_target}
    */
    readonly packageUpdatesTarget?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#replication VirtualEnvironmentClusterOptions#replication}
    */
    readonly replication?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#replication_target VirtualEnvironmentClusterOptions#replication_target}
    */
    readonly replicationTarget?: string;
}
export declare function virtualEnvironmentClusterOptionsNotifyToTerraform(struct?: VirtualEnvironmentClusterOptionsNotify | cdktf.IResolvable): any;
export declare function virtualEnvironmentClusterOptionsNotifyToHclTerraform(struct?: VirtualEnvironmentClusterOptionsNotify | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClusterOptionsNotifyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClusterOptionsNotify | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClusterOptionsNotify | cdktf.IResolvable | undefined);
    private _haFencingMode?;
    get haFencingMode(): string;
    set haFencingMode(value: string);
    resetHaFencingMode(): void;
    get haFencingModeInput(): string | undefined;
    private _haFencingTarget?;
    get haFencingTarget(): string;
    set haFencingTarget(value: string);
    resetHaFencingTarget(): void;
    get haFencingTargetInput(): string | undefined;
    private _packageUpdates?;
    get packageUpdates(): string;
    set packageUpdates(value: string);
    resetPackageUpdates(): void;
    get packageUpdatesInput(): string | undefined;
    private _packageUpdatesTarget?;
    get packageUpdatesTarget(): string;
    set packageUpdatesTarget(value: string);
    resetPackageUpdatesTarget(): void;
    get packageUpdatesTargetInput(): string | undefined;
    private _replication?;
    get replication(): string;
    set replication(value: string);
    resetReplication(): void;
    get replicationInput(): string | undefined;
    private _replicationTarget?;
    get replicationTarget(): string;
    set replicationTarget(value: string);
    resetReplicationTarget(): void;
    get replicationTargetInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options proxmox_virtual_environment_cluster_options}
*/
export declare class VirtualEnvironmentClusterOptions extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_cluster_options";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClusterOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClusterOptions to import
    * @param importFromId The id of the existing VirtualEnvironmentClusterOptions that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClusterOptions to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_options proxmox_virtual_environment_cluster_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClusterOptionsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: VirtualEnvironmentClusterOptionsConfig);
    private _bandwidthLimitClone?;
    get bandwidthLimitClone(): number;
    set bandwidthLimitClone(value: number);
    resetBandwidthLimitClone(): void;
    get bandwidthLimitCloneInput(): number | undefined;
    private _bandwidthLimitDefault?;
    get bandwidthLimitDefault(): number;
    set bandwidthLimitDefault(value: number);
    resetBandwidthLimitDefault(): void;
    get bandwidthLimitDefaultInput(): number | undefined;
    private _bandwidthLimitMigration?;
    get bandwidthLimitMigration(): number;
    set bandwidthLimitMigration(value: number);
    resetBandwidthLimitMigration(): void;
    get bandwidthLimitMigrationInput(): number | undefined;
    private _bandwidthLimitMove?;
    get bandwidthLimitMove(): number;
    set bandwidthLimitMove(value: number);
    resetBandwidthLimitMove(): void;
    get bandwidthLimitMoveInput(): number | undefined;
    private _bandwidthLimitRestore?;
    get bandwidthLimitRestore(): number;
    set bandwidthLimitRestore(value: number);
    resetBandwidthLimitRestore(): void;
    get bandwidthLimitRestoreInput(): number | undefined;
    private _console?;
    get console(): string;
    set console(value: string);
    resetConsole(): void;
    get consoleInput(): string | undefined;
    private _crsHa?;
    get crsHa(): string;
    set crsHa(value: string);
    resetCrsHa(): void;
    get crsHaInput(): string | undefined;
    private _crsHaAutoRebalance?;
    get crsHaAutoRebalance(): boolean | cdktf.IResolvable;
    set crsHaAutoRebalance(value: boolean | cdktf.IResolvable);
    resetCrsHaAutoRebalance(): void;
    get crsHaAutoRebalanceInput(): boolean | cdktf.IResolvable | undefined;
    private _crsHaAutoRebalanceHoldDuration?;
    get crsHaAutoRebalanceHoldDuration(): number;
    set crsHaAutoRebalanceHoldDuration(value: number);
    resetCrsHaAutoRebalanceHoldDuration(): void;
    get crsHaAutoRebalanceHoldDurationInput(): number | undefined;
    private _crsHaAutoRebalanceMargin?;
    get crsHaAutoRebalanceMargin(): number;
    set crsHaAutoRebalanceMargin(value: number);
    resetCrsHaAutoRebalanceMargin(): void;
    get crsHaAutoRebalanceMarginInput(): number | undefined;
    private _crsHaAutoRebalanceMethod?;
    get crsHaAutoRebalanceMethod(): string;
    set crsHaAutoRebalanceMethod(value: string);
    resetCrsHaAutoRebalanceMethod(): void;
    get crsHaAutoRebalanceMethodInput(): string | undefined;
    private _crsHaAutoRebalanceThreshold?;
    get crsHaAutoRebalanceThreshold(): number;
    set crsHaAutoRebalanceThreshold(value: number);
    resetCrsHaAutoRebalanceThreshold(): void;
    get crsHaAutoRebalanceThresholdInput(): number | undefined;
    private _crsHaRebalanceOnStart?;
    get crsHaRebalanceOnStart(): boolean | cdktf.IResolvable;
    set crsHaRebalanceOnStart(value: boolean | cdktf.IResolvable);
    resetCrsHaRebalanceOnStart(): void;
    get crsHaRebalanceOnStartInput(): boolean | cdktf.IResolvable | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _emailFrom?;
    get emailFrom(): string;
    set emailFrom(value: string);
    resetEmailFrom(): void;
    get emailFromInput(): string | undefined;
    private _haShutdownPolicy?;
    get haShutdownPolicy(): string;
    set haShutdownPolicy(value: string);
    resetHaShutdownPolicy(): void;
    get haShutdownPolicyInput(): string | undefined;
    private _httpProxy?;
    get httpProxy(): string;
    set httpProxy(value: string);
    resetHttpProxy(): void;
    get httpProxyInput(): string | undefined;
    get id(): string;
    private _keyboard?;
    get keyboard(): string;
    set keyboard(value: string);
    resetKeyboard(): void;
    get keyboardInput(): string | undefined;
    private _language?;
    get language(): string;
    set language(value: string);
    resetLanguage(): void;
    get languageInput(): string | undefined;
    private _macPrefix?;
    get macPrefix(): string;
    set macPrefix(value: string);
    resetMacPrefix(): void;
    get macPrefixInput(): string | undefined;
    private _maxWorkers?;
    get maxWorkers(): number;
    set maxWorkers(value: number);
    resetMaxWorkers(): void;
    get maxWorkersInput(): number | undefined;
    private _migrationCidr?;
    get migrationCidr(): string;
    set migrationCidr(value: string);
    resetMigrationCidr(): void;
    get migrationCidrInput(): string | undefined;
    private _migrationType?;
    get migrationType(): string;
    set migrationType(value: string);
    resetMigrationType(): void;
    get migrationTypeInput(): string | undefined;
    private _nextId;
    get nextId(): VirtualEnvironmentClusterOptionsNextIdOutputReference;
    putNextId(value: VirtualEnvironmentClusterOptionsNextId): void;
    resetNextId(): void;
    get nextIdInput(): cdktf.IResolvable | VirtualEnvironmentClusterOptionsNextId | undefined;
    private _notify;
    get notify(): VirtualEnvironmentClusterOptionsNotifyOutputReference;
    putNotify(value: VirtualEnvironmentClusterOptionsNotify): void;
    resetNotify(): void;
    get notifyInput(): cdktf.IResolvable | VirtualEnvironmentClusterOptionsNotify | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
