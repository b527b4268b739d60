import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentOciImageConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#datastore_id VirtualEnvironmentOciImage#datastore_id}
    */
    readonly datastoreId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#file_name VirtualEnvironmentOciImage#file_name}
    */
    readonly fileName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#node_name VirtualEnvironmentOciImage#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#overwrite VirtualEnvironmentOciImage#overwrite}
    */
    readonly overwrite?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#overwrite_unmanaged VirtualEnvironmentOciImage#overwrite_unmanaged}
    */
    readonly overwriteUnmanaged?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#reference VirtualEnvironmentOciImage#reference}
    */
    readonly reference: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#upload_timeout VirtualEnvironmentOciImage#upload_timeout}
    */
    readonly uploadTimeout?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image proxmox_virtual_environment_oci_image}
*/
export declare class VirtualEnvironmentOciImage extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_oci_image";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentOciImage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentOciImage to import
    * @param importFromId The id of the existing VirtualEnvironmentOciImage that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentOciImage to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_oci_image proxmox_virtual_environment_oci_image} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentOciImageConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentOciImageConfig);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    get datastoreIdInput(): string | undefined;
    private _fileName?;
    get fileName(): string;
    set fileName(value: string);
    resetFileName(): void;
    get fileNameInput(): string | undefined;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _overwrite?;
    get overwrite(): boolean | cdktf.IResolvable;
    set overwrite(value: boolean | cdktf.IResolvable);
    resetOverwrite(): void;
    get overwriteInput(): boolean | cdktf.IResolvable | undefined;
    private _overwriteUnmanaged?;
    get overwriteUnmanaged(): boolean | cdktf.IResolvable;
    set overwriteUnmanaged(value: boolean | cdktf.IResolvable);
    resetOverwriteUnmanaged(): void;
    get overwriteUnmanagedInput(): boolean | cdktf.IResolvable | undefined;
    private _reference?;
    get reference(): string;
    set reference(value: string);
    get referenceInput(): string | undefined;
    get size(): number;
    private _uploadTimeout?;
    get uploadTimeout(): number;
    set uploadTimeout(value: number);
    resetUploadTimeout(): void;
    get uploadTimeoutInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
