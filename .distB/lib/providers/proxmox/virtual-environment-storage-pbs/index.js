"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs
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
exports.VirtualEnvironmentStoragePbs = exports.VirtualEnvironmentStoragePbsBackupsOutputReference = void 0;
exports.virtualEnvironmentStoragePbsBackupsToTerraform = virtualEnvironmentStoragePbsBackupsToTerraform;
exports.virtualEnvironmentStoragePbsBackupsToHclTerraform = virtualEnvironmentStoragePbsBackupsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function virtualEnvironmentStoragePbsBackupsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        keep_all: cdktf.booleanToTerraform(struct.keepAll),
        keep_daily: cdktf.numberToTerraform(struct.keepDaily),
        keep_hourly: cdktf.numberToTerraform(struct.keepHourly),
        keep_last: cdktf.numberToTerraform(struct.keepLast),
        keep_monthly: cdktf.numberToTerraform(struct.keepMonthly),
        keep_weekly: cdktf.numberToTerraform(struct.keepWeekly),
        keep_yearly: cdktf.numberToTerraform(struct.keepYearly),
        max_protected_backups: cdktf.numberToTerraform(struct.maxProtectedBackups),
    };
}
function virtualEnvironmentStoragePbsBackupsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        keep_all: {
            value: cdktf.booleanToHclTerraform(struct.keepAll),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        keep_daily: {
            value: cdktf.numberToHclTerraform(struct.keepDaily),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_hourly: {
            value: cdktf.numberToHclTerraform(struct.keepHourly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_last: {
            value: cdktf.numberToHclTerraform(struct.keepLast),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_monthly: {
            value: cdktf.numberToHclTerraform(struct.keepMonthly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_weekly: {
            value: cdktf.numberToHclTerraform(struct.keepWeekly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_yearly: {
            value: cdktf.numberToHclTerraform(struct.keepYearly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        max_protected_backups: {
            value: cdktf.numberToHclTerraform(struct.maxProtectedBackups),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentStoragePbsBackupsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._keepAll !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepAll = this._keepAll;
        }
        if (this._keepDaily !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepDaily = this._keepDaily;
        }
        if (this._keepHourly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepHourly = this._keepHourly;
        }
        if (this._keepLast !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepLast = this._keepLast;
        }
        if (this._keepMonthly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepMonthly = this._keepMonthly;
        }
        if (this._keepWeekly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepWeekly = this._keepWeekly;
        }
        if (this._keepYearly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepYearly = this._keepYearly;
        }
        if (this._maxProtectedBackups !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxProtectedBackups = this._maxProtectedBackups;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._keepAll = undefined;
            this._keepDaily = undefined;
            this._keepHourly = undefined;
            this._keepLast = undefined;
            this._keepMonthly = undefined;
            this._keepWeekly = undefined;
            this._keepYearly = undefined;
            this._maxProtectedBackups = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._keepAll = value.keepAll;
            this._keepDaily = value.keepDaily;
            this._keepHourly = value.keepHourly;
            this._keepLast = value.keepLast;
            this._keepMonthly = value.keepMonthly;
            this._keepWeekly = value.keepWeekly;
            this._keepYearly = value.keepYearly;
            this._maxProtectedBackups = value.maxProtectedBackups;
        }
    }
    // keep_all - computed: true, optional: true, required: false
    _keepAll;
    get keepAll() {
        return this.getBooleanAttribute('keep_all');
    }
    set keepAll(value) {
        this._keepAll = value;
    }
    resetKeepAll() {
        this._keepAll = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepAllInput() {
        return this._keepAll;
    }
    // keep_daily - computed: false, optional: true, required: false
    _keepDaily;
    get keepDaily() {
        return this.getNumberAttribute('keep_daily');
    }
    set keepDaily(value) {
        this._keepDaily = value;
    }
    resetKeepDaily() {
        this._keepDaily = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepDailyInput() {
        return this._keepDaily;
    }
    // keep_hourly - computed: false, optional: true, required: false
    _keepHourly;
    get keepHourly() {
        return this.getNumberAttribute('keep_hourly');
    }
    set keepHourly(value) {
        this._keepHourly = value;
    }
    resetKeepHourly() {
        this._keepHourly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepHourlyInput() {
        return this._keepHourly;
    }
    // keep_last - computed: false, optional: true, required: false
    _keepLast;
    get keepLast() {
        return this.getNumberAttribute('keep_last');
    }
    set keepLast(value) {
        this._keepLast = value;
    }
    resetKeepLast() {
        this._keepLast = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepLastInput() {
        return this._keepLast;
    }
    // keep_monthly - computed: false, optional: true, required: false
    _keepMonthly;
    get keepMonthly() {
        return this.getNumberAttribute('keep_monthly');
    }
    set keepMonthly(value) {
        this._keepMonthly = value;
    }
    resetKeepMonthly() {
        this._keepMonthly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepMonthlyInput() {
        return this._keepMonthly;
    }
    // keep_weekly - computed: false, optional: true, required: false
    _keepWeekly;
    get keepWeekly() {
        return this.getNumberAttribute('keep_weekly');
    }
    set keepWeekly(value) {
        this._keepWeekly = value;
    }
    resetKeepWeekly() {
        this._keepWeekly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepWeeklyInput() {
        return this._keepWeekly;
    }
    // keep_yearly - computed: false, optional: true, required: false
    _keepYearly;
    get keepYearly() {
        return this.getNumberAttribute('keep_yearly');
    }
    set keepYearly(value) {
        this._keepYearly = value;
    }
    resetKeepYearly() {
        this._keepYearly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepYearlyInput() {
        return this._keepYearly;
    }
    // max_protected_backups - computed: false, optional: true, required: false
    _maxProtectedBackups;
    get maxProtectedBackups() {
        return this.getNumberAttribute('max_protected_backups');
    }
    set maxProtectedBackups(value) {
        this._maxProtectedBackups = value;
    }
    resetMaxProtectedBackups() {
        this._maxProtectedBackups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxProtectedBackupsInput() {
        return this._maxProtectedBackups;
    }
}
exports.VirtualEnvironmentStoragePbsBackupsOutputReference = VirtualEnvironmentStoragePbsBackupsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs proxmox_virtual_environment_storage_pbs}
*/
class VirtualEnvironmentStoragePbs extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_storage_pbs";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStoragePbs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStoragePbs to import
    * @param importFromId The id of the existing VirtualEnvironmentStoragePbs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStoragePbs to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_storage_pbs", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/virtual_environment_storage_pbs proxmox_virtual_environment_storage_pbs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStoragePbsConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_storage_pbs',
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
        this._content = config.content;
        this._datastore = config.datastore;
        this._disable = config.disable;
        this._encryptionKey = config.encryptionKey;
        this._fingerprint = config.fingerprint;
        this._generateEncryptionKey = config.generateEncryptionKey;
        this._id = config.id;
        this._namespace = config.namespace;
        this._nodes = config.nodes;
        this._password = config.password;
        this._server = config.server;
        this._username = config.username;
        this._backups.internalValue = config.backups;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // datastore - computed: false, optional: false, required: true
    _datastore;
    get datastore() {
        return this.getStringAttribute('datastore');
    }
    set datastore(value) {
        this._datastore = value;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreInput() {
        return this._datastore;
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
    // encryption_key - computed: false, optional: true, required: false
    _encryptionKey;
    get encryptionKey() {
        return this.getStringAttribute('encryption_key');
    }
    set encryptionKey(value) {
        this._encryptionKey = value;
    }
    resetEncryptionKey() {
        this._encryptionKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encryptionKeyInput() {
        return this._encryptionKey;
    }
    // encryption_key_fingerprint - computed: true, optional: false, required: false
    get encryptionKeyFingerprint() {
        return this.getStringAttribute('encryption_key_fingerprint');
    }
    // fingerprint - computed: false, optional: true, required: false
    _fingerprint;
    get fingerprint() {
        return this.getStringAttribute('fingerprint');
    }
    set fingerprint(value) {
        this._fingerprint = value;
    }
    resetFingerprint() {
        this._fingerprint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fingerprintInput() {
        return this._fingerprint;
    }
    // generate_encryption_key - computed: false, optional: true, required: false
    _generateEncryptionKey;
    get generateEncryptionKey() {
        return this.getBooleanAttribute('generate_encryption_key');
    }
    set generateEncryptionKey(value) {
        this._generateEncryptionKey = value;
    }
    resetGenerateEncryptionKey() {
        this._generateEncryptionKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get generateEncryptionKeyInput() {
        return this._generateEncryptionKey;
    }
    // generated_encryption_key - computed: true, optional: false, required: false
    get generatedEncryptionKey() {
        return this.getStringAttribute('generated_encryption_key');
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
    // namespace - computed: false, optional: true, required: false
    _namespace;
    get namespace() {
        return this.getStringAttribute('namespace');
    }
    set namespace(value) {
        this._namespace = value;
    }
    resetNamespace() {
        this._namespace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namespaceInput() {
        return this._namespace;
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
    // password - computed: false, optional: false, required: true
    _password;
    get password() {
        return this.getStringAttribute('password');
    }
    set password(value) {
        this._password = value;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // server - computed: false, optional: false, required: true
    _server;
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
    }
    // shared - computed: true, optional: false, required: false
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    // username - computed: false, optional: false, required: true
    _username;
    get username() {
        return this.getStringAttribute('username');
    }
    set username(value) {
        this._username = value;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
    // backups - computed: false, optional: true, required: false
    _backups = new VirtualEnvironmentStoragePbsBackupsOutputReference(this, "backups");
    get backups() {
        return this._backups;
    }
    putBackups(value) {
        this._backups.internalValue = value;
    }
    resetBackups() {
        this._backups.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupsInput() {
        return this._backups.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            content: cdktf.listMapper(cdktf.stringToTerraform, false)(this._content),
            datastore: cdktf.stringToTerraform(this._datastore),
            disable: cdktf.booleanToTerraform(this._disable),
            encryption_key: cdktf.stringToTerraform(this._encryptionKey),
            fingerprint: cdktf.stringToTerraform(this._fingerprint),
            generate_encryption_key: cdktf.booleanToTerraform(this._generateEncryptionKey),
            id: cdktf.stringToTerraform(this._id),
            namespace: cdktf.stringToTerraform(this._namespace),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            password: cdktf.stringToTerraform(this._password),
            server: cdktf.stringToTerraform(this._server),
            username: cdktf.stringToTerraform(this._username),
            backups: virtualEnvironmentStoragePbsBackupsToTerraform(this._backups.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            content: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._content),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            datastore: {
                value: cdktf.stringToHclTerraform(this._datastore),
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
            encryption_key: {
                value: cdktf.stringToHclTerraform(this._encryptionKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            fingerprint: {
                value: cdktf.stringToHclTerraform(this._fingerprint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            generate_encryption_key: {
                value: cdktf.booleanToHclTerraform(this._generateEncryptionKey),
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
            namespace: {
                value: cdktf.stringToHclTerraform(this._namespace),
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
            password: {
                value: cdktf.stringToHclTerraform(this._password),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            server: {
                value: cdktf.stringToHclTerraform(this._server),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            username: {
                value: cdktf.stringToHclTerraform(this._username),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            backups: {
                value: virtualEnvironmentStoragePbsBackupsToHclTerraform(this._backups.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VirtualEnvironmentStoragePbsBackups",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentStoragePbs = VirtualEnvironmentStoragePbs;
