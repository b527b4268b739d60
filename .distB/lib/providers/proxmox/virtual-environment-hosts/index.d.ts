import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentHostsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#id VirtualEnvironmentHosts#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#node_name VirtualEnvironmentHosts#node_name}
    */
    readonly nodeName: string;
    /**
    * entry block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#entry VirtualEnvironmentHosts#entry}
    */
    readonly entry: VirtualEnvironmentHostsEntry[] | cdktf.IResolvable;
}
export interface VirtualEnvironmentHostsEntries {
}
export declare function virtualEnvironmentHostsEntriesToTerraform(struct?: VirtualEnvironmentHostsEntries): any;
export declare function virtualEnvironmentHostsEntriesToHclTerraform(struct?: VirtualEnvironmentHostsEntries): any;
export declare class VirtualEnvironmentHostsEntriesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentHostsEntries | undefined;
    set internalValue(value: VirtualEnvironmentHostsEntries | undefined);
    get address(): string;
    get hostnames(): string[];
}
export declare class VirtualEnvironmentHostsEntriesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentHostsEntriesOutputReference;
}
export interface VirtualEnvironmentHostsEntry {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#address VirtualEnvironmentHosts#address}
    */
    readonly address: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#hostnames VirtualEnvironmentHosts#hostnames}
    */
    readonly hostnames: string[];
}
export declare function virtualEnvironmentHostsEntryToTerraform(struct?: VirtualEnvironmentHostsEntry | cdktf.IResolvable): any;
export declare function virtualEnvironmentHostsEntryToHclTerraform(struct?: VirtualEnvironmentHostsEntry | cdktf.IResolvable): any;
export declare class VirtualEnvironmentHostsEntryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentHostsEntry | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentHostsEntry | cdktf.IResolvable | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    get addressInput(): string | undefined;
    private _hostnames?;
    get hostnames(): string[];
    set hostnames(value: string[]);
    get hostnamesInput(): string[] | undefined;
}
export declare class VirtualEnvironmentHostsEntryList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentHostsEntry[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentHostsEntryOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts proxmox_virtual_environment_hosts}
*/
export declare class VirtualEnvironmentHosts extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_hosts";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHosts resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHosts to import
    * @param importFromId The id of the existing VirtualEnvironmentHosts that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHosts to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_hosts proxmox_virtual_environment_hosts} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHostsConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentHostsConfig);
    get addresses(): string[];
    get digest(): string;
    private _entries;
    get entries(): VirtualEnvironmentHostsEntriesList;
    private _hostnames;
    get hostnames(): cdktf.StringListList;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _entry;
    get entry(): VirtualEnvironmentHostsEntryList;
    putEntry(value: VirtualEnvironmentHostsEntry[] | cdktf.IResolvable): void;
    get entryInput(): cdktf.IResolvable | VirtualEnvironmentHostsEntry[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
