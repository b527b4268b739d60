import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NetworkLinuxBondConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#address NetworkLinuxBond#address}
    */
    readonly address?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#address6 NetworkLinuxBond#address6}
    */
    readonly address6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#autostart NetworkLinuxBond#autostart}
    */
    readonly autostart?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#bond_mode NetworkLinuxBond#bond_mode}
    */
    readonly bondMode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#bond_primary NetworkLinuxBond#bond_primary}
    */
    readonly bondPrimary?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#bond_xmit_hash_policy NetworkLinuxBond#bond_xmit_hash_policy}
    */
    readonly bondXmitHashPolicy?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#comment NetworkLinuxBond#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#gateway NetworkLinuxBond#gateway}
    */
    readonly gateway?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#gateway6 NetworkLinuxBond#gateway6}
    */
    readonly gateway6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#mtu NetworkLinuxBond#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#name NetworkLinuxBond#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#node_name NetworkLinuxBond#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#slaves NetworkLinuxBond#slaves}
    */
    readonly slaves: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#timeout_reload NetworkLinuxBond#timeout_reload}
    */
    readonly timeoutReload?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond proxmox_network_linux_bond}
*/
export declare class NetworkLinuxBond extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_network_linux_bond";
    /**
    * Generates CDKTF code for importing a NetworkLinuxBond resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkLinuxBond to import
    * @param importFromId The id of the existing NetworkLinuxBond that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkLinuxBond to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_bond proxmox_network_linux_bond} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkLinuxBondConfig
    */
    constructor(scope: Construct, id: string, config: NetworkLinuxBondConfig);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string | undefined;
    private _address6?;
    get address6(): string;
    set address6(value: string);
    resetAddress6(): void;
    get address6Input(): string | undefined;
    private _autostart?;
    get autostart(): boolean | cdktf.IResolvable;
    set autostart(value: boolean | cdktf.IResolvable);
    resetAutostart(): void;
    get autostartInput(): boolean | cdktf.IResolvable | undefined;
    private _bondMode?;
    get bondMode(): string;
    set bondMode(value: string);
    resetBondMode(): void;
    get bondModeInput(): string | undefined;
    private _bondPrimary?;
    get bondPrimary(): string;
    set bondPrimary(value: string);
    resetBondPrimary(): void;
    get bondPrimaryInput(): string | undefined;
    private _bondXmitHashPolicy?;
    get bondXmitHashPolicy(): string;
    set bondXmitHashPolicy(value: string);
    resetBondXmitHashPolicy(): void;
    get bondXmitHashPolicyInput(): string | undefined;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
    private _gateway6?;
    get gateway6(): string;
    set gateway6(value: string);
    resetGateway6(): void;
    get gateway6Input(): string | undefined;
    get id(): string;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _slaves?;
    get slaves(): string[];
    set slaves(value: string[]);
    get slavesInput(): string[] | undefined;
    private _timeoutReload?;
    get timeoutReload(): number;
    set timeoutReload(value: number);
    resetTimeoutReload(): void;
    get timeoutReloadInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
