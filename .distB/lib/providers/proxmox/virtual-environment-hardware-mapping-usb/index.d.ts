import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentHardwareMappingUsbConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#comment VirtualEnvironmentHardwareMappingUsb#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#map VirtualEnvironmentHardwareMappingUsb#map}
    */
    readonly map: VirtualEnvironmentHardwareMappingUsbMap[] | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#name VirtualEnvironmentHardwareMappingUsb#name}
    */
    readonly name: string;
}
export interface VirtualEnvironmentHardwareMappingUsbMap {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#comment VirtualEnvironmentHardwareMappingUsb#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#id VirtualEnvironmentHardwareMappingUsb#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#node VirtualEnvironmentHardwareMappingUsb#node}
    */
    readonly nodeAttribute: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#path VirtualEnvironmentHardwareMappingUsb#path}
    */
    readonly path?: string;
}
export declare function virtualEnvironmentHardwareMappingUsbMapToTerraform(struct?: VirtualEnvironmentHardwareMappingUsbMap | cdktf.IResolvable): any;
export declare function virtualEnvironmentHardwareMappingUsbMapToHclTerraform(struct?: VirtualEnvironmentHardwareMappingUsbMap | cdktf.IResolvable): any;
export declare class VirtualEnvironmentHardwareMappingUsbMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentHardwareMappingUsbMap | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentHardwareMappingUsbMap | cdktf.IResolvable | undefined);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    resetPath(): void;
    get pathInput(): string | undefined;
}
export declare class VirtualEnvironmentHardwareMappingUsbMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentHardwareMappingUsbMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentHardwareMappingUsbMapOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb proxmox_virtual_environment_hardware_mapping_usb}
*/
export declare class VirtualEnvironmentHardwareMappingUsb extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_hardware_mapping_usb";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHardwareMappingUsb resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHardwareMappingUsb to import
    * @param importFromId The id of the existing VirtualEnvironmentHardwareMappingUsb that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHardwareMappingUsb to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hardware_mapping_usb proxmox_virtual_environment_hardware_mapping_usb} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHardwareMappingUsbConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentHardwareMappingUsbConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): string;
    private _map;
    get map(): VirtualEnvironmentHardwareMappingUsbMapList;
    putMap(value: VirtualEnvironmentHardwareMappingUsbMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | VirtualEnvironmentHardwareMappingUsbMap[] | undefined;
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
