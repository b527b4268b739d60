import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentAcmePluginConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugin#plugin DataProxmoxVirtualEnvironmentAcmePlugin#plugin}
    */
    readonly plugin: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugin proxmox_virtual_environment_acme_plugin}
*/
export declare class DataProxmoxVirtualEnvironmentAcmePlugin extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_plugin";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentAcmePlugin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentAcmePlugin to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentAcmePlugin that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentAcmePlugin to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_plugin proxmox_virtual_environment_acme_plugin} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentAcmePluginConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentAcmePluginConfig);
    get api(): string;
    private _data;
    get data(): cdktf.StringMap;
    get digest(): string;
    private _plugin?;
    get plugin(): string;
    set plugin(value: string);
    get pluginInput(): string | undefined;
    get type(): string;
    get validationDelay(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
