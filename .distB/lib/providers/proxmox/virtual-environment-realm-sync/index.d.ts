import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentRealmSyncConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#dry_run VirtualEnvironmentRealmSync#dry_run}
    */
    readonly dryRun?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#enable_new VirtualEnvironmentRealmSync#enable_new}
    */
    readonly enableNew?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#full VirtualEnvironmentRealmSync#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#purge VirtualEnvironmentRealmSync#purge}
    */
    readonly purge?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#realm VirtualEnvironmentRealmSync#realm}
    */
    readonly realm: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#remove_vanished VirtualEnvironmentRealmSync#remove_vanished}
    */
    readonly removeVanished?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#scope VirtualEnvironmentRealmSync#scope}
    */
    readonly scope?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync proxmox_virtual_environment_realm_sync}
*/
export declare class VirtualEnvironmentRealmSync extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_realm_sync";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentRealmSync resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentRealmSync to import
    * @param importFromId The id of the existing VirtualEnvironmentRealmSync that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentRealmSync to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_sync proxmox_virtual_environment_realm_sync} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentRealmSyncConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentRealmSyncConfig);
    private _dryRun?;
    get dryRun(): boolean | cdktf.IResolvable;
    set dryRun(value: boolean | cdktf.IResolvable);
    resetDryRun(): void;
    get dryRunInput(): boolean | cdktf.IResolvable | undefined;
    private _enableNew?;
    get enableNew(): boolean | cdktf.IResolvable;
    set enableNew(value: boolean | cdktf.IResolvable);
    resetEnableNew(): void;
    get enableNewInput(): boolean | cdktf.IResolvable | undefined;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _purge?;
    get purge(): boolean | cdktf.IResolvable;
    set purge(value: boolean | cdktf.IResolvable);
    resetPurge(): void;
    get purgeInput(): boolean | cdktf.IResolvable | undefined;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string | undefined;
    private _removeVanished?;
    get removeVanished(): string;
    set removeVanished(value: string);
    resetRemoveVanished(): void;
    get removeVanishedInput(): string | undefined;
    private _scope?;
    get scope(): string;
    set scope(value: string);
    resetScope(): void;
    get scopeInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
