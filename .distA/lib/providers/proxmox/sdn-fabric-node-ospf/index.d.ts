import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnFabricNodeOspfConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf#fabric_id SdnFabricNodeOspf#fabric_id}
    */
    readonly fabricId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf#interface_names SdnFabricNodeOspf#interface_names}
    */
    readonly interfaceNames: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf#ip SdnFabricNodeOspf#ip}
    */
    readonly ip: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf#node_id SdnFabricNodeOspf#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf}
*/
export declare class SdnFabricNodeOspf extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_fabric_node_ospf";
    /**
    * Generates CDKTF code for importing a SdnFabricNodeOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricNodeOspf to import
    * @param importFromId The id of the existing SdnFabricNodeOspf that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricNodeOspf to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricNodeOspfConfig
    */
    constructor(scope: Construct, id: string, config: SdnFabricNodeOspfConfig);
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
    get ipInput(): string | undefined;
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
