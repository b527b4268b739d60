import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentHardwareMappingDirConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#comment VirtualEnvironmentHardwareMappingDir#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#map VirtualEnvironmentHardwareMappingDir#map}
    */
    readonly map: VirtualEnvironmentHardwareMappingDirMap[] | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#name VirtualEnvironmentHardwareMappingDir#name}
    */
    readonly name: string;
}
export interface VirtualEnvironmentHardwareMappingDirMap {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#node VirtualEnvironmentHardwareMappingDir#node}
    */
    readonly nodeAttribute: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#path VirtualEnvironmentHardwareMappingDir#path}
    */
    readonly path: string;
}
export declare function virtualEnvironmentHardwareMappingDirMapToTerraform(struct?: VirtualEnvironmentHardwareMappingDirMap | cdktf.IResolvable): any;
export declare function virtualEnvironmentHardwareMappingDirMapToHclTerraform(struct?: VirtualEnvironmentHardwareMappingDirMap | cdktf.IResolvable): any;
export declare class VirtualEnvironmentHardwareMappingDirMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentHardwareMappingDirMap | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentHardwareMappingDirMap | cdktf.IResolvable | undefined);
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
}
export declare class VirtualEnvironmentHardwareMappingDirMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentHardwareMappingDirMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentHardwareMappingDirMapOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir proxmox_virtual_environment_hardware_mapping_dir}
*/
export declare class VirtualEnvironmentHardwareMappingDir extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_hardware_mapping_dir";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHardwareMappingDir resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHardwareMappingDir to import
    * @param importFromId The id of the existing VirtualEnvironmentHardwareMappingDir that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHardwareMappingDir to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_dir proxmox_virtual_environment_hardware_mapping_dir} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHardwareMappingDirConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentHardwareMappingDirConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): string;
    private _map;
    get map(): VirtualEnvironmentHardwareMappingDirMapList;
    putMap(value: VirtualEnvironmentHardwareMappingDirMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | VirtualEnvironmentHardwareMappingDirMap[] | undefined;
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
