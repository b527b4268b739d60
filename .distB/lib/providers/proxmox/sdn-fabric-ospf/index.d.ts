import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnFabricOspfConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf#area SdnFabricOspf#area}
    */
    readonly area: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf#id SdnFabricOspf#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf#ip_prefix SdnFabricOspf#ip_prefix}
    */
    readonly ipPrefix: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf proxmox_sdn_fabric_ospf}
*/
export declare class SdnFabricOspf extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_fabric_ospf";
    /**
    * Generates CDKTF code for importing a SdnFabricOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricOspf to import
    * @param importFromId The id of the existing SdnFabricOspf that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricOspf to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_ospf proxmox_sdn_fabric_ospf} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricOspfConfig
    */
    constructor(scope: Construct, id: string, config: SdnFabricOspfConfig);
    private _area?;
    get area(): string;
    set area(value: string);
    get areaInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _ipPrefix?;
    get ipPrefix(): string;
    set ipPrefix(value: string);
    get ipPrefixInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
