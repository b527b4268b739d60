"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup
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
exports.Hagroup = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup proxmox_hagroup}
*/
class Hagroup extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_hagroup";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Hagroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Hagroup to import
    * @param importFromId The id of the existing Hagroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Hagroup to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_hagroup", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/hagroup proxmox_hagroup} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HagroupConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_hagroup',
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
        this._comment = config.comment;
        this._group = config.group;
        this._noFailback = config.noFailback;
        this._nodes = config.nodes;
        this._restricted = config.restricted;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // group - computed: false, optional: false, required: true
    _group;
    get group() {
        return this.getStringAttribute('group');
    }
    set group(value) {
        this._group = value;
    }
    // Temporarily expose input value. Use with caution.
    get groupInput() {
        return this._group;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // no_failback - computed: true, optional: true, required: false
    _noFailback;
    get noFailback() {
        return this.getBooleanAttribute('no_failback');
    }
    set noFailback(value) {
        this._noFailback = value;
    }
    resetNoFailback() {
        this._noFailback = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noFailbackInput() {
        return this._noFailback;
    }
    // nodes - computed: false, optional: false, required: true
    _nodes;
    get nodes() {
        return this.getNumberMapAttribute('nodes');
    }
    set nodes(value) {
        this._nodes = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // restricted - computed: true, optional: true, required: false
    _restricted;
    get restricted() {
        return this.getBooleanAttribute('restricted');
    }
    set restricted(value) {
        this._restricted = value;
    }
    resetRestricted() {
        this._restricted = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get restrictedInput() {
        return this._restricted;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            group: cdktf.stringToTerraform(this._group),
            no_failback: cdktf.booleanToTerraform(this._noFailback),
            nodes: cdktf.hashMapper(cdktf.numberToTerraform)(this._nodes),
            restricted: cdktf.booleanToTerraform(this._restricted),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group: {
                value: cdktf.stringToHclTerraform(this._group),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            no_failback: {
                value: cdktf.booleanToHclTerraform(this._noFailback),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            nodes: {
                value: cdktf.hashMapperHcl(cdktf.numberToHclTerraform)(this._nodes),
                isBlock: false,
                type: "map",
                storageClassType: "numberMap",
            },
            restricted: {
                value: cdktf.booleanToHclTerraform(this._restricted),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Hagroup = Hagroup;
