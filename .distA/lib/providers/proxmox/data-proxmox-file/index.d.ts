import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxFileConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file#content_type DataProxmoxFile#content_type}
    */
    readonly contentType: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file#datastore_id DataProxmoxFile#datastore_id}
    */
    readonly datastoreId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file#file_name DataProxmoxFile#file_name}
    */
    readonly fileName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file#node_name DataProxmoxFile#node_name}
    */
    readonly nodeName: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file proxmox_file}
*/
export declare class DataProxmoxFile extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_file";
    /**
    * Generates CDKTF code for importing a DataProxmoxFile resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxFile to import
    * @param importFromId The id of the existing DataProxmoxFile that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxFile to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/file proxmox_file} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxFileConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxFileConfig);
    private _contentType?;
    get contentType(): string;
    set contentType(value: string);
    get contentTypeInput(): string | undefined;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    get datastoreIdInput(): string | undefined;
    get fileFormat(): string;
    private _fileName?;
    get fileName(): string;
    set fileName(value: string);
    get fileNameInput(): string | undefined;
    get fileSize(): number;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    get vmid(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
