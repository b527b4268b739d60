import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageNfsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#content StorageNfs#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#create_base_path StorageNfs#create_base_path}
    */
    readonly createBasePath?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#create_subdirs StorageNfs#create_subdirs}
    */
    readonly createSubdirs?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#disable StorageNfs#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#export StorageNfs#export}
    */
    readonly export: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#id StorageNfs#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#nodes StorageNfs#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#options StorageNfs#options}
    */
    readonly options?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#preallocation StorageNfs#preallocation}
    */
    readonly preallocation?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#server StorageNfs#server}
    */
    readonly server: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#snapshot_as_volume_chain StorageNfs#snapshot_as_volume_chain}
    */
    readonly snapshotAsVolumeChain?: boolean | cdktf.IResolvable;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#backups StorageNfs#backups}
    */
    readonly backups?: StorageNfsBackups;
}
export interface StorageNfsBackups {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_all StorageNfs#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_daily StorageNfs#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_hourly StorageNfs#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_last StorageNfs#keep_last}
    */
    readonly keepLast?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_monthly StorageNfs#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_weekly StorageNfs#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#keep_yearly StorageNfs#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#max_protected_backups StorageNfs#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function storageNfsBackupsToTerraform(struct?: StorageNfsBackups | cdktf.IResolvable): any;
export declare function storageNfsBackupsToHclTerraform(struct?: StorageNfsBackups | cdktf.IResolvable): any;
export declare class StorageNfsBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): StorageNfsBackups | cdktf.IResolvable | undefined;
    set internalValue(value: StorageNfsBackups | cdktf.IResolvable | undefined);
    private _keepAll?;
    get keepAll(): boolean | cdktf.IResolvable;
    set keepAll(value: boolean | cdktf.IResolvable);
    resetKeepAll(): void;
    get keepAllInput(): boolean | cdktf.IResolvable | undefined;
    private _keepDaily?;
    get keepDaily(): number;
    set keepDaily(value: number);
    resetKeepDaily(): void;
    get keepDailyInput(): number | undefined;
    private _keepHourly?;
    get keepHourly(): number;
    set keepHourly(value: number);
    resetKeepHourly(): void;
    get keepHourlyInput(): number | undefined;
    private _keepLast?;
    get keepLast(): number;
    set keepLast(value: number);
    resetKeepLast(): void;
    get keepLastInput(): number | undefined;
    private _keepMonthly?;
    get keepMonthly(): number;
    set keepMonthly(value: number);
    resetKeepMonthly(): void;
    get keepMonthlyInput(): number | undefined;
    private _keepWeekly?;
    get keepWeekly(): number;
    set keepWeekly(value: number);
    resetKeepWeekly(): void;
    get keepWeeklyInput(): number | undefined;
    private _keepYearly?;
    get keepYearly(): number;
    set keepYearly(value: number);
    resetKeepYearly(): void;
    get keepYearlyInput(): number | undefined;
    private _maxProtectedBackups?;
    get maxProtectedBackups(): number;
    set maxProtectedBackups(value: number);
    resetMaxProtectedBackups(): void;
    get maxProtectedBackupsInput(): number | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs proxmox_storage_nfs}
*/
export declare class StorageNfs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_nfs";
    /**
    * Generates CDKTF code for importing a StorageNfs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageNfs to import
    * @param importFromId The id of the existing StorageNfs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageNfs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_nfs proxmox_storage_nfs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageNfsConfig
    */
    constructor(scope: Construct, id: string, config: StorageNfsConfig);
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[] | undefined;
    private _createBasePath?;
    get createBasePath(): boolean | cdktf.IResolvable;
    set createBasePath(value: boolean | cdktf.IResolvable);
    resetCreateBasePath(): void;
    get createBasePathInput(): boolean | cdktf.IResolvable | undefined;
    private _createSubdirs?;
    get createSubdirs(): boolean | cdktf.IResolvable;
    set createSubdirs(value: boolean | cdktf.IResolvable);
    resetCreateSubdirs(): void;
    get createSubdirsInput(): boolean | cdktf.IResolvable | undefined;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable | undefined;
    private _export?;
    get export(): string;
    set export(value: string);
    get exportInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    private _options?;
    get options(): string;
    set options(value: string);
    resetOptions(): void;
    get optionsInput(): string | undefined;
    private _preallocation?;
    get preallocation(): string;
    set preallocation(value: string);
    resetPreallocation(): void;
    get preallocationInput(): string | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string | undefined;
    get shared(): cdktf.IResolvable;
    private _snapshotAsVolumeChain?;
    get snapshotAsVolumeChain(): boolean | cdktf.IResolvable;
    set snapshotAsVolumeChain(value: boolean | cdktf.IResolvable);
    resetSnapshotAsVolumeChain(): void;
    get snapshotAsVolumeChainInput(): boolean | cdktf.IResolvable | undefined;
    private _backups;
    get backups(): StorageNfsBackupsOutputReference;
    putBackups(value: StorageNfsBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | StorageNfsBackups | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
