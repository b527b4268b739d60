import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxAcmePluginsConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxAcmePluginsPlugins {
}
export declare function dataProxmoxAcmePluginsPluginsToTerraform(struct?: DataProxmoxAcmePluginsPlugins): any;
export declare function dataProxmoxAcmePluginsPluginsToHclTerraform(struct?: DataProxmoxAcmePluginsPlugins): any;
export declare class DataProxmoxAcmePluginsPluginsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxAcmePluginsPlugins | undefined;
    set internalValue(value: DataProxmoxAcmePluginsPlugins | undefined);
    get api(): string;
    private _data;
    get data(): cdktf.StringMap;
    get digest(): string;
    get plugin(): string;
    get type(): string;
    get validationDelay(): number;
}
export declare class DataProxmoxAcmePluginsPluginsList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxAcmePluginsPluginsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_plugins proxmox_acme_plugins}
*/
export declare class DataProxmoxAcmePlugins extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_acme_plugins";
    /**
    * Generates CDKTF code for importing a DataProxmoxAcmePlugins resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxAcmePlugins to import
    * @param importFromId The id of the existing DataProxmoxAcmePlugins that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_plugins#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxAcmePlugins to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_plugins proxmox_acme_plugins} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxAcmePluginsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxAcmePluginsConfig);
    private _plugins;
    get plugins(): DataProxmoxAcmePluginsPluginsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
