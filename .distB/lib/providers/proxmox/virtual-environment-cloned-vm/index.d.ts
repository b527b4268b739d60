import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentClonedVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#cdrom VirtualEnvironmentClonedVm#cdrom}
    */
    readonly cdrom?: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#clone VirtualEnvironmentClonedVm#clone}
    */
    readonly clone: VirtualEnvironmentClonedVmClone;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#cpu VirtualEnvironmentClonedVm#cpu}
    */
    readonly cpu?: VirtualEnvironmentClonedVmCpu;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#delete VirtualEnvironmentClonedVm#delete}
    */
    readonly delete?: VirtualEnvironmentClonedVmDelete;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#delete_unreferenced_disks_on_destroy VirtualEnvironmentClonedVm#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#description VirtualEnvironmentClonedVm#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#disk VirtualEnvironmentClonedVm#disk}
    */
    readonly disk?: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#id VirtualEnvironmentClonedVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#memory VirtualEnvironmentClonedVm#memory}
    */
    readonly memory?: VirtualEnvironmentClonedVmMemory;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#name VirtualEnvironmentClonedVm#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#network VirtualEnvironmentClonedVm#network}
    */
    readonly network?: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#node_name VirtualEnvironmentClonedVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#purge_on_destroy VirtualEnvironmentClonedVm#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#rng VirtualEnvironmentClonedVm#rng}
    */
    readonly rng?: VirtualEnvironmentClonedVmRng;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#started VirtualEnvironmentClonedVm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#stop_on_destroy VirtualEnvironmentClonedVm#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#tags VirtualEnvironmentClonedVm#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#timeouts VirtualEnvironmentClonedVm#timeouts}
    */
    readonly timeouts?: VirtualEnvironmentClonedVmTimeouts;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#vga VirtualEnvironmentClonedVm#vga}
    */
    readonly vga?: VirtualEnvironmentClonedVmVga;
}
export interface VirtualEnvironmentClonedVmCdrom {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#file_id VirtualEnvironmentClonedVm#file_id}
    */
    readonly fileId?: string;
}
export declare function virtualEnvironmentClonedVmCdromToTerraform(struct?: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCdromToHclTerraform(struct?: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string | undefined;
}
export declare class VirtualEnvironmentClonedVmCdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmCdromOutputReference;
}
export interface VirtualEnvironmentClonedVmClone {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#bandwidth_limit VirtualEnvironmentClonedVm#bandwidth_limit}
    */
    readonly bandwidthLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#full VirtualEnvironmentClonedVm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#pool_id VirtualEnvironmentClonedVm#pool_id}
    */
    readonly poolId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#retries VirtualEnvironmentClonedVm#retries}
    */
    readonly retries?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#snapshot_name VirtualEnvironmentClonedVm#snapshot_name}
    */
    readonly snapshotName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#source_node_name VirtualEnvironmentClonedVm#source_node_name}
    */
    readonly sourceNodeName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#source_vm_id VirtualEnvironmentClonedVm#source_vm_id}
    */
    readonly sourceVmId: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#target_datastore VirtualEnvironmentClonedVm#target_datastore}
    */
    readonly targetDatastore?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#target_format VirtualEnvironmentClonedVm#target_format}
    */
    readonly targetFormat?: string;
}
export declare function virtualEnvironmentClonedVmCloneToTerraform(struct?: VirtualEnvironmentClonedVmClone | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCloneToHclTerraform(struct?: VirtualEnvironmentClonedVmClone | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmClone | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmClone | cdktf.IResolvable | undefined);
    private _bandwidthLimit?;
    get bandwidthLimit(): number;
    set bandwidthLimit(value: number);
    resetBandwidthLimit(): void;
    get bandwidthLimitInput(): number | undefined;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable | undefined;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    resetPoolId(): void;
    get poolIdInput(): string | undefined;
    private _retries?;
    get retries(): number;
    set retries(value: number);
    resetRetries(): void;
    get retriesInput(): number | undefined;
    private _snapshotName?;
    get snapshotName(): string;
    set snapshotName(value: string);
    resetSnapshotName(): void;
    get snapshotNameInput(): string | undefined;
    private _sourceNodeName?;
    get sourceNodeName(): string;
    set sourceNodeName(value: string);
    resetSourceNodeName(): void;
    get sourceNodeNameInput(): string | undefined;
    private _sourceVmId?;
    get sourceVmId(): number;
    set sourceVmId(value: number);
    get sourceVmIdInput(): number | undefined;
    private _targetDatastore?;
    get targetDatastore(): string;
    set targetDatastore(value: string);
    resetTargetDatastore(): void;
    get targetDatastoreInput(): string | undefined;
    private _targetFormat?;
    get targetFormat(): string;
    set targetFormat(value: string);
    resetTargetFormat(): void;
    get targetFormatInput(): string | undefined;
}
export interface VirtualEnvironmentClonedVmCpu {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#affinity VirtualEnvironmentClonedVm#affinity}
    */
    readonly affinity?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#architecture VirtualEnvironmentClonedVm#architecture}
    */
    readonly architecture?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#cores VirtualEnvironmentClonedVm#cores}
    */
    readonly cores?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#flags VirtualEnvironmentClonedVm#flags}
    */
    readonly flags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#limit VirtualEnvironmentClonedVm#limit}
    */
    readonly limit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#numa VirtualEnvironmentClonedVm#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#sockets VirtualEnvironmentClonedVm#sockets}
    */
    readonly sockets?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#type VirtualEnvironmentClonedVm#type}
    */
    readonly type?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#units VirtualEnvironmentClonedVm#units}
    */
    readonly units?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#vcpus VirtualEnvironmentClonedVm#vcpus}
    */
    readonly vcpus?: number;
}
export declare function virtualEnvironmentClonedVmCpuToTerraform(struct?: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCpuToHclTerraform(struct?: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmCpu | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmDelete {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#disk VirtualEnvironmentClonedVm#disk}
    */
    readonly disk?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#network VirtualEnvironmentClonedVm#network}
    */
    readonly network?: string[];
}
export declare function virtualEnvironmentClonedVmDeleteToTerraform(struct?: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmDeleteToHclTerraform(struct?: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmDeleteOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmDelete | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable | undefined);
    private _disk?;
    get disk(): string[];
    set disk(value: string[]);
    resetDisk(): void;
    get diskInput(): string[] | undefined;
    private _network?;
    get network(): string[];
    set network(value: string[]);
    resetNetwork(): void;
    get networkInput(): string[] | undefined;
}
export interface VirtualEnvironmentClonedVmDisk {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#aio VirtualEnvironmentClonedVm#aio}
    */
    readonly aio?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#backup VirtualEnvironmentClonedVm#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#cache VirtualEnvironmentClonedVm#cache}
    */
    readonly cache?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#datastore_id VirtualEnvironmentClonedVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#discard VirtualEnvironmentClonedVm#discard}
    */
    readonly discard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#file VirtualEnvironmentClonedVm#file}
    */
    readonly file?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#format VirtualEnvironmentClonedVm#format}
    */
    readonly format?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#import_from VirtualEnvironmentClonedVm#import_from}
    */
    readonly importFromAttribute?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#iothread VirtualEnvironmentClonedVm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#media VirtualEnvironmentClonedVm#media}
    */
    readonly media?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#replicate VirtualEnvironmentClonedVm#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#serial VirtualEnvironmentClonedVm#serial}
    */
    readonly serial?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#size_gb VirtualEnvironmentClonedVm#size_gb}
    */
    readonly sizeGb?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#ssd VirtualEnvironmentClonedVm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentClonedVmDiskToTerraform(struct?: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmDiskToHclTerraform(struct?: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable | undefined);
    private _aio?;
    get aio(): string;
    set aio(value: string);
    resetAio(): void;
    get aioInput(): string | undefined;
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable | undefined;
    private _cache?;
    get cache(): string;
    set cache(value: string);
    resetCache(): void;
    get cacheInput(): string | undefined;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _discard?;
    get discard(): string;
    set discard(value: string);
    resetDiscard(): void;
    get discardInput(): string | undefined;
    private _file?;
    get file(): string;
    set file(value: string);
    resetFile(): void;
    get fileInput(): string | undefined;
    private _format?;
    get format(): string;
    set format(value: string);
    resetFormat(): void;
    get formatInput(): string | undefined;
    private _importFrom?;
    get importFromAttribute(): string;
    set importFromAttribute(value: string);
    resetImportFromAttribute(): void;
    get importFromAttributeInput(): string | undefined;
    private _iothread?;
    get iothread(): boolean | cdktf.IResolvable;
    set iothread(value: boolean | cdktf.IResolvable);
    resetIothread(): void;
    get iothreadInput(): boolean | cdktf.IResolvable | undefined;
    private _media?;
    get media(): string;
    set media(value: string);
    resetMedia(): void;
    get mediaInput(): string | undefined;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable | undefined;
    private _serial?;
    get serial(): string;
    set serial(value: string);
    resetSerial(): void;
    get serialInput(): string | undefined;
    private _sizeGb?;
    get sizeGb(): number;
    set sizeGb(value: number);
    resetSizeGb(): void;
    get sizeGbInput(): number | undefined;
    private _ssd?;
    get ssd(): boolean | cdktf.IResolvable;
    set ssd(value: boolean | cdktf.IResolvable);
    resetSsd(): void;
    get ssdInput(): boolean | cdktf.IResolvable | undefined;
}
export declare class VirtualEnvironmentClonedVmDiskMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmDiskOutputReference;
}
export interface VirtualEnvironmentClonedVmMemory {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#balloon VirtualEnvironmentClonedVm#balloon}
    */
    readonly balloon?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#hugepages VirtualEnvironmentClonedVm#hugepages}
    */
    readonly hugepages?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#keep_hugepages VirtualEnvironmentClonedVm#keep_hugepages}
    */
    readonly keepHugepages?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#shares VirtualEnvironmentClonedVm#shares}
    */
    readonly shares?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#size VirtualEnvironmentClonedVm#size}
    */
    readonly size?: number;
}
export declare function virtualEnvironmentClonedVmMemoryToTerraform(struct?: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmMemoryToHclTerraform(struct?: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmMemory | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable | undefined);
    private _balloon?;
    get balloon(): number;
    set balloon(value: number);
    resetBalloon(): void;
    get balloonInput(): number | undefined;
    private _hugepages?;
    get hugepages(): string;
    set hugepages(value: string);
    resetHugepages(): void;
    get hugepagesInput(): string | undefined;
    private _keepHugepages?;
    get keepHugepages(): boolean | cdktf.IResolvable;
    set keepHugepages(value: boolean | cdktf.IResolvable);
    resetKeepHugepages(): void;
    get keepHugepagesInput(): boolean | cdktf.IResolvable | undefined;
    private _shares?;
    get shares(): number;
    set shares(value: number);
    resetShares(): void;
    get sharesInput(): number | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number | undefined;
}
export interface VirtualEnvironmentClonedVmNetwork {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#bridge VirtualEnvironmentClonedVm#bridge}
    */
    readonly bridge?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#firewall VirtualEnvironmentClonedVm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#link_down VirtualEnvironmentClonedVm#link_down}
    */
    readonly linkDown?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#mac_address VirtualEnvironmentClonedVm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#model VirtualEnvironmentClonedVm#model}
    */
    readonly model?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#mtu VirtualEnvironmentClonedVm#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#queues VirtualEnvironmentClonedVm#queues}
    */
    readonly queues?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#rate_limit VirtualEnvironmentClonedVm#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#tag VirtualEnvironmentClonedVm#tag}
    */
    readonly tag?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#trunks VirtualEnvironmentClonedVm#trunks}
    */
    readonly trunks?: number[];
}
export declare function virtualEnvironmentClonedVmNetworkToTerraform(struct?: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmNetworkToHclTerraform(struct?: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string | undefined;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable | undefined;
    private _linkDown?;
    get linkDown(): boolean | cdktf.IResolvable;
    set linkDown(value: boolean | cdktf.IResolvable);
    resetLinkDown(): void;
    get linkDownInput(): boolean | cdktf.IResolvable | undefined;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string | undefined;
    private _model?;
    get model(): string;
    set model(value: string);
    resetModel(): void;
    get modelInput(): string | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _queues?;
    get queues(): number;
    set queues(value: number);
    resetQueues(): void;
    get queuesInput(): number | undefined;
    private _rateLimit?;
    get rateLimit(): number;
    set rateLimit(value: number);
    resetRateLimit(): void;
    get rateLimitInput(): number | undefined;
    private _tag?;
    get tag(): number;
    set tag(value: number);
    resetTag(): void;
    get tagInput(): number | undefined;
    private _trunks?;
    get trunks(): number[];
    set trunks(value: number[]);
    resetTrunks(): void;
    get trunksInput(): number[] | undefined;
}
export declare class VirtualEnvironmentClonedVmNetworkMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmNetworkOutputReference;
}
export interface VirtualEnvironmentClonedVmRng {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#max_bytes VirtualEnvironmentClonedVm#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#period VirtualEnvironmentClonedVm#period}
    */
    readonly period?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#source VirtualEnvironmentClonedVm#source}
    */
    readonly source?: string;
}
export declare function virtualEnvironmentClonedVmRngToTerraform(struct?: VirtualEnvironmentClonedVmRng | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmRngToHclTerraform(struct?: VirtualEnvironmentClonedVmRng | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmRng | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmRng | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#create VirtualEnvironmentClonedVm#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#delete VirtualEnvironmentClonedVm#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#read VirtualEnvironmentClonedVm#read}
    */
    readonly read?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#update VirtualEnvironmentClonedVm#update}
    */
    readonly update?: string;
}
export declare function virtualEnvironmentClonedVmTimeoutsToTerraform(struct?: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmTimeoutsToHclTerraform(struct?: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmVga {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#clipboard VirtualEnvironmentClonedVm#clipboard}
    */
    readonly clipboard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#memory VirtualEnvironmentClonedVm#memory}
    */
    readonly memory?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#type VirtualEnvironmentClonedVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentClonedVmVgaToTerraform(struct?: VirtualEnvironmentClonedVmVga | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmVgaToHclTerraform(struct?: VirtualEnvironmentClonedVmVga | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmVga | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmVga | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm}
*/
export declare class VirtualEnvironmentClonedVm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_cloned_vm";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClonedVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClonedVm to import
    * @param importFromId The id of the existing VirtualEnvironmentClonedVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClonedVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClonedVmConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentClonedVmConfig);
    private _cdrom;
    get cdrom(): VirtualEnvironmentClonedVmCdromMap;
    putCdrom(value: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | undefined;
    private _clone;
    get clone(): VirtualEnvironmentClonedVmCloneOutputReference;
    putClone(value: VirtualEnvironmentClonedVmClone): void;
    get cloneInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmClone | undefined;
    private _cpu;
    get cpu(): VirtualEnvironmentClonedVmCpuOutputReference;
    putCpu(value: VirtualEnvironmentClonedVmCpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmCpu | undefined;
    private _delete;
    get delete(): VirtualEnvironmentClonedVmDeleteOutputReference;
    putDelete(value: VirtualEnvironmentClonedVmDelete): void;
    resetDelete(): void;
    get deleteInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmDelete | undefined;
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
    private _disk;
    get disk(): VirtualEnvironmentClonedVmDiskMap;
    putDisk(value: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | undefined;
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number | undefined;
    private _memory;
    get memory(): VirtualEnvironmentClonedVmMemoryOutputReference;
    putMemory(value: VirtualEnvironmentClonedVmMemory): void;
    resetMemory(): void;
    get memoryInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmMemory | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _network;
    get network(): VirtualEnvironmentClonedVmNetworkMap;
    putNetwork(value: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | undefined;
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
    get rng(): VirtualEnvironmentClonedVmRngOutputReference;
    putRng(value: VirtualEnvironmentClonedVmRng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmRng | undefined;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable | undefined;
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
    private _timeouts;
    get timeouts(): VirtualEnvironmentClonedVmTimeoutsOutputReference;
    putTimeouts(value: VirtualEnvironmentClonedVmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmTimeouts | undefined;
    private _vga;
    get vga(): VirtualEnvironmentClonedVmVgaOutputReference;
    putVga(value: VirtualEnvironmentClonedVmVga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmVga | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
