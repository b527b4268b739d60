import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageCifsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#content StorageCifs#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#create_base_path StorageCifs#create_base_path}
    */
    readonly createBasePath?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#create_subdirs StorageCifs#create_subdirs}
    */
    readonly createSubdirs?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#disable StorageCifs#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#domain StorageCifs#domain}
    */
    readonly domain?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#id StorageCifs#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#nodes StorageCifs#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#options StorageCifs#options}
    */
    readonly options?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#password StorageCifs#password}
    */
    readonly password: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#preallocation StorageCifs#preallocation}
    */
    readonly preallocation?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#server StorageCifs#server}
    */
    readonly server: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#share StorageCifs#share}
    */
    readonly share: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#snapshot_as_volume_chain StorageCifs#snapshot_as_volume_chain}
    */
    readonly snapshotAsVolumeChain?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#subdirectory StorageCifs#subdirectory}
    */
    readonly subdirectory?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#username StorageCifs#username}
    */
    readonly username: string;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#backups StorageCifs#backups}
    */
    readonly backups?: StorageCifsBackups;
}
export interface StorageCifsBackups {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_all StorageCifs#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_daily StorageCifs#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_hourly StorageCifs#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_last StorageCifs#keep_last}
    */
    readonly keepLast?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_monthly StorageCifs#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_weekly StorageCifs#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#keep_yearly StorageCifs#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#max_protected_backups StorageCifs#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function storageCifsBackupsToTerraform(struct?: StorageCifsBackups | cdktf.IResolvable): any;
export declare function storageCifsBackupsToHclTerraform(struct?: StorageCifsBackups | cdktf.IResolvable): any;
export declare class StorageCifsBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): StorageCifsBackups | cdktf.IResolvable | undefined;
    set internalValue(value: StorageCifsBackups | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs proxmox_storage_cifs}
*/
export declare class StorageCifs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_cifs";
    /**
    * Generates CDKTF code for importing a StorageCifs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageCifs to import
    * @param importFromId The id of the existing StorageCifs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageCifs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_cifs proxmox_storage_cifs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageCifsConfig
    */
    constructor(scope: Construct, id: string, config: StorageCifsConfig);
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
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string | undefined;
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
    private _password?;
    get password(): string;
    set password(value: string);
    get passwordInput(): string | undefined;
    private _preallocation?;
    get preallocation(): string;
    set preallocation(value: string);
    resetPreallocation(): void;
    get preallocationInput(): string | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string | undefined;
    private _share?;
    get share(): string;
    set share(value: string);
    get shareInput(): string | undefined;
    get shared(): cdktf.IResolvable;
    private _snapshotAsVolumeChain?;
    get snapshotAsVolumeChain(): boolean | cdktf.IResolvable;
    set snapshotAsVolumeChain(value: boolean | cdktf.IResolvable);
    resetSnapshotAsVolumeChain(): void;
    get snapshotAsVolumeChainInput(): boolean | cdktf.IResolvable | undefined;
    private _subdirectory?;
    get subdirectory(): string;
    set subdirectory(value: string);
    resetSubdirectory(): void;
    get subdirectoryInput(): string | undefined;
    private _username?;
    get username(): string;
    set username(value: string);
    get usernameInput(): string | undefined;
    private _backups;
    get backups(): StorageCifsBackupsOutputReference;
    putBackups(value: StorageCifsBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | StorageCifsBackups | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
