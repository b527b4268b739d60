import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnFabricOpenfabricConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#csnp_interval SdnFabricOpenfabric#csnp_interval}
    */
    readonly csnpInterval?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#hello_interval SdnFabricOpenfabric#hello_interval}
    */
    readonly helloInterval?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#id SdnFabricOpenfabric#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#ip6_prefix SdnFabricOpenfabric#ip6_prefix}
    */
    readonly ip6Prefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#ip_prefix SdnFabricOpenfabric#ip_prefix}
    */
    readonly ipPrefix?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric proxmox_sdn_fabric_openfabric}
*/
export declare class SdnFabricOpenfabric extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_fabric_openfabric";
    /**
    * Generates CDKTF code for importing a SdnFabricOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricOpenfabric to import
    * @param importFromId The id of the existing SdnFabricOpenfabric that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricOpenfabric to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric proxmox_sdn_fabric_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricOpenfabricConfig
    */
    constructor(scope: Construct, id: string, config: SdnFabricOpenfabricConfig);
    private _csnpInterval?;
    get csnpInterval(): number;
    set csnpInterval(value: number);
    resetCsnpInterval(): void;
    get csnpIntervalInput(): number | undefined;
    private _helloInterval?;
    get helloInterval(): number;
    set helloInterval(value: number);
    resetHelloInterval(): void;
    get helloIntervalInput(): number | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _ip6Prefix?;
    get ip6Prefix(): string;
    set ip6Prefix(value: string);
    resetIp6Prefix(): void;
    get ip6PrefixInput(): string | undefined;
    private _ipPrefix?;
    get ipPrefix(): string;
    set ipPrefix(value: string);
    resetIpPrefix(): void;
    get ipPrefixInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
