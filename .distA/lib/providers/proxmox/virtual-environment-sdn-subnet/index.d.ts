import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnSubnetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#cidr VirtualEnvironmentSdnSubnet#cidr}
    */
    readonly cidr: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#dhcp_dns_server VirtualEnvironmentSdnSubnet#dhcp_dns_server}
    */
    readonly dhcpDnsServer?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#dhcp_range VirtualEnvironmentSdnSubnet#dhcp_range}
    */
    readonly dhcpRange?: VirtualEnvironmentSdnSubnetDhcpRange;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#dns_zone_prefix VirtualEnvironmentSdnSubnet#dns_zone_prefix}
    */
    readonly dnsZonePrefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#gateway VirtualEnvironmentSdnSubnet#gateway}
    */
    readonly gateway?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#snat VirtualEnvironmentSdnSubnet#snat}
    */
    readonly snat?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#vnet VirtualEnvironmentSdnSubnet#vnet}
    */
    readonly vnet: string;
}
export interface VirtualEnvironmentSdnSubnetDhcpRange {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#end_address VirtualEnvironmentSdnSubnet#end_address}
    */
    readonly endAddress: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#start_address VirtualEnvironmentSdnSubnet#start_address}
    */
    readonly startAddress: string;
}
export declare function virtualEnvironmentSdnSubnetDhcpRangeToTerraform(struct?: VirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare function virtualEnvironmentSdnSubnetDhcpRangeToHclTerraform(struct?: VirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare class VirtualEnvironmentSdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable | undefined);
    private _endAddress?;
    get endAddress(): string;
    set endAddress(value: string);
    get endAddressInput(): string | undefined;
    private _startAddress?;
    get startAddress(): string;
    set startAddress(value: string);
    get startAddressInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet proxmox_virtual_environment_sdn_subnet}
*/
export declare class VirtualEnvironmentSdnSubnet extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_subnet";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnSubnet to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnSubnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnSubnet to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_subnet proxmox_virtual_environment_sdn_subnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnSubnetConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnSubnetConfig);
    private _cidr?;
    get cidr(): string;
    set cidr(value: string);
    get cidrInput(): string | undefined;
    private _dhcpDnsServer?;
    get dhcpDnsServer(): string;
    set dhcpDnsServer(value: string);
    resetDhcpDnsServer(): void;
    get dhcpDnsServerInput(): string | undefined;
    private _dhcpRange;
    get dhcpRange(): VirtualEnvironmentSdnSubnetDhcpRangeOutputReference;
    putDhcpRange(value: VirtualEnvironmentSdnSubnetDhcpRange): void;
    resetDhcpRange(): void;
    get dhcpRangeInput(): cdktf.IResolvable | VirtualEnvironmentSdnSubnetDhcpRange | undefined;
    private _dnsZonePrefix?;
    get dnsZonePrefix(): string;
    set dnsZonePrefix(value: string);
    resetDnsZonePrefix(): void;
    get dnsZonePrefixInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
    get id(): string;
    private _snat?;
    get snat(): boolean | cdktf.IResolvable;
    set snat(value: boolean | cdktf.IResolvable);
    resetSnat(): void;
    get snatInput(): boolean | cdktf.IResolvable | undefined;
    private _vnet?;
    get vnet(): string;
    set vnet(value: string);
    get vnetInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
