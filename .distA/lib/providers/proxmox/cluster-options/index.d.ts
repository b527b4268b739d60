import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ClusterOptionsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#bandwidth_limit_clone ClusterOptions#bandwidth_limit_clone}
    */
    readonly bandwidthLimitClone?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#bandwidth_limit_default ClusterOptions#bandwidth_limit_default}
    */
    readonly bandwidthLimitDefault?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#bandwidth_limit_migration ClusterOptions#bandwidth_limit_migration}
    */
    readonly bandwidthLimitMigration?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#bandwidth_limit_move ClusterOptions#bandwidth_limit_move}
    */
    readonly bandwidthLimitMove?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#bandwidth_limit_restore ClusterOptions#bandwidth_limit_restore}
    */
    readonly bandwidthLimitRestore?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#console ClusterOptions#console}
    */
    readonly console?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha ClusterOptions#crs_ha}
    */
    readonly crsHa?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_auto_rebalance ClusterOptions#crs_ha_auto_rebalance}
    */
    readonly crsHaAutoRebalance?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_auto_rebalance_hold_duration ClusterOptions#crs_ha_auto_rebalance_hold_duration}
    */
    readonly crsHaAutoRebalanceHoldDuration?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_auto_rebalance_margin ClusterOptions#crs_ha_auto_rebalance_margin}
    */
    readonly crsHaAutoRebalanceMargin?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_auto_rebalance_method ClusterOptions#crs_ha_auto_rebalance_method}
    */
    readonly crsHaAutoRebalanceMethod?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_auto_rebalance_threshold ClusterOptions#crs_ha_auto_rebalance_threshold}
    */
    readonly crsHaAutoRebalanceThreshold?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#crs_ha_rebalance_on_start ClusterOptions#crs_ha_rebalance_on_start}
    */
    readonly crsHaRebalanceOnStart?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#description ClusterOptions#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#email_from ClusterOptions#email_from}
    */
    readonly emailFrom?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#ha_shutdown_policy ClusterOptions#ha_shutdown_policy}
    */
    readonly haShutdownPolicy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#http_proxy ClusterOptions#http_proxy}
    */
    readonly httpProxy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#keyboard ClusterOptions#keyboard}
    */
    readonly keyboard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#language ClusterOptions#language}
    */
    readonly language?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#mac_prefix ClusterOptions#mac_prefix}
    */
    readonly macPrefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#max_workers ClusterOptions#max_workers}
    */
    readonly maxWorkers?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#migration_cidr ClusterOptions#migration_cidr}
    */
    readonly migrationCidr?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#migration_type ClusterOptions#migration_type}
    */
    readonly migrationType?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#next_id ClusterOptions#next_id}
    */
    readonly nextId?: ClusterOptionsNextId;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#notify ClusterOptions#notify}
    */
    readonly notify?: ClusterOptionsNotify;
}
export interface ClusterOptionsNextId {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#lower ClusterOptions#lower}
    */
    readonly lower?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#upper ClusterOptions#upper}
    */
    readonly upper?: number;
}
export declare function clusterOptionsNextIdToTerraform(struct?: ClusterOptionsNextId | cdktf.IResolvable): any;
export declare function clusterOptionsNextIdToHclTerraform(struct?: ClusterOptionsNextId | cdktf.IResolvable): any;
export declare class ClusterOptionsNextIdOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClusterOptionsNextId | cdktf.IResolvable | undefined;
    set internalValue(value: ClusterOptionsNextId | cdktf.IResolvable | undefined);
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
export interface ClusterOptionsNotify {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#ha_fencing_mode ClusterOptions#ha_fencing_mode}
    */
    readonly haFencingMode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#ha_fencing_target ClusterOptions#ha_fencing_target}
    */
    readonly haFencingTarget?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#package_updates ClusterOptions#package_updates}
    */
    readonly packageUpdates?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#package_updates_target ClusterOptions#package_updates_target}
    */
    readonly packageUpdatesTarget?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#replication ClusterOptions#replication}
    */
    readonly replication?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#replication_target ClusterOptions#replication_target}
    */
    readonly replicationTarget?: string;
}
export declare function clusterOptionsNotifyToTerraform(struct?: ClusterOptionsNotify | cdktf.IResolvable): any;
export declare function clusterOptionsNotifyToHclTerraform(struct?: ClusterOptionsNotify | cdktf.IResolvable): any;
export declare class ClusterOptionsNotifyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClusterOptionsNotify | cdktf.IResolvable | undefined;
    set internalValue(value: ClusterOptionsNotify | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options proxmox_cluster_options}
*/
export declare class ClusterOptions extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_cluster_options";
    /**
    * Generates CDKTF code for importing a ClusterOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ClusterOptions to import
    * @param importFromId The id of the existing ClusterOptions that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ClusterOptions to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cluster_options proxmox_cluster_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ClusterOptionsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: ClusterOptionsConfig);
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
    get nextId(): ClusterOptionsNextIdOutputReference;
    putNextId(value: ClusterOptionsNextId): void;
    resetNextId(): void;
    get nextIdInput(): cdktf.IResolvable | ClusterOptionsNextId | undefined;
    private _notify;
    get notify(): ClusterOptionsNotifyOutputReference;
    putNotify(value: ClusterOptionsNotify): void;
    resetNotify(): void;
    get notifyInput(): cdktf.IResolvable | ClusterOptionsNotify | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
