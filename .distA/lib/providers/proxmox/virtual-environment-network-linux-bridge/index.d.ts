import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentNetworkLinuxBridgeConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#address VirtualEnvironmentNetworkLinuxBridge#address}
    */
    readonly address?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#address6 VirtualEnvironmentNetworkLinuxBridge#address6}
    */
    readonly address6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#autostart VirtualEnvironmentNetworkLinuxBridge#autostart}
    */
    readonly autostart?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#comment VirtualEnvironmentNetworkLinuxBridge#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#gateway VirtualEnvironmentNetworkLinuxBridge#gateway}
    */
    readonly gateway?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#gateway6 VirtualEnvironmentNetworkLinuxBridge#gateway6}
    */
    readonly gateway6?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#mtu VirtualEnvironmentNetworkLinuxBridge#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#name VirtualEnvironmentNetworkLinuxBridge#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#node_name VirtualEnvironmentNetworkLinuxBridge#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#ports VirtualEnvironmentNetworkLinuxBridge#ports}
    */
    readonly ports?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#timeout_reload VirtualEnvironmentNetworkLinuxBridge#timeout_reload}
    */
    readonly timeoutReload?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#vids VirtualEnvironmentNetworkLinuxBridge#vids}
    */
    readonly vids?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#vlan_aware VirtualEnvironmentNetworkLinuxBridge#vlan_aware}
    */
    readonly vlanAware?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge proxmox_virtual_environment_network_linux_bridge}
*/
export declare class VirtualEnvironmentNetworkLinuxBridge extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_network_linux_bridge";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentNetworkLinuxBridge resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentNetworkLinuxBridge to import
    * @param importFromId The id of the existing VirtualEnvironmentNetworkLinuxBridge that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentNetworkLinuxBridge to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_network_linux_bridge proxmox_virtual_environment_network_linux_bridge} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentNetworkLinuxBridgeConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentNetworkLinuxBridgeConfig);
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
    private _ports?;
    get ports(): string[];
    set ports(value: string[]);
    resetPorts(): void;
    get portsInput(): string[] | undefined;
    private _timeoutReload?;
    get timeoutReload(): number;
    set timeoutReload(value: number);
    resetTimeoutReload(): void;
    get timeoutReloadInput(): number | undefined;
    private _vids?;
    get vids(): string;
    set vids(value: string);
    resetVids(): void;
    get vidsInput(): string | undefined;
    private _vlanAware?;
    get vlanAware(): boolean | cdktf.IResolvable;
    set vlanAware(value: boolean | cdktf.IResolvable);
    resetVlanAware(): void;
    get vlanAwareInput(): boolean | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
