import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnFabricNodeOpenfabricConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#fabric_id SdnFabricNodeOpenfabric#fabric_id}
    */
    readonly fabricId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#interface_names SdnFabricNodeOpenfabric#interface_names}
    */
    readonly interfaceNames: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#ip SdnFabricNodeOpenfabric#ip}
    */
    readonly ip?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#ip6 SdnFabricNodeOpenfabric#ip6}
    */
    readonly ip6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#node_id SdnFabricNodeOpenfabric#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric}
*/
export declare class SdnFabricNodeOpenfabric extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_fabric_node_openfabric";
    /**
    * Generates CDKTF code for importing a SdnFabricNodeOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricNodeOpenfabric to import
    * @param importFromId The id of the existing SdnFabricNodeOpenfabric that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricNodeOpenfabric to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricNodeOpenfabricConfig
    */
    constructor(scope: Construct, id: string, config: SdnFabricNodeOpenfabricConfig);
    private _fabricId?;
    get fabricId(): string;
    set fabricId(value: string);
    get fabricIdInput(): string | undefined;
    get id(): string;
    private _interfaceNames?;
    get interfaceNames(): string[];
    set interfaceNames(value: string[]);
    get interfaceNamesInput(): string[] | undefined;
    private _ip?;
    get ip(): string;
    set ip(value: string);
    resetIp(): void;
    get ipInput(): string | undefined;
    private _ip6?;
    get ip6(): string;
    set ip6(value: string);
    resetIp6(): void;
    get ip6Input(): string | undefined;
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
