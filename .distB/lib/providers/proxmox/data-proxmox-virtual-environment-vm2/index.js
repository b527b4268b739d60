"use strict";
// https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2
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
exports.DataProxmoxVirtualEnvironmentVm2 = exports.DataProxmoxVirtualEnvironmentVm2VgaOutputReference = exports.DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference = exports.DataProxmoxVirtualEnvironmentVm2RngOutputReference = exports.DataProxmoxVirtualEnvironmentVm2CpuOutputReference = exports.DataProxmoxVirtualEnvironmentVm2CdromMap = exports.DataProxmoxVirtualEnvironmentVm2CdromOutputReference = void 0;
exports.dataProxmoxVirtualEnvironmentVm2CdromToTerraform = dataProxmoxVirtualEnvironmentVm2CdromToTerraform;
exports.dataProxmoxVirtualEnvironmentVm2CdromToHclTerraform = dataProxmoxVirtualEnvironmentVm2CdromToHclTerraform;
exports.dataProxmoxVirtualEnvironmentVm2CpuToTerraform = dataProxmoxVirtualEnvironmentVm2CpuToTerraform;
exports.dataProxmoxVirtualEnvironmentVm2CpuToHclTerraform = dataProxmoxVirtualEnvironmentVm2CpuToHclTerraform;
exports.dataProxmoxVirtualEnvironmentVm2RngToTerraform = dataProxmoxVirtualEnvironmentVm2RngToTerraform;
exports.dataProxmoxVirtualEnvironmentVm2RngToHclTerraform = dataProxmoxVirtualEnvironmentVm2RngToHclTerraform;
exports.dataProxmoxVirtualEnvironmentVm2TimeoutsToTerraform = dataProxmoxVirtualEnvironmentVm2TimeoutsToTerraform;
exports.dataProxmoxVirtualEnvironmentVm2TimeoutsToHclTerraform = dataProxmoxVirtualEnvironmentVm2TimeoutsToHclTerraform;
exports.dataProxmoxVirtualEnvironmentVm2VgaToTerraform = dataProxmoxVirtualEnvironmentVm2VgaToTerraform;
exports.dataProxmoxVirtualEnvironmentVm2VgaToHclTerraform = dataProxmoxVirtualEnvironmentVm2VgaToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function dataProxmoxVirtualEnvironmentVm2CdromToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxVirtualEnvironmentVm2CdromToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxVirtualEnvironmentVm2CdromOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource, terraformAttribute, complexObjectKey) {
        super(terraformResource, terraformAttribute, false, complexObjectKey);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // file_id - computed: true, optional: false, required: false
    get fileId() {
        return this.getStringAttribute('file_id');
    }
}
exports.DataProxmoxVirtualEnvironmentVm2CdromOutputReference = DataProxmoxVirtualEnvironmentVm2CdromOutputReference;
class DataProxmoxVirtualEnvironmentVm2CdromMap extends cdktf.ComplexMap {
    terraformResource;
    terraformAttribute;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
    }
    /**
    * @param key the key of the item to return
    */
    get(key) {
        return new DataProxmoxVirtualEnvironmentVm2CdromOutputReference(this.terraformResource, this.terraformAttribute, key);
    }
}
exports.DataProxmoxVirtualEnvironmentVm2CdromMap = DataProxmoxVirtualEnvironmentVm2CdromMap;
function dataProxmoxVirtualEnvironmentVm2CpuToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxVirtualEnvironmentVm2CpuToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxVirtualEnvironmentVm2CpuOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // affinity - computed: true, optional: false, required: false
    get affinity() {
        return this.getStringAttribute('affinity');
    }
    // architecture - computed: true, optional: false, required: false
    get architecture() {
        return this.getStringAttribute('architecture');
    }
    // cores - computed: true, optional: false, required: false
    get cores() {
        return this.getNumberAttribute('cores');
    }
    // flags - computed: true, optional: false, required: false
    get flags() {
        return cdktf.Fn.tolist(this.getListAttribute('flags'));
    }
    // limit - computed: true, optional: false, required: false
    get limit() {
        return this.getNumberAttribute('limit');
    }
    // numa - computed: true, optional: false, required: false
    get numa() {
        return this.getBooleanAttribute('numa');
    }
    // sockets - computed: true, optional: false, required: false
    get sockets() {
        return this.getNumberAttribute('sockets');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
    // units - computed: true, optional: false, required: false
    get units() {
        return this.getNumberAttribute('units');
    }
    // vcpus - computed: true, optional: false, required: false
    get vcpus() {
        return this.getNumberAttribute('vcpus');
    }
}
exports.DataProxmoxVirtualEnvironmentVm2CpuOutputReference = DataProxmoxVirtualEnvironmentVm2CpuOutputReference;
function dataProxmoxVirtualEnvironmentVm2RngToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxVirtualEnvironmentVm2RngToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxVirtualEnvironmentVm2RngOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // max_bytes - computed: true, optional: false, required: false
    get maxBytes() {
        return this.getNumberAttribute('max_bytes');
    }
    // period - computed: true, optional: false, required: false
    get period() {
        return this.getNumberAttribute('period');
    }
    // source - computed: true, optional: false, required: false
    get source() {
        return this.getStringAttribute('source');
    }
}
exports.DataProxmoxVirtualEnvironmentVm2RngOutputReference = DataProxmoxVirtualEnvironmentVm2RngOutputReference;
function dataProxmoxVirtualEnvironmentVm2TimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        read: cdktf.stringToTerraform(struct.read),
    };
}
function dataProxmoxVirtualEnvironmentVm2TimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        read: {
            value: cdktf.stringToHclTerraform(struct.read),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference extends cdktf.ComplexObject {
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
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._read = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._read = value.read;
        }
    }
    // read - computed: false, optional: true, required: false
    _read;
    get read() {
        return this.getStringAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
    }
}
exports.DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference = DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference;
function dataProxmoxVirtualEnvironmentVm2VgaToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxVirtualEnvironmentVm2VgaToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxVirtualEnvironmentVm2VgaOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // clipboard - computed: true, optional: false, required: false
    get clipboard() {
        return this.getStringAttribute('clipboard');
    }
    // memory - computed: true, optional: false, required: false
    get memory() {
        return this.getNumberAttribute('memory');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
}
exports.DataProxmoxVirtualEnvironmentVm2VgaOutputReference = DataProxmoxVirtualEnvironmentVm2VgaOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2 proxmox_virtual_environment_vm2}
*/
class DataProxmoxVirtualEnvironmentVm2 extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_vm2";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentVm2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentVm2 to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentVm2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentVm2 to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_vm2", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/0.111.1/docs/data-sources/virtual_environment_vm2 proxmox_virtual_environment_vm2} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentVm2Config
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_vm2',
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
        this._id = config.id;
        this._nodeName = config.nodeName;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cdrom - computed: true, optional: false, required: false
    _cdrom = new DataProxmoxVirtualEnvironmentVm2CdromMap(this, "cdrom");
    get cdrom() {
        return this._cdrom;
    }
    // cpu - computed: true, optional: false, required: false
    _cpu = new DataProxmoxVirtualEnvironmentVm2CpuOutputReference(this, "cpu");
    get cpu() {
        return this._cpu;
    }
    // description - computed: true, optional: false, required: false
    get description() {
        return this.getStringAttribute('description');
    }
    // id - computed: false, optional: false, required: true
    _id;
    get id() {
        return this.getNumberAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // name - computed: true, optional: false, required: false
    get name() {
        return this.getStringAttribute('name');
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
    // rng - computed: true, optional: false, required: false
    _rng = new DataProxmoxVirtualEnvironmentVm2RngOutputReference(this, "rng");
    get rng() {
        return this._rng;
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
    }
    // tags - computed: true, optional: false, required: false
    get tags() {
        return cdktf.Fn.tolist(this.getListAttribute('tags'));
    }
    // template - computed: true, optional: false, required: false
    get template() {
        return this.getBooleanAttribute('template');
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new DataProxmoxVirtualEnvironmentVm2TimeoutsOutputReference(this, "timeouts");
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // vga - computed: true, optional: false, required: false
    _vga = new DataProxmoxVirtualEnvironmentVm2VgaOutputReference(this, "vga");
    get vga() {
        return this._vga;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            id: cdktf.numberToTerraform(this._id),
            node_name: cdktf.stringToTerraform(this._nodeName),
            timeouts: dataProxmoxVirtualEnvironmentVm2TimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            id: {
                value: cdktf.numberToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeouts: {
                value: dataProxmoxVirtualEnvironmentVm2TimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "DataProxmoxVirtualEnvironmentVm2Timeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxVirtualEnvironmentVm2 = DataProxmoxVirtualEnvironmentVm2;
