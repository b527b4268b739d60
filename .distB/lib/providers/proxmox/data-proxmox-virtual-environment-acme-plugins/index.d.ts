import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentAcmePluginsConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxVirtualEnvironmentAcmePluginsPlugins {
}
export declare function dataProxmoxVirtualEnvironmentAcmePluginsPluginsToTerraform(struct?: DataProxmoxVirtualEnvironmentAcmePluginsPlugins): any;
export declare function dataProxmoxVirtualEnvironmentAcmePluginsPluginsToHclTerraform(struct?: DataProxmoxVirtualEnvironmentAcmePluginsPlugins): any;
export declare class DataProxmoxVirtualEnvironmentAcmePluginsPluginsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentAcmePluginsPlugins | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentAcmePluginsPlugins | undefined);
    get api(): string;
    private _data;
    get data(): cdktf.StringMap;
    get digest(): string;
    get plugin(): string;
    get type(): string;
    get validationDelay(): number;
}
export declare class DataProxmoxVirtualEnvironmentAcmePluginsPluginsList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentAcmePluginsPluginsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugins proxmox_virtual_environment_acme_plugins}
*/
export declare class DataProxmoxVirtualEnvironmentAcmePlugins extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_plugins";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentAcmePlugins resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentAcmePlugins to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentAcmePlugins that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugins#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentAcmePlugins to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugins proxmox_virtual_environment_acme_plugins} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentAcmePluginsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentAcmePluginsConfig);
    private _plugins;
    get plugins(): DataProxmoxVirtualEnvironmentAcmePluginsPluginsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
