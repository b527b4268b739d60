import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnApplierConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_applier#on_create VirtualEnvironmentSdnApplier#on_create}
    */
    readonly onCreate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_applier#on_destroy VirtualEnvironmentSdnApplier#on_destroy}
    */
    readonly onDestroy?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_applier proxmox_virtual_environment_sdn_applier}
*/
export declare class VirtualEnvironmentSdnApplier extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_applier";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnApplier resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnApplier to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnApplier that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_applier#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnApplier to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_sdn_applier proxmox_virtual_environment_sdn_applier} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnApplierConfig = {}
    */
    constructor(scope: Construct, id: string, config?: VirtualEnvironmentSdnApplierConfig);
    get id(): string;
    private _onCreate?;
    get onCreate(): boolean | cdktf.IResolvable;
    set onCreate(value: boolean | cdktf.IResolvable);
    resetOnCreate(): void;
    get onCreateInput(): boolean | cdktf.IResolvable | undefined;
    private _onDestroy?;
    get onDestroy(): boolean | cdktf.IResolvable;
    set onDestroy(value: boolean | cdktf.IResolvable);
    resetOnDestroy(): void;
    get onDestroyInput(): boolean | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
