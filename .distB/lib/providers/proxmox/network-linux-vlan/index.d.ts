import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NetworkLinuxVlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#address NetworkLinuxVlan#address}
    */
    readonly address?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#address6 NetworkLinuxVlan#address6}
    */
    readonly address6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#autostart NetworkLinuxVlan#autostart}
    */
    readonly autostart?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#comment NetworkLinuxVlan#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#gateway NetworkLinuxVlan#gateway}
    */
    readonly gateway?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#gateway6 NetworkLinuxVlan#gateway6}
    */
    readonly gateway6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#interface NetworkLinuxVlan#interface}
    */
    readonly interface?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#mtu NetworkLinuxVlan#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#name NetworkLinuxVlan#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#node_name NetworkLinuxVlan#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#timeout_reload NetworkLinuxVlan#timeout_reload}
    */
    readonly timeoutReload?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#vlan NetworkLinuxVlan#vlan}
    */
    readonly vlan?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan proxmox_network_linux_vlan}
*/
export declare class NetworkLinuxVlan extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_network_linux_vlan";
    /**
    * Generates CDKTF code for importing a NetworkLinuxVlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkLinuxVlan to import
    * @param importFromId The id of the existing NetworkLinuxVlan that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkLinuxVlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/network_linux_vlan proxmox_network_linux_vlan} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkLinuxVlanConfig
    */
    constructor(scope: Construct, id: string, config: NetworkLinuxVlanConfig);
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
    private _interface?;
    get interface(): string;
    set interface(value: string);
    resetInterface(): void;
    get interfaceInput(): string | undefined;
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
    private _timeoutReload?;
    get timeoutReload(): number;
    set timeoutReload(value: number);
    resetTimeoutReload(): void;
    get timeoutReloadInput(): number | undefined;
    private _vlan?;
    get vlan(): number;
    set vlan(value: number);
    resetVlan(): void;
    get vlanInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
