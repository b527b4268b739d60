import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HardwareMappingPciConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#comment HardwareMappingPci#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#map HardwareMappingPci#map}
    */
    readonly map: HardwareMappingPciMap[] | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#mediated_devices HardwareMappingPci#mediated_devices}
    */
    readonly mediatedDevices?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#name HardwareMappingPci#name}
    */
    readonly name: string;
}
export interface HardwareMappingPciMap {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#comment HardwareMappingPci#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#id HardwareMappingPci#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#iommu_group HardwareMappingPci#iommu_group}
    */
    readonly iommuGroup?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#node HardwareMappingPci#node}
    */
    readonly nodeAttribute: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#path HardwareMappingPci#path}
    */
    readonly path: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#subsystem_id HardwareMappingPci#subsystem_id}
    */
    readonly subsystemId?: string;
}
export declare function hardwareMappingPciMapToTerraform(struct?: HardwareMappingPciMap | cdktf.IResolvable): any;
export declare function hardwareMappingPciMapToHclTerraform(struct?: HardwareMappingPciMap | cdktf.IResolvable): any;
export declare class HardwareMappingPciMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): HardwareMappingPciMap | cdktf.IResolvable | undefined;
    set internalValue(value: HardwareMappingPciMap | cdktf.IResolvable | undefined);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _iommuGroup?;
    get iommuGroup(): number;
    set iommuGroup(value: number);
    resetIommuGroup(): void;
    get iommuGroupInput(): number | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _subsystemId?;
    get subsystemId(): string;
    set subsystemId(value: string);
    resetSubsystemId(): void;
    get subsystemIdInput(): string | undefined;
}
export declare class HardwareMappingPciMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: HardwareMappingPciMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): HardwareMappingPciMapOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci proxmox_hardware_mapping_pci}
*/
export declare class HardwareMappingPci extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_hardware_mapping_pci";
    /**
    * Generates CDKTF code for importing a HardwareMappingPci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the HardwareMappingPci to import
    * @param importFromId The id of the existing HardwareMappingPci that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the HardwareMappingPci to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hardware_mapping_pci proxmox_hardware_mapping_pci} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HardwareMappingPciConfig
    */
    constructor(scope: Construct, id: string, config: HardwareMappingPciConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): string;
    private _map;
    get map(): HardwareMappingPciMapList;
    putMap(value: HardwareMappingPciMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | HardwareMappingPciMap[] | undefined;
    private _mediatedDevices?;
    get mediatedDevices(): boolean | cdktf.IResolvable;
    set mediatedDevices(value: boolean | cdktf.IResolvable);
    resetMediatedDevices(): void;
    get mediatedDevicesInput(): boolean | cdktf.IResolvable | undefined;
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
