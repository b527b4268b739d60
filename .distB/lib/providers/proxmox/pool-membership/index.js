"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/pool_membership
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
exports.PoolMembership = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/pool_membership proxmox_pool_membership}
*/
class PoolMembership extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_pool_membership";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a PoolMembership resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the PoolMembership to import
    * @param importFromId The id of the existing PoolMembership that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/pool_membership#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the PoolMembership to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_pool_membership", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/pool_membership proxmox_pool_membership} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options PoolMembershipConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_pool_membership',
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
        this._poolId = config.poolId;
        this._storageId = config.storageId;
        this._vmId = config.vmId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // pool_id - computed: false, optional: false, required: true
    _poolId;
    get poolId() {
        return this.getStringAttribute('pool_id');
    }
    set poolId(value) {
        this._poolId = value;
    }
    // Temporarily expose input value. Use with caution.
    get poolIdInput() {
        return this._poolId;
    }
    // storage_id - computed: false, optional: true, required: false
    _storageId;
    get storageId() {
        return this.getStringAttribute('storage_id');
    }
    set storageId(value) {
        this._storageId = value;
    }
    resetStorageId() {
        this._storageId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageIdInput() {
        return this._storageId;
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
    // vm_id - computed: false, optional: true, required: false
    _vmId;
    get vmId() {
        return this.getNumberAttribute('vm_id');
    }
    set vmId(value) {
        this._vmId = value;
    }
    resetVmId() {
        this._vmId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vmIdInput() {
        return this._vmId;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            pool_id: cdktf.stringToTerraform(this._poolId),
            storage_id: cdktf.stringToTerraform(this._storageId),
            vm_id: cdktf.numberToTerraform(this._vmId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            pool_id: {
                value: cdktf.stringToHclTerraform(this._poolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            storage_id: {
                value: cdktf.stringToHclTerraform(this._storageId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vm_id: {
                value: cdktf.numberToHclTerraform(this._vmId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.PoolMembership = PoolMembership;
