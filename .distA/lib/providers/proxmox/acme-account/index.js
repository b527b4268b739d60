"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_account
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
exports.AcmeAccount = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_account proxmox_acme_account}
*/
class AcmeAccount extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_acme_account";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a AcmeAccount resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AcmeAccount to import
    * @param importFromId The id of the existing AcmeAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_account#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AcmeAccount to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_acme_account", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/acme_account proxmox_acme_account} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AcmeAccountConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_acme_account',
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
        this._contact = config.contact;
        this._directory = config.directory;
        this._eabHmacKey = config.eabHmacKey;
        this._eabKid = config.eabKid;
        this._name = config.name;
        this._tos = config.tos;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // contact - computed: false, optional: false, required: true
    _contact;
    get contact() {
        return this.getStringAttribute('contact');
    }
    set contact(value) {
        this._contact = value;
    }
    // Temporarily expose input value. Use with caution.
    get contactInput() {
        return this._contact;
    }
    // created_at - computed: true, optional: false, required: false
    get createdAt() {
        return this.getStringAttribute('created_at');
    }
    // directory - computed: false, optional: true, required: false
    _directory;
    get directory() {
        return this.getStringAttribute('directory');
    }
    set directory(value) {
        this._directory = value;
    }
    resetDirectory() {
        this._directory = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get directoryInput() {
        return this._directory;
    }
    // eab_hmac_key - computed: false, optional: true, required: false
    _eabHmacKey;
    get eabHmacKey() {
        return this.getStringAttribute('eab_hmac_key');
    }
    set eabHmacKey(value) {
        this._eabHmacKey = value;
    }
    resetEabHmacKey() {
        this._eabHmacKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get eabHmacKeyInput() {
        return this._eabHmacKey;
    }
    // eab_kid - computed: false, optional: true, required: false
    _eabKid;
    get eabKid() {
        return this.getStringAttribute('eab_kid');
    }
    set eabKid(value) {
        this._eabKid = value;
    }
    resetEabKid() {
        this._eabKid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get eabKidInput() {
        return this._eabKid;
    }
    // location - computed: true, optional: false, required: false
    get location() {
        return this.getStringAttribute('location');
    }
    // name - computed: true, optional: true, required: false
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // tos - computed: false, optional: true, required: false
    _tos;
    get tos() {
        return this.getStringAttribute('tos');
    }
    set tos(value) {
        this._tos = value;
    }
    resetTos() {
        this._tos = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tosInput() {
        return this._tos;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            contact: cdktf.stringToTerraform(this._contact),
            directory: cdktf.stringToTerraform(this._directory),
            eab_hmac_key: cdktf.stringToTerraform(this._eabHmacKey),
            eab_kid: cdktf.stringToTerraform(this._eabKid),
            name: cdktf.stringToTerraform(this._name),
            tos: cdktf.stringToTerraform(this._tos),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            contact: {
                value: cdktf.stringToHclTerraform(this._contact),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            directory: {
                value: cdktf.stringToHclTerraform(this._directory),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            eab_hmac_key: {
                value: cdktf.stringToHclTerraform(this._eabHmacKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            eab_kid: {
                value: cdktf.stringToHclTerraform(this._eabKid),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tos: {
                value: cdktf.stringToHclTerraform(this._tos),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.AcmeAccount = AcmeAccount;
