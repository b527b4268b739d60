import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnZoneVlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#bridge SdnZoneVlan#bridge}
    */
    readonly bridge: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#dns SdnZoneVlan#dns}
    */
    readonly dns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#dns_zone SdnZoneVlan#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#id SdnZoneVlan#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#ipam SdnZoneVlan#ipam}
    */
    readonly ipam?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#mtu SdnZoneVlan#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#nodes SdnZoneVlan#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#reverse_dns SdnZoneVlan#reverse_dns}
    */
    readonly reverseDns?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan proxmox_sdn_zone_vlan}
*/
export declare class SdnZoneVlan extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_zone_vlan";
    /**
    * Generates CDKTF code for importing a SdnZoneVlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnZoneVlan to import
    * @param importFromId The id of the existing SdnZoneVlan that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnZoneVlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_vlan proxmox_sdn_zone_vlan} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnZoneVlanConfig
    */
    constructor(scope: Construct, id: string, config: SdnZoneVlanConfig);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    get bridgeInput(): string | undefined;
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
