import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHardwareMappingDirConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hardware_mapping_dir#name DataProxmoxVirtualEnvironmentHardwareMappingDir#name}
    */
    readonly name: string;
}
export interface DataProxmoxVirtualEnvironmentHardwareMappingDirMap {
}
export declare function dataProxmoxVirtualEnvironmentHardwareMappingDirMapToTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingDirMap): any;
export declare function dataProxmoxVirtualEnvironmentHardwareMappingDirMapToHclTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingDirMap): any;
export declare class DataProxmoxVirtualEnvironmentHardwareMappingDirMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentHardwareMappingDirMap | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentHardwareMappingDirMap | undefined);
    get nodeAttribute(): string;
    get path(): string;
}
export declare class DataProxmoxVirtualEnvironmentHardwareMappingDirMapList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentHardwareMappingDirMapOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hardware_mapping_dir proxmox_virtual_environment_hardware_mapping_dir}
*/
export declare class DataProxmoxVirtualEnvironmentHardwareMappingDir extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_hardware_mapping_dir";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHardwareMappingDir resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHardwareMappingDir to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHardwareMappingDir that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hardware_mapping_dir#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHardwareMappingDir to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hardware_mapping_dir proxmox_virtual_environment_hardware_mapping_dir} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHardwareMappingDirConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentHardwareMappingDirConfig);
    get comment(): string;
    get id(): string;
    private _map;
    get map(): DataProxmoxVirtualEnvironmentHardwareMappingDirMapList;
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
