import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentMetricsServerConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#disable VirtualEnvironmentMetricsServer#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#graphite_path VirtualEnvironmentMetricsServer#graphite_path}
    */
    readonly graphitePath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#graphite_proto VirtualEnvironmentMetricsServer#graphite_proto}
    */
    readonly graphiteProto?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_api_path_prefix VirtualEnvironmentMetricsServer#influx_api_path_prefix}
    */
    readonly influxApiPathPrefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_bucket VirtualEnvironmentMetricsServer#influx_bucket}
    */
    readonly influxBucket?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_db_proto VirtualEnvironmentMetricsServer#influx_db_proto}
    */
    readonly influxDbProto?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_max_body_size VirtualEnvironmentMetricsServer#influx_max_body_size}
    */
    readonly influxMaxBodySize?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_organization VirtualEnvironmentMetricsServer#influx_organization}
    */
    readonly influxOrganization?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_token VirtualEnvironmentMetricsServer#influx_token}
    */
    readonly influxToken?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_token_wo VirtualEnvironmentMetricsServer#influx_token_wo}
    */
    readonly influxTokenWo?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_token_wo_version VirtualEnvironmentMetricsServer#influx_token_wo_version}
    */
    readonly influxTokenWoVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#influx_verify VirtualEnvironmentMetricsServer#influx_verify}
    */
    readonly influxVerify?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#mtu VirtualEnvironmentMetricsServer#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#name VirtualEnvironmentMetricsServer#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_compression VirtualEnvironmentMetricsServer#opentelemetry_compression}
    */
    readonly opentelemetryCompression?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_headers VirtualEnvironmentMetricsServer#opentelemetry_headers}
    */
    readonly opentelemetryHeaders?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_max_body_size VirtualEnvironmentMetricsServer#opentelemetry_max_body_size}
    */
    readonly opentelemetryMaxBodySize?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_path VirtualEnvironmentMetricsServer#opentelemetry_path}
    */
    readonly opentelemetryPath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_proto VirtualEnvironmentMetricsServer#opentelemetry_proto}
    */
    readonly opentelemetryProto?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_resource_attributes VirtualEnvironmentMetricsServer#opentelemetry_resource_attributes}
    */
    readonly opentelemetryResourceAttributes?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_timeout VirtualEnvironmentMetricsServer#opentelemetry_timeout}
    */
    readonly opentelemetryTimeout?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#opentelemetry_verify_ssl VirtualEnvironmentMetricsServer#opentelemetry_verify_ssl}
    */
    readonly opentelemetryVerifySsl?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#port VirtualEnvironmentMetricsServer#port}
    */
    readonly port: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#server VirtualEnvironmentMetricsServer#server}
    */
    readonly server: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#timeout VirtualEnvironmentMetricsServer#timeout}
    */
    readonly timeout?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#type VirtualEnvironmentMetricsServer#type}
    */
    readonly type: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server}
*/
export declare class VirtualEnvironmentMetricsServer extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_metrics_server";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentMetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentMetricsServer to import
    * @param importFromId The id of the existing VirtualEnvironmentMetricsServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentMetricsServer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentMetricsServerConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentMetricsServerConfig);
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable | undefined;
    private _graphitePath?;
    get graphitePath(): string;
    set graphitePath(value: string);
    resetGraphitePath(): void;
    get graphitePathInput(): string | undefined;
    private _graphiteProto?;
    get graphiteProto(): string;
    set graphiteProto(value: string);
    resetGraphiteProto(): void;
    get graphiteProtoInput(): string | undefined;
    get id(): string;
    private _influxApiPathPrefix?;
    get influxApiPathPrefix(): string;
    set influxApiPathPrefix(value: string);
    resetInfluxApiPathPrefix(): void;
    get influxApiPathPrefixInput(): string | undefined;
    private _influxBucket?;
    get influxBucket(): string;
    set influxBucket(value: string);
    resetInfluxBucket(): void;
    get influxBucketInput(): string | undefined;
    private _influxDbProto?;
    get influxDbProto(): string;
    set influxDbProto(value: string);
    resetInfluxDbProto(): void;
    get influxDbProtoInput(): string | undefined;
    private _influxMaxBodySize?;
    get influxMaxBodySize(): number;
    set influxMaxBodySize(value: number);
    resetInfluxMaxBodySize(): void;
    get influxMaxBodySizeInput(): number | undefined;
    private _influxOrganization?;
    get influxOrganization(): string;
    set influxOrganization(value: string);
    resetInfluxOrganization(): void;
    get influxOrganizationInput(): string | undefined;
    private _influxToken?;
    get influxToken(): string;
    set influxToken(value: string);
    resetInfluxToken(): void;
    get influxTokenInput(): string | undefined;
    private _influxTokenWo?;
    get influxTokenWo(): string;
    set influxTokenWo(value: string);
    resetInfluxTokenWo(): void;
    get influxTokenWoInput(): string | undefined;
    private _influxTokenWoVersion?;
    get influxTokenWoVersion(): number;
    set influxTokenWoVersion(value: number);
    resetInfluxTokenWoVersion(): void;
    get influxTokenWoVersionInput(): number | undefined;
    private _influxVerify?;
    get influxVerify(): boolean | cdktf.IResolvable;
    set influxVerify(value: boolean | cdktf.IResolvable);
    resetInfluxVerify(): void;
    get influxVerifyInput(): boolean | cdktf.IResolvable | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _opentelemetryCompression?;
    get opentelemetryCompression(): string;
    set opentelemetryCompression(value: string);
    resetOpentelemetryCompression(): void;
    get opentelemetryCompressionInput(): string | undefined;
    private _opentelemetryHeaders?;
    get opentelemetryHeaders(): string;
    set opentelemetryHeaders(value: string);
    resetOpentelemetryHeaders(): void;
    get opentelemetryHeadersInput(): string | undefined;
    private _opentelemetryMaxBodySize?;
    get opentelemetryMaxBodySize(): number;
    set opentelemetryMaxBodySize(value: number);
    resetOpentelemetryMaxBodySize(): void;
    get opentelemetryMaxBodySizeInput(): number | undefined;
    private _opentelemetryPath?;
    get opentelemetryPath(): string;
    set opentelemetryPath(value: string);
    resetOpentelemetryPath(): void;
    get opentelemetryPathInput(): string | undefined;
    private _opentelemetryProto?;
    get opentelemetryProto(): string;
    set opentelemetryProto(value: string);
    resetOpentelemetryProto(): void;
    get opentelemetryProtoInput(): string | undefined;
    private _opentelemetryResourceAttributes?;
    get opentelemetryResourceAttributes(): string;
    set opentelemetryResourceAttributes(value: string);
    resetOpentelemetryResourceAttributes(): void;
    get opentelemetryResourceAttributesInput(): string | undefined;
    private _opentelemetryTimeout?;
    get opentelemetryTimeout(): number;
    set opentelemetryTimeout(value: number);
    resetOpentelemetryTimeout(): void;
    get opentelemetryTimeoutInput(): number | undefined;
    private _opentelemetryVerifySsl?;
    get opentelemetryVerifySsl(): boolean | cdktf.IResolvable;
    set opentelemetryVerifySsl(value: boolean | cdktf.IResolvable);
    resetOpentelemetryVerifySsl(): void;
    get opentelemetryVerifySslInput(): boolean | cdktf.IResolvable | undefined;
    private _port?;
    get port(): number;
    set port(value: number);
    get portInput(): number | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string | undefined;
    private _timeout?;
    get timeout(): number;
    set timeout(value: number);
    resetTimeout(): void;
    get timeoutInput(): number | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
