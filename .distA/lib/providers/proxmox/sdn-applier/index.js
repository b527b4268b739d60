"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_applier
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
exports.SdnApplier = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_applier proxmox_sdn_applier}
*/
class SdnApplier extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_applier";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnApplier resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnApplier to import
    * @param importFromId The id of the existing SdnApplier that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_applier#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnApplier to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_applier", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/sdn_applier proxmox_sdn_applier} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnApplierConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_applier',
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
        this._onCreate = config.onCreate;
        this._onDestroy = config.onDestroy;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // on_create - computed: true, optional: true, required: false
    _onCreate;
    get onCreate() {
        return this.getBooleanAttribute('on_create');
    }
    set onCreate(value) {
        this._onCreate = value;
    }
    resetOnCreate() {
        this._onCreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onCreateInput() {
        return this._onCreate;
    }
    // on_destroy - computed: true, optional: true, required: false
    _onDestroy;
    get onDestroy() {
        return this.getBooleanAttribute('on_destroy');
    }
    set onDestroy(value) {
        this._onDestroy = value;
    }
    resetOnDestroy() {
        this._onDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onDestroyInput() {
        return this._onDestroy;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            on_create: cdktf.booleanToTerraform(this._onCreate),
            on_destroy: cdktf.booleanToTerraform(this._onDestroy),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            on_create: {
                value: cdktf.booleanToHclTerraform(this._onCreate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            on_destroy: {
                value: cdktf.booleanToHclTerraform(this._onDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnApplier = SdnApplier;
