"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/harule
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
exports.Harule = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/harule proxmox_harule}
*/
class Harule extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_harule";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Harule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Harule to import
    * @param importFromId The id of the existing Harule that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/harule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Harule to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_harule", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/harule proxmox_harule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HaruleConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_harule',
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
        this._affinity = config.affinity;
        this._comment = config.comment;
        this._disable = config.disable;
        this._nodes = config.nodes;
        this._resources = config.resources;
        this._rule = config.rule;
        this._strict = config.strict;
        this._type = config.type;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // affinity - computed: false, optional: true, required: false
    _affinity;
    get affinity() {
        return this.getStringAttribute('affinity');
    }
    set affinity(value) {
        this._affinity = value;
    }
    resetAffinity() {
        this._affinity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get affinityInput() {
        return this._affinity;
    }
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // nodes - computed: false, optional: true, required: false
    _nodes;
    get nodes() {
        return this.getNumberMapAttribute('nodes');
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
    // resources - computed: false, optional: false, required: true
    _resources;
    get resources() {
        return cdktf.Fn.tolist(this.getListAttribute('resources'));
    }
    set resources(value) {
        this._resources = value;
    }
    // Temporarily expose input value. Use with caution.
    get resourcesInput() {
        return this._resources;
    }
    // rule - computed: false, optional: false, required: true
    _rule;
    get rule() {
        return this.getStringAttribute('rule');
    }
    set rule(value) {
        this._rule = value;
    }
    // Temporarily expose input value. Use with caution.
    get ruleInput() {
        return this._rule;
    }
    // strict - computed: true, optional: true, required: false
    _strict;
    get strict() {
        return this.getBooleanAttribute('strict');
    }
    set strict(value) {
        this._strict = value;
    }
    resetStrict() {
        this._strict = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get strictInput() {
        return this._strict;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            affinity: cdktf.stringToTerraform(this._affinity),
            comment: cdktf.stringToTerraform(this._comment),
            disable: cdktf.booleanToTerraform(this._disable),
            nodes: cdktf.hashMapper(cdktf.numberToTerraform)(this._nodes),
            resources: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resources),
            rule: cdktf.stringToTerraform(this._rule),
            strict: cdktf.booleanToTerraform(this._strict),
            type: cdktf.stringToTerraform(this._type),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            affinity: {
                value: cdktf.stringToHclTerraform(this._affinity),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disable: {
                value: cdktf.booleanToHclTerraform(this._disable),
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
            resources: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resources),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            rule: {
                value: cdktf.stringToHclTerraform(this._rule),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            strict: {
                value: cdktf.booleanToHclTerraform(this._strict),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Harule = Harule;
