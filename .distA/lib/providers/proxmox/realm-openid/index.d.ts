import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RealmOpenidConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#acr_values RealmOpenid#acr_values}
    */
    readonly acrValues?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#audiences RealmOpenid#audiences}
    */
    readonly audiences?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#autocreate RealmOpenid#autocreate}
    */
    readonly autocreate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#client_id RealmOpenid#client_id}
    */
    readonly clientId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#client_key RealmOpenid#client_key}
    */
    readonly clientKey?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#client_key_wo RealmOpenid#client_key_wo}
    */
    readonly clientKeyWo?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#client_key_wo_version RealmOpenid#client_key_wo_version}
    */
    readonly clientKeyWoVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#comment RealmOpenid#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#default RealmOpenid#default}
    */
    readonly default?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#groups_autocreate RealmOpenid#groups_autocreate}
    */
    readonly groupsAutocreate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#groups_claim RealmOpenid#groups_claim}
    */
    readonly groupsClaim?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#groups_overwrite RealmOpenid#groups_overwrite}
    */
    readonly groupsOverwrite?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#issuer_url RealmOpenid#issuer_url}
    */
    readonly issuerUrl: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#prompt RealmOpenid#prompt}
    */
    readonly prompt?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#query_userinfo RealmOpenid#query_userinfo}
    */
    readonly queryUserinfo?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#realm RealmOpenid#realm}
    */
    readonly realm: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#scopes RealmOpenid#scopes}
    */
    readonly scopes?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#username_claim RealmOpenid#username_claim}
    */
    readonly usernameClaim?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid proxmox_realm_openid}
*/
export declare class RealmOpenid extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_realm_openid";
    /**
    * Generates CDKTF code for importing a RealmOpenid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmOpenid to import
    * @param importFromId The id of the existing RealmOpenid that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmOpenid to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/realm_openid proxmox_realm_openid} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmOpenidConfig
    */
    constructor(scope: Construct, id: string, config: RealmOpenidConfig);
    private _acrValues?;
    get acrValues(): string;
    set acrValues(value: string);
    resetAcrValues(): void;
    get acrValuesInput(): string | undefined;
    private _audiences?;
    get audiences(): string;
    set audiences(value: string);
    resetAudiences(): void;
    get audiencesInput(): string | undefined;
    private _autocreate?;
    get autocreate(): boolean | cdktf.IResolvable;
    set autocreate(value: boolean | cdktf.IResolvable);
    resetAutocreate(): void;
    get autocreateInput(): boolean | cdktf.IResolvable | undefined;
    private _clientId?;
    get clientId(): string;
    set clientId(value: string);
    get clientIdInput(): string | undefined;
    private _clientKey?;
    get clientKey(): string;
    set clientKey(value: string);
    resetClientKey(): void;
    get clientKeyInput(): string | undefined;
    private _clientKeyWo?;
    get clientKeyWo(): string;
    set clientKeyWo(value: string);
    resetClientKeyWo(): void;
    get clientKeyWoInput(): string | undefined;
    private _clientKeyWoVersion?;
    get clientKeyWoVersion(): number;
    set clientKeyWoVersion(value: number);
    resetClientKeyWoVersion(): void;
    get clientKeyWoVersionInput(): number | undefined;
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
    private _groupsAutocreate?;
    get groupsAutocreate(): boolean | cdktf.IResolvable;
    set groupsAutocreate(value: boolean | cdktf.IResolvable);
    resetGroupsAutocreate(): void;
    get groupsAutocreateInput(): boolean | cdktf.IResolvable | undefined;
    private _groupsClaim?;
    get groupsClaim(): string;
    set groupsClaim(value: string);
    resetGroupsClaim(): void;
    get groupsClaimInput(): string | undefined;
    private _groupsOverwrite?;
    get groupsOverwrite(): boolean | cdktf.IResolvable;
    set groupsOverwrite(value: boolean | cdktf.IResolvable);
    resetGroupsOverwrite(): void;
    get groupsOverwriteInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _issuerUrl?;
    get issuerUrl(): string;
    set issuerUrl(value: string);
    get issuerUrlInput(): string | undefined;
    private _prompt?;
    get prompt(): string;
    set prompt(value: string);
    resetPrompt(): void;
    get promptInput(): string | undefined;
    private _queryUserinfo?;
    get queryUserinfo(): boolean | cdktf.IResolvable;
    set queryUserinfo(value: boolean | cdktf.IResolvable);
    resetQueryUserinfo(): void;
    get queryUserinfoInput(): boolean | cdktf.IResolvable | undefined;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string | undefined;
    private _scopes?;
    get scopes(): string;
    set scopes(value: string);
    resetScopes(): void;
    get scopesInput(): string | undefined;
    private _usernameClaim?;
    get usernameClaim(): string;
    set usernameClaim(value: string);
    resetUsernameClaim(): void;
    get usernameClaimInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
