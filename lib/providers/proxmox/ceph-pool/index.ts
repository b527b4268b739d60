// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CephPoolConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#add_storages CephPool#add_storages}
  */
  readonly addStorages?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#application CephPool#application}
  */
  readonly application?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#crush_rule CephPool#crush_rule}
  */
  readonly crushRule?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#erasure_coding CephPool#erasure_coding}
  */
  readonly erasureCoding?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#force_destroy CephPool#force_destroy}
  */
  readonly forceDestroy?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#min_size CephPool#min_size}
  */
  readonly minSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#name CephPool#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#node_name CephPool#node_name}
  */
  readonly nodeName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_autoscale_mode CephPool#pg_autoscale_mode}
  */
  readonly pgAutoscaleMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_num CephPool#pg_num}
  */
  readonly pgNum?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#pg_num_min CephPool#pg_num_min}
  */
  readonly pgNumMin?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#remove_ecprofile CephPool#remove_ecprofile}
  */
  readonly removeEcprofile?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#remove_storages CephPool#remove_storages}
  */
  readonly removeStorages?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#size CephPool#size}
  */
  readonly size?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#target_size CephPool#target_size}
  */
  readonly targetSize?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#target_size_ratio CephPool#target_size_ratio}
  */
  readonly targetSizeRatio?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool proxmox_ceph_pool}
*/
export class CephPool extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_ceph_pool";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CephPool resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CephPool to import
  * @param importFromId The id of the existing CephPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CephPool to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_ceph_pool", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool proxmox_ceph_pool} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CephPoolConfig
  */
  public constructor(scope: Construct, id: string, config: CephPoolConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_ceph_pool',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
        providerVersion: '0.111.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._addStorages = config.addStorages;
    this._application = config.application;
    this._crushRule = config.crushRule;
    this._erasureCoding = config.erasureCoding;
    this._forceDestroy = config.forceDestroy;
    this._minSize = config.minSize;
    this._name = config.name;
    this._nodeName = config.nodeName;
    this._pgAutoscaleMode = config.pgAutoscaleMode;
    this._pgNum = config.pgNum;
    this._pgNumMin = config.pgNumMin;
    this._removeEcprofile = config.removeEcprofile;
    this._removeStorages = config.removeStorages;
    this._size = config.size;
    this._targetSize = config.targetSize;
    this._targetSizeRatio = config.targetSizeRatio;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // add_storages - computed: false, optional: true, required: false
  private _addStorages?: boolean | cdktf.IResolvable; 
  public get addStorages() {
    return this.getBooleanAttribute('add_storages');
  }
  public set addStorages(value: boolean | cdktf.IResolvable) {
    this._addStorages = value;
  }
  public resetAddStorages() {
    this._addStorages = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addStoragesInput() {
    return this._addStorages;
  }

  // application - computed: true, optional: true, required: false
  private _application?: string; 
  public get application() {
    return this.getStringAttribute('application');
  }
  public set application(value: string) {
    this._application = value;
  }
  public resetApplication() {
    this._application = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get applicationInput() {
    return this._application;
  }

  // crush_rule - computed: true, optional: true, required: false
  private _crushRule?: string; 
  public get crushRule() {
    return this.getStringAttribute('crush_rule');
  }
  public set crushRule(value: string) {
    this._crushRule = value;
  }
  public resetCrushRule() {
    this._crushRule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crushRuleInput() {
    return this._crushRule;
  }

  // erasure_coding - computed: false, optional: true, required: false
  private _erasureCoding?: string; 
  public get erasureCoding() {
    return this.getStringAttribute('erasure_coding');
  }
  public set erasureCoding(value: string) {
    this._erasureCoding = value;
  }
  public resetErasureCoding() {
    this._erasureCoding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get erasureCodingInput() {
    return this._erasureCoding;
  }

  // force_destroy - computed: true, optional: true, required: false
  private _forceDestroy?: boolean | cdktf.IResolvable; 
  public get forceDestroy() {
    return this.getBooleanAttribute('force_destroy');
  }
  public set forceDestroy(value: boolean | cdktf.IResolvable) {
    this._forceDestroy = value;
  }
  public resetForceDestroy() {
    this._forceDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDestroyInput() {
    return this._forceDestroy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // min_size - computed: true, optional: true, required: false
  private _minSize?: number; 
  public get minSize() {
    return this.getNumberAttribute('min_size');
  }
  public set minSize(value: number) {
    this._minSize = value;
  }
  public resetMinSize() {
    this._minSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minSizeInput() {
    return this._minSize;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // node_name - computed: false, optional: false, required: true
  private _nodeName?: string; 
  public get nodeName() {
    return this.getStringAttribute('node_name');
  }
  public set nodeName(value: string) {
    this._nodeName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeNameInput() {
    return this._nodeName;
  }

  // pg_autoscale_mode - computed: true, optional: true, required: false
  private _pgAutoscaleMode?: string; 
  public get pgAutoscaleMode() {
    return this.getStringAttribute('pg_autoscale_mode');
  }
  public set pgAutoscaleMode(value: string) {
    this._pgAutoscaleMode = value;
  }
  public resetPgAutoscaleMode() {
    this._pgAutoscaleMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pgAutoscaleModeInput() {
    return this._pgAutoscaleMode;
  }

  // pg_num - computed: true, optional: true, required: false
  private _pgNum?: number; 
  public get pgNum() {
    return this.getNumberAttribute('pg_num');
  }
  public set pgNum(value: number) {
    this._pgNum = value;
  }
  public resetPgNum() {
    this._pgNum = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pgNumInput() {
    return this._pgNum;
  }

  // pg_num_min - computed: true, optional: true, required: false
  private _pgNumMin?: number; 
  public get pgNumMin() {
    return this.getNumberAttribute('pg_num_min');
  }
  public set pgNumMin(value: number) {
    this._pgNumMin = value;
  }
  public resetPgNumMin() {
    this._pgNumMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pgNumMinInput() {
    return this._pgNumMin;
  }

  // remove_ecprofile - computed: true, optional: true, required: false
  private _removeEcprofile?: boolean | cdktf.IResolvable; 
  public get removeEcprofile() {
    return this.getBooleanAttribute('remove_ecprofile');
  }
  public set removeEcprofile(value: boolean | cdktf.IResolvable) {
    this._removeEcprofile = value;
  }
  public resetRemoveEcprofile() {
    this._removeEcprofile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeEcprofileInput() {
    return this._removeEcprofile;
  }

  // remove_storages - computed: true, optional: true, required: false
  private _removeStorages?: boolean | cdktf.IResolvable; 
  public get removeStorages() {
    return this.getBooleanAttribute('remove_storages');
  }
  public set removeStorages(value: boolean | cdktf.IResolvable) {
    this._removeStorages = value;
  }
  public resetRemoveStorages() {
    this._removeStorages = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeStoragesInput() {
    return this._removeStorages;
  }

  // size - computed: true, optional: true, required: false
  private _size?: number; 
  public get size() {
    return this.getNumberAttribute('size');
  }
  public set size(value: number) {
    this._size = value;
  }
  public resetSize() {
    this._size = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
  }

  // target_size - computed: false, optional: true, required: false
  private _targetSize?: string; 
  public get targetSize() {
    return this.getStringAttribute('target_size');
  }
  public set targetSize(value: string) {
    this._targetSize = value;
  }
  public resetTargetSize() {
    this._targetSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetSizeInput() {
    return this._targetSize;
  }

  // target_size_ratio - computed: false, optional: true, required: false
  private _targetSizeRatio?: number; 
  public get targetSizeRatio() {
    return this.getNumberAttribute('target_size_ratio');
  }
  public set targetSizeRatio(value: number) {
    this._targetSizeRatio = value;
  }
  public resetTargetSizeRatio() {
    this._targetSizeRatio = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetSizeRatioInput() {
    return this._targetSizeRatio;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      add_storages: cdktf.booleanToTerraform(this._addStorages),
      application: cdktf.stringToTerraform(this._application),
      crush_rule: cdktf.stringToTerraform(this._crushRule),
      erasure_coding: cdktf.stringToTerraform(this._erasureCoding),
      force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
      min_size: cdktf.numberToTerraform(this._minSize),
      name: cdktf.stringToTerraform(this._name),
      node_name: cdktf.stringToTerraform(this._nodeName),
      pg_autoscale_mode: cdktf.stringToTerraform(this._pgAutoscaleMode),
      pg_num: cdktf.numberToTerraform(this._pgNum),
      pg_num_min: cdktf.numberToTerraform(this._pgNumMin),
      remove_ecprofile: cdktf.booleanToTerraform(this._removeEcprofile),
      remove_storages: cdktf.booleanToTerraform(this._removeStorages),
      size: cdktf.numberToTerraform(this._size),
      target_size: cdktf.stringToTerraform(this._targetSize),
      target_size_ratio: cdktf.numberToTerraform(this._targetSizeRatio),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      add_storages: {
        value: cdktf.booleanToHclTerraform(this._addStorages),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      application: {
        value: cdktf.stringToHclTerraform(this._application),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      crush_rule: {
        value: cdktf.stringToHclTerraform(this._crushRule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      erasure_coding: {
        value: cdktf.stringToHclTerraform(this._erasureCoding),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_destroy: {
        value: cdktf.booleanToHclTerraform(this._forceDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      min_size: {
        value: cdktf.numberToHclTerraform(this._minSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      node_name: {
        value: cdktf.stringToHclTerraform(this._nodeName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pg_autoscale_mode: {
        value: cdktf.stringToHclTerraform(this._pgAutoscaleMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pg_num: {
        value: cdktf.numberToHclTerraform(this._pgNum),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      pg_num_min: {
        value: cdktf.numberToHclTerraform(this._pgNumMin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      remove_ecprofile: {
        value: cdktf.booleanToHclTerraform(this._removeEcprofile),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      remove_storages: {
        value: cdktf.booleanToHclTerraform(this._removeStorages),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      size: {
        value: cdktf.numberToHclTerraform(this._size),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      target_size: {
        value: cdktf.stringToHclTerraform(this._targetSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_size_ratio: {
        value: cdktf.numberToHclTerraform(this._targetSizeRatio),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
