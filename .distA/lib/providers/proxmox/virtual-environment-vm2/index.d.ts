import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentVm2Config extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#cdrom VirtualEnvironmentVm2#cdrom}
    */
    readonly cdrom?: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#cpu VirtualEnvironmentVm2#cpu}
    */
    readonly cpu?: VirtualEnvironmentVm2Cpu;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#delete_unreferenced_disks_on_destroy VirtualEnvironmentVm2#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#description VirtualEnvironmentVm2#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#id VirtualEnvironmentVm2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#name VirtualEnvironmentVm2#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#node_name VirtualEnvironmentVm2#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#purge_on_destroy VirtualEnvironmentVm2#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#rng VirtualEnvironmentVm2#rng}
    */
    readonly rng?: VirtualEnvironmentVm2Rng;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#stop_on_destroy VirtualEnvironmentVm2#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#tags VirtualEnvironmentVm2#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#template VirtualEnvironmentVm2#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#timeouts VirtualEnvironmentVm2#timeouts}
    */
    readonly timeouts?: VirtualEnvironmentVm2Timeouts;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#vga VirtualEnvironmentVm2#vga}
    */
    readonly vga?: VirtualEnvironmentVm2Vga;
}
export interface VirtualEnvironmentVm2Cdrom {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#file_id VirtualEnvironmentVm2#file_id}
    */
    readonly fileId?: string;
}
export declare function virtualEnvironmentVm2CdromToTerraform(struct?: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2CdromToHclTerraform(struct?: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2CdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentVm2Cdrom | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string | undefined;
}
export declare class VirtualEnvironmentVm2CdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentVm2CdromOutputReference;
}
export interface VirtualEnvironmentVm2Cpu {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#affinity VirtualEnvironmentVm2#affinity}
    */
    readonly affinity?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#architecture VirtualEnvironmentVm2#architecture}
    */
    readonly architecture?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#cores VirtualEnvironmentVm2#cores}
    */
    readonly cores?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#flags VirtualEnvironmentVm2#flags}
    */
    readonly flags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#limit VirtualEnvironmentVm2#limit}
    */
    readonly limit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#numa VirtualEnvironmentVm2#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#sockets VirtualEnvironmentVm2#sockets}
    */
    readonly sockets?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#type VirtualEnvironmentVm2#type}
    */
    readonly type?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#units VirtualEnvironmentVm2#units}
    */
    readonly units?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#vcpus VirtualEnvironmentVm2#vcpus}
    */
    readonly vcpus?: number;
}
export declare function virtualEnvironmentVm2CpuToTerraform(struct?: VirtualEnvironmentVm2Cpu | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2CpuToHclTerraform(struct?: VirtualEnvironmentVm2Cpu | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2CpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Cpu | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Cpu | cdktf.IResolvable | undefined);
    private _affinity?;
    get affinity(): string;
    set affinity(value: string);
    resetAffinity(): void;
    get affinityInput(): string | undefined;
    private _architecture?;
    get architecture(): string;
    set architecture(value: string);
    resetArchitecture(): void;
    get architectureInput(): string | undefined;
    private _cores?;
    get cores(): number;
    set cores(value: number);
    resetCores(): void;
    get coresInput(): number | undefined;
    private _flags?;
    get flags(): string[];
    set flags(value: string[]);
    resetFlags(): void;
    get flagsInput(): string[] | undefined;
    private _limit?;
    get limit(): number;
    set limit(value: number);
    resetLimit(): void;
    get limitInput(): number | undefined;
    private _numa?;
    get numa(): boolean | cdktf.IResolvable;
    set numa(value: boolean | cdktf.IResolvable);
    resetNuma(): void;
    get numaInput(): boolean | cdktf.IResolvable | undefined;
    private _sockets?;
    get sockets(): number;
    set sockets(value: number);
    resetSockets(): void;
    get socketsInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
    private _units?;
    get units(): number;
    set units(value: number);
    resetUnits(): void;
    get unitsInput(): number | undefined;
    private _vcpus?;
    get vcpus(): number;
    set vcpus(value: number);
    resetVcpus(): void;
    get vcpusInput(): number | undefined;
}
export interface VirtualEnvironmentVm2Rng {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#max_bytes VirtualEnvironmentVm2#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#period VirtualEnvironmentVm2#period}
    */
    readonly period?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#source VirtualEnvironmentVm2#source}
    */
    readonly source?: string;
}
export declare function virtualEnvironmentVm2RngToTerraform(struct?: VirtualEnvironmentVm2Rng | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2RngToHclTerraform(struct?: VirtualEnvironmentVm2Rng | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2RngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Rng | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Rng | cdktf.IResolvable | undefined);
    private _maxBytes?;
    get maxBytes(): number;
    set maxBytes(value: number);
    resetMaxBytes(): void;
    get maxBytesInput(): number | undefined;
    private _period?;
    get period(): number;
    set period(value: number);
    resetPeriod(): void;
    get periodInput(): number | undefined;
    private _source?;
    get source(): string;
    set source(value: string);
    resetSource(): void;
    get sourceInput(): string | undefined;
}
export interface VirtualEnvironmentVm2Timeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#create VirtualEnvironmentVm2#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#delete VirtualEnvironmentVm2#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#read VirtualEnvironmentVm2#read}
    */
    readonly read?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#update VirtualEnvironmentVm2#update}
    */
    readonly update?: string;
}
export declare function virtualEnvironmentVm2TimeoutsToTerraform(struct?: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2TimeoutsToHclTerraform(struct?: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
    private _read?;
    get read(): string;
    set read(value: string);
    resetRead(): void;
    get readInput(): string | undefined;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string | undefined;
}
export interface VirtualEnvironmentVm2Vga {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#clipboard VirtualEnvironmentVm2#clipboard}
    */
    readonly clipboard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#memory VirtualEnvironmentVm2#memory}
    */
    readonly memory?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#type VirtualEnvironmentVm2#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVm2VgaToTerraform(struct?: VirtualEnvironmentVm2Vga | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2VgaToHclTerraform(struct?: VirtualEnvironmentVm2Vga | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2VgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Vga | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Vga | cdktf.IResolvable | undefined);
    private _clipboard?;
    get clipboard(): string;
    set clipboard(value: string);
    resetClipboard(): void;
    get clipboardInput(): string | undefined;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    resetMemory(): void;
    get memoryInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2 proxmox_virtual_environment_vm2}
*/
export declare class VirtualEnvironmentVm2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_vm2";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentVm2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentVm2 to import
    * @param importFromId The id of the existing VirtualEnvironmentVm2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentVm2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_vm2 proxmox_virtual_environment_vm2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentVm2Config
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentVm2Config);
    private _cdrom;
    get cdrom(): VirtualEnvironmentVm2CdromMap;
    putCdrom(value: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | undefined;
    private _cpu;
    get cpu(): VirtualEnvironmentVm2CpuOutputReference;
    putCpu(value: VirtualEnvironmentVm2Cpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | VirtualEnvironmentVm2Cpu | undefined;
    private _deleteUnreferencedDisksOnDestroy?;
    get deleteUnreferencedDisksOnDestroy(): boolean | cdktf.IResolvable;
    set deleteUnreferencedDisksOnDestroy(value: boolean | cdktf.IResolvable);
    resetDeleteUnreferencedDisksOnDestroy(): void;
    get deleteUnreferencedDisksOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _purgeOnDestroy?;
    get purgeOnDestroy(): boolean | cdktf.IResolvable;
    set purgeOnDestroy(value: boolean | cdktf.IResolvable);
    resetPurgeOnDestroy(): void;
    get purgeOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _rng;
    get rng(): VirtualEnvironmentVm2RngOutputReference;
    putRng(value: VirtualEnvironmentVm2Rng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | VirtualEnvironmentVm2Rng | undefined;
    private _stopOnDestroy?;
    get stopOnDestroy(): boolean | cdktf.IResolvable;
    set stopOnDestroy(value: boolean | cdktf.IResolvable);
    resetStopOnDestroy(): void;
    get stopOnDestroyInput(): boolean | cdktf.IResolvable | undefined;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _template?;
    get template(): boolean | cdktf.IResolvable;
    set template(value: boolean | cdktf.IResolvable);
    resetTemplate(): void;
    get templateInput(): boolean | cdktf.IResolvable | undefined;
    private _timeouts;
    get timeouts(): VirtualEnvironmentVm2TimeoutsOutputReference;
    putTimeouts(value: VirtualEnvironmentVm2Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VirtualEnvironmentVm2Timeouts | undefined;
    private _vga;
    get vga(): VirtualEnvironmentVm2VgaOutputReference;
    putVga(value: VirtualEnvironmentVm2Vga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | VirtualEnvironmentVm2Vga | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
