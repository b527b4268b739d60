import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentStoragePbsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#content VirtualEnvironmentStoragePbs#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#datastore VirtualEnvironmentStoragePbs#datastore}
    */
    readonly datastore: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#disable VirtualEnvironmentStoragePbs#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#encryption_key VirtualEnvironmentStoragePbs#encryption_key}
    */
    readonly encryptionKey?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#fingerprint VirtualEnvironmentStoragePbs#fingerprint}
    */
    readonly fingerprint?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#generate_encryption_key VirtualEnvironmentStoragePbs#generate_encryption_key}
    */
    readonly generateEncryptionKey?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#id VirtualEnvironmentStoragePbs#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#namespace VirtualEnvironmentStoragePbs#namespace}
    */
    readonly namespace?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#nodes VirtualEnvironmentStoragePbs#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#password VirtualEnvironmentStoragePbs#password}
    */
    readonly password: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#server VirtualEnvironmentStoragePbs#server}
    */
    readonly server: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#username VirtualEnvironmentStoragePbs#username}
    */
    readonly username: string;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#backups VirtualEnvironmentStoragePbs#backups}
    */
    readonly backups?: VirtualEnvironmentStoragePbsBackups;
}
export interface VirtualEnvironmentStoragePbsBackups {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_all VirtualEnvironmentStoragePbs#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_daily VirtualEnvironmentStoragePbs#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_hourly VirtualEnvironmentStoragePbs#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_last VirtualEnvironmentStoragePbs#keep_last}
    */
    readonly keepLast?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_monthly VirtualEnvironmentStoragePbs#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_weekly VirtualEnvironmentStoragePbs#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#keep_yearly VirtualEnvironmentStoragePbs#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#max_protected_backups VirtualEnvironmentStoragePbs#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function virtualEnvironmentStoragePbsBackupsToTerraform(struct?: VirtualEnvironmentStoragePbsBackups | cdktf.IResolvable): any;
export declare function virtualEnvironmentStoragePbsBackupsToHclTerraform(struct?: VirtualEnvironmentStoragePbsBackups | cdktf.IResolvable): any;
export declare class VirtualEnvironmentStoragePbsBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentStoragePbsBackups | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentStoragePbsBackups | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs proxmox_virtual_environment_storage_pbs}
*/
export declare class VirtualEnvironmentStoragePbs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_storage_pbs";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStoragePbs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStoragePbs to import
    * @param importFromId The id of the existing VirtualEnvironmentStoragePbs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStoragePbs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs proxmox_virtual_environment_storage_pbs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStoragePbsConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentStoragePbsConfig);
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[] | undefined;
    private _datastore?;
    get datastore(): string;
    set datastore(value: string);
    get datastoreInput(): string | undefined;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable | undefined;
    private _encryptionKey?;
    get encryptionKey(): string;
    set encryptionKey(value: string);
    resetEncryptionKey(): void;
    get encryptionKeyInput(): string | undefined;
    get encryptionKeyFingerprint(): string;
    private _fingerprint?;
    get fingerprint(): string;
    set fingerprint(value: string);
    resetFingerprint(): void;
    get fingerprintInput(): string | undefined;
    private _generateEncryptionKey?;
    get generateEncryptionKey(): boolean | cdktf.IResolvable;
    set generateEncryptionKey(value: boolean | cdktf.IResolvable);
    resetGenerateEncryptionKey(): void;
    get generateEncryptionKeyInput(): boolean | cdktf.IResolvable | undefined;
    get generatedEncryptionKey(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _namespace?;
    get namespace(): string;
    set namespace(value: string);
    resetNamespace(): void;
    get namespaceInput(): string | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    get passwordInput(): string | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string | undefined;
    get shared(): cdktf.IResolvable;
    private _username?;
    get username(): string;
    set username(value: string);
    get usernameInput(): string | undefined;
    private _backups;
    get backups(): VirtualEnvironmentStoragePbsBackupsOutputReference;
    putBackups(value: VirtualEnvironmentStoragePbsBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | VirtualEnvironmentStoragePbsBackups | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
