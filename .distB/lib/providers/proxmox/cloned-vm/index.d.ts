import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ClonedVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#cdrom ClonedVm#cdrom}
    */
    readonly cdrom?: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#clone ClonedVm#clone}
    */
    readonly clone: ClonedVmClone;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#cpu ClonedVm#cpu}
    */
    readonly cpu?: ClonedVmCpu;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#delete ClonedVm#delete}
    */
    readonly delete?: ClonedVmDelete;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#delete_unreferenced_disks_on_destroy ClonedVm#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#description ClonedVm#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#disk ClonedVm#disk}
    */
    readonly disk?: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#id ClonedVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#memory ClonedVm#memory}
    */
    readonly memory?: ClonedVmMemory;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#name ClonedVm#name}
    */
    readonly name?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#network ClonedVm#network}
    */
    readonly network?: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#node_name ClonedVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#purge_on_destroy ClonedVm#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#rng ClonedVm#rng}
    */
    readonly rng?: ClonedVmRng;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#started ClonedVm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#stop_on_destroy ClonedVm#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#tags ClonedVm#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#timeouts ClonedVm#timeouts}
    */
    readonly timeouts?: ClonedVmTimeouts;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#vga ClonedVm#vga}
    */
    readonly vga?: ClonedVmVga;
}
export interface ClonedVmCdrom {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#file_id ClonedVm#file_id}
    */
    readonly fileId?: string;
}
export declare function clonedVmCdromToTerraform(struct?: ClonedVmCdrom | cdktf.IResolvable): any;
export declare function clonedVmCdromToHclTerraform(struct?: ClonedVmCdrom | cdktf.IResolvable): any;
export declare class ClonedVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmCdrom | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmCdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string | undefined;
}
export declare class ClonedVmCdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmCdromOutputReference;
}
export interface ClonedVmClone {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#bandwidth_limit ClonedVm#bandwidth_limit}
    */
    readonly bandwidthLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#full ClonedVm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#pool_id ClonedVm#pool_id}
    */
    readonly poolId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#retries ClonedVm#retries}
    */
    readonly retries?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#snapshot_name ClonedVm#snapshot_name}
    */
    readonly snapshotName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#source_node_name ClonedVm#source_node_name}
    */
    readonly sourceNodeName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#source_vm_id ClonedVm#source_vm_id}
    */
    readonly sourceVmId: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#target_datastore ClonedVm#target_datastore}
    */
    readonly targetDatastore?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#target_format ClonedVm#target_format}
    */
    readonly targetFormat?: string;
}
export declare function clonedVmCloneToTerraform(struct?: ClonedVmClone | cdktf.IResolvable): any;
export declare function clonedVmCloneToHclTerraform(struct?: ClonedVmClone | cdktf.IResolvable): any;
export declare class ClonedVmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmClone | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmClone | cdktf.IResolvable | undefined);
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
export interface ClonedVmCpu {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#affinity ClonedVm#affinity}
    */
    readonly affinity?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#architecture ClonedVm#architecture}
    */
    readonly architecture?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#cores ClonedVm#cores}
    */
    readonly cores?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#flags ClonedVm#flags}
    */
    readonly flags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#limit ClonedVm#limit}
    */
    readonly limit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#numa ClonedVm#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#sockets ClonedVm#sockets}
    */
    readonly sockets?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#type ClonedVm#type}
    */
    readonly type?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#units ClonedVm#units}
    */
    readonly units?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#vcpus ClonedVm#vcpus}
    */
    readonly vcpus?: number;
}
export declare function clonedVmCpuToTerraform(struct?: ClonedVmCpu | cdktf.IResolvable): any;
export declare function clonedVmCpuToHclTerraform(struct?: ClonedVmCpu | cdktf.IResolvable): any;
export declare class ClonedVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmCpu | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmCpu | cdktf.IResolvable | undefined);
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
export interface ClonedVmDelete {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#disk ClonedVm#disk}
    */
    readonly disk?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#network ClonedVm#network}
    */
    readonly network?: string[];
}
export declare function clonedVmDeleteToTerraform(struct?: ClonedVmDelete | cdktf.IResolvable): any;
export declare function clonedVmDeleteToHclTerraform(struct?: ClonedVmDelete | cdktf.IResolvable): any;
export declare class ClonedVmDeleteOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmDelete | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmDelete | cdktf.IResolvable | undefined);
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
export interface ClonedVmDisk {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#aio ClonedVm#aio}
    */
    readonly aio?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#backup ClonedVm#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#cache ClonedVm#cache}
    */
    readonly cache?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#datastore_id ClonedVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#discard ClonedVm#discard}
    */
    readonly discard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#file ClonedVm#file}
    */
    readonly file?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#format ClonedVm#format}
    */
    readonly format?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#import_from ClonedVm#import_from}
    */
    readonly importFromAttribute?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#iothread ClonedVm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#media ClonedVm#media}
    */
    readonly media?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#replicate ClonedVm#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#serial ClonedVm#serial}
    */
    readonly serial?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#size_gb ClonedVm#size_gb}
    */
    readonly sizeGb?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#ssd ClonedVm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
}
export declare function clonedVmDiskToTerraform(struct?: ClonedVmDisk | cdktf.IResolvable): any;
export declare function clonedVmDiskToHclTerraform(struct?: ClonedVmDisk | cdktf.IResolvable): any;
export declare class ClonedVmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmDisk | cdktf.IResolvable | undefined);
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
export declare class ClonedVmDiskMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmDiskOutputReference;
}
export interface ClonedVmMemory {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#balloon ClonedVm#balloon}
    */
    readonly balloon?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#hugepages ClonedVm#hugepages}
    */
    readonly hugepages?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#keep_hugepages ClonedVm#keep_hugepages}
    */
    readonly keepHugepages?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#shares ClonedVm#shares}
    */
    readonly shares?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#size ClonedVm#size}
    */
    readonly size?: number;
}
export declare function clonedVmMemoryToTerraform(struct?: ClonedVmMemory | cdktf.IResolvable): any;
export declare function clonedVmMemoryToHclTerraform(struct?: ClonedVmMemory | cdktf.IResolvable): any;
export declare class ClonedVmMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmMemory | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmMemory | cdktf.IResolvable | undefined);
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
export interface ClonedVmNetwork {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#bridge ClonedVm#bridge}
    */
    readonly bridge?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#firewall ClonedVm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#link_down ClonedVm#link_down}
    */
    readonly linkDown?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#mac_address ClonedVm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#model ClonedVm#model}
    */
    readonly model?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#mtu ClonedVm#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#queues ClonedVm#queues}
    */
    readonly queues?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#rate_limit ClonedVm#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#tag ClonedVm#tag}
    */
    readonly tag?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#trunks ClonedVm#trunks}
    */
    readonly trunks?: number[];
}
export declare function clonedVmNetworkToTerraform(struct?: ClonedVmNetwork | cdktf.IResolvable): any;
export declare function clonedVmNetworkToHclTerraform(struct?: ClonedVmNetwork | cdktf.IResolvable): any;
export declare class ClonedVmNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmNetwork | cdktf.IResolvable | undefined);
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
export declare class ClonedVmNetworkMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmNetworkOutputReference;
}
export interface ClonedVmRng {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#max_bytes ClonedVm#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#period ClonedVm#period}
    */
    readonly period?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#source ClonedVm#source}
    */
    readonly source?: string;
}
export declare function clonedVmRngToTerraform(struct?: ClonedVmRng | cdktf.IResolvable): any;
export declare function clonedVmRngToHclTerraform(struct?: ClonedVmRng | cdktf.IResolvable): any;
export declare class ClonedVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmRng | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmRng | cdktf.IResolvable | undefined);
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
export interface ClonedVmTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#create ClonedVm#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#delete ClonedVm#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#read ClonedVm#read}
    */
    readonly read?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#update ClonedVm#update}
    */
    readonly update?: string;
}
export declare function clonedVmTimeoutsToTerraform(struct?: ClonedVmTimeouts | cdktf.IResolvable): any;
export declare function clonedVmTimeoutsToHclTerraform(struct?: ClonedVmTimeouts | cdktf.IResolvable): any;
export declare class ClonedVmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmTimeouts | cdktf.IResolvable | undefined);
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
export interface ClonedVmVga {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#clipboard ClonedVm#clipboard}
    */
    readonly clipboard?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#memory ClonedVm#memory}
    */
    readonly memory?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#type ClonedVm#type}
    */
    readonly type?: string;
}
export declare function clonedVmVgaToTerraform(struct?: ClonedVmVga | cdktf.IResolvable): any;
export declare function clonedVmVgaToHclTerraform(struct?: ClonedVmVga | cdktf.IResolvable): any;
export declare class ClonedVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmVga | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmVga | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm proxmox_cloned_vm}
*/
export declare class ClonedVm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_cloned_vm";
    /**
    * Generates CDKTF code for importing a ClonedVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ClonedVm to import
    * @param importFromId The id of the existing ClonedVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ClonedVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/cloned_vm proxmox_cloned_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ClonedVmConfig
    */
    constructor(scope: Construct, id: string, config: ClonedVmConfig);
    private _cdrom;
    get cdrom(): ClonedVmCdromMap;
    putCdrom(value: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmCdrom;
    } | undefined;
    private _clone;
    get clone(): ClonedVmCloneOutputReference;
    putClone(value: ClonedVmClone): void;
    get cloneInput(): cdktf.IResolvable | ClonedVmClone | undefined;
    private _cpu;
    get cpu(): ClonedVmCpuOutputReference;
    putCpu(value: ClonedVmCpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | ClonedVmCpu | undefined;
    private _delete;
    get delete(): ClonedVmDeleteOutputReference;
    putDelete(value: ClonedVmDelete): void;
    resetDelete(): void;
    get deleteInput(): cdktf.IResolvable | ClonedVmDelete | undefined;
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
    get disk(): ClonedVmDiskMap;
    putDisk(value: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmDisk;
    } | undefined;
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number | undefined;
    private _memory;
    get memory(): ClonedVmMemoryOutputReference;
    putMemory(value: ClonedVmMemory): void;
    resetMemory(): void;
    get memoryInput(): cdktf.IResolvable | ClonedVmMemory | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _network;
    get network(): ClonedVmNetworkMap;
    putNetwork(value: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmNetwork;
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
    get rng(): ClonedVmRngOutputReference;
    putRng(value: ClonedVmRng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | ClonedVmRng | undefined;
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
    get timeouts(): ClonedVmTimeoutsOutputReference;
    putTimeouts(value: ClonedVmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | ClonedVmTimeouts | undefined;
    private _vga;
    get vga(): ClonedVmVgaOutputReference;
    putVga(value: ClonedVmVga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | ClonedVmVga | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
