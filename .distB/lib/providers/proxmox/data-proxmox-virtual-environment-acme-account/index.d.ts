import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentAcmeAccountConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_account#name DataProxmoxVirtualEnvironmentAcmeAccount#name}
    */
    readonly name?: string;
}
export interface DataProxmoxVirtualEnvironmentAcmeAccountAccount {
}
export declare function dataProxmoxVirtualEnvironmentAcmeAccountAccountToTerraform(struct?: DataProxmoxVirtualEnvironmentAcmeAccountAccount): any;
export declare function dataProxmoxVirtualEnvironmentAcmeAccountAccountToHclTerraform(struct?: DataProxmoxVirtualEnvironmentAcmeAccountAccount): any;
export declare class DataProxmoxVirtualEnvironmentAcmeAccountAccountOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentAcmeAccountAccount | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentAcmeAccountAccount | undefined);
    get contact(): string[];
    get createdAt(): string;
    get status(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_account proxmox_virtual_environment_acme_account}
*/
export declare class DataProxmoxVirtualEnvironmentAcmeAccount extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_account";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentAcmeAccount resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentAcmeAccount to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentAcmeAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_account#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentAcmeAccount to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_acme_account proxmox_virtual_environment_acme_account} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentAcmeAccountConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentAcmeAccountConfig);
    private _account;
    get account(): DataProxmoxVirtualEnvironmentAcmeAccountAccountOutputReference;
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
