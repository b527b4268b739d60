import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentUserConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_user#id DataProxmoxVirtualEnvironmentUser#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_user#user_id DataProxmoxVirtualEnvironmentUser#user_id}
    */
    readonly userId: string;
}
export interface DataProxmoxVirtualEnvironmentUserAcl {
}
export declare function dataProxmoxVirtualEnvironmentUserAclToTerraform(struct?: DataProxmoxVirtualEnvironmentUserAcl): any;
export declare function dataProxmoxVirtualEnvironmentUserAclToHclTerraform(struct?: DataProxmoxVirtualEnvironmentUserAcl): any;
export declare class DataProxmoxVirtualEnvironmentUserAclOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentUserAcl | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentUserAcl | undefined);
    get path(): string;
    get propagate(): cdktf.IResolvable;
    get roleId(): string;
}
export declare class DataProxmoxVirtualEnvironmentUserAclList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentUserAclOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_user proxmox_virtual_environment_user}
*/
export declare class DataProxmoxVirtualEnvironmentUser extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_user";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentUser resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentUser to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentUser that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_user#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentUser to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_user proxmox_virtual_environment_user} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentUserConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentUserConfig);
    private _acl;
    get acl(): DataProxmoxVirtualEnvironmentUserAclList;
    get comment(): string;
    get email(): string;
    get enabled(): cdktf.IResolvable;
    get expirationDate(): string;
    get firstName(): string;
    get groups(): string[];
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get keys(): string;
    get lastName(): string;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    get userIdInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
