import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentAptStandardRepositoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_apt_standard_repository#handle DataProxmoxVirtualEnvironmentAptStandardRepository#handle}
    */
    readonly handle: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_apt_standard_repository#node DataProxmoxVirtualEnvironmentAptStandardRepository#node}
    */
    readonly nodeAttribute: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_apt_standard_repository proxmox_virtual_environment_apt_standard_repository}
*/
export declare class DataProxmoxVirtualEnvironmentAptStandardRepository extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_apt_standard_repository";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentAptStandardRepository resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentAptStandardRepository to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentAptStandardRepository that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_apt_standard_repository#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentAptStandardRepository to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_apt_standard_repository proxmox_virtual_environment_apt_standard_repository} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentAptStandardRepositoryConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentAptStandardRepositoryConfig);
    get description(): string;
    get filePath(): string;
    private _handle?;
    get handle(): string;
    set handle(value: string);
    get handleInput(): string | undefined;
    get id(): string;
    get index(): number;
    get name(): string;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    get status(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
