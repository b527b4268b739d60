"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_ospf
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
exports.DataProxmoxSdnFabricNodeOspf = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf}
*/
class DataProxmoxSdnFabricNodeOspf extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_fabric_node_ospf";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnFabricNodeOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnFabricNodeOspf to import
    * @param importFromId The id of the existing DataProxmoxSdnFabricNodeOspf that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnFabricNodeOspf to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_fabric_node_ospf", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnFabricNodeOspfConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_fabric_node_ospf',
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
        this._fabricId = config.fabricId;
        this._nodeId = config.nodeId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // fabric_id - computed: false, optional: false, required: true
    _fabricId;
    get fabricId() {
        return this.getStringAttribute('fabric_id');
    }
    set fabricId(value) {
        this._fabricId = value;
    }
    // Temporarily expose input value. Use with caution.
    get fabricIdInput() {
        return this._fabricId;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // interface_names - computed: true, optional: false, required: false
    get interfaceNames() {
        return cdktf.Fn.tolist(this.getListAttribute('interface_names'));
    }
    // ip - computed: true, optional: false, required: false
    get ip() {
        return this.getStringAttribute('ip');
    }
    // node_id - computed: false, optional: false, required: true
    _nodeId;
    get nodeId() {
        return this.getStringAttribute('node_id');
    }
    set nodeId(value) {
        this._nodeId = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeIdInput() {
        return this._nodeId;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            fabric_id: cdktf.stringToTerraform(this._fabricId),
            node_id: cdktf.stringToTerraform(this._nodeId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            fabric_id: {
                value: cdktf.stringToHclTerraform(this._fabricId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_id: {
                value: cdktf.stringToHclTerraform(this._nodeId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxSdnFabricNodeOspf = DataProxmoxSdnFabricNodeOspf;
