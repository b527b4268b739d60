import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentRealmOpenidConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#acr_values VirtualEnvironmentRealmOpenid#acr_values}
    */
    readonly acrValues?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#audiences VirtualEnvironmentRealmOpenid#audiences}
    */
    readonly audiences?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#autocreate VirtualEnvironmentRealmOpenid#autocreate}
    */
    readonly autocreate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#client_id VirtualEnvironmentRealmOpenid#client_id}
    */
    readonly clientId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#client_key VirtualEnvironmentRealmOpenid#client_key}
    */
    readonly clientKey?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#client_key_wo VirtualEnvironmentRealmOpenid#client_key_wo}
    */
    readonly clientKeyWo?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#client_key_wo_version VirtualEnvironmentRealmOpenid#client_key_wo_version}
    */
    readonly clientKeyWoVersion?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#comment VirtualEnvironmentRealmOpenid#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#default VirtualEnvironmentRealmOpenid#default}
    */
    readonly default?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#groups_autocreate VirtualEnvironmentRealmOpenid#groups_autocreate}
    */
    readonly groupsAutocreate?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#groups_claim VirtualEnvironmentRealmOpenid#groups_claim}
    */
    readonly groupsClaim?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#groups_overwrite VirtualEnvironmentRealmOpenid#groups_overwrite}
    */
    readonly groupsOverwrite?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#issuer_url VirtualEnvironmentRealmOpenid#issuer_url}
    */
    readonly issuerUrl: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#prompt VirtualEnvironmentRealmOpenid#prompt}
    */
    readonly prompt?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#query_userinfo VirtualEnvironmentRealmOpenid#query_userinfo}
    */
    readonly queryUserinfo?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#realm VirtualEnvironmentRealmOpenid#realm}
    */
    readonly realm: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#scopes VirtualEnvironmentRealmOpenid#scopes}
    */
    readonly scopes?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#username_claim VirtualEnvironmentRealmOpenid#username_claim}
    */
    readonly usernameClaim?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid proxmox_virtual_environment_realm_openid}
*/
export declare class VirtualEnvironmentRealmOpenid extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_realm_openid";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentRealmOpenid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentRealmOpenid to import
    * @param importFromId The id of the existing VirtualEnvironmentRealmOpenid that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentRealmOpenid to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid proxmox_virtual_environment_realm_openid} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentRealmOpenidConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentRealmOpenidConfig);
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
