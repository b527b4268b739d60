"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool
// generated from terraform resource schema
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CephPool = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/ceph_pool proxmox_ceph_pool}
*/
class CephPool extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_ceph_pool";
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
    static generateConfigForImport(scope, importToId, importFromId, provider) {
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
    constructor(scope, id, config) {
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
    _addStorages;
    get addStorages() {
        return this.getBooleanAttribute('add_storages');
    }
    set addStorages(value) {
        this._addStorages = value;
    }
    resetAddStorages() {
        this._addStorages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get addStoragesInput() {
        return this._addStorages;
    }
    // application - computed: true, optional: true, required: false
    _application;
    get application() {
        return this.getStringAttribute('application');
    }
    set application(value) {
        this._application = value;
    }
    resetApplication() {
        this._application = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get applicationInput() {
        return this._application;
    }
    // crush_rule - computed: true, optional: true, required: false
    _crushRule;
    get crushRule() {
        return this.getStringAttribute('crush_rule');
    }
    set crushRule(value) {
        this._crushRule = value;
    }
    resetCrushRule() {
        this._crushRule = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crushRuleInput() {
        return this._crushRule;
    }
    // erasure_coding - computed: false, optional: true, required: false
    _erasureCoding;
    get erasureCoding() {
        return this.getStringAttribute('erasure_coding');
    }
    set erasureCoding(value) {
        this._erasureCoding = value;
    }
    resetErasureCoding() {
        this._erasureCoding = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get erasureCodingInput() {
        return this._erasureCoding;
    }
    // force_destroy - computed: true, optional: true, required: false
    _forceDestroy;
    get forceDestroy() {
        return this.getBooleanAttribute('force_destroy');
    }
    set forceDestroy(value) {
        this._forceDestroy = value;
    }
    resetForceDestroy() {
        this._forceDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceDestroyInput() {
        return this._forceDestroy;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // min_size - computed: true, optional: true, required: false
    _minSize;
    get minSize() {
        return this.getNumberAttribute('min_size');
    }
    set minSize(value) {
        this._minSize = value;
    }
    resetMinSize() {
        this._minSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minSizeInput() {
        return this._minSize;
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // node_name - computed: false, optional: false, required: true
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // pg_autoscale_mode - computed: true, optional: true, required: false
    _pgAutoscaleMode;
    get pgAutoscaleMode() {
        return this.getStringAttribute('pg_autoscale_mode');
    }
    set pgAutoscaleMode(value) {
        this._pgAutoscaleMode = value;
    }
    resetPgAutoscaleMode() {
        this._pgAutoscaleMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pgAutoscaleModeInput() {
        return this._pgAutoscaleMode;
    }
    // pg_num - computed: true, optional: true, required: false
    _pgNum;
    get pgNum() {
        return this.getNumberAttribute('pg_num');
    }
    set pgNum(value) {
        this._pgNum = value;
    }
    resetPgNum() {
        this._pgNum = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pgNumInput() {
        return this._pgNum;
    }
    // pg_num_min - computed: true, optional: true, required: false
    _pgNumMin;
    get pgNumMin() {
        return this.getNumberAttribute('pg_num_min');
    }
    set pgNumMin(value) {
        this._pgNumMin = value;
    }
    resetPgNumMin() {
        this._pgNumMin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pgNumMinInput() {
        return this._pgNumMin;
    }
    // remove_ecprofile - computed: true, optional: true, required: false
    _removeEcprofile;
    get removeEcprofile() {
        return this.getBooleanAttribute('remove_ecprofile');
    }
    set removeEcprofile(value) {
        this._removeEcprofile = value;
    }
    resetRemoveEcprofile() {
        this._removeEcprofile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get removeEcprofileInput() {
        return this._removeEcprofile;
    }
    // remove_storages - computed: true, optional: true, required: false
    _removeStorages;
    get removeStorages() {
        return this.getBooleanAttribute('remove_storages');
    }
    set removeStorages(value) {
        this._removeStorages = value;
    }
    resetRemoveStorages() {
        this._removeStorages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get removeStoragesInput() {
        return this._removeStorages;
    }
    // size - computed: true, optional: true, required: false
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    resetSize() {
        this._size = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // target_size - computed: false, optional: true, required: false
    _targetSize;
    get targetSize() {
        return this.getStringAttribute('target_size');
    }
    set targetSize(value) {
        this._targetSize = value;
    }
    resetTargetSize() {
        this._targetSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetSizeInput() {
        return this._targetSize;
    }
    // target_size_ratio - computed: false, optional: true, required: false
    _targetSizeRatio;
    get targetSizeRatio() {
        return this.getNumberAttribute('target_size_ratio');
    }
    set targetSizeRatio(value) {
        this._targetSizeRatio = value;
    }
    resetTargetSizeRatio() {
        this._targetSizeRatio = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetSizeRatioInput() {
        return this._targetSizeRatio;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
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
    synthesizeHclAttributes() {
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
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.CephPool = CephPool;
