import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AcmeCertificateConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#account AcmeCertificate#account}
    */
    readonly account: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#domains AcmeCertificate#domains}
    */
    readonly domains: AcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#force AcmeCertificate#force}
    */
    readonly force?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#node_name AcmeCertificate#node_name}
    */
    readonly nodeName: string;
}
export interface AcmeCertificateDomains {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#alias AcmeCertificate#alias}
    */
    readonly alias?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#domain AcmeCertificate#domain}
    */
    readonly domain: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#plugin AcmeCertificate#plugin}
    */
    readonly plugin?: string;
}
export declare function acmeCertificateDomainsToTerraform(struct?: AcmeCertificateDomains | cdktf.IResolvable): any;
export declare function acmeCertificateDomainsToHclTerraform(struct?: AcmeCertificateDomains | cdktf.IResolvable): any;
export declare class AcmeCertificateDomainsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AcmeCertificateDomains | cdktf.IResolvable | undefined;
    set internalValue(value: AcmeCertificateDomains | cdktf.IResolvable | undefined);
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
export declare class AcmeCertificateDomainsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AcmeCertificateDomainsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate proxmox_acme_certificate}
*/
export declare class AcmeCertificate extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_acme_certificate";
    /**
    * Generates CDKTF code for importing a AcmeCertificate resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AcmeCertificate to import
    * @param importFromId The id of the existing AcmeCertificate that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AcmeCertificate to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_certificate proxmox_acme_certificate} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AcmeCertificateConfig
    */
    constructor(scope: Construct, id: string, config: AcmeCertificateConfig);
    private _account?;
    get account(): string;
    set account(value: string);
    get accountInput(): string | undefined;
    get certificate(): string;
    private _domains;
    get domains(): AcmeCertificateDomainsList;
    putDomains(value: AcmeCertificateDomains[] | cdktf.IResolvable): void;
    get domainsInput(): cdktf.IResolvable | AcmeCertificateDomains[] | undefined;
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
