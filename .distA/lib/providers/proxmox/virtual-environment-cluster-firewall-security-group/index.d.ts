import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentClusterFirewallSecurityGroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#comment VirtualEnvironmentClusterFirewallSecurityGroup#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#container_id VirtualEnvironmentClusterFirewallSecurityGroup#container_id}
    */
    readonly containerId?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#id VirtualEnvironmentClusterFirewallSecurityGroup#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#name VirtualEnvironmentClusterFirewallSecurityGroup#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#node_name VirtualEnvironmentClusterFirewallSecurityGroup#node_name}
    */
    readonly nodeName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#vm_id VirtualEnvironmentClusterFirewallSecurityGroup#vm_id}
    */
    readonly vmId?: number;
    /**
    * rule block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#rule VirtualEnvironmentClusterFirewallSecurityGroup#rule}
    */
    readonly rule?: VirtualEnvironmentClusterFirewallSecurityGroupRule[] | cdktf.IResolvable;
}
export interface VirtualEnvironmentClusterFirewallSecurityGroupRule {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#action VirtualEnvironmentClusterFirewallSecurityGroup#action}
    */
    readonly action?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#comment VirtualEnvironmentClusterFirewallSecurityGroup#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#dest VirtualEnvironmentClusterFirewallSecurityGroup#dest}
    */
    readonly dest?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#dport VirtualEnvironmentClusterFirewallSecurityGroup#dport}
    */
    readonly dport?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#enabled VirtualEnvironmentClusterFirewallSecurityGroup#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#iface VirtualEnvironmentClusterFirewallSecurityGroup#iface}
    */
    readonly iface?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#log VirtualEnvironmentClusterFirewallSecurityGroup#log}
    */
    readonly log?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#macro VirtualEnvironmentClusterFirewallSecurityGroup#macro}
    */
    readonly macro?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#proto VirtualEnvironmentClusterFirewallSecurityGroup#proto}
    */
    readonly proto?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#security_group VirtualEnvironmentClusterFirewallSecurityGroup#security_group}
    */
    readonly securityGroup?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#source VirtualEnvironmentClusterFirewallSecurityGroup#source}
    */
    readonly source?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#sport VirtualEnvironmentClusterFirewallSecurityGroup#sport}
    */
    readonly sport?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#type VirtualEnvironmentClusterFirewallSecurityGroup#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentClusterFirewallSecurityGroupRuleToTerraform(struct?: VirtualEnvironmentClusterFirewallSecurityGroupRule | cdktf.IResolvable): any;
export declare function virtualEnvironmentClusterFirewallSecurityGroupRuleToHclTerraform(struct?: VirtualEnvironmentClusterFirewallSecurityGroupRule | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClusterFirewallSecurityGroupRuleOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentClusterFirewallSecurityGroupRule | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClusterFirewallSecurityGroupRule | cdktf.IResolvable | undefined);
    private _action?;
    get action(): string;
    set action(value: string);
    resetAction(): void;
    get actionInput(): string | undefined;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _dest?;
    get dest(): string;
    set dest(value: string);
    resetDest(): void;
    get destInput(): string | undefined;
    private _dport?;
    get dport(): string;
    set dport(value: string);
    resetDport(): void;
    get dportInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _iface?;
    get iface(): string;
    set iface(value: string);
    resetIface(): void;
    get ifaceInput(): string | undefined;
    private _log?;
    get log(): string;
    set log(value: string);
    resetLog(): void;
    get logInput(): string | undefined;
    private _macro?;
    get macro(): string;
    set macro(value: string);
    resetMacro(): void;
    get macroInput(): string | undefined;
    get pos(): number;
    private _proto?;
    get proto(): string;
    set proto(value: string);
    resetProto(): void;
    get protoInput(): string | undefined;
    private _securityGroup?;
    get securityGroup(): string;
    set securityGroup(value: string);
    resetSecurityGroup(): void;
    get securityGroupInput(): string | undefined;
    private _source?;
    get source(): string;
    set source(value: string);
    resetSource(): void;
    get sourceInput(): string | undefined;
    private _sport?;
    get sport(): string;
    set sport(value: string);
    resetSport(): void;
    get sportInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export declare class VirtualEnvironmentClusterFirewallSecurityGroupRuleList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentClusterFirewallSecurityGroupRule[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentClusterFirewallSecurityGroupRuleOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group proxmox_virtual_environment_cluster_firewall_security_group}
*/
export declare class VirtualEnvironmentClusterFirewallSecurityGroup extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_cluster_firewall_security_group";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClusterFirewallSecurityGroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClusterFirewallSecurityGroup to import
    * @param importFromId The id of the existing VirtualEnvironmentClusterFirewallSecurityGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClusterFirewallSecurityGroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_cluster_firewall_security_group proxmox_virtual_environment_cluster_firewall_security_group} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClusterFirewallSecurityGroupConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentClusterFirewallSecurityGroupConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    resetContainerId(): void;
    get containerIdInput(): number | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    private _rule;
    get rule(): VirtualEnvironmentClusterFirewallSecurityGroupRuleList;
    putRule(value: VirtualEnvironmentClusterFirewallSecurityGroupRule[] | cdktf.IResolvable): void;
    resetRule(): void;
    get ruleInput(): cdktf.IResolvable | VirtualEnvironmentClusterFirewallSecurityGroupRule[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
