import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentMetricsServerConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_metrics_server#name DataProxmoxVirtualEnvironmentMetricsServer#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server}
*/
export declare class DataProxmoxVirtualEnvironmentMetricsServer extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_metrics_server";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentMetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentMetricsServer to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentMetricsServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentMetricsServer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentMetricsServerConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentMetricsServerConfig);
    get disable(): cdktf.IResolvable;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    get opentelemetryCompression(): string;
    get opentelemetryHeaders(): string;
    get opentelemetryMaxBodySize(): number;
    get opentelemetryPath(): string;
    get opentelemetryProto(): string;
    get opentelemetryResourceAttributes(): string;
    get opentelemetryTimeout(): number;
    get opentelemetryVerifySsl(): cdktf.IResolvable;
    get port(): number;
    get server(): string;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
