"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_lvm
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
exports.StorageLvm = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_lvm proxmox_storage_lvm}
*/
class StorageLvm extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_storage_lvm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a StorageLvm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageLvm to import
    * @param importFromId The id of the existing StorageLvm that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_lvm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageLvm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_storage_lvm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_lvm proxmox_storage_lvm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageLvmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_storage_lvm',
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
        this._content = config.content;
        this._disable = config.disable;
        this._id = config.id;
        this._nodes = config.nodes;
        this._shared = config.shared;
        this._volumeGroup = config.volumeGroup;
        this._wipeRemovedVolumes = config.wipeRemovedVolumes;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // content - computed: true, optional: true, required: false
    _content;
    get content() {
        return cdktf.Fn.tolist(this.getListAttribute('content'));
    }
    set content(value) {
        this._content = value;
    }
    resetContent() {
        this._content = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get contentInput() {
        return this._content;
    }
    // disable - computed: true, optional: true, required: false
    _disable;
    get disable() {
        return this.getBooleanAttribute('disable');
    }
    set disable(value) {
        this._disable = value;
    }
    resetDisable() {
        this._disable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableInput() {
        return this._disable;
    }
    // id - computed: false, optional: false, required: true
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // nodes - computed: true, optional: true, required: false
    _nodes;
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    set nodes(value) {
        this._nodes = value;
    }
    resetNodes() {
        this._nodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // shared - computed: true, optional: true, required: false
    _shared;
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    set shared(value) {
        this._shared = value;
    }
    resetShared() {
        this._shared = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedInput() {
        return this._shared;
    }
    // volume_group - computed: false, optional: false, required: true
    _volumeGroup;
    get volumeGroup() {
        return this.getStringAttribute('volume_group');
    }
    set volumeGroup(value) {
        this._volumeGroup = value;
    }
    // Temporarily expose input value. Use with caution.
    get volumeGroupInput() {
        return this._volumeGroup;
    }
    // wipe_removed_volumes - computed: true, optional: true, required: false
    _wipeRemovedVolumes;
    get wipeRemovedVolumes() {
        return this.getBooleanAttribute('wipe_removed_volumes');
    }
    set wipeRemovedVolumes(value) {
        this._wipeRemovedVolumes = value;
    }
    resetWipeRemovedVolumes() {
        this._wipeRemovedVolumes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get wipeRemovedVolumesInput() {
        return this._wipeRemovedVolumes;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            content: cdktf.listMapper(cdktf.stringToTerraform, false)(this._content),
            disable: cdktf.booleanToTerraform(this._disable),
            id: cdktf.stringToTerraform(this._id),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            shared: cdktf.booleanToTerraform(this._shared),
            volume_group: cdktf.stringToTerraform(this._volumeGroup),
            wipe_removed_volumes: cdktf.booleanToTerraform(this._wipeRemovedVolumes),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            content: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._content),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            disable: {
                value: cdktf.booleanToHclTerraform(this._disable),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            shared: {
                value: cdktf.booleanToHclTerraform(this._shared),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            volume_group: {
                value: cdktf.stringToHclTerraform(this._volumeGroup),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            wipe_removed_volumes: {
                value: cdktf.booleanToHclTerraform(this._wipeRemovedVolumes),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.StorageLvm = StorageLvm;
