import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnZoneEvpnConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#advertise_subnets SdnZoneEvpn#advertise_subnets}
    */
    readonly advertiseSubnets?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#controller SdnZoneEvpn#controller}
    */
    readonly controller: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#disable_arp_nd_suppression SdnZoneEvpn#disable_arp_nd_suppression}
    */
    readonly disableArpNdSuppression?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#dns SdnZoneEvpn#dns}
    */
    readonly dns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#dns_zone SdnZoneEvpn#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#exit_nodes SdnZoneEvpn#exit_nodes}
    */
    readonly exitNodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#exit_nodes_local_routing SdnZoneEvpn#exit_nodes_local_routing}
    */
    readonly exitNodesLocalRouting?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#id SdnZoneEvpn#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#ipam SdnZoneEvpn#ipam}
    */
    readonly ipam?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#mtu SdnZoneEvpn#mtu}
    */
    readonly mtu?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#nodes SdnZoneEvpn#nodes}
    */
    readonly nodes?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#primary_exit_node SdnZoneEvpn#primary_exit_node}
    */
    readonly primaryExitNode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#reverse_dns SdnZoneEvpn#reverse_dns}
    */
    readonly reverseDns?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#rt_import SdnZoneEvpn#rt_import}
    */
    readonly rtImport?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#vrf_vxlan SdnZoneEvpn#vrf_vxlan}
    */
    readonly vrfVxlan: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn proxmox_sdn_zone_evpn}
*/
export declare class SdnZoneEvpn extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_zone_evpn";
    /**
    * Generates CDKTF code for importing a SdnZoneEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnZoneEvpn to import
    * @param importFromId The id of the existing SdnZoneEvpn that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnZoneEvpn to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_zone_evpn proxmox_sdn_zone_evpn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnZoneEvpnConfig
    */
    constructor(scope: Construct, id: string, config: SdnZoneEvpnConfig);
    private _advertiseSubnets?;
    get advertiseSubnets(): boolean | cdktf.IResolvable;
    set advertiseSubnets(value: boolean | cdktf.IResolvable);
    resetAdvertiseSubnets(): void;
    get advertiseSubnetsInput(): boolean | cdktf.IResolvable | undefined;
    private _controller?;
    get controller(): string;
    set controller(value: string);
    get controllerInput(): string | undefined;
    private _disableArpNdSuppression?;
    get disableArpNdSuppression(): boolean | cdktf.IResolvable;
    set disableArpNdSuppression(value: boolean | cdktf.IResolvable);
    resetDisableArpNdSuppression(): void;
    get disableArpNdSuppressionInput(): boolean | cdktf.IResolvable | undefined;
    private _dns?;
    get dns(): string;
    set dns(value: string);
    resetDns(): void;
    get dnsInput(): string | undefined;
    private _dnsZone?;
    get dnsZone(): string;
    set dnsZone(value: string);
    resetDnsZone(): void;
    get dnsZoneInput(): string | undefined;
    private _exitNodes?;
    get exitNodes(): string[];
    set exitNodes(value: string[]);
    resetExitNodes(): void;
    get exitNodesInput(): string[] | undefined;
    private _exitNodesLocalRouting?;
    get exitNodesLocalRouting(): boolean | cdktf.IResolvable;
    set exitNodesLocalRouting(value: boolean | cdktf.IResolvable);
    resetExitNodesLocalRouting(): void;
    get exitNodesLocalRoutingInput(): boolean | cdktf.IResolvable | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _ipam?;
    get ipam(): string;
    set ipam(value: string);
    resetIpam(): void;
    get ipamInput(): string | undefined;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    get pending(): cdktf.IResolvable;
    private _primaryExitNode?;
    get primaryExitNode(): string;
    set primaryExitNode(value: string);
    resetPrimaryExitNode(): void;
    get primaryExitNodeInput(): string | undefined;
    private _reverseDns?;
    get reverseDns(): string;
    set reverseDns(value: string);
    resetReverseDns(): void;
    get reverseDnsInput(): string | undefined;
    private _rtImport?;
    get rtImport(): string;
    set rtImport(value: string);
    resetRtImport(): void;
    get rtImportInput(): string | undefined;
    get state(): string;
    private _vrfVxlan?;
    get vrfVxlan(): number;
    set vrfVxlan(value: number);
    get vrfVxlanInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
