import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RealmLdapConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#base_dn RealmLdap#base_dn}
    */
    readonly baseDn: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#bind_dn RealmLdap#bind_dn}
    */
    readonly bindDn?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#bind_password RealmLdap#bind_password}
    */
    readonly bindPassword?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#ca_path RealmLdap#ca_path}
    */
    readonly caPath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#case_sensitive RealmLdap#case_sensitive}
    */
    readonly caseSensitive?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#cert_key_path RealmLdap#cert_key_path}
    */
    readonly certKeyPath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#cert_path RealmLdap#cert_path}
    */
    readonly certPath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#comment RealmLdap#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#default RealmLdap#default}
    */
    readonly default?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#filter RealmLdap#filter}
    */
    readonly filter?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_classes RealmLdap#group_classes}
    */
    readonly groupClasses?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_dn RealmLdap#group_dn}
    */
    readonly groupDn?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_filter RealmLdap#group_filter}
    */
    readonly groupFilter?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#group_name_attr RealmLdap#group_name_attr}
    */
    readonly groupNameAttr?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#mode RealmLdap#mode}
    */
    readonly mode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#port RealmLdap#port}
    */
    readonly port?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#realm RealmLdap#realm}
    */
    readonly realm: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#secure RealmLdap#secure}
    */
    readonly secure?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#server1 RealmLdap#server1}
    */
    readonly server1: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#server2 RealmLdap#server2}
    */
    readonly server2?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#ssl_version RealmLdap#ssl_version}
    */
    readonly sslVersion?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#sync_attributes RealmLdap#sync_attributes}
    */
    readonly syncAttributes?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#sync_defaults_options RealmLdap#sync_defaults_options}
    */
    readonly syncDefaultsOptions?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#user_attr RealmLdap#user_attr}
    */
    readonly userAttr?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#user_classes RealmLdap#user_classes}
    */
    readonly userClasses?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#verify RealmLdap#verify}
    */
    readonly verify?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap proxmox_realm_ldap}
*/
export declare class RealmLdap extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_realm_ldap";
    /**
    * Generates CDKTF code for importing a RealmLdap resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmLdap to import
    * @param importFromId The id of the existing RealmLdap that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmLdap to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_ldap proxmox_realm_ldap} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmLdapConfig
    */
    constructor(scope: Construct, id: string, config: RealmLdapConfig);
    private _baseDn?;
    get baseDn(): string;
    set baseDn(value: string);
    get baseDnInput(): string | undefined;
    private _bindDn?;
    get bindDn(): string;
    set bindDn(value: string);
    resetBindDn(): void;
    get bindDnInput(): string | undefined;
    private _bindPassword?;
    get bindPassword(): string;
    set bindPassword(value: string);
    resetBindPassword(): void;
    get bindPasswordInput(): string | undefined;
    private _caPath?;
    get caPath(): string;
    set caPath(value: string);
    resetCaPath(): void;
    get caPathInput(): string | undefined;
    private _caseSensitive?;
    get caseSensitive(): boolean | cdktf.IResolvable;
    set caseSensitive(value: boolean | cdktf.IResolvable);
    resetCaseSensitive(): void;
    get caseSensitiveInput(): boolean | cdktf.IResolvable | undefined;
    private _certKeyPath?;
    get certKeyPath(): string;
    set certKeyPath(value: string);
    resetCertKeyPath(): void;
    get certKeyPathInput(): string | undefined;
    private _certPath?;
    get certPath(): string;
    set certPath(value: string);
    resetCertPath(): void;
    get certPathInput(): string | undefined;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _default?;
    get default(): boolean | cdktf.IResolvable;
    set default(value: boolean | cdktf.IResolvable);
    resetDefault(): void;
    get defaultInput(): boolean | cdktf.IResolvable | undefined;
    private _filter?;
    get filter(): string;
    set filter(value: string);
    resetFilter(): void;
    get filterInput(): string | undefined;
    private _groupClasses?;
    get groupClasses(): string;
    set groupClasses(value: string);
    resetGroupClasses(): void;
    get groupClassesInput(): string | undefined;
    private _groupDn?;
    get groupDn(): string;
    set groupDn(value: string);
    resetGroupDn(): void;
    get groupDnInput(): string | undefined;
    private _groupFilter?;
    get groupFilter(): string;
    set groupFilter(value: string);
    resetGroupFilter(): void;
    get groupFilterInput(): string | undefined;
    private _groupNameAttr?;
    get groupNameAttr(): string;
    set groupNameAttr(value: string);
    resetGroupNameAttr(): void;
    get groupNameAttrInput(): string | undefined;
    get id(): string;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string | undefined;
    private _port?;
    get port(): number;
    set port(value: number);
    resetPort(): void;
    get portInput(): number | undefined;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string | undefined;
    private _secure?;
    get secure(): boolean | cdktf.IResolvable;
    set secure(value: boolean | cdktf.IResolvable);
    resetSecure(): void;
    get secureInput(): boolean | cdktf.IResolvable | undefined;
    private _server1?;
    get server1(): string;
    set server1(value: string);
    get server1Input(): string | undefined;
    private _server2?;
    get server2(): string;
    set server2(value: string);
    resetServer2(): void;
    get server2Input(): string | undefined;
    private _sslVersion?;
    get sslVersion(): string;
    set sslVersion(value: string);
    resetSslVersion(): void;
    get sslVersionInput(): string | undefined;
    private _syncAttributes?;
    get syncAttributes(): string;
    set syncAttributes(value: string);
    resetSyncAttributes(): void;
    get syncAttributesInput(): string | undefined;
    private _syncDefaultsOptions?;
    get syncDefaultsOptions(): string;
    set syncDefaultsOptions(value: string);
    resetSyncDefaultsOptions(): void;
    get syncDefaultsOptionsInput(): string | undefined;
    private _userAttr?;
    get userAttr(): string;
    set userAttr(value: string);
    resetUserAttr(): void;
    get userAttrInput(): string | undefined;
    private _userClasses?;
    get userClasses(): string;
    set userClasses(value: string);
    resetUserClasses(): void;
    get userClassesInput(): string | undefined;
    private _verify?;
    get verify(): boolean | cdktf.IResolvable;
    set verify(value: boolean | cdktf.IResolvable);
    resetVerify(): void;
    get verifyInput(): boolean | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
