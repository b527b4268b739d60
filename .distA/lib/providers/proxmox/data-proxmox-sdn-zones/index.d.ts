import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnZonesConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_zones#type DataProxmoxSdnZones#type}
    */
    readonly type?: string;
}
export interface DataProxmoxSdnZonesZones {
}
export declare function dataProxmoxSdnZonesZonesToTerraform(struct?: DataProxmoxSdnZonesZones): any;
export declare function dataProxmoxSdnZonesZonesToHclTerraform(struct?: DataProxmoxSdnZonesZones): any;
export declare class DataProxmoxSdnZonesZonesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxSdnZonesZones | undefined;
    set internalValue(value: DataProxmoxSdnZonesZones | undefined);
    get advertiseSubnets(): cdktf.IResolvable;
    get bridge(): string;
    get controller(): string;
    get dhcp(): string;
    get disableArpNdSuppression(): cdktf.IResolvable;
    get dns(): string;
    get dnsZone(): string;
    get exitNodes(): string[];
    get exitNodesLocalRouting(): cdktf.IResolvable;
    get id(): string;
    get ipam(): string;
    get mtu(): number;
    get nodes(): string[];
    get peers(): string[];
    get pending(): cdktf.IResolvable;
    get primaryExitNode(): string;
    get reverseDns(): string;
    get rtImport(): string;
    get serviceVlan(): number;
    get serviceVlanProtocol(): string;
    get state(): string;
    get type(): string;
    get vrfVxlan(): number;
}
export declare class DataProxmoxSdnZonesZonesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxSdnZonesZonesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_zones proxmox_sdn_zones}
*/
export declare class DataProxmoxSdnZones extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_zones";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnZones resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnZones to import
    * @param importFromId The id of the existing DataProxmoxSdnZones that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_zones#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnZones to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_zones proxmox_sdn_zones} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnZonesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxSdnZonesConfig);
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
    private _zones;
    get zones(): DataProxmoxSdnZonesZonesList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
