import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentAcmeDnsPluginConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#api VirtualEnvironmentAcmeDnsPlugin#api}
    */
    readonly api: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#data VirtualEnvironmentAcmeDnsPlugin#data}
    */
    readonly data?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#data_wo VirtualEnvironmentAcmeDnsPlugin#data_wo}
    */
    readonly dataWo?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#data_wo_version VirtualEnvironmentAcmeDnsPlugin#data_wo_version}
    */
    readonly dataWoVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#digest VirtualEnvironmentAcmeDnsPlugin#digest}
    */
    readonly digest?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#disable VirtualEnvironmentAcmeDnsPlugin#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#plugin VirtualEnvironmentAcmeDnsPlugin#plugin}
    */
    readonly plugin: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#validation_delay VirtualEnvironmentAcmeDnsPlugin#validation_delay}
    */
    readonly validationDelay?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin proxmox_virtual_environment_acme_dns_plugin}
*/
export declare class VirtualEnvironmentAcmeDnsPlugin extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_dns_plugin";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentAcmeDnsPlugin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentAcmeDnsPlugin to import
    * @param importFromId The id of the existing VirtualEnvironmentAcmeDnsPlugin that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentAcmeDnsPlugin to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_dns_plugin proxmox_virtual_environment_acme_dns_plugin} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentAcmeDnsPluginConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentAcmeDnsPluginConfig);
    private _api?;
    get api(): string;
    set api(value: string);
    get apiInput(): string | undefined;
    private _data?;
    get data(): {
        [key: string]: string;
    };
    set data(value: {
        [key: string]: string;
    });
    resetData(): void;
    get dataInput(): {
        [key: string]: string;
    } | undefined;
    private _dataWo?;
    get dataWo(): {
        [key: string]: string;
    };
    set dataWo(value: {
        [key: string]: string;
    });
    resetDataWo(): void;
    get dataWoInput(): {
        [key: string]: string;
    } | undefined;
    private _dataWoVersion?;
    get dataWoVersion(): number;
    set dataWoVersion(value: number);
    resetDataWoVersion(): void;
    get dataWoVersionInput(): number | undefined;
    private _digest?;
    get digest(): string;
    set digest(value: string);
    resetDigest(): void;
    get digestInput(): string | undefined;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable | undefined;
    private _plugin?;
    get plugin(): string;
    set plugin(value: string);
    get pluginInput(): string | undefined;
    private _validationDelay?;
    get validationDelay(): number;
    set validationDelay(value: number);
    resetValidationDelay(): void;
    get validationDelayInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
