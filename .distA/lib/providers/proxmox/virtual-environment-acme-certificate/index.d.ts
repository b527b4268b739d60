import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentAcmeCertificateConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#account VirtualEnvironmentAcmeCertificate#account}
    */
    readonly account: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#domains VirtualEnvironmentAcmeCertificate#domains}
    */
    readonly domains: VirtualEnvironmentAcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#force VirtualEnvironmentAcmeCertificate#force}
    */
    readonly force?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#node_name VirtualEnvironmentAcmeCertificate#node_name}
    */
    readonly nodeName: string;
}
export interface VirtualEnvironmentAcmeCertificateDomains {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#alias VirtualEnvironmentAcmeCertificate#alias}
    */
    readonly alias?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#domain VirtualEnvironmentAcmeCertificate#domain}
    */
    readonly domain: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#plugin VirtualEnvironmentAcmeCertificate#plugin}
    */
    readonly plugin?: string;
}
export declare function virtualEnvironmentAcmeCertificateDomainsToTerraform(struct?: VirtualEnvironmentAcmeCertificateDomains | cdktf.IResolvable): any;
export declare function virtualEnvironmentAcmeCertificateDomainsToHclTerraform(struct?: VirtualEnvironmentAcmeCertificateDomains | cdktf.IResolvable): any;
export declare class VirtualEnvironmentAcmeCertificateDomainsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentAcmeCertificateDomains | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentAcmeCertificateDomains | cdktf.IResolvable | undefined);
    private _alias?;
    get alias(): string;
    set alias(value: string);
    resetAlias(): void;
    get aliasInput(): string | undefined;
    private _domain?;
    get domain(): string;
    set domain(value: string);
    get domainInput(): string | undefined;
    private _plugin?;
    get plugin(): string;
    set plugin(value: string);
    resetPlugin(): void;
    get pluginInput(): string | undefined;
}
export declare class VirtualEnvironmentAcmeCertificateDomainsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentAcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentAcmeCertificateDomainsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate proxmox_virtual_environment_acme_certificate}
*/
export declare class VirtualEnvironmentAcmeCertificate extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_certificate";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentAcmeCertificate resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentAcmeCertificate to import
    * @param importFromId The id of the existing VirtualEnvironmentAcmeCertificate that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentAcmeCertificate to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_acme_certificate proxmox_virtual_environment_acme_certificate} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentAcmeCertificateConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentAcmeCertificateConfig);
    private _account?;
    get account(): string;
    set account(value: string);
    get accountInput(): string | undefined;
    get certificate(): string;
    private _domains;
    get domains(): VirtualEnvironmentAcmeCertificateDomainsList;
    putDomains(value: VirtualEnvironmentAcmeCertificateDomains[] | cdktf.IResolvable): void;
    get domainsInput(): cdktf.IResolvable | VirtualEnvironmentAcmeCertificateDomains[] | undefined;
    get fingerprint(): string;
    private _force?;
    get force(): boolean | cdktf.IResolvable;
    set force(value: boolean | cdktf.IResolvable);
    resetForce(): void;
    get forceInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    get issuer(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    get notAfter(): string;
    get notBefore(): string;
    get subject(): string;
    get subjectAlternativeNames(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
