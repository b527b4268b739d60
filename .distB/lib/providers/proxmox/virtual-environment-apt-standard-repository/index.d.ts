import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentAptStandardRepositoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_apt_standard_repository#handle VirtualEnvironmentAptStandardRepository#handle}
    */
    readonly handle: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_apt_standard_repository#node VirtualEnvironmentAptStandardRepository#node}
    */
    readonly nodeAttribute: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_apt_standard_repository proxmox_virtual_environment_apt_standard_repository}
*/
export declare class VirtualEnvironmentAptStandardRepository extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_apt_standard_repository";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentAptStandardRepository resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentAptStandardRepository to import
    * @param importFromId The id of the existing VirtualEnvironmentAptStandardRepository that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_apt_standard_repository#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentAptStandardRepository to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_apt_standard_repository proxmox_virtual_environment_apt_standard_repository} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentAptStandardRepositoryConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentAptStandardRepositoryConfig);
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
