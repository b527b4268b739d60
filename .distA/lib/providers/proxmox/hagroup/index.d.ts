import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HagroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#comment Hagroup#comment}
    */
    readonly comment?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#group Hagroup#group}
    */
    readonly group: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#no_failback Hagroup#no_failback}
    */
    readonly noFailback?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#nodes Hagroup#nodes}
    */
    readonly nodes: {
        [key: string]: number;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#restricted Hagroup#restricted}
    */
    readonly restricted?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup proxmox_hagroup}
*/
export declare class Hagroup extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_hagroup";
    /**
    * Generates CDKTF code for importing a Hagroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Hagroup to import
    * @param importFromId The id of the existing Hagroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Hagroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup proxmox_hagroup} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HagroupConfig
    */
    constructor(scope: Construct, id: string, config: HagroupConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _group?;
    get group(): string;
    set group(value: string);
    get groupInput(): string | undefined;
    get id(): string;
    private _noFailback?;
    get noFailback(): boolean | cdktf.IResolvable;
    set noFailback(value: boolean | cdktf.IResolvable);
    resetNoFailback(): void;
    get noFailbackInput(): boolean | cdktf.IResolvable | undefined;
    private _nodes?;
    get nodes(): {
        [key: string]: number;
    };
    set nodes(value: {
        [key: string]: number;
    });
    get nodesInput(): {
        [key: string]: number;
    } | undefined;
    private _restricted?;
    get restricted(): boolean | cdktf.IResolvable;
    set restricted(value: boolean | cdktf.IResolvable);
    resetRestricted(): void;
    get restrictedInput(): boolean | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
