import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface UserTokenConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#comment UserToken#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#expiration_date UserToken#expiration_date}
    */
    readonly expirationDate?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#privileges_separation UserToken#privileges_separation}
    */
    readonly privilegesSeparation?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#token_name UserToken#token_name}
    */
    readonly tokenName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#user_id UserToken#user_id}
    */
    readonly userId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token proxmox_user_token}
*/
export declare class UserToken extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_user_token";
    /**
    * Generates CDKTF code for importing a UserToken resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the UserToken to import
    * @param importFromId The id of the existing UserToken that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the UserToken to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/user_token proxmox_user_token} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options UserTokenConfig
    */
    constructor(scope: Construct, id: string, config: UserTokenConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _expirationDate?;
    get expirationDate(): string;
    set expirationDate(value: string);
    resetExpirationDate(): void;
    get expirationDateInput(): string | undefined;
    get id(): string;
    private _privilegesSeparation?;
    get privilegesSeparation(): boolean | cdktf.IResolvable;
    set privilegesSeparation(value: boolean | cdktf.IResolvable);
    resetPrivilegesSeparation(): void;
    get privilegesSeparationInput(): boolean | cdktf.IResolvable | undefined;
    private _tokenName?;
    get tokenName(): string;
    set tokenName(value: string);
    get tokenNameInput(): string | undefined;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    get userIdInput(): string | undefined;
    get value(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
