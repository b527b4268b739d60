import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHardwareMappingPciConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_mapping_pci#name DataProxmoxHardwareMappingPci#name}
    */
    readonly name: string;
}
export interface DataProxmoxHardwareMappingPciMap {
}
export declare function dataProxmoxHardwareMappingPciMapToTerraform(struct?: DataProxmoxHardwareMappingPciMap): any;
export declare function dataProxmoxHardwareMappingPciMapToHclTerraform(struct?: DataProxmoxHardwareMappingPciMap): any;
export declare class DataProxmoxHardwareMappingPciMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxHardwareMappingPciMap | undefined;
    set internalValue(value: DataProxmoxHardwareMappingPciMap | undefined);
    get comment(): string;
    get id(): string;
    get iommuGroup(): number;
    get nodeAttribute(): string;
    get path(): string;
    get subsystemId(): string;
}
export declare class DataProxmoxHardwareMappingPciMapList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxHardwareMappingPciMapOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_mapping_pci proxmox_hardware_mapping_pci}
*/
export declare class DataProxmoxHardwareMappingPci extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_hardware_mapping_pci";
    /**
    * Generates CDKTF code for importing a DataProxmoxHardwareMappingPci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHardwareMappingPci to import
    * @param importFromId The id of the existing DataProxmoxHardwareMappingPci that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_mapping_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHardwareMappingPci to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/hardware_mapping_pci proxmox_hardware_mapping_pci} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHardwareMappingPciConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHardwareMappingPciConfig);
    get comment(): string;
    get id(): string;
    private _map;
    get map(): DataProxmoxHardwareMappingPciMapList;
    get mediatedDevices(): cdktf.IResolvable;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
