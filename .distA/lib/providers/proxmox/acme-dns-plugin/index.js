"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin
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
exports.AcmeDnsPlugin = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin proxmox_acme_dns_plugin}
*/
class AcmeDnsPlugin extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_acme_dns_plugin";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a AcmeDnsPlugin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AcmeDnsPlugin to import
    * @param importFromId The id of the existing AcmeDnsPlugin that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AcmeDnsPlugin to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_acme_dns_plugin", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_dns_plugin proxmox_acme_dns_plugin} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AcmeDnsPluginConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_acme_dns_plugin',
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
        this._api = config.api;
        this._data = config.data;
        this._dataWo = config.dataWo;
        this._dataWoVersion = config.dataWoVersion;
        this._digest = config.digest;
        this._disable = config.disable;
        this._plugin = config.plugin;
        this._validationDelay = config.validationDelay;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // api - computed: false, optional: false, required: true
    _api;
    get api() {
        return this.getStringAttribute('api');
    }
    set api(value) {
        this._api = value;
    }
    // Temporarily expose input value. Use with caution.
    get apiInput() {
        return this._api;
    }
    // data - computed: false, optional: true, required: false
    _data;
    get data() {
        return this.getStringMapAttribute('data');
    }
    set data(value) {
        this._data = value;
    }
    resetData() {
        this._data = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataInput() {
        return this._data;
    }
    // data_wo - computed: false, optional: true, required: false
    _dataWo;
    get dataWo() {
        return this.getStringMapAttribute('data_wo');
    }
    set dataWo(value) {
        this._dataWo = value;
    }
    resetDataWo() {
        this._dataWo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataWoInput() {
        return this._dataWo;
    }
    // data_wo_version - computed: false, optional: true, required: false
    _dataWoVersion;
    get dataWoVersion() {
        return this.getNumberAttribute('data_wo_version');
    }
    set dataWoVersion(value) {
        this._dataWoVersion = value;
    }
    resetDataWoVersion() {
        this._dataWoVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataWoVersionInput() {
        return this._dataWoVersion;
    }
    // digest - computed: true, optional: true, required: false
    _digest;
    get digest() {
        return this.getStringAttribute('digest');
    }
    set digest(value) {
        this._digest = value;
    }
    resetDigest() {
        this._digest = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get digestInput() {
        return this._digest;
    }
    // disable - computed: false, optional: true, required: false
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
    // plugin - computed: false, optional: false, required: true
    _plugin;
    get plugin() {
        return this.getStringAttribute('plugin');
    }
    set plugin(value) {
        this._plugin = value;
    }
    // Temporarily expose input value. Use with caution.
    get pluginInput() {
        return this._plugin;
    }
    // validation_delay - computed: true, optional: true, required: false
    _validationDelay;
    get validationDelay() {
        return this.getNumberAttribute('validation_delay');
    }
    set validationDelay(value) {
        this._validationDelay = value;
    }
    resetValidationDelay() {
        this._validationDelay = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get validationDelayInput() {
        return this._validationDelay;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            api: cdktf.stringToTerraform(this._api),
            data: cdktf.hashMapper(cdktf.stringToTerraform)(this._data),
            data_wo: cdktf.hashMapper(cdktf.stringToTerraform)(this._dataWo),
            data_wo_version: cdktf.numberToTerraform(this._dataWoVersion),
            digest: cdktf.stringToTerraform(this._digest),
            disable: cdktf.booleanToTerraform(this._disable),
            plugin: cdktf.stringToTerraform(this._plugin),
            validation_delay: cdktf.numberToTerraform(this._validationDelay),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            api: {
                value: cdktf.stringToHclTerraform(this._api),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            data: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._data),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            data_wo: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._dataWo),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            data_wo_version: {
                value: cdktf.numberToHclTerraform(this._dataWoVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            digest: {
                value: cdktf.stringToHclTerraform(this._digest),
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
            plugin: {
                value: cdktf.stringToHclTerraform(this._plugin),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            validation_delay: {
                value: cdktf.numberToHclTerraform(this._validationDelay),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.AcmeDnsPlugin = AcmeDnsPlugin;
