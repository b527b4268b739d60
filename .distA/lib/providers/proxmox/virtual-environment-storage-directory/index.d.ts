import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentStorageDirectoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#content VirtualEnvironmentStorageDirectory#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#create_base_path VirtualEnvironmentStorageDirectory#create_base_path}
    */
    readonly createBasePath?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#create_subdirs VirtualEnvironmentStorageDirectory#create_subdirs}
    */
    readonly createSubdirs?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#disable VirtualEnvironmentStorageDirectory#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#id VirtualEnvironmentStorageDirectory#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#nodes VirtualEnvironmentStorageDirectory#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#path VirtualEnvironmentStorageDirectory#path}
    */
    readonly path: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#preallocation VirtualEnvironmentStorageDirectory#preallocation}
    */
    readonly preallocation?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#shared VirtualEnvironmentStorageDirectory#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#backups VirtualEnvironmentStorageDirectory#backups}
    */
    readonly backups?: VirtualEnvironmentStorageDirectoryBackups;
}
export interface VirtualEnvironmentStorageDirectoryBackups {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_all VirtualEnvironmentStorageDirectory#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_daily VirtualEnvironmentStorageDirectory#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_hourly VirtualEnvironmentStorageDirectory#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_last VirtualEnvironmentStorageDirectory#keep_last}
    */
    readonly keepLast?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_monthly VirtualEnvironmentStorageDirectory#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_weekly VirtualEnvironmentStorageDirectory#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#keep_yearly VirtualEnvironmentStorageDirectory#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#max_protected_backups VirtualEnvironmentStorageDirectory#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function virtualEnvironmentStorageDirectoryBackupsToTerraform(struct?: VirtualEnvironmentStorageDirectoryBackups | cdktf.IResolvable): any;
export declare function virtualEnvironmentStorageDirectoryBackupsToHclTerraform(struct?: VirtualEnvironmentStorageDirectoryBackups | cdktf.IResolvable): any;
export declare class VirtualEnvironmentStorageDirectoryBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentStorageDirectoryBackups | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentStorageDirectoryBackups | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory proxmox_virtual_environment_storage_directory}
*/
export declare class VirtualEnvironmentStorageDirectory extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_storage_directory";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStorageDirectory resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStorageDirectory to import
    * @param importFromId The id of the existing VirtualEnvironmentStorageDirectory that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStorageDirectory to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_directory proxmox_virtual_environment_storage_directory} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStorageDirectoryConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentStorageDirectoryConfig);
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
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _preallocation?;
    get preallocation(): string;
    set preallocation(value: string);
    resetPreallocation(): void;
    get preallocationInput(): string | undefined;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable | undefined;
    private _backups;
    get backups(): VirtualEnvironmentStorageDirectoryBackupsOutputReference;
    putBackups(value: VirtualEnvironmentStorageDirectoryBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | VirtualEnvironmentStorageDirectoryBackups | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
