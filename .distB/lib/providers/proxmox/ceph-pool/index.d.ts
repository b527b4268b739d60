import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CephPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#add_storages CephPool#add_storages}
    */
    readonly addStorages?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#application CephPool#application}
    */
    readonly application?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#crush_rule CephPool#crush_rule}
    */
    readonly crushRule?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#erasure_coding CephPool#erasure_coding}
    */
    readonly erasureCoding?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#force_destroy CephPool#force_destroy}
    */
    readonly forceDestroy?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#min_size CephPool#min_size}
    */
    readonly minSize?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#name CephPool#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#node_name CephPool#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_autoscale_mode CephPool#pg_autoscale_mode}
    */
    readonly pgAutoscaleMode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_num CephPool#pg_num}
    */
    readonly pgNum?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_num_min CephPool#pg_num_min}
    */
    readonly pgNumMin?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#remove_ecprofile CephPool#remove_ecprofile}
    */
    readonly removeEcprofile?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#remove_storages CephPool#remove_storages}
    */
    readonly removeStorages?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#size CephPool#size}
    */
    readonly size?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#target_size CephPool#target_size}
    */
    readonly targetSize?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#target_size_ratio CephPool#target_size_ratio}
    */
    readonly targetSizeRatio?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool proxmox_ceph_pool}
*/
export declare class CephPool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_ceph_pool";
    /**
    * Generates CDKTF code for importing a CephPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CephPool to import
    * @param importFromId The id of the existing CephPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CephPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool proxmox_ceph_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CephPoolConfig
    */
    constructor(scope: Construct, id: string, config: CephPoolConfig);
    private _addStorages?;
    get addStorages(): boolean | cdktf.IResolvable;
    set addStorages(value: boolean | cdktf.IResolvable);
    resetAddStorages(): void;
    get addStoragesInput(): boolean | cdktf.IResolvable | undefined;
    private _application?;
    get application(): string;
    set application(value: string);
    resetApplication(): void;
    get applicationInput(): string | undefined;
    private _crushRule?;
    get crushRule(): string;
    set crushRule(value: string);
    resetCrushRule(): void;
    get crushRuleInput(): string | undefined;
    private _erasureCoding?;
    get erasureCoding(): string;
    set erasureCoding(value: string);
    resetErasureCoding(): void;
    get erasureCodingInput(): string | undefined;
    private _forceDestroy?;
    get forceDestroy(): boolean | cdktf.IResolvable;
    set forceDestroy(value: boolean | cdktf.IResolvable);
    resetForceDestroy(): void;
    get forceDestroyInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _minSize?;
    get minSize(): number;
    set minSize(value: number);
    resetMinSize(): void;
    get minSizeInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _pgAutoscaleMode?;
    get pgAutoscaleMode(): string;
    set pgAutoscaleMode(value: string);
    resetPgAutoscaleMode(): void;
    get pgAutoscaleModeInput(): string | undefined;
    private _pgNum?;
    get pgNum(): number;
    set pgNum(value: number);
    resetPgNum(): void;
    get pgNumInput(): number | undefined;
    private _pgNumMin?;
    get pgNumMin(): number;
    set pgNumMin(value: number);
    resetPgNumMin(): void;
    get pgNumMinInput(): number | undefined;
    private _removeEcprofile?;
    get removeEcprofile(): boolean | cdktf.IResolvable;
    set removeEcprofile(value: boolean | cdktf.IResolvable);
    resetRemoveEcprofile(): void;
    get removeEcprofileInput(): boolean | cdktf.IResolvable | undefined;
    private _removeStorages?;
    get removeStorages(): boolean | cdktf.IResolvable;
    set removeStorages(value: boolean | cdktf.IResolvable);
    resetRemoveStorages(): void;
    get removeStoragesInput(): boolean | cdktf.IResolvable | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number | undefined;
    private _targetSize?;
    get targetSize(): string;
    set targetSize(value: string);
    resetTargetSize(): void;
    get targetSizeInput(): string | undefined;
    private _targetSizeRatio?;
    get targetSizeRatio(): number;
    set targetSizeRatio(value: number);
    resetTargetSizeRatio(): void;
    get targetSizeRatioInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
