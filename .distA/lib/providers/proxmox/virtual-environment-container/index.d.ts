import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentContainerConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#description VirtualEnvironmentContainer#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#environment_variables VirtualEnvironmentContainer#environment_variables}
    */
    readonly environmentVariables?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#hook_script_file_id VirtualEnvironmentContainer#hook_script_file_id}
    */
    readonly hookScriptFileId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#id VirtualEnvironmentContainer#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#node_name VirtualEnvironmentContainer#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#pool_id VirtualEnvironmentContainer#pool_id}
    */
    readonly poolId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#protection VirtualEnvironmentContainer#protection}
    */
    readonly protection?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#start_on_boot VirtualEnvironmentContainer#start_on_boot}
    */
    readonly startOnBoot?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#started VirtualEnvironmentContainer#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#tags VirtualEnvironmentContainer#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#template VirtualEnvironmentContainer#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#timeout_clone VirtualEnvironmentContainer#timeout_clone}
    */
    readonly timeoutClone?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#timeout_create VirtualEnvironmentContainer#timeout_create}
    */
    readonly timeoutCreate?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#timeout_delete VirtualEnvironmentContainer#timeout_delete}
    */
    readonly timeoutDelete?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#timeout_start VirtualEnvironmentContainer#timeout_start}
    */
    readonly timeoutStart?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#timeout_update VirtualEnvironmentContainer#timeout_update}
    */
    readonly timeoutUpdate?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#unprivileged VirtualEnvironmentContainer#unprivileged}
    */
    readonly unprivileged?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#vm_id VirtualEnvironmentContainer#vm_id}
    */
    readonly vmId?: number;
    /**
    * clone block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#clone VirtualEnvironmentContainer#clone}
    */
    readonly clone?: VirtualEnvironmentContainerClone;
    /**
    * console block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#console VirtualEnvironmentContainer#console}
    */
    readonly console?: VirtualEnvironmentContainerConsole;
    /**
    * cpu block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#cpu VirtualEnvironmentContainer#cpu}
    */
    readonly cpu?: VirtualEnvironmentContainerCpu;
    /**
    * device_passthrough block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#device_passthrough VirtualEnvironmentContainer#device_passthrough}
    */
    readonly devicePassthrough?: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable;
    /**
    * disk block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#disk VirtualEnvironmentContainer#disk}
    */
    readonly disk?: VirtualEnvironmentContainerDisk;
    /**
    * features block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#features VirtualEnvironmentContainer#features}
    */
    readonly features?: VirtualEnvironmentContainerFeatures;
    /**
    * idmap block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#idmap VirtualEnvironmentContainer#idmap}
    */
    readonly idmap?: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable;
    /**
    * initialization block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#initialization VirtualEnvironmentContainer#initialization}
    */
    readonly initialization?: VirtualEnvironmentContainerInitialization;
    /**
    * memory block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#memory VirtualEnvironmentContainer#memory}
    */
    readonly memory?: VirtualEnvironmentContainerMemory;
    /**
    * mount_point block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mount_point VirtualEnvironmentContainer#mount_point}
    */
    readonly mountPoint?: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable;
    /**
    * network_interface block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#network_interface VirtualEnvironmentContainer#network_interface}
    */
    readonly networkInterface?: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable;
    /**
    * operating_system block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#operating_system VirtualEnvironmentContainer#operating_system}
    */
    readonly operatingSystem?: VirtualEnvironmentContainerOperatingSystem;
    /**
    * startup block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#startup VirtualEnvironmentContainer#startup}
    */
    readonly startup?: VirtualEnvironmentContainerStartup;
    /**
    * wait_for_ip block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#wait_for_ip VirtualEnvironmentContainer#wait_for_ip}
    */
    readonly waitForIp?: VirtualEnvironmentContainerWaitForIp;
}
export interface VirtualEnvironmentContainerClone {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#datastore_id VirtualEnvironmentContainer#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#full VirtualEnvironmentContainer#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#node_name VirtualEnvironmentContainer#node_name}
    */
    readonly nodeName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#vm_id VirtualEnvironmentContainer#vm_id}
    */
    readonly vmId: number;
}
export declare function virtualEnvironmentContainerCloneToTerraform(struct?: VirtualEnvironmentContainerCloneOutputReference | VirtualEnvironmentContainerClone): any;
export declare function virtualEnvironmentContainerCloneToHclTerraform(struct?: VirtualEnvironmentContainerCloneOutputReference | VirtualEnvironmentContainerClone): any;
export declare class VirtualEnvironmentContainerCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerClone | undefined;
    set internalValue(value: VirtualEnvironmentContainerClone | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    get vmIdInput(): number | undefined;
}
export interface VirtualEnvironmentContainerConsole {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#enabled VirtualEnvironmentContainer#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#tty_count VirtualEnvironmentContainer#tty_count}
    */
    readonly ttyCount?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentContainerConsoleToTerraform(struct?: VirtualEnvironmentContainerConsoleOutputReference | VirtualEnvironmentContainerConsole): any;
export declare function virtualEnvironmentContainerConsoleToHclTerraform(struct?: VirtualEnvironmentContainerConsoleOutputReference | VirtualEnvironmentContainerConsole): any;
export declare class VirtualEnvironmentContainerConsoleOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerConsole | undefined;
    set internalValue(value: VirtualEnvironmentContainerConsole | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _ttyCount?;
    get ttyCount(): number;
    set ttyCount(value: number);
    resetTtyCount(): void;
    get ttyCountInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentContainerCpu {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#architecture VirtualEnvironmentContainer#architecture}
    */
    readonly architecture?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#cores VirtualEnvironmentContainer#cores}
    */
    readonly cores?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#limit VirtualEnvironmentContainer#limit}
    */
    readonly limit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#units VirtualEnvironmentContainer#units}
    */
    readonly units?: number;
}
export declare function virtualEnvironmentContainerCpuToTerraform(struct?: VirtualEnvironmentContainerCpuOutputReference | VirtualEnvironmentContainerCpu): any;
export declare function virtualEnvironmentContainerCpuToHclTerraform(struct?: VirtualEnvironmentContainerCpuOutputReference | VirtualEnvironmentContainerCpu): any;
export declare class VirtualEnvironmentContainerCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerCpu | undefined;
    set internalValue(value: VirtualEnvironmentContainerCpu | undefined);
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
    private _limit?;
    get limit(): number;
    set limit(value: number);
    resetLimit(): void;
    get limitInput(): number | undefined;
    private _units?;
    get units(): number;
    set units(value: number);
    resetUnits(): void;
    get unitsInput(): number | undefined;
}
export interface VirtualEnvironmentContainerDevicePassthrough {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#deny_write VirtualEnvironmentContainer#deny_write}
    */
    readonly denyWrite?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#gid VirtualEnvironmentContainer#gid}
    */
    readonly gid?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mode VirtualEnvironmentContainer#mode}
    */
    readonly mode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#path VirtualEnvironmentContainer#path}
    */
    readonly path: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#uid VirtualEnvironmentContainer#uid}
    */
    readonly uid?: number;
}
export declare function virtualEnvironmentContainerDevicePassthroughToTerraform(struct?: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerDevicePassthroughToHclTerraform(struct?: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerDevicePassthroughOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable | undefined);
    private _denyWrite?;
    get denyWrite(): boolean | cdktf.IResolvable;
    set denyWrite(value: boolean | cdktf.IResolvable);
    resetDenyWrite(): void;
    get denyWriteInput(): boolean | cdktf.IResolvable | undefined;
    private _gid?;
    get gid(): number;
    set gid(value: number);
    resetGid(): void;
    get gidInput(): number | undefined;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _uid?;
    get uid(): number;
    set uid(value: number);
    resetUid(): void;
    get uidInput(): number | undefined;
}
export declare class VirtualEnvironmentContainerDevicePassthroughList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerDevicePassthroughOutputReference;
}
export interface VirtualEnvironmentContainerDisk {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#acl VirtualEnvironmentContainer#acl}
    */
    readonly acl?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#datastore_id VirtualEnvironmentContainer#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mount_options VirtualEnvironmentContainer#mount_options}
    */
    readonly mountOptions?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#quota VirtualEnvironmentContainer#quota}
    */
    readonly quota?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#replicate VirtualEnvironmentContainer#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size?: number;
}
export declare function virtualEnvironmentContainerDiskToTerraform(struct?: VirtualEnvironmentContainerDiskOutputReference | VirtualEnvironmentContainerDisk): any;
export declare function virtualEnvironmentContainerDiskToHclTerraform(struct?: VirtualEnvironmentContainerDiskOutputReference | VirtualEnvironmentContainerDisk): any;
export declare class VirtualEnvironmentContainerDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerDisk | undefined;
    set internalValue(value: VirtualEnvironmentContainerDisk | undefined);
    private _acl?;
    get acl(): boolean | cdktf.IResolvable;
    set acl(value: boolean | cdktf.IResolvable);
    resetAcl(): void;
    get aclInput(): boolean | cdktf.IResolvable | undefined;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string | undefined;
    private _mountOptions?;
    get mountOptions(): string[];
    set mountOptions(value: string[]);
    resetMountOptions(): void;
    get mountOptionsInput(): string[] | undefined;
    get pathInDatastore(): string;
    private _quota?;
    get quota(): boolean | cdktf.IResolvable;
    set quota(value: boolean | cdktf.IResolvable);
    resetQuota(): void;
    get quotaInput(): boolean | cdktf.IResolvable | undefined;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number | undefined;
}
export interface VirtualEnvironmentContainerFeatures {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#fuse VirtualEnvironmentContainer#fuse}
    */
    readonly fuse?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#keyctl VirtualEnvironmentContainer#keyctl}
    */
    readonly keyctl?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mknod VirtualEnvironmentContainer#mknod}
    */
    readonly mknod?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mount VirtualEnvironmentContainer#mount}
    */
    readonly mount?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#nesting VirtualEnvironmentContainer#nesting}
    */
    readonly nesting?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentContainerFeaturesToTerraform(struct?: VirtualEnvironmentContainerFeaturesOutputReference | VirtualEnvironmentContainerFeatures): any;
export declare function virtualEnvironmentContainerFeaturesToHclTerraform(struct?: VirtualEnvironmentContainerFeaturesOutputReference | VirtualEnvironmentContainerFeatures): any;
export declare class VirtualEnvironmentContainerFeaturesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerFeatures | undefined;
    set internalValue(value: VirtualEnvironmentContainerFeatures | undefined);
    private _fuse?;
    get fuse(): boolean | cdktf.IResolvable;
    set fuse(value: boolean | cdktf.IResolvable);
    resetFuse(): void;
    get fuseInput(): boolean | cdktf.IResolvable | undefined;
    private _keyctl?;
    get keyctl(): boolean | cdktf.IResolvable;
    set keyctl(value: boolean | cdktf.IResolvable);
    resetKeyctl(): void;
    get keyctlInput(): boolean | cdktf.IResolvable | undefined;
    private _mknod?;
    get mknod(): boolean | cdktf.IResolvable;
    set mknod(value: boolean | cdktf.IResolvable);
    resetMknod(): void;
    get mknodInput(): boolean | cdktf.IResolvable | undefined;
    private _mount?;
    get mount(): string[];
    set mount(value: string[]);
    resetMount(): void;
    get mountInput(): string[] | undefined;
    private _nesting?;
    get nesting(): boolean | cdktf.IResolvable;
    set nesting(value: boolean | cdktf.IResolvable);
    resetNesting(): void;
    get nestingInput(): boolean | cdktf.IResolvable | undefined;
}
export interface VirtualEnvironmentContainerIdmap {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#container_id VirtualEnvironmentContainer#container_id}
    */
    readonly containerId: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#host_id VirtualEnvironmentContainer#host_id}
    */
    readonly hostId: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type: string;
}
export declare function virtualEnvironmentContainerIdmapToTerraform(struct?: VirtualEnvironmentContainerIdmap | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerIdmapToHclTerraform(struct?: VirtualEnvironmentContainerIdmap | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerIdmapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerIdmap | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerIdmap | cdktf.IResolvable | undefined);
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    get containerIdInput(): number | undefined;
    private _hostId?;
    get hostId(): number;
    set hostId(value: number);
    get hostIdInput(): number | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    get sizeInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
}
export declare class VirtualEnvironmentContainerIdmapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerIdmapOutputReference;
}
export interface VirtualEnvironmentContainerInitializationDns {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#domain VirtualEnvironmentContainer#domain}
    */
    readonly domain?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#server VirtualEnvironmentContainer#server}
    */
    readonly server?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#servers VirtualEnvironmentContainer#servers}
    */
    readonly servers?: string[];
}
export declare function virtualEnvironmentContainerInitializationDnsToTerraform(struct?: VirtualEnvironmentContainerInitializationDnsOutputReference | VirtualEnvironmentContainerInitializationDns): any;
export declare function virtualEnvironmentContainerInitializationDnsToHclTerraform(struct?: VirtualEnvironmentContainerInitializationDnsOutputReference | VirtualEnvironmentContainerInitializationDns): any;
export declare class VirtualEnvironmentContainerInitializationDnsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationDns | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationDns | undefined);
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    resetServer(): void;
    get serverInput(): string | undefined;
    private _servers?;
    get servers(): string[];
    set servers(value: string[]);
    resetServers(): void;
    get serversInput(): string[] | undefined;
}
export interface VirtualEnvironmentContainerInitializationIpConfigIpv4 {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#address VirtualEnvironmentContainer#address}
    */
    readonly address?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#gateway VirtualEnvironmentContainer#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv4): any;
export declare function virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv4): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfigIpv4 | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfigIpv4 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
}
export interface VirtualEnvironmentContainerInitializationIpConfigIpv6 {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#address VirtualEnvironmentContainer#address}
    */
    readonly address?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#gateway VirtualEnvironmentContainer#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv6): any;
export declare function virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv6): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfigIpv6 | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfigIpv6 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
}
export interface VirtualEnvironmentContainerInitializationIpConfig {
    /**
    * ipv4 block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#ipv4 VirtualEnvironmentContainer#ipv4}
    */
    readonly ipv4?: VirtualEnvironmentContainerInitializationIpConfigIpv4;
    /**
    * ipv6 block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#ipv6 VirtualEnvironmentContainer#ipv6}
    */
    readonly ipv6?: VirtualEnvironmentContainerInitializationIpConfigIpv6;
}
export declare function virtualEnvironmentContainerInitializationIpConfigToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerInitializationIpConfigToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable | undefined);
    private _ipv4;
    get ipv4(): VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference;
    putIpv4(value: VirtualEnvironmentContainerInitializationIpConfigIpv4): void;
    resetIpv4(): void;
    get ipv4Input(): VirtualEnvironmentContainerInitializationIpConfigIpv4 | undefined;
    private _ipv6;
    get ipv6(): VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference;
    putIpv6(value: VirtualEnvironmentContainerInitializationIpConfigIpv6): void;
    resetIpv6(): void;
    get ipv6Input(): VirtualEnvironmentContainerInitializationIpConfigIpv6 | undefined;
}
export declare class VirtualEnvironmentContainerInitializationIpConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerInitializationIpConfigOutputReference;
}
export interface VirtualEnvironmentContainerInitializationUserAccount {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#keys VirtualEnvironmentContainer#keys}
    */
    readonly keys?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#password VirtualEnvironmentContainer#password}
    */
    readonly password?: string;
}
export declare function virtualEnvironmentContainerInitializationUserAccountToTerraform(struct?: VirtualEnvironmentContainerInitializationUserAccountOutputReference | VirtualEnvironmentContainerInitializationUserAccount): any;
export declare function virtualEnvironmentContainerInitializationUserAccountToHclTerraform(struct?: VirtualEnvironmentContainerInitializationUserAccountOutputReference | VirtualEnvironmentContainerInitializationUserAccount): any;
export declare class VirtualEnvironmentContainerInitializationUserAccountOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationUserAccount | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationUserAccount | undefined);
    private _keys?;
    get keys(): string[];
    set keys(value: string[]);
    resetKeys(): void;
    get keysInput(): string[] | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string | undefined;
}
export interface VirtualEnvironmentContainerInitialization {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#entrypoint VirtualEnvironmentContainer#entrypoint}
    */
    readonly entrypoint?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#hostname VirtualEnvironmentContainer#hostname}
    */
    readonly hostname?: string;
    /**
    * dns block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#dns VirtualEnvironmentContainer#dns}
    */
    readonly dns?: VirtualEnvironmentContainerInitializationDns;
    /**
    * ip_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#ip_config VirtualEnvironmentContainer#ip_config}
    */
    readonly ipConfig?: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * user_account block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#user_account VirtualEnvironmentContainer#user_account}
    */
    readonly userAccount?: VirtualEnvironmentContainerInitializationUserAccount;
}
export declare function virtualEnvironmentContainerInitializationToTerraform(struct?: VirtualEnvironmentContainerInitializationOutputReference | VirtualEnvironmentContainerInitialization): any;
export declare function virtualEnvironmentContainerInitializationToHclTerraform(struct?: VirtualEnvironmentContainerInitializationOutputReference | VirtualEnvironmentContainerInitialization): any;
export declare class VirtualEnvironmentContainerInitializationOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitialization | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitialization | undefined);
    private _entrypoint?;
    get entrypoint(): string;
    set entrypoint(value: string);
    resetEntrypoint(): void;
    get entrypointInput(): string | undefined;
    private _hostname?;
    get hostname(): string;
    set hostname(value: string);
    resetHostname(): void;
    get hostnameInput(): string | undefined;
    private _dns;
    get dns(): VirtualEnvironmentContainerInitializationDnsOutputReference;
    putDns(value: VirtualEnvironmentContainerInitializationDns): void;
    resetDns(): void;
    get dnsInput(): VirtualEnvironmentContainerInitializationDns | undefined;
    private _ipConfig;
    get ipConfig(): VirtualEnvironmentContainerInitializationIpConfigList;
    putIpConfig(value: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable): void;
    resetIpConfig(): void;
    get ipConfigInput(): cdktf.IResolvable | VirtualEnvironmentContainerInitializationIpConfig[] | undefined;
    private _userAccount;
    get userAccount(): VirtualEnvironmentContainerInitializationUserAccountOutputReference;
    putUserAccount(value: VirtualEnvironmentContainerInitializationUserAccount): void;
    resetUserAccount(): void;
    get userAccountInput(): VirtualEnvironmentContainerInitializationUserAccount | undefined;
}
export interface VirtualEnvironmentContainerMemory {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#dedicated VirtualEnvironmentContainer#dedicated}
    */
    readonly dedicated?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#swap VirtualEnvironmentContainer#swap}
    */
    readonly swap?: number;
}
export declare function virtualEnvironmentContainerMemoryToTerraform(struct?: VirtualEnvironmentContainerMemoryOutputReference | VirtualEnvironmentContainerMemory): any;
export declare function virtualEnvironmentContainerMemoryToHclTerraform(struct?: VirtualEnvironmentContainerMemoryOutputReference | VirtualEnvironmentContainerMemory): any;
export declare class VirtualEnvironmentContainerMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerMemory | undefined;
    set internalValue(value: VirtualEnvironmentContainerMemory | undefined);
    private _dedicated?;
    get dedicated(): number;
    set dedicated(value: number);
    resetDedicated(): void;
    get dedicatedInput(): number | undefined;
    private _swap?;
    get swap(): number;
    set swap(value: number);
    resetSwap(): void;
    get swapInput(): number | undefined;
}
export interface VirtualEnvironmentContainerMountPoint {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#acl VirtualEnvironmentContainer#acl}
    */
    readonly acl?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#backup VirtualEnvironmentContainer#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mount_options VirtualEnvironmentContainer#mount_options}
    */
    readonly mountOptions?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#path VirtualEnvironmentContainer#path}
    */
    readonly path: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#quota VirtualEnvironmentContainer#quota}
    */
    readonly quota?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#read_only VirtualEnvironmentContainer#read_only}
    */
    readonly readOnly?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#replicate VirtualEnvironmentContainer#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#shared VirtualEnvironmentContainer#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#volume VirtualEnvironmentContainer#volume}
    */
    readonly volume: string;
}
export declare function virtualEnvironmentContainerMountPointToTerraform(struct?: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerMountPointToHclTerraform(struct?: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerMountPointOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerMountPoint | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable | undefined);
    private _acl?;
    get acl(): boolean | cdktf.IResolvable;
    set acl(value: boolean | cdktf.IResolvable);
    resetAcl(): void;
    get aclInput(): boolean | cdktf.IResolvable | undefined;
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable | undefined;
    private _mountOptions?;
    get mountOptions(): string[];
    set mountOptions(value: string[]);
    resetMountOptions(): void;
    get mountOptionsInput(): string[] | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    get pathInDatastore(): string;
    private _quota?;
    get quota(): boolean | cdktf.IResolvable;
    set quota(value: boolean | cdktf.IResolvable);
    resetQuota(): void;
    get quotaInput(): boolean | cdktf.IResolvable | undefined;
    private _readOnly?;
    get readOnly(): boolean | cdktf.IResolvable;
    set readOnly(value: boolean | cdktf.IResolvable);
    resetReadOnly(): void;
    get readOnlyInput(): boolean | cdktf.IResolvable | undefined;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable | undefined;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable | undefined;
    private _size?;
    get size(): string;
    set size(value: string);
    resetSize(): void;
    get sizeInput(): string | undefined;
    private _volume?;
    get volume(): string;
    set volume(value: string);
    get volumeInput(): string | undefined;
}
export declare class VirtualEnvironmentContainerMountPointList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerMountPointOutputReference;
}
export interface VirtualEnvironmentContainerNetworkInterface {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#bridge VirtualEnvironmentContainer#bridge}
    */
    readonly bridge?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#enabled VirtualEnvironmentContainer#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#firewall VirtualEnvironmentContainer#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#host_managed VirtualEnvironmentContainer#host_managed}
    */
    readonly hostManaged?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mac_address VirtualEnvironmentContainer#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#mtu VirtualEnvironmentContainer#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#name VirtualEnvironmentContainer#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#rate_limit VirtualEnvironmentContainer#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#vlan_id VirtualEnvironmentContainer#vlan_id}
    */
    readonly vlanId?: number;
}
export declare function virtualEnvironmentContainerNetworkInterfaceToTerraform(struct?: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerNetworkInterfaceToHclTerraform(struct?: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerNetworkInterfaceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable | undefined;
    private _hostManaged?;
    get hostManaged(): boolean | cdktf.IResolvable;
    set hostManaged(value: boolean | cdktf.IResolvable);
    resetHostManaged(): void;
    get hostManagedInput(): boolean | cdktf.IResolvable | undefined;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _rateLimit?;
    get rateLimit(): number;
    set rateLimit(value: number);
    resetRateLimit(): void;
    get rateLimitInput(): number | undefined;
    private _vlanId?;
    get vlanId(): number;
    set vlanId(value: number);
    resetVlanId(): void;
    get vlanIdInput(): number | undefined;
}
export declare class VirtualEnvironmentContainerNetworkInterfaceList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerNetworkInterfaceOutputReference;
}
export interface VirtualEnvironmentContainerOperatingSystem {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#template_file_id VirtualEnvironmentContainer#template_file_id}
    */
    readonly templateFileId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentContainerOperatingSystemToTerraform(struct?: VirtualEnvironmentContainerOperatingSystemOutputReference | VirtualEnvironmentContainerOperatingSystem): any;
export declare function virtualEnvironmentContainerOperatingSystemToHclTerraform(struct?: VirtualEnvironmentContainerOperatingSystemOutputReference | VirtualEnvironmentContainerOperatingSystem): any;
export declare class VirtualEnvironmentContainerOperatingSystemOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerOperatingSystem | undefined;
    set internalValue(value: VirtualEnvironmentContainerOperatingSystem | undefined);
    private _templateFileId?;
    get templateFileId(): string;
    set templateFileId(value: string);
    get templateFileIdInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface VirtualEnvironmentContainerStartup {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#down_delay VirtualEnvironmentContainer#down_delay}
    */
    readonly downDelay?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#order VirtualEnvironmentContainer#order}
    */
    readonly order?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#up_delay VirtualEnvironmentContainer#up_delay}
    */
    readonly upDelay?: number;
}
export declare function virtualEnvironmentContainerStartupToTerraform(struct?: VirtualEnvironmentContainerStartupOutputReference | VirtualEnvironmentContainerStartup): any;
export declare function virtualEnvironmentContainerStartupToHclTerraform(struct?: VirtualEnvironmentContainerStartupOutputReference | VirtualEnvironmentContainerStartup): any;
export declare class VirtualEnvironmentContainerStartupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerStartup | undefined;
    set internalValue(value: VirtualEnvironmentContainerStartup | undefined);
    private _downDelay?;
    get downDelay(): number;
    set downDelay(value: number);
    resetDownDelay(): void;
    get downDelayInput(): number | undefined;
    private _order?;
    get order(): number;
    set order(value: number);
    resetOrder(): void;
    get orderInput(): number | undefined;
    private _upDelay?;
    get upDelay(): number;
    set upDelay(value: number);
    resetUpDelay(): void;
    get upDelayInput(): number | undefined;
}
export interface VirtualEnvironmentContainerWaitForIp {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#ipv4 VirtualEnvironmentContainer#ipv4}
    */
    readonly ipv4?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#ipv6 VirtualEnvironmentContainer#ipv6}
    */
    readonly ipv6?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentContainerWaitForIpToTerraform(struct?: VirtualEnvironmentContainerWaitForIpOutputReference | VirtualEnvironmentContainerWaitForIp): any;
export declare function virtualEnvironmentContainerWaitForIpToHclTerraform(struct?: VirtualEnvironmentContainerWaitForIpOutputReference | VirtualEnvironmentContainerWaitForIp): any;
export declare class VirtualEnvironmentContainerWaitForIpOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerWaitForIp | undefined;
    set internalValue(value: VirtualEnvironmentContainerWaitForIp | undefined);
    private _ipv4?;
    get ipv4(): boolean | cdktf.IResolvable;
    set ipv4(value: boolean | cdktf.IResolvable);
    resetIpv4(): void;
    get ipv4Input(): boolean | cdktf.IResolvable | undefined;
    private _ipv6?;
    get ipv6(): boolean | cdktf.IResolvable;
    set ipv6(value: boolean | cdktf.IResolvable);
    resetIpv6(): void;
    get ipv6Input(): boolean | cdktf.IResolvable | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container proxmox_virtual_environment_container}
*/
export declare class VirtualEnvironmentContainer extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_container";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentContainer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentContainer to import
    * @param importFromId The id of the existing VirtualEnvironmentContainer that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentContainer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_container proxmox_virtual_environment_container} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentContainerConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentContainerConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _environmentVariables?;
    get environmentVariables(): {
        [key: string]: string;
    };
    set environmentVariables(value: {
        [key: string]: string;
    });
    resetEnvironmentVariables(): void;
    get environmentVariablesInput(): {
        [key: string]: string;
    } | undefined;
    private _hookScriptFileId?;
    get hookScriptFileId(): string;
    set hookScriptFileId(value: string);
    resetHookScriptFileId(): void;
    get hookScriptFileIdInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _ipv4;
    get ipv4(): cdktf.StringMap;
    private _ipv6;
    get ipv6(): cdktf.StringMap;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    resetPoolId(): void;
    get poolIdInput(): string | undefined;
    private _protection?;
    get protection(): boolean | cdktf.IResolvable;
    set protection(value: boolean | cdktf.IResolvable);
    resetProtection(): void;
    get protectionInput(): boolean | cdktf.IResolvable | undefined;
    private _startOnBoot?;
    get startOnBoot(): boolean | cdktf.IResolvable;
    set startOnBoot(value: boolean | cdktf.IResolvable);
    resetStartOnBoot(): void;
    get startOnBootInput(): boolean | cdktf.IResolvable | undefined;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable | undefined;
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
    private _timeoutClone?;
    get timeoutClone(): number;
    set timeoutClone(value: number);
    resetTimeoutClone(): void;
    get timeoutCloneInput(): number | undefined;
    private _timeoutCreate?;
    get timeoutCreate(): number;
    set timeoutCreate(value: number);
    resetTimeoutCreate(): void;
    get timeoutCreateInput(): number | undefined;
    private _timeoutDelete?;
    get timeoutDelete(): number;
    set timeoutDelete(value: number);
    resetTimeoutDelete(): void;
    get timeoutDeleteInput(): number | undefined;
    private _timeoutStart?;
    get timeoutStart(): number;
    set timeoutStart(value: number);
    resetTimeoutStart(): void;
    get timeoutStartInput(): number | undefined;
    private _timeoutUpdate?;
    get timeoutUpdate(): number;
    set timeoutUpdate(value: number);
    resetTimeoutUpdate(): void;
    get timeoutUpdateInput(): number | undefined;
    private _unprivileged?;
    get unprivileged(): boolean | cdktf.IResolvable;
    set unprivileged(value: boolean | cdktf.IResolvable);
    resetUnprivileged(): void;
    get unprivilegedInput(): boolean | cdktf.IResolvable | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    private _clone;
    get clone(): VirtualEnvironmentContainerCloneOutputReference;
    putClone(value: VirtualEnvironmentContainerClone): void;
    resetClone(): void;
    get cloneInput(): VirtualEnvironmentContainerClone | undefined;
    private _console;
    get console(): VirtualEnvironmentContainerConsoleOutputReference;
    putConsole(value: VirtualEnvironmentContainerConsole): void;
    resetConsole(): void;
    get consoleInput(): VirtualEnvironmentContainerConsole | undefined;
    private _cpu;
    get cpu(): VirtualEnvironmentContainerCpuOutputReference;
    putCpu(value: VirtualEnvironmentContainerCpu): void;
    resetCpu(): void;
    get cpuInput(): VirtualEnvironmentContainerCpu | undefined;
    private _devicePassthrough;
    get devicePassthrough(): VirtualEnvironmentContainerDevicePassthroughList;
    putDevicePassthrough(value: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable): void;
    resetDevicePassthrough(): void;
    get devicePassthroughInput(): cdktf.IResolvable | VirtualEnvironmentContainerDevicePassthrough[] | undefined;
    private _disk;
    get disk(): VirtualEnvironmentContainerDiskOutputReference;
    putDisk(value: VirtualEnvironmentContainerDisk): void;
    resetDisk(): void;
    get diskInput(): VirtualEnvironmentContainerDisk | undefined;
    private _features;
    get features(): VirtualEnvironmentContainerFeaturesOutputReference;
    putFeatures(value: VirtualEnvironmentContainerFeatures): void;
    resetFeatures(): void;
    get featuresInput(): VirtualEnvironmentContainerFeatures | undefined;
    private _idmap;
    get idmap(): VirtualEnvironmentContainerIdmapList;
    putIdmap(value: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable): void;
    resetIdmap(): void;
    get idmapInput(): cdktf.IResolvable | VirtualEnvironmentContainerIdmap[] | undefined;
    private _initialization;
    get initialization(): VirtualEnvironmentContainerInitializationOutputReference;
    putInitialization(value: VirtualEnvironmentContainerInitialization): void;
    resetInitialization(): void;
    get initializationInput(): VirtualEnvironmentContainerInitialization | undefined;
    private _memory;
    get memory(): VirtualEnvironmentContainerMemoryOutputReference;
    putMemory(value: VirtualEnvironmentContainerMemory): void;
    resetMemory(): void;
    get memoryInput(): VirtualEnvironmentContainerMemory | undefined;
    private _mountPoint;
    get mountPoint(): VirtualEnvironmentContainerMountPointList;
    putMountPoint(value: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable): void;
    resetMountPoint(): void;
    get mountPointInput(): cdktf.IResolvable | VirtualEnvironmentContainerMountPoint[] | undefined;
    private _networkInterface;
    get networkInterface(): VirtualEnvironmentContainerNetworkInterfaceList;
    putNetworkInterface(value: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable): void;
    resetNetworkInterface(): void;
    get networkInterfaceInput(): cdktf.IResolvable | VirtualEnvironmentContainerNetworkInterface[] | undefined;
    private _operatingSystem;
    get operatingSystem(): VirtualEnvironmentContainerOperatingSystemOutputReference;
    putOperatingSystem(value: VirtualEnvironmentContainerOperatingSystem): void;
    resetOperatingSystem(): void;
    get operatingSystemInput(): VirtualEnvironmentContainerOperatingSystem | undefined;
    private _startup;
    get startup(): VirtualEnvironmentContainerStartupOutputReference;
    putStartup(value: VirtualEnvironmentContainerStartup): void;
    resetStartup(): void;
    get startupInput(): VirtualEnvironmentContainerStartup | undefined;
    private _waitForIp;
    get waitForIp(): VirtualEnvironmentContainerWaitForIpOutputReference;
    putWaitForIp(value: VirtualEnvironmentContainerWaitForIp): void;
    resetWaitForIp(): void;
    get waitForIpInput(): VirtualEnvironmentContainerWaitForIp | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
