import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NodeDiskZfsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#add_storage NodeDiskZfs#add_storage}
    */
    readonly addStorage?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#ashift NodeDiskZfs#ashift}
    */
    readonly ashift?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#cleanup_config NodeDiskZfs#cleanup_config}
    */
    readonly cleanupConfig?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#cleanup_disks NodeDiskZfs#cleanup_disks}
    */
    readonly cleanupDisks?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#compression NodeDiskZfs#compression}
    */
    readonly compression?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#devices NodeDiskZfs#devices}
    */
    readonly devices: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#draid_config NodeDiskZfs#draid_config}
    */
    readonly draidConfig?: NodeDiskZfsDraidConfig;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#name NodeDiskZfs#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#node_name NodeDiskZfs#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#raidlevel NodeDiskZfs#raidlevel}
    */
    readonly raidlevel: string;
}
export interface NodeDiskZfsDraidConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#data NodeDiskZfs#data}
    */
    readonly data: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#spares NodeDiskZfs#spares}
    */
    readonly spares: number;
}
export declare function nodeDiskZfsDraidConfigToTerraform(struct?: NodeDiskZfsDraidConfig | cdktf.IResolvable): any;
export declare function nodeDiskZfsDraidConfigToHclTerraform(struct?: NodeDiskZfsDraidConfig | cdktf.IResolvable): any;
export declare class NodeDiskZfsDraidConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): NodeDiskZfsDraidConfig | cdktf.IResolvable | undefined;
    set internalValue(value: NodeDiskZfsDraidConfig | cdktf.IResolvable | undefined);
    private _data?;
    get data(): number;
    set data(value: number);
    get dataInput(): number | undefined;
    private _spares?;
    get spares(): number;
    set spares(value: number);
    get sparesInput(): number | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs proxmox_node_disk_zfs}
*/
export declare class NodeDiskZfs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_node_disk_zfs";
    /**
    * Generates CDKTF code for importing a NodeDiskZfs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NodeDiskZfs to import
    * @param importFromId The id of the existing NodeDiskZfs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NodeDiskZfs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs proxmox_node_disk_zfs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NodeDiskZfsConfig
    */
    constructor(scope: Construct, id: string, config: NodeDiskZfsConfig);
    private _addStorage?;
    get addStorage(): boolean | cdktf.IResolvable;
    set addStorage(value: boolean | cdktf.IResolvable);
    resetAddStorage(): void;
    get addStorageInput(): boolean | cdktf.IResolvable | undefined;
    private _ashift?;
    get ashift(): number;
    set ashift(value: number);
    resetAshift(): void;
    get ashiftInput(): number | undefined;
    private _cleanupConfig?;
    get cleanupConfig(): boolean | cdktf.IResolvable;
    set cleanupConfig(value: boolean | cdktf.IResolvable);
    resetCleanupConfig(): void;
    get cleanupConfigInput(): boolean | cdktf.IResolvable | undefined;
    private _cleanupDisks?;
    get cleanupDisks(): boolean | cdktf.IResolvable;
    set cleanupDisks(value: boolean | cdktf.IResolvable);
    resetCleanupDisks(): void;
    get cleanupDisksInput(): boolean | cdktf.IResolvable | undefined;
    private _compression?;
    get compression(): string;
    set compression(value: string);
    resetCompression(): void;
    get compressionInput(): string | undefined;
    private _devices?;
    get devices(): string[];
    set devices(value: string[]);
    get devicesInput(): string[] | undefined;
    private _draidConfig;
    get draidConfig(): NodeDiskZfsDraidConfigOutputReference;
    putDraidConfig(value: NodeDiskZfsDraidConfig): void;
    resetDraidConfig(): void;
    get draidConfigInput(): cdktf.IResolvable | NodeDiskZfsDraidConfig | undefined;
    get errors(): string;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _raidlevel?;
    get raidlevel(): string;
    set raidlevel(value: string);
    get raidlevelInput(): string | undefined;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
