import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxNodeConfigConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/node_config#node_name DataProxmoxNodeConfig#node_name}
    */
    readonly nodeName: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/node_config proxmox_node_config}
*/
export declare class DataProxmoxNodeConfig extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_node_config";
    /**
    * Generates CDKTF code for importing a DataProxmoxNodeConfig resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxNodeConfig to import
    * @param importFromId The id of the existing DataProxmoxNodeConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/node_config#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxNodeConfig to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/node_config proxmox_node_config} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxNodeConfigConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxNodeConfigConfig);
    get description(): string;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
