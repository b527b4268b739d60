import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnZoneSimpleConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#dhcp VirtualEnvironmentSdnZoneSimple#dhcp}
    */
    readonly dhcp?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#dns VirtualEnvironmentSdnZoneSimple#dns}
    */
    readonly dns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#dns_zone VirtualEnvironmentSdnZoneSimple#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#id VirtualEnvironmentSdnZoneSimple#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#ipam VirtualEnvironmentSdnZoneSimple#ipam}
    */
    readonly ipam?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#mtu VirtualEnvironmentSdnZoneSimple#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#nodes VirtualEnvironmentSdnZoneSimple#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#reverse_dns VirtualEnvironmentSdnZoneSimple#reverse_dns}
    */
    readonly reverseDns?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple proxmox_virtual_environment_sdn_zone_simple}
*/
export declare class VirtualEnvironmentSdnZoneSimple extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_zone_simple";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnZoneSimple resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnZoneSimple to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnZoneSimple that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnZoneSimple to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_simple proxmox_virtual_environment_sdn_zone_simple} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnZoneSimpleConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnZoneSimpleConfig);
    private _dhcp?;
    get dhcp(): string;
    set dhcp(value: string);
    resetDhcp(): void;
    get dhcpInput(): string | undefined;
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
