import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentVm2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#id DataProxmoxVirtualEnvironmentVm2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#node_name DataProxmoxVirtualEnvironmentVm2#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#timeouts DataProxmoxVirtualEnvironmentVm2#timeouts}
    */
    readonly timeouts?: DataProxmoxVirtualEnvironmentVm2Timeouts;
}
export interface DataProxmoxVirtualEnvironmentVm2Cdrom {
}
export declare function dataProxmoxVirtualEnvironmentVm2CdromToTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Cdrom): any;
export declare function dataProxmoxVirtualEnvironmentVm2CdromToHclTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Cdrom): any;
export declare class DataProxmoxVirtualEnvironmentVm2CdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataProxmoxVirtualEnvironmentVm2Cdrom | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentVm2Cdrom | undefined);
    get fileId(): string;
}
export declare class DataProxmoxVirtualEnvironmentVm2CdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): DataProxmoxVirtualEnvironmentVm2CdromOutputReference;
}
export interface DataProxmoxVirtualEnvironmentVm2Cpu {
}
export declare function dataProxmoxVirtualEnvironmentVm2CpuToTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Cpu): any;
export declare function dataProxmoxVirtualEnvironmentVm2CpuToHclTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Cpu): any;
export declare class DataProxmoxVirtualEnvironmentVm2CpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentVm2Cpu | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentVm2Cpu | undefined);
    get affinity(): string;
    get architecture(): string;
    get cores(): number;
    get flags(): string[];
    get limit(): number;
    get numa(): cdktf.IResolvable;
    get sockets(): number;
    get type(): string;
    get units(): number;
    get vcpus(): number;
}
export interface DataProxmoxVirtualEnvironmentVm2Rng {
}
export declare function dataProxmoxVirtualEnvironmentVm2RngToTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Rng): any;
export declare function dataProxmoxVirtualEnvironmentVm2RngToHclTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Rng): any;
export declare class DataProxmoxVirtualEnvironmentVm2RngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentVm2Rng | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentVm2Rng | undefined);
    get maxBytes(): number;
    get period(): number;
    get source(): string;
}
export interface DataProxmoxVirtualEnvironmentVm2Timeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#read DataProxmoxVirtualEnvironmentVm2#read}
    */
    readonly read?: string;
}
export declare function dataProxmoxVirtualEnvironmentVm2TimeoutsToTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare function dataProxmoxVirtualEnvironmentVm2TimeoutsToHclTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare class DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined);
    private _read?;
    get read(): string;
    set read(value: string);
    resetRead(): void;
    get readInput(): string | undefined;
}
export interface DataProxmoxVirtualEnvironmentVm2Vga {
}
export declare function dataProxmoxVirtualEnvironmentVm2VgaToTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Vga): any;
export declare function dataProxmoxVirtualEnvironmentVm2VgaToHclTerraform(struct?: DataProxmoxVirtualEnvironmentVm2Vga): any;
export declare class DataProxmoxVirtualEnvironmentVm2VgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentVm2Vga | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentVm2Vga | undefined);
    get clipboard(): string;
    get memory(): number;
    get type(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2 proxmox_virtual_environment_vm2}
*/
export declare class DataProxmoxVirtualEnvironmentVm2 extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_vm2";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentVm2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentVm2 to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentVm2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentVm2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2 proxmox_virtual_environment_vm2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentVm2Config
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentVm2Config);
    private _cdrom;
    get cdrom(): DataProxmoxVirtualEnvironmentVm2CdromMap;
    private _cpu;
    get cpu(): DataProxmoxVirtualEnvironmentVm2CpuOutputReference;
    get description(): string;
    private _id?;
    get id(): number;
    set id(value: number);
    get idInput(): number | undefined;
    get name(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _rng;
    get rng(): DataProxmoxVirtualEnvironmentVm2RngOutputReference;
    get status(): string;
    get tags(): string[];
    get template(): cdktf.IResolvable;
    private _timeouts;
    get timeouts(): DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference;
    putTimeouts(value: DataProxmoxVirtualEnvironmentVm2Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | DataProxmoxVirtualEnvironmentVm2Timeouts | undefined;
    private _vga;
    get vga(): DataProxmoxVirtualEnvironmentVm2VgaOutputReference;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
