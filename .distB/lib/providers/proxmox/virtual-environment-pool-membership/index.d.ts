import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentPoolMembershipConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership#pool_id VirtualEnvironmentPoolMembership#pool_id}
    */
    readonly poolId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership#storage_id VirtualEnvironmentPoolMembership#storage_id}
    */
    readonly storageId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership#vm_id VirtualEnvironmentPoolMembership#vm_id}
    */
    readonly vmId?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership proxmox_virtual_environment_pool_membership}
*/
export declare class VirtualEnvironmentPoolMembership extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_pool_membership";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentPoolMembership resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentPoolMembership to import
    * @param importFromId The id of the existing VirtualEnvironmentPoolMembership that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentPoolMembership to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_pool_membership proxmox_virtual_environment_pool_membership} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentPoolMembershipConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentPoolMembershipConfig);
    get id(): string;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    get poolIdInput(): string | undefined;
    private _storageId?;
    get storageId(): string;
    set storageId(value: string);
    resetStorageId(): void;
    get storageIdInput(): string | undefined;
    get type(): string;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
