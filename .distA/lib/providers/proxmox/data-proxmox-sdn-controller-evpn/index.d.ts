import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnControllerEvpnConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_controller_evpn#id DataProxmoxSdnControllerEvpn#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_controller_evpn proxmox_sdn_controller_evpn}
*/
export declare class DataProxmoxSdnControllerEvpn extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_controller_evpn";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnControllerEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnControllerEvpn to import
    * @param importFromId The id of the existing DataProxmoxSdnControllerEvpn that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_controller_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnControllerEvpn to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_controller_evpn proxmox_sdn_controller_evpn} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnControllerEvpnConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnControllerEvpnConfig);
    get asn(): number;
    get digest(): string;
    get fabric(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    get peers(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
