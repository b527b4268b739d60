import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxAcmeAccountConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_account#name DataProxmoxAcmeAccount#name}
    */
    readonly name?: string;
}
export interface DataProxmoxAcmeAccountAccount {
}
export declare function dataProxmoxAcmeAccountAccountToTerraform(struct?: DataProxmoxAcmeAccountAccount): any;
export declare function dataProxmoxAcmeAccountAccountToHclTerraform(struct?: DataProxmoxAcmeAccountAccount): any;
export declare class DataProxmoxAcmeAccountAccountOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxAcmeAccountAccount | undefined;
    set internalValue(value: DataProxmoxAcmeAccountAccount | undefined);
    get contact(): string[];
    get createdAt(): string;
    get status(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_account proxmox_acme_account}
*/
export declare class DataProxmoxAcmeAccount extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_acme_account";
    /**
    * Generates CDKTF code for importing a DataProxmoxAcmeAccount resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxAcmeAccount to import
    * @param importFromId The id of the existing DataProxmoxAcmeAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_account#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxAcmeAccount to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/acme_account proxmox_acme_account} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxAcmeAccountConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxAcmeAccountConfig);
    private _account;
    get account(): DataProxmoxAcmeAccountAccountOutputReference;
    get directory(): string;
    get location(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    get tos(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
