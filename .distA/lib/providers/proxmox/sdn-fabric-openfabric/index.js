"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric
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
exports.SdnFabricOpenfabric = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric proxmox_sdn_fabric_openfabric}
*/
class SdnFabricOpenfabric extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_fabric_openfabric";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnFabricOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricOpenfabric to import
    * @param importFromId The id of the existing SdnFabricOpenfabric that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricOpenfabric to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_fabric_openfabric", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_fabric_openfabric proxmox_sdn_fabric_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricOpenfabricConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_fabric_openfabric',
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
        this._csnpInterval = config.csnpInterval;
        this._helloInterval = config.helloInterval;
        this._id = config.id;
        this._ip6Prefix = config.ip6Prefix;
        this._ipPrefix = config.ipPrefix;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // csnp_interval - computed: false, optional: true, required: false
    _csnpInterval;
    get csnpInterval() {
        return this.getNumberAttribute('csnp_interval');
    }
    set csnpInterval(value) {
        this._csnpInterval = value;
    }
    resetCsnpInterval() {
        this._csnpInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get csnpIntervalInput() {
        return this._csnpInterval;
    }
    // hello_interval - computed: false, optional: true, required: false
    _helloInterval;
    get helloInterval() {
        return this.getNumberAttribute('hello_interval');
    }
    set helloInterval(value) {
        this._helloInterval = value;
    }
    resetHelloInterval() {
        this._helloInterval = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get helloIntervalInput() {
        return this._helloInterval;
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
    // ip6_prefix - computed: false, optional: true, required: false
    _ip6Prefix;
    get ip6Prefix() {
        return this.getStringAttribute('ip6_prefix');
    }
    set ip6Prefix(value) {
        this._ip6Prefix = value;
    }
    resetIp6Prefix() {
        this._ip6Prefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ip6PrefixInput() {
        return this._ip6Prefix;
    }
    // ip_prefix - computed: false, optional: true, required: false
    _ipPrefix;
    get ipPrefix() {
        return this.getStringAttribute('ip_prefix');
    }
    set ipPrefix(value) {
        this._ipPrefix = value;
    }
    resetIpPrefix() {
        this._ipPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipPrefixInput() {
        return this._ipPrefix;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            csnp_interval: cdktf.numberToTerraform(this._csnpInterval),
            hello_interval: cdktf.numberToTerraform(this._helloInterval),
            id: cdktf.stringToTerraform(this._id),
            ip6_prefix: cdktf.stringToTerraform(this._ip6Prefix),
            ip_prefix: cdktf.stringToTerraform(this._ipPrefix),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            csnp_interval: {
                value: cdktf.numberToHclTerraform(this._csnpInterval),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            hello_interval: {
                value: cdktf.numberToHclTerraform(this._helloInterval),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ip6_prefix: {
                value: cdktf.stringToHclTerraform(this._ip6Prefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ip_prefix: {
                value: cdktf.stringToHclTerraform(this._ipPrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnFabricOpenfabric = SdnFabricOpenfabric;
