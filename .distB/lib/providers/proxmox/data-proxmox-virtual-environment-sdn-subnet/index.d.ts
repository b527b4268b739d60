import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentSdnSubnetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet#cidr DataProxmoxVirtualEnvironmentSdnSubnet#cidr}
    */
    readonly cidr: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet#dhcp_range DataProxmoxVirtualEnvironmentSdnSubnet#dhcp_range}
    */
    readonly dhcpRange?: DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet#vnet DataProxmoxVirtualEnvironmentSdnSubnet#vnet}
    */
    readonly vnet: string;
}
export interface DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange {
}
export declare function dataProxmoxVirtualEnvironmentSdnSubnetDhcpRangeToTerraform(struct?: DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare function dataProxmoxVirtualEnvironmentSdnSubnetDhcpRangeToHclTerraform(struct?: DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare class DataProxmoxVirtualEnvironmentSdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange | cdktf.IResolvable | undefined);
    get endAddress(): string;
    get startAddress(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet proxmox_virtual_environment_sdn_subnet}
*/
export declare class DataProxmoxVirtualEnvironmentSdnSubnet extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_subnet";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentSdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentSdnSubnet to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentSdnSubnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentSdnSubnet to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_sdn_subnet proxmox_virtual_environment_sdn_subnet} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentSdnSubnetConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentSdnSubnetConfig);
    private _cidr?;
    get cidr(): string;
    set cidr(value: string);
    get cidrInput(): string | undefined;
    get dhcpDnsServer(): string;
    private _dhcpRange;
    get dhcpRange(): DataProxmoxVirtualEnvironmentSdnSubnetDhcpRangeOutputReference;
    putDhcpRange(value: DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange): void;
    resetDhcpRange(): void;
    get dhcpRangeInput(): cdktf.IResolvable | DataProxmoxVirtualEnvironmentSdnSubnetDhcpRange | undefined;
    get dnsZonePrefix(): string;
    get gateway(): string;
    get id(): string;
    get snat(): cdktf.IResolvable;
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
