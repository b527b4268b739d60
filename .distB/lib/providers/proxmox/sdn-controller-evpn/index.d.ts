import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnControllerEvpnConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn#asn SdnControllerEvpn#asn}
    */
    readonly asn: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn#fabric SdnControllerEvpn#fabric}
    */
    readonly fabric?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn#id SdnControllerEvpn#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn#peers SdnControllerEvpn#peers}
    */
    readonly peers?: string[];
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn proxmox_sdn_controller_evpn}
*/
export declare class SdnControllerEvpn extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_controller_evpn";
    /**
    * Generates CDKTF code for importing a SdnControllerEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnControllerEvpn to import
    * @param importFromId The id of the existing SdnControllerEvpn that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnControllerEvpn to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_controller_evpn proxmox_sdn_controller_evpn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnControllerEvpnConfig
    */
    constructor(scope: Construct, id: string, config: SdnControllerEvpnConfig);
    private _asn?;
    get asn(): number;
    set asn(value: number);
    get asnInput(): number | undefined;
    get digest(): string;
    private _fabric?;
    get fabric(): string;
    set fabric(value: string);
    resetFabric(): void;
    get fabricInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _peers?;
    get peers(): string[];
    set peers(value: string[]);
    resetPeers(): void;
    get peersInput(): string[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
