import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxCephStatusConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/ceph_status#node_name DataProxmoxCephStatus#node_name}
    */
    readonly nodeName?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/ceph_status proxmox_ceph_status}
*/
export declare class DataProxmoxCephStatus extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_ceph_status";
    /**
    * Generates CDKTF code for importing a DataProxmoxCephStatus resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxCephStatus to import
    * @param importFromId The id of the existing DataProxmoxCephStatus that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/ceph_status#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxCephStatus to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/ceph_status proxmox_ceph_status} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxCephStatusConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxCephStatusConfig);
    get fsid(): string;
    get healthStatus(): string;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    get quorumNames(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
