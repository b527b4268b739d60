"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs
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
exports.NodeDiskZfs = exports.NodeDiskZfsDraidConfigOutputReference = void 0;
exports.nodeDiskZfsDraidConfigToTerraform = nodeDiskZfsDraidConfigToTerraform;
exports.nodeDiskZfsDraidConfigToHclTerraform = nodeDiskZfsDraidConfigToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function nodeDiskZfsDraidConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        data: cdktf.numberToTerraform(struct.data),
        spares: cdktf.numberToTerraform(struct.spares),
    };
}
function nodeDiskZfsDraidConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        data: {
            value: cdktf.numberToHclTerraform(struct.data),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        spares: {
            value: cdktf.numberToHclTerraform(struct.spares),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class NodeDiskZfsDraidConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._data !== undefined) {
            hasAnyValues = true;
            internalValueResult.data = this._data;
        }
        if (this._spares !== undefined) {
            hasAnyValues = true;
            internalValueResult.spares = this._spares;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._data = undefined;
            this._spares = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._data = value.data;
            this._spares = value.spares;
        }
    }
    // data - computed: false, optional: false, required: true
    _data;
    get data() {
        return this.getNumberAttribute('data');
    }
    set data(value) {
        this._data = value;
    }
    // Temporarily expose input value. Use with caution.
    get dataInput() {
        return this._data;
    }
    // spares - computed: false, optional: false, required: true
    _spares;
    get spares() {
        return this.getNumberAttribute('spares');
    }
    set spares(value) {
        this._spares = value;
    }
    // Temporarily expose input value. Use with caution.
    get sparesInput() {
        return this._spares;
    }
}
exports.NodeDiskZfsDraidConfigOutputReference = NodeDiskZfsDraidConfigOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs proxmox_node_disk_zfs}
*/
class NodeDiskZfs extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_node_disk_zfs";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NodeDiskZfs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NodeDiskZfs to import
    * @param importFromId The id of the existing NodeDiskZfs that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NodeDiskZfs to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_disk_zfs", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/resources/node_disk_zfs proxmox_node_disk_zfs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NodeDiskZfsConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_node_disk_zfs',
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
        this._addStorage = config.addStorage;
        this._ashift = config.ashift;
        this._cleanupConfig = config.cleanupConfig;
        this._cleanupDisks = config.cleanupDisks;
        this._compression = config.compression;
        this._devices = config.devices;
        this._draidConfig.internalValue = config.draidConfig;
        this._name = config.name;
        this._nodeName = config.nodeName;
        this._raidlevel = config.raidlevel;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // add_storage - computed: false, optional: true, required: false
    _addStorage;
    get addStorage() {
        return this.getBooleanAttribute('add_storage');
    }
    set addStorage(value) {
        this._addStorage = value;
    }
    resetAddStorage() {
        this._addStorage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get addStorageInput() {
        return this._addStorage;
    }
    // ashift - computed: false, optional: true, required: false
    _ashift;
    get ashift() {
        return this.getNumberAttribute('ashift');
    }
    set ashift(value) {
        this._ashift = value;
    }
    resetAshift() {
        this._ashift = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ashiftInput() {
        return this._ashift;
    }
    // cleanup_config - computed: true, optional: true, required: false
    _cleanupConfig;
    get cleanupConfig() {
        return this.getBooleanAttribute('cleanup_config');
    }
    set cleanupConfig(value) {
        this._cleanupConfig = value;
    }
    resetCleanupConfig() {
        this._cleanupConfig = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cleanupConfigInput() {
        return this._cleanupConfig;
    }
    // cleanup_disks - computed: true, optional: true, required: false
    _cleanupDisks;
    get cleanupDisks() {
        return this.getBooleanAttribute('cleanup_disks');
    }
    set cleanupDisks(value) {
        this._cleanupDisks = value;
    }
    resetCleanupDisks() {
        this._cleanupDisks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cleanupDisksInput() {
        return this._cleanupDisks;
    }
    // compression - computed: false, optional: true, required: false
    _compression;
    get compression() {
        return this.getStringAttribute('compression');
    }
    set compression(value) {
        this._compression = value;
    }
    resetCompression() {
        this._compression = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get compressionInput() {
        return this._compression;
    }
    // devices - computed: false, optional: false, required: true
    _devices;
    get devices() {
        return this.getListAttribute('devices');
    }
    set devices(value) {
        this._devices = value;
    }
    // Temporarily expose input value. Use with caution.
    get devicesInput() {
        return this._devices;
    }
    // draid_config - computed: false, optional: true, required: false
    _draidConfig = new NodeDiskZfsDraidConfigOutputReference(this, "draid_config");
    get draidConfig() {
        return this._draidConfig;
    }
    putDraidConfig(value) {
        this._draidConfig.internalValue = value;
    }
    resetDraidConfig() {
        this._draidConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get draidConfigInput() {
        return this._draidConfig.internalValue;
    }
    // errors - computed: true, optional: false, required: false
    get errors() {
        return this.getStringAttribute('errors');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // node_name - computed: false, optional: false, required: true
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // raidlevel - computed: false, optional: false, required: true
    _raidlevel;
    get raidlevel() {
        return this.getStringAttribute('raidlevel');
    }
    set raidlevel(value) {
        this._raidlevel = value;
    }
    // Temporarily expose input value. Use with caution.
    get raidlevelInput() {
        return this._raidlevel;
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            add_storage: cdktf.booleanToTerraform(this._addStorage),
            ashift: cdktf.numberToTerraform(this._ashift),
            cleanup_config: cdktf.booleanToTerraform(this._cleanupConfig),
            cleanup_disks: cdktf.booleanToTerraform(this._cleanupDisks),
            compression: cdktf.stringToTerraform(this._compression),
            devices: cdktf.listMapper(cdktf.stringToTerraform, false)(this._devices),
            draid_config: nodeDiskZfsDraidConfigToTerraform(this._draidConfig.internalValue),
            name: cdktf.stringToTerraform(this._name),
            node_name: cdktf.stringToTerraform(this._nodeName),
            raidlevel: cdktf.stringToTerraform(this._raidlevel),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            add_storage: {
                value: cdktf.booleanToHclTerraform(this._addStorage),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ashift: {
                value: cdktf.numberToHclTerraform(this._ashift),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            cleanup_config: {
                value: cdktf.booleanToHclTerraform(this._cleanupConfig),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            cleanup_disks: {
                value: cdktf.booleanToHclTerraform(this._cleanupDisks),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            compression: {
                value: cdktf.stringToHclTerraform(this._compression),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            devices: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._devices),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            draid_config: {
                value: nodeDiskZfsDraidConfigToHclTerraform(this._draidConfig.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "NodeDiskZfsDraidConfig",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            raidlevel: {
                value: cdktf.stringToHclTerraform(this._raidlevel),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NodeDiskZfs = NodeDiskZfs;
