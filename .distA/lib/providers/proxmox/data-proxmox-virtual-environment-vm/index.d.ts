import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#id DataProxmoxVirtualEnvironmentVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#node_name DataProxmoxVirtualEnvironmentVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#status DataProxmoxVirtualEnvironmentVm#status}
    */
    readonly status?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#template DataProxmoxVirtualEnvironmentVm#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#vm_id DataProxmoxVirtualEnvironmentVm#vm_id}
    */
    readonly vmId: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm proxmox_virtual_environment_vm}
*/
export declare class DataProxmoxVirtualEnvironmentVm extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_vm";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentVm to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm proxmox_virtual_environment_vm} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentVmConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentVmConfig);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _status?;
    get status(): string;
    set status(value: string);
    resetStatus(): void;
    get statusInput(): string | undefined;
    get tags(): string[];
    private _template?;
    get template(): boolean | cdktf.IResolvable;
    set template(value: boolean | cdktf.IResolvable);
    resetTemplate(): void;
    get templateInput(): boolean | cdktf.IResolvable | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    get vmIdInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
