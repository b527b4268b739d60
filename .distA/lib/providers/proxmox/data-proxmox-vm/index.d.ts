import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm#id DataProxmoxVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm#node_name DataProxmoxVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm#timeouts DataProxmoxVm#timeouts}
    */
    readonly timeouts?: DataProxmoxVmTimeouts;
}
export interface DataProxmoxVmCdrom {
}
export declare function dataProxmoxVmCdromToTerraform(struct?: DataProxmoxVmCdrom): any;
export declare function dataProxmoxVmCdromToHclTerraform(struct?: DataProxmoxVmCdrom): any;
export declare class DataProxmoxVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataProxmoxVmCdrom | undefined;
    set internalValue(value: DataProxmoxVmCdrom | undefined);
    get fileId(): string;
}
export declare class DataProxmoxVmCdromMap extends cdktf.ComplexMap {
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
    get(key: string): DataProxmoxVmCdromOutputReference;
}
export interface DataProxmoxVmCpu {
}
export declare function dataProxmoxVmCpuToTerraform(struct?: DataProxmoxVmCpu): any;
export declare function dataProxmoxVmCpuToHclTerraform(struct?: DataProxmoxVmCpu): any;
export declare class DataProxmoxVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVmCpu | undefined;
    set internalValue(value: DataProxmoxVmCpu | undefined);
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
export interface DataProxmoxVmRng {
}
export declare function dataProxmoxVmRngToTerraform(struct?: DataProxmoxVmRng): any;
export declare function dataProxmoxVmRngToHclTerraform(struct?: DataProxmoxVmRng): any;
export declare class DataProxmoxVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVmRng | undefined;
    set internalValue(value: DataProxmoxVmRng | undefined);
    get maxBytes(): number;
    get period(): number;
    get source(): string;
}
export interface DataProxmoxVmTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm#read DataProxmoxVm#read}
    */
    readonly read?: string;
}
export declare function dataProxmoxVmTimeoutsToTerraform(struct?: DataProxmoxVmTimeouts | cdktf.IResolvable): any;
export declare function dataProxmoxVmTimeoutsToHclTerraform(struct?: DataProxmoxVmTimeouts | cdktf.IResolvable): any;
export declare class DataProxmoxVmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVmTimeouts | cdktf.IResolvable | undefined);
    private _read?;
    get read(): string;
    set read(value: string);
    resetRead(): void;
    get readInput(): string | undefined;
}
export interface DataProxmoxVmVga {
}
export declare function dataProxmoxVmVgaToTerraform(struct?: DataProxmoxVmVga): any;
export declare function dataProxmoxVmVgaToHclTerraform(struct?: DataProxmoxVmVga): any;
export declare class DataProxmoxVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVmVga | undefined;
    set internalValue(value: DataProxmoxVmVga | undefined);
    get clipboard(): string;
    get memory(): number;
    get type(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm proxmox_vm}
*/
export declare class DataProxmoxVm extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_vm";
    /**
    * Generates CDKTF code for importing a DataProxmoxVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVm to import
    * @param importFromId The id of the existing DataProxmoxVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/vm proxmox_vm} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVmConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVmConfig);
    private _cdrom;
    get cdrom(): DataProxmoxVmCdromMap;
    private _cpu;
    get cpu(): DataProxmoxVmCpuOutputReference;
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
    get rng(): DataProxmoxVmRngOutputReference;
    get status(): string;
    get tags(): string[];
    get template(): cdktf.IResolvable;
    private _timeouts;
    get timeouts(): DataProxmoxVmTimeoutsOutputReference;
    putTimeouts(value: DataProxmoxVmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | DataProxmoxVmTimeouts | undefined;
    private _vga;
    get vga(): DataProxmoxVmVgaOutputReference;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
