import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnZoneQinqConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#bridge VirtualEnvironmentSdnZoneQinq#bridge}
    */
    readonly bridge: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#dns VirtualEnvironmentSdnZoneQinq#dns}
    */
    readonly dns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#dns_zone VirtualEnvironmentSdnZoneQinq#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#id VirtualEnvironmentSdnZoneQinq#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#ipam VirtualEnvironmentSdnZoneQinq#ipam}
    */
    readonly ipam?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#mtu VirtualEnvironmentSdnZoneQinq#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#nodes VirtualEnvironmentSdnZoneQinq#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#reverse_dns VirtualEnvironmentSdnZoneQinq#reverse_dns}
    */
    readonly reverseDns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#service_vlan VirtualEnvironmentSdnZoneQinq#service_vlan}
    */
    readonly serviceVlan: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#service_vlan_protocol VirtualEnvironmentSdnZoneQinq#service_vlan_protocol}
    */
    readonly serviceVlanProtocol?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq proxmox_virtual_environment_sdn_zone_qinq}
*/
export declare class VirtualEnvironmentSdnZoneQinq extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_zone_qinq";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnZoneQinq resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnZoneQinq to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnZoneQinq that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnZoneQinq to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_zone_qinq proxmox_virtual_environment_sdn_zone_qinq} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnZoneQinqConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnZoneQinqConfig);
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
    private _serviceVlan?;
    get serviceVlan(): number;
    set serviceVlan(value: number);
    get serviceVlanInput(): number | undefined;
    private _serviceVlanProtocol?;
    get serviceVlanProtocol(): string;
    set serviceVlanProtocol(value: string);
    resetServiceVlanProtocol(): void;
    get serviceVlanProtocolInput(): string | undefined;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
