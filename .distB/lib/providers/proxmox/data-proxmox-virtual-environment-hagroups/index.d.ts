import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHagroupsConfig extends cdktf.TerraformMetaArguments {
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hagroups proxmox_virtual_environment_hagroups}
*/
export declare class DataProxmoxVirtualEnvironmentHagroups extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_hagroups";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHagroups resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHagroups to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHagroups that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hagroups#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHagroups to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_hagroups proxmox_virtual_environment_hagroups} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHagroupsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentHagroupsConfig);
    get groupIds(): string[];
    get id(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
