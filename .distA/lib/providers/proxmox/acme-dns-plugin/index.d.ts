import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AcmeDnsPluginConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#api AcmeDnsPlugin#api}
    */
    readonly api: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#data AcmeDnsPlugin#data}
    */
    readonly data?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#data_wo AcmeDnsPlugin#data_wo}
    */
    readonly dataWo?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#data_wo_version AcmeDnsPlugin#data_wo_version}
    */
    readonly dataWoVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#digest AcmeDnsPlugin#digest}
    */
    readonly digest?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#disable AcmeDnsPlugin#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#plugin AcmeDnsPlugin#plugin}
    */
    readonly plugin: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#validation_delay AcmeDnsPlugin#validation_delay}
    */
    readonly validationDelay?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin proxmox_acme_dns_plugin}
*/
export declare class AcmeDnsPlugin extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_acme_dns_plugin";
    /**
    * Generates CDKTF code for importing a AcmeDnsPlugin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AcmeDnsPlugin to import
    * @param importFromId The id of the existing AcmeDnsPlugin that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AcmeDnsPlugin to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin proxmox_acme_dns_plugin} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AcmeDnsPluginConfig
    */
    constructor(scope: Construct, id: string, config: AcmeDnsPluginConfig);
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
