import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnZoneVxlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#dns SdnZoneVxlan#dns}
    */
    readonly dns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#dns_zone SdnZoneVxlan#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#id SdnZoneVxlan#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#ipam SdnZoneVxlan#ipam}
    */
    readonly ipam?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#mtu SdnZoneVxlan#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#nodes SdnZoneVxlan#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#peers SdnZoneVxlan#peers}
    */
    readonly peers: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#reverse_dns SdnZoneVxlan#reverse_dns}
    */
    readonly reverseDns?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan proxmox_sdn_zone_vxlan}
*/
export declare class SdnZoneVxlan extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_zone_vxlan";
    /**
    * Generates CDKTF code for importing a SdnZoneVxlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnZoneVxlan to import
    * @param importFromId The id of the existing SdnZoneVxlan that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnZoneVxlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vxlan proxmox_sdn_zone_vxlan} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnZoneVxlanConfig
    */
    constructor(scope: Construct, id: string, config: SdnZoneVxlanConfig);
    private _dns?;
    get dns(): string;
    set dns(value: string);
    resetDns(): void;
    get dnsInput(): string | undefined;
    private _dnsZone?;
    get dnsZone(): string;
    set dnsZone(value: string);
    resetDnsZone(): void;
    get dnsZoneInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _ipam?;
    get ipam(): string;
    set ipam(value: string);
    resetIpam(): void;
    get ipamInput(): string | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    private _peers?;
    get peers(): string[];
    set peers(value: string[]);
    get peersInput(): string[] | undefined;
    get pending(): cdktf.IResolvable;
    private _reverseDns?;
    get reverseDns(): string;
    set reverseDns(value: string);
    resetReverseDns(): void;
    get reverseDnsInput(): string | undefined;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
