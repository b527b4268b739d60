import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnFabricNodeOpenfabricConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_openfabric#fabric_id DataProxmoxSdnFabricNodeOpenfabric#fabric_id}
    */
    readonly fabricId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_openfabric#node_id DataProxmoxSdnFabricNodeOpenfabric#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric}
*/
export declare class DataProxmoxSdnFabricNodeOpenfabric extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_fabric_node_openfabric";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnFabricNodeOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnFabricNodeOpenfabric to import
    * @param importFromId The id of the existing DataProxmoxSdnFabricNodeOpenfabric that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnFabricNodeOpenfabric to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnFabricNodeOpenfabricConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnFabricNodeOpenfabricConfig);
    private _fabricId?;
    get fabricId(): string;
    set fabricId(value: string);
    get fabricIdInput(): string | undefined;
    get id(): string;
    get interfaceNames(): string[];
    get ip(): string;
    get ip6(): string;
    private _nodeId?;
    get nodeId(): string;
    set nodeId(value: string);
    get nodeIdInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
