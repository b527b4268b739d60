import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageZfspoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#blocksize StorageZfspool#blocksize}
    */
    readonly blocksize?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#content StorageZfspool#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#disable StorageZfspool#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#id StorageZfspool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#nodes StorageZfspool#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#thin_provision StorageZfspool#thin_provision}
    */
    readonly thinProvision?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#zfs_pool StorageZfspool#zfs_pool}
    */
    readonly zfsPool: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool proxmox_storage_zfspool}
*/
export declare class StorageZfspool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_zfspool";
    /**
    * Generates CDKTF code for importing a StorageZfspool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageZfspool to import
    * @param importFromId The id of the existing StorageZfspool that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageZfspool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool proxmox_storage_zfspool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageZfspoolConfig
    */
    constructor(scope: Construct, id: string, config: StorageZfspoolConfig);
    private _blocksize?;
    get blocksize(): string;
    set blocksize(value: string);
    resetBlocksize(): void;
    get blocksizeInput(): string | undefined;
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[] | undefined;
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
    get shared(): cdktf.IResolvable;
    private _thinProvision?;
    get thinProvision(): boolean | cdktf.IResolvable;
    set thinProvision(value: boolean | cdktf.IResolvable);
    resetThinProvision(): void;
    get thinProvisionInput(): boolean | cdktf.IResolvable | undefined;
    private _zfsPool?;
    get zfsPool(): string;
    set zfsPool(value: string);
    get zfsPoolInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
