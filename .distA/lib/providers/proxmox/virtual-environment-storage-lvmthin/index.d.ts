import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentStorageLvmthinConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#content VirtualEnvironmentStorageLvmthin#content}
    */
    readonly content?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#disable VirtualEnvironmentStorageLvmthin#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#id VirtualEnvironmentStorageLvmthin#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#nodes VirtualEnvironmentStorageLvmthin#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#thin_pool VirtualEnvironmentStorageLvmthin#thin_pool}
    */
    readonly thinPool: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#volume_group VirtualEnvironmentStorageLvmthin#volume_group}
    */
    readonly volumeGroup: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin proxmox_virtual_environment_storage_lvmthin}
*/
export declare class VirtualEnvironmentStorageLvmthin extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_storage_lvmthin";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStorageLvmthin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStorageLvmthin to import
    * @param importFromId The id of the existing VirtualEnvironmentStorageLvmthin that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStorageLvmthin to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_lvmthin proxmox_virtual_environment_storage_lvmthin} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStorageLvmthinConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentStorageLvmthinConfig);
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
    private _thinPool?;
    get thinPool(): string;
    set thinPool(value: string);
    get thinPoolInput(): string | undefined;
    private _volumeGroup?;
    get volumeGroup(): string;
    set volumeGroup(value: string);
    get volumeGroupInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
