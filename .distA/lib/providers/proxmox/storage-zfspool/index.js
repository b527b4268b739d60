"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool
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
exports.StorageZfspool = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool proxmox_storage_zfspool}
*/
class StorageZfspool extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_storage_zfspool";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a StorageZfspool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageZfspool to import
    * @param importFromId The id of the existing StorageZfspool that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageZfspool to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_storage_zfspool", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/storage_zfspool proxmox_storage_zfspool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageZfspoolConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_storage_zfspool',
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
        this._blocksize = config.blocksize;
        this._content = config.content;
        this._disable = config.disable;
        this._id = config.id;
        this._nodes = config.nodes;
        this._thinProvision = config.thinProvision;
        this._zfsPool = config.zfsPool;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // blocksize - computed: false, optional: true, required: false
    _blocksize;
    get blocksize() {
        return this.getStringAttribute('blocksize');
    }
    set blocksize(value) {
        this._blocksize = value;
    }
    resetBlocksize() {
        this._blocksize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blocksizeInput() {
        return this._blocksize;
    }
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
    // shared - computed: true, optional: false, required: false
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    // thin_provision - computed: false, optional: true, required: false
    _thinProvision;
    get thinProvision() {
        return this.getBooleanAttribute('thin_provision');
    }
    set thinProvision(value) {
        this._thinProvision = value;
    }
    resetThinProvision() {
        this._thinProvision = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get thinProvisionInput() {
        return this._thinProvision;
    }
    // zfs_pool - computed: false, optional: false, required: true
    _zfsPool;
    get zfsPool() {
        return this.getStringAttribute('zfs_pool');
    }
    set zfsPool(value) {
        this._zfsPool = value;
    }
    // Temporarily expose input value. Use with caution.
    get zfsPoolInput() {
        return this._zfsPool;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            blocksize: cdktf.stringToTerraform(this._blocksize),
            content: cdktf.listMapper(cdktf.stringToTerraform, false)(this._content),
            disable: cdktf.booleanToTerraform(this._disable),
            id: cdktf.stringToTerraform(this._id),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            thin_provision: cdktf.booleanToTerraform(this._thinProvision),
            zfs_pool: cdktf.stringToTerraform(this._zfsPool),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            blocksize: {
                value: cdktf.stringToHclTerraform(this._blocksize),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
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
            thin_provision: {
                value: cdktf.booleanToHclTerraform(this._thinProvision),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            zfs_pool: {
                value: cdktf.stringToHclTerraform(this._zfsPool),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.StorageZfspool = StorageZfspool;
