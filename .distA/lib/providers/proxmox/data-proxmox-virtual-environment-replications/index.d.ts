import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentReplicationsConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxVirtualEnvironmentReplicationsReplications {
}
export declare function dataProxmoxVirtualEnvironmentReplicationsReplicationsToTerraform(struct?: DataProxmoxVirtualEnvironmentReplicationsReplications): any;
export declare function dataProxmoxVirtualEnvironmentReplicationsReplicationsToHclTerraform(struct?: DataProxmoxVirtualEnvironmentReplicationsReplications): any;
export declare class DataProxmoxVirtualEnvironmentReplicationsReplicationsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentReplicationsReplications | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentReplicationsReplications | undefined);
    get comment(): string;
    get disable(): cdktf.IResolvable;
    get guest(): number;
    get id(): string;
    get jobnum(): number;
    get rate(): number;
    get removeJob(): string;
    get schedule(): string;
    get source(): string;
    get target(): string;
    get type(): string;
}
export declare class DataProxmoxVirtualEnvironmentReplicationsReplicationsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxVirtualEnvironmentReplicationsReplicationsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_replications proxmox_virtual_environment_replications}
*/
export declare class DataProxmoxVirtualEnvironmentReplications extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_replications";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentReplications resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentReplications to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentReplications that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_replications#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentReplications to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_replications proxmox_virtual_environment_replications} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentReplicationsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentReplicationsConfig);
    private _replications;
    get replications(): DataProxmoxVirtualEnvironmentReplicationsReplicationsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
