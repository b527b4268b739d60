import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentNodeFirewallConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#enabled VirtualEnvironmentNodeFirewall#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#log_level_forward VirtualEnvironmentNodeFirewall#log_level_forward}
    */
    readonly logLevelForward?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#log_level_in VirtualEnvironmentNodeFirewall#log_level_in}
    */
    readonly logLevelIn?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#log_level_out VirtualEnvironmentNodeFirewall#log_level_out}
    */
    readonly logLevelOut?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#ndp VirtualEnvironmentNodeFirewall#ndp}
    */
    readonly ndp?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#nf_conntrack_max VirtualEnvironmentNodeFirewall#nf_conntrack_max}
    */
    readonly nfConntrackMax?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#nf_conntrack_tcp_timeout_established VirtualEnvironmentNodeFirewall#nf_conntrack_tcp_timeout_established}
    */
    readonly nfConntrackTcpTimeoutEstablished?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#nftables VirtualEnvironmentNodeFirewall#nftables}
    */
    readonly nftables?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#node_name VirtualEnvironmentNodeFirewall#node_name}
    */
    readonly nodeName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#nosmurfs VirtualEnvironmentNodeFirewall#nosmurfs}
    */
    readonly nosmurfs?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#smurf_log_level VirtualEnvironmentNodeFirewall#smurf_log_level}
    */
    readonly smurfLogLevel?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#tcp_flags_log_level VirtualEnvironmentNodeFirewall#tcp_flags_log_level}
    */
    readonly tcpFlagsLogLevel?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall proxmox_virtual_environment_node_firewall}
*/
export declare class VirtualEnvironmentNodeFirewall extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_node_firewall";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentNodeFirewall resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentNodeFirewall to import
    * @param importFromId The id of the existing VirtualEnvironmentNodeFirewall that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentNodeFirewall to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_node_firewall proxmox_virtual_environment_node_firewall} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentNodeFirewallConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentNodeFirewallConfig);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _logLevelForward?;
    get logLevelForward(): string;
    set logLevelForward(value: string);
    resetLogLevelForward(): void;
    get logLevelForwardInput(): string | undefined;
    private _logLevelIn?;
    get logLevelIn(): string;
    set logLevelIn(value: string);
    resetLogLevelIn(): void;
    get logLevelInInput(): string | undefined;
    private _logLevelOut?;
    get logLevelOut(): string;
    set logLevelOut(value: string);
    resetLogLevelOut(): void;
    get logLevelOutInput(): string | undefined;
    private _ndp?;
    get ndp(): boolean | cdktf.IResolvable;
    set ndp(value: boolean | cdktf.IResolvable);
    resetNdp(): void;
    get ndpInput(): boolean | cdktf.IResolvable | undefined;
    private _nfConntrackMax?;
    get nfConntrackMax(): number;
    set nfConntrackMax(value: number);
    resetNfConntrackMax(): void;
    get nfConntrackMaxInput(): number | undefined;
    private _nfConntrackTcpTimeoutEstablished?;
    get nfConntrackTcpTimeoutEstablished(): number;
    set nfConntrackTcpTimeoutEstablished(value: number);
    resetNfConntrackTcpTimeoutEstablished(): void;
    get nfConntrackTcpTimeoutEstablishedInput(): number | undefined;
    private _nftables?;
    get nftables(): boolean | cdktf.IResolvable;
    set nftables(value: boolean | cdktf.IResolvable);
    resetNftables(): void;
    get nftablesInput(): boolean | cdktf.IResolvable | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _nosmurfs?;
    get nosmurfs(): boolean | cdktf.IResolvable;
    set nosmurfs(value: boolean | cdktf.IResolvable);
    resetNosmurfs(): void;
    get nosmurfsInput(): boolean | cdktf.IResolvable | undefined;
    private _smurfLogLevel?;
    get smurfLogLevel(): string;
    set smurfLogLevel(value: string);
    resetSmurfLogLevel(): void;
    get smurfLogLevelInput(): string | undefined;
    private _tcpFlagsLogLevel?;
    get tcpFlagsLogLevel(): string;
    set tcpFlagsLogLevel(value: string);
    resetTcpFlagsLogLevel(): void;
    get tcpFlagsLogLevelInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
