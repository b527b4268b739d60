import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnVnetsConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxSdnVnetsVnets {
}
export declare function dataProxmoxSdnVnetsVnetsToTerraform(struct?: DataProxmoxSdnVnetsVnets): any;
export declare function dataProxmoxSdnVnetsVnetsToHclTerraform(struct?: DataProxmoxSdnVnetsVnets): any;
export declare class DataProxmoxSdnVnetsVnetsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxSdnVnetsVnets | undefined;
    set internalValue(value: DataProxmoxSdnVnetsVnets | undefined);
    get alias(): string;
    get id(): string;
    get isolatePorts(): cdktf.IResolvable;
    get tag(): number;
    get vlanAware(): cdktf.IResolvable;
    get zone(): string;
}
export declare class DataProxmoxSdnVnetsVnetsList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxSdnVnetsVnetsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_vnets proxmox_sdn_vnets}
*/
export declare class DataProxmoxSdnVnets extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_vnets";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnVnets resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnVnets to import
    * @param importFromId The id of the existing DataProxmoxSdnVnets that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_vnets#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnVnets to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_vnets proxmox_sdn_vnets} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnVnetsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxSdnVnetsConfig);
    private _vnets;
    get vnets(): DataProxmoxSdnVnetsVnetsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
