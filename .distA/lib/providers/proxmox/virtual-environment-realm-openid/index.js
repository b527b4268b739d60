"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid
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
exports.VirtualEnvironmentRealmOpenid = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid proxmox_virtual_environment_realm_openid}
*/
class VirtualEnvironmentRealmOpenid extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_realm_openid";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentRealmOpenid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentRealmOpenid to import
    * @param importFromId The id of the existing VirtualEnvironmentRealmOpenid that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentRealmOpenid to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_realm_openid", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_realm_openid proxmox_virtual_environment_realm_openid} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentRealmOpenidConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_realm_openid',
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
        this._acrValues = config.acrValues;
        this._audiences = config.audiences;
        this._autocreate = config.autocreate;
        this._clientId = config.clientId;
        this._clientKey = config.clientKey;
        this._clientKeyWo = config.clientKeyWo;
        this._clientKeyWoVersion = config.clientKeyWoVersion;
        this._comment = config.comment;
        this._default = config.default;
        this._groupsAutocreate = config.groupsAutocreate;
        this._groupsClaim = config.groupsClaim;
        this._groupsOverwrite = config.groupsOverwrite;
        this._issuerUrl = config.issuerUrl;
        this._prompt = config.prompt;
        this._queryUserinfo = config.queryUserinfo;
        this._realm = config.realm;
        this._scopes = config.scopes;
        this._usernameClaim = config.usernameClaim;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // acr_values - computed: false, optional: true, required: false
    _acrValues;
    get acrValues() {
        return this.getStringAttribute('acr_values');
    }
    set acrValues(value) {
        this._acrValues = value;
    }
    resetAcrValues() {
        this._acrValues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get acrValuesInput() {
        return this._acrValues;
    }
    // audiences - computed: false, optional: true, required: false
    _audiences;
    get audiences() {
        return this.getStringAttribute('audiences');
    }
    set audiences(value) {
        this._audiences = value;
    }
    resetAudiences() {
        this._audiences = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get audiencesInput() {
        return this._audiences;
    }
    // autocreate - computed: true, optional: true, required: false
    _autocreate;
    get autocreate() {
        return this.getBooleanAttribute('autocreate');
    }
    set autocreate(value) {
        this._autocreate = value;
    }
    resetAutocreate() {
        this._autocreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autocreateInput() {
        return this._autocreate;
    }
    // client_id - computed: false, optional: false, required: true
    _clientId;
    get clientId() {
        return this.getStringAttribute('client_id');
    }
    set clientId(value) {
        this._clientId = value;
    }
    // Temporarily expose input value. Use with caution.
    get clientIdInput() {
        return this._clientId;
    }
    // client_key - computed: false, optional: true, required: false
    _clientKey;
    get clientKey() {
        return this.getStringAttribute('client_key');
    }
    set clientKey(value) {
        this._clientKey = value;
    }
    resetClientKey() {
        this._clientKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientKeyInput() {
        return this._clientKey;
    }
    // client_key_wo - computed: false, optional: true, required: false
    _clientKeyWo;
    get clientKeyWo() {
        return this.getStringAttribute('client_key_wo');
    }
    set clientKeyWo(value) {
        this._clientKeyWo = value;
    }
    resetClientKeyWo() {
        this._clientKeyWo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientKeyWoInput() {
        return this._clientKeyWo;
    }
    // client_key_wo_version - computed: false, optional: true, required: false
    _clientKeyWoVersion;
    get clientKeyWoVersion() {
        return this.getNumberAttribute('client_key_wo_version');
    }
    set clientKeyWoVersion(value) {
        this._clientKeyWoVersion = value;
    }
    resetClientKeyWoVersion() {
        this._clientKeyWoVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientKeyWoVersionInput() {
        return this._clientKeyWoVersion;
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
    // default - computed: true, optional: true, required: false
    _default;
    get default() {
        return this.getBooleanAttribute('default');
    }
    set default(value) {
        this._default = value;
    }
    resetDefault() {
        this._default = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultInput() {
        return this._default;
    }
    // groups_autocreate - computed: true, optional: true, required: false
    _groupsAutocreate;
    get groupsAutocreate() {
        return this.getBooleanAttribute('groups_autocreate');
    }
    set groupsAutocreate(value) {
        this._groupsAutocreate = value;
    }
    resetGroupsAutocreate() {
        this._groupsAutocreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsAutocreateInput() {
        return this._groupsAutocreate;
    }
    // groups_claim - computed: false, optional: true, required: false
    _groupsClaim;
    get groupsClaim() {
        return this.getStringAttribute('groups_claim');
    }
    set groupsClaim(value) {
        this._groupsClaim = value;
    }
    resetGroupsClaim() {
        this._groupsClaim = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsClaimInput() {
        return this._groupsClaim;
    }
    // groups_overwrite - computed: true, optional: true, required: false
    _groupsOverwrite;
    get groupsOverwrite() {
        return this.getBooleanAttribute('groups_overwrite');
    }
    set groupsOverwrite(value) {
        this._groupsOverwrite = value;
    }
    resetGroupsOverwrite() {
        this._groupsOverwrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsOverwriteInput() {
        return this._groupsOverwrite;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // issuer_url - computed: false, optional: false, required: true
    _issuerUrl;
    get issuerUrl() {
        return this.getStringAttribute('issuer_url');
    }
    set issuerUrl(value) {
        this._issuerUrl = value;
    }
    // Temporarily expose input value. Use with caution.
    get issuerUrlInput() {
        return this._issuerUrl;
    }
    // prompt - computed: false, optional: true, required: false
    _prompt;
    get prompt() {
        return this.getStringAttribute('prompt');
    }
    set prompt(value) {
        this._prompt = value;
    }
    resetPrompt() {
        this._prompt = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get promptInput() {
        return this._prompt;
    }
    // query_userinfo - computed: true, optional: true, required: false
    _queryUserinfo;
    get queryUserinfo() {
        return this.getBooleanAttribute('query_userinfo');
    }
    set queryUserinfo(value) {
        this._queryUserinfo = value;
    }
    resetQueryUserinfo() {
        this._queryUserinfo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queryUserinfoInput() {
        return this._queryUserinfo;
    }
    // realm - computed: false, optional: false, required: true
    _realm;
    get realm() {
        return this.getStringAttribute('realm');
    }
    set realm(value) {
        this._realm = value;
    }
    // Temporarily expose input value. Use with caution.
    get realmInput() {
        return this._realm;
    }
    // scopes - computed: true, optional: true, required: false
    _scopes;
    get scopes() {
        return this.getStringAttribute('scopes');
    }
    set scopes(value) {
        this._scopes = value;
    }
    resetScopes() {
        this._scopes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scopesInput() {
        return this._scopes;
    }
    // username_claim - computed: false, optional: true, required: false
    _usernameClaim;
    get usernameClaim() {
        return this.getStringAttribute('username_claim');
    }
    set usernameClaim(value) {
        this._usernameClaim = value;
    }
    resetUsernameClaim() {
        this._usernameClaim = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameClaimInput() {
        return this._usernameClaim;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            acr_values: cdktf.stringToTerraform(this._acrValues),
            audiences: cdktf.stringToTerraform(this._audiences),
            autocreate: cdktf.booleanToTerraform(this._autocreate),
            client_id: cdktf.stringToTerraform(this._clientId),
            client_key: cdktf.stringToTerraform(this._clientKey),
            client_key_wo: cdktf.stringToTerraform(this._clientKeyWo),
            client_key_wo_version: cdktf.numberToTerraform(this._clientKeyWoVersion),
            comment: cdktf.stringToTerraform(this._comment),
            default: cdktf.booleanToTerraform(this._default),
            groups_autocreate: cdktf.booleanToTerraform(this._groupsAutocreate),
            groups_claim: cdktf.stringToTerraform(this._groupsClaim),
            groups_overwrite: cdktf.booleanToTerraform(this._groupsOverwrite),
            issuer_url: cdktf.stringToTerraform(this._issuerUrl),
            prompt: cdktf.stringToTerraform(this._prompt),
            query_userinfo: cdktf.booleanToTerraform(this._queryUserinfo),
            realm: cdktf.stringToTerraform(this._realm),
            scopes: cdktf.stringToTerraform(this._scopes),
            username_claim: cdktf.stringToTerraform(this._usernameClaim),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            acr_values: {
                value: cdktf.stringToHclTerraform(this._acrValues),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            audiences: {
                value: cdktf.stringToHclTerraform(this._audiences),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            autocreate: {
                value: cdktf.booleanToHclTerraform(this._autocreate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            client_id: {
                value: cdktf.stringToHclTerraform(this._clientId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            client_key: {
                value: cdktf.stringToHclTerraform(this._clientKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            client_key_wo: {
                value: cdktf.stringToHclTerraform(this._clientKeyWo),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            client_key_wo_version: {
                value: cdktf.numberToHclTerraform(this._clientKeyWoVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            default: {
                value: cdktf.booleanToHclTerraform(this._default),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            groups_autocreate: {
                value: cdktf.booleanToHclTerraform(this._groupsAutocreate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            groups_claim: {
                value: cdktf.stringToHclTerraform(this._groupsClaim),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            groups_overwrite: {
                value: cdktf.booleanToHclTerraform(this._groupsOverwrite),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            issuer_url: {
                value: cdktf.stringToHclTerraform(this._issuerUrl),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            prompt: {
                value: cdktf.stringToHclTerraform(this._prompt),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            query_userinfo: {
                value: cdktf.booleanToHclTerraform(this._queryUserinfo),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            realm: {
                value: cdktf.stringToHclTerraform(this._realm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            scopes: {
                value: cdktf.stringToHclTerraform(this._scopes),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            username_claim: {
                value: cdktf.stringToHclTerraform(this._usernameClaim),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentRealmOpenid = VirtualEnvironmentRealmOpenid;
